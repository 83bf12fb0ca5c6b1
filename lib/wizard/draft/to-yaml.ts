import { stringify } from 'yaml';
import type { WizardTree } from '../types';

/**
 * A tree as an author writes it in `content/wizard/*.yaml`: `root:` (unless `nodesOnly`, for a file
 * beside a `tree.yaml` that has the root), then each node with only the fields an author writes. The
 * output reads back into the same tree (`parseWizardTree`).
 */
export function treeToYaml(tree: WizardTree, options: { nodesOnly?: boolean; header?: string } = {}): string {
  const nodes: Record<string, unknown> = {};
  for (const id of readingOrder(tree)) {
    const node = tree.nodes[id]!;
    nodes[id] =
      node.type === 'choice'
        ? {
            prompt: node.prompt,
            ...(node.hint !== undefined && { hint: node.hint }),
            options: node.options.map((option) => ({ label: option.label, next: option.next, ...(option.hint !== undefined && { hint: option.hint }) })),
          }
        : { question: node.question, ...(node.summary !== undefined && { summary: node.summary }), ...(node.checklist.length > 0 && { checklist: node.checklist }) };
  }
  const document = options.nodesOnly ? { nodes } : { root: tree.root, ...(tree.maxDepth !== undefined && { maxDepth: tree.maxDepth }), nodes };
  const header = options.header ? `${options.header.split('\n').map((line) => (line ? `# ${line}` : '#')).join('\n')}\n\n` : '';
  return header + stringify(document, { lineWidth: 0 });
}

/** Node ids as a reader walks them: the root, then what each choice leads to, breadth first; any others after. */
function readingOrder(tree: WizardTree): string[] {
  const order = tree.nodes[tree.root] ? [tree.root] : [];
  for (let i = 0; i < order.length; i++) {
    const node = tree.nodes[order[i]!];
    if (node?.type !== 'choice') continue;
    for (const option of node.options) if (tree.nodes[option.next] && !order.includes(option.next)) order.push(option.next);
  }
  return [...order, ...Object.keys(tree.nodes).filter((id) => !order.includes(id))];
}
