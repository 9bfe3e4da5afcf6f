// `check --fix` and `--min-severity`: what the CLI does to a checked report besides printing it.
import * as path from 'node:path';
import { applyEdits, safeFixSelection, type Finding, type Severity } from '../core';
import type { CliCorpus } from './engine';
import { displayPath } from './paths';
import type { CheckedBrief, CheckReport } from './report';

/** How standard input is named in reports. */
export const STDIN_NAME = '<stdin>';

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

/** The report with only the findings at or above a severity. */
export function withMinSeverity(report: CheckReport, min: Severity): CheckReport {
  if (min === 'hint') return report;
  const keep = (finding: Finding): boolean => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[min];
  return { ...report, briefs: report.briefs.map(({ file, result }) => ({ file, result: { ...result, findings: result.findings.filter(keep) } })) };
}

export interface FixIo {
  cwd: string;
  name: string;
  stderr(text: string): void;
  writeFile?(file: string, text: string): Promise<void>;
}

function inside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Applies each brief's safe fixes (as the editor's fix-all does), writes the brief back (never one
 * inside a corpus folder: sources are never written to), prints what changed on stderr, and
 * returns the report re-checked, with the fixed text of standard input when it was one.
 */
export async function applySafeFixes(report: CheckReport, texts: ReadonlyMap<string, string>, corpus: CliCorpus, io: FixIo, sourceFolders: readonly string[]): Promise<{ report: CheckReport; stdin?: string }> {
  let stdin: string | undefined;
  const briefs: CheckedBrief[] = [];
  for (const { file, result } of report.briefs) {
    const text = texts.get(file) ?? '';
    if (file !== STDIN_NAME && sourceFolders.some((folder) => inside(folder, file))) {
      io.stderr(`${io.name}: not fixing ${displayPath(file, io.cwd)}: it is inside a corpus folder\n`);
      briefs.push({ file, result });
      continue;
    }
    const chosen = safeFixSelection(result.findings);
    const fixed = applyEdits(text, chosen.flatMap(({ fix }) => fix.edits));
    for (const { finding, fix } of chosen) {
      const { line, character } = finding.range.start;
      io.stderr(`${displayPath(file, io.cwd)}:${line + 1}:${character + 1} fixed ${finding.code}: ${fix.title}\n`);
    }
    if (file === STDIN_NAME) stdin = fixed;
    else if (fixed !== text && io.writeFile) await io.writeFile(file, fixed);
    briefs.push({ file, result: fixed === text ? result : corpus.check(fixed, file) });
  }
  return { report: { ...report, briefs }, ...(stdin !== undefined ? { stdin } : {}) };
}
