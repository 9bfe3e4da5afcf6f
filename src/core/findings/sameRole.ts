// An error needs the same statement about a shared subject. A name the source has "instead" is
// an error only when it stands in the claim's name's place: the words around the two names are
// the same words (a swapped name keeps its context: "founded by Wales's Toran Bruce Richards" /
// "founded by Scotland's Toran Bruce Richards"). "The UK already has real strengths in open
// source" against "a global China-backed open-source AI ecosystem" names China in another role.
import type { Analysis } from '../claims/analyze';
import type { Corpus } from '../corpus/corpus';
import { wordNet } from '../lexicon/source';
import { tokenize, type Token } from '../text/tokens';
import type { Comparison } from '../verify/compare';
import { mentionsInSource, sameOffice } from '../verify/names';
import type { Conflict } from '../verify/conflict';
import type { SentenceCheck } from '../verify/verify';

/** Content words looked at on each side of a name: its role is told by the words right next to it. */
const NEIGHBOURS = 2;
/** Mentions that make a name the source's topic rather than a subject of one sentence. */
const TOPIC_MENTIONS = 8;
/** Source text read around the source's name for its neighbours. */
const WINDOW = 300;

/**
 * Stems and base forms of the content words nearest `[start, end)`, on each side, outside it: the
 * base form through WordNet's morphology, so "saying" meets "said" where stems differ.
 */
function around(tokens: readonly Token[], start: number, end: number): Set<string> {
  return new Set(neighbours(tokens, start, end).flatMap((t) => [...keysOf(t)]));
}

/** The content words nearest `[start, end)`, NEIGHBOURS on each side, outside it. */
function neighbours(tokens: readonly Token[], start: number, end: number): Token[] {
  const before = tokens.filter((t) => t.end <= start && !t.stop).slice(-NEIGHBOURS);
  const after = tokens.filter((t) => t.start >= end && !t.stop).slice(0, NEIGHBOURS);
  return [...before, ...after];
}

/** A word's stem and its base forms through WordNet's morphology. */
function keysOf(t: Token): Set<string> {
  return new Set([t.stem, ...wordNet().lemmas(t.norm).map((lemma) => lemma.word)]);
}

/** The part of `[from, to)` in the same sentence (or heading) as `at`. */
function sentenceAround(text: string, from: number, to: number, at: number): { start: number; end: number } {
  let start = at;
  while (start > from && !/[.!?]\s|\n\s*\n/.test(text.slice(start - 2, start))) start--;
  let end = at;
  while (end < to && !/^([.!?]\s|\n\s*\n)/.test(text.slice(end, end + 3))) end++;
  return { start, end };
}

/** The lines of the Markdown table around `at` in `text`, if `at` is in a table row (read line by line from `at`). */
function tableAround(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!text.startsWith('|', lineStart)) return undefined;
  let start = lineStart;
  while (start > 0) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    if (!text.startsWith('|', previous)) break;
    start = previous;
  }
  let end = text.indexOf('\n', lineStart);
  while (end >= 0 && text.startsWith('|', end + 1)) end = text.indexOf('\n', end + 1);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * A source's table names many things, each in its column and row: when the table states the
 * claim's name too, the name the check set against it is another cell, not a swapped name.
 */
function anotherCell(text: string, claimed: string, sourceAt: number): boolean {
  const table = tableAround(text, sourceAt);
  return table !== undefined && table.toLowerCase().includes(claimed.toLowerCase());
}

/** Occurrences of the claim's name read in the source, at most: a name the source keeps using is found early. */
const MAX_OCCURRENCES = 40;
/** Words next to the claim's name (each counted once, by its stem or base form) that must stand next to it in the source too: one meets by chance. */
const SHARED_NEIGHBOURS = 2;

/**
 * Whether the source states the claim's own name where the claim has it, in another sentence: the
 * words next to it there are the claim's ("China's focus on open source" / "China has focused on
 * open source"). A claim joining two statements of its source ("a largely closed US approach with
 * China's focus on open source") sets its second name against the sentence of the first, which
 * shares its subject ("US") and names another ("… from California, the US's approach"); that
 * name is no substitute.
 */
