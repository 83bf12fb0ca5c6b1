import type { ReactNode } from 'react';
import type { QuestionGraph } from '@/lib/content/types';
import type { KnowledgeMap } from '@/lib/map/layout';
import type { CategoryOverview } from '@/lib/map/overview';
import type { MapLayouts } from '@/lib/map/input';
import { listPage } from '@/lib/paging';
import { homeUrl, mapUrl } from '@/lib/routes';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { MapLegend, type LegendDocument } from './map-legend';
import { CategoryMapOutline, MapOutline, OverviewOutline } from './map-outline';
import { CategoryOverviewSvg } from './map-overview-svg';
import { KnowledgeMapSvg } from './map-svg';
import { MapViewer } from './map-viewer';

/*
 * The knowledge map pages, from the graph and its map layouts (no site loader), so the
 * route renders them and `npm run bench:map` measures exactly what it ships.
 * On a wide screen: the drawing with pan and zoom, its legend, then the map
 * as a list. On a narrow one the drawing's labels would be a few pixels high,
 * so the list takes its place.
 */

const NARROW_NOTE = 'On a narrow screen the map is shown as a list; open this page on a wider screen to see the drawing.';

/**
 * `/map/`: every question on a site up to FULL_MAP_LIMIT questions, one circle per category past it,
 * whose list of categories continues on `/map/page/<n>/` (`page`, from 1; the drawing is on page 1).
 * Undefined for a page the list does not have.
 */
export function KnowledgeMapPage({ graph, map: layouts, basePath = '', page = 1 }: { graph: QuestionGraph; map: MapLayouts; basePath?: string; page?: number }) {
  const questions = graph.questions.length;
  const several = new Set(graph.questions.map((question) => question.document)).size > 1;
  const trail = [{ href: homeUrl, label: 'Home' }, { label: 'Knowledge map' }];
  const outlines = several ? ' Each FAQ is a dashed outline in its colour, around its categories in shades of that colour.' : '';
  if (layouts.scale === 'questions') {
    const map = layouts.full;
    if (map.edges.length === 0) {
      // Circles without a line between them would only repeat the list, less readably.
      return (
        <MapPageFrame
          trail={trail}
          title="Knowledge map"
          intro={`All ${questions} questions, grouped by category${several ? ' and by FAQ' : ''}.`}
          note="These questions do not link to each other, so there are no lines to draw between them: here they are as a list."
          list={<MapOutline map={map} />}
        />
      );
    }
    return (
      <MapPageFrame
        trail={trail}
        title="Knowledge map"
        intro={`All ${questions} questions, grouped by category${several ? ' and by FAQ' : ''}. Lines are links between answers; the more questions link to one, the bigger its circle. Select a circle to open its question.`}
        drawing={
          <MapViewer width={map.width} height={map.height}>
            <KnowledgeMapSvg map={map} basePath={basePath} label={`Knowledge map: ${map.nodes.length} questions in ${map.categories.length} categories`} />
          </MapViewer>
        }
        legend={<MapLegend documents={legendOf(map)} note={`A bigger circle means more questions link to it; lines are cross-links between answers.${outlines}`} />}
        list={<MapOutline map={map} />}
      />
    );
  }
  const { overview } = layouts;
  const list = listPage(overview.documents.length > 0 ? overview.documents.flatMap((document) => document.categories) : overview.categories.map((c) => c.id), page);
  if (!list) return undefined;
  if (list.page > 1) {
    return (
      <MapPageFrame
        trail={[{ href: homeUrl, label: 'Home' }, { href: mapUrl(), label: 'Knowledge map' }, { label: `Page ${list.page}` }]}
        title={<>Knowledge map <span className="text-xl font-normal text-[var(--muted)]">(page {list.page} of {list.pages})</span></>}
        intro={`${questions} questions in ${overview.categories.length} categories: here are categories ${list.first + 1} to ${list.first + list.items.length}. The drawing of them all is on the first page.`}
        list={<OverviewOutline overview={overview} list={list} />}
      />
    );
  }
  return (
    <MapPageFrame
      trail={trail}
      title={list.pages > 1 ? <>Knowledge map <span className="text-xl font-normal text-[var(--muted)]">(page 1 of {list.pages})</span></> : 'Knowledge map'}
      intro={`${questions} questions in ${overview.categories.length} categories${several ? ` of ${overview.documents.length} FAQs` : ''}: too many to draw one by one, so each circle is a category, the bigger the more questions it has. Lines join the categories whose answers link to each other most. Select a category to see its questions on its own map.`}
      drawing={
        <MapViewer width={overview.width} height={overview.height} items={{ one: 'category', many: 'categories', example: overview.categories[0]?.title.split(' ')[0]?.toLowerCase() ?? 'refund' }}>
          <CategoryOverviewSvg overview={overview} basePath={basePath} label={`Knowledge map: ${overview.categories.length} categories of ${questions} questions`} />
        </MapViewer>
      }
      legend={<MapLegend documents={overviewLegendOf(overview)} note={`A circle's area grows with its questions; a line is thicker the more links join two categories' answers.${outlines}`} />}
      list={<OverviewOutline overview={overview} list={list} />}
    />
  );
}

