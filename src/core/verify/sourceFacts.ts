// What a source says about itself outside its passages: who wrote it, who published it, when,
// and what its file is called ("2016_barack_obama_d.txt", "ofcom-2024-report.md"). A brief names
// these when it attributes a claim ("President Obama said ...", "By 2016, ..."): such a name or
// year is not a fact the passage fails to state.
import type { Quantity } from '../claims/quantities';
import { cachePerOwner } from '../boundedCache';
import type { Corpus } from '../corpus/corpus';
import { originStems } from '../corpus/origin';

interface SourceFacts {
  /** Stems of the author, publisher and file key. */
  names: Set<string>;
  /** Four-digit years of the date, the key and the title: when the source is from. */
  dated: Set<number>;
  /** Four-digit years the text mentions. */
  mentioned: Set<number>;
}

const YEAR = /(?<![0-9])[0-9]{4}(?![0-9])/g;
const factsCache = cachePerOwner<string, SourceFacts>(10_000);

function factsOf(corpus: Corpus, key: string): SourceFacts {
  return factsCache(corpus).get(key, () => {
    const info = corpus.source(key);
    const names = new Set(info ? originStems(info) : []);
    const years = (text: string): Set<number> => new Set(text.match(YEAR)?.map(Number) ?? []);
    return { names, dated: years([info?.date ?? '', key, info?.title ?? ''].join('\n')), mentioned: years(corpus.sourceText(key) ?? '') };
  });
}

/** The four-digit years a source's date, key and title name: when the source is from. */
export function datedYears(corpus: Corpus, key: string): ReadonlySet<number> {
  return factsOf(corpus, key).dated;
}

/** Whether the year of a claimed year or date is the year the source is from, or one its text mentions. */
export function yearOfSource(corpus: Corpus, key: string, q: Quantity): 'dated' | 'mentioned' | undefined {
  const facts = factsOf(corpus, key);
  const year = q.kind === 'date' ? Math.floor(q.value / 10000) : q.value;
  return facts.dated.has(year) ? 'dated' : facts.mentioned.has(year) ? 'mentioned' : undefined;
}

const originsCache = new WeakMap<Corpus, Map<string, number>>();

/** For each name word of the corpus's authors, publishers and file names: how many sources have it. */
function origins(corpus: Corpus): Map<string, number> {
  let found = originsCache.get(corpus);
  if (!found) {
    found = new Map();
    for (const source of corpus.sources) for (const s of factsOf(corpus, source.key).names) found.set(s, (found.get(s) ?? 0) + 1);
    originsCache.set(corpus, found);
  }
  return found;
}

/** A name ("President Obama") that is another source's author, publisher or file name, and not this one's. */
export function originOfAnotherSource(corpus: Corpus, key: string, stems: readonly string[]): boolean {
  const head = stems[stems.length - 1];
  return head !== undefined && stems.length <= 3 && (origins(corpus).get(head) ?? 0) > 0 && !factsOf(corpus, key).names.has(head);
}

/** A name whose last word is the source's author, publisher or file name ("President Clinton" in 1996_william_j_clinton_d). */
export function nameOfSource(corpus: Corpus, key: string, stems: readonly string[]): boolean {
  const head = stems[stems.length - 1];
  return head !== undefined && stems.length <= 3 && factsOf(corpus, key).names.has(head);
}

/** A source's date from its metadata (YYYY, YYYY-MM or YYYY-MM-DD), as year, month and day (0 when not given). */
function metadataDate(date: string | undefined): [number, number, number] | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date ?? '');
  return match ? [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)] : undefined;
}

/** Per corpus, the months ("2026-02") and days ("2026-02-02") its sources' metadata dates them to: read once, not once per claimed date. */
const metadataDates = new WeakMap<Corpus, ReadonlySet<string>>();

function datesOfSources(corpus: Corpus): ReadonlySet<string> {
  let dates = metadataDates.get(corpus);
  if (!dates) {
    const found = new Set<string>();
    for (const source of corpus.sources) {
      const dated = metadataDate(source.date);
      if (!dated || dated[1] === 0) continue;
      found.add(`${dated[0]}-${dated[1]}`);
      if (dated[2] !== 0) found.add(`${dated[0]}-${dated[1]}-${dated[2]}`);
    }
    metadataDates.set(corpus, (dates = found));
  }
  return dates;
}

/**
 * Whether a claimed date, to the day or the month ("dated 2 February 2026", "a February 2026
 * blog"), is the date a source of the corpus carries in its metadata: the brief dates a source,
 * which the corpus records, and no passage need state it. A bare year is not enough: most
 * sentences with a year speak of what happened in it.
 */
export function datesASource(corpus: Corpus, q: Quantity): boolean {
  if (q.kind !== 'date' || (q.precision !== 'day' && q.precision !== 'month')) return false;
  const [year, month, day] = [Math.floor(q.value / 10000), Math.floor(q.value / 100) % 100, q.value % 100];
  return datesOfSources(corpus).has(q.precision === 'month' ? `${year}-${month}` : `${year}-${month}-${day}`);
}

/** The figure's digits ("75,000", "1948") or, written in words, its number word ("five"): what its source's text must hold to state it. */
function figureCore(q: Quantity): string | undefined {
  const digits = /\d[\d,.]*\d|\d/.exec(q.text)?.[0];
  if (digits) return digits;
  return /[a-z]+/i.exec(q.text)?.[0]?.toLowerCase();
}

/**
 * Whether a source may state the figure: the year it is from, or its text holds the figure's
 * digits (with or without thousands separators) or number word as a word. A cheap test over the
 * text, not a reading of every passage (a 300-page source would take a second): it errs towards
 * "may state", so a figure is reported as unstated only when its digits are nowhere in the source.
 */
export function sourceMayState(corpus: Corpus, key: string, q: Quantity): boolean {
  if ((q.kind === 'year' || q.kind === 'date') && yearOfSource(corpus, key, q) === 'dated') return true;
  const core = figureCore(q);
  if (!core) return true;
  // Lower-cased once per source: the rules ask on every check.
  const text = lowerTextCache(corpus).get(key, () => (corpus.sourceText(key) ?? '').toLowerCase());
  const forms = new Set([core, core.replace(/,/g, '')]);
  return [...forms].some((form) => wordIn(text, form));
}

const lowerTextCache = cachePerOwner<string, string>(64);

/** Whether `word` stands in the lower-cased `lower` as a whole word (no letter or digit either side). */
function wordIn(lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    const before = lower.charAt(at - 1);
    const after = lower.charAt(at + word.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
