// The safe fixes "fix all" applies, in one place for the editor (source.fixAll) and the CLI
// (`check --fix`): one per finding (its preferred safe fix), never two whose edits overlap.
import type { Finding, Fix } from '../types';

export function safeFixSelection(findings: readonly Finding[]): { finding: Finding; fix: Fix }[] {
  const chosen: { finding: Finding; fix: Fix }[] = [];
  for (const finding of findings) {
    const safe = finding.fixes.filter((fix) => fix.safe && fix.kind !== 'suppress');
    const fix = safe.find((candidate) => candidate.isPreferred) ?? safe[0];
    if (fix && fix.edits.length) chosen.push({ finding, fix });
  }
  chosen.sort((a, b) => (a.fix.edits[0]?.span.start ?? 0) - (b.fix.edits[0]?.span.start ?? 0));
  const kept: { finding: Finding; fix: Fix }[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const item of chosen) {
    const overlaps = item.fix.edits.some((edit) => taken.some((span) => edit.span.start < span.end && span.start < edit.span.end));
    if (overlaps) continue;
    kept.push(item);
    for (const edit of item.fix.edits) taken.push(edit.span);
  }
  return kept;
}
