// JSON output, the shape documented in the README:
// {"version","files":[{"file","sentences":[{…,"claims":[...]}],"findings":[...]}],"problems":[{"file","message","range"?}]}
import type { CheckedClaim, CheckedSentence, Evidence, Finding, Problem, Range } from '../../core';
import { displayPath } from '../paths';
import { sortedFindings, type CheckReport } from '../report';

/**
 * Version of the JSON shape, raised when a field changes meaning or goes away (adding one does
 * not). 2: sentences list their claims.
 */
export const JSON_VERSION = 2;

/** With `explain`, every sentence and claim carries why its verdict was reached (`explanation`). */
export function formatCheckJson(report: CheckReport, cwd: string, explain = false): string {
  const output = {
    version: JSON_VERSION,
    files: report.briefs.map(({ file, result }) => ({
      file: displayPath(file, cwd),
      sentences: result.sentences.map((sentence) => jsonSentence(sentence, cwd, explain)),
      findings: sortedFindings(result).map(jsonFinding),
    })),
    problems: jsonProblems([...(report.projectProblems ?? []), ...report.problems], cwd),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

/** A problem's range, when it has one, is zero-based like a finding's. */
export function jsonProblems(problems: Problem[], cwd: string): { file: string; message: string; range?: Range }[] {
  return problems.map((problem) => ({
    file: displayPath(problem.file, cwd),
    message: problem.message,
    ...(problem.range && { range: jsonRange(problem.range) }),
  }));
}

function jsonSentence(sentence: CheckedSentence, cwd: string, explain: boolean) {
  return { ...jsonClaim(sentence, cwd, explain), claims: (sentence.claims ?? []).map((claim) => jsonClaim(claim, cwd, explain)) };
}

function jsonClaim(claim: CheckedClaim | CheckedSentence, cwd: string, explain: boolean) {
  return {
    text: claim.text,
    range: jsonRange(claim.range),
    verdict: claim.verdict,
    evidence: claim.evidence.map((evidence) => jsonEvidence(evidence, cwd)),
    corrections: claim.corrections.map(({ claimed, source }) => ({ claimed, source })),
    citations: claim.citations.map(({ key, prefix, locator }) => ({ key, ...(prefix ? { prefix } : {}), ...(locator ? { locator } : {}) })),
    ...(explain && claim.explanation ? { explanation: claim.explanation } : {}),
  };
}

function jsonEvidence(evidence: Evidence, cwd: string) {
  const { key, start, end, text, stance, page, section } = evidence;
  return { key, file: displayPath(evidence.file, cwd), start, end, text, stance, ...(page !== undefined && { page }), ...(section !== undefined && { section }) };
}

function jsonFinding(finding: Finding) {
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    range: jsonRange(finding.range),
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((edit) => ({ range: jsonRange(edit.range), newText: edit.newText })),
    })),
  };
}

function jsonRange(range: Range): Range {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}
