/** Serves a static export on 127.0.0.1 for the scripts that measure or photograph it (scripts/serve.mjs, as the tests do). */
import { spawn } from 'node:child_process';
import { connect } from 'node:net';

export interface StaticServer {
  /** `http://127.0.0.1:<port>` (`https://` with `tls`), without a trailing slash. */
  origin: string;
  /** Stops the server; resolves once it has exited and its port is free again. */
  stop(): Promise<void>;
}

/**
 * Starts scripts/serve.mjs on `dir` and resolves once it accepts connections. With `tls` (PEM file
 * paths) it serves HTTP/2 over TLS, as a CDN does.
 */
export async function startStaticServer(dir: string, port: number, options: { tls?: { key: string; cert: string } } = {}): Promise<StaticServer> {
  // Another server already on the port would be measured in this one's place, silently.
  if (await accepts(port)) throw new Error(`Port ${port} is already in use on 127.0.0.1: stop what listens there or pass --port`);
  const tlsEnv = options.tls ? { TLS_KEY: options.tls.key, TLS_CERT: options.tls.cert } : {};
  const server = spawn(process.execPath, ['scripts/serve.mjs', dir], { env: { ...process.env, ...tlsEnv, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
  try {
    await waitForPort(port);
  } catch (error) {
    server.kill();
    throw error;
  }
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  return {
    origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    stop: () => {
      server.kill();
      return exited;
    },
  };
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await accepts(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The static server did not start on port ${port}`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}
