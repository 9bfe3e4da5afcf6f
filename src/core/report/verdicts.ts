// How each verdict is named and marked wherever claims are listed (report, Claims view, hover):
// one table (verdicts.json), so the words and symbols never drift apart between faces.
import type { Verdict } from '../types';
import table from './verdicts.json';

export interface VerdictStyle {
  /** The verdict as a reader sees it ("Contradicted"). */
  label: string;
  /** A plain text symbol that marks it besides colour (✓ ✗ ? …). */
  symbol: string;
  /** The mark in Markdown, where a colour is not available. */
  emoji: string;
  /** What the verdict means, in a few words. */
  meaning: string;
}

/** Worst first: the order of summaries, groups and filters. */
export const VERDICT_ORDER = table.order as readonly Verdict[];

export const VERDICT_STYLE = table.verdicts as Record<Verdict, VerdictStyle>;

/** "3 contradicted" style count words, worst first, leaving out verdicts with none. */
export function countWords(counts: Record<Verdict, number>): string {
  const parts = VERDICT_ORDER.filter((verdict) => counts[verdict] > 0).map((verdict) => `${counts[verdict]} ${VERDICT_STYLE[verdict].label.toLowerCase()}`);
  return parts.length > 0 ? parts.join(', ') : 'no claims';
}

export function emptyCounts(): Record<Verdict, number> {
  return { contradicted: 0, unsupported: 0, supported: 0, opinion: 0 };
}
