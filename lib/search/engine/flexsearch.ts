/**
 * FlexSearch's compact build. The package's `exports` map offers only the full
 * bundle (17 KB gzipped, with workers, persistence and resolvers we never use);
 * the compact build (10 KB) has everything search needs here: `Index`, the
 * forward tokenizer, custom encoders and export/import. It ships without its
 * own type declarations, so it takes the full bundle's, which describe the
 * same `Index` class.
 */
import type { Index as IndexClass } from 'flexsearch';
// @ts-expect-error -- the compact build has no declaration file; its API is the bundle's, typed below.
import { Index as CompactIndex } from '../../../node_modules/flexsearch/dist/flexsearch.compact.module.min.js';

export const Index = CompactIndex as typeof IndexClass;
export type Index = IndexClass;
