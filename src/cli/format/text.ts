// Text output, like a linter's: `file:line:col severity code message`, then the evidence quoted.
import { excerpt } from '../../core/text/excerpt';
import type { Severity } from '../../core/types';
import { displayPath } from '../paths';
import { findingEvidence, oneLine, sortedFindings, type CheckReport } from '../report';

export function formatCheckText(report: CheckReport, cwd: string): string {
  if (report.briefs.length === 0) return '';
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let sentences = 0;
  for (const { file, result } of report.briefs) {
    const shown = displayPath(file, cwd);
    sentences += result.sentences.length;
    for (const finding of sortedFindings(result)) {
      counts[finding.severity] += 1;
      const { line, character } = finding.range.start;
      lines.push(`${shown}:${line + 1}:${character + 1} ${finding.severity} ${finding.code} ${oneLine(finding.message, 500)}`);
      const evidence = findingEvidence(result, finding);
      if (evidence) {
        const where = `${displayPath(evidence.file, cwd)}:${evidence.range.start.line + 1}:${evidence.range.start.character + 1}`;
        lines.push(`    evidence (${evidence.stance}) [@${evidence.key}] ${where}: "${excerpt(evidence.text, evidence.focus)}"`);
      }
      const fix = finding.fixes.find((candidate) => candidate.isPreferred && candidate.kind !== 'suppress');
      if (fix) lines.push(`    fix: ${oneLine(fix.title, 200)}`);
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

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
