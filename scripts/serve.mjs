#!/usr/bin/env node
/**
 * Serves the static export the way a static host or CDN does, for local use
 * and end-to-end tests: `node scripts/serve.mjs out` on http://127.0.0.1:3000.
 *
 * - `PORT` (default 3000) and `HOST` (default 127.0.0.1) choose the address.
 * - `BASE_PATH` (e.g. `/faq`) serves the export under a sub-path, GitHub Pages style.
 * - `/x/` serves `x/index.html`; `/x` redirects to `/x/`; anything missing gets `404.html` with status 404.
 * - Sends the headers in `out/_headers` (security headers and each page's hashed
 *   Content-Security-Policy, written by scripts/build-headers.ts), and CORS for
 *   the files an embedding site loads.
 * - Gzips text responses, as any CDN does, so page weight and Lighthouse figures match production.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** Files another origin may fetch: the embeddable search box and what it loads (the index, its shards, the search code). */
const CROSS_ORIGIN = /^\/(embed(-search)?\.js|search-index\.json|graph\.json|wizard\.json)$|^\/(_next\/static|search-shards)\//;

/** `_headers` (Netlify format): `/path` lines, each followed by indented `Name: value` lines; `/*` applies to all. */
function readHeaders(file) {
  const rules = new Map();
  if (!existsSync(file)) return rules;
  let current = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
    } else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

const headerRules = readHeaders(join(root, '_headers'));
const headersFor = (path) => ({ ...headerRules.get('/*'), ...headerRules.get(path) });

async function fileFor(pathname) {
  const candidate = normalize(join(root, pathname));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) {
      const index = join(candidate, 'index.html');
      return (await stat(index).catch(() => null))?.isFile() ? { path: index, redirect: !pathname.endsWith('/') } : null;
    }
    return info.isFile() ? { path: candidate, redirect: false } : null;
  } catch {
    return null;
  }
}

/**
 * With `TLS_KEY` and `TLS_CERT` (PEM files), HTTP/2 over TLS, as CDNs serve (HTTP/1.1 still answered):
 * the scale benchmark measures search both ways, since a browser fetches six files at a time over HTTP/1.1.
 */
const tls = process.env.TLS_KEY && process.env.TLS_CERT ? { key: readFileSync(process.env.TLS_KEY), cert: readFileSync(process.env.TLS_CERT), allowHTTP1: true } : null;
const serve = (handler) => (tls ? createSecureServer(tls, handler) : createServer(handler));

const server = serve(async (request, response) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    response.writeHead(400).end('Bad request');
    return;
  }
  for (const [name, value] of Object.entries(headersFor(pathname))) response.setHeader(name, value);
  if (basePath) {
    if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return send404(response);
    pathname = pathname.slice(basePath.length) || '/';
  }
  const file = await fileFor(pathname);
  if (!file) return send404(response);
  if (file.redirect) {
    response.writeHead(308, { Location: `${basePath}${pathname}/` }).end();
    return;
  }
  if (CROSS_ORIGIN.test(pathname)) response.setHeader('Access-Control-Allow-Origin', '*');
  const type = TYPES[extname(file.path)] ?? 'application/octet-stream';
  // Next's chunks and the search index's shards carry a content hash in their names.
  const immutable = pathname.startsWith('/_next/static/') || (pathname.startsWith('/search-shards/') && pathname !== '/search-shards/index.json');
  const gzip = /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  if (request.method === 'HEAD') return response.end();
  const body = createReadStream(file.path);
  if (gzip) body.pipe(createGzip()).pipe(response);
  else body.pipe(response);
});

async function send404(response) {
  const page = await fileFor('/404.html');
  for (const [name, value] of Object.entries(headersFor(`${basePath}/404.html`))) response.setHeader(name, value);
  response.writeHead(404, { 'Content-Type': TYPES['.html'] });
  if (page) createReadStream(page.path).pipe(response);
  else response.end('Not found');
}

server.on('error', (error) => {
  // A port another program holds is the usual case: one line that says which, and how to pick another.
  if (error.code === 'EADDRINUSE') console.error(`Port ${port} on ${host} is already in use; serve on another port with PORT=<number>, such as: PORT=${port + 1} npm run serve`);
  else if (error.code === 'EACCES') console.error(`Port ${port} on ${host} needs other permissions; pick a port above 1023 with PORT=<number>`);
  else console.error(`Cannot serve ${root}: ${error.message}`);
  process.exit(1);
});

if (!existsSync(join(root, 'index.html'))) {
  console.error(`${process.argv[2] ?? 'out'} has no index.html: build the site first (npm run build), or name the folder to serve (npm run serve -- <folder>)`);
  process.exit(1);
}

server.listen(port, host, () => {
  console.log(`Serving ${root} at ${tls ? 'https' : 'http'}://${host}:${port}${basePath}/`);
});
