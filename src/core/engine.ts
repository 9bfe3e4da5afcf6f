// The checker the CLI and the extension call: "this document, this version" in, findings out.
// Sentence verdicts are memoised by their text and citations, so after an edit only the
// sentences that changed are verified again.
import { editedMask, reparseBrief } from './brief/incremental';
import { briefFromMask, type BriefSentence, type BriefUnit, type ParsedBrief } from './brief/parse';
import { briefFromMaskInSteps, parseBriefInSteps } from './brief/steps';
import type { Corpus } from './corpus/corpus';
import type { LineIndex } from './text/positions';
import { type Rule, type RuleContext, type SentenceContext } from './findings/context';
import { citationLocatorRule } from './findings/rules/citationLocator';
import { citationMismatchRule } from './findings/rules/citationMismatch';
import { considerCitingRule } from './findings/rules/considerCiting';
import { contradictionRule } from './findings/rules/contradiction';
import { inconsistentFactRule, inconsistentFactSteps } from './findings/rules/inconsistentFact';
import { misquoteRule } from './findings/rules/misquote';
import { noTextRule } from './findings/rules/noText';
import { supportedUncitedRule } from './findings/rules/supportedUncited';
import { unknownCitationRule } from './findings/rules/unknownCitation';
import { unsupportedRule } from './findings/rules/unsupported';
import type { BriefResult, CheckedClaim, CheckedSentence, Citation, Correction, Evidence, Finding, FindingCode, Severity, Verdict } from './types';
import type { Comparison } from './verify/compare';
import { BoundedCache } from './boundedCache';
import { SentenceMemo, sentenceKey } from './sentenceMemo';
import { withoutFalseContradiction } from './findings/sameRole';
import { withinRow } from './findings/rowContext';
import { FindingsBySentence, settledInSteps } from './findings/settle';
import { finishSteps, TimeSlices } from './timeSlices';
import { reservePassageAnalyses } from './claims/passageAnalysis';
import { contradictedAfterCorrection, type SentenceCheck } from './verify/verify';

export const RULES: readonly Rule[] = [
  contradictionRule,
  misquoteRule,
  citationMismatchRule,
  citationLocatorRule,
  unknownCitationRule,
  noTextRule,
  unsupportedRule,
  inconsistentFactRule,
  supportedUncitedRule,
  considerCitingRule,
];

/**
 * Rules whose findings for a claim depend on that claim alone (they read each claim in turn and
 * nothing across claims): run on a few claims at a time, so that checkInSlices can yield between
 * them. The others compare claims (inconsistent-fact, in steps of its own: STEPPED_RULES) or
 * read the brief's citations (unknown-citation).
 */
export const PER_CLAIM_RULES: ReadonlySet<Rule> = new Set([
  contradictionRule,
  misquoteRule,
  citationMismatchRule,
  citationLocatorRule,
  noTextRule,
  unsupportedRule,
  supportedUncitedRule,
  considerCitingRule,
]);

/** Rules that compare claims, in steps between which checkInSlices yields: the same findings as the rule. */
const STEPPED_RULES: ReadonlyMap<Rule, (context: RuleContext) => Generator<void, Finding[], void>> = new Map([[inconsistentFactRule, inconsistentFactSteps]]);

/**
 * Claims (or sentences) the finding rules and the result read between two chances to yield: at
 * 256 a step of the rules took 55 to 71 ms of CPU on a 1 MB brief, four times the slice, and at
 * 64 the contradiction rule's steps still took 35 to 100 ms (each contradiction's fix is judged
 * again); at 16 its longest step is about 12 ms. The findings do not depend on it.
 */
export const CLAIMS_PER_STEP = 16;

/**
 * Per-claim rules whose claims cost more than the rest, and how many of their claims a step
 * reads: the contradiction rule verifies each of a contradiction's fixes again (a sentence's whole
 * verification each), so sixteen claims of a 10 MB brief took up to 54 ms in one step.
 */
