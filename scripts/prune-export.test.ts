import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneExport } from './prune-export';

describe('pruneExport', () => {
  it('removes every __next._full.txt and nothing a browser requests', () => {
    const out = mkdtempSync(join(tmpdir(), 'prune-'));
    const page = join(out, 'q', 'refunds');
    mkdirSync(page, { recursive: true });
    for (const [folder, name, body] of [
      [out, '__next._full.txt', 'full'],
      [out, 'index.html', '<html>'],
      [out, 'index.txt', 'rsc'],
      [page, '__next._full.txt', 'full payload'],
      [page, '__next._tree.txt', 'tree'],
      [page, '__next.q.$d$id.__PAGE__.txt', 'page'],
      [page, 'index.txt', 'rsc'],
    ] as const) writeFileSync(join(folder, name), body);

    expect(pruneExport(out)).toEqual({ files: 2, bytes: 'full'.length + 'full payload'.length });
    expect(readdirSync(out).sort()).toEqual(['index.html', 'index.txt', 'q']);
    expect(readdirSync(page).sort()).toEqual(['__next._tree.txt', '__next.q.$d$id.__PAGE__.txt', 'index.txt']);
  });
});
