import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built static export (`npm run build`),
 * served on 127.0.0.1 by scripts/serve.mjs. Chromium is Debian's
 * (`CHROME_PATH` or /usr/bin/chromium) where present, else Playwright's own.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
/** `npm run test:e2e` builds the test content (scripts/e2e-content.ts) into .e2e/out, never into out/. */
const out = process.env.FAQ_OUT ?? '.e2e/out';
/**
 * A team's own site: one FAQ of another project and a site.yaml (e2e/fixtures/own-faq), built into
 * .e2e/own-out under the base path `/faq` it sets, with its search index in shards and its listings a
 * page per entry (FAQ_LIST_PAGE_SIZE=1, so paging shows on seven questions), and served as
 * GitHub Pages serves a project site: under /faq/, on the next port.
 */
const ownPort = port + 1;
const ownOut = process.env.FAQ_OWN_OUT ?? '.e2e/own-out';
const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /own-faq\//, use: { ...devices['Desktop Chrome'] } },
    // Paths in these specs are relative ('wizard/', not '/wizard/'): they resolve under the base path.
    { name: 'own-faq', testMatch: /own-faq\/.*\.spec\.ts$/, use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${ownPort}/faq/` } },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs ${out}`,
      env: { PORT: String(port), HOST: '127.0.0.1' },
      url: `http://127.0.0.1:${port}/`,
      // A server already on the port may serve another build: fail with Playwright's "already used" message instead (set E2E_PORT).
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs ${ownOut}`,
      env: { PORT: String(ownPort), HOST: '127.0.0.1', BASE_PATH: '/faq' },
      url: `http://127.0.0.1:${ownPort}/faq/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