const CLAIMS_PER_STEP_OF: ReadonlyMap<Rule, number> = new Map([[contradictionRule, 1]]);

/** How many claims a step of a per-claim rule reads. */
export function claimsPerStepOf(rule: Rule, claimsPerStep: number): number {
  return Math.min(claimsPerStep, CLAIMS_PER_STEP_OF.get(rule) ?? claimsPerStep);
}

/** Citations placed (a line and column found for each) per claim of a step: a cheap pass, so many at a time. */
export const CITATIONS_PER_CLAIM_STEP = 16;

/** Where the rules' findings go, in the order the rules give them (an array, or findings gathered by sentence). */
export interface FindingSink {
  push(finding: Finding): void;
}

/**
 * The rules' findings in the order the rules give them, into `found`, in steps between which the
 * caller may yield: each rule in turn, a per-claim rule `claimsPerStep` claims at a time (the
 * same findings in the same order as over all claims at once).
 */
export function* findingSteps(context: RuleContext, found: FindingSink, claimsPerStep = CLAIMS_PER_STEP): Generator<void, void, void> {
  for (const rule of RULES) {
    const stepped = STEPPED_RULES.get(rule);
    if (!PER_CLAIM_RULES.has(rule)) {
      for (const f of stepped ? yield* stepped(context) : rule(context)) found.push(f);
      yield;
      continue;
    }
    const size = claimsPerStepOf(rule, claimsPerStep);
    for (let from = 0; from < context.sentences.length; from += size) {
      for (const f of rule({ ...context, sentences: context.sentences.slice(from, from + size) })) found.push(f);
      yield;
    }
  }
}

export interface CheckOptions {
  /** Per-code severity; 'off' drops the finding. */
  severities?: Partial<Record<FindingCode, Severity | 'off'>>;
  /** Claims the finding rules read between two chances to yield (CLAIMS_PER_STEP); the findings do not depend on it. */
  claimsPerStep?: number;
}

const MAX_EVIDENCE = 3;
/** Fix verdicts kept per checker: a brief's contradictions and their recent edits. */
const FIX_VERDICTS = 500;

export class BriefChecker {
  private readonly sentences: SentenceMemo;
  private readonly results = new Map<string, BriefResult>();
  private readonly parsed = new Map<string, ParsedBrief>();
  private readonly evidenceMemo = new WeakMap<readonly Comparison[], Evidence[]>();
  private readonly resultTexts = new WeakMap<BriefResult, string>();
  private readonly fixVerdicts = new BoundedCache<string, boolean>(FIX_VERDICTS);
  /** A table row's check with its column words, holding only what lies inside the row (findings/rowContext). */
  private readonly withinRows = new WeakMap<SentenceCheck, SentenceCheck>();

  constructor(
    readonly corpus: Corpus,
    private readonly options: CheckOptions = {},
  ) {
    // A contradiction that is not the same statement is no error (findings/sameRole.ts): decided
    // once per sentence, where it was verified, not again each time an edit above moves it.
    this.sentences = new SentenceMemo(corpus, (check) => withoutFalseContradiction(corpus, check));
  }

  /**
   * Whether a sentence with a fix applied would still be contradicted, by another passage its
   * check compared. Position-independent, so kept by text: a re-check after an edit elsewhere reuses it.
   */
  private contradictedAfterFix(check: SentenceCheck, corrected: string, base: number): boolean {
    return this.fixVerdicts.get(sentenceKey(corrected, check.citedKeys), () => contradictedAfterCorrection(this.corpus, check, corrected, base));
  }

  /** The last result for a brief, if it was checked at this version. */
  cached(uri: string, version: number): BriefResult | undefined {
    const r = this.results.get(uri);
    return r && r.version === version ? r : undefined;
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.parsed.delete(uri);
  }

