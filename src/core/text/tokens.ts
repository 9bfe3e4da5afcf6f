// Word tokens with exact offsets, normalised so that spelling variants, case, curly
// apostrophes and inflections compare equal. Stemming uses the Porter stemmer of the
// `stemmer` package (tiny, no dependencies) rather than a hand-written one.
import { stemmer } from 'stemmer';
import { BoundedCache } from '../boundedCache';
import { detached } from './detached';
import { isStopword } from './stopwords';

export interface Token {
  /** The word as written (without a possessive 's). */
  raw: string;
  /** Lower-cased, spelling-normalised form. */
  norm: string;
  /** Porter stem of `norm`; the unit of matching and indexing. */
  stem: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** Two or more letters, all upper-case (acronyms, shouted names). */
  allCaps: boolean;
  numeric: boolean;
  stop: boolean;
  /** Joined to the previous token by a hyphen (`non-NVIDIA`, `open-source`). */
  hyphenAfterPrevious: boolean;
}

// Letters (any script), digits, with inner apostrophes and dots/commas inside numbers.
/** A word as the tokenizer (and the indexer, with its own copy of the pattern's state) reads it. */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*(?:[.,][\p{N}]+)*/gu;
const WORD = new RegExp(WORD_PATTERN);

/**
 * Per-word memos, sized for a large corpus's vocabulary (the bench corpus writes 32,800 distinct
 * words): emptied whole at a smaller size they were refilled over and over on a long brief.
 */
const WORD_MEMO_LIMIT = 200_000;

const stemCache = new BoundedCache<string, string>(WORD_MEMO_LIMIT);

/** Letters before "-ise" for it to be the suffix American spelling writes "-ize" ("real-ise", "organ-ise"). */
const MIN_IZE_ROOT = 4;

