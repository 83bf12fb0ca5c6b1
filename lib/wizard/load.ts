import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import { getQuestionGraph } from '@/lib/content/load';
import { ContentError, formatMessages, hasErrors } from '@/lib/content/report';
import type { QuestionGraph } from '@/lib/content/types';
import { buildWizardTree } from './build-wizard-tree';
import type { WizardTree } from './types';
import { contentDir } from '@/lib/site-folders';

/** The file that holds `root:`; read first so its settings win. */
const MAIN_FILE = 'tree.yaml';

/**
 * Reads every `.yaml`/`.yml` file of `dir` (`tree.yaml` first), merges them
 * into one tree and validates it against `graph`. Never throws on bad
 * content: the files' messages say what is wrong. Paths in messages are relative to `cwd`.
 */
export function loadWizardTree(dir: string, graph: QuestionGraph, options: { cwd?: string } = {}): { tree: WizardTree; files: VFile[] } {
  const cwd = options.cwd ?? process.cwd();
  const files = wizardFiles(dir).map((name) => {
    const path = join(dir, name);
    return new VFile({ path: relative(cwd, path), value: readFileSync(path, 'utf8') });
  });
  return { tree: buildWizardTree(files, graph), files };
}

let cache: { signature: string; graph: QuestionGraph; tree: WizardTree } | undefined;

/**
 * The site's wizard tree, read from `content/wizard/` and checked against the
 * question graph (by default the site's, from `getQuestionGraph`). Cached until
 * a wizard file changes. Throws a ContentError listing every problem when
 * there are errors; prints warnings.
 */
export function getWizardTree(options: { graph?: QuestionGraph; dir?: string } = {}): WizardTree {
  const dir = options.dir ?? join(contentDir, 'wizard');
  const graph = options.graph ?? getQuestionGraph();
  const signature = wizardFiles(dir)
    .map((name) => {
      const stat = statSync(join(dir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
  if (cache?.signature === signature && cache.graph === graph) return cache.tree;
  const { tree, files } = loadWizardTree(dir, graph);
  if (hasErrors(files)) throw new ContentError(files);
  const warnings = formatMessages(files, { minSeverity: 'warning' });
  if (warnings && process.env.FAQ_QUIET !== '1') console.warn(warnings);
  cache = { signature, graph, tree };
  return tree;
}

/** The wizard files of `dir`, `tree.yaml` first; none when the folder does not exist. */
function wizardFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort((a, b) => Number(b === MAIN_FILE) - Number(a === MAIN_FILE) || a.localeCompare(b));
}
