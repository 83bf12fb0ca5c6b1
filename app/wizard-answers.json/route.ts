import { getSite } from '@/lib/site/get-site';
import { buildAnswerIndex } from '@/lib/wizard/answer-index';

export const dynamic = 'force-static';

/** Which troubleshooter answer each question has, fetched by "Describe what you see" when it is used. */
export function GET() {
  const site = getSite();
  return Response.json(buildAnswerIndex(site.troubleshooter.tree, site.graph));
}
