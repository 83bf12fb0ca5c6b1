import type { Metadata } from 'next';
import { WizardNodeView } from '@/components/wizard-node-view';
import { pageMetadata } from '@/app/_lib/seo';
import { getWizard } from '@/app/_lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Troubleshoot',
  description: 'Walk from what you see (an HTTP status, an error message, a customer complaint) to the answer that fixes it, step by step.',
  path: '/wizard/',
});

export default function WizardStartPage() {
  return <WizardNodeView nodeId={getWizard().tree.root} />;
}
