import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { AnswerNode, ChoiceNode, ChoiceOption, WizardMessage, WizardNode, WizardPlace, WizardRequirement, WizardTree } from './types';

/** Node ids become URL segments, so they stay lowercase words joined by dashes. */
export const NODE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const TOP_LEVEL_FIELDS = ['root', 'maxDepth', 'require', 'nodes'];
const CHOICE_FIELDS = ['type', 'prompt', 'hint', 'options'];
const ANSWER_FIELDS = ['type', 'question', 'summary', 'checklist'];
const OPTION_FIELDS = ['label', 'next', 'hint'];

/**
 * Reads one wizard file. Malformed YAML and fields of the wrong shape become
 * messages placed at the offending key or value; whatever could be read is
 * still returned, so one typo does not hide every other problem.
 * Checks that need the question graph or the whole tree live in `validateWizardTree`.
 *
 * @param file Path shown in messages, relative to where the build runs.
 */
export function parseWizardTree(text: string, file: string): { tree: WizardTree; messages: WizardMessage[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: true });
  const messages: WizardMessage[] = [];
  // Until `root:` is read, the tree is placed at the top of its file.
  const tree: WizardTree = { root: '', nodes: {}, source: { file, line: 1, column: 1 } };

  const at = (node: Node | null | undefined): WizardPlace => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const report = (place: WizardPlace, ruleId: string, reason: string, severity: WizardMessage['severity'] = 'error') =>
    messages.push({ ...place, severity, ruleId, reason });

  for (const error of doc.errors) {
    const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    // The usual cause is prose with `: ` in it, which YAML reads as a nested key.
    const fix = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? '; put text that contains `: ` in quotes' : '';
    report({ file, line: pos.line, column: pos.col }, 'malformed-yaml', `Cannot read YAML: ${firstLine(error.message)}${fix}`);
  }
  if (doc.errors.length > 0) return { tree, messages };

  const top = doc.contents;
  if (top === null) return { tree, messages };
  if (!isMap(top)) {
    report(at(top), 'invalid-shape', 'Expected a mapping with `root:` and `nodes:` at the top of the file');
    return { tree, messages };
  }

  for (const pair of pairs(top)) {
    const key = keyText(pair);
    const value = pair.value as Node | null;
    const keyPlace = at(pair.key as Node);
    switch (key) {
      case 'root': {
        const root = scalarText(value);
        if (root === undefined) report(at(value) ?? keyPlace, 'invalid-shape', 'Expected `root:` to be the id of the first choice');
        else {
          tree.root = root;
          tree.source = at(value);
        }
        break;
      }
      case 'maxDepth': {
        const depth = isScalar(value) ? value.value : undefined;
        if (typeof depth === 'number' && Number.isInteger(depth) && depth > 0) tree.maxDepth = depth;
        else report(value ? at(value) : keyPlace, 'invalid-shape', 'Expected `maxDepth:` to be a whole number of choices, such as `4`');
        break;
      }
      case 'require':
        tree.require = readRequire(value, keyPlace);
        break;
      case 'nodes':
        if (!isMap(value)) {
          report(value ? at(value) : keyPlace, 'invalid-shape', 'Expected `nodes:` to be a mapping of node id to node');
          break;
        }
        for (const nodePair of pairs(value)) readNode(nodePair);
        break;
      default:
        report(keyPlace, 'unknown-field', unknownField(key, TOP_LEVEL_FIELDS), 'warning');
    }
  }
  return { tree, messages };

  function readRequire(value: Node | null, keyPlace: WizardPlace): WizardRequirement {
    const require: WizardRequirement = { categories: [], questions: [] };
    if (!isMap(value)) {
      report(value ? at(value) : keyPlace, 'invalid-shape', 'Expected `require:` to have `categories:` and/or `questions:` lists');
      return require;
    }
    for (const pair of pairs(value)) {
      const key = keyText(pair);
      if (key !== 'categories' && key !== 'questions') {
        report(at(pair.key as Node), 'unknown-field', unknownField(key, ['categories', 'questions']), 'warning');
        continue;
      }
      const list = readTextList(pair, `require.${key}`);
      require[key].push(...list.map(({ text, source }) => ({ id: text, source })));
    }
    return require;
  }

  function readNode(pair: Pair): void {
    const id = keyText(pair);
    const idPlace = at(pair.key as Node);
    const value = pair.value as Node | null;
    if (!NODE_ID.test(id)) {
      report(idPlace, 'invalid-node-id', `Node id \`${id}\` is not kebab-case; it becomes a URL segment, so use lowercase letters, digits and dashes, such as \`${kebab(id)}\``);
    }
    const previous = tree.nodes[id];
    if (previous) {
      report(idPlace, 'duplicate-node', `Node \`${id}\` is already defined at line ${previous.source?.line ?? '?'}; rename one of them`);
      return;
    }
    if (!isMap(value)) {
      report(idPlace, 'invalid-shape', `Expected node \`${id}\` to be a mapping with \`prompt:\` and \`options:\` (a choice) or \`question:\` (an answer)`);
      return;
    }
    const fields = new Map(pairs(value).map((p) => [keyText(p), p] as const));
    const declared = fields.get('type');
    const declaredType = declared ? scalarText(declared.value as Node | null) : undefined;
    if (declared && declaredType !== 'choice' && declaredType !== 'answer') {
      report(at(declared.value as Node), 'invalid-shape', `Expected \`type:\` of node \`${id}\` to be \`choice\` or \`answer\``);
      return;
    }
    const isChoice = fields.has('options') || fields.has('prompt');
    const isAnswer = fields.has('question') || fields.has('checklist') || fields.has('summary');
    if (isChoice && isAnswer) {
      report(idPlace, 'invalid-shape', `Node \`${id}\` has both choice fields (\`prompt:\`, \`options:\`) and answer fields (\`question:\`, \`checklist:\`); split it into two nodes`);
      return;
    }
    const type = declaredType ?? (isChoice ? 'choice' : isAnswer ? 'answer' : undefined);
    if (type === undefined) {
      report(idPlace, 'invalid-shape', `Node \`${id}\` needs \`prompt:\` and \`options:\` (a choice) or \`question:\` (an answer)`);
      return;
    }
    const known = type === 'choice' ? CHOICE_FIELDS : ANSWER_FIELDS;
    for (const [key, field] of fields) {
      if (!known.includes(key)) report(at(field.key as Node), 'unknown-field', `${unknownField(key, known)} in ${type === 'choice' ? 'a choice' : 'an answer'}`, 'warning');
    }
    const node = type === 'choice' ? readChoice(id, idPlace, fields) : readAnswer(id, idPlace, fields);
    if (node) tree.nodes[id] = node;
  }

  function readChoice(id: string, source: WizardPlace, fields: Map<string, Pair>): WizardNode | undefined {
    const prompt = readText(fields.get('prompt'), source, `Choice \`${id}\` needs a \`prompt:\`, the question put to the user`);
    const hint = readOptionalText(fields.get('hint'));
    const optionsPair = fields.get('options');
    const optionsValue = optionsPair?.value as Node | null | undefined;
    const options: ChoiceOption[] = [];
    if (!optionsPair) report(source, 'invalid-shape', `Choice \`${id}\` needs \`options:\`, a list of \`- label: … next: …\``);
    else if (!isSeq(optionsValue)) {
      report(optionsValue ? at(optionsValue) : at(optionsPair.key as Node), 'invalid-shape', `Expected \`options:\` of \`${id}\` to be a list of \`- label: … next: …\``);
    } else {
      optionsValue.items.forEach((item, index) => {
        const option = readOption(id, index, item as Node | null, at(optionsPair.key as Node));
        if (option) options.push(option);
      });
    }
    if (prompt === undefined) return undefined;
    const node: ChoiceNode = { type: 'choice', id, prompt, options, source };
    if (hint !== undefined) node.hint = hint;
    return node;
  }

  function readOption(id: string, index: number, item: Node | null, fallback: WizardPlace): ChoiceOption | undefined {
    const name = `Option ${index + 1} of \`${id}\``;
    if (!isMap(item)) {
      report(item ? at(item) : fallback, 'invalid-shape', `${name} must be a mapping with \`label:\` and \`next:\``);
      return undefined;
    }
    const fields = new Map(pairs(item).map((p) => [keyText(p), p] as const));
    for (const [key, field] of fields) {
      if (!OPTION_FIELDS.includes(key)) report(at(field.key as Node), 'unknown-field', `${unknownField(key, OPTION_FIELDS)} in an option`, 'warning');
    }
    const label = readText(fields.get('label'), at(item), `${name} needs a \`label:\`, the words the user picks`);
    const next = readText(fields.get('next'), at(item), `${name} needs \`next:\`, the id of the node it leads to`);
    const hint = readOptionalText(fields.get('hint'));
    if (label === undefined || next === undefined) return undefined;
    const option: ChoiceOption = { label, next, source: at(fields.get('next')!.value as Node) };
    if (hint !== undefined) option.hint = hint;
    return option;
  }

  function readAnswer(id: string, source: WizardPlace, fields: Map<string, Pair>): AnswerNode | undefined {
    const questionPair = fields.get('question');
    const question = readText(questionPair, source, `Answer \`${id}\` needs \`question:\`, the id of an FAQ question`);
    const summary = readOptionalText(fields.get('summary'));
    const checklistPair = fields.get('checklist');
    const checklist = checklistPair ? readTextList(checklistPair, `checklist of \`${id}\``).map((step) => step.text) : [];
    if (question === undefined) return undefined;
    const node: AnswerNode = {
      type: 'answer',
      id,
      question,
      checklist,
      source: { ...source, question: at(questionPair!.value as Node) },
    };
    if (checklistPair) node.source!.checklist = at(checklistPair.key as Node);
    if (summary !== undefined) node.summary = summary;
    return node;
  }

  /** A required text field; reports `missing` at `fallback` when absent. */
  function readText(pair: Pair | undefined, fallback: WizardPlace, missing: string): string | undefined {
    if (!pair) {
      report(fallback, 'invalid-shape', missing);
      return undefined;
    }
    const value = scalarText(pair.value as Node | null);
    if (value === undefined || value === '') {
      report(at((pair.value as Node | null) ?? (pair.key as Node)), 'invalid-shape', `Expected \`${keyText(pair)}:\` to be text`);
      return undefined;
    }
    return value;
  }

  function readOptionalText(pair: Pair | undefined): string | undefined {
    if (!pair) return undefined;
    const value = scalarText(pair.value as Node | null);
    if (value === undefined) report(at((pair.value as Node | null) ?? (pair.key as Node)), 'invalid-shape', `Expected \`${keyText(pair)}:\` to be text`);
    return value;
  }

  function readTextList(pair: Pair, what: string): { text: string; source: WizardPlace }[] {
    const value = pair.value as Node | null;
    if (!isSeq(value)) {
      report(value ? at(value) : at(pair.key as Node), 'invalid-shape', `Expected ${what} to be a list of \`- text\` lines`);
      return [];
    }
    const list: { text: string; source: WizardPlace }[] = [];
    for (const item of value.items as (Node | null)[]) {
      const text = scalarText(item);
      if (text === undefined || text === '') report(item ? at(item) : at(pair.key as Node), 'invalid-shape', `Expected each item of ${what} to be text`);
      else list.push({ text, source: at(item) });
    }
    return list;
  }
}

function pairs(map: YAMLMap): Pair[] {
  return map.items as Pair[];
}

function keyText(pair: Pair): string {
  const key = pair.key as Node | null;
  return isScalar(key) ? String(key.value) : String(key);
}

/** Text of a scalar, with numbers kept as written (a label may be `401`). */
function scalarText(node: Node | null | undefined): string | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return undefined;
  const value = String(node.value).trim();
  return value.replace(/[ \t]*\n[ \t]*/g, ' ');
}

function unknownField(key: string, known: string[]): string {
  return `Unknown field \`${key}\`; expected one of ${known.map((k) => `\`${k}\``).join(', ')}`;
}

function kebab(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
