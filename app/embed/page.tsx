import type { Metadata } from 'next';
import { EmbedDemo } from '@/components/embed-demo';
import { EmbedReference } from '@/components/embed-reference';
import { EmbedSnippet } from '@/components/embed-snippet';
import { absoluteUrl, pageMetadata, siteUrlIsKnown } from '@/app/_lib/seo';
import { withBasePath } from '@/lib/base-path';
import { embedUrl } from '@/lib/routes';
import { getSite } from '@/lib/site/get-site';

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: 'Embed the search box',
    description: 'Add the FAQ search box to your own docs: two lines of HTML, no framework, works under a strict Content-Security-Policy.',
    path: embedUrl,
  });
}

export default function EmbedPage() {
  // A build that does not know where it is published must not bake this machine's address into a partner's page.
  const known = siteUrlIsKnown();
  const root = known ? absoluteUrl('') : `https://YOUR-FAQ-HOST${withBasePath('')}`;
  const categories = getSite().graph.categories.map(({ id, title }) => ({ id, title }));
  // One centred column, as the search and troubleshooter pages have.
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-title font-bold">Embed the search box</h1>
      <p className="mt-3">
        Put this FAQ’s search on your own docs pages. Paste these two lines where the box should appear; readers get the same
        results as on this site, and each answer opens here.
      </p>
      <section aria-labelledby="snippet-heading" className="mt-6">
        <h2 id="snippet-heading" className="mb-2 text-2xl font-semibold">The snippet</h2>
        <EmbedSnippet fallbackRoot={root} placeholder={!known} />
      </section>
      <section aria-labelledby="demo-heading" className="mt-8">
        <h2 id="demo-heading" className="mb-2 text-2xl font-semibold">Try it</h2>
        <EmbedDemo />
      </section>
      <section aria-label="Reference" className="mt-10">
        <EmbedReference origin={new URL(root).origin} categories={categories} />
      </section>
    </div>
  );
}
