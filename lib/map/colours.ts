import type { QuestionGraph } from '@/lib/content/types';
import { MAP_PALETTE, SHADES, type Swatch } from './palette';

/** Which colour each category and document of a graph has, on the map and in every drawing derived from it. */
export interface MapColours {
  /** Whether colour tells documents apart (several documents have questions) or only categories. */
  byDocument: boolean;
  /** Category id → its swatch, for every category that has questions. */
  categories: ReadonlyMap<string, Swatch>;
  /** Document id → its hue, for every document that has questions; empty when `byDocument` is false. */
  documents: ReadonlyMap<string, number>;
}

/**
 * Colours of a graph's categories and documents. With one document, the
 * categories take the hues in graph order, each in its main shade, so a
 * reader tells ten neighbouring clusters apart. With several, each document
 * takes a hue in graph order and its categories take that hue's shades in
 * turn: which FAQ a cluster belongs to is its hue. Past the last hue the
 * slots wrap around (the map's labels and outlines still tell them apart).
 */
export function buildMapColours(graph: QuestionGraph): MapColours {
  const documentOf = new Map(graph.categories.map((category) => [category.id, category.document]));
  const used = new Map<string, string>();
  for (const question of graph.questions) if (!used.has(question.category)) used.set(question.category, documentOf.get(question.category) ?? question.document);
  // Categories in graph order, then any that only questions name (their clusters are drawn too).
  const categories = [...new Set([...graph.categories.map((category) => category.id), ...used.keys()])].filter((id) => used.has(id));
  const documents = [...new Set([...graph.documents.map((document) => document.id), ...used.values()])].filter((id) =>
    categories.some((category) => used.get(category) === id),
  );

  if (documents.length <= 1) {
    return {
      byDocument: false,
      categories: new Map(categories.map((id, slot): [string, Swatch] => [id, { hue: slot % MAP_PALETTE.length, shade: 0 }])),
      documents: new Map(),
    };
  }
  const hues = new Map(documents.map((id, slot) => [id, slot % MAP_PALETTE.length]));
  const taken = new Map<string, number>();
  const swatches = new Map<string, Swatch>();
  for (const id of categories) {
    const document = used.get(id)!;
    const nth = taken.get(document) ?? 0;
    taken.set(document, nth + 1);
    swatches.set(id, { hue: hues.get(document)!, shade: nth % SHADES });
  }
  return { byDocument: true, categories: swatches, documents: hues };
}
