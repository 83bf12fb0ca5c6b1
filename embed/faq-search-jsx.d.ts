import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Theme } from './config';

/** Attributes of `<faq-search>` (embed/config.ts reads them; the /embed/ page documents them). */
export interface FaqSearchAttributes extends HTMLAttributes<HTMLElement> {
  placeholder?: string;
  theme?: Theme;
  /** A whole number from 1 to 20. */
  'max-results'?: number | `${number}`;
  /** A category id, e.g. `common-errors`. */
  category?: string;
  query?: string;
  target?: '_self' | '_blank' | '_parent' | '_top' | (string & {});
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'faq-search': DetailedHTMLProps<FaqSearchAttributes, HTMLElement>;
    }
  }
}
