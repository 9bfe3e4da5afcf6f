// Compiles WordNet's database files (data.noun/verb/adj/adv and the morphology exception lists)
// into the compact text the engine loads (src/core/lexicon/wordnet.ts reads it). Pure: text in,
// text out, so a test can compile a small hand-made WordNet.
//
// Format, one record a line:
//   #brief-lens-wordnet 3
//   W <word> <word> ...            single-word lemmas, lower-cased; a word's id is its position
//   M <synsets> <synsets> ...      per word (same order), its synset ids in sense order (index.*,
//                                  most frequent first); the engine reads a word's list, or a
//                                  synset line, only when a word is looked up
//   S<pos> <members>;<hypernyms>;<similar>   a synset: base-36 word ids, synset ids (its position among S lines)
//   A <a>,<b> ...                  antonyms: synset ids whose words WordNet's lexical "!" pointers link
//                                  (sense to sense: "set" is the antonym of "rise" only as the sun does)
//   D <a>,<b> ...                  derivationally related forms ("+")
//   P <a>,<b> ...                  pertainyms ("\": "Danish" -> "Denmark")
//   X<pos> <form> <lemma> ...      morphology exceptions ("rose" -> "rise")
//   U <lemma> <lemma> ...          multiword lemmas ("sign_up", "set_aside"), ids going on after W's
//   N <synsets> <synsets> ...      their synset ids, as M: both read only when a phrase is looked up
//   H <part>,<whole> ...           part holonyms ("#p") of named places (synsets with an instance
//                                  hypernym): "Washington" is part of "United States", "London" of
//                                  "England", which is part of "United Kingdom"
//   R <lemma> <lemma> ...          verbs of saying that take a clause: the verb's most frequent sense
//                                  is in WordNet's verb.communication file and has frame 26
//                                  ("Somebody ----s that CLAUSE"): "concede", "boast", "pledge"

export type PosFile = 'noun' | 'verb' | 'adj' | 'adv';
export const POS_FILES: readonly PosFile[] = ['noun', 'verb', 'adj', 'adv'];
const POS_LETTER: Record<PosFile, string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

export interface WordNetFiles {
  data: Record<PosFile, string>;
  /** index.* files: a lemma's synsets in WordNet's sense order (most frequent first). */
  index?: Record<PosFile, string>;
  exceptions: Record<PosFile, string>;
}

interface RawPointer {
  symbol: string;
  target: string;
  sourceWord: number;
  targetWord: number;
}

interface RawSynset {
  key: string;
  pos: string;
  words: string[];
  pointers: RawPointer[];
  /** WordNet's lexicographer file (32: verb.communication). */
  lexFile: number;
  /** Lemmas (lower-cased) that have verb frame 26, "Somebody ----s that CLAUSE". */
  thatClause: ReadonlySet<string>;
}

const COMMUNICATION_VERBS = 32;
const COGNITION_VERBS = 31;
const SAYING_OR_THINKING: ReadonlySet<number> = new Set([COMMUNICATION_VERBS, COGNITION_VERBS]);
const THAT_CLAUSE_FRAME = 26;

/** "Danish(a)" -> "danish", "Sign_up" -> "sign_up" (a multiword lemma keeps WordNet's "_"). */
function lemmaOf(written: string): string {
  return written.replace(/\([a-z]+\)$/, '').toLowerCase();
}

/**
 * A synset's members as word ids, by position: WordNet numbers a lexical pointer's source and
 * target words over all of a synset's lemmas, multiword ones included, so none may be dropped
 * before the pointers are read (dropping them shifts every later word's number).
 */
function memberIdsOf(synsets: readonly RawSynset[], words: WordIds): number[][] {
  // Single words take the first ids, so the W and M lines (read on every load) hold no phrase.
  for (const s of synsets) for (const w of s.words) if (!lemmaOf(w).includes('_')) words.id(lemmaOf(w));
  return synsets.map((s) => s.words.map((w) => words.id(lemmaOf(w))));
}

function synsetKey(offset: string, pos: string): string {
  // Satellite adjectives ("s") share the adjective file and its offsets.
  return `${pos === 's' ? 'a' : pos}${offset}`;
}

