// WordNet as the engine reads it: the compiled text of scripts/lexicon/compile.ts turned into
// lookup tables. Lemmatises with WordNet's own morphology (exception lists, then detachment
// rules: morphy.json). Multiword lemmas are written with "_" ("sign_up"): a verb's first word
// and a noun's last word inflect ("signed_up", "members_of_congress"), as in WordNet's morphy.
import MORPHY from './morphy.json';
import { finishSteps } from '../timeSlices';

export type WordNetPos = 'n' | 'v' | 'a' | 'r';
/** A vowel, one l and an ending the spelling normaliser undoubles an l before (text/tokens.ts). */
const UNDOUBLED_L = /[aeiou]l(ed|ing|er|ers)$/;
const POSES: readonly WordNetPos[] = ['n', 'v', 'a', 'r'];

interface DetachmentRules {
  n: Array<[string, string]>;
  v: Array<[string, string]>;
  a: Array<[string, string]>;
  r: Array<[string, string]>;
}
const DETACH = MORPHY as unknown as DetachmentRules;

export interface Lemma {
  word: string;
  pos: WordNetPos;
}

const NO_IDS: readonly number[] = [];
/** Bound on each memo, so a long session's vocabulary cannot grow them without end. */
const MEMO_LIMIT = 200_000;

function parseIds(field: string | undefined): number[] {
  return field ? field.split(',').map((x) => parseInt(x, 36)) : [];
}

function parsePairs(line: string | undefined): Array<[number, number]> {
  if (!line || line.length <= 2) return [];
  return line
    .slice(2)
    .split(' ')
    .map((pair) => {
      const [a, b] = parseIds(pair);
      return [a ?? 0, b ?? 0];
    });
}

function addLink(map: Map<number, number[]>, from: number, to: number): void {
  const list = map.get(from);
  if (list) list.push(to);
  else map.set(from, [to]);
}

interface Synset {
  pos: WordNetPos;
  members: number[];
  hypernyms: number[];
  similar: number[];
}

/** Line of the first synset in the compiled text (after the header, W and M lines). */
const FIRST_SYNSET_LINE = 3;

const HEADER = '#brief-lens-wordnet 3';

/**
 * Words (or synsets) read between two chances to yield: reading the whole 5 MB table took 120
 * to 190 ms in one go, the word table alone 30 to 50 ms; 8,192 take a few milliseconds.
 */
export const LEXICON_ITEMS_PER_STEP = 8192;

/**
 * Word ids by word, in maps of a few thousand words each: one map of 83,000 words stops for 10 to
 * 20 ms each time it grows (a rehash no step can split).
 */
class WordIds {
  private readonly shards = Array.from({ length: 32 }, () => new Map<string, number>());

  private shard(word: string): Map<string, number> {
    return this.shards[(word.charCodeAt(0) + 7 * word.charCodeAt(word.length - 1)) & 31]!;
  }

  get(word: string): number | undefined {
    return this.shard(word).get(word);
  }

  set(word: string, id: number): void {
    this.shard(word).set(word, id);
  }
}

/** The compiled text split into what the lookups read: the costly part of reading it. */
export interface WordNetText {
  lines: string[];
  words: string[];
  wordId: WordIds;
  wordSynsetsText: string[];
  synsetCount: number;
}

/** `text` split at `separator`, `perStep` fields a step (String.split is one long step on an 83,000-word line). */
function* fieldsInSteps(text: string, separator: string, perStep: number): Generator<void, string[], void> {
  const fields: string[] = [];
  let from = 0;
  for (;;) {
    const end = text.indexOf(separator, from);
    fields.push(text.slice(from, end < 0 ? text.length : end));
    if (end < 0) return fields;
    from = end + separator.length;
    if (fields.length % perStep === 0) yield;
  }
}

/**
 * The compiled text read in steps between which a caller may yield (the editor reads it ahead of
 * the first check, in slices: lexicon/source.ts); `new WordNet(text)` reads it all at once.
 */
