// Turns a sentence (of a brief or a source) into the facts we compare: tokens, figures,
// names, quotations and which words sit under a negation.
import { wordNet } from '../lexicon/source';
import { foldForComparison, originalEnd, originalStart } from '../text/fold';
import { movedToken, phraseAtToken, tokenize, type Token } from '../text/tokens';
import { ADVERBS_AFTER_CUE, AFFIRMING_NEGATIONS, PARTITIVE_NEGATIONS, COMPARATIVE_BOUNDS, CONTRASTIVE_NEGATIONS, CONSTITUENT_NEGATION_OPENERS, COUNTERFACTUAL_MODALS, BELIEF_VERBS, DELIMITERS, FALSITY_WORDS, INVERTED_SUBJECTS, LIST_CONTINUERS, LIST_COORDINATORS, SUPPLEMENT_OPENERS, VERB_GROUP_STARTS, NEGATION_CUES, NEGATION_NOUNS, PREPOSITIONAL_NEGATIONS, PRIVATIVE_PHRASES, SCOPE_BREAKERS, canonicalPlace, grammaticalNegator, implicativeWithoutComplement } from './lexicon';
import { extractQuantities, type Quantity } from './quantities';
import { isNumberWord } from './numberWords';

export interface Entity {
  text: string;
  stems: string[];
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  /** Initials of the words ("University College London" -> "ucl"), or the acronym itself. */
  initials: string;
  /** Canonical country/region for nationality words and short forms ("American" -> "us"). */
  place?: string;
  /** Written with a negating prefix: "non-NVIDIA". */
  negatedPrefix: boolean;
}

export interface Quote {
  text: string;
  /** Offsets of the quoted words (inside the quote marks). */
  start: number;
  end: number;
}

export interface Analysis {
  text: string;
  /** Offset of `text` in its document. */
  base: number;
  tokens: Token[];
  quantities: Quantity[];
  entities: Entity[];
  /** Per token: under a negation (odd number of cues in scope); empty when nothing is (read it as true or not). */
  negated: readonly boolean[];
  /** Token indices of negation cues. */
  cues: number[];
  quotes: Quote[];
  /**
   * Single words in quotation marks: most often a scare quote or a term, so not held to the
   * passage's wording; compared only where the passage quotes another word in their place.
   */
  quotedWords: Quote[];
  /** Token indices that belong to a quantity. */
  quantityTokens: ReadonlySet<number>;
}

/** What the corpus knows about capitalisation, to tell names from sentence-initial words. */
export interface CapitalisationStats {
  /** The word is written capitalised inside sentences and never in lower case. */
  isProperName(stem: string): boolean;
}

