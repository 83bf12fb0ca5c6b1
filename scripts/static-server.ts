/** Serves a static export on 127.0.0.1 for the scripts that measure or photograph it (scripts/serve.mjs, as the tests do). */
import { spawn } from 'node:child_process';

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  stop(): void;
}

/** Starts scripts/serve.mjs on `dir` and resolves once `path` answers. */
export async function startStaticServer(dir: string, port: number, path = '/'): Promise<StaticServer> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', dir], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(origin + path);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { origin, stop: () => server.kill() };
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The static server did not start at ${url}`);
}
