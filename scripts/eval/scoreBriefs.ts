// Scores a labelled brief the way a writer meets it: are planted errors caught with the right code,
// do correct and analysis spans stay clean, are the errors and warnings useful, and would any fix
// offered on a clean span change what it says (issue 13, item 9).
import { BriefChecker, applyEdits, type BriefResult, type Finding, type Fix, type Span } from '../../src/core';
import type { LabelledBrief, LabelledSpan } from './briefLabels';

/** Fixes that change what a statement says; inserting a citation or a suppression comment does not. */
/** What scoring needs of the engine: a check of a text. */
export type Checker = Pick<BriefChecker, 'check'>;

const CONTENT_FIXES = new Set<Fix['kind']>(['replace-value', 'restore-quote', 'swap-citation']);

export interface BriefCounts {
  planted: number;
  caught: number;
  caughtAnyCode: number;
  clean: number;
  keptClean: number;
  cleanFact: number;
  keptCleanFact: number;
  cleanAnalysis: number;
  keptCleanAnalysis: number;
  errorsWarnings: number;
  useful: number;
  fixesOnClean: number;
  harmfulFixes: number;
  madeContradicted: number;
  /** Preferred content fixes offered on planted errors of their finding's code, and those after which the span reads supported. */
  fixesOnErrors: number;
  fixesRestoring: number;
}

export interface BriefDetail {
  /** What went wrong, one line each; absent for a sealed brief. */
  missedErrors: string[];
  flaggedClean: string[];
  uselessFindings: string[];
  harmful: string[];
}

export interface BriefScore {
  name: string;
  sealed: boolean;
  labels: number;
  problems: string[];
  counts: BriefCounts;
  /**
   * What went wrong, counted by class: a missed error by the code expected and the engine's reading
   * ("missed contradicted-figure ← unsupported by coverage"), a finding that is not useful by its
   * code and what it fell on, a harmful fix by its finding's code and kind. Figures only, so sealed
   * briefs show which classes they get wrong without showing a sentence.
   */
  classes: Record<string, number>;
  detail?: BriefDetail;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end || (a.start === a.end && b.start <= a.start && a.start <= b.end);
const isErrorOrWarning = (finding: Finding): boolean => finding.severity === 'error' || finding.severity === 'warning';
const quote = (text: string): string => JSON.stringify(text.length > 90 ? `${text.slice(0, 89)}…` : text);

export function emptyCounts(): BriefCounts {
  return { planted: 0, caught: 0, caughtAnyCode: 0, clean: 0, keptClean: 0, cleanFact: 0, keptCleanFact: 0, cleanAnalysis: 0, keptCleanAnalysis: 0, errorsWarnings: 0, useful: 0, fixesOnClean: 0, harmfulFixes: 0, madeContradicted: 0, fixesOnErrors: 0, fixesRestoring: 0 };
}

/** The engine's reading of a missed span: each overlapping claim's verdict and deciding check, and the label's note. */
function verdictsAt(result: BriefResult, label: LabelledSpan): string {
  const claims = result.sentences.flatMap((sentence) => sentence.claims ?? [sentence]).filter((claim) => overlaps(claim.span, label.span));
  return claims.map((claim) => `${claim.verdict}${claim.explanation ? ` by ${claim.explanation.decidedBy}` : ''}`).join('; ') || 'no claim';
}

function engineReading(result: BriefResult, label: LabelledSpan): string {
  return ` [engine: ${verdictsAt(result, label)}]${label.note ? ` (${label.note.slice(0, 100)})` : ''}`;
}

function countClass(classes: Record<string, number>, kind: string): void {
  classes[kind] = (classes[kind] ?? 0) + 1;
}

/** What a finding that is not useful fell on: a clean fact, analysis, a span expecting another code, or unlabelled text. */
function landedOn(brief: LabelledBrief, finding: Finding): string {
  const label = brief.spans.find((span) => overlaps(finding.span, span.span));
  if (!label) return 'unlabelled text';
  return label.expect === 'clean' ? `clean ${label.kind}` : `a span expecting ${label.expect}`;
}

function scoreLabels(result: BriefResult, spans: LabelledSpan[], flagged: Finding[], counts: BriefCounts, detail: BriefDetail, classes: Record<string, number>): void {
  for (const label of spans) {
    const codes = flagged.filter((finding) => overlaps(finding.span, label.span)).map((finding) => finding.code);
    if (label.expect !== 'clean') {
      counts.planted++;
      if (codes.includes(label.expect as Finding['code'])) counts.caught++;
      else {
        detail.missedErrors.push(`${quote(label.text)} expected ${label.expect}, got ${codes.join(', ') || 'nothing'}${engineReading(result, label)}`);
        countClass(classes, `missed ${label.expect} ← ${codes.length ? codes.join(', ') : verdictsAt(result, label)}`);
      }
      if (codes.length) counts.caughtAnyCode++;
      continue;
    }
    counts.clean++;
    if (label.kind === 'fact') counts.cleanFact++;
    else counts.cleanAnalysis++;
    if (codes.length) {
      detail.flaggedClean.push(`${quote(label.text)} (${label.kind}) got ${codes.join(', ')}`);
      continue;
    }
    counts.keptClean++;
    if (label.kind === 'fact') counts.keptCleanFact++;
    else counts.keptCleanAnalysis++;
  }
}

/** The check that decided the claim a contradiction falls in ("antonym", "negation"): a class of false contradictions, without their sentences. */
function decidedAt(result: BriefResult, finding: Finding): string {
  if (!finding.code.startsWith('contradicted-')) return '';
  const claims = result.sentences.filter((sentence) => overlaps(sentence.span, finding.span)).flatMap((sentence) => sentence.claims ?? [sentence]);
  const decidedBy = claims.find((claim) => overlaps(claim.span, finding.span))?.explanation?.decidedBy;
  return decidedBy ? ` (by ${decidedBy})` : '';
}

function scoreFindings(brief: LabelledBrief, result: BriefResult, flagged: Finding[], counts: BriefCounts, detail: BriefDetail, classes: Record<string, number>): void {
  for (const finding of flagged) {
    counts.errorsWarnings++;
    if (brief.spans.some((label) => label.expect === finding.code && overlaps(finding.span, label.span))) counts.useful++;
    else {
      detail.uselessFindings.push(`${finding.code} on ${quote(brief.text.slice(finding.span.start, finding.span.end))}`);
      countClass(classes, `not useful ${finding.code}${decidedAt(result, finding)} on ${landedOn(brief, finding)}`);
    }
  }
}

/** The verdict of the sentence covering `span` (the worst when several do). */
function verdictAt(result: BriefResult, span: Span): string | undefined {
  const covering = result.sentences.filter((sentence) => overlaps(sentence.span, span));
  if (covering.some((sentence) => sentence.verdict === 'contradicted')) return 'contradicted';
  return covering[0]?.verdict;
}

/** Where a span sits after edits made elsewhere in the text (an edit inside it stretches it). */
function shifted(span: Span, edits: Fix['edits']): Span {
  let { start, end } = span;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    const delta = edit.newText.length - (edit.span.end - edit.span.start);
    if (edit.span.end <= start) { start += delta; end += delta; } else if (edit.span.start < end) end += delta;
  }
  return { start, end: Math.max(start, end) };
}

