import { basePath } from '@/lib/base-path';
import { getSite } from '@/lib/site/get-site';
import { toWizardJson } from '@/lib/wizard/wizard-json';

export const dynamic = 'force-static';

export function GET() {
  const site = getSite();
  return Response.json(toWizardJson(site.troubleshooter.tree, site.graph, { basePath }));
}