export function* wordNetTextInSteps(text: string, perStep = LEXICON_ITEMS_PER_STEP): Generator<void, WordNetText, void> {
  if (!text.startsWith(`${HEADER}\n`)) throw new Error('The WordNet lexicon file is not in the expected format (rebuild it: npm run build).');
  const lines = yield* fieldsInSteps(text, '\n', perStep);
  const words = yield* fieldsInSteps((lines[1] ?? '').slice(2), ' ', perStep);
  const wordId = new WordIds();
  for (const [id, word] of words.entries()) {
    wordId.set(word, id);
    if ((id + 1) % perStep === 0) yield;
  }
  const wordSynsetsText = yield* fieldsInSteps((lines[2] ?? '').slice(2), ' ', perStep);
  let end = FIRST_SYNSET_LINE;
  while (lines[end]?.[0] === 'S') end++;
  return { lines, words, wordId, wordSynsetsText, synsetCount: end - FIRST_SYNSET_LINE };
}


export class WordNet {
  private readonly wordId: WordIds;
  private readonly words: string[];
  /** Per word, its synset ids as written (parsed on lookup: most words are never looked up). */
  private readonly wordSynsetsText: string[];
  private readonly wordSynsets = new Map<number, number[]>();
  private readonly lines: string[];
  private readonly synsetCount: number;
  private readonly parsedSynsets = new Map<number, Synset>();
  private readonly pairLines = new Map<string, string>();
  private readonly pairTables = new Map<string, Map<number, number[]>>();
  private readonly exceptions = new Map<WordNetPos, Map<string, string[]>>();
  /** Lemmas per written form, and parts of speech per word (a bit per POS): looked up for every word compared. */
  private readonly lemmaMemo = new Map<string, Lemma[]>();
  private readonly posMask = new Map<number, number>();
  /** Multiword lemmas (U line) and their synsets (N line), ids after the single words': parsed on the first phrase looked up. */
  private phraseLines: { lemmas?: string; synsets?: string } = {};
  private phraseIds: Map<string, number> | undefined;
  private phraseWords: string[] = [];
  private phraseSynsetsText: string[] = [];
  private ends: Set<string> | undefined;
  private reportingLine = '';
  private reporting: Set<string> | undefined;

  /** The compiled text (scripts/lexicon/compile.ts), or that text already read in steps (wordNetTextInSteps). */
  constructor(text: string | WordNetText) {
    const read = typeof text === 'string' ? finishSteps(wordNetTextInSteps(text)) : text;
    ({ lines: this.lines, words: this.words, wordId: this.wordId, wordSynsetsText: this.wordSynsetsText, synsetCount: this.synsetCount } = read);
    for (let k = FIRST_SYNSET_LINE + this.synsetCount; k < this.lines.length; k++) this.readTail(this.lines[k] ?? '');
  }

  private readTail(line: string): void {
    const tag = line[0];
    if (tag === 'A' || tag === 'D' || tag === 'P' || tag === 'H') this.pairLines.set(tag, line);
    else if (tag === 'U') this.phraseLines.lemmas = line;
    else if (tag === 'N') this.phraseLines.synsets = line;
    else if (tag === 'R') this.reportingLine = line;
    else if (tag === 'X') {
      const table = new Map<string, string[]>();
      const fields = line.slice(3).split(' ');
      for (let k = 0; k + 1 < fields.length; k += 2) {
        const form = fields[k]!;
        const list = table.get(form);
        if (list) list.push(fields[k + 1]!);
        else table.set(form, [fields[k + 1]!]);
      }
      this.exceptions.set(line[1] as WordNetPos, table);
    }
  }

  private synset(id: number): Synset | undefined {
    let s = this.parsedSynsets.get(id);
    if (!s && id >= 0 && id < this.synsetCount) {
      const line = this.lines[FIRST_SYNSET_LINE + id] ?? '';
      const [members, hypernyms, similar] = line.slice(3).split(';');
      s = { pos: line[1] as WordNetPos, members: parseIds(members), hypernyms: parseIds(hypernyms), similar: parseIds(similar) };
      this.parsedSynsets.set(id, s);
    }
    return s;
  }

