/**
 * `npm run content:init -- <folder> <faq.md> [more.md …]`: starts a content folder for a team's own FAQ,
 * outside the app, so a newer FAQ Navigator can be taken without merge conflicts in the content.
 *
 * Inputs:  one or more FAQ markdown files (any names, any layout), and a folder that does not exist
 *          yet or is empty.
 * Outputs: <folder>/faq/ with the files, and <folder>/site.yaml with the site's name (from the first
 *          FAQ's title) and every other setting written out as a comment; then what to run next.
 *          Nothing else is needed: a folder holding only faq/*.md is a complete site (the troubleshooter
 *          is drafted from the answers, search needs no glossary).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import { parseFaqDocument } from '../lib/content/parse-faq';

const [folder, ...faqs] = process.argv.slice(2).filter((arg) => arg !== '--');
if (!folder || faqs.length === 0) {
  console.error('Usage: npm run content:init -- <new content folder> <faq.md> [more.md …]\nFor example: npm run content:init -- ../our-faq ~/docs/faq.md');
  process.exit(2);
}
const missing = faqs.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`No such file: ${missing.join(', ')}`);
  process.exit(1);
}
const notMarkdown = faqs.filter((file) => !/\.(md|markdown)$/i.test(file));
if (notMarkdown.length > 0) {
  console.error(`${notMarkdown.join(', ')}: an FAQ file is markdown, ending in .md`);
  process.exit(1);
}
if (existsSync(folder) && readdirSync(folder).length > 0) {
  console.error(`${folder} is not empty; name a new folder, so nothing in it is overwritten`);
  process.exit(1);
}

mkdirSync(join(folder, 'faq'), { recursive: true });
for (const file of faqs) copyFileSync(file, join(folder, 'faq', basename(file).replace(/\.markdown$/i, '.md')));
const first = parseFaqDocument(new VFile({ path: faqs[0]!, value: readFileSync(faqs[0]!, 'utf8') }));
writeFileSync(
  join(folder, 'site.yaml'),
  `# Site settings. Every key is optional; npm run check:content says at which line a setting is wrong.

# The site's name: the header, every page title, link previews.
name: ${JSON.stringify(first.title)}

# The home page's heading, and the line under it.
# title: Answers to questions about …
# tagline: Search by error code or symptom, troubleshoot step by step.

# What the site is for, in a sentence: the home page's lead, link previews, search engines.
# description: Answers to the questions our customers ask about …

# Where the site is published, for canonical links, the sitemap and the embed snippet.
# url: https://help.example.com
# A sub-path the site is served under (GitHub Pages serves a project at /<repository>).
# basePath: /faq

# Files in this folder, and a colour as #rrggbb (buttons keep readable text whatever it is).
# logo: logo.svg
# favicon: favicon.png
# accent: "#0a7d4f"

# Links in the footer; the repository that holds this folder; where the FAQ files are in it,
# so every answer gets "Edit this answer".
# footer:
#   - label: Status
#     url: https://status.example.com
# repository: https://github.com/example/help
# editUrl: https://github.com/example/help/blob/main/faq

# The language of the content, for <html lang>.
# language: en
`,
);
const content = isAbsolute(folder) ? folder : relative(process.cwd(), resolve(folder)) || '.';
console.log(`Wrote ${content}/: faq/ with ${faqs.length} FAQ file${faqs.length === 1 ? '' : 's'} and site.yaml (name: ${first.title}).

Next:
  FAQ_CONTENT=${content} npm run check:content   every problem of the content, at its line
  FAQ_CONTENT=${content} npm start               build it and serve it on http://127.0.0.1:3000/
  FAQ_CONTENT=${content} npm run dev             edit the FAQ and see it on reload
When the site is published: FAQ_CONTENT=${content} npm run publish:ids, and commit ${content}/published-ids.json.`);