function parseDataLine(line: string): RawSynset | undefined {
  if (line.startsWith(' ') || line.trim() === '') return undefined; // licence header
  const fields = line.split(' | ')[0]!.trim().split(/\s+/);
  const [offset, lexFileField, pos, countHex] = fields;
  if (!offset || !pos || !countHex) return undefined;
  const wordCount = parseInt(countHex, 16);
  const words = Array.from({ length: wordCount }, (_, k) => fields[4 + 2 * k] ?? '');
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(fields[at++]);
  const pointers: RawPointer[] = [];
  for (let k = 0; k < pointerCount; k++, at += 4) {
    const symbol = fields[at] ?? '';
    const sourceTarget = fields[at + 3] ?? '0000';
    pointers.push({
      symbol,
      target: synsetKey(fields[at + 1] ?? '', fields[at + 2] ?? ''),
      sourceWord: parseInt(sourceTarget.slice(0, 2), 16),
      targetWord: parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { key: synsetKey(offset, pos), pos: pos === 's' ? 'a' : pos, words, pointers, lexFile: Number(lexFileField), thatClause: thatClauseLemmas(fields, at, words) };
}

/** The lemmas of a verb synset's frame list (after its pointers: count, then "+ frame word") with frame 26. */
function thatClauseLemmas(fields: readonly string[], at: number, words: readonly string[]): Set<string> {
  const found = new Set<string>();
  const frameCount = Number(fields[at] ?? 0);
  for (let k = 0; k < frameCount; k++) {
    const frame = Number(fields[at + 2 + 3 * k]);
    const word = parseInt(fields[at + 3 + 3 * k] ?? '0', 16);
    if (frame !== THAT_CLAUSE_FRAME) continue;
    for (const w of word === 0 ? words : [words[word - 1] ?? '']) found.add(lemmaOf(w));
  }
  return found;
}

/** Single-word verbs whose most frequent sense is a verb of saying with a that-clause (the R line). */
function reportingVerbs(synsets: readonly RawSynset[], words: WordIds, synsetsOfWord: readonly number[][]): string[] {
  const found: string[] = [];
  synsetsOfWord.forEach((list, w) => {
    const word = words.list[w] ?? '';
    const senses = list.map((k) => synsets[k]).filter((s): s is RawSynset => s?.pos === 'v');
    const first = senses[0];
    if (word.includes('_') || !first || !SAYING_OR_THINKING.has(first.lexFile)) return;
    // A verb of saying must take the clause in its first sense ("will that" is no report); a verb
    // of thinking in any sense of thinking ("judge" first "determines the result of" something).
    const framed = first.lexFile === COGNITION_VERBS ? senses.filter((s) => s.lexFile === COGNITION_VERBS) : [first];
    if (framed.some((s) => s.thatClause.has(word))) found.push(word);
  });
  return found.sort();
}

class WordIds {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(word, id);
      this.list.push(word);
    }
    return id;
  }
}

const b36 = (n: number): string => n.toString(36);

const multiword = (words: WordIds, id: number): boolean => words.list[id]?.includes('_') ?? false;

/** Word-to-word pairs from lexical pointers, kept once per unordered pair. */
class Pairs {
  private readonly seen = new Set<string>();
  readonly out: string[] = [];
  add(a: number, b: number, ordered: boolean): void {
    if (a === b) return;
    const [x, y] = ordered || a < b ? [a, b] : [b, a];
    const key = `${x},${y}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.out.push(`${b36(x)},${b36(y)}`);
  }
}

export function compileWordNet(files: WordNetFiles): string {
  const synsets: RawSynset[] = [];
  for (const pos of POS_FILES) {
    for (const line of files.data[pos].split('\n')) {
      const s = parseDataLine(line);
      if (s) synsets.push(s);
    }
  }
  const index = new Map(synsets.map((s, k) => [s.key, k]));
  const words = new WordIds();
  const memberIds = memberIdsOf(synsets, words);
  const lines: string[] = [];
  const antonyms = new Pairs();
  const derived = new Pairs();
  const pertainyms = new Pairs();
  const holonyms = new Pairs();
  const synsetsOfWord = words.list.map((): number[] => []);
  synsets.forEach((s, k) => {
    const hypernyms: number[] = [];
    const similar: number[] = [];
    for (const p of s.pointers) {
      const target = index.get(p.target);
      if (target === undefined) continue;
      if (p.symbol === '@' || p.symbol === '@i') hypernyms.push(target);
      else if (p.symbol === '&') similar.push(target);
      else if (p.symbol === '#p' && s.pointers.some((q) => q.symbol === '@i')) holonyms.add(k, target, true);
      else if (p.sourceWord > 0 && p.targetWord > 0) {
        const from = memberIds[k]?.[p.sourceWord - 1];
        const to = memberIds[target]?.[p.targetWord - 1];
        // Pairs link single words only, as before multiword lemmas were kept: a pair's reach is unchanged.
        if (from === undefined || to === undefined || multiword(words, from) || multiword(words, to)) continue;
        if (p.symbol === '!') antonyms.add(k, target, false);
        else if (p.symbol === '+') derived.add(from, to, false);
        else if (p.symbol === '\\' && s.pos === 'a') pertainyms.add(from, to, true);
      }
    }
    const own = [...new Set(memberIds[k])];
    for (const w of own) synsetsOfWord[w]!.push(k);
    lines.push(`S${s.pos} ${own.map(b36).join(',')};${hypernyms.map(b36).join(',')};${similar.map(b36).join(',')}`);
  });
  if (files.index) sortBySense(files.index, index, words, synsetsOfWord);
  const exceptions = POS_FILES.map((pos) => `X${POS_LETTER[pos]} ${exceptionPairs(files.exceptions[pos]).join(' ')}`);
  const singles = words.list.findIndex((w) => w.includes('_'));
  const split = singles < 0 ? words.list.length : singles;
  const synsetLists = synsetsOfWord.map((list) => list.map(b36).join(','));
  return [
    '#brief-lens-wordnet 3',
    `W ${words.list.slice(0, split).join(' ')}`,
    `M ${synsetLists.slice(0, split).join(' ')}`,
    ...lines,
    `A ${antonyms.out.join(' ')}`,
    `D ${derived.out.join(' ')}`,
    `P ${pertainyms.out.join(' ')}`,
    `H ${holonyms.out.join(' ')}`,
    ...exceptions,
    `U ${words.list.slice(split).join(' ')}`,
    `N ${synsetLists.slice(split).join(' ')}`,
    `R ${reportingVerbs(synsets, words, synsetsOfWord).join(' ')}`,
    '',
  ].join('\n');
}

/** Orders each word's synsets as index.* lists them: sense 1 first. */
function sortBySense(indexFiles: Record<PosFile, string>, index: Map<string, number>, words: WordIds, synsetsOfWord: number[][]): void {
  const rank = new Map<string, number>();
  for (const pos of POS_FILES) {
    for (const line of indexFiles[pos].split('\n')) {
      if (line.startsWith(' ') || !line.trim()) continue;
      const fields = line.trim().split(/\s+/);
      const lemma = fields[0] ?? '';
      const count = Number(fields[2]);
      fields.slice(fields.length - count).forEach((offset, k) => {
        const id = index.get(synsetKey(offset, POS_LETTER[pos]));
        if (id !== undefined) rank.set(`${lemma} ${id}`, k);
      });
    }
  }
  synsetsOfWord.forEach((list, w) => {
    const word = words.list[w] ?? '';
    const of = (id: number): number => rank.get(`${word} ${id}`) ?? Number.MAX_SAFE_INTEGER;
    list.sort((a, b) => of(a) - of(b) || a - b);
  });
}

/** "rose rise" lines -> ["rose rise"]; forms or lemmas of several words are left out. */
function exceptionPairs(text: string): string[] {
  const pairs: string[] = [];
  for (const line of text.split('\n')) {
    const [form, ...lemmas] = line.trim().split(/\s+/);
    if (!form || form.includes('_')) continue;
    for (const lemma of lemmas) if (!lemma.includes('_') && lemma !== form) pairs.push(`${form} ${lemma}`);
  }
  return pairs;
}
