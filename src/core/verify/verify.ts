// Decides a sentence's verdict: retrieve candidate passages, compare each, and weigh what
// the cited source says against what the rest of the corpus says.
import { analyze, type Analysis } from '../claims/analyze';
import { readChanges } from '../claims/changes';
import { passageAnalysis, passageStems } from '../claims/passageAnalysis';
import { sameQuantity, type Quantity } from '../claims/quantities';
import { checkedWhenStated, classify, measuredFact, medialFrameSpan, trailingFrameStart, type Classification } from '../claims/classify';
import type { Corpus } from '../corpus/corpus';
import type { ScoredPassage } from '../corpus/invertedIndex';
import { finishSteps } from '../timeSlices';
import { normalizeWord, stemOf } from '../text/tokens';
import type { Explanation, Verdict } from '../types';
import { compare, SUPPORT_COVERAGE_WITH_FIGURE, type Comparison } from './compare';
import { FULLY_ALIGNED } from './decide';
import { inContextOf } from './passageView';
import { compareWithDateline, publicationDateline } from './publication';

const CANDIDATES = 24;
const CITED_CANDIDATES = 400;
/** Passages of the cited sources compared besides the best matches overall. */
const CITED_COMPARED = 8;
/** Related passages shown for an opinion. */
const OPINION_EVIDENCE = 3;
/** Candidates always compared, and the share of the best BM25 score the others need. */
const MIN_CANDIDATES = 5;
const CANDIDATE_FLOOR = 0.5;
/**
 * Candidates compared once a passage states the whole claim: none after it. That passage is the
 * evidence; the next ones were related reading beside it in the hover, at the cost of half a
 * long brief's comparisons (issue 16), and changed no verdict, finding or top evidence of any
 * evaluation set.
 */
const COMPARED_AFTER_WHOLE = 1;

export interface SentenceCheck {
  analysis: Analysis;
  verdict: Verdict;
  /** Ranked comparisons, best evidence first. */
  comparisons: Comparison[];
  /** The comparison the verdict rests on, when there is one. */
  decisive?: Comparison;
  /** Keys cited by the sentence that exist in the corpus. */
  citedKeys: string[];
  /** The cited sources do not bear the sentence out (another source may). */
  citedDisagrees: boolean;
  /** Why the verdict was reached: what the checks saw of the top evidence, and which decided. */
  explanation: Explanation;
}

/** An opinion is not judged against the sources. */
const OPINION_EXPLANATION: Explanation = { decidedBy: 'opinion', observations: [] };
/** No passage came near enough to compare. */
const NO_EVIDENCE: Explanation = { decidedBy: 'retrieval', observations: [] };

const STANCE_RANK = { supports: 2, contradicts: 1, related: 0 } as const;

/** Weight of the words a pronoun takes from its title heading, as words the passage itself states. */
const SUBJECT_SHARE = 1;

/** How strongly a passage bears on the claim, whatever its stance. */
function strength(c: Comparison): number {
  // A passage saying "she" under its subject's title names that subject as much as one that writes it.
  return c.coverage + 0.5 * (c.ownCoverage + SUBJECT_SHARE * c.subjectCoverage) + 0.1 * c.factsMatched;
}

function better(a: Comparison, b: Comparison): number {
  return STANCE_RANK[b.stance] - STANCE_RANK[a.stance] || strength(b) - strength(a) || a.passageId - b.passageId;
}

/** A contradiction outweighs a support only when it covers clearly more of the claim. */
const CONTRADICTION_MARGIN = 0.15;

/**
 * How strongly a support stands against a contradiction: a support whose context holds the
 * contradicting passage counts its own words only, for the words it borrows from that context
 * are the contradiction's ("… whatever can provide cheap, reliable power." with "This almost
 * certainly excludes wind power" after it does not bear out "power includes wind power").
 * Against an opposite predicate there it has no margin either: the words it borrows are what
 * that passage speaks of, and says the opposite of ("wind power is cheap and dependable"). A
 * figure or name of the neighbour may belong to another fact the claim joins to it ("give 1
 * million American children the same opportunity. Pass the Education Freedom Scholarships ...").
 */
function supportStrength(corpus: Corpus, support: Comparison, contra: Comparison): number {
  if (!inContextOf(corpus, support.passageId, contra.passageId)) return strength(support) + CONTRADICTION_MARGIN;
  const borrows = support.coverage > support.ownCoverage && contra.conflicts.every((k) => k.kind === 'polarity');
  return strength({ ...support, coverage: support.ownCoverage }) + (borrows ? 0 : CONTRADICTION_MARGIN);
}

