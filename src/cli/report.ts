// What one `check` run produced, handed to a formatter.
import { problemPosition, type BriefResult, type Evidence, type Finding, type Problem } from '../core';
import { displayPath } from './paths';

export interface CheckedBrief {
  /** Absolute path of the brief. */
  file: string;
  /** The brief's text as checked (the HTML report shows it). */
  text?: string;
  result: BriefResult;
}

export interface CheckReport {
  briefs: CheckedBrief[];
  /** Corpus problems. */
  problems: Problem[];
  /** Briefs that could not be read (reported on stderr; SARIF lists them too). */
  failures: Problem[];
}

/** `file:line:col` (1-based, as compilers print it) when the problem has a position, else the file. */
export function problemLocation(problem: Problem, cwd: string): string {
  return `${displayPath(problem.file, cwd)}${problemPosition(problem)}`;
}

/** The evidence a finding rests on: its own, else the best passage of its sentence. */
export function findingEvidence(result: BriefResult, finding: Finding): Evidence | undefined {
  if (finding.evidence) return finding.evidence;
  if (finding.sentenceIndex === undefined) return undefined;
  return result.sentences[finding.sentenceIndex]?.evidence[0];
}

/** Findings in document order. */
export function sortedFindings(result: BriefResult): Finding[] {
  return [...result.findings].sort(
    (a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** One line of text, at most `max` characters. */
export function oneLine(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
