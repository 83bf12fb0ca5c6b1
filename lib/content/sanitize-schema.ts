import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * GitHub's own sanitising rules (rehype-sanitize's default schema): no
 * scripts, styles, event handlers, forms or frames; only http(s), mailto and
 * relative URLs survive, however they are encoded. Author-written `id` and
 * `name` attributes are prefixed so they cannot clobber globals; the anchors
 * that deep links rely on are added after sanitising, from the markdown
 * headings and list items themselves.
 */
export const faqSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
};
