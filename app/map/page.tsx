import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { MapLegend, type LegendDocument } from '@/components/map-legend';
import { MapOutline } from '@/components/map-outline';
import { KnowledgeMapSvg } from '@/components/map-svg';
import { MapViewer } from '@/components/map-viewer';
import { layoutQuestionGraph, type KnowledgeMap } from '@/lib/map/layout';
import { pageMetadata } from '@/app/_lib/seo';
import { basePath } from '@/lib/base-path';
import { getSite } from '@/app/_lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Knowledge map',
  description: 'Every question of the FAQ as one picture: categories as coloured clusters, cross-links as lines, the most linked-to answers biggest.',
  path: '/map/',
});

export default function MapPage() {
  const { graph } = getSite();
  const map = layoutQuestionGraph(graph);
  const several = map.documents.length > 0;
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }, { label: 'Knowledge map' }]} />
      <h1 className="text-3xl font-bold">Knowledge map</h1>
      <p className="mt-2 mb-6 max-w-3xl text-[var(--muted)]">
        {`All ${map.nodes.length} questions, grouped by category${several ? ' and by FAQ' : ''}. Lines are links between answers; the more questions link to one, the bigger its circle. Select a circle to open its question.`}
      </p>
      <MapViewer width={map.width} height={map.height}>
        <KnowledgeMapSvg map={map} basePath={basePath} label={`Knowledge map: ${map.nodes.length} questions in ${map.categories.length} categories`} />
      </MapViewer>
      <MapLegend
        documents={legendOf(map)}
        note={`A bigger circle means more questions link to it; lines are cross-links between answers.${several ? ' Each FAQ is a dashed outline in its colour, around its categories in shades of that colour.' : ''}`}
      />
      <MapOutline map={map} />
    </>
  );
}

/** The legend: the map's categories, under their documents when it outlines several. */
function legendOf(map: KnowledgeMap): LegendDocument[] {
  const legendCategory = (c: KnowledgeMap['categories'][number]) => ({ id: c.id, title: c.title, url: c.url, swatch: c.swatch, questions: c.questions.length });
  if (map.documents.length === 0) return [{ id: '', title: '', url: '', categories: map.categories.map(legendCategory) }];
  const categories = new Map(map.categories.map((c) => [c.id, c]));
  return map.documents.map((document) => ({
    id: document.id,
    title: document.title,
    url: document.url,
    hue: document.hue,
    categories: document.categories.map((id) => legendCategory(categories.get(id)!)),
  }));
}