/**
 * How strongly a contradiction stands against a support: one whose context holds the supporting
 * passage, and whose opposite is of a word that passage itself states, counts its own words
 * only, for the words it borrows are that passage's, which states the claim ("… when you lose a
 * job …" before "Nearly 18 million people have gained coverage so far." does not deny "18
 * million people had gained coverage"): as supportStrength, the other way. Not when the support
 * borrows the opposed word ("wind power" from "This almost certainly excludes wind power"): then
 * the claim is about what the contradiction speaks of.
 */
function contraStrength(corpus: Corpus, contra: Comparison, support: Comparison): number {
  if (!inContextOf(corpus, contra.passageId, support.passageId) || !opposesWhatSupportStates(corpus, contra, support)) return strength(contra);
  return strength({ ...contra, coverage: contra.ownCoverage });
}

/** Whether every conflict of the contradiction is an opposite of a claim word the support's own text has. */
function opposesWhatSupportStates(corpus: Corpus, contra: Comparison, support: Comparison): boolean {
  const stated = passageStems(corpus, support.passageId);
  return contra.conflicts.length > 0 && contra.conflicts.every((k) => k.kind === 'polarity' && k.negation === undefined && stated.has(stemOf(normalizeWord(k.claimed.text))));
}

function pick(corpus: Corpus, support: Comparison | undefined, contra: Comparison | undefined): [Comparison | undefined, Verdict] {
  if (support && (!contra || contraStrength(corpus, contra, support) <= supportStrength(corpus, support, contra))) return [support, 'supported'];
  if (contra) return [contra, 'contradicted'];
  return [undefined, 'unsupported'];
}

