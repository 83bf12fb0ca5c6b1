import type { VFile } from 'vfile';
import { isMap, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import { z } from 'zod';
import { parseYamlFile, type YamlFile } from '@/lib/yaml-file';
import { reportAt } from './report';
import type { WizardNode, WizardPlace, WizardTree } from './types';

/** Node ids become URL segments, so they stay lowercase words joined by dashes. */
const NODE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A scalar as text, numbers kept as written (a label may be `401`), folded lines joined. */
const optionalText = z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value).trim().replace(/[ \t]*\n[ \t]*/g, ' '));
const text = optionalText.pipe(z.string().min(1));
const textList = z.array(text);

/** What a wizard file may hold. The keys are also the fields an author may write; others are warned about. */
const TOP = { root: text, maxDepth: z.int().positive(), require: z.object({ categories: textList, questions: textList }).partial(), nodes: z.record(z.string(), z.unknown()) };
const OPTION = z.object({ label: text, next: text, hint: optionalText.optional() });
const CHOICE = z.object({ type: z.literal('choice').optional(), prompt: text, hint: optionalText.optional(), options: z.array(OPTION) });
const ANSWER = z.object({ type: z.literal('answer').optional(), question: text, summary: optionalText.optional(), checklist: textList.optional() });

/** Says what a field at `path` (from the checked mapping) should have been; `missing` when it is not written at all. */
type Reason = (path: PropertyKey[], missing: boolean) => string;

/**
 * Reads one wizard file. Malformed YAML and fields of the wrong shape become
 * error messages on `file` at the offending key or value (unknown fields are
 * warnings); every node and top-level field that could be read is still
 * returned, so one typo does not hide every other problem. Checks that need
 * the question graph or the whole tree live in `validateWizardTree`.
 */
export function parseWizardTree(file: VFile): WizardTree {
  // Until `root:` is read, the tree is placed at the top of its file.
  const tree: WizardTree = { root: '', nodes: {}, source: { file: file.path, line: 1, column: 1 } };
  const yaml = parseYamlFile(file, { source: 'wizard', uniqueKeys: false });
  const top = yaml?.doc.contents;
  if (!yaml || top === null || top === undefined) return tree;
  const at = (node: unknown): WizardPlace => ({ file: file.path, ...yaml.placeOf(node) });
  const report = (place: WizardPlace, ruleId: string, reason: string, severity?: 'error' | 'warning') => reportAt([file], place, ruleId, reason, severity);
  const reader = { report, at, yaml };

  if (!isMap(top)) {
    report(at(top), 'invalid-shape', 'Expected a mapping with `root:` and `nodes:` at the top of the file');
    return tree;
  }
  warnUnknownFields(reader, top, Object.keys(TOP), '');
  const field = <S extends z.ZodType>(key: keyof typeof TOP, schema: S): z.output<S> | undefined =>
    top.has(key) ? (checkShape(reader, top, z.object({ [key]: schema }), at(top), topReason) as Record<string, z.output<S>> | undefined)?.[key] : undefined;

  const root = field('root', TOP.root);
  if (root !== undefined) {
    tree.root = root;
    tree.source = at(top.get('root', true));
  }
  const maxDepth = field('maxDepth', TOP.maxDepth);
  if (maxDepth !== undefined) tree.maxDepth = maxDepth;
  const require = top.get('require', true);
  if (isMap(require)) warnUnknownFields(reader, require, ['categories', 'questions'], '');
  const required = field('require', TOP.require);
  if (required) {
    const entries = (key: 'categories' | 'questions') => (required[key] ?? []).map((id, index) => ({ id, source: at(top.getIn(['require', key, index], true)) }));
    tree.require = { categories: entries('categories'), questions: entries('questions') };
  }
  const nodes = top.get('nodes', true);
  if (field('nodes', TOP.nodes) && isMap(nodes)) {
    for (const pair of nodes.items as Pair[]) {
      const node = readNode(reader, pair, tree.nodes);
      if (node) tree.nodes[node.id] = node;
    }
  }
  return tree;
}

/** How to place a node of the file being read, and report on it. */
interface Reader {
  report: (place: WizardPlace, ruleId: string, reason: string, severity?: 'error' | 'warning') => void;
  at: (node: unknown) => WizardPlace;
  yaml: YamlFile;
}

