// The brief evaluation's table. A sealed brief is shown as figures only.
import type { BriefRates, BriefsFigures, GroupFigures } from './runBriefs';
import type { BriefCounts, BriefScore } from './scoreBriefs';

const fixed = (value: number): string => value.toFixed(3);

function figuresLine(counts: BriefCounts, rates: BriefRates): string {
  return [
    `caught ${fixed(rates.caught)} (${counts.caught}/${counts.planted}; any code ${counts.caughtAnyCode})`,
    `clean kept ${fixed(rates.keptClean)} (${counts.keptClean}/${counts.clean}; facts ${counts.keptCleanFact}/${counts.cleanFact}, analysis ${counts.keptCleanAnalysis}/${counts.cleanAnalysis})`,
    `useful ${fixed(rates.useful)} (${counts.useful}/${counts.errorsWarnings})`,
    `harmful fixes ${counts.harmfulFixes} (of ${counts.fixesOnClean} fixes on clean spans; ${counts.madeContradicted} turn supported to contradicted)`,
    `fixes on planted errors ${counts.fixesOnErrors} (${counts.fixesRestoring} leave the span supported)`,
  ].join('\n    ');
}

function detailLines(brief: BriefScore, verbose: boolean): string[] {
  if (brief.sealed || !brief.detail) return [];
  const groups: [string, string[]][] = [
    ['missed planted error', brief.detail.missedErrors],
    ['clean span flagged', brief.detail.flaggedClean],
    ['finding not useful', brief.detail.uselessFindings],
    ['harmful fix', brief.detail.harmful],
  ];
  return groups.flatMap(([title, items]) => {
    const shown = verbose ? items : items.slice(0, 8);
    return [...shown.map((item) => `    ${title}: ${item}`), ...(shown.length < items.length ? [`    … ${items.length - shown.length} more ${title} (--verbose)`] : [])];
  });
}

/** What went wrong by class (missed errors, findings not useful, harmful fixes), most frequent first. */
function classLines(group: GroupFigures): string[] {
  const kinds = Object.entries(group.classes).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return kinds.length ? ['    by class (for a miss: code expected ← what the engine said):', ...kinds.map(([kind, count]) => `      ${count} × ${kind}`)] : [];
}

export function briefsText(figures: BriefsFigures, verbose: boolean): string {
  const lines = [`== briefs (${figures.dir}): ${figures.briefs.length} labelled`];
  if (!figures.briefs.length) lines.push('  no brief folders (each needs brief.md and labels.jsonl)');
  for (const brief of figures.briefs) {
    lines.push(`  ${brief.name}${brief.sealed ? ' (sealed: figures only)' : ''}: ${brief.labels} labelled spans`);
    lines.push(`    ${figuresLine(brief.counts, brief.rates)}`);
    for (const problem of brief.problems) lines.push(`    label problem: ${problem}`);
    lines.push(...detailLines(brief, verbose));
  }
  if (figures.briefs.length > 1) {
    lines.push(`  overall:\n    ${figuresLine(figures.overall.counts, figures.overall.rates)}`);
    const sealedCount = figures.briefs.filter((brief) => brief.sealed).length;
    if (sealedCount && sealedCount < figures.briefs.length) {
      lines.push(`  development briefs:\n    ${figuresLine(figures.development.counts, figures.development.rates)}`, ...classLines(figures.development));
      lines.push(`  sealed briefs:\n    ${figuresLine(figures.sealed.counts, figures.sealed.rates)}`, ...classLines(figures.sealed));
    }
  }
  return lines.join('\n');
}
