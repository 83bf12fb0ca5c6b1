import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatMessages } from '@/lib/content/report';
import { buildWizardTree } from './build-wizard-tree';
import { smallGraph } from './fixtures/small-graph';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** Parses, merges and validates one fixture as the build would, and returns what the author reads. */
function check(...names: string[]): string[] {
  const files = names.map((name) => new VFile({ path: name, value: readFileSync(join(FIXTURES, name), 'utf8') }));
  buildWizardTree(files, smallGraph());
  const report = formatMessages(files);
  return report ? report.split('\n') : [];
}

describe('validateWizardTree', () => {
  it('accepts a valid tree', () => {
    expect(check('a-valid-tree.yaml')).toEqual([]);
  });

  it('accepts an answer whose question has no numbered steps: its page shows the answer whole, as a drafted answer does', () => {
    expect(check('an-answer-without-numbered-steps-is-read-whole.yaml')).toEqual([]);
  });

  it.each([
    [
      'an-answer-names-an-unknown-question.yaml',
      'an-answer-names-an-unknown-question.yaml:11:15  error  Cannot find question `why-do-i-get-http-401-unauthorised`; did you mean `why-do-i-get-http-401-unauthorized`?  [unknown-question]',
    ],
    [
      'the-root-is-missing.yaml',
      'the-root-is-missing.yaml:1:1  error  Missing `root:`; add `root: <id of the first choice>` at the top of the file  [missing-root]',
    ],
    [
      'the-root-names-an-unknown-node.yaml',
      'the-root-names-an-unknown-node.yaml:1:7  error  Cannot find root node `strat`; did you mean `start`?  [missing-root]',
    ],
    [
      'a-node-cannot-be-reached-from-the-root.yaml',
      'a-node-cannot-be-reached-from-the-root.yaml:12:3  error  Node `http-403` cannot be reached from the root `start`; use it as the `next:` of an option, or remove it  [unreachable-node]',
    ],
    [
      'an-option-leads-back-up-the-tree.yaml',
      'an-option-leads-back-up-the-tree.yaml:16:15  error  Option "None of these" of `http-status` leads back to `start`, making a loop: start → http-status → start  [cycle]',
    ],
    [
      'a-choice-has-only-one-option.yaml',
      'a-choice-has-only-one-option.yaml:3:3  error  Choice `start` has only one option; give it at least two, or link straight to the next node  [too-few-options]',
    ],
    [
      'two-options-have-the-same-label.yaml',
      'two-options-have-the-same-label.yaml:9:15  error  Choice `start` already has an option "401 unauthorized"; users could not tell them apart  [duplicate-label]',
    ],
    [
      'a-node-id-is-defined-twice.yaml',
      'a-node-id-is-defined-twice.yaml:12:3  error  Node `http-401` is already defined at line 10; rename one of them  [duplicate-node]',
    ],
    [
      'a-label-with-a-colon-is-not-quoted.yaml',
      'a-label-with-a-colon-is-not-quoted.yaml:6:16  error  Cannot read YAML: Nested mappings are not allowed in compact mappings; put text that contains `: ` in quotes  [malformed-yaml]',
    ],
    [
      'a-node-has-neither-options-nor-question.yaml',
      'a-node-has-neither-options-nor-question.yaml:10:3  error  Node `http-401` needs `prompt:` and `options:` (a choice) or `question:` (an answer)  [invalid-shape]',
    ],
    [
      'a-node-id-is-not-kebab-case.yaml',
      'a-node-id-is-not-kebab-case.yaml:10:3  error  Node id `http401Answer` is not kebab-case; it becomes a URL segment, so use lowercase letters, digits and dashes, such as `http401-answer`  [invalid-node-id]',
    ],
    [
      'a-required-question-is-too-deep.yaml',
      'a-required-question-is-too-deep.yaml:21:3  error  Required question `why-do-i-get-http-401-unauthorized` takes 2 choices to reach (start → http-status → http-401), more than `maxDepth: 1`; link it from a choice nearer the root  [required-question]',
    ],
    [
      'a-required-question-has-no-answer.yaml',
      'a-required-question-has-no-answer.yaml:4:7  error  Required question `why-does-capture-fail` has no answer node; add one with `question: why-does-capture-fail` and link it from a choice  [required-question]',
    ],
    [
      'a-required-category-is-unknown.yaml',
      'a-required-category-is-unknown.yaml:4:7  error  Cannot find category `common-error`; did you mean `common-errors`?  [unknown-category]',
    ],
  ])('reports %s', (fixture, message) => {
    expect(check(fixture)).toEqual([message]);
  });

  it('reports an unknown `next` with a suggestion, and the node it should have reached', () => {
    expect(check('an-option-leads-to-an-unknown-node.yaml')).toEqual([
      'an-option-leads-to-an-unknown-node.yaml:7:15  error  Cannot find node `http-410` for option "401 Unauthorized"; did you mean `http-401`?  [unknown-next]',
      'an-option-leads-to-an-unknown-node.yaml:10:3  error  Node `http-401` cannot be reached from the root `start`; use it as the `next:` of an option, or remove it  [unreachable-node]',
    ]);
  });

  it('reports choices that never lead to an answer, and the loop that traps them', () => {
    expect(check('a-choice-never-leads-to-an-answer.yaml')).toEqual([
      'a-choice-never-leads-to-an-answer.yaml:10:3  error  Choice `other` never leads to an answer; every path must end at an answer node  [dead-end]',
      'a-choice-never-leads-to-an-answer.yaml:17:3  error  Choice `more` never leads to an answer; every path must end at an answer node  [dead-end]',
      'a-choice-never-leads-to-an-answer.yaml:21:15  error  Option "Back" of `more` leads back to `other`, making a loop: other → more → other  [cycle]',
      'a-choice-never-leads-to-an-answer.yaml:23:15  error  Option "Still more" of `more` leads back to `other`, making a loop: other → more → other  [cycle]',
    ]);
  });
});
