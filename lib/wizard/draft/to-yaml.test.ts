import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatMessages } from '@/lib/content/report';
import { buildSite } from '@/lib/site/build-site';
import { buildWizardTree } from '../build-wizard-tree';
import { treeToYaml } from './to-yaml';

describe('treeToYaml', () => {
  it('writes a drafted tree that reads back as an authored tree with the same nodes and no problems', () => {
    const site = buildSite(join(import.meta.dirname, 'fixtures', 'an-api-faq-with-status-codes'));
    const drafted = site.troubleshooter.tree;
    const text = treeToYaml(drafted, { header: 'Drafted from payments-api-faq.md.\nEdit the labels.' });
    expect(text.startsWith('# Drafted from payments-api-faq.md.\n# Edit the labels.\n\nroot: troubleshoot\n')).toBe(true);
    const file = new VFile({ path: 'tree.yaml', value: text });
    const authored = buildWizardTree([file], site.graph);
    expect(formatMessages([file], { minSeverity: 'warning' })).toBe('');
    expect(authored.root).toBe(drafted.root);
    // What the draft says of itself (drafted, browse) is not written: a tree taken over is the author's.
    const said = (tree: typeof drafted) => JSON.parse(JSON.stringify(tree.nodes, (key, value) => (['source', 'drafted', 'browse'].includes(key) ? undefined : value)));
    expect(said(authored)).toEqual(said(drafted));
  });

  it('writes only the nodes for a file beside the tree.yaml that has the root', () => {
    const site = buildSite(join(import.meta.dirname, 'fixtures', 'a-consumer-faq-with-complaints'));
    expect(treeToYaml(site.troubleshooter.tree, { nodesOnly: true })).toMatch(/^nodes:\n/);
  });
});