/** After "and" these start a verb phrase of its own: the end of a negation's scope. */
const CLAUSE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'does', 'did']);
const NAME_CONNECTORS = new Set(['of', 'for', 'on', 'de', 'du', 'van', 'von', 'der', 'al', 'bin']);
const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'", '«': '»' };
/** The opening marks of QUOTE_PAIRS: searched for, not tested character by character (every passage read is scanned). */
const QUOTE_OPENINGS = /["“‘'«]/g;

/** Where the next opening quotation mark stands from `from` on, or -1. */
function nextOpening(text: string, from: number): number {
  QUOTE_OPENINGS.lastIndex = from;
  return QUOTE_OPENINGS.exec(text)?.index ?? -1;
}

/**
 * Analyses `text` folded for comparison (zero-width and bidi characters removed, other spaces
 * plain, fullwidth and other compatibility forms NFKC'd: see text/fold.ts), with every offset
 * mapped back into `text`, so ranges and fixes point at what the writer wrote.
 */
export function analyze(text: string, base: number, stats?: CapitalisationStats): Analysis {
  const folded = foldForComparison(text);
  if (!folded) return analyzeText(text, base, stats);
  const inner = analyzeText(folded.text, 0, stats);
  const start = (at: number) => base + originalStart(folded, at);
  const end = (from: number, at: number) => Math.max(start(from), base + originalEnd(folded, at));
  const spanned = <T extends { start: number; end: number }>(item: T): T => ({ ...item, start: start(item.start), end: end(item.start, item.end) });
  return {
    ...inner,
    text,
    base,
    tokens: inner.tokens.map((t) => movedToken(t, start(t.start), end(t.start, t.end))),
    // A figure's words as written: what a fix quotes and replaces.
    quantities: inner.quantities.map((q) => {
      const mapped = spanned(q);
      return { ...mapped, text: text.slice(mapped.start - base, mapped.end - base) };
    }),
    entities: inner.entities.map(spanned),
    quotes: inner.quotes.map(spanned),
    quotedWords: inner.quotedWords.map(spanned),
  };
}

/** Longest word in capitals read whole in a name's initials ("UK" in "UK Research and Innovation" -> "ukri"). */
const MAX_ACRONYM_WORD = 4;

/**
 * A word's share of its name's initials: an acronym whole ("UK"), the capitals of a word written
 * in camel case ("DeepMind" -> "dm", so "Google DeepMind" is "GDM"), else its first letter.
 */
function initialsOfWord(written: string, t: Token): string {
  if (t.allCaps) return written.length <= MAX_ACRONYM_WORD ? t.norm : t.norm.charAt(0);
  const capitals = written.replace(/[^\p{Lu}]/gu, '');
  return capitals.length > 1 ? capitals.toLowerCase() : t.norm.charAt(0);
}

/** The stems of a text's words as `analyze` reads them (folded), with nothing else read. */
export function stemsOfText(text: string): Set<string> {
  return new Set(tokenize(foldForComparison(text)?.text ?? text).map((t) => t.stem));
}

/**
 * Shared by the analyses of the many sentences (most of a corpus) with no figure or no negation:
 * a long brief keeps tens of thousands of passage analyses.
 */
const NO_QUANTITY_TOKENS: ReadonlySet<number> = new Set();
const NOTHING_NEGATED: readonly boolean[] = [];

function analyzeText(text: string, base: number, stats?: CapitalisationStats): Analysis {
  const tokens = tokenize(text, base);
  const quantities = extractQuantities(text, tokens, base);
  const quantityTokens = quantities.length === 0 ? NO_QUANTITY_TOKENS : new Set(quantities.flatMap((q) => Array.from({ length: q.lastToken - q.firstToken + 1 }, (_, k) => q.firstToken + k)));
  const scopes = negationScopes(text, base, tokens, quantities);
  const cues = scopes.cues;
  const negated = cues.length === 0 ? NOTHING_NEGATED : scopes.negated;
  return {
    text,
    base,
    tokens,
    quantities,
    entities: findEntities(text, base, tokens, quantityTokens, stats),
    negated,
    cues,
    ...findQuotes(text, base),
    quantityTokens,
  };
}

/** The text between two tokens of `text` (which starts at offset `base`); '' when either is missing. */
function between(text: string, base: number, left: Token | undefined, right: Token | undefined): string {
  return left && right ? text.slice(left.end - base, right.start - base) : '';
}

function isSentenceInitial(text: string, base: number, tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (i === 0 || !previous) return true;
  const gap = between(text, base, previous, tokens[i]);
  return /[.!?:;•\n]|^\s*[-*]\s/.test(gap) || /^[\s"“'‘(\-–—*•]*$/.test(gap) && /[.!?:]$/.test(text.slice(0, previous.end - base).trimEnd());
}

function nameLike(text: string, base: number, tokens: readonly Token[], i: number, stats?: CapitalisationStats): boolean {
  const t = tokens[i];
  if (!t || t.numeric || !(t.capitalized || t.allCaps)) return false;
  if (/^i(['’]\p{L}+)?$/iu.test(t.raw)) return false; // the pronoun "I", "I've"
  if (/^\p{N}/u.test(t.raw)) return false;
  const next = tokens[i + 1];
  if (dottedLetter(t) && text.charAt(t.end - base) === '.' && next && dottedLetter(next) && next.start === t.end + 1) return true;
  if (t.allCaps && t.raw.length >= 2) return true;
  if (/\p{Ll}\p{Lu}/u.test(t.raw)) return true; // DeepSeek, NScale
  if (!isSentenceInitial(text, base, tokens, i)) return !t.stop;
  if (t.stop) return false;
  // A country or region the gazetteer knows is a name at the head of a sentence too, where the
  // corpus may never have written it ("Spain opened …" against a source on Portugal).
  if (canonicalPlace(t.norm)) return true;
  // So is the first word of a two-word name the gazetteer or WordNet knows whole ("United
  // States", "European Union", "New York"), whose first word alone is an ordinary one.
  if (next?.capitalized && knownTwoWordName(t.norm, next.norm)) return true;
  // A word of letters English does not know as a common word, before another capitalised word
  // ("Michelle Obama") or joined by "and" or "or" to one ("Intel and Graphcore"), is a name too;
  // alone it may be a derived word WordNet lacks ("Affordability is …"), and one with a hyphen or
  // a digit ("Post-training") a coinage.
  if (beforeName(tokens, i) && /^\p{L}{3,}$/u.test(t.raw) && !wordNet().has(t.norm) && wordNet().lemmas(t.norm).length === 0) return true;
  return stats ? stats.isProperName(t.stem) : false;
}

/** Whether token `i` stands before a capitalised word that is no stopword, next to it or after "and" or "or". */
function beforeName(tokens: readonly Token[], i: number): boolean {
  const capital = (t: Token | undefined): boolean => t !== undefined && (t.capitalized || t.allCaps) && !t.stop;
  const next = tokens[i + 1];
  return capital(next) || ((next?.norm === 'and' || next?.norm === 'or') && capital(tokens[i + 2]));
}

function knownTwoWordName(first: string, second: string): boolean {
  return canonicalPlace(`${first} ${second}`) !== undefined || wordNet().has(`${first}_${second}`);
}

/** One capital letter: a part of a dotted initialism ("U" of "U.S."). */
function dottedLetter(t: Token | undefined): boolean {
  return !!t && t.raw.length === 1 && t.capitalized;
}

/** Words after "and" that may end one name ("Sao Tome and Principe"). */
const AND_NAME_REACH = 2;

/**
 * "Trinidad and Tobago", "Bosnia and Herzegovina": one name with "and" inside, when WordNet
 * knows the whole as one lemma; otherwise two names ("Israel and Egypt"). Returns the new last token.
 */
function joinedByAnd(tokens: readonly Token[], i: number, j: number, isName: (k: number) => boolean): number {
  const and = tokens[j + 1];
  if (and?.norm !== 'and' || and.capitalized || !isName(j + 2)) return j;
  for (let end = Math.min(tokens.length - 1, j + 1 + AND_NAME_REACH); end >= j + 2; end--) {
    if (!tokens.slice(j + 2, end + 1).every((_, at) => isName(j + 2 + at))) continue;
    if (wordNet().has(tokens.slice(i, end + 1).map((t) => t.norm).join('_'))) return end;
  }
  return j;
}

function findEntities(text: string, base: number, tokens: readonly Token[], quantityTokens: ReadonlySet<number>, stats?: CapitalisationStats): Entity[] {
  const entities: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (quantityTokens.has(i) || !nameLike(text, base, tokens, i, stats)) continue;
    let j = i;
    // "U.S.", "U.K.", "U.N.": letters joined by dots are one name, not a sentence end.
    while (j + 1 < tokens.length && dottedLetter(tokens[j]) && dottedLetter(tokens[j + 1]) && between(text, base, tokens[j], tokens[j + 1]) === '.') j++;
    while (j + 1 < tokens.length) {
      const gap = between(text, base, tokens[j], tokens[j + 1]);
      // "George W. Bush", "John F. Kennedy": a middle initial's full stop ends no sentence and no name.
      const next = tokens[j + 1];
      // Not the last letter of an initialism ("U.S. Southern Command" is two names).
      const initial = j > i && dottedLetter(tokens[j]) && /^[ \t]+$/.test(between(text, base, tokens[j - 1], tokens[j]));
      if (initial && /^\.[ \t]+$/.test(gap) && next?.capitalized && !next.stop && !quantityTokens.has(j + 1)) {
        j++;
        continue;
      }
      if (!/^(?:[ \t]+|[\-‐])?$/.test(gap)) break;
      if (!quantityTokens.has(j + 1) && nameLike(text, base, tokens, j + 1, stats) && !isSentenceInitial(text, base, tokens, j + 1)) {
        j++;
        continue;
      }
      // "Thomas More Institute", "Bank Of America": a capitalised short word inside a name.
      const inner = tokens[j + 1];
      if (inner?.capitalized && inner.stop && !isSentenceInitial(text, base, tokens, j + 1) && j + 2 < tokens.length && /^[ \t]+$/.test(between(text, base, inner, tokens[j + 2])) && !quantityTokens.has(j + 2) && nameLike(text, base, tokens, j + 2, stats)) {
        j += 2;
        continue;
      }
      // "Global Partnership on AI": a connector between two names; not before a date ("Congress
      // on January 5, 1949"), which the figures read.
      const k = j + 2;
      if (inner && NAME_CONNECTORS.has(inner.norm) && !inner.capitalized && k < tokens.length && !quantityTokens.has(k) && /^[ \t]+$/.test(between(text, base, inner, tokens[k])) && nameLike(text, base, tokens, k, stats)) {
        j = k;
        continue;
      }
      break;
    }
    j = joinedByAnd(tokens, i, j, (k) => !quantityTokens.has(k) && nameLike(text, base, tokens, k, stats));
    const first = tokens[i];
    const last = tokens[j];
    // i and j index tokens (the loops above stay below tokens.length).
    if (!first || !last) break;
    const words = tokens.slice(i, j + 1).filter((t) => !NAME_CONNECTORS.has(t.norm) || t.capitalized);
    const entityText = text.slice(first.start - base, last.end - base);
    const prefix = i > 0 && first.hyphenAfterPrevious && /^(non|anti|un)$/.test(tokens[i - 1]?.norm ?? '');
    entities.push({
      text: entityText,
      stems: words.map((t) => t.stem),
      start: first.start,
      end: last.end,
      firstToken: i,
      lastToken: j,
      initials: words.length === 1 && words[0]?.allCaps ? words[0].norm : words.map((t) => initialsOfWord(text.slice(t.start - base, t.end - base), t)).join(''),
      place: canonicalPlace(entityText.toLowerCase()),
      negatedPrefix: prefix,
    });
    i = j;
  }
  return entities;
}

function negationScopes(text: string, base: number, tokens: readonly Token[], quantities: readonly Quantity[] = []): { negated: boolean[]; cues: number[] } {
  const cues: number[] = [];
  /**
   * Each cue, the first token its scope reaches when not the next one, and the last: given, or
   * read up to a limit once the next cue is known (a later cue ends the scope: reading past it
   * would make a run of negations quadratic).
   */
  const scopes: { cue: number; from?: number; end?: number; reach?: (limit: number) => number }[] = [];
  for (const [i, t] of tokens.entries()) {
    const next = tokens[i + 1];
    // "non-NVIDIA": the prefix negates only the word it is attached to.
    if ((t.norm === 'non' || t.norm === 'anti') && next?.hyphenAfterPrevious) {
      cues.push(i);
      scopes.push({ cue: i, end: i + 1 });
      continue;
    }
    const contracted = /n['’]t$/i.test(t.raw);
    // "entrenched rather than disrupted the regime": what follows "rather than" is denied.
    const contrasted = i > 0 && CONTRASTIVE_NEGATIONS.get(t.norm)?.has(tokens[i - 1]?.norm ?? '') === true;
    const contrastive = contrasted || (i > 0 && counterfactualPerfect(tokens, i));
    // "it is a mistake to think that X": the clause after "that" is denied.
    const framedClause = falsityFrame(tokens, i);
    if (framedClause !== undefined) {
      cues.push(i);
      scopes.push({ cue: i, from: framedClause, reach: (limit) => scopeEnd(text, base, tokens, framedClause, false, limit) });
      continue;
    }
    // "free of political constraints": an adjective of absence before its preposition negates as "without" does.
    const privative = phraseAtToken(tokens, i, PRIVATIVE_PHRASES) !== undefined;
    if (!NEGATION_CUES.has(t.norm) && !contracted && !contrastive && !privative) continue;
    // "the No Child Left Behind Act", "the Never Again campaign": a capitalised cue inside the
    // sentence, before another capitalised word, is a word of a name in title case; it negates nothing.
    if (t.capitalized && next?.capitalized && !isSentenceInitial(text, base, tokens, i)) continue;
    // "not only X but also Y", "no alternative to abolishing it" assert rather than negate.
    if (affirmingNegationAt(tokens, i)) continue;
    // "no more than 7 percent" and "not less than $5" bound a figure ("at most", "at least").
    // "whether or not it will be open": an alternative, negating nothing.
    if (t.norm === 'not' && tokens[i - 1]?.norm === 'or') continue;
    // So do "should not pay less than 30 percent", "will not cost more than $5": a verb between.
    const comparative = t.norm === 'no' || t.norm === 'not' ? boundedComparative(text, base, tokens, i) : undefined;
    if (comparative !== undefined) {
      // It negates the comparative alone: against "more than 7 percent" it still disagrees.
      cues.push(i);
      scopes.push({ cue: i, from: comparative, end: comparative });
      continue;
    }
    // "No one has gained more than women": the comparison ends the negated subject's scope.
    const nobody = t.norm === 'nobody' || t.norm === 'none' || t.norm === 'nothing' || (t.norm === 'no' && next?.norm === 'one');
    // "fail" or "decline" negates only as "failed to act", "declined to back"; "avoid" only as "avoided cutting" (lexicon.json).
    if (implicativeWithoutComplement(tokens, i)) continue;
    // "a nuclear test ban was within reach", "the ban on imports": a noun names a thing, it negates no clause.
    if (NEGATION_NOUNS.has(t.norm) && usedAsNoun(tokens, i)) continue;
    cues.push(i);
    // "not one of the 13 bills he sent had reached": the predicate from its auxiliary on.
    const predicate = partitivePredicate(tokens, i);
    if (predicate !== undefined) {
      scopes.push({ cue: i, from: predicate, reach: (limit) => scopeEnd(text, base, tokens, predicate, false, limit) });
      continue;
    }
    // "do not, under the current export controls, have access": the aside after the cue is not
    // what it denies; the predicate after the aside is.
    const aside = asideAfterCue(text, base, tokens, i);
    if (aside !== undefined) {
      scopes.push({ cue: i, from: aside + 1, reach: (limit) => scopeEnd(text, base, tokens, aside + 1, nobody, limit) });
      continue;
    }
    // Toggled in turn: a later cue ends this one's scope (see endAtNextCue), so wait to apply it.
    const prepositional = privative || PREPOSITIONAL_NEGATIONS.has(t.norm);
    const constituent = contrasted || prepositional || (t.norm === 'not' && CONSTITUENT_NEGATION_OPENERS.has(tokens[i - 1]?.norm ?? ''));
    scopes.push({
      cue: i,
      reach: (limit) => {
        const end = scopeEnd(text, base, tokens, i, nobody, limit);
        return constituent ? phraseEnd(tokens, i, end, quantities, prepositional) : end;
      },
    });
  }
  const negated = new Array<boolean>(tokens.length).fill(false);
  for (const [n, { cue, from, end, reach }] of scopes.entries()) {
    const next = scopes[n + 1]?.cue;
    // Past a later cue with words between, this scope ends before it whatever lies beyond.
    const limit = next !== undefined && tokens.slice(cue + 1, next).some((t) => !t.stop) ? next : tokens.length - 1;
    const last = endAtNextCue(tokens, cue, end ?? reach?.(limit) ?? cue, next);
    for (let k = from ?? cue + 1; k <= last; k++) negated[k] = !negated[k];
  }
  return { negated, cues };
}

/** Words a negated comparative bound may have between it and its cue: a verb ("not pay less than"). */
const BOUND_GAP = 2;

/**
 * The comparative a "no" or "not" at `cue` bounds a figure with ("no more than 7 percent", "not
 * less than $5", "should not pay less than 30 percent"): "at most", "at least". Only a verb or
 * an auxiliary may stand between.
 */
function boundedComparative(text: string, base: number, tokens: readonly Token[], cue: number): number | undefined {
  for (let k = cue + 1; k <= cue + 1 + BOUND_GAP; k++) {
    const word = tokens[k];
    const bounded = tokens[k + 2];
    if (!word || word.numeric) return undefined;
    if (COMPARATIVE_BOUNDS.has(word.norm) && tokens[k + 1]?.norm === 'than' && bounded) {
      const figure = bounded.numeric || /^[$£€¥]?\d/.test(text.slice((tokens[k + 1]?.end ?? bounded.start) - base, bounded.end - base).trim()) || isNumberWord(bounded.norm);
      return figure ? k : undefined;
    }
    if (!word.stop && !wordNet().lemmas(word.norm).some((l) => l.pos === 'v')) return undefined;
  }
  return undefined;
}

/**
 * The first token of the clause a word of falsity denies ("it is a mistake to think that X", "it
 * is a myth that X", "it is false that X"): "that" right after it, or after "to" and a verb of
 * belief. Undefined for any other word ("a mistake was made").
 */
function falsityFrame(tokens: readonly Token[], i: number): number | undefined {
  if (!FALSITY_WORDS.has(tokens[i]?.norm ?? '')) return undefined;
  let k = i + 1;
  if (tokens[k]?.norm === 'to' && BELIEF_VERBS.has(tokens[k + 1]?.norm ?? '')) k += 2;
  return tokens[k]?.norm === 'that' && tokens[k + 1] ? k + 1 : undefined;
}

/** Tokens an aside set off by commas right after a negation cue may hold. */
const ASIDE_REACH = 8;

/**
 * The last token of an aside set off by commas right after a cue ("do not, under the current
 * export controls, have access"), when a word follows it; else undefined.
 */
function asideAfterCue(text: string, base: number, tokens: readonly Token[], cue: number): number | undefined {
  if (!/^,\s*$/.test(between(text, base, tokens[cue], tokens[cue + 1]))) return undefined;
  for (let k = cue + 1; k < Math.min(tokens.length - 1, cue + 1 + ASIDE_REACH); k++) {
    const gap = between(text, base, tokens[k], tokens[k + 1]);
    if (/[.;:!?]/.test(gap)) return undefined;
    if (gap.includes(',')) return k;
  }
  return undefined;
}

/** Words a partitive's set and its relative clause may take before the clause's auxiliary. */
const PARTITIVE_REACH = 15;

/**
 * Where the predicate of a partitive negation starts ("not one of the 13 bills he sent had
 * reached his desk": at "had"), when the cue at `i` opens one and an auxiliary follows within
 * reach; the set it picks from is not denied.
 */
function partitivePredicate(tokens: readonly Token[], i: number): number | undefined {
  const words = phraseAtToken(tokens, i, PARTITIVE_NEGATIONS);
  if (!words) return undefined;
  for (let k = i + words.length; k < Math.min(tokens.length, i + words.length + PARTITIVE_REACH); k++) {
    if (CLAUSE_AUXILIARIES.has(tokens[k]?.norm ?? '')) return k;
  }
  return undefined;
}

/** Whether the cue at `i` opens a negated exclusion that asserts what follows (lexicon.json affirmingNegations). */
function affirmingNegationAt(tokens: readonly Token[], i: number): boolean {
  return phraseAtToken(tokens, i, AFFIRMING_NEGATIONS) !== undefined || delimitedInTime(tokens, i);
}

/** Tokens after a negation within which "until" makes it say when, not whether. */
const UNTIL_REACH = 8;

/**
 * "did not give her first speech until six months after taking office": a negation with "until"
 * in its clause says when the event happened (from then on), not that it did not (Karttunen
 * 1974): the words it covers are asserted.
 */
function delimitedInTime(tokens: readonly Token[], cue: number): boolean {
  const word = tokens[cue];
  if (!word || !grammaticalNegator(word)) return false;
  for (let k = cue + 1; k < Math.min(tokens.length, cue + 1 + UNTIL_REACH); k++) {
    const word = tokens[k]?.norm ?? '';
    if (DELIMITERS.has(word)) return true;
    if (SCOPE_BREAKERS.has(word)) return false;
  }
  return false;
}

/**
 * A later negation cue with content words between it and this one starts a phrase of its own:
 * "engineers who are not US citizens without access" negates "access" once (by "without"), not
 * twice. Right after the cue ("not without merit") or past function words only ("no one refused")
 * the two negations compose, and the earlier scope runs on, unless a coordinator parts them.
 */
function endAtNextCue(tokens: readonly Token[], cue: number, end: number, next: number | undefined): number {
  if (next === undefined || next > end) return end;
  const between = tokens.slice(cue + 1, next);
  if (between.some((t) => !t.stop)) return next - 1;
  // "We cannot and we will not accept X": the two auxiliaries share one verb (right node
  // raising), each negated once. Read on to the other cue, this one would cancel it.
  const coordinator = between.findIndex((t) => LIST_COORDINATORS.has(t.norm));
  return coordinator >= 0 ? cue + coordinator : end;
}

/** The last token a negation cue at `i` reaches: to the clause's end, a conjunction that breaks it, or a comma. */
function scopeEnd(text: string, base: number, tokens: readonly Token[], i: number, nobody: boolean, limit = tokens.length - 1): number {
  const baseVerb = negatesBaseVerb(tokens, i);
  // A cue that opens its sentence ("Rather than", "Without"): a list after its comma may be the main clause's subject.
  const fronted = tokens.slice(0, i).every((t) => t.stop);
  /** The coordinator of a list the scope runs over: its commas are read once, not once per comma. */
  let listThrough = -1;
  for (let k = i + 1; k <= limit; k++) {
      const word = tokens[k];
      if (!word) break;
      const gap = between(text, base, tokens[k - 1], word);
      const breaker = SCOPE_BREAKERS.has(word.norm) && !(k === i + 1 && ADVERBS_AFTER_CUE.has(word.norm));
      if (/[.;:!?]/.test(gap) || breaker || (nobody && word.norm === 'than')) return k - 1;
      // A dash after the negated words sets off an apposition ("not an easy feat for the middle
      // countries – Singapore, Canada ..."); one right after the cue opens an aside the negation
      // reaches past ("did not—and could not—achieve").
      if (k > i + 1 && DASH_GAP.test(gap)) return k - 1;
      // "does not want to repeat it and is actively positioning itself": a coordinated verb
      // phrase with its own auxiliary is outside the negated one.
      if (word.norm === 'and' && CLAUSE_AUXILIARIES.has(tokens[k + 1]?.norm ?? '')) return k - 1;
      // "refused to raise taxes and sought a veto", "did not raise taxes and sought": the negated
      // verb is a base form, so a past tense after "and" is a finite verb of its own, outside it.
      if (baseVerb && word.norm === 'and' && onlyInflectedVerb(tokens[k + 1])) return k - 1;
      // A comma ends the scope unless a list of examples continues the object ("such as",
      // "including") or the comma parts the items of a list ("through import restrictions, troop
      // withdrawals, exchange controls or dollar devaluation").
      // ", which is enormously expensive": a supplement on what the negation names, not negated.
      if (gap.includes(',') && SUPPLEMENT_OPENERS.has(word.norm)) return k - 1;
      if (gap.includes(',') && !LIST_CONTINUERS.has(word.norm) && k > listThrough) {
        listThrough = listCoordinator(text, base, tokens, k);
        if (listThrough < 0 || (fronted && listIsSubject(tokens, listThrough))) return k - 1;
      }
  }
  return limit;
}

/**
 * Whether the items after a fronted negated phrase's comma are the main clause's subject: an
 * auxiliary follows the last item ("Rather than relying on brute force, ingenuity and
 * collaboration have been at the forefront"), so the phrase ended at the comma. Not before a
 * pronoun: "Not through tariffs, quotas or devaluation did we achieve" inverts a negated clause.
 */
function listIsSubject(tokens: readonly Token[], coordinator: number): boolean {
  const reach = tokens.slice(coordinator + 1, coordinator + 2 + LIST_ITEM_TOKENS);
  const at = reach.findIndex((t) => CLAUSE_AUXILIARIES.has(t.norm));
  return at >= 0 && !INVERTED_SUBJECTS.has(reach[at + 1]?.norm ?? '');
}

/** A dash between two words: spaced, or an en or em dash (a hyphen joins a compound). */
const DASH_GAP = /\s[-–—]|[–—]/;

/** Tokens one item of a list may hold ("troop withdrawals", "choking off domestic recovery"). */
const LIST_ITEM_TOKENS = 4;

/**
 * Whether the comma before token `k` parts the items of a list: short runs parted by commas up
 * to a last item opened by "or", "nor" or "and" (the clause may go on after it). Returns the
 * index of that coordinator, or -1.
 */
function listCoordinator(text: string, base: number, tokens: readonly Token[], k: number): number {
  let itemLength = 0;
  let coordinator = -1;
  for (let m = k; m < tokens.length; m++) {
    const gap = m === k ? '' : between(text, base, tokens[m - 1], tokens[m]);
    if (/[.;:!?]/.test(gap) || (gap.includes(',') && coordinator >= 0)) return coordinator;
    if (gap.includes(',')) itemLength = 0;
    const word = tokens[m] as Token;
    // A coordinator right after the comma joins two clauses ("did not raise taxes, and he cut").
    if (m === k && LIST_COORDINATORS.has(word.norm)) return -1;
    if (LIST_COORDINATORS.has(word.norm)) {
      coordinator = m;
      itemLength = 0;
    } else if (++itemLength > LIST_ITEM_TOKENS) return coordinator;
  }
  return coordinator;
}

/** Tokens a phrase a constituent negation denies may run to before the clause's verb ("the Government must"). */
const PHRASE_REACH = 8;

/**
 * Where the phrase a constituent negation denies ends ("government rather than private business
 * must lead", "private business and not the Government must lead"): before the clause's verb
 * group or a preposition with a gerund ("by paying"), when a phrase stands between; else at the
 * scope's end (`end`), as "and not raise taxes" denies the verb phrase. `nounPhrase`: the cue is a
 * preposition, whose complement ends where another noun phrase starts.
 */
function phraseEnd(tokens: readonly Token[], cue: number, end: number, quantities: readonly Quantity[], nounPhrase = false): number {
  // "reduce to 14 percent instead of 15 percent our withholding rate": a figure is the phrase.
  const figure = quantities.find((q) => q.firstToken === cue + 1);
  if (figure) return Math.min(end, figure.lastToken);
  // "rather than restricting it to those who paid": a verb phrase denied runs to the scope's end.
  const head = tokens[cue + 1];
  if (!head || verbForm(head)) return end;
  for (let k = cue + 2; k <= Math.min(end, cue + PHRASE_REACH); k++) {
    const word = tokens[k] as Token;
    if (VERB_GROUP_STARTS.has(word.norm) || onlyInflectedVerb(word)) return k - 1;
    // "without restraint the Treasury would …": a preposition's complement is one noun phrase, and
    // a determiner after its noun opens the next.
    if (nounPhrase && NOUN_DETERMINERS.has(word.norm) && tokens[k - 1]?.stop === false) return k - 1;
    // "in days rather than years by paying for connections": a preposition with a gerund opens
    // an adjunct of the clause, not a part of the denied phrase.
    const next = tokens[k + 1];
    if (word.stop && next && next.norm.endsWith('ing') && verbForm(next)) return k - 1;
  }
  return end;
}

/** A word WordNet knows only as a verb, or a verb's "-ing" form: where a verb phrase starts ("restricting", "raise"). */
function verbForm(t: Token): boolean {
  if (t.stop || t.capitalized) return false;
  const lemmas = wordNet().lemmas(t.norm);
  return lemmas.length > 0 && (lemmas.every((l) => l.pos === 'v') || (t.norm.endsWith('ing') && lemmas.some((l) => l.pos === 'v')));
}

/** Whether the negation at `i` denies a verb in its base form ("did not raise", "refused to raise"), the first content word after it. */
function negatesBaseVerb(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k];
    if (!t || t.numeric) return false;
    if (t.stop) continue;
    return wordNet().lemmas(t.norm).some((l) => l.pos === 'v' && l.word === t.norm);
  }
  return false;
}

/** A verb WordNet knows only in an inflected form ("sought", "raised"), never its base form: a finite past (its adjective "sought" aside). */
function onlyInflectedVerb(t: Token | undefined): boolean {
  if (!t || t.capitalized || t.stop) return false;
  const verbs = wordNet().lemmas(t.norm).filter((l) => l.pos === 'v');
  // Not "-ing" nor "-s": a participle or a plural noun ("libraries and parks") as often as a verb.
  return verbs.length > 0 && verbs.every((l) => l.word !== t.norm) && !/(?:ing|s)$/.test(t.norm);
}

/** "could have been restricted ..., but instead he released it": a past that did not happen, denied by what replaced it. */
function counterfactualPerfect(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.norm !== 'have' || !COUNTERFACTUAL_MODALS.has(tokens[i - 1]?.norm ?? '')) return false;
  return tokens.slice(i + 1).some((t, k) => t.norm === 'instead' && tokens[i + k]?.norm === 'but');
}

/** Words after which a word is a noun ("the doubles", "this ban"). */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'any', 'no']);

