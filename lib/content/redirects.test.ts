import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { applyRedirects, parseRedirects } from './redirects';
import { formatMessages } from './report';
import { graphOf } from './test-helpers';

const faq = '# FAQ\n\n## Why does capture fail, really?\n\nExpired.\n\n## How do refunds work?\n\nAPI.\n';

function apply(yaml: string) {
  const file = new VFile({ path: 'content/redirects.yaml', value: yaml });
  const { graph } = graphOf({ 'content/faq/faq.md': faq });
  applyRedirects(graph, parseRedirects(file), file);
  return { graph, report: formatMessages([file]) };
}

describe('content/redirects.yaml', () => {
  it('sends a retired id, and its old #anchor, to the question it became, through chains', () => {
    const { graph, report } = apply('why-does-capture-fail: why-does-capture-fail-really\nwhy-capture-fails: why-does-capture-fail\n');
    expect(report).toBe('');
    expect(graph.redirects).toEqual({ 'why-does-capture-fail': '/q/why-does-capture-fail-really/', 'why-capture-fails': '/q/why-does-capture-fail-really/' });
    expect(graph.anchors['why-does-capture-fail']).toBe('/q/why-does-capture-fail-really/');
  });

  it.each([
    ['old-id: why-does-capture-fail-realy\n', 'content/redirects.yaml:1:1  error  Redirect `old-id` leads to `why-does-capture-fail-realy`, which is no question; did you mean `why-does-capture-fail-really`?  [redirect-to-nothing]'],
    ['a: b\nb: a\n', 'content/redirects.yaml:1:1  error  Redirect `a` leads to `b`, which is no question; it goes round in a loop back to `a`  [redirect-to-nothing]'],
    ['how-do-refunds-work: why-does-capture-fail-really\n', 'content/redirects.yaml:1:1  error  `how-do-refunds-work` is still a question, so this redirect would hide it; delete the line, or pin another id on that heading first  [redirect-from-question]'],
    ['- just a list\n', 'content/redirects.yaml:1:1  error  Write one redirect per line, `old-question-id: new-question-id`  [malformed-redirects]'],
    ['old-id:\n', 'content/redirects.yaml:1:1  error  Redirect `old-id` needs the id of the question it leads to: `old-id: new-question-id`  [malformed-redirects]'],
  ])('%j is reported where it is written', (yaml, message) => {
    expect(apply(yaml).report.split('\n')[0]).toBe(message);
  });

  it('accepts ids pasted as links', () => {
    expect(apply('"#old-id": /q/how-do-refunds-work/\n').graph.redirects).toEqual({ 'old-id': '/q/how-do-refunds-work/' });
  });
});
