// Text output, like a linter's: `file:line:col severity code message`, then the evidence quoted.
import { excerpt, type Evidence, type Severity } from '../../core';
import { displayPath } from '../paths';
import { findingEvidence, oneLine, sortedFindings, type CheckReport } from '../report';
import { escapeControls as safe } from './escape';

export function formatCheckText(report: CheckReport, cwd: string): string {
  if (report.briefs.length === 0) return '';
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let sentences = 0;
  for (const { file, result } of report.briefs) {
    const shown = safe(displayPath(file, cwd));
    sentences += result.sentences.length;
    for (const finding of sortedFindings(result)) {
      counts[finding.severity] += 1;
      const { line, character } = finding.range.start;
      lines.push(`${shown}:${line + 1}:${character + 1} ${finding.severity} ${finding.code} ${safe(oneLine(finding.message, 500))}`);
      const evidence = findingEvidence(result, finding);
      if (evidence) {
        const where = safe(evidenceWhere(evidence, cwd));
        lines.push(`    evidence (${evidence.stance}) [@${safe(evidence.key)}] ${where}: "${safe(excerpt(evidence.text, evidence.focus))}"`);
      }
      const fix = finding.fixes.find((candidate) => candidate.isPreferred && candidate.kind !== 'suppress');
      if (fix) lines.push(`    fix: ${safe(oneLine(fix.title, 200))}`);
    }
  }
  const briefs = report.briefs.length;
  const summary = [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    `${counts.information} info`,
    plural(counts.hint, 'hint'),
  ].join(', ');
  if (lines.length > 0) lines.push('');
  lines.push(`${summary} in ${plural(briefs, 'brief')} (${plural(sentences, 'sentence')} checked)`);
  return `${lines.join('\n')}\n`;
}

/**
 * `file:line:col` of a text source; `file p. 12` of a paged one and `file § Heading` of a web
 * page or Word file, whose lines are the extracted text's, not the file's.
 */
export function evidenceWhere(evidence: Evidence, cwd: string): string {
  const file = displayPath(evidence.file, cwd);
  if (evidence.page !== undefined) return `${file} p. ${evidence.page}`;
  if (/\.(md|markdown|txt)$/i.test(evidence.file)) return `${file}:${evidence.range.start.line + 1}:${evidence.range.start.character + 1}`;
  return evidence.section !== undefined ? `${file} § ${evidence.section}` : file;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
