import { getSite } from '@/lib/site/get-site';

export const dynamic = 'force-static';
export const dynamicParams = false;

const FOLDER = 'search-shards/';
/** What the folder holds; `output: 'export'` needs a dynamic route to make at least one file, and a one-file index has no shards. */
const MANIFEST = 'index.json';

/** A file per shard of a split search index (lib/search/split-index.ts), and the manifest. */
export function generateStaticParams() {
  return [MANIFEST, ...[...getSite().searchFiles.shards.keys()].map((path) => path.slice(FOLDER.length))].map((file) => ({ file }));
}

/** A shard of the search index, fetched by the searcher when a query needs it; or how many there are, and of which build. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const { index, shards } = getSite().searchFiles;
  if (file === MANIFEST) return Response.json({ version: 'shards' in index ? index.shards.version : null, shards: shards.size });
  const shard = shards.get(FOLDER + file);
  return shard ? Response.json(shard) : new Response('No such shard of the search index', { status: 404 });
}