function statedElsewhere(text: string, claim: Analysis, conflict: Conflict): boolean {
  const name = conflict.claimed.text;
  // The claim's own words about the name, not its other names: those are the shared subject the
  // sentence of the substitute names too ("the Moon" beside a swapped planet).
  const named = (t: Token): boolean => claim.entities.some((e) => t.start >= e.start && t.end <= e.end);
  // One word written twice beside it ("From time to time, Jupiter") is one word.
  const ours = [...new Map(neighbours(claim.tokens.filter((t) => !named(t)), conflict.claimed.start, conflict.claimed.end).map((t) => [t.stem, keysOf(t)])).values()];
  let count = 0;
  for (let at = text.indexOf(name); at >= 0 && count < MAX_OCCURRENCES; at = text.indexOf(name, at + name.length), count++) {
    const window = sentenceAround(text, Math.max(0, at - WINDOW), Math.min(text.length, at + name.length + WINDOW), at);
    if (window.start <= conflict.source.start && conflict.source.start < window.end) continue;
    const theirs = around(tokenize(text.slice(window.start, window.end), window.start), at, at + name.length);
    if (ours.filter((keys) => [...keys].some((k) => theirs.has(k))).length >= SHARED_NEIGHBOURS) return true;
  }
  return false;
}

/**
 * Whether the source's name stands where the claim's does: the two hold the same office, the
 * sentence that holds it names another of the claim's names too (a shared subject), or the words
 * right next to the two names are the same.
 */
export function sameRole(corpus: Corpus, key: string, claim: Analysis, conflict: Conflict): boolean {
  const text = corpus.sourceText(key);
  if (text === undefined) return true;
  if (anotherCell(text, conflict.claimed.text, conflict.source.start)) return false;
  if (sameOffice(conflict.claimed.text, conflict.source.text)) return true;
  const from = Math.max(0, conflict.source.start - WINDOW);
  const window = sentenceAround(text, from, Math.min(text.length, conflict.source.end + WINDOW), conflict.source.start);
  const sentence = text.slice(window.start, window.end).toLowerCase();
  // A name the source speaks of throughout ("AI" in an essay on AI) is its topic, not a subject
  // the two sentences share.
  const others = claim.entities.filter((e) => (e.end <= conflict.claimed.start || e.start >= conflict.claimed.end) && mentionsInSource(corpus, key, e) < TOPIC_MENTIONS);
  // A subject shared with the claim makes the source's name the claim's substitute, unless the
  // claim joins two statements, the source stating its own name's elsewhere.
  if (others.some((e) => sentence.includes(e.text.toLowerCase()))) return !statedElsewhere(text, claim, conflict);
  const sourceTokens = tokenize(text.slice(window.start, window.end), window.start);
  const theirs = around(sourceTokens, conflict.source.start, conflict.source.end);
  for (const stem of around(claim.tokens, conflict.claimed.start, conflict.claimed.end)) if (theirs.has(stem)) return true;
  return false;
}

/**
 * Whether a contradiction states the same thing of a shared subject: every name conflict in its
 * place, or the passage states a figure or date of the claim (which pins the fact down as another
 * of its names does: "Spain opened a centre in March 2025" / "Portugal, after long delays, opened
 * a centre … in March 2025").
 */
export function sameStatement(corpus: Corpus, check: SentenceCheck): boolean {
  const decisive = check.decisive;
  if (check.verdict !== 'contradicted' || !decisive) return true;
  if (decisive.explanation.observations.some((o) => (o.check === 'figure' || o.check === 'date') && o.effect === 'supports')) return true;
  const key = corpus.passageKey(decisive.passageId);
  return decisive.conflicts.every((c) => c.kind !== 'name' || sameRole(corpus, key, check.analysis, c));
}

/**
 * A contradiction that is not the same statement is no error: the claim is judged by what else
 * its check found (a passage that supports it), or found unsupported.
 */
export function withoutFalseContradiction(corpus: Corpus, check: SentenceCheck): SentenceCheck {
  if (sameStatement(corpus, check)) return check;
  return withoutContradiction(corpus, check);
}

/** The check with its decisive contradiction taken back: judged by a passage that supports it, else unsupported. */
export function withoutContradiction(corpus: Corpus, check: SentenceCheck): SentenceCheck {
  const comparisons: Comparison[] = check.comparisons.map((c) => (c === check.decisive ? { ...c, stance: 'related', conflicts: [] } : c));
  const cited = comparisons.find((c) => c.stance === 'supports' && check.citedKeys.includes(corpus.passageKey(c.passageId)));
  const support = cited ?? comparisons.find((c) => c.stance === 'supports');
  const ranked = support ? [support, ...comparisons.filter((c) => c !== support)] : comparisons;
  const citedDisagrees = check.citedKeys.length > 0 && !cited;
  return { ...check, verdict: support ? 'supported' : 'unsupported', comparisons: ranked, ...(support ? { decisive: support } : { decisive: undefined }), citedDisagrees };
}