  check(text: string, uri: string, version: number): BriefResult {
    return this.resultFor(text, uri, version) ?? this.resultOf(this.parse(text, uri), uri, version);
  }

  /** Verifies what the memo lacks, runs the rules and keeps the result of `brief` at this version. */
  private resultOf(brief: ParsedBrief, uri: string, version: number): BriefResult {
    return finishSteps(this.resultSteps(brief, uri, version));
  }

  /** `resultOf` in steps of about CLAIMS_PER_STEP claims, between which checkInSlices yields. */
  private *resultSteps(brief: ParsedBrief, uri: string, version: number): Generator<void, BriefResult, void> {
    const perStep = Math.max(1, this.options.claimsPerStep ?? CLAIMS_PER_STEP);
    // The unit of checking is the claim: a sentence's clauses that each state their own fact.
    const claims: SentenceContext[] = [];
    for (let index = 0; index < brief.sentences.length; index++) {
      for (const [claimIndex, claim] of (brief.sentences[index]?.claims ?? []).entries()) {
        const check = this.verify(claim);
        claims.push({ index, claimIndex, sentence: claim, check, evidence: this.evidenceOf(check) });
        if (claims.length % perStep === 0) yield;
      }
    }
    const bySentence: SentenceContext[][] = brief.sentences.map(() => []);
    for (const c of claims) bySentence[c.index]?.push(c);
    const context: RuleContext = {
      brief,
      corpus: this.corpus,
      sentences: claims,
      claimsOfSentence: (index) => bySentence[index] ?? [],
      contradictedAfterFix: (check, corrected, base) => this.contradictedAfterFix(check, corrected, base),
    };
    const found = new FindingsBySentence(brief.sentences.map((s) => s.span.start));
    yield* findingSteps(context, found, perStep);
    const kept = yield* settledInSteps(found, (f) => this.shownAs(f, brief), perStep);
    const citations: Citation[] = [];
    const byStart = new Map<number, Citation>();
    for (const c of brief.citations) {
      const citation = { ...c, range: brief.lines.rangeOf(c.span) };
      citations.push(citation);
      byStart.set(c.span.start, citation);
      if (citations.length % (perStep * CITATIONS_PER_CLAIM_STEP) === 0) yield;
    }
    const placed: Placed = { lines: brief.lines, citations: byStart };
    const sentences: CheckedSentence[] = [];
    for (const [index, sentence] of brief.sentences.entries()) {
      sentences.push(checkedSentence(sentence, bySentence[index] ?? [], placed));
      if (sentences.length % perStep === 0) yield;
    }
    const result: BriefResult = { uri, version, sentences, findings: kept, citations };
    this.results.set(uri, result);
    this.resultTexts.set(result, brief.text);
    return result;
  }

  /** A rule's finding as shown: at the severity configured (a rule may lower its code's default for a weaker case), or undefined when off or suppressed. */
  private shownAs(finding: Finding, brief: ParsedBrief): Finding | undefined {
    const severity = this.options.severities?.[finding.code] ?? finding.severity;
    if (severity === 'off' || brief.suppressions.isSuppressed(finding.code, finding.range.start.line)) return undefined;
    return { ...finding, severity };
  }