/** The best passages of one cited source for the query, from the retriever's range query when it has one. */
function citedPassages(corpus: Corpus, stems: readonly string[], key: string): ScoredPassage[] {
  const range = corpus.passageRange(key);
  if (!range) return [];
  const retriever = corpus.retriever;
  if (retriever.queryWithin) return retriever.queryWithin(stems, CITED_COMPARED * 2, range.from, range.to);
  return retriever.query(stems, CITED_CANDIDATES).filter((r) => r.id >= range.from && r.id < range.to);
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** A sentence read: its facts, whether it makes a claim at all, and its text as written (for the pieces an explanation shows). */
interface Reading {
  analysis: Analysis;
  kind: Classification;
  shown: string;
  /** An attribution frames it from its end, its middle or the clause it was split from. */
  reported: boolean;
}

/** A sentence's facts and whether it makes a claim at all (`cited`: a citation applies to it). */
function read(corpus: Corpus, prose: string, base: number, cited: boolean, framed = false): Reading {
  const whole = analyze(prose, base, corpus);
  // A trailing attribution ("…, according to Obama.", "…, Kennedy reminded lawmakers.") frames
  // the words before it, as a leading one does: they are the claim (a prefix keeps every offset).
  const frame = trailingFrameStart(whole.tokens, prose, base);
  // One inside it ("Amazon, Google and Meta, Lwin writes, have …") is blanked: offsets stay.
  const medial = frame === undefined ? medialFrameSpan(whole.tokens, prose, base) : undefined;
  const claimed = frame !== undefined ? prose.slice(0, frame - base) : medial ? blank(prose, medial.start - base, medial.end - base) : prose;
  const analysis = claimed === prose ? whole : analyze(claimed, base, corpus);
  // A factor is a figure too ("the price of oil had quadrupled", "risen fourfold").
  const factor = () => readChanges(analysis.tokens, analysis.quantities).some((change) => change.factor !== undefined);
  const specific = analysis.quantities.length > 0 || analysis.entities.length > 0 || analysis.quotes.length > 0 || factor();
  const reported = claimed !== prose;
  const facts = { specific, cited, quoted: analysis.quotes, measured: measuredFact(analysis), reported, framedBySentence: framed };
  return { analysis, kind: classify(claimed, analysis.tokens, facts, base), shown: prose, reported: reported || framed };
}

/** Checks one sentence; `prose` is its text with markup and citations blanked, at offset `base`. */
export function verifySentence(corpus: Corpus, prose: string, base: number, citedKeys: readonly string[]): SentenceCheck {
  return finishSteps(verifySentenceSteps(corpus, prose, base, citedKeys));
}

/**
 * `verifySentence` in steps, between which a caller may yield (checkInSlices): reading the
 * sentence, retrieval, then each comparison (a passage read for the first time costs a few
 * milliseconds). The same check.
 */
export function* verifySentenceSteps(corpus: Corpus, prose: string, base: number, citedKeys: readonly string[], framed = false): Generator<void, SentenceCheck, void> {
  const reading = read(corpus, prose, base, citedKeys.length > 0, framed);
  const { analysis, kind } = reading;
  yield;
  const known = citedKeys.filter((k) => corpus.source(k));
  const stems = analysis.tokens.slice(kind.contentFrom).filter((t) => !t.stop).map((t) => t.stem);
  // Candidates far below the best match cannot cover the claim: comparing them is wasted work.
  const retrieved = corpus.retriever.query(stems, CANDIDATES);
  const floor = (retrieved[0]?.score ?? 0) * CANDIDATE_FLOOR;
  const ids = new Set(retrieved.filter((r, i) => i < MIN_CANDIDATES || r.score >= floor).map((r) => r.id));
  for (const key of known) {
    let added = 0;
    for (const r of citedPassages(corpus, stems, key)) {
      if (added >= CITED_COMPARED) break;
      if (!ids.has(r.id)) {
        ids.add(r.id);
        added++;
      }
    }
  }
  yield;
  return yield* judgeSteps(corpus, reading, known, [...ids]);
}

/**
 * Whether a contradiction by another value (a figure or a date) is outweighed by a passage that
 * states every value of the claim and covers more of it: "more than 14 million new jobs" is not
 * contradicted by "support 2 million jobs" where another passage says "more than 14 million new
 * jobs" in as many of the claim's words or more. The other value belongs to another fact.
 */
function valueStatedElsewhere(corpus: Corpus, contra: Comparison, comparisons: readonly Comparison[], values: readonly Quantity[]): boolean {
  if (values.length === 0 || !contra.conflicts.every((k) => k.kind === 'figure' || k.kind === 'date')) return false;
  // A passage with fewer of the claim's words may outweigh it too (statesValuesAmidClaim), when
  // one of the values it states is one seldom met by chance ("a 1-year tax reduction of $16
  // billion"), or a count of the very thing the claim counts ("a 35-hour week").
  const rare = values.some(rarelyMetByChance);
  const fewerWordsSuffice = (c: Comparison): boolean => contra.ownCoverage < FULLY_ALIGNED && (rare || countsTheSameThing(corpus, c, values));
  // A passage that bears the claim out with every value in its own text outweighs any, when the
  // values are ones seldom met by chance: "Three-quarters would go to individuals" is what
  // "three-quarters of his tax cut would go to individuals" restates, whatever "12 percent of
  // 1974 tax payments" shares with it. Not a year: a source names its years again and again.
  const borneOut = (c: Comparison): boolean => c.stance === 'supports' && c.factsOwn >= values.length && values.every(rarelyMetByChance);
  const outweighs = (c: Comparison): boolean => c.coverage >= contra.coverage || borneOut(c) || (fewerWordsSuffice(c) && statesValuesAmidClaim(c, contra, values.length));
  return comparisons.some((c) => c !== contra && c.stance !== 'contradicts' && c.factsMatched >= values.length && outweighs(c));
}

/** Whether the passage states a count of the claim with the same value and a word of what it counts. */
function countsTheSameThing(corpus: Corpus, c: Comparison, values: readonly Quantity[]): boolean {
  const stated = passageAnalysis(corpus, c.passageId).quantities;
  return values.some((q) => q.kind === 'count' && q.unit.length > 0 && stated.some((s) => s.kind === 'count' && sameQuantity(q, s) && s.unit.some((stem) => q.unit.includes(stem))));
}

/** Counts from this on, like amounts and percentages, seldom equal another figure of a source by chance. */
const RARE_COUNT = 1000;

/** A figure a wrong one seldom equals by chance: not a year, a duration or a small count ("ten seasons"). */
export function rarelyMetByChance(q: Quantity): boolean {
  return q.kind === 'money' || q.kind === 'percent' || (q.kind === 'count' && q.value >= RARE_COUNT);
}

/**
 * A passage that itself states every value of the claim, amid as many of the claim's words as a
 * support with a figure needs (its context counted), or nearly as many as the contradiction
 * (as a support needs against one, CONTRADICTION_MARGIN): the claim's figures are that passage's. A
 * passage with more of the claim's words and another value may measure another thing ("It will
 * be only $1.8 billion", after "our total budget deficit will be one of the lowest", against "our
 * balance of payments deficit has been reduced from $2.8 billion"). Not against a passage that
 * states every word of the claim but the value: that passage is the one the claim restates.
 */
function statesValuesAmidClaim(c: Comparison, contra: Comparison, values: number): boolean {
  return c.factsOwn >= values && (c.coverage >= SUPPORT_COVERAGE_WITH_FIGURE || c.coverage + CONTRADICTION_MARGIN >= contra.coverage);
}

/**
 * Contradictions outweighed by a passage stating the claim's values become related reading (in
 * place: `comparisons` is the check's own list), ranked again, so the hover shows no passage
 * "contradicting" a claim the check did not find contradicted.
 */
function judgedByValues(corpus: Corpus, comparisons: Comparison[], values: readonly Quantity[], framedDateline: number | undefined): void {
  // A frame's date against the source's dateline is a fact about the source: a passage's year is no evidence of it.
  const outweighed = comparisons.filter((c) => c.stance === 'contradicts' && c.passageId !== framedDateline && valueStatedElsewhere(corpus, c, comparisons, values));
  if (outweighed.length > 0) asRelatedReading(comparisons, (c) => outweighed.includes(c));
}

/** The chosen comparisons as related reading, in place (`factMissing`: they state none of the claim's values), ranked again. */
function asRelatedReading(comparisons: Comparison[], chosen: (c: Comparison) => boolean, factMissing = false): void {
  for (const [i, c] of comparisons.entries()) if (chosen(c)) comparisons[i] = { ...c, stance: 'related', conflicts: [], ...(factMissing ? { factMissing } : {}) };
  comparisons.sort(better);
}

/**
 * A cited claim whose cited sources neither bear it out nor contradict it: a figure or date that
 * only a source it does not cite gives otherwise is that source's fact, not a correction of the
 * cited one ("That plan would have guaranteed a family of four $1,600 a year [@nixon]" against
 * Carter's "a typical family of four … $250 a year"). A citation is judged by its source (issue
 * 13): such a comparison becomes related reading, in place, and the claim is unsupported by its
 * citation. Another source's opposite word or name still contradicts it.
 */
function otherSourcesValuesAsReading(corpus: Corpus, comparisons: Comparison[], known: readonly string[]): void {
  const valuesOnly = (c: Comparison): boolean => c.stance === 'contradicts' && c.conflicts.length > 0 && c.conflicts.every((k) => k.kind === 'figure' || k.kind === 'date') && !known.includes(corpus.passageKey(c.passageId));
  // Its value is not the claim's: the passage states a figure of the claim otherwise, so it bears none out.
  if (comparisons.some(valuesOnly)) asRelatedReading(comparisons, valuesOnly, true);
}

/**
 * A passage that bears out every word and value of the claim in its own text: no other passage
 * can outweigh it (`strength` is at its highest), so candidates after it need not be
 * compared, save the cited sources' passages, whose word is weighed first (`pick`), until one
 * of them states it whole. A claim copied from its source is compared with that passage alone
 * (issue 12's budget; issue 16).
 */
function statesWholeClaim(comparison: Comparison): boolean {
  return comparison.stance === 'supports' && comparison.ownCoverage >= 1 - 1e-9 && comparison.missing === 0 && comparison.conflicts.length === 0;
}

/** Compares the claim with each candidate passage and decides the verdict. */
function judge(corpus: Corpus, reading: Reading, known: string[], ids: readonly number[]): SentenceCheck {
  return finishSteps(judgeSteps(corpus, reading, known, ids));
}

/** `judge` with a step after each comparison. */
function* judgeSteps(corpus: Corpus, reading: Reading, known: string[], ids: readonly number[]): Generator<void, SentenceCheck, void> {
  const { analysis, kind } = reading;
  // An opinion is not judged: its best few passages are compared only to show as related reading.
  // A generalisation is judged when one of them states it after all (supports or contradicts it):
  // a passage that states it shares its words, so it is among the best few matches (its copies,
  // synonyms, antonyms and negations in the perturbation suite are found there); comparing every
  // candidate made the full check a twentieth slower and changed no verdict (issue 16).
  const tentative = checkedWhenStated(kind);
  // A claim of when the cited source came out is compared with its dateline (publication.ts).
  const dateline = kind.kind === 'opinion' ? undefined : publicationDateline(corpus, analysis, kind.contentFrom, known);
  // The dateline first: a passage stating the whole claim ends the comparisons after it.
  const compared = kind.kind === 'opinion' ? ids.slice(0, OPINION_EVIDENCE) : dateline ? [dateline.passageId, ...ids.filter((id) => id !== dateline.passageId)] : ids;
  const comparisons: Comparison[] = [];
  let statedWhole = false;
  let citedStatesWhole = false;
  for (const [rank, id] of compared.entries()) {
    const cited = known.includes(corpus.passageKey(id));
    if (statedWhole && rank >= COMPARED_AFTER_WHOLE && (citedStatesWhole || !cited)) continue;
    const comparison = id === dateline?.passageId ? compareWithDateline(corpus, analysis, dateline) : compare(corpus, { analysis, contentFrom: kind.contentFrom, shown: reading.shown, reported: reading.reported, citedKeys: known }, id);
    comparisons.push(comparison);
    const whole = statesWholeClaim(comparison);
    statedWhole ||= whole;
    citedStatesWhole ||= whole && cited;
    yield;
  }
  comparisons.sort(better);
  const stated = tentative && comparisons.some((c) => c.stance !== 'related');

  if (kind.kind === 'opinion' && !stated) {
    return {
      analysis,
      verdict: 'opinion',
      comparisons: comparisons.map((c) => ({ ...c, stance: 'related', conflicts: [] })),
      citedKeys: known,
      citedDisagrees: false,
      explanation: kind.reason ? { ...OPINION_EXPLANATION, analysis: { cue: kind.reason.cue, words: [...kind.reason.words] } } : OPINION_EXPLANATION,
    };
  }
  judgedByValues(corpus, comparisons, analysis.quantities, dateline?.framed === true ? dateline.passageId : undefined);
  const cited = comparisons.filter((c) => known.includes(corpus.passageKey(c.passageId)));
  if (known.length > 0 && !cited.some((c) => c.stance !== 'related')) otherSourcesValuesAsReading(corpus, comparisons, known);
  const citedSupport = cited.find((c) => c.stance === 'supports');
  const citedContra = cited.find((c) => c.stance === 'contradicts');
  const anySupport = comparisons.find((c) => c.stance === 'supports');
  const anyContra = comparisons.find((c) => c.stance === 'contradicts');
  // A frame's date ("Writing on 2 February 2025, …") is a fact of its own, about the source: the
  // dateline that states another decides, whatever passage bears out what the frame reports.
  const framedContra = dateline?.framed === true ? comparisons.find((c) => c.passageId === dateline.passageId && c.stance === 'contradicts') : undefined;
  let [decisive, verdict] = framedContra ? [framedContra, 'contradicted' as const] : pick(corpus, citedSupport, citedContra);
  if (!decisive) [decisive, verdict] = pick(corpus, anySupport, anyContra);
  const ranked = decisive ? [decisive, ...comparisons.filter((c) => c !== decisive)] : comparisons;
  // Only the top comparison's observations are read (below); a long brief keeps every check, so
  // the others' (a third of a check's memory) are let go.
  for (const c of ranked.slice(1)) c.explanation.observations.length = 0;
  return {
    analysis,
    verdict,
    comparisons: ranked,
    decisive,
    citedKeys: known,
    citedDisagrees: known.length > 0 && !citedSupport && !citedContra,
    // The explanation is that of the top evidence: its pieces are substrings of the passage shown first.
    explanation: ranked[0]?.explanation ?? NO_EVIDENCE,
  };
}

/** Coverage below which a passage compared for the claim cannot bear on a one-word correction of it. */
const CORRECTION_REACH = 0.4;

/**
 * Whether a sentence with a correction applied (`corrected` is its prose after the edit, at
 * offset `base`) would be contradicted by another passage its check compared and found near
 * the claim: a fix that only trades one contradiction for another ("open" -> "closed" where
 * another passage says "open") is no fix. Most contradictions have no such passage, and cost
 * nothing here.
 */
export function contradictedAfterCorrection(corpus: Corpus, check: SentenceCheck, corrected: string, base: number): boolean {
  const near = check.comparisons.filter((c) => c.coverage >= CORRECTION_REACH).map((c) => c.passageId);
  if (!near.some((id) => id !== check.decisive?.passageId)) return false;
  return judge(corpus, read(corpus, corrected, base, check.citedKeys.length > 0), check.citedKeys, near).verdict === 'contradicted';
}
