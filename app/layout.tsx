import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { HeaderSearch } from '@/components/header-search';
import { siteName } from '@/app/_lib/site';
import './globals.css';

export const metadata: Metadata = {
  title: { default: `${siteName}: Vipps eCom API answers`, template: `%s · ${siteName}` },
  description: 'Answers to the Vipps eCom API FAQ: search by error code or symptom, troubleshoot step by step, and share links to any answer or step.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen flex flex-col font-sans antialiased">
        <a href="#main" className="skip-link">Skip to content</a>
        <header className="z-40 sm:sticky sm:top-0 border-b border-[var(--border)] bg-[var(--bg)]/95 backdrop-blur">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-bold text-[var(--fg)] no-underline">
              <span aria-hidden="true" className="text-brand">●</span> {siteName}
            </Link>
            <nav aria-label="Main" className="flex gap-4 text-sm [&_a]:no-underline [&_a:hover]:underline">
              <Link href="/#categories">Browse</Link>
              <Link href="/wizard/">Troubleshoot</Link>
              <Link href="/map/">Map</Link>
            </nav>
            <div className="ml-auto w-full sm:w-72">
              <HeaderSearch />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-[var(--border)] px-4 py-6 text-center text-sm text-[var(--muted)]">
          Content from the Vipps eCom API FAQ. <Link href="/graph.json" prefetch={false}>Question graph (JSON)</Link> · <Link href="/embed/">Embed the search box</Link>
        </footer>
      </body>
    </html>
  );
}
