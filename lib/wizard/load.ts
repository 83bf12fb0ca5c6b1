import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getQuestionGraph } from '@/lib/content/load';
import type { QuestionGraph } from '@/lib/content/types';
import { buildWizardTree, formatWizardMessages } from './build-wizard-tree';
import type { WizardMessage, WizardTree } from './types';

export { formatWizardMessages };

/** The file that holds `root:`; read first so its settings win. */
const MAIN_FILE = 'tree.yaml';

/**
 * Reads every `.yaml`/`.yml` file of `dir` (`tree.yaml` first), merges them
 * into one tree and validates it against `graph`. Never throws on bad
 * content: the messages say what is wrong. Paths in messages are relative to `cwd`.
 */
export function loadWizardTree(dir: string, graph: QuestionGraph, options: { cwd?: string } = {}): { tree: WizardTree; messages: WizardMessage[] } {
  const cwd = options.cwd ?? process.cwd();
  const files = wizardFiles(dir).map((name) => {
    const path = join(dir, name);
    return { file: relative(cwd, path), text: readFileSync(path, 'utf8') };
  });
  return buildWizardTree(files, graph);
}

/** Thrown when the wizard files have errors; its message lists every problem. */
export class WizardContentError extends Error {
  constructor(readonly messages: WizardMessage[]) {
    super(`The wizard tree has errors:\n${formatWizardMessages(messages)}`);
    this.name = 'WizardContentError';
  }
}

let cache: { signature: string; graph: QuestionGraph; tree: WizardTree } | undefined;

/**
 * The site's wizard tree, read from `content/wizard/` and checked against the
 * question graph (by default the site's, from `getQuestionGraph`). Cached until
 * a wizard file changes. Throws a WizardContentError listing every problem when
 * there are errors; prints warnings.
 */
export function getWizardTree(options: { graph?: QuestionGraph; dir?: string } = {}): WizardTree {
  const dir = options.dir ?? join(process.cwd(), 'content', 'wizard');
  const graph = options.graph ?? getQuestionGraph();
  const signature = wizardFiles(dir)
    .map((name) => {
      const stat = statSync(join(dir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
  if (cache?.signature === signature && cache.graph === graph) return cache.tree;
  const { tree, messages } = loadWizardTree(dir, graph);
  if (messages.some((message) => message.severity === 'error')) throw new WizardContentError(messages);
  if (messages.length > 0 && process.env.FAQ_QUIET !== '1') console.warn(formatWizardMessages(messages));
  cache = { signature, graph, tree };
  return tree;
}

function wizardFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort((a, b) => Number(b === MAIN_FILE) - Number(a === MAIN_FILE) || a.localeCompare(b));
}
