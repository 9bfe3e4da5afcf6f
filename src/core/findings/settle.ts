// The rules' findings as the user sees them: each at the severity configured, suppressions
// honoured, redundant ones dropped (redundant.ts), in the order of the brief. Findings are
// gathered by the sentence they start in, and settled sentence by sentence: every finding a
// redundancy joins lies inside one claim, so the settled list is the one a pass over all of them
// gives, while a long brief's hundred thousand findings are settled in steps a caller may yield
// between (issue 16: one pass over a 10 MB brief's findings took 40 to 60 ms).
import type { Finding } from '../types';
import { withoutRedundant } from './redundant';

/** Findings gathered by the sentence their span starts in (a finding before every sentence goes first). */
export class FindingsBySentence {
  /** Sentence starts in increasing order: a finding's group is how many of them it is at or after. */
  private readonly starts: number[];
  readonly groups: Finding[][];

  constructor(sentenceStarts: readonly number[]) {
    this.starts = [...sentenceStarts].sort((a, b) => a - b);
    this.groups = Array.from({ length: this.starts.length + 1 }, () => []);
  }

  push(finding: Finding): void {
    this.groups[this.groupOf(finding.span.start)]?.push(finding);
  }

  /** How many sentence starts are at or before `offset` (binary search). */
  private groupOf(offset: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** A finding as shown, or undefined when its code is off or suppressed on its line. */
export type ShownAs = (finding: Finding) => Finding | undefined;

/** The order findings are listed in: by position, then by code. */
export function byPosition(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code);
}

/** The findings to show, settled `groupsPerStep` sentences at a time, with a step after each. */
export function* settledInSteps(found: FindingsBySentence, shownAs: ShownAs, groupsPerStep: number): Generator<void, Finding[], void> {
  const kept: Finding[] = [];
  for (const [index, group] of found.groups.entries()) {
    const shown: Finding[] = [];
    for (const finding of group) {
      const one = shownAs(finding);
      if (one) shown.push(one);
    }
    if (shown.length > 0) kept.push(...withoutRedundant(shown).sort(byPosition));
    if ((index + 1) % groupsPerStep === 0) yield;
  }
  return kept;
}
