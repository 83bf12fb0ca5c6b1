import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE = join(ROOT, 'lib', 'wizard', 'fixtures', 'holdout-content');

describe('npm run serve', () => {
  it('on a port another program holds, says so in one line, with how to pick another', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as AddressInfo).port;
    const serve = (folder: string) => spawnSync(process.execPath, ['scripts/serve.mjs', folder], { cwd: ROOT, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, encoding: 'utf8', timeout: 20_000 });
    const result = serve('e2e');
    // `e2e/` has no index.html, so that is said first; a folder with one meets the port.
    expect(result.stderr.trim()).toBe('e2e has no index.html: build the site first (npm run build), or name the folder to serve (npm run serve -- <folder>)');
    const built = serve('lib/fixtures/serve-a-built-site');
    holder.close();
    expect(built.status).toBe(1);
    expect(built.stderr.trim().split('\n')).toEqual([`Port ${port} on 127.0.0.1 is already in use; serve on another port with PORT=<number>, such as: PORT=${port + 1} npm run serve`]);
  });
});

describe('npm run dev', () => {
  it('serves a page and writes nothing into the folder a team deploys', async () => {
    const out = join('.e2e', 'dev-writes-nothing-here');
    rmSync(join(ROOT, out), { recursive: true, force: true });
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as AddressInfo).port;
    await new Promise((resolve) => holder.close(resolve));
    const dev = spawn(join(ROOT, 'node_modules', '.bin', 'next'), ['dev', '--hostname', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, FAQ_CONTENT: FIXTURE, FAQ_OUT: out, NEXT_TELEMETRY_DISABLED: '1', FAQ_QUIET: '1' },
      stdio: 'ignore',
      detached: true,
    });
    try {
      let status = 0;
      for (let attempt = 0; attempt < 120 && status !== 200; attempt++) {
        status = await fetch(`http://127.0.0.1:${port}/q/why-do-i-get-http-401-unauthorized/`).then((response) => response.status, () => 0);
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(status).toBe(200);
      expect(existsSync(join(ROOT, out)) ? readdirSync(join(ROOT, out)) : []).toEqual([]);
    } finally {
      process.kill(-dev.pid!, 'SIGTERM');
    }
  }, 120_000);
});
