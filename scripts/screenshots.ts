/**
 * Screenshots of each page type at desktop and phone width, in both themes, for the README and for
 * looking at the design as a whole.
 *
 * Inputs:  the static export in out/ (`npm run build` first), Chromium (`CHROME_PATH`, /usr/bin/chromium,
 *          or Playwright's own), and for the pages only a small FAQ has (a map that names its questions, a
 *          callout) the export of one (`--small DIR`, default .screens/small: build it with
 *          `BASE_PATH= FAQ_CONTENT=e2e/fixtures/own-faq FAQ_OUT=.screens/small npm run build`).
 * Outputs: docs/screenshots/<page>-<width>-<theme>.png, the first screen of each page (`--full-page`: the
 *          whole page; `--out DIR`: another folder, for looking without changing the committed ones).
 * Order:   serve out/ on 127.0.0.1 (`--port`, default 4398) → one browser → every page, width and theme.
 */
import { startStaticServer } from './static-server';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { withBasePath } from '../lib/base-path';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const port = Number(option('--port', '4398'));
const outDir = option('--out', join('docs', 'screenshots'));
const fullPage = args.includes('--full-page');
const smallDir = option('--small', join('.screens', 'small'));
const smallBuild = `BASE_PATH= FAQ_CONTENT=e2e/fixtures/own-faq FAQ_OUT=${smallDir} npm run build`;

/**
 * Each page type once, in the state a reader sees it (`ready`: what shows it has rendered); `small`: a page of
 * the small FAQ's export, served at its root.
 */
const pages: { name: string; path: string; ready?: string; small?: true }[] = [
  { name: 'home', path: '/' },
  { name: 'question', path: '/q/why-do-i-get-http-401-unauthorized/' },
  { name: 'search', path: '/search/?q=401', ready: 'main ol > li' },
  { name: 'wizard-step', path: '/wizard/http-status/' },
  { name: 'wizard-answer', path: '/wizard/http-401-unauthorized/' },
  { name: 'small-faq-map', path: '/map/', small: true },
  { name: 'callout', path: '/q/can-i-use-widget-in-a-docker-build/', small: true },
];
const widths = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const themes = ['light', 'dark'] as const;

if (!existsSync(join('out', 'index.html'))) throw new Error('out/ has no site: run `npm run build` first.');
mkdirSync(outDir, { recursive: true });

const hasSmall = existsSync(join(smallDir, 'index.html'));
if (!hasSmall) console.warn(`${smallDir} has no site: the small FAQ's pages are left out. Build it with: ${smallBuild}`);

const server = await startStaticServer('out', port);
const small = hasSmall ? await startStaticServer(smallDir, port + 1) : undefined;
try {
  const executablePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    for (const viewport of widths) {
      for (const colorScheme of themes) {
        const context = await browser.newContext({
          viewport,
          colorScheme,
          deviceScaleFactor: 1,
          isMobile: viewport.width < 600,
          hasTouch: viewport.width < 600,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        for (const { name, path, ready, small: fromSmall } of pages) {
          if (fromSmall && !small) continue;
          const url = fromSmall ? `${small!.origin}${path}` : `${server.origin}${withBasePath(path)}`;
          await page.goto(url, { waitUntil: 'networkidle' });
          if (ready) await page.locator(ready).first().waitFor();
          // The caret blinks and fonts settle: the picture should not depend on the moment it was taken.
          await page.addStyleTag({ content: '*{caret-color:transparent!important}' });
          await page.evaluate(() => document.fonts.ready);
          if (fullPage) {
            // Drawings that load as they come into view (a question's neighbourhood): scroll past them first.
            await page.mouse.wheel(0, 100_000);
            await page.waitForLoadState('networkidle');
            await page.evaluate(() => window.scrollTo(0, 0));
          }
          const file = join(outDir, `${name}-${viewport.width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage });
          console.log(file);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.stop();
  await small?.stop();
}