  /** A lemma's id: a single word's from the W line, a phrase's ("sign_up") from the U line. */
  private idOf(word: string): number | undefined {
    return word.includes('_') ? this.phrases().get(word) : this.wordId.get(word);
  }

  private phrases(): Map<string, number> {
    if (!this.phraseIds) {
      const text = this.phraseLines.lemmas ?? '';
      this.phraseWords = text.length > 2 ? text.slice(2).split(' ') : [];
      this.phraseSynsetsText = (this.phraseLines.synsets ?? '').slice(2).split(' ');
      this.phraseIds = new Map(this.phraseWords.map((w, k) => [w, this.words.length + k]));
    }
    return this.phraseIds;
  }

  /**
   * Verbs of saying that take a clause ("concede", "boast", "pledge"): the most frequent sense is
   * one of WordNet's verbs of communication with the frame "Somebody ----s that CLAUSE".
   */
  reportingVerbs(): ReadonlySet<string> {
    this.reporting ??= new Set(this.reportingLine.length > 2 ? this.reportingLine.slice(2).split(' ') : []);
    return this.reporting;
  }

  /** Second words of two-word lemmas ("up" of "sign_up"): a quick test before a pair of words is looked up. */
  phraseEnds(): ReadonlySet<string> {
    if (!this.ends) {
      this.phrases();
      this.ends = new Set(this.phraseWords.map((w) => w.split('_')).filter((parts) => parts.length === 2).map((parts) => parts[1] ?? ''));
    }
    return this.ends;
  }

  /** The lemma of an id, a single word or a phrase. */
  private wordAt(id: number): string {
    if (id < this.words.length) return this.words[id] ?? '';
    this.phrases();
    return this.phraseWords[id - this.words.length] ?? '';
  }

  private synsetsOf(wordId: number): readonly number[] {
    let list = this.wordSynsets.get(wordId);
    if (!list) {
      list = parseIds(wordId < this.words.length ? this.wordSynsetsText[wordId] : this.phraseSynsetsText[wordId - this.words.length]);
      this.wordSynsets.set(wordId, list);
    }
    return list;
  }

  /** Word-to-word links of one kind (A antonyms, D derivations, P pertainyms), both ways, built on first use. */
  private pairs(tag: string): Map<number, number[]> {
    let table = this.pairTables.get(tag);
    if (!table) {
      table = new Map();
      for (const [a, b] of parsePairs(this.pairLines.get(tag))) {
        addLink(table, a, b);
        addLink(table, b, a);
      }
      this.pairTables.set(tag, table);
    }
    return table;
  }

  /** Ordered pairs read one way (part to whole), parsed on first use. */
  private directedPairs(tag: string): Map<number, number[]> {
    const key = `${tag}>`;
    let table = this.pairTables.get(key);
    if (!table) {
      table = new Map();
      for (const [a, b] of parsePairs(this.pairLines.get(tag))) addLink(table, a, b);
      this.pairTables.set(key, table);
    }
    return table;
  }

  /** The places a named place is part of ("#p" in WordNet): "Washington" → "United States". */
  holonyms(synset: number): readonly number[] {
    return this.directedPairs('H').get(synset) ?? NO_IDS;
  }

  /** Whether WordNet knows the word as a lemma of some part of speech. */
  has(word: string): boolean {
    return this.idOf(word) !== undefined;
  }

  /** The lemmas a written (lower-cased) word may be an inflection of, per part of speech (WordNet's morphy). */
  lemmas(form: string): Lemma[] {
    let found = this.lemmaMemo.get(form);
    if (!found) {
      if (this.lemmaMemo.size > MEMO_LIMIT) this.lemmaMemo.clear();
      found = this.morphy(form);
      // The tokenizer writes British "travelled" as "traveled", and so also "falling" as
      // "faling", "puled" (not "pule"): the form with its double l back is read too.
      const doubled = UNDOUBLED_L.exec(form);
      if (doubled) {
        const seen = new Set(found.map((l) => `${l.pos}:${l.word}`));
        const more = this.morphy(`${form.slice(0, doubled.index + 1)}ll${doubled[1] ?? ''}`);
        found = [...more.filter((l) => !seen.has(`${l.pos}:${l.word}`)), ...found];
      }
      this.lemmaMemo.set(form, found);
    }
    return found;
  }

