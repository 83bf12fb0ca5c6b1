import type { Metadata } from 'next';
import Link from 'next/link';
import { HeaderSearch } from '@/components/header-search';
import { LegacyAnchorRedirect } from '@/components/legacy-anchor-redirect';
import { QuestionList } from '@/components/question-list';
import { pageMetadata } from '@/app/_lib/seo';
import { basePath } from '@/lib/base-path';
import { getSite, siteName } from '@/app/_lib/site';

export const metadata: Metadata = {
  ...pageMetadata({
    title: `${siteName}: Vipps eCom API answers`,
    description: 'Answers to the Vipps eCom API FAQ: search by error code or symptom, troubleshoot step by step, and share links to any answer or step.',
    path: '/',
  }),
  title: { absolute: `${siteName}: Vipps eCom API answers` },
};

export default function HomePage() {
  const site = getSite();
  const { graph } = site;
  return (
    <>
      <LegacyAnchorRedirect anchors={graph.anchors} basePath={basePath} />
      <section className="mb-10">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Vipps eCom API: answers and fixes</h1>
        <p className="mt-3 max-w-2xl text-lg text-[var(--muted)]">
          {graph.questions.length} answers from the Vipps eCom API FAQ. Search by what you see (an HTTP status, an error
          code, a message from your log) or by what your customer told you, or walk through the troubleshooter.
        </p>
        <div className="mt-6 max-w-2xl">
          <HeaderSearch large />
        </div>
        <p className="mt-4">
          <Link href="/wizard/" className="inline-block rounded-md bg-brand-strong px-4 py-2 font-semibold text-white no-underline hover:bg-brand">
            Troubleshoot step by step →
          </Link>
        </p>
      </section>
      <section id="categories" aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-4 text-2xl font-semibold">Browse by topic</h2>
        <div className="grid gap-8 md:grid-cols-2">
          {graph.categories.map((category) => {
            const questions = category.questions.map((id) => site.question(id)!);
            return (
              <section key={category.id} aria-labelledby={`cat-${category.id}`}>
                <h3 id={`cat-${category.id}`} className="text-lg font-semibold">
                  <Link href={category.url}>{category.title}</Link>
                </h3>
                {questions.length > 0 ? (
                  <QuestionList questions={questions} className="mt-2 text-[0.95rem]" />
                ) : (
                  <p className="mt-2 text-[var(--muted)]">
                    <Link href={category.url}>Read about {category.title.replace(/\?$/, "").toLowerCase()}</Link>
                  </p>
                )}
              </section>
            );
          })}
        </div>
      </section>
    </>
  );
}
