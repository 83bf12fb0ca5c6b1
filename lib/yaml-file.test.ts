import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatMessages } from './content/report';
import { parseYamlFile } from './yaml-file';

function report(text: string): string {
  const file = new VFile({ path: 'g.yaml', value: text });
  parseYamlFile(file, { source: 'test' });
  return formatMessages([file]);
}

const groups = (broken: string, at: number) => ['- [a, b]', '- [c, d]', '- [e, f]', '- [g, h]'].map((line, i) => (i === at ? broken : line)).join('\n') + '\n';

describe('parseYamlFile', () => {
  it.each([
    ['a `[` never closed, on the line that has it', groups('- [c, d', 1), 'g.yaml:2:3  error  Cannot read YAML: the `[` here is never closed; close it with `]` where the list ends  [malformed-yaml]'],
    ['a `[` never closed on the last line, not past it', groups('- [g, h', 3), 'g.yaml:4:3  error  Cannot read YAML: the `[` here is never closed; close it with `]` where the list ends  [malformed-yaml]'],
    ['a quote never closed, where it opens', groups('- [c, "d]', 1), 'g.yaml:2:7  error  Cannot read YAML: the quote here is never closed; close it with `"` where the text ends  [malformed-yaml]'],
    ["a quote never closed on the last line", groups("- [g, 'h]", 3), "g.yaml:4:7  error  Cannot read YAML: the quote here is never closed; close it with `'` where the text ends  [malformed-yaml]"],
    ['a `{` never closed', 'a: {b: 1\nc: 2\n', 'g.yaml:1:4  error  Cannot read YAML: the `{` here is never closed; close it with `}` where the list ends  [malformed-yaml]'],
    ['text with `: ` in it', 'label: a: b\n', 'g.yaml:1:8  error  Cannot read YAML: Nested mappings are not allowed in compact mappings; put text that contains `: ` in quotes  [malformed-yaml]'],
    ['a tab as indentation, where YAML places it', 'a:\n\tb: 1\n', 'g.yaml:2:1  error  Cannot read YAML: Tabs are not allowed as indentation  [malformed-yaml]'],
  ])('reports %s', (_, text, message) => {
    expect(report(text)).toBe(message);
  });

  it('places nodes by their range', () => {
    const file = new VFile({ path: 'g.yaml', value: 'a:\n  - x\n  - y\n' });
    const yaml = parseYamlFile(file, { source: 'test' })!;
    expect(yaml.placeOf(yaml.doc.getIn(['a', 1], true))).toEqual({ line: 3, column: 5 });
    expect(file.messages).toEqual([]);
  });
});