  /**
   * The same result as `check`, with the sentences verified in slices of about `sliceMs` and
   * the event loop free in between: the first check of a long brief takes hundreds of
   * milliseconds, which an editor must not spend in one go. Resolves to undefined when
   * `isCancelled` says so between two slices (a newer edit has come). `onSlice` is told the
   * length in milliseconds of each slice as it ends.
   */
  async checkInSlices(text: string, uri: string, version: number, options: { sliceMs?: number; isCancelled?: () => boolean; onSlice?: (ms: number) => void } = {}): Promise<BriefResult | undefined> {
    const hit = this.resultFor(text, uri, version);
    if (hit) return hit;
    const slices = new TimeSlices(options.sliceMs, options.onSlice ? { onSlice: options.onSlice } : {});
    // The parse too: remark reads about half a megabyte a second (brief/steps.ts).
    const parsed = await slices.finish(this.parseInSteps(text, uri), options.isCancelled);
    if (!parsed) return undefined;
    const brief = parsed.value;
    for (const claim of brief.sentences.flatMap((s) => s.claims)) {
      // A sentence's first verification compares some twenty passages: a step each, not one in all.
      if (await slices.stopsAfterPause(options.isCancelled)) return undefined;
      if (!(await slices.finish(this.verifySteps(claim), options.isCancelled))) return undefined;
    }
    if (options.isCancelled?.()) return undefined;
    // Every sentence is in the memo now; the rules and the result are made in slices too.
    return (await slices.finish(this.resultSteps(brief, uri, version), options.isCancelled))?.value;
  }

  /** The result already made for this text at this version. */
  private resultFor(text: string, uri: string, version: number): BriefResult | undefined {
    const hit = this.cached(uri, version);
    // The same version with another text (a brief checked from disk as version 0, a document
    // reopened at version 1) is a new check.
    return hit && this.resultTexts.get(hit) === text ? hit : undefined;
  }

  private parse(text: string, uri: string): ParsedBrief {
    // After a small edit the previous parse is reused (brief/incremental.ts).
    const previous = this.parsed.get(uri);
    // In pieces, as checkInSlices parses (the same brief): remark's parse of one whole tree grows
    // faster than the text (a 10 MB brief took 35 s in one tree, 24 to 30 s in 4 KB pieces).
    return this.parsedNow(uri, previous ? reparseBrief(previous, text) : finishSteps(parseBriefInSteps(text)));
  }

  /** `parse` in steps, between which the caller may yield: the same brief. */
  private *parseInSteps(text: string, uri: string): Generator<void, ParsedBrief, void> {
    const previous = this.parsed.get(uri);
    if (previous?.text === text) return this.parsedNow(uri, previous);
    const mask = previous ? editedMask(previous, text) : undefined;
    const stepped = mask ? yield* briefFromMaskInSteps(text, mask) : undefined;
    return this.parsedNow(uri, stepped ?? (mask ? briefFromMask(text, mask) : yield* parseBriefInSteps(text)));
  }

  private parsedNow(uri: string, brief: ParsedBrief): ParsedBrief {
    this.parsed.set(uri, brief);
    this.sentences.reserve(brief.sentences.length);
    reservePassageAnalyses(this.corpus, brief.sentences.length);
    return brief;
  }

  private verify(sentence: BriefUnit): SentenceCheck {
    return finishSteps(this.verifySteps(sentence));
  }

  /** `verify` in steps: those of each first verification (none for a memoised sentence), for checkInSlices. */
  private *verifySteps(sentence: BriefUnit): Generator<void, SentenceCheck, void> {
    // Memoised by text and citations, not position: an edit early in a brief does not
    // re-verify the sentences after it.
    const plain = yield* this.sentences.checkSteps(sentence.prose, sentence.span.start, sentence.citations.map((c) => c.key), sentence.framed);
    const context = [...(sentence.columnWords ?? []), ...(sentence.antecedent ? [sentence.antecedent] : [])];
    if (context.length === 0 || plain.verdict === 'supported') return plain;
    // A table row read with its column headers' words after it ("£40 million" under "Funding"),
    // a relative clause with its antecedent: they add meaning when they let a passage decide; a
    // source that leaves them unsaid does not make the claim less supported.
    const check = yield* this.sentences.checkSteps(`${sentence.prose} ; ${context.join(' ; ')}`, sentence.span.start, sentence.citations.map((c) => c.key), sentence.framed);
    let columns = this.withinRows.get(check);
    if (!columns) {
      columns = withinRow(this.corpus, check, sentence.span.end);
      this.withinRows.set(check, columns);
    }
    // A claim its own words already contradict keeps that reading: the added words may draw in
    // another passage ("Evidence point" under a row's header), not a better one.
    if (columns.verdict === 'supported' || (columns.verdict === 'contradicted' && plain.verdict !== 'contradicted')) return columns;
    return plain;
  }

