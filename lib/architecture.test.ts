/**
 * The arrows between the project's parts point one way: routes (`app/`) read the core (`lib/`) and
 * render with `components/`; nothing below `app/` imports from it; the core has no React; the search
 * engine the browser runs never pulls in the index builder or the reports; and code that runs in the
 * browser (client components, the widget) reaches neither Node nor the build-time core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures' && entry.name !== 'node_modules') yield* sources(path);
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

/** What a file imports: project paths relative to the root (`lib/search/engine/types`), packages as named. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
  return specifiers.map((specifier) => {
    if (specifier.startsWith('@/')) return specifier.slice(2);
    if (specifier.startsWith('.')) return relative(ROOT, resolve(join(ROOT, dirname(file)), specifier)).split('\\').join('/');
    return specifier;
  });
}

const isClient = (file: string) => /^['"]use client['"]/.test(readFileSync(join(ROOT, file), 'utf8'));

const all = ['lib', 'components', 'embed', 'app'].flatMap((dir) => [...sources(dir)]);

function offenders(files: string[], forbidden: (target: string) => boolean): string[] {
  return files.flatMap((file) => importsOf(file).filter(forbidden).map((target) => `${file} → ${target}`));
}

describe('the direction of imports', () => {
  it('finds the files it checks', () => {
    expect(all.filter((file) => file.startsWith('lib/search/engine/')).length).toBeGreaterThan(20);
    expect(importsOf('lib/site/site.ts')).toContain('lib/search/engine/types');
  });

  it('nothing in lib/, embed/ or components/ imports from app/', () => {
    expect(offenders(all.filter((file) => !file.startsWith('app/')), (target) => target === 'app' || target.startsWith('app/'))).toEqual([]);
  });

  it('the core in lib/ has no React and no Next', () => {
    const lib = all.filter((file) => file.startsWith('lib/'));
    expect(offenders(lib, (target) => /^(react|react-dom|next)(\/|$)/.test(target))).toEqual([]);
  });

  it('the search engine never imports the index builder or the reports', () => {
    const engine = all.filter((file) => file.startsWith('lib/search/engine/'));
    expect(offenders(engine, (target) => /^lib\/search\/(build|reports)\//.test(target) || target.startsWith('lib/site/'))).toEqual([]);
  });

  it('code that runs in the browser reaches neither Node nor the build-time core', () => {
    const browser = all.filter((file) => file.startsWith('embed/') || (file.startsWith('components/') && isClient(file)));
    expect(browser.length).toBeGreaterThan(10);
    const buildTime = (target: string) =>
      target.startsWith('node:') || target === 'yaml' || target === 'vfile' || /^lib\/(site|search\/build|search\/reports|content\/(load|build-graph|parse-faq))(\/|$)/.test(target);
    expect(offenders(browser, buildTime)).toEqual([]);
  });
});
