import type { Metadata } from 'next';
import { withBasePath } from '@/lib/base-path';
import { getSite } from '@/lib/site/get-site';

/** Where the site is served when nothing says: `npm start` on this machine. */
const LOCAL_URL = 'http://127.0.0.1:3000';

/**
 * The public origin the site is deployed at, for canonical URLs, link previews and the sitemap:
 * `SITE_URL` when set, else `url:` in site.yaml, else this machine's `npm start`.
 */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? getSite().settings.url ?? LOCAL_URL).replace(/\/$/, '');
}

/** Whether the site knows where it is published (`SITE_URL` or `url:`); else links it writes for other sites are this machine's. */
export function siteUrlIsKnown(): boolean {
  return Boolean(process.env.SITE_URL ?? getSite().settings.url);
}

/** Absolute URL of a site-relative path (`/q/x/`), with the base path. */
export function absoluteUrl(path: string): string {
  return siteUrl() + withBasePath(path);
}

/**
 * The home page's title: the site's name and what it answers (`FAQ Navigator: Vipps eCom API FAQ`), or the
 * name alone when the heading only repeats it (a team's site named after its FAQ).
 */
export function homeTitle(name: string, heading: string): string {
  return heading.trim().toLowerCase() === name.trim().toLowerCase() ? name : `${name}: ${heading}`;
}

/**
 * Title, description, canonical URL and the OpenGraph/Twitter tags a chat app reads for a link preview. The canonical
 * URL and `og:url` are written only when the site knows where it is published: naming this machine's address
 * (`127.0.0.1`) would send search engines and chat apps to a host nobody else can reach.
 */
export function pageMetadata({ title, description, path, type = 'website' }: { title: string; description: string; path: string; type?: 'website' | 'article' }): Metadata {
  const url = siteUrlIsKnown() ? absoluteUrl(path) : undefined;
  return {
    title,
    description,
    ...(url && { alternates: { canonical: url } }),
    openGraph: { title, description, ...(url && { url }), siteName: getSite().name, type, locale: getSite().settings.language ?? 'en' },
    twitter: { card: 'summary', title, description },
  };
}

/** JSON for a `<script type="application/ld+json">`, safe to inline: `<` cannot close the script. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