  private evidenceOf(check: SentenceCheck): Evidence[] {
    // Evidence depends only on the comparisons (source-side), which a moved check shares.
    let evidence = this.evidenceMemo.get(check.comparisons);
    if (!evidence) {
      const shown = check.comparisons.filter((c) => c.stance !== 'related' || c.coverage > 0).slice(0, MAX_EVIDENCE);
      evidence = shown.map((c) => this.evidence(c));
      this.evidenceMemo.set(check.comparisons, evidence);
    }
    return [...evidence];
  }

  private evidence(c: Comparison): Evidence {
    const p = this.corpus.passage(c.passageId);
    const text = this.corpus.sourceText(p.key) ?? p.text;
    return {
      key: p.key,
      file: p.file,
      start: c.evidenceStart,
      end: c.evidenceEnd,
      text: text.slice(c.evidenceStart, c.evidenceEnd),
      stance: c.stance,
      range: this.corpus.rangeIn(p.key, c.evidenceStart, c.evidenceEnd),
      score: Math.round(c.coverage * 1000) / 1000,
      passageId: p.id,
      ...this.corpus.locate(p.key, c.evidenceStart),
    };
  }
}

/** Worst first: a sentence's verdict is the worst of its claims'. */
const VERDICT_RANK: Record<Verdict, number> = { contradicted: 3, unsupported: 2, supported: 1, opinion: 0 };

/** The brief's lines and its citations by where their key starts (a sentence lists the brief's own citation objects). */
interface Placed {
  lines: LineIndex;
  citations: ReadonlyMap<number, Citation>;
}

function citationsOf(unit: BriefUnit, placed: Placed): Citation[] {
  return unit.citations.map((c) => placed.citations.get(c.span.start) ?? { ...c, range: placed.lines.rangeOf(c.span) });
}

function checkedClaim(s: SentenceContext, placed: Placed): CheckedClaim {
  const lines = placed.lines;
  const corrections: Correction[] = (s.check.verdict === 'contradicted' ? s.check.decisive?.conflicts ?? [] : []).map((k) => ({
    kind: k.kind,
    claimed: k.claimed.text,
    source: k.source.text,
    span: { start: k.claimed.start, end: k.claimed.end },
    range: lines.rangeOf({ start: k.claimed.start, end: k.claimed.end }),
    ...(k.negation ? { negation: k.negation } : {}),
  }));
  return {
    text: s.sentence.text,
    range: lines.rangeOf(s.sentence.span),
    span: s.sentence.span,
    verdict: s.check.verdict,
    evidence: s.evidence,
    corrections,
    citations: citationsOf(s.sentence, placed),
    ...(s.check.explanation ? { explanation: s.check.explanation } : {}),
  };
}

/** A sentence with its claims: its verdict and evidence are those of its worst claim. */
function checkedSentence(sentence: BriefSentence, claims: readonly SentenceContext[], placed: Placed): CheckedSentence {
  const lines = placed.lines;
  const checked = claims.map((c) => checkedClaim(c, placed));
  let worst = checked[0];
  for (const c of checked) if (worst && VERDICT_RANK[c.verdict] > VERDICT_RANK[worst.verdict]) worst = c;
  return {
    text: sentence.text,
    range: lines.rangeOf(sentence.span),
    span: sentence.span,
    verdict: worst?.verdict ?? 'opinion',
    evidence: worst ? [...worst.evidence] : [],
    corrections: checked.flatMap((c) => c.corrections),
    citations: citationsOf(sentence, placed),
    ...(worst?.explanation ? { explanation: worst.explanation } : {}),
    claims: checked,
  };
}
