import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphOf } from './test-helpers';

const fixture = join(import.meta.dirname, 'fixtures', 'empty-named-anchors-at-headings-are-their-old-anchors');
const { graph } = graphOf({
  'content/faq/brew.md': readFileSync(join(fixture, 'brew.md'), 'utf8'),
  'content/faq/links.md': readFileSync(join(fixture, 'links.md'), 'utf8'),
});
const question = (id: string) => graph.questions.find((q) => q.id === id)!;

describe('empty named anchors at headings', () => {
  it('lead old links (`/#old-anchor`) to the heading below them, category or question', () => {
    expect(graph.anchors).toMatchObject({
      'upgrading-and-cleaning-up': '/c/upgrading/',
      'why-arent-some-apps-included-during-brew-upgrade': '/q/why-are-some-casks-left-out-of-an-upgrade/',
      cleanup: '/q/how-do-i-uninstall-old-versions/',
      'why-do-i-get-a-permission-error': '/q/why-do-i-get-a-permission-error/',
      permissions: '/q/why-do-i-get-a-permission-error/',
      'can-i-install-into-my-home-directory': '/q/can-i-install-homebrew-into-my-home-directory/',
      'how-do-i-uninstall-old-versions': '/q/how-do-i-uninstall-old-versions/',
    });
  });

  it('are not left at the end of the answer above them, nor in the heading', () => {
    expect(question('how-do-i-update-my-local-packages').html).not.toMatch(/name=|<p><\/p>/);
    expect(question('why-are-some-casks-left-out-of-an-upgrade').html).not.toMatch(/id="user-content-cleanup"|<p><\/p>/);
    expect(question('can-i-install-homebrew-into-my-home-directory').titleHtml).toBe('Can I install Homebrew into my home directory?');
  });

  it('stay where they are inside an answer: only an anchor at a heading is the heading’s', () => {
    expect(question('why-are-some-casks-left-out-of-an-upgrade').html).toContain('<a name="user-content-auto-updates"></a>');
    expect(graph.anchors['auto-updates']).toBeUndefined();
  });
});

describe('one old anchor kept at two headings', () => {
  it('stays with the first, as a browser follows it, and the second is a warning at its line', () => {
    const { graph: twice, report } = graphOf({
      'content/faq/twice.md': ['# FAQ', '', '## Setup', '', '<a name="old"></a>', '### How do I install it?', '', 'Run the installer.', '', '<a name="old"></a>', '### How do I update it?', '', 'Run the updater.', ''].join('\n'),
    });
    expect(twice.anchors.old).toBe('/q/how-do-i-install-it/');
    expect(report).toMatch(/twice\.md:10:1 +warning +`<a name="old">` is already the old anchor of `### How do I install it\?` \(line 6\), so links to `#old` lead there/);
  });
});
