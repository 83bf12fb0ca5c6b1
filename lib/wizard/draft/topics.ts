/**
 * Groups a long list of questions by what they are about, for a troubleshooter choice that would
 * otherwise offer more than eight: the word that most questions share (charges, agreements, cards)
 * names a group of them, then the next word of the rest, and so on. Words of the product's own name and
 * words every question has say nothing, and English filler words never name a group.
 */

/** English words that never name what a question is about. */
const FILLER = new Set(
  (
    'a an the and or but if of to in on at for from by with as is are was were be been being it its this that these those there here ' +
    'i me my we our us you your he she his her they their them who whom what which when where why how whose ' +
    'do does did done doing can could will would shall should may might must have has had having ' +
    'not no nor any some all each every more most other such only own same so than too very just also ' +
    'get gets got getting make makes made use uses used using need needs want wants see sees seen work works ' +
    'happen happens happened possible able way ways thing things something anything etc e g ie eg ' +
    'new one two first next last into about after before during over under again still yet already ' +
    'question questions answer answers faq faqs ' +
    // Verbs of any question that name no topic on their own.
    'send sends sent look looks check checks create creates created delete deletes convert retrieve retrieving find know tell show shows shown'
  ).split(' '),
);

export interface TopicGroup<T> {
  /** The word that names the group, as the titles write it (`Charges`); `Other questions` for the rest. */
  label: string;
  items: T[];
}

/**
 * At most `max` groups of `items`, each named by a word its titles share. A word counts once per title;
 * one shared by a single title names no group. What no word groups is `Other questions`, or, when that is
 * one item, stays on its own. `skip` holds words that say nothing here (the product's name).
 */
export function groupByTopic<T>(items: readonly T[], titleOf: (item: T) => string, max: number, skip: ReadonlySet<string> = new Set()): TopicGroup<T>[] {
  const words = items.map((item) => wordsOf(titleOf(item), skip));
  const surfaces = new Map<string, Map<string, number>>();
  for (const [i, item] of items.entries()) {
    for (const [stem, surface] of words[i]!) {
      const forms = surfaces.get(stem) ?? new Map<string, number>();
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
      surfaces.set(stem, forms);
    }
    void item;
  }
  // A word that nearly every title has (the product's subject) does not tell them apart.
  const common = new Set([...surfaces].filter(([, forms]) => sum(forms) > items.length * 0.6).map(([stem]) => stem));
  const groups: TopicGroup<T>[] = [];
  let left = items.map((_, i) => i);
  while (left.length > 0 && groups.length < max - 1) {
    const counts = new Map<string, number>();
    for (const i of left) for (const stem of words[i]!.keys()) if (!common.has(stem)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    // A word that fits one choice (at most `max` questions) first, the most shared of those; a broader one only when none does.
    const fits = ([, n]: [string, number]) => (n <= max ? 0 : 1);
    const best = [...counts].filter(([, n]) => n >= 2).sort((a, b) => fits(a) - fits(b) || b[1] - a[1] || firstIndex(a[0]) - firstIndex(b[0]))[0];
    if (!best) break;
    const [stem] = best;
    groups.push({ label: labelOf(surfaces.get(stem)!), items: left.filter((i) => words[i]!.has(stem)).map((i) => items[i]!) });
    left = left.filter((i) => !words[i]!.has(stem));
  }
  if (left.length === 1) groups.push({ label: titleOf(items[left[0]!]!), items: [items[left[0]!]!] });
  else if (left.length > 1) groups.push({ label: 'Other questions', items: left.map((i) => items[i]!) });
  return groups;

  function firstIndex(stem: string): number {
    return words.findIndex((w) => w.has(stem));
  }
}

/** A title's words that can name a topic: each stem once, with the form the title writes. */
function wordsOf(title: string, skip: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const raw of title.toLowerCase().match(/[\p{L}][\p{L}\p{N}-]*/gu) ?? []) {
    const word = raw.replace(/['’]s$/, '');
    if (word.length < 3 || FILLER.has(word) || skip.has(word)) continue;
    const stem = stemOf(word);
    if (skip.has(stem) || !found.has(stem)) found.set(stem, word);
  }
  for (const stem of [...found.keys()]) if (skip.has(stem)) found.delete(stem);
  return found;
}

/** `charges` and `charge`, `agreements` and `agreement` are one topic. */
export function stemOf(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** A topic's name: its form the titles use most, the plural when they use it, with a capital. */
function labelOf(forms: Map<string, number>): string {
  const sorted = [...forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  const plural = sorted.find(([form]) => /s$/.test(form) && !/(?:ss|us|is)$/.test(form));
  const word = plural?.[0] ?? sorted[0]![0];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function sum(forms: Map<string, number>): number {
  let n = 0;
  for (const count of forms.values()) n += count;
  return n;
}