/** A word read as a noun: after a determiner, before an auxiliary ("ban was"), "on" or "of", or last in its sentence. */
function usedAsNoun(tokens: readonly Token[], i: number): boolean {
  const [before, after] = [tokens[i - 1], tokens[i + 1]];
  if (before && NOUN_DETERMINERS.has(before.norm)) return true;
  return !after || CLAUSE_AUXILIARIES.has(after.norm) || after.norm === 'on' || after.norm === 'of';
}

/** Words a quotation needs to be checked as one: a single quoted word is most often a scare quote or a term. */
const MIN_QUOTED_WORDS = 2;

function findQuotes(text: string, base: number): { quotes: Quote[]; quotedWords: Quote[] } {
  const quotes: Quote[] = [];
  const quotedWords: Quote[] = [];
  for (let i = nextOpening(text, 0); i >= 0; i = nextOpening(text, i + 1)) {
    const open = text.charAt(i);
    const close = QUOTE_PAIRS[open];
    if (!close) continue;
    // A straight or curly single quote inside a word is an apostrophe, not a quote.
    if ((open === "'" || open === '‘') && i > 0 && /[\p{L}\p{N}]/u.test(text.charAt(i - 1))) continue;
    let j = i + 1;
    while (j < text.length) {
      if (text.charAt(j) === close && !((close === "'" || close === '’') && /[\p{L}]/u.test(text.charAt(j + 1) ?? ''))) break;
      j++;
    }
    if (j >= text.length) continue;
    let inner = text.slice(i + 1, j);
    let innerStart = i + 1;
    const trimmedStart = inner.length - inner.trimStart().length;
    innerStart += trimmedStart;
    inner = inner.trim().replace(/[,.]$/, '');
    const words = (inner.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    const quote = { text: inner, start: base + innerStart, end: base + innerStart + inner.length };
    if (words >= MIN_QUOTED_WORDS) quotes.push(quote);
    else if (words === 1) quotedWords.push(quote);
    i = j;
  }
  return { quotes, quotedWords };
}
