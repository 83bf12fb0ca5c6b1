import { neighbourhoodSvg } from '@/components/neighbourhood-svg';
import { getSite } from '@/lib/site/get-site';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** A drawing per question that links or is linked to; a question without either has none. */
export function generateStaticParams() {
  const site = getSite();
  const { graph } = site;
  const drawn = graph.questions.filter((question) => site.map.neighbourhood(question.id));
  // `output: 'export'` needs a dynamic route to make at least one file: a site without a single
  // cross-link gets one empty drawing that no page asks for.
  return (drawn.length > 0 ? drawn : graph.questions.slice(0, 1)).map(({ id }) => ({ id }));
}

/**
 * A question's neighbourhood drawing, fetched by its page when the drawing
 * comes into view on a screen wide enough to show it, so the drawing is not
 * carried four times in every page (its HTML and three RSC payloads) nor sent
 * to phones, which do not show it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const hood = getSite().map.neighbourhood(id);
  const svg = hood ? neighbourhoodSvg(hood, id) : '<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true"></svg>';
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
