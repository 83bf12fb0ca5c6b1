'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { createContext, Suspense, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { wizardUrl } from '@/lib/routes';
import { parseVia, resolvePath, wizardHref, type WizardRoutes, type WizardStep } from '@/lib/wizard/walk';

const PathContext = createContext<{ routes: WizardRoutes; path: WizardStep[] } | null>(null);

/**
 * The path the user took to this step of the troubleshooter. The static page
 * has the shortest path; once the page runs, a valid `?via=` replaces it, and
 * anything else in `?via=` is ignored, so a shared link shows the sender's path.
 */
export function WizardPathProvider({ routes, children }: { routes: WizardRoutes; children: ReactNode }) {
  const [via, setVia] = useState<string | null>(null);
  const path = useMemo(() => {
    const taken = parseVia(via);
    return (taken && resolvePath(routes, taken)) ?? resolvePath(routes, parseVia(routes.shortest[routes.target]) ?? []) ?? [];
  }, [routes, via]);
  const value = useMemo(() => ({ routes, path }), [routes, path]);
  return (
    <PathContext.Provider value={value}>
      {/* Only this reader waits for the browser: the trail and links around it are in the static page. */}
      <Suspense fallback={null}>
        <ViaFromUrl onChange={setVia} />
      </Suspense>
      {children}
    </PathContext.Provider>
  );
}

/** Reports `?via=`, also when a client-side navigation changes it (the URL is updated after the page renders). */
function ViaFromUrl({ onChange }: { onChange: (via: string | null) => void }) {
  const via = useSearchParams().get('via');
  useEffect(() => onChange(via), [onChange, via]);
  return null;
}

function usePath() {
  const value = useContext(PathContext);
  if (!value) throw new Error('Wizard path parts must be inside <WizardPathProvider>.');
  return value;
}

/** The answers given so far; each leads back to its choice, by the same path. */
export function WizardTrail() {
  const { routes, path } = usePath();
  return (
    <nav aria-label="Your answers so far" className="mb-6 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-muted">
        <li><Link href={wizardUrl()}>Troubleshooter</Link></li>
        {path.map((step, i) => (
          <li key={step.node} className="flex items-center gap-2">
            <span aria-hidden="true">›</span>
            <Link href={wizardHref(step.node, path.slice(0, i), routes.shortest[step.node], routes.root)} title="Change this answer">
              {shorten(step.label)}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * An option of this step's choice: a link to the next step that carries the path taken. `labelledBy` and
 * `describedBy` name the elements inside it that are its accessible name and description.
 */
export function WizardOptionLink({
  next,
  nextShortestVia,
  className,
  labelledBy,
  describedBy,
  children,
}: {
  next: string;
  nextShortestVia: string | undefined;
  className?: string;
  labelledBy?: string;
  describedBy?: string;
  children: ReactNode;
}) {
  const { routes, path } = usePath();
  const here = { node: routes.target };
  return (
    <Link href={wizardHref(next, [...path, here], nextShortestVia, routes.root)} className={className} aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {children}
    </Link>
  );
}

function shorten(label: string): string {
  return label.length > 60 ? `${label.slice(0, 57).replace(/\s+\S*$/, '')}…` : label;
}
