import { join } from 'node:path';
import { buildSearchIndex } from '@/lib/search';
import { loadSynonyms } from '@/lib/search/load-synonyms';
import { getSite } from '@/lib/site';

export const dynamic = 'force-static';

/** The client-side search index, fetched by the search box and the embed; rebuilt on each request in `next dev`. */
export function GET() {
  return Response.json(buildSearchIndex(getSite().graph, loadSynonyms(join(process.cwd(), 'content'))));
}
