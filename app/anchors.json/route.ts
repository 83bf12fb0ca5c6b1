import { getSite } from '@/lib/site/get-site';

export const dynamic = 'force-static';

/**
 * Original `#anchor` → site-relative URL, fetched by the home page only when it is opened
 * with a hash it has no element for (a link in the original docs' form), so no page carries
 * the whole map.
 */
export function GET() {
  return Response.json(getSite().graph.anchors);
}
