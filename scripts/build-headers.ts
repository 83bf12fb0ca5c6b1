/**
 * Writes `out/_headers` (the format Netlify and Cloudflare Pages read, and
 * scripts/serve.mjs applies): security headers for every page, with a
 * Content-Security-Policy that allows no inline script except the exact ones
 * Next wrote into that page, by SHA-256 hash. No 'unsafe-eval', no
 * 'unsafe-inline' for scripts.
 *
 * Inputs:  out/**\/*.html (after `next build`; `FAQ_OUT` names another folder).
 * Outputs: out/_headers.
 * Order:   last step of `npm run build`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { basePath } from '../lib/base-path';
import { outDir } from '../lib/site-folders';

const out = join(process.cwd(), outDir);

/** Headers every response gets. */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The policy for one page, given the hashes of its inline scripts. */
export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.map((hash) => `'${hash}'`).join(' ')}`.trim(),
    // React and Next set a few style attributes (the route announcer); styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** SHA-256 of every inline script that would run (JSON-LD data blocks are not scripts). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc=/i.test(attributes)) continue;
    const type = /\btype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    hashes.add(`sha256-${createHash('sha256').update(match[2] ?? '', 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The URL paths a file answers: `q/x/index.html` → `/q/x/` and `/q/x/index.html`. */
function urlPaths(file: string): string[] {
  const path = `/${relative(out, file).split(sep).join('/')}`;
  const paths = [basePath + path];
  if (path.endsWith('/index.html')) paths.unshift(basePath + path.slice(0, -'index.html'.length));
  return paths;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const blocks: string[] = [];
  const common = Object.entries(COMMON_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  blocks.push(['/*', ...common].join('\n'));
  const files = htmlFiles(out).sort();
  for (const file of files) {
    const csp = contentSecurityPolicy(inlineScriptHashes(readFileSync(file, 'utf8')));
    for (const path of urlPaths(file)) blocks.push(`${path}\n  Content-Security-Policy: ${csp}`);
  }
  writeFileSync(join(out, '_headers'), `${blocks.join('\n\n')}\n`);
  console.log(`Wrote ${outDir}/_headers: security headers and a hashed Content-Security-Policy for ${files.length} pages.`);
}
