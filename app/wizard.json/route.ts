import { basePath, getSite, getWizard } from '@/lib/site';
import { toWizardJson } from '@/lib/wizard/wizard-json';

export const dynamic = 'force-static';

export function GET() {
  const json = toWizardJson(getWizard().tree, getSite().graph);
  for (const node of Object.values(json.nodes)) if (node.type === 'answer') node.url = basePath + node.url;
  return Response.json(json);
}
