import { basePath } from '@/lib/base-path';
import { getSite, getWizard } from '@/app/_lib/site';
import { toWizardJson } from '@/lib/wizard/wizard-json';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(toWizardJson(getWizard().tree, getSite().graph, { basePath }));
}
