import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { MapLegend } from '@/components/map-legend';
import { MapOutline } from '@/components/map-outline';
import { KnowledgeMapSvg } from '@/components/map-svg';
import { MapViewer } from '@/components/map-viewer';
import { layoutQuestionGraph } from '@/lib/map/layout';
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
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }, { label: 'Knowledge map' }]} />
      <h1 className="text-3xl font-bold">Knowledge map</h1>
      <p className="mt-2 mb-6 max-w-3xl text-[var(--muted)]">
        All {map.nodes.length} questions, grouped by category. Lines are links between answers; the more questions link to one, the bigger its
        circle. Select a circle to open its question.
      </p>
      <MapViewer width={map.width} height={map.height}>
        <KnowledgeMapSvg map={map} basePath={basePath} label={`Knowledge map: ${map.nodes.length} questions in ${map.categories.length} categories`} />
      </MapViewer>
      <MapLegend categories={map.categories} />
      <MapOutline map={map} />
    </>
  );
}
