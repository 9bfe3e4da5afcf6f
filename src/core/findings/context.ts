// What every rule sees: the parsed brief, each sentence's check, the corpus, and helpers
// that turn offsets into findings and fixes.
import type { BriefUnit, ParsedBrief } from '../brief/parse';
import { FINDING_REGISTRY } from './registry';
import type { Corpus } from '../corpus/corpus';
import type { Evidence, Finding, FindingCode, Fix, Severity, Span, TextEdit } from '../types';
import type { SentenceCheck } from '../verify/verify';

/** One claim of a sentence (the whole sentence when it holds one), with its check. */
export interface SentenceContext {
  /** Index of the sentence in the brief. */
  index: number;
  /** Index of the claim in its sentence. */
  claimIndex: number;
  /** The claim: its span, text, prose and the citations that apply to it. */
  sentence: BriefUnit;
  check: SentenceCheck;
  evidence: Evidence[];
}

export interface RuleContext {
  brief: ParsedBrief;
  corpus: Corpus;
  sentences: SentenceContext[];
  /** Every claim of the brief's sentence `index`, whichever of them a stepped rule is reading. */
  claimsOfSentence(index: number): readonly SentenceContext[];
  /** Whether a sentence with a fix applied (its prose after the edit, at `base`) would still be contradicted; remembered by the checker. */
  contradictedAfterFix(check: SentenceCheck, corrected: string, base: number): boolean;
}

export type Rule = (context: RuleContext) => Finding[];

/** Each code's default severity, from the registry. */
export const DEFAULT_SEVERITY = Object.fromEntries(FINDING_REGISTRY.map((entry) => [entry.code, entry.severity])) as Record<FindingCode, Severity>;

export function edit(brief: ParsedBrief, span: Span, newText: string): TextEdit {
  return { range: brief.lines.rangeOf(span), span, newText };
}

/**
 * An inline comment that silences this code on the finding's line: above the line when the line
 * starts a block, else at the line's end (a comment line inside a paragraph would split it).
 */
export function suppressFix(brief: ParsedBrief, code: FindingCode, span: Span): Fix {
  const line = brief.lines.positionAt(span.start).line;
  const lineStart = brief.lines.lineStart(line);
  const title = `Suppress ${code} on this line`;
  if (line > 0 && !startsBlock(brief, line)) {
    const lineEnd = lineEndOffset(brief, line);
    return { title, kind: 'suppress', edits: [edit(brief, { start: lineEnd, end: lineEnd }, ` <!-- brief-lens-disable-line ${code} -->`)], isPreferred: false, safe: false };
  }
  const indent = /^[ \t]*/.exec(brief.text.slice(lineStart))?.[0] ?? '';
  const eol = lineBreakOf(brief);
  return {
    title,
    kind: 'suppress',
    edits: [edit(brief, { start: lineStart, end: lineStart }, `${indent}<!-- brief-lens-disable-next-line ${code} -->${eol}`)],
    isPreferred: false,
    safe: false,
  };
}

const lineBreaks = new WeakMap<ParsedBrief, string>();

/** The brief's line break (CRLF if it has any): read once per brief, not once per finding (a scan of the whole text). */
function lineBreakOf(brief: ParsedBrief): string {
  let eol = lineBreaks.get(brief);
  if (eol === undefined) lineBreaks.set(brief, (eol = brief.text.includes('\r\n') ? '\r\n' : '\n'));
  return eol;
}

/** Whether a comment line can go above this line without splitting a paragraph, list or table. */
function startsBlock(brief: ParsedBrief, line: number): boolean {
  const previous = brief.text.slice(brief.lines.lineStart(line - 1), brief.lines.lineStart(line));
  return previous.trim() === '';
}

/** Offset of the end of a line's text, before its line break. */
function lineEndOffset(brief: ParsedBrief, line: number): number {
  return brief.lines.offsetAt({ line, character: Number.MAX_SAFE_INTEGER });
}

/** Where a citation for a sentence goes: before its closing punctuation. */
export function citationInsertPoint(sentence: BriefUnit): number {
  const m = /[.!?…]["'”’)\]]*$/.exec(sentence.text);
  return sentence.span.start + (m ? m.index : sentence.text.length);
}

export function insertCitationFix(brief: ParsedBrief, sentence: BriefUnit, key: string, preferred: boolean): Fix {
  const at = citationInsertPoint(sentence);
  return {
    title: `Cite [@${key}]`,
    kind: 'insert-citation',
    edits: [edit(brief, { start: at, end: at }, ` [@${key}]`)],
    isPreferred: preferred,
    safe: true,
  };
}

export function finding(
  brief: ParsedBrief,
  code: FindingCode,
  span: Span,
  message: string,
  fixes: Fix[],
  extra: { sentenceIndex?: number; evidence?: Evidence } = {},
): Finding {
  return {
    code,
    severity: DEFAULT_SEVERITY[code],
    message,
    range: brief.lines.rangeOf(span),
    span,
    targetText: brief.text.slice(span.start, span.end),
    ...extra,
    fixes: [...fixes, suppressFix(brief, code, span)],
  };
}

/** Longest value quoted in a message: a message is one line a writer reads at a glance. */
export const MAX_QUOTED = 60;

/** Quotes a short value (a figure, a name, a quotation) for a message, cut around its middle when long. */
export function quoteValue(text: string, max = MAX_QUOTED): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return `“${clean}”`;
  const half = Math.floor((max - 1) / 2);
  return `“${clean.slice(0, half)}…${clean.slice(clean.length - half)}”`;
}

/** Quotes source text for a message, shortened at its end when long. */
export function quote(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `“${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}”`;
}

/** A source as a message names it: by its key, which is what the brief cites. */
export function sourceLabel(key: string): string {
  return `[@${key}]`;
}

/** Evidence from one passage of the corpus, for a finding about it (a misquote's passage). */
export function passageEvidence(corpus: Corpus, passageId: number, start: number, end: number, stance: Evidence['stance']): Evidence {
  const passage = corpus.passage(passageId);
  const text = corpus.sourceText(passage.key) ?? passage.text;
  return { key: passage.key, file: passage.file, start, end, text: text.slice(start, end), stance, range: corpus.rangeIn(passage.key, start, end), score: 0, passageId };
}

/** The evidence a finding shows, with the words it is about (for an excerpt cut around them). */
export function focused(evidence: Evidence | undefined, focus: string | undefined): Evidence | undefined {
  if (!evidence) return undefined;
  return focus ? { ...evidence, focus } : evidence;
}