/** British -> American spelling, applied to both sides so the two compare equal. */
export function normalizeSpelling(word: string): string {
  if (word.length < 5) return word;
  let w = word;
  w = w.replace(/isation(s?)$/, 'ization$1');
  // By the root before "is", not the word's length, so every form of a verb folds alike: "realis-"
  // does, "rais-" (raise, raising) and "adv-" (advise, advising) never.
  w = w.replace(/is(e|es|ed|ing|er|ers)$/, (m, end: string, root: number) => (root >= MIN_IZE_ROOT ? `iz${end}` : m));
  w = w.replace(/ys(e|es|ed|ing)$/, 'yz$1');
  w = w.replace(/([bhlmv])our(s|ed|ing|ite|ites|able)?$/, '$1or$2');
  w = w.replace(/([^aeiou])tre(s?)$/, '$1ter$2');
  w = w.replace(/ence$/, (m) => (/(def|off|lic|pret)ence$/.test(w) ? 'ense' : m));
  w = w.replace(/ogue$/, 'og');
  w = w.replace(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2');
  w = w.replace(/amme(s?)$/, 'am$1');
  return w;
}

/** The Porter stem of a normalised word (numbers are their own stem), remembering nothing. */
export function uncachedStem(norm: string): string {
  return /\p{N}/u.test(norm) ? norm : stemmer(norm);
}

export function stemOf(norm: string): string {
  return stemCache.get(norm, () => uncachedStem(norm));
}

const normCache = new BoundedCache<string, string>(WORD_MEMO_LIMIT);

export function normalizeWord(raw: string): string {
  // Spelling rules are a chain of regular expressions: worth remembering per written form.
  return normCache.get(raw, () => normalizeSpelling(raw.toLowerCase().replace(/’/g, "'")));
}

/** What a written word always makes: everything of a token but where it stands. */
export interface WordShape {
  raw: string;
  norm: string;
  stem: string;
  capitalized: boolean;
  allCaps: boolean;
  numeric: boolean;
  stop: boolean;
}

const shapes = new Map<string, WordShape>();
/** Written forms whose shape is kept; beyond this the oldest tenth go. */
const SHAPE_LIMIT = 100_000;

/**
 * What one word matched by WORD_PATTERN makes, its stem taken by `stem` (the indexer passes one
 * that fills no cache: it meets every distinct word of the corpus once).
 */
export function readWord(matched: string, stem: (norm: string) => string = stemOf): WordShape {
  // Drop possessives so "UK's" and "UK" are one name.
  const raw = /['’]s$/i.test(matched) && matched.length > 2 ? matched.slice(0, -2) : matched;
  const norm = normalizeWord(raw).replace(/,/g, '');
  const first = raw.charAt(0);
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const allCaps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  return {
    raw,
    norm,
    stem: stem(norm),
    capitalized: first !== first.toLowerCase(),
    allCaps,
    numeric: /^[\p{N}.,]+$/u.test(raw),
    // "US", "IT", "WHO": an acronym is a name even when its letters spell a function word.
    stop: isStopword(norm) && !allCaps,
  };
}

function shapeOf(matched: string): WordShape {
  let shape = shapes.get(matched);
  if (shape === undefined) {
    // A copy: the memo must not keep the text the word was cut from alive.
    const word = detached(matched);
    shape = readWord(word);
    if (shapes.size >= SHAPE_LIMIT) dropOldest(shapes, SHAPE_LIMIT / 10);
    shapes.set(word, shape);
  }
  return shape;
}

function dropOldest(memo: Map<string, unknown>, count: number): void {
  let left = count;
  for (const key of memo.keys()) {
    if (left-- <= 0) break;
    memo.delete(key);
  }
}

/**
 * A token as `tokenize` makes it: its word's shape (shared by every token of that written word)
 * and where it stands. Four fields instead of ten: a long brief keeps the tokens of tens of
 * thousands of corpus passages (their analyses), and the shape's properties are read through it.
 */
class PlacedToken implements Token {
  constructor(
    private readonly shape: WordShape,
    readonly start: number,
    readonly end: number,
    readonly hyphenAfterPrevious: boolean,
  ) {}

  get raw(): string {
    return this.shape.raw;
  }

  get norm(): string {
    return this.shape.norm;
  }

  get stem(): string {
    return this.shape.stem;
  }

  get capitalized(): boolean {
    return this.shape.capitalized;
  }

  get allCaps(): boolean {
    return this.shape.allCaps;
  }

  get numeric(): boolean {
    return this.shape.numeric;
  }

  get stop(): boolean {
    return this.shape.stop;
  }

  /** The same word at another place. */
  placed(start: number, end: number): PlacedToken {
    return new PlacedToken(this.shape, start, end, this.hyphenAfterPrevious);
  }
}

/**
 * `token` at another place. A token's word is read through getters, which an object spread
 * (`{ ...token }`) would drop: copy or change tokens with this and `tokenWith` only.
 */
export function movedToken(token: Token, start: number, end: number): Token {
  return token instanceof PlacedToken ? token.placed(start, end) : { ...token, start, end };
}

/** `token` with some of its properties changed (a plain object). */
export function tokenWith(token: Token, changes: Partial<Token>): Token {
  const { raw, norm, stem, start, end, capitalized, allCaps, numeric, stop, hyphenAfterPrevious } = token;
  return { raw, norm, stem, start, end, capitalized, allCaps, numeric, stop, hyphenAfterPrevious, ...changes };
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const shape = shapeOf(m[0]);
    const start = m.index + offset;
    const prevChar = m.index > 0 ? text.charAt(m.index - 1) : '';
    const hyphenAfterPrevious = prevChar === '-' && m.index > 1 && /[\p{L}\p{N}]/u.test(text.charAt(m.index - 2));
    tokens.push(new PlacedToken(shape, start, start + shape.raw.length, hyphenAfterPrevious));
  }
  return tokens;
}

/** Whether the words of `phrase` (lower-case) stand at token `i` and after it, in order. */
export function phraseStartsAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => tokens[i + k]?.norm === word);
}

/** The first of `phrases` that stands at token `i`, if any. */
export function phraseAtToken(tokens: readonly Token[], i: number, phrases: readonly (readonly string[])[]): readonly string[] | undefined {
  return phrases.find((phrase) => phraseStartsAt(tokens, i, phrase));
}

/** Content tokens: what a claim is about (no stopwords, no bare punctuation). */
export function contentTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => !t.stop);
}

/** The stems a search for `text` asks for: its content words. */
export function contentStems(text: string): string[] {
  return contentTokens(tokenize(text)).map((t) => t.stem);
}
