// JSON output, the shape documented in the README:
// {"files":[{"file","sentences":[...],"findings":[...]}],"problems":[{"file","message","range"?}]}
import type { CheckedSentence, Evidence, Finding, Problem, Range } from '../../core';
import { displayPath } from '../paths';
import { sortedFindings, type CheckReport } from '../report';

/** With `explain`, every sentence carries why its verdict was reached (`explanation`). */
export function formatCheckJson(report: CheckReport, cwd: string, explain = false): string {
  const output = {
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
  return {
    text: sentence.text,
    range: jsonRange(sentence.range),
    verdict: sentence.verdict,
    evidence: sentence.evidence.map((evidence) => jsonEvidence(evidence, cwd)),
    corrections: sentence.corrections.map(({ claimed, source }) => ({ claimed, source })),
    ...(explain && sentence.explanation ? { explanation: sentence.explanation } : {}),
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
