// A loaded, split and indexed corpus: sources, passages with exact offsets, the retrieval
// index, and what the corpus teaches about names (capitalisation, acronym definitions).
import { BoundedCache } from '../boundedCache';
import { detached } from '../text/detached';
import { finishSteps, TimeSlices } from '../timeSlices';
import { NameLearner } from '../text/names';
import { LineIndex } from '../text/positions';
import { splitSentences } from '../text/sentences';
import { isStopword } from '../text/stopwords';
import { originStems } from './origin';
import { readWord, uncachedStem, WORD_PATTERN } from '../text/tokens';
import type { Passage, Problem, Range, SourceInfo } from '../types';
import type { LoadedSource } from './fileSystem';
import { pageAt, sectionAt, type SectionMark } from '../sources/reader';
import { CoverageRetriever } from './coverageRetriever';
import { headingContext, HeadingStems } from './headings';
import { GrowableUint32, InvertedIndex, InvertedIndexBuilder, type InvertedIndexData, type PassageRetriever } from './invertedIndex';

/** Everything indexing computes, as plain arrays: what the on-disk index cache stores. */
export interface CorpusIndexData {
  passageSource: Uint32Array;
  passageStart: Uint32Array;
  passageEnd: Uint32Array;
  firstPassage: Uint32Array;
  /** Stems written capitalised inside sentences and never in lower case. */
  properNames: string[];
  /** Acronym <-> long form, both lower case. */
  aliases: Array<[string, string[]]>;
  index: InvertedIndexData;
}

/** What indexing needs of a word; a function of the word as matched, so computed once per distinct word. */
interface WordInfo {
  /** Term id in the index, or -1 for a stopword. */
  term: number;
  stem: string;
  capitalized: boolean;
  numeric: boolean;
  /** Already recorded as occurring inside a passage (not first). */
  seenInside: boolean;
}

// The tokenizer's word pattern, with its own match state.
const WORD = new RegExp(WORD_PATTERN);

/**
 * What tokenize() makes of one matched word (stem, stopword, capitalised, numeric), without
 * filling the tokenizer's caches: indexing meets every distinct word of the corpus once, and
 * those caches would keep them all. test/unit/perf checks it agrees with tokenize().
 */
export function indexWord(word: string): { stem: string; stop: boolean; capitalized: boolean; numeric: boolean } {
  const { stem, stop, capitalized, numeric } = readWord(word, uncachedStem);
  return { stem, stop, capitalized, numeric };
}

/** Passages between two progress reports of the sliced build. */
const PASSAGES_PER_STEP = 256;

/**
 * Splits and indexes the sources step by step: yields the number of sources done so far every
 * few hundred passages and at each source's end, returns the index. Driven to the end at once
 * (the Corpus constructor) or in time slices (buildCorpusInSlices).
 */
function* indexSteps(loaded: readonly LoadedSource[]): Generator<number, CorpusIndexData> {
  const builder = new InvertedIndexBuilder();
  const words = new Map<string, WordInfo>();
  const names = new NameLearner();
  const source = new GrowableUint32();
  const starts = new GrowableUint32();
  const ends = new GrowableUint32();
  const first: number[] = [];
  let sinceStep = 0;
  for (let index = 0; index < loaded.length; index++) {
    const s = loaded[index]!; // index < loaded.length
    first.push(starts.length);
    const text = s.text;
    for (const span of splitSentences(text, { lineBreaks: true })) {
      const passage = text.slice(span.start, span.end);
      WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      let i = 0;
      while ((m = WORD.exec(passage)) !== null) {
        let w = words.get(m[0]);
        if (w === undefined) {
          const t = indexWord(m[0]);
          w = { term: t.stop ? -1 : builder.termId(t.stem), stem: t.stem, capitalized: t.capitalized, numeric: t.numeric, seenInside: false };
          words.set(m[0], w);
        }
        if (w.term >= 0) builder.addTerm(w.term);
        if (i > 0 && !w.seenInside) {
          // Once per distinct word is enough: the sets only record that it occurred.
          w.seenInside = true;
          if (!w.numeric) names.wordInside(w.stem, w.capitalized);
        }
        i++;
      }
      builder.endPassage();
      source.push(index);
      starts.push(span.start);
      ends.push(span.end);
      names.passage(passage);
      if (++sinceStep >= PASSAGES_PER_STEP) {
        sinceStep = 0;
        yield index;
      }
    }
    yield index + 1;
  }
  first.push(starts.length);
  return {
    passageSource: source.toArray(),
    passageStart: starts.toArray(),
    passageEnd: ends.toArray(),
    firstPassage: Uint32Array.from(first),
    properNames: names.properNames(),
    aliases: names.aliasPairs(),
    index: builder.build().data(),
  };
}

