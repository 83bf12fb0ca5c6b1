/**
 * Screenshots of each page type at desktop and phone width, in both themes, for the README and for
 * looking at the design as a whole.
 *
 * Inputs:  the static export in out/ (`npm run build` first), Chromium (`CHROME_PATH`, /usr/bin/chromium,
 *          or Playwright's own).
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

/** Each page type once, in the state a reader sees it (`ready`: what shows it has rendered). */
const pages: { name: string; path: string; ready?: string }[] = [
  { name: 'home', path: '/' },
  { name: 'question', path: '/q/why-do-i-get-http-401-unauthorized/' },
  { name: 'search', path: '/search/?q=401', ready: 'main ol > li' },
  { name: 'wizard-step', path: '/wizard/http-status/' },
  { name: 'wizard-answer', path: '/wizard/http-401-unauthorized/' },
];
const widths = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const themes = ['light', 'dark'] as const;

if (!existsSync(join('out', 'index.html'))) throw new Error('out/ has no site: run `npm run build` first.');
mkdirSync(outDir, { recursive: true });

const server = await startStaticServer('out', port);
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
        for (const { name, path, ready } of pages) {
          await page.goto(`http://127.0.0.1:${port}${withBasePath(path)}`, { waitUntil: 'networkidle' });
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
}
