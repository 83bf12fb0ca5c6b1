import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WizardNodeView } from '@/components/wizard-node-view';
import { pageMetadata } from '@/app/_lib/seo';
import { getSite, getWizard } from '@/app/_lib/site';
import { inlineMarkdownToText } from '@/lib/wizard/inline-markdown';

type Props = { params: Promise<{ node: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(getWizard().tree.nodes).map((node) => ({ node }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const node = getWizard().tree.nodes[(await params).node];
  if (!node) return {};
  const path = `/wizard/${node.id}/`;
  if (node.type === 'choice') {
    const description = node.hint ?? node.options.map((o) => o.label).join(' · ');
    return pageMetadata({ title: `Troubleshoot: ${inlineMarkdownToText(node.prompt)}`, description: inlineMarkdownToText(description), path });
  }
  const question = getSite().question(node.question);
  return pageMetadata({ title: `Troubleshoot: ${question?.title ?? node.id}`, description: `Work through the steps for “${question?.title}”.`, path });
}

export default async function WizardNodePage({ params }: Props) {
  const { node } = await params;
  if (!getWizard().tree.nodes[node]) notFound();
  return <WizardNodeView nodeId={node} />;
}
