import { basePath } from '@/lib/base-path';
import { formatMessages, ContentError } from '@/lib/content/report';
import { contentDir } from '@/lib/site-folders';
import { buildSite, type BuildSiteOptions } from './build-site';
import { contentStamp } from './content-files';
import type { Site } from './site';

/**
 * A reader of one content folder's `Site`, holding the one it built until the folder's stamp
 * changes: the same object for the same content, a new one after an edit (so `next dev` shows it on
 * reload). Throws a ContentError listing every problem when the content has errors; prints its
 * warnings once per build, unless `FAQ_QUIET=1`.
 */
export function createSiteReader(dir: string, options: Pick<BuildSiteOptions, 'basePath' | 'shareGraph'> = {}): () => Site {
  let current: Site | undefined;
  return () => {
    if (current?.stamp !== contentStamp(dir)) {
      current = buildSite(dir, { ...options, previous: current });
      const warnings = formatMessages([...current.files], { minSeverity: 'warning' });
      if (warnings && !current.hasErrors && process.env.FAQ_QUIET !== '1') console.warn(warnings);
    }
    if (current.hasErrors) throw new ContentError([...current.files]);
    return current;
  };
}

/** The site of the content folder (`content/`, or `FAQ_CONTENT`), as pages and route handlers read it. */
export const getSite = createSiteReader(contentDir, { basePath, shareGraph: 'reuse' });
