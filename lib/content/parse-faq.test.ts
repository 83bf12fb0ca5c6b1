import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphOf, summariseGraph } from './test-helpers';

const fixturesDir = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(fixturesDir).filter((name) => !name.includes('.'));

describe('parseFaqDocument fixtures', () => {
  it.each(fixtures)('%s', async (name) => {
    const dir = join(fixturesDir, name);
    const inputs = Object.fromEntries(
      readdirSync(dir)
        .filter((file) => file.endsWith('.md'))
        .map((file) => [`${name}/${file}`, readFileSync(join(dir, file), 'utf8')]),
    );
    const { graph, notes } = graphOf(inputs);
    await expect(JSON.stringify(summariseGraph(graph), null, 2) + '\n').toMatchFileSnapshot(join(dir, 'output.json'));
    await expect(notes + '\n').toMatchFileSnapshot(join(dir, 'messages.txt'));
  });
});
