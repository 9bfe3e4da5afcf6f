// Which fixes "fix all" applies without asking: one per finding (its preferred safe fix, never a
// suppression), none whose edits overlap an earlier one. The editor's `source.fixAll.briefLens`
// and `brief-lens check --fix` both take this choice, so they change a brief the same way.
import type { BriefResult, Finding, Fix } from '../types';

export interface ChosenFix {
  finding: Finding;
  fix: Fix;
}

/** The safe fixes of a checked brief, in document order. */
export function safeFixes(result: Pick<BriefResult, 'findings'>): ChosenFix[] {
  const chosen: ChosenFix[] = [];
  for (const finding of result.findings) {
    const safe = finding.fixes.filter((fix) => fix.safe && fix.kind !== 'suppress');
    const fix = safe.find((candidate) => candidate.isPreferred) ?? safe[0];
    if (fix && fix.edits.length > 0) chosen.push({ finding, fix });
  }
  const start = (item: ChosenFix) => item.fix.edits[0]?.span.start ?? 0;
  chosen.sort((a, b) => start(a) - start(b));
  const kept: ChosenFix[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const item of chosen) {
    const overlaps = item.fix.edits.some((edit) => taken.some((span) => edit.span.start < span.end && span.start < edit.span.end));
    if (overlaps) continue;
    kept.push(item);
    for (const edit of item.fix.edits) taken.push(edit.span);
  }
  return kept;
}