/** Indexes `loaded` in slices of about `sliceMs`, yielding to the event loop in between (an editor stays responsive). */
export async function buildCorpusInSlices(
  loaded: readonly LoadedSource[],
  problems: readonly Problem[] = [],
  options: { sliceMs?: number; onProgress?: (sourcesDone: number, sources: number) => void } = {},
): Promise<Corpus> {
  const slices = new TimeSlices(options.sliceMs);
  const steps = indexSteps(loaded);
  let step = steps.next();
  while (!step.done) {
    if (slices.due) {
      options.onProgress?.(step.value, loaded.length);
      await slices.pause();
    }
    step = steps.next();
  }
  return new Corpus(loaded, problems, step.value);
}

/** Pronouns that open a sentence going on about the subject of the one before. */
const CONTINUING = /^\W{0,3}(It|He|She|They|Its|His|Her|Their)\b/;

/** Per passage, 1 when it opens with a CONTINUING pronoun (read from the text: the index cache need not keep it). */
function continuations(texts: readonly string[], passageSource: Uint32Array, passageStart: Uint32Array): Uint8Array {
  const marks = new Uint8Array(passageSource.length + 1);
  for (let id = 0; id < passageSource.length; id++) {
    // The tables are one passage each, and a passage's source is one of the texts.
    const text = texts[passageSource[id]!]!;
    const start = passageStart[id]!;
    // Most passages open with none of the pronouns' first letters: skip the slice and the test.
    let first = start;
    while (first < start + 3 && !/\w/.test(text.charAt(first))) first++;
    const c = text.charCodeAt(first);
    if ((c === 73 || c === 72 || c === 83 || c === 84) && CONTINUING.test(text.slice(start, start + 8))) marks[id] = 1; // I H S T
  }
  return marks;
}

/** A loaded, split and indexed corpus; claims/passageAnalysis reads its passages and names (isProperName). */
export class Corpus {
  readonly sources: SourceInfo[];
  readonly problems: Problem[];
  readonly retriever: PassageRetriever;
  /** The first retrieval stage, whose arrays the index cache stores. */
  private readonly index: InvertedIndex;
  private readonly texts: string[];
  /** Per source: where its pages start (paged sources) and its section headings. */
  private readonly layouts: Array<{ pageStarts?: number[]; sections?: SectionMark[] }>;
  /** CSL items of sources that came from a bibliography, by key. */
  private readonly cslItems = new Map<string, Record<string, unknown>>();
  private readonly bySourceKey = new Map<string, number>();
  // Passage table in flat arrays: source index, start, end.
  private readonly passageSource: Uint32Array;
  private readonly passageStart: Uint32Array;
  private readonly passageEnd: Uint32Array;
  private readonly firstPassage: Uint32Array;
  private readonly properNames: Set<string>;
  /** Stems of the sources' authors and publishers: names even where no text capitalises them. */
  private readonly originNames: Set<string>;
  /** Acronym (lower case) -> stems of the long form the corpus defines for it, and back. */
  private readonly aliases = new Map<string, Set<string>>();
  private readonly lineIndexes = new Map<number, LineIndex>();
  private readonly nearest = new BoundedCache<string, string[]>(1000);

