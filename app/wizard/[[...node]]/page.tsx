import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/app/_lib/seo';
import { homeUrl, searchUrl, wizardUrl } from '@/lib/routes';
import { getSite } from '@/lib/site/get-site';
import { WizardNodeView } from '@/components/wizard-node-view';
import { inlineMarkdownToText } from '@/lib/wizard/inline-markdown';

/**
 * `/wizard/` (the first question) and `/wizard/<node>/` (every step), one route: a static export needs
 * every route to have a page, and a content folder without a troubleshooter tree has only the first.
 */
type Props = { params: Promise<{ node?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return [{ node: [] }, ...Object.keys(getSite().troubleshooter.tree.nodes).map((node) => ({ node: [node] }))];
}

/** The node a path names: the root for `/wizard/`, undefined for a path that is no step. */
async function nodeOf(params: Props['params']) {
  const { tree } = getSite().troubleshooter;
  const path = (await params).node ?? [];
  if (path.length > 1) return undefined;
  return path.length === 0 ? { id: tree.root, start: true } : tree.nodes[path[0]!] ? { id: path[0]!, start: false } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await nodeOf(params);
  const site = getSite();
  const node = found && site.troubleshooter.tree.nodes[found.id];
  if (found?.start || !node) {
    return pageMetadata({
      title: 'Troubleshoot',
      description: 'Walk from what you see (an HTTP status, an error message, a customer complaint) to the answer that fixes it, step by step.',
      path: wizardUrl(),
    });
  }
  const path = wizardUrl(node.id);
  if (node.type === 'choice') {
    const description = node.hint ?? node.options.map((o) => o.label).join(' · ');
    return pageMetadata({ title: `Troubleshoot: ${inlineMarkdownToText(node.prompt)}`, description: inlineMarkdownToText(description), path });
  }
  const question = site.question(node.question);
  return pageMetadata({ title: `Troubleshoot: ${question?.title ?? node.id}`, description: `Work through the steps for “${question?.title}”.`, path });
}

export default async function WizardPage({ params }: Props) {
  const found = await nodeOf(params);
  if (!found) notFound();
  const site = getSite();
  if (!site.troubleshooter.tree.nodes[found.id]) return <NoTroubleshooter />;
  return <WizardNodeView site={site} nodeId={found.id} />;
}

/** A content folder without `wizard/`: say so, and offer what there is. */
function NoTroubleshooter() {
  return (
    <>
      <h1 className="text-title font-bold">Troubleshoot</h1>
      <p className="mt-3 max-w-2xl">
        This FAQ has no troubleshooter yet. <Link href={searchUrl()}>Search the answers</Link> by what you see (an error code, a
        message, a status), or <Link href={homeUrl}>browse them by topic</Link>.
      </p>
    </>
  );
}
