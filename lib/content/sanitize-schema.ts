import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { CALLOUT_KINDS } from './remark-callouts';

/**
 * GitHub's own sanitising rules (rehype-sanitize's default schema): no
 * scripts, styles, event handlers, forms or frames; only http(s), mailto and
 * relative URLs survive, however they are encoded. Author-written `id` and
 * `name` attributes are prefixed so they cannot clobber globals; the anchors
 * that deep links rely on are added after sanitising, from the markdown
 * headings and list items themselves. One addition: the classes and role of a callout
 * (`:::tip`, remark-callouts.ts), and those values only.
 */
export const faqSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'callout', ...Object.keys(CALLOUT_KINDS).map((kind) => `callout-${kind}`)], ['role', 'note']],
    p: [...(defaultSchema.attributes?.p ?? []), ['className', 'callout-title']],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
};
