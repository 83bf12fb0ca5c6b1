import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnswerContent } from '@/components/answer-content';
import { ChecklistProvider, ChecklistToolbar } from '@/components/checklist';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CopyLinkButton } from '@/components/copy-link-button';
import { MovedQuestion } from '@/components/moved-question';
import { PageContents } from '@/components/page-contents';
import { QuestionSidebar } from '@/components/question-sidebar';
import { QuestionList, QuestionTitle } from '@/components/question-list';
import { QuestionNeighbourhood } from '@/components/question-neighbourhood';
import { SearchHighlighter } from '@/components/search-highlighter';
import { StepTargetHighlighter } from '@/components/step-target-highlighter';
import { homeUrl, searchUrl, wizardUrl } from '@/lib/routes';
import { getSite } from '@/lib/site/get-site';
import { absoluteUrl, jsonLd, pageMetadata, siteUrlIsKnown } from '@/app/_lib/seo';

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
  if (moved) return { title: 'This question has moved', robots: { index: false }, ...(siteUrlIsKnown() && { alternates: { canonical: absoluteUrl(moved) } }) };
  if (!question) return {};
  return pageMetadata({ title: question.title, description: site.answer(id)!.summary(), path: question.url, type: 'article' });
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
  const wizard = site.troubleshooter;
  const answer = site.answer(question.id)!;
  const wizardNode = wizard.problemAnswers.get(question.id);
  const document = site.document(question.document);
  const documentCrumb = site.multiDocument && document ? [{ href: document.url, label: document.title }] : [];
  // A document's own category (its loose questions) is named after it: one crumb says both.
  const categoryCrumb = documentCrumb.length > 0 && category.title === document?.title ? [] : [{ href: category.url, label: category.title }];

  return (
    <div className="doc-layout">
      <article className="doc-main">
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{
            __html: jsonLd({
              '@context': 'https://schema.org',
              '@type': 'FAQPage',
              mainEntity: [{ '@type': 'Question', name: question.title, acceptedAnswer: { '@type': 'Answer', text: question.text } }],
              isPartOf: { '@type': 'WebSite', name: site.name, ...(siteUrlIsKnown() && { url: absoluteUrl(homeUrl) }) },
            }),
          }}
        />
        <StepTargetHighlighter />
        <SearchHighlighter />
        <Breadcrumbs trail={[{ href: homeUrl, label: 'Home' }, ...documentCrumb, ...categoryCrumb, { label: question.title }]} />
        <div className="heading-row">
          <h1 className="text-title font-bold">
            <QuestionTitle question={question} />
          </h1>
          <CopyLinkButton label="Copy link to this question" />
        </div>
        {question.symptoms.length > 0 && (
          <ul aria-label="Covers" className="mt-3 flex flex-wrap gap-2">
            {question.symptoms.map((symptom) => {
              const label = 'label' in symptom ? symptom.label : symptom.text;
              const step = wizard.stepForSymptom(symptom);
              return (
                <li key={label}>
                  <Link
                    href={step ? wizardUrl(step) : searchUrl(label)}
                    prefetch={false}
                    className={`chip ${symptom.type === 'error-message' ? '' : 'font-mono'}`}
                    data-symptom-link={step ? 'troubleshooter' : 'search'}
                  >
                    <SymptomIcon troubleshooter={Boolean(step)} />
                    {label}
                    <span className="sr-only">{step ? ': troubleshoot it' : ': search for it'}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
        {wizardNode && (
          <p className="no-print mt-5">
            <Link href={wizardUrl(wizardNode)} prefetch={false} className="btn">
              Troubleshoot step by step <span aria-hidden="true">→</span>
            </Link>
          </p>
        )}
        <div className="mt-6 max-w-[var(--measure)]">
          {question.steps.length > 0 ? (
            <ChecklistProvider storageKey={`question:${question.id}`} title={question.title} items={question.steps.map(({ n, text }) => ({ n, text }))} parts={question.checklistParts}>
              <ChecklistToolbar />
              <AnswerContent content={answer.tree} checklist />
            </ChecklistProvider>
          ) : (
            <AnswerContent content={answer.tree} />
          )}
          {question.source.url && (
            <p className="no-print mt-6 text-sm">
              <a href={question.source.url} rel="noopener">Edit this answer</a>
              <span className="text-muted"> (line {question.source.line} of {question.source.file.split('/').pop()})</span>
            </p>
          )}
        </div>

        {(related.length > 0 || backlinks.length > 0) && (
          // As the neighbourhood drawing below and the README have it: what links here on the left, what this links to on the
          // right; when only one of them exists, it takes the whole width rather than leave an empty column beside it.
          <div className={`mt-10 grid gap-8 border-t border-line pt-6 ${related.length > 0 && backlinks.length > 0 ? 'md:grid-cols-2' : ''}`}>
            {backlinks.length > 0 && (
              <section aria-labelledby="backlinks-heading" className="md:col-start-1">
                <h2 id="backlinks-heading" className="mb-2 text-lg font-semibold">Linked from</h2>
                <QuestionList questions={backlinks} />
              </section>
            )}
            {related.length > 0 && (
              <section aria-labelledby="related-heading" className={backlinks.length > 0 ? 'md:col-start-2' : ''}>
                <h2 id="related-heading" className="mb-2 text-lg font-semibold">Related</h2>
                <QuestionList questions={related} />
              </section>
            )}
          </div>
        )}
        <QuestionNeighbourhood question={question} hood={site.map.neighbourhood(question.id)} />

        <nav aria-label="Question navigation" className="mt-10 flex flex-col gap-3 border-t border-line pt-6 sm:flex-row sm:justify-between">
          {previous ? (
            <Link href={previous.url} rel="prev" className="max-w-sm no-underline hover:underline">
              <span className="block text-xs text-muted">← Previous in {category.title}</span>
              <QuestionTitle question={previous} />
            </Link>
          ) : <span />}
          {next && (
            <Link href={next.url} rel="next" className="max-w-sm no-underline hover:underline sm:text-right">
              <span className="block text-xs text-muted">Next in {category.title} →</span>
              <QuestionTitle question={next} />
            </Link>
          )}
        </nav>
      </article>
      <QuestionSidebar category={category} current={question.id} question={site.question} />
      <PageContents entries={answer.contents} />
    </div>
  );
}

/** A magnifier for a chip that searches, a signpost for one that opens the troubleshooter. */
function SymptomIcon({ troubleshooter }: { troubleshooter: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" className="flex-none fill-none stroke-current text-muted" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
      {troubleshooter ? <path d="M3 8h9M9 4.5 12.5 8 9 11.5" /> : <path d="M7 12A5 5 0 1 0 7 2a5 5 0 0 0 0 10zm3.6-1.4L14 14" />}
    </svg>
  );
}
