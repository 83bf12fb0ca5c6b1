import type { Metadata } from 'next';
import { withBasePath } from '@/lib/base-path';
import { getSite } from '@/lib/site/get-site';

/**
 * The public origin the site is deployed at, for canonical URLs, link
 * previews and the sitemap. Set `SITE_URL` when building for a real host.
 * @defaultValue `http://127.0.0.1:3000`
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');

/** Absolute URL of a site-relative path (`/q/x/`), with the base path. */
export function absoluteUrl(path: string): string {
  return siteUrl + withBasePath(path);
}

/** Title, description, canonical URL and the OpenGraph/Twitter tags a chat app reads for a link preview. */
export function pageMetadata({ title, description, path, type = 'website' }: { title: string; description: string; path: string; type?: 'website' | 'article' }): Metadata {
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, siteName: getSite().name, type, locale: 'en' },
    twitter: { card: 'summary', title, description },
  };
}

/** JSON for a `<script type="application/ld+json">`, safe to inline: `<` cannot close the script. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
