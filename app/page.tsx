import type { Metadata } from 'next';
import Link from 'next/link';
import { homeTitle, pageMetadata } from '@/app/_lib/seo';
import { homeUrl, wizardUrl } from '@/lib/routes';
import { getSite } from '@/lib/site/get-site';
import { CARD_QUESTIONS, CARDS_WITH_QUESTIONS, CategoryCards } from '@/components/category-cards';
import { HeaderSearch } from '@/components/header-search';
import { LegacyAnchorRedirect } from '@/components/legacy-anchor-redirect';
import type { FaqDocumentInfo } from '@/lib/content/types';

export function generateMetadata(): Metadata {
  const { title, description } = homeText();
  const { name } = getSite();
  const full = homeTitle(name, title);
  return { ...pageMetadata({ title: full, description, path: homeUrl }), title: { absolute: full } };
}

/** The site's heading and lead: `content/site.yaml`, else the primary document's title. */
function homeText() {
  const { graph, settings, name } = getSite();
  const title = settings.title ?? graph.documents[0]?.title ?? name;
  const description = settings.tagline ?? settings.description ?? `Answers from ${graph.documents.map((d) => d.title).join(', ')}.`;
  return { title, description };
}

/**
 * Search first, then the troubleshooter's first choices, then every category as a card
 * (grouped by FAQ document when there are several). Cards show a few questions each, so the
 * page stays small whatever the size of the content.
 */
export default function HomePage() {
  const site = getSite();
  const { graph } = site;
  const { tree } = site.troubleshooter;
  const root = tree.nodes[tree.root];
  const start = root?.type === 'choice' ? root : undefined;
  const { title, description } = homeText();
  const categoriesOf = (document: FaqDocumentInfo) => document.categories.map((id) => site.category(id)!);
  // A site of hundreds of categories lists them by name and count; their pages list the questions.
  const questionsPerCard = graph.categories.length <= CARDS_WITH_QUESTIONS ? CARD_QUESTIONS : 0;
  const summary = (id: string) => site.answer(id)?.summary();
  return (
    <>
      <LegacyAnchorRedirect />
      <section className="mb-10">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
        <p className="mt-3 max-w-2xl text-lg text-muted">
          {description}
        </p>
        <div className="mt-6 max-w-2xl">
          <HeaderSearch large />
        </div>
      </section>
      {start && start.options.length > 0 && (
        <section aria-labelledby="troubleshoot-heading" className="mb-10">
          <h2 id="troubleshoot-heading" className="mb-3 text-xl font-semibold">
            Troubleshoot: {start.prompt}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {start.options.map((option) => (
              <li key={option.next}>
                <Link href={wizardUrl(option.next)} prefetch={false} className="entry">
                  {option.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href={wizardUrl()} prefetch={false} className="entry entry-quiet">
                None of these: describe it in your own words
              </Link>
            </li>
          </ul>
        </section>
      )}
      <section id="categories" aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-4 text-xl font-semibold">
          Browse by topic
        </h2>
        {site.multiDocument ? (
          graph.documents.map((document) => (
            <section key={document.id} aria-labelledby={`doc-${document.id}`} className="mb-10">
              <h3 id={`doc-${document.id}`} className="mb-3 text-lg font-semibold">
                <Link href={document.url} prefetch={false}>
                  {document.title}
                </Link>
              </h3>
              <CategoryCards categories={categoriesOf(document)} question={site.question} summary={summary} headingLevel={4} documentTitle={document.title} questionsPerCard={questionsPerCard} />
            </section>
          ))
        ) : (
          graph.documents.map((document) => <CategoryCards key={document.id} categories={categoriesOf(document)} question={site.question} summary={summary} questionsPerCard={questionsPerCard} />)
        )}
      </section>
    </>
  );
}
