// The claims of a checked brief as one flat list in document order: a sentence's own claims when
// the engine split it into clauses, else the sentence itself. Each carries its section heading,
// its citation keys and the findings made on it. The report and the Claims view list these.
import type { BriefResult, CheckedClaim, CheckedSentence, Citation, Finding, Span } from '../types';
import { headingAt, type Heading } from './headings';

export interface ClaimEntry extends CheckedClaim {
  /** 1-based, in document order within its brief. */
  id: number;
  /** Index of its sentence in the result's `sentences`. */
  sentenceIndex: number;
  /** Cited keys, in order, without repeats. */
  keys: string[];
  /** The heading it sits under; undefined before the first heading. */
  section?: Heading;
  findings: Finding[];
}

function uniqueKeys(citations: readonly Citation[]): string[] {
  return [...new Set(citations.map((citation) => citation.key))];
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start >= b.start && a.start <= b.end);
}

function sentenceClaims(sentence: CheckedSentence): Omit<ClaimEntry, 'id' | 'sentenceIndex' | 'keys' | 'findings' | 'section'>[] {
  if (sentence.claims && sentence.claims.length > 0) return sentence.claims;
  return [sentence];
}

/** The brief's claims in document order, with sections from `headings` and the findings on each. */
export function claimEntries(result: BriefResult, headings: readonly Heading[] = []): ClaimEntry[] {
  const entries: ClaimEntry[] = [];
  const bySentence = new Map<number, ClaimEntry[]>();
  result.sentences.forEach((sentence, sentenceIndex) => {
    const own: ClaimEntry[] = [];
    for (const claim of sentenceClaims(sentence)) {
      const section = headingAt(headings, claim.span.start);
      const entry: ClaimEntry = {
        id: 0,
        sentenceIndex,
        text: claim.text,
        range: claim.range,
        span: claim.span,
        verdict: claim.verdict,
        evidence: claim.evidence,
        corrections: claim.corrections,
        citations: claim.citations,
        ...(claim.explanation && { explanation: claim.explanation }),
        keys: uniqueKeys(claim.citations),
        ...(section && { section }),
        findings: [],
      };
      own.push(entry);
      entries.push(entry);
    }
    bySentence.set(sentenceIndex, own);
  });
  entries.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  entries.forEach((entry, index) => {
    entry.id = index + 1;
  });
  for (const finding of result.findings) {
    const candidates = finding.sentenceIndex === undefined ? entries : (bySentence.get(finding.sentenceIndex) ?? []);
    const owner = candidates.find((entry) => overlaps(finding.span, entry.span)) ?? (finding.sentenceIndex === undefined ? undefined : candidates[0]);
    owner?.findings.push(finding);
  }
  return entries;
}

/** Findings that belong to no claim (e.g. an unknown key in a heading or a list of references). */
export function looseFindings(result: BriefResult, entries: readonly ClaimEntry[]): Finding[] {
  const owned = new Set(entries.flatMap((entry) => entry.findings));
  return result.findings.filter((finding) => !owned.has(finding));
}