  /** Splits and indexes `loaded`; with `prebuilt` (from the index cache) it only adopts the arrays. */
  constructor(loaded: readonly LoadedSource[], problems: readonly Problem[] = [], prebuilt?: CorpusIndexData) {
    this.problems = [...problems];
    this.texts = loaded.map((s) => s.text);
    for (const s of loaded) if (s.csl) this.cslItems.set(s.key, s.csl);
    this.layouts = loaded.map((s) => ({ ...(s.pageStarts && { pageStarts: s.pageStarts }), ...(s.sections && { sections: s.sections }) }));
    loaded.forEach((s, index) => this.bySourceKey.set(s.key, index));
    const data = prebuilt ?? finishSteps(indexSteps(loaded));
    this.passageSource = data.passageSource;
    this.passageStart = data.passageStart;
    this.passageEnd = data.passageEnd;
    this.firstPassage = data.firstPassage;
    this.properNames = new Set(data.properNames);
    for (const [from, to] of data.aliases) this.aliases.set(from, new Set(to));
    this.index = InvertedIndex.from(data.index);
    const headings = headingContext({ texts: this.texts, passageSource: this.passageSource, passageStart: this.passageStart, passageEnd: this.passageEnd, sections: this.layouts.map((l) => l.sections) });
    const headingStems = new HeadingStems((id) => this.texts[this.sourceOf(id)]!.slice(this.passageStart[id]!, this.passageEnd[id]!));
    this.retriever = new CoverageRetriever(this.index, this.passageSource, continuations(this.texts, this.passageSource, this.passageStart), { context: headings, stems: headingStems });
    const first = this.firstPassage;
    this.sources = loaded.map((s, i) => ({
      key: s.key,
      title: s.title,
      ...(s.author ? { author: s.author } : {}),
      ...(s.date ? { date: s.date } : {}),
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.url ? { url: s.url } : {}),
      file: s.file,
      ...(s.pageStarts && { pages: s.pageStarts.length }),
      // firstPassage has one more entry than there are sources.
      passageCount: first[i + 1]! - first[i]!,
    }));
    // Authors and publishers only: a file name's words are often common ones ("ai-strategy").
    this.originNames = new Set(this.sources.flatMap((s) => originStems({ key: '', author: s.author, publisher: s.publisher }).filter((stem) => !isStopword(stem))));
  }

  /** The arrays indexing computed, for the index cache. */
  indexData(): CorpusIndexData {
    return {
      passageSource: this.passageSource,
      passageStart: this.passageStart,
      passageEnd: this.passageEnd,
      firstPassage: this.firstPassage,
      properNames: [...this.properNames],
      aliases: [...this.aliases].map(([from, to]) => [from, [...to]]),
      index: this.index.data(),
    };
  }



  get passageCount(): number {
    return this.passageStart.length;
  }

  isProperName(stem: string): boolean {
    return this.properNames.has(stem) || this.originNames.has(stem);
  }

  source(key: string): SourceInfo | undefined {
    const i = this.bySourceKey.get(key);
    return i === undefined ? undefined : this.sources[i];
  }

  sourceText(key: string): string | undefined {
    const i = this.bySourceKey.get(key);
    return i === undefined ? undefined : this.texts[i];
  }

  passage(id: number): Passage {
    const s = this.sourceOf(id);
    const start = this.passageStart[id]!;
    const end = this.passageEnd[id]!;
    const source = this.sources[s]!;
    return { id, key: source.key, file: source.file, start, end, text: this.texts[s]!.slice(start, end), ...this.locate(source.key, start) };
  }

  /**
   * The source (its index) of a passage. Passage ids come from this corpus (0 ≤ id < passageCount),
   * the tables hold one entry per passage, and each entry is a source's index: so the reads of
   * the passage and source tables marked `!` in this class are in range.
   */
  private sourceOf(id: number): number {
    return this.passageSource[id]!;
  }

  /** The 1-based page (paged sources) and the section heading an offset of a source sits in. */
  locate(key: string, offset: number): { page?: number; section?: string } {
    const i = this.bySourceKey.get(key);
    const layout = i === undefined ? undefined : this.layouts[i];
    if (!layout) return {};
    const page = pageAt(layout.pageStarts, offset);
    const section = sectionAt(layout.sections, offset);
    return { ...(page !== undefined && { page }), ...(section !== undefined && { section }) };
  }

  /** The bibliography's CSL item for a key, when the source came with one. */
  cslItem(key: string): Record<string, unknown> | undefined {
    return this.cslItems.get(key);
  }

  /** Where each page of a source starts, when it has pages. */
  pageStarts(key: string): readonly number[] | undefined {
    const i = this.bySourceKey.get(key);
    return i === undefined ? undefined : this.layouts[i]?.pageStarts;
  }

  /** The section headings of a source and where they start, when it has sections. */
  sections(key: string): readonly SectionMark[] | undefined {
    const i = this.bySourceKey.get(key);
    return i === undefined ? undefined : this.layouts[i]?.sections;
  }

  /** Key of the source a passage belongs to. */
  passageKey(id: number): string {
    return this.sources[this.sourceOf(id)]!.key;
  }

  /** Passage ids of one source, in order. */
  passagesOf(key: string): number[] {
    const i = this.bySourceKey.get(key);
    if (i === undefined) return [];
    const ids: number[] = [];
    for (let p = this.firstPassage[i]!; p < this.firstPassage[i + 1]!; p++) ids.push(p);
    return ids;
  }

  /** The range [from, to) of passage ids of one source. */
  passageRange(key: string): { from: number; to: number } | undefined {
    const i = this.bySourceKey.get(key);
    return i === undefined ? undefined : { from: this.firstPassage[i]!, to: this.firstPassage[i + 1]! };
  }

  /** Neighbouring passages of the same source (`before` earlier ones, `after` later ones). */
  neighbours(id: number, before: number, after: number): number[] {
    const s = this.sourceOf(id);
    const lo = Math.max(this.firstPassage[s]!, id - before);
    const hi = Math.min(this.firstPassage[s + 1]! - 1, id + after);
    const ids: number[] = [];
    for (let p = lo; p <= hi; p++) if (p !== id) ids.push(p);
    return ids;
  }

  /** The first passage of the source a passage belongs to (usually its title line). */
  titlePassage(id: number): number {
    return this.firstPassage[this.sourceOf(id)]!;
  }

  /** Zero-based range of a span of a source file. */
  rangeIn(key: string, start: number, end: number): Range {
    const i = this.bySourceKey.get(key);
    if (i === undefined) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    let index = this.lineIndexes.get(i);
    if (!index) {
      index = new LineIndex(this.texts[i] ?? '');
      this.lineIndexes.set(i, index);
    }
    return index.rangeOf({ start, end });
  }

  /** Long forms the corpus defines for an acronym, or acronyms for a long form (lower-case text). */
  aliasesOf(text: string): Set<string> | undefined {
    return this.aliases.get(text.toLowerCase());
  }

  /** Keys closest in spelling to an unknown key, best first. */
  nearestKeys(key: string, n = 3): string[] {
    // Memoised: every check of a brief asks again for each unknown key.
    const nearest = this.nearest.get(detached(`${n}\u0000${key}`), () => {
      const lower = key.toLowerCase();
      return this.sources
        .map((s) => ({ key: s.key, d: editDistance(lower, s.key.toLowerCase()) - (s.key.toLowerCase().includes(lower) || lower.includes(s.key.toLowerCase()) ? 2 : 0) }))
        .sort((a, b) => a.d - b.d || a.key.localeCompare(b.key))
        .slice(0, n)
        .map((s) => s.key);
    });
    return [...nearest];
  }
}

function editDistance(a: string, b: string): number {
  // One row of b.length + 1 cells: every index below is 0..b.length.
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(tmp + 1, row[j - 1]! + 1, prev + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