  private morphy(form: string): Lemma[] {
    const found: Lemma[] = [];
    for (const pos of POSES) {
      const bases = form.includes('_') ? this.collocationBases(form, pos) : this.wordBases(form, pos);
      for (const word of bases) if (this.isLemma(word, pos)) found.push({ word, pos });
    }
    return found;
  }

  /** Base forms a single written word may have in a part of speech (lemmas or not: the caller asks). */
  private wordBases(form: string, pos: WordNetPos): Set<string> {
    const bases = new Set<string>([form, ...(this.exceptions.get(pos)?.get(form) ?? [])]);
    for (const [suffix, ending] of DETACH[pos]) {
      if (form.length > suffix.length + 1 && form.endsWith(suffix)) bases.add(form.slice(0, form.length - suffix.length) + ending);
    }
    return bases;
  }

  /** "signed_up" -> "sign_up" (a verb's first word inflects), "members_of_congress" -> "member_of_congress" (a noun's last, or first before "of"). */
  private collocationBases(form: string, pos: WordNetPos): Set<string> {
    const parts = form.split('_');
    const bases = new Set<string>([form]);
    const at = pos === 'v' || parts.includes('of') ? 0 : parts.length - 1;
    for (const base of this.wordBases(parts[at] ?? '', pos)) bases.add([...parts.slice(0, at), base, ...parts.slice(at + 1)].join('_'));
    return bases;
  }

  private isLemma(word: string, pos: WordNetPos): boolean {
    const id = this.idOf(word);
    if (id === undefined) return false;
    let mask = this.posMask.get(id);
    if (mask === undefined) {
      mask = 0;
      for (const s of this.synsetsOf(id)) mask |= 1 << POSES.indexOf(this.synset(s)?.pos ?? 'n');
      this.posMask.set(id, mask);
    }
    return (mask & (1 << POSES.indexOf(pos))) !== 0;
  }

  /** Synsets of a lemma in its part of speech. */
  synsets(lemma: Lemma): readonly number[] {
    const id = this.idOf(lemma.word);
    if (id === undefined) return NO_IDS;
    return this.synsetsOf(id).filter((s) => this.synset(s)?.pos === lemma.pos);
  }

  /** The words of a synset. */
  members(synset: number): string[] {
    return (this.synset(synset)?.members ?? NO_IDS).map((w) => this.wordAt(w));
  }

  hypernyms(synset: number): readonly number[] {
    return this.synset(synset)?.hypernyms ?? NO_IDS;
  }

  similar(synset: number): readonly number[] {
    return this.synset(synset)?.similar ?? NO_IDS;
  }

  pos(synset: number): WordNetPos | undefined {
    return this.synset(synset)?.pos;
  }

  /** Synsets holding an antonym of a word of this synset (WordNet's antonymy is sense to sense). */
  antonymSynsets(synset: number): readonly number[] {
    return this.pairs('A').get(synset) ?? NO_IDS;
  }

  /** Derivationally related forms ("growth" <-> "grow"). */
  derived(word: string): string[] {
    return this.linked(this.pairs('D'), word);
  }

  /** Pertainyms, both ways ("Danish" <-> "Denmark", "economic" <-> "economy"). */
  pertainyms(word: string): string[] {
    return this.linked(this.pairs('P'), word);
  }

  private linked(map: Map<number, number[]>, word: string): string[] {
    const id = this.wordId.get(word);
    if (id === undefined) return [];
    // Pairs link single words only (scripts/lexicon/compile.ts).
    return (map.get(id) ?? NO_IDS).map((w) => this.words[w] ?? '');
  }
}