/** `/map/<category-id>/` on a large site: one category's questions, and the categories they link with. Undefined for an unknown category. */
export function CategoryMapPage({ graph, map: layouts, categoryId, basePath = '' }: { graph: QuestionGraph; map: MapLayouts; categoryId: string; basePath?: string }) {
  const map = layouts.category(categoryId);
  const category = graph.categories.find((c) => c.id === categoryId);
  if (!map || !category) return undefined;
  const document = graph.documents.find((d) => d.id === category.document);
  const several = graph.documents.length > 1 && document;
  return (
    <MapPageFrame
      trail={[{ href: homeUrl, label: 'Home' }, { href: mapUrl(), label: 'Knowledge map' }, { label: category.title }]}
      title={`Map of ${category.title}`}
      intro={`The ${map.nodes.length} questions of ${category.title}${several ? ` (${document.title})` : ''}. Lines are links between answers; the more questions link to one, the bigger its circle. Either side are the categories these answers link with: select one to go to its map.`}
      drawing={
        <MapViewer width={map.width} height={map.height}>
          <KnowledgeMapSvg map={map} basePath={basePath} label={`Map of ${category.title}: ${map.nodes.length} questions and ${map.neighbours.length} linked categories`} />
        </MapViewer>
      }
      list={<CategoryMapOutline map={map} />}
    />
  );
}

/**
 * What every map page is: its trail, heading and introduction; on a wide screen the drawing with pan
 * and zoom and its legend; then the map as a list, which on a narrow screen takes the drawing's place.
 * Without a drawing, a `note` says why, and the list is the map.
 */
function MapPageFrame({ trail, title, intro, drawing, legend, note, list }: { trail: Crumb[]; title: ReactNode; intro: string; drawing?: ReactNode; legend?: ReactNode; note?: string; list: ReactNode }) {
  return (
    <>
      <Breadcrumbs trail={trail} />
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-2 mb-6 max-w-3xl text-[var(--muted)]">{intro}</p>
      {note !== undefined && <p className="notice mb-6 max-w-3xl">{note}</p>}
      {drawing !== undefined && (
        <>
          <p className="mb-6 text-sm text-[var(--muted)] md:hidden">{NARROW_NOTE}</p>
          <div className="hidden md:block">
            {drawing}
            {legend}
          </div>
        </>
      )}
      {list}
    </>
  );
}

/** The legend of a question map: its categories, under their documents when it outlines several. */
function legendOf(map: KnowledgeMap): LegendDocument[] {
  const legendCategory = (c: KnowledgeMap['categories'][number]) => ({ id: c.id, title: c.title, url: c.url, swatch: c.swatch, questions: c.questions.length });
  if (map.documents.length === 0) return [{ id: '', title: '', url: '', categories: map.categories.map(legendCategory) }];
  const categories = new Map(map.categories.map((c) => [c.id, c]));
  return map.documents.map((document) => {
    const own = document.categories.map((id) => categories.get(id)!);
    // A document whose one category has its name (the map writes no label for it) is one line.
    const named = own.length === 1 && !own[0]!.label;
    return {
      id: document.id,
      title: document.title,
      url: document.url,
      hue: document.hue,
      categories: named ? [] : own.map(legendCategory),
      ...(named ? { questions: own[0]!.questions.length } : {}),
    };
  });
}

/** The legend of the overview: only the documents' colours; its categories are listed under the drawing. */
function overviewLegendOf(overview: CategoryOverview): LegendDocument[] {
  return overview.documents.map((document) => ({ id: document.id, title: document.title, url: document.url, hue: document.hue, categories: [] }));
}