/** One entry of `nodes:`, a choice or an answer by its fields (or `type:`); `undefined` when it cannot be read. */
function readNode({ report, at, yaml }: Reader, pair: Pair, earlier: Record<string, WizardNode>): WizardNode | undefined {
  const id = keyText(pair);
  const source = at(pair.key);
  if (!NODE_ID.test(id)) {
    report(source, 'invalid-node-id', `Node id \`${id}\` is not kebab-case; it becomes a URL segment, so use lowercase letters, digits and dashes, such as \`${kebab(id)}\``);
  }
  const previous = earlier[id];
  if (previous) return void report(source, 'duplicate-node', `Node \`${id}\` is already defined at line ${previous.source?.line ?? '?'}; rename one of them`);
  const map = pair.value;
  if (!isMap(map)) return void report(source, 'invalid-shape', `Expected node \`${id}\` to be a mapping with \`prompt:\` and \`options:\` (a choice) or \`question:\` (an answer)`);
  const declared = map.get('type');
  if (declared !== undefined && declared !== 'choice' && declared !== 'answer') {
    return void report(at(map.get('type', true)), 'invalid-shape', `Expected \`type:\` of node \`${id}\` to be \`choice\` or \`answer\``);
  }
  const isChoice = map.has('options') || map.has('prompt');
  const isAnswer = map.has('question') || map.has('checklist') || map.has('summary');
  if (isChoice && isAnswer) {
    return void report(source, 'invalid-shape', `Node \`${id}\` has both choice fields (\`prompt:\`, \`options:\`) and answer fields (\`question:\`, \`checklist:\`); split it into two nodes`);
  }
  const type = declared ?? (isChoice ? 'choice' : isAnswer ? 'answer' : undefined);
  if (type === undefined) return void report(source, 'invalid-shape', `Node \`${id}\` needs \`prompt:\` and \`options:\` (a choice) or \`question:\` (an answer)`);
  const reader = { report, at, yaml };

  if (type === 'choice') {
    warnUnknownFields(reader, map, Object.keys(CHOICE.shape), ' in a choice');
    const written = map.get('options', true);
    if (isSeq(written)) for (const item of written.items) if (isMap(item)) warnUnknownFields(reader, item, Object.keys(OPTION.shape), ' in an option');
    const choice = checkShape(reader, map, CHOICE, source, (path, missing) => choiceReason(id, path, missing));
    const options = choice?.options.map((option, index) => ({ ...option, source: at(map.getIn(['options', index, 'next'], true)) }));
    return choice && { ...choice, type, id, options: options ?? [], source };
  }
  warnUnknownFields(reader, map, Object.keys(ANSWER.shape), ' in an answer');
  const answer = checkShape(reader, map, ANSWER, source, (path, missing) => answerReason(id, path, missing));
  const checklistKey = (map.items as Pair[]).find((item) => keyText(item) === 'checklist')?.key;
  const places = { question: at(map.get('question', true)), ...(checklistKey !== undefined && { checklist: at(checklistKey) }) };
  return answer && { ...answer, type, id, checklist: answer.checklist ?? [], source: { ...source, ...places } };
}

/**
 * `map` read through `schema`, or `undefined` with an error for each issue:
 * at the value it concerns, or, for a field not written at all, at its owner
 * (the option that lacks it, else `owner`).
 */
function checkShape<S extends z.ZodType>({ report, at, yaml }: Reader, map: YAMLMap, schema: S, owner: WizardPlace, reason: Reason): z.output<S> | undefined {
  const result = schema.safeParse(map.toJS(yaml.doc));
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const missing = !map.hasIn(issue.path);
    const place = !missing ? at(map.getIn(issue.path, true)) : issue.path.length > 1 ? at(map.getIn(issue.path.slice(0, -1), true)) : owner;
    report(place, 'invalid-shape', reason(issue.path, missing));
  }
  return undefined;
}

function warnUnknownFields({ report, at }: Reader, map: YAMLMap, known: string[], where: string): void {
  for (const pair of map.items as Pair[]) {
    const key = keyText(pair);
    if (!known.includes(key)) report(at(pair.key), 'unknown-field', `Unknown field \`${key}\`; expected one of ${known.map((k) => `\`${k}\``).join(', ')}${where}`, 'warning');
  }
}

const topReason: Reason = ([field, list, item]) => {
  switch (field) {
    case 'root':
      return 'Expected `root:` to be the id of the first choice';
    case 'maxDepth':
      return 'Expected `maxDepth:` to be a whole number of choices, such as `4`';
    case 'require':
      return list === undefined ? 'Expected `require:` to have `categories:` and/or `questions:` lists' : listReason(`require.${String(list)}`, item !== undefined);
    default:
      return 'Expected `nodes:` to be a mapping of node id to node';
  }
};

function choiceReason(id: string, [field, index, optionField]: PropertyKey[], missing: boolean): string {
  const option = `Option ${Number(index) + 1} of \`${id}\``;
  if (field === 'prompt' && missing) return `Choice \`${id}\` needs a \`prompt:\`, the question put to the user`;
  if (field !== 'options') return `Expected \`${String(field)}:\` to be text`;
  if (index === undefined) return missing ? `Choice \`${id}\` needs \`options:\`, a list of \`- label: … next: …\`` : `Expected \`options:\` of \`${id}\` to be a list of \`- label: … next: …\``;
  if (optionField === undefined) return `${option} must be a mapping with \`label:\` and \`next:\``;
  if (!missing) return `Expected \`${String(optionField)}:\` to be text`;
  return optionField === 'label' ? `${option} needs a \`label:\`, the words the user picks` : `${option} needs \`next:\`, the id of the node it leads to`;
}

function answerReason(id: string, [field, index]: PropertyKey[], missing: boolean): string {
  if (field === 'question' && missing) return `Answer \`${id}\` needs \`question:\`, the id of an FAQ question`;
  if (field === 'checklist') return listReason(`checklist of \`${id}\``, index !== undefined);
  return `Expected \`${String(field)}:\` to be text`;
}

function listReason(what: string, item: boolean): string {
  return item ? `Expected each item of ${what} to be text` : `Expected ${what} to be a list of \`- text\` lines`;
}

function keyText(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function kebab(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
