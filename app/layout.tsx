import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { homeTitle } from '@/app/_lib/seo';
import { HeaderSearch } from '@/components/header-search';
import { InAppLinks } from '@/components/in-app-links';
import { SiteFooter } from '@/components/site-footer';
import { accentCss } from '@/lib/accent';
import { withBasePath } from '@/lib/base-path';
import { files, homeUrl, mapUrl, wizardUrl } from '@/lib/routes';
import { brandFiles } from '@/lib/site/brand';
import { getSite } from '@/lib/site/get-site';
import './globals.css';

export function generateMetadata(): Metadata {
  const site = getSite();
  const { graph, settings, name: siteName } = site;
  const subject = settings.title ?? graph.documents[0]?.title ?? 'answers';
  const { favicon } = brandFiles(settings, site.contentDir);
  return {
    title: { default: homeTitle(siteName, subject), template: `%s · ${siteName}` },
    description: settings.description ?? `Answers from ${graph.documents.map((d) => d.title).join(', ')}: search by error code or symptom, troubleshoot step by step, and share links to any answer or step.`,
    applicationName: siteName,
    icons: { icon: [{ url: withBasePath(files.brand(favicon.name)), type: favicon.type }] },
    manifest: withBasePath(files.manifest),
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1216' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  // Only the documents' names and sources: nothing here grows with the number of questions. The header's
  // and footer's links are plain links, nothing prefetched on every page a phone opens (the header's move
  // within the app through InAppLinks); the search box is the layout's one interactive island.
  const site = getSite();
  const { settings } = site;
  const { logo } = brandFiles(settings, site.contentDir);
  const documents = site.graph.documents.map(({ id, title, url, source }) => ({ id, title, url, source }));
  return (
    <html lang={settings.language ?? 'en'}>
      {settings.accent && (
        <head>
          <style>{accentCss(settings.accent)}</style>
        </head>
      )}
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#main" className="skip-link">Skip to content</a>
        <header className="site-header">
          <div className="container-page flex flex-wrap items-center gap-x-6 sm:flex-nowrap">
            <div className="site-header-row flex flex-1 items-center gap-x-4 sm:flex-none sm:gap-x-6">
              <a href={withBasePath(homeUrl)} data-in-app="" className="flex items-center gap-2 whitespace-nowrap text-[1.05rem] font-bold tracking-tight text-fg no-underline">
                {logo ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a static export has no image optimiser
                  <img src={withBasePath(files.brand(logo.name))} alt="" width={24} height={24} className="size-6 object-contain" />
                ) : (
                  <span aria-hidden="true" className="inline-block size-3 rounded-full bg-brand" />
                )}
                {site.name}
              </a>
              <nav aria-label="Main" className="ml-auto flex gap-3.5 text-sm font-medium sm:gap-5 sm:ml-0 [&_a]:text-muted [&_a]:no-underline [&_a:hover]:text-fg">
                <a href={withBasePath(`${homeUrl}#categories`)} data-in-app="">Browse</a>
                <a href={withBasePath(wizardUrl())} data-in-app="">Troubleshoot</a>
                <a href={withBasePath(mapUrl())} data-in-app="">Map</a>
              </nav>
            </div>
            <div className="header-search w-full pb-2.5 sm:ml-auto sm:w-80 sm:pb-0">
              <HeaderSearch />
            </div>
          </div>
        </header>
        <main id="main" className="container-page flex-1 py-8">
          {children}
        </main>
        <InAppLinks />
        <SiteFooter documents={documents} links={settings.footer ?? []} repository={settings.repository} />
      </body>
    </html>
  );
}
