import Script from 'next/script';
import { basePath } from '@/lib/base-path';

/** Live `<faq-search>` elements, loaded from this site's embed.js exactly as a partner page loads them. */
export function EmbedDemo() {
  return (
    <div className="space-y-6">
      <div>
        <p className="mb-2 text-sm text-muted">
          <code>{'<faq-search placeholder="Try 401, charged twice or captrue fails"></faq-search>'}</code>
        </p>
        <faq-search id="embed-demo" placeholder="Try 401, charged twice or captrue fails" />
      </div>
      <div>
        <p className="mb-2 text-sm text-muted">
          <code>{'<faq-search query="401" max-results="3" theme="dark"></faq-search>'}</code>
        </p>
        <faq-search id="embed-demo-query" query="401" max-results="3" theme="dark" />
      </div>
      <Script src={`${basePath}/embed.js`} />
    </div>
  );
}