function scoreFixes(checker: Checker, brief: LabelledBrief, result: BriefResult, counts: BriefCounts, detail: BriefDetail, classes: Record<string, number>): void {
  for (const label of brief.spans.filter((span) => span.expect === 'clean')) {
    const before = verdictAt(result, label.span);
    for (const finding of result.findings) {
      for (const fix of finding.fixes) {
        if (!fix.edits.some((edit) => overlaps(edit.span, label.span)) || fix.kind === 'suppress') continue;
        counts.fixesOnClean++;
        let harmful = CONTENT_FIXES.has(fix.kind);
        if (fix.isPreferred) {
          const after = checker.check(applyEdits(brief.text, fix.edits), `${brief.name}#fix`, counts.fixesOnClean);
          if (before === 'supported' && verdictAt(after, shifted(label.span, fix.edits)) === 'contradicted') {
            counts.madeContradicted++;
            harmful = true;
          }
        }
        if (!harmful) continue;
        counts.harmfulFixes++;
        detail.harmful.push(`${finding.code} fix "${fix.title}" on clean ${quote(label.text)}`);
        countClass(classes, `harmful ${fix.kind} fix of ${finding.code} on clean ${label.kind}`);
      }
    }
  }
}

/**
 * Whether the fixes offered on planted errors correct them: a preferred content fix on a span
 * expecting its finding's code, applied, should leave the span supported. A fix withheld where it
 * would have been right shows here as a lower count, a wrong one on a clean span as harmful.
 */
function scoreCorrections(checker: Checker, brief: LabelledBrief, result: BriefResult, counts: BriefCounts): void {
  for (const label of brief.spans.filter((span) => span.expect !== 'clean')) {
    for (const finding of result.findings.filter((found) => found.code === label.expect && overlaps(found.span, label.span))) {
      for (const fix of finding.fixes.filter((offered) => offered.isPreferred && CONTENT_FIXES.has(offered.kind))) {
        counts.fixesOnErrors++;
        const after = checker.check(applyEdits(brief.text, fix.edits), `${brief.name}#correction`, counts.fixesOnErrors);
        if (verdictAt(after, shifted(label.span, fix.edits)) === 'supported') counts.fixesRestoring++;
      }
    }
  }
}

export function scoreBrief(checker: Checker, brief: LabelledBrief): BriefScore {
  const result = checker.check(brief.text, brief.name, 1);
  const flagged = result.findings.filter(isErrorOrWarning);
  const counts = emptyCounts();
  const detail: BriefDetail = { missedErrors: [], flaggedClean: [], uselessFindings: [], harmful: [] };
  const classes = {} as Record<string, number>;
  scoreLabels(result, brief.spans, flagged, counts, detail, classes);
  scoreFindings(brief, result, flagged, counts, detail, classes);
  scoreFixes(checker, brief, result, counts, detail, classes);
  scoreCorrections(checker, brief, result, counts);
  const score: BriefScore = { name: brief.name, sealed: brief.sealed, labels: brief.spans.length, problems: brief.problems, counts, classes };
  return brief.sealed ? score : { ...score, detail };
}

export function addCounts(total: BriefCounts, more: BriefCounts): void {
  for (const key of Object.keys(total) as (keyof BriefCounts)[]) total[key] += more[key];
}

export function addClasses(total: Record<string, number>, more: Readonly<Record<string, number>>): void {
  for (const [kind, count] of Object.entries(more)) total[kind] = (total[kind] ?? 0) + count;
}
