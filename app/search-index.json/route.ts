import { getSite } from '@/lib/site/get-site';

export const dynamic = 'force-static';

/** The client-side search index (or, for a large FAQ, its core), fetched by the search box and the embed; rebuilt on each request in `next dev`. */
export function GET() {
  return Response.json(getSite().searchFiles.index);
}
