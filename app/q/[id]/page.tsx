import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnswerContent } from '@/components/answer-content';
import { ChecklistProvider, ChecklistToolbar } from '@/components/checklist';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CopyLinkButton } from '@/components/copy-link-button';
import { MovedQuestion } from '@/components/moved-question';
import { QuestionList, QuestionTitle } from '@/components/question-list';
import { QuestionNeighbourhood } from '@/components/question-neighbourhood';
import { SearchHighlighter } from '@/components/search-highlighter';
import { StepTargetHighlighter } from '@/components/step-target-highlighter';
import { summariseAnswer } from '@/lib/summarise';
import { absoluteUrl, jsonLd, pageMetadata } from '@/app/_lib/seo';
import { getSite, getWizard } from '@/app/_lib/site';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const { graph } = getSite();
  return [...graph.questions.map((question) => question.id), ...Object.keys(graph.redirects)].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = getSite();
  const id = (await params).id;
  const question = site.question(id);
  const moved = site.graph.redirects[id];
  if (moved) return { title: 'This question has moved', robots: { index: false }, alternates: { canonical: absoluteUrl(moved) } };
  if (!question) return {};
  return pageMetadata({ title: question.title, description: summariseAnswer(question.html), path: question.url, type: 'article' });
}

export default async function QuestionPage({ params }: Props) {
  const site = getSite();
  const id = (await params).id;
  const moved = site.graph.redirects[id];
  if (moved) return <MovedQuestion to={moved} title={site.question(moved.split('/')[2] ?? '')?.title ?? moved} />;
  const question = site.question(id);
  if (!question) notFound();
  const category = site.category(question.category)!;
  const related = question.links.filter((link) => link.kind === 'question').map((link) => site.question(link.target)!);
  const backlinks = question.backlinks.map((id) => site.question(id)!);
  const { previous, next } = site.neighbours(question);
  const wizardNode = getWizard().answerByQuestion.get(question.id);
  const document = site.document(question.document);
  const documentCrumb = site.multiDocument && document ? [{ href: document.url, label: document.title }] : [];
  // A document's own category (its loose questions) is named after it: one crumb says both.
  const categoryCrumb = documentCrumb.length > 0 && category.title === document?.title ? [] : [{ href: category.url, label: category.title }];

  return (
    <article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonLd({
            '@context': 'https://schema.org',
            '@type': 'FAQPage',
            mainEntity: [{ '@type': 'Question', name: question.title, acceptedAnswer: { '@type': 'Answer', text: question.text } }],
          }),
        }}
      />
      <StepTargetHighlighter />
      <SearchHighlighter />
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }, ...documentCrumb, ...categoryCrumb, { label: question.title }]} />
      <h1 className="text-2xl font-bold leading-tight sm:text-3xl">
        <QuestionTitle question={question} />
        <CopyLinkButton label="Copy link to this question" />
      </h1>
      {question.symptoms.length > 0 && (
        <ul aria-label="Covers" className="mt-3 flex flex-wrap gap-2 text-xs">
          {question.symptoms.map((symptom) => {
            const label = 'label' in symptom ? symptom.label : symptom.text;
            return (
              <li key={label} className="rounded-full border border-[var(--border)] bg-[var(--surface)] px-2 py-0.5 font-mono">
                {label}
              </li>
            );
          })}
        </ul>
      )}
      {wizardNode && (
        <p className="no-print mt-4">
          <Link href={`/wizard/${wizardNode}/`} className="inline-block rounded-md border border-[var(--border)] px-3 py-1.5 text-sm font-medium">
            Troubleshoot step by step →
          </Link>
        </p>
      )}
      <div className="mt-6 max-w-3xl">
        {question.steps.length > 0 ? (
          <ChecklistProvider storageKey={`question:${question.id}`} title={question.title} items={question.steps.map(({ n, text }) => ({ n, text }))}>
            <ChecklistToolbar />
            <AnswerContent html={question.html} checklist />
          </ChecklistProvider>
        ) : (
          <AnswerContent html={question.html} />
        )}
        {question.source.url && (
          <p className="no-print mt-6 text-sm">
            <a href={question.source.url} rel="noopener">Edit this answer</a>
            <span className="text-[var(--muted)]"> (line {question.source.line} of {question.source.file.split('/').pop()})</span>
          </p>
        )}
      </div>

      {(related.length > 0 || backlinks.length > 0) && (
        <div className="mt-10 grid gap-8 border-t border-[var(--border)] pt-6 md:grid-cols-2">
          {related.length > 0 && (
            <section aria-labelledby="related-heading">
              <h2 id="related-heading" className="mb-2 text-lg font-semibold">Related</h2>
              <QuestionList questions={related} />
            </section>
          )}
          {backlinks.length > 0 && (
            <section aria-labelledby="backlinks-heading">
              <h2 id="backlinks-heading" className="mb-2 text-lg font-semibold">Linked from</h2>
              <QuestionList questions={backlinks} />
            </section>
          )}
        </div>
      )}
      <QuestionNeighbourhood question={question} />

      <nav aria-label="Question navigation" className="mt-10 flex flex-col gap-3 border-t border-[var(--border)] pt-6 sm:flex-row sm:justify-between">
        {previous ? (
          <Link href={previous.url} rel="prev" className="max-w-sm">
            <span className="block text-xs text-[var(--muted)]">← Previous in {category.title}</span>
            <QuestionTitle question={previous} />
          </Link>
        ) : <span />}
        {next && (
          <Link href={next.url} rel="next" className="max-w-sm sm:text-right">
            <span className="block text-xs text-[var(--muted)]">Next in {category.title} →</span>
            <QuestionTitle question={next} />
          </Link>
        )}
      </nav>
    </article>
  );
}
