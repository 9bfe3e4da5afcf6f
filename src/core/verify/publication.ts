// When a cited source came out: a claim that says so ("Lwin's article was published in March
// 2026 [@lwin2026gold]") is about the source itself. Its words are not in any sentence of the
// source, so no passage covers them; the source's dateline (a passage that is a date and little
// else, near its top: "2nd February 2026") states the one thing the claim does. The claim is
// compared with that dateline by its date alone.
import type { Analysis } from '../claims/analyze';
import { passageAnalysis } from '../claims/passageAnalysis';
import { sameQuantity, type Quantity } from '../claims/quantities';
import type { Corpus } from '../corpus/corpus';
import type { Observation } from '../types';
import type { Comparison } from './compare';
import { piece } from './conflict';
import WORDS from './publication.json';

const VERBS: ReadonlySet<string> = new Set(WORDS.verbs);
const NOUNS: ReadonlySet<string> = new Set(WORDS.nouns);
const FRAME_VERBS: ReadonlySet<string> = new Set(WORDS.frameVerbs);
/** Passages from a source's top where its dateline may stand (after a title, a byline, navigation). */
const DATELINE_REACH = 12;
/** Characters a dateline may hold besides its date ("Published:", "Updated", a weekday). */
const DATELINE_EXTRA = 24;

export interface Dateline {
  passageId: number;
  /** The claim's date and the dateline's. */
  claimed: Quantity;
  stated: Quantity;
  /** The claim's date is in its reporting frame (frameOfWriting), not its content. */
  framed: boolean;
}

const isDate = (q: Quantity): boolean => q.kind === 'date' || q.kind === 'year';

/**
 * The dateline to compare a claim with, when the claim says when its one cited source was
 * published: a verb of publishing, one date, and the source named as a piece of writing or by
 * its author.
 */
export function publicationDateline(corpus: Corpus, claim: Analysis, contentFrom: number, known: readonly string[]): Dateline | undefined {
  const inFrame = frameOfWriting(claim, contentFrom);
  if (!inFrame && !claim.tokens.slice(contentFrom).some((t) => VERBS.has(t.norm))) return undefined;
  // Uncited, the source is the one whose author the claim names ("Lwin's article").
  const [key, ...others] = known.length > 0 ? known : corpus.sources.filter((s) => authorNamed(s.author, claim)).map((s) => s.key);
  if (key === undefined || others.length > 0) return undefined;
  const dates = claim.quantities.filter((q) => isDate(q) && (inFrame ? q.lastToken < contentFrom : q.firstToken >= contentFrom));
  const [claimed, ...more] = dates;
  if (!claimed || more.length > 0 || !namesSource(corpus, key, claim)) return undefined;
  const line = datelineOf(corpus, key);
  if (!line) return undefined;
  // The dateline bears out a date, not what else the claim says of the source ("dated 2 February
  // 2026, welcomes a more competitive tone"); another date it contradicts, whatever else is said.
  // A frame's date borne out leaves the claim to its passages, as any frame does.
  if (sameQuantity(claimed, line.stated) && (inFrame || !onlyOfPublication(corpus, key, claim, contentFrom, claimed))) return undefined;
  return { passageId: line.passageId, claimed, stated: line.stated, framed: inFrame };
}

/**
 * Whether the claim's reporting frame says when its source was written ("Writing on 2 February
 * 2025, Lwin recalled that …", "In a February 2025 essay, Lwin argues that …"): a verb of writing
 * or a noun of writing beside a date, all before the reported content. The date is then the
 * source's own, which its dateline states.
 */
function frameOfWriting(claim: Analysis, contentFrom: number): boolean {
  if (contentFrom === 0) return false;
  const frame = claim.tokens.slice(0, contentFrom);
  return frame.some((t) => FRAME_VERBS.has(t.norm) || NOUNS.has(t.norm)) && claim.quantities.some((q) => isDate(q) && q.lastToken < contentFrom);
}

/** Whether every content word of the claim but its date is a verb of publishing, a noun of writing, or the source's author or title. */
function onlyOfPublication(corpus: Corpus, key: string, claim: Analysis, contentFrom: number, date: Quantity): boolean {
  const source = corpus.source(key);
  const named = new Set(`${source?.author ?? ''} ${source?.title ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return claim.tokens.every((t, i) => i < contentFrom || t.stop || (i >= date.firstToken && i <= date.lastToken) || VERBS.has(t.norm) || NOUNS.has(t.norm) || named.has(t.norm.replace(/['’]s$/, '')));
}

/** Whether the claim names the source as a piece of writing ("article", "essay") or by its author's name. */
function namesSource(corpus: Corpus, key: string, claim: Analysis): boolean {
  return claim.tokens.some((t) => NOUNS.has(t.norm)) || authorNamed(corpus.source(key)?.author, claim);
}

/** Whether the claim names the author by surname ("Lwin", "Lwin's"). */
function authorNamed(author: string | undefined, claim: Analysis): boolean {
  const surname = author?.trim().split(/\s+/).pop()?.toLowerCase();
  return surname !== undefined && surname.length > 1 && claim.tokens.some((t) => t.capitalized && t.norm.replace(/['’]s$/, '') === surname);
}

/** The first passage near the source's top that is a date and little else. */
function datelineOf(corpus: Corpus, key: string): { passageId: number; stated: Quantity } | undefined {
  const range = corpus.passageRange(key);
  if (!range) return undefined;
  for (let id = range.from; id < Math.min(range.to, range.from + DATELINE_REACH); id++) {
    const analysis = passageAnalysis(corpus, id);
    const stated = analysis.quantities.find(isDate);
    if (stated && analysis.text.trim().length - stated.text.length <= DATELINE_EXTRA) return { passageId: id, stated };
  }
  return undefined;
}

/** The claim compared with the dateline: the same date bears it out, another contradicts it. */
export function compareWithDateline(corpus: Corpus, claim: Analysis, dateline: Dateline): Comparison {
  const passage = passageAnalysis(corpus, dateline.passageId);
  const { claimed, stated } = dateline;
  const agrees = sameQuantity(claimed, stated);
  const source = piece(passage, stated.start, stated.end);
  const observation: Observation = { check: 'date', effect: agrees ? 'supports' : 'contradicts', claim: claimed.text, source: source.text };
  return {
    passageId: dateline.passageId,
    stance: agrees ? 'supports' : 'contradicts',
    coverage: 1,
    ownCoverage: 1,
    factsMatched: agrees ? 1 : 0,
    factsOwn: agrees ? 1 : 0,
    subjectCoverage: 0,
    conflicts: agrees ? [] : [{ kind: 'date', claimed: piece(claim, claimed.start, claimed.end), source, replaceable: true }],
    evidenceStart: passage.base,
    evidenceEnd: passage.base + passage.text.length,
    missing: 0,
    factMissing: false,
    explanation: { decidedBy: 'date', observations: [observation] },
  };
}
