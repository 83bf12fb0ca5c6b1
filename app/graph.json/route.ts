import { toPublicGraph } from '@/lib/content/public-graph';
import { basePath } from '@/lib/base-path';
import { getSite } from '@/lib/site/get-site';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(toPublicGraph(getSite().graph, basePath));
}
