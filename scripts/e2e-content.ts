/**
 * Assembles the content the end-to-end tests build: `content/` as it is, plus the test documents.
 *
 * Inputs:  content/; e2e/fixtures/faq/*.md (hostile payloads, reworded questions with a table and code wider
 *          than any screen, links between FAQs), e2e/fixtures/corpora/*.md (the four sibling FAQs),
 *          e2e/fixtures/redirects.yaml and e2e/fixtures/published-ids.json (added to the content's own).
 * Outputs: .e2e/content/, which `npm run test:e2e` builds with FAQ_CONTENT into FAQ_OUT=.e2e/out, so
 *          neither content/ nor out/ is touched by the tests.
 * Order:   first step of `npm run test:e2e`.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const target = join('.e2e', 'content');
rmSync(target, { recursive: true, force: true });
cpSync('content', target, { recursive: true });
for (const dir of [join('e2e', 'fixtures', 'faq'), join('e2e', 'fixtures', 'corpora')]) {
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.md') && file !== 'README.md')) {
    cpSync(join(dir, name), join(target, 'faq', name));
  }
}
const redirects = join(target, 'redirects.yaml');
writeFileSync(redirects, `${existsSync(redirects) ? readFileSync(redirects, 'utf8') : ''}\n${readFileSync(join('e2e', 'fixtures', 'redirects.yaml'), 'utf8')}`);
const published = join(target, 'published-ids.json');
const ids = { ...(existsSync(published) ? JSON.parse(readFileSync(published, 'utf8')) : {}), ...JSON.parse(readFileSync(join('e2e', 'fixtures', 'published-ids.json'), 'utf8')) };
writeFileSync(published, `${JSON.stringify(ids, null, 2)}\n`);
console.log(`Wrote ${target}: content/ with ${readdirSync(join(target, 'faq')).length} FAQ documents.`);
