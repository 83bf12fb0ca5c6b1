import Link from 'next/link';
import { searchUrl, wizardUrl } from '@/lib/routes';
import type { Site } from '@/lib/site/site';
import { buildSteps } from '@/lib/wizard/answer-steps';
import { findOtherCauses } from '@/lib/wizard/other-causes';
import type { AnswerNode, ChoiceNode } from '@/lib/wizard/types';
import { formatVia } from '@/lib/wizard/walk';
import { resolveChecklist } from '@/lib/wizard/wizard-json';
import { AnswerContent } from './answer-content';
import { ChecklistProvider, ChecklistToolbar } from './checklist';
import { DescribeSymptom } from './describe-symptom';
import { InlineMarkdown } from './inline-markdown';
import { QuestionTitle } from './question-list';
import { WizardEvents, WizardOutcome } from './wizard-events';
import { WizardOptionLink, WizardPathProvider, WizardTrail } from './wizard-path';

/** One step of the troubleshooter, as a static page: the trail so far, then a choice or an answer. */
export function WizardNodeView({ site, nodeId }: { site: Site; nodeId: string }) {
  const { tree, routesTo } = site.troubleshooter;
  const node = tree.nodes[nodeId]!;
  return (
    <div className="mx-auto max-w-3xl">
      <WizardEvents node={nodeId} type={node.type} question={node.type === 'answer' ? node.question : undefined} />
      <WizardPathProvider routes={routesTo(nodeId)}>
        <WizardTrail />
        {node.type === 'choice' ? <ChoiceView site={site} node={node} isRoot={nodeId === tree.root} /> : <AnswerView site={site} node={node} />}
      </WizardPathProvider>
      {nodeId !== tree.root && (
        <p className="mt-10 border-t border-line pt-4 text-sm">
          <Link href={wizardUrl()}>↺ Start over</Link>
        </p>
      )}
    </div>
  );
}

function ChoiceView({ site, node, isRoot }: { site: Site; node: ChoiceNode; isRoot: boolean }) {
  const { paths } = site.troubleshooter;
  return (
    <>
      {isRoot && (
        <>
          <h1 className="text-title font-bold">Troubleshoot step by step</h1>
          <DescribeSymptom />
        </>
      )}
      <section aria-labelledby="prompt" className={isRoot ? 'mt-8' : ''}>
        {isRoot ? (
          <h2 id="prompt" className="text-2xl font-semibold"><InlineMarkdown text={node.prompt} /></h2>
        ) : (
          <h1 id="prompt" className="text-title font-bold"><InlineMarkdown text={node.prompt} /></h1>
        )}
        {node.hint && <p className="mt-2 text-muted"><InlineMarkdown text={node.hint} /></p>}
        <ul className="mt-5 space-y-2.5">
          {node.options.map((option, i) => (
            // The option is named by its label alone; its hint describes it (read after the name, on request).
            <li key={option.next + option.label}>
              <WizardOptionLink
                next={option.next}
                nextShortestVia={paths[option.next] && formatVia(paths[option.next]!)}
                className="entry px-4! py-3!"
                labelledBy={`option-${i}-label`}
                describedBy={option.hint ? `option-${i}-hint` : undefined}
              >
                <span>
                  <span id={`option-${i}-label`} className="font-medium"><InlineMarkdown text={option.label} links={false} /></span>
                  {option.hint && <span id={`option-${i}-hint`} className="mt-1 block text-sm text-muted"><InlineMarkdown text={option.hint} links={false} /></span>}
                </span>
              </WizardOptionLink>
            </li>
          ))}
          {!isRoot && (
            <li>
              <Link href={wizardUrl()} prefetch={false} className="entry entry-quiet px-4! py-3!">
                None of these: describe it in your own words
              </Link>
            </li>
          )}
        </ul>
      </section>
    </>
  );
}

function AnswerView({ site, node }: { site: Site; node: AnswerNode }) {
  const { problemAnswers } = site.troubleshooter;
  const question = site.question(node.question)!;
  const answer = site.answer(question.id)!;
  const checklist = resolveChecklist(node, question);
  const items = checklist.map((text, i) => ({ n: i + 1, text }));
  const ownSteps = node.checklist.length === 0;
  // "This solved it" points at the checklist to copy for a ticket, when there is one.
  const solved = items.length > 0 ? 'Glad it is solved. You can copy the checklist as text for your ticket above.' : 'Glad it is solved.';
  const causes = findOtherCauses(question, [...problemAnswers.keys()].map((id) => site.question(id)!));
  const related = [...question.links.filter((l) => l.kind === 'question').map((l) => l.target), ...question.backlinks]
    .filter((id, i, all) => all.indexOf(id) === i && id !== question.id && !causes.some((cause) => cause.id === id))
    .slice(0, 5)
    .map((id) => site.question(id)!);

  return (
    <>
      <p className="eyebrow">The answer</p>
      <h1 className="mt-1 text-title font-bold"><QuestionTitle question={question} /></h1>
      <p className="mt-4 text-lg">{node.summary ? <InlineMarkdown text={node.summary} /> : answer.summary(320)}</p>
      {items.length > 0 ? (
        <>
          <p className="mt-3"><Link href={question.url}>Read the full answer →</Link></p>
          <section aria-labelledby="checklist-heading" className="mt-8">
            <h2 id="checklist-heading" className="text-xl font-semibold">Work through these steps</h2>
            <ChecklistProvider
              storageKey={ownSteps ? `question:${question.id}` : `wizard:${node.id}`}
              title={question.title}
              items={items}
              parts={ownSteps ? question.checklistParts : undefined}
            >
              <ChecklistToolbar />
              <AnswerContent content={buildSteps(node, question, answer.steps)} checklist />
            </ChecklistProvider>
          </section>
        </>
      ) : (
        // An answer without numbered steps is read whole; no steps are made up for it.
        <section aria-labelledby="answer-heading" className="mt-8">
          <h2 id="answer-heading" className="text-xl font-semibold">The full answer</h2>
          <div className="mt-3 max-w-[var(--measure)]">
            <AnswerContent content={answer.tree} />
          </div>
          <p className="mt-3 text-sm"><Link href={question.url}>Open it on its own page →</Link></p>
        </section>
      )}
      <WizardOutcome node={node.id} question={question.id} solvedNote={solved}>
        {causes.length > 0 && (
          <>
            <h3 className="font-semibold">Other likely causes</h3>
            <ul className="mt-2 space-y-1.5">
              {causes.map((cause) => (
                <li key={cause.id}><Link href={wizardUrl(problemAnswers.get(cause.id))}><QuestionTitle question={cause} /></Link></li>
              ))}
            </ul>
          </>
        )}
        {related.length > 0 && (
          <>
            <h3 className="mt-4 font-semibold">Related answers</h3>
            <ul className="mt-2 space-y-1.5">
              {related.map((q) => <li key={q.id}><Link href={q.url}><QuestionTitle question={q} /></Link></li>)}
            </ul>
          </>
        )}
        <p className="mt-4"><Link href={searchUrl(question.title)}>Search the FAQ</Link> or <Link href={wizardUrl()}>start over</Link>.</p>
      </WizardOutcome>
    </>
  );
}

