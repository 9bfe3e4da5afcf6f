// Text and JSON views of a claim set's figures. A sealed set is shown as figures only: this is
// the one place that decides what leaves the harness, so it strips misses again whatever it gets.
import type { ClaimSetFigures, Miss } from './scoreClaims';

const fixed = (value: number): string => value.toFixed(3);
const share = (r: { rate: number; count: number; of: number }): string => `${fixed(r.rate)} (${r.count}/${r.of})`;

/** What may be shown of a set: everything, or for a sealed set its figures without misses. */
export function publicFigures(figures: ClaimSetFigures): ClaimSetFigures {
  if (!figures.sealed) return figures;
  const { misses: _withheld, ...rest } = figures;
  return rest;
}

function missLine(miss: Miss): string {
  const claim = miss.claim.length > 140 ? `${miss.claim.slice(0, 139)}…` : miss.claim;
  return `    ${miss.id} ${miss.gold} -> ${miss.predicted} [${miss.reasons.join(', ')}] ${claim}`;
}

function missLines(misses: Record<string, Miss[]>, verbose: boolean): string[] {
  const lines: string[] = [];
  for (const [decidedBy, group] of Object.entries(misses).sort(([, a], [, b]) => b.length - a.length)) {
    lines.push(`  misses decided by ${decidedBy}: ${group.length}`);
    const shown = verbose ? group : group.slice(0, 5);
    for (const miss of shown) {
      lines.push(missLine(miss));
      if (verbose && miss.topEvidence) lines.push(`       top: ${miss.topEvidence.slice(0, 160)}`);
    }
    if (shown.length < group.length) lines.push(`    … ${group.length - shown.length} more (--verbose shows all)`);
  }
  return lines;
}

export function claimSetText(given: ClaimSetFigures, verbose: boolean): string {
  const figures = publicFigures(given);
  const lines = [
    `== ${figures.set}${figures.sealed ? ' (sealed: figures only)' : ''}: ${figures.claims} claims, corpus ${figures.corpus.sources} sources / ${figures.corpus.passages} passages`,
    '  label          precision  recall  f1     n',
    ...figures.perLabel.map((row) => `  ${row.label.padEnd(14)} ${fixed(row.precision).padEnd(10)} ${fixed(row.recall).padEnd(7)} ${fixed(row.f1).padEnd(6)} ${row.support}`),
    `  macro-F1 ${fixed(figures.macroF1)}   accuracy ${fixed(figures.accuracy)}   contradicted precision ${fixed(figures.contradictedPrecision)}`,
    `  false support ${share(figures.falseSupport)}   evidence@1 ${share(figures.evidenceAt1)}   corrected value ${share(figures.correctedValue)}`,
    `  decidedBy: ${Object.entries(figures.decidedBy).map(([name, group]) => `${name} ${group.claims} (${group.misses} wrong)`).join(', ')}`,
    `  confusion (gold>predicted): ${Object.entries(figures.confusion).map(([key, n]) => `${key}=${n}`).join(' ')}`,
  ];
  if (figures.misses) lines.push(...missLines(figures.misses, verbose));
  return lines.join('\n');
}
