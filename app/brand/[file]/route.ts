import { brandFiles, readBrandFile } from '@/lib/site/brand';
import { getSite } from '@/lib/site/get-site';

export const dynamic = 'force-static';
export const dynamicParams = false;

function files() {
  const site = getSite();
  const { favicon, logo } = brandFiles(site.settings, site.contentDir);
  return [favicon, ...(logo ? [logo] : [])];
}

/** The favicon, and the logo when site.yaml names one. */
export function generateStaticParams() {
  return files().map(({ name }) => ({ file: name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = files().find(({ name }) => name === file);
  if (!found) return new Response('No such file', { status: 404 });
  return new Response(new Uint8Array(readBrandFile(found)), { headers: { 'Content-Type': found.type } });
}
