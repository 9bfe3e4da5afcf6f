// Figures from a confusion of gold labels and predicted verdicts. Pure: no engine, no files.
import type { Verdict } from '../../src/core';

export const VERDICTS: Verdict[] = ['supported', 'contradicted', 'unsupported', 'opinion'];

export interface LabelFigures {
  label: Verdict;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Counts keyed `gold>predicted`. */
export class Confusion {
  private readonly counts = new Map<string, number>();

  add(gold: Verdict, predicted: Verdict): void {
    const key = `${gold}>${predicted}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  count(gold: Verdict, predicted: Verdict): number {
    return this.counts.get(`${gold}>${predicted}`) ?? 0;
  }

  total(): number {
    return [...this.counts.values()].reduce((sum, n) => sum + n, 0);
  }

  entries(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  perLabel(): LabelFigures[] {
    return VERDICTS.map((label) => {
      const hits = this.count(label, label);
      const predicted = VERDICTS.reduce((n, gold) => n + this.count(gold, label), 0);
      const actual = VERDICTS.reduce((n, verdict) => n + this.count(label, verdict), 0);
      const precision = predicted ? hits / predicted : 0;
      const recall = actual ? hits / actual : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return { label, precision, recall, f1, support: actual };
    });
  }

  /** Mean F1 over the labels the gold set holds (a set without opinions is not penalised for them). */
  macroF1(): number {
    const present = this.perLabel().filter((row) => row.support > 0);
    return present.reduce((sum, row) => sum + row.f1, 0) / Math.max(1, present.length);
  }

  accuracy(): number {
    const total = this.total();
    return total ? VERDICTS.reduce((n, label) => n + this.count(label, label), 0) / total : 0;
  }

  /** Of the verdicts `contradicted`, the share whose gold label is contradicted. */
  contradictedPrecision(): number {
    return this.perLabel().find((row) => row.label === 'contradicted')?.precision ?? 0;
  }

  /** Contradicted claims called supported, as a share of contradicted claims: the worst error. */
  falseSupport(): { rate: number; count: number; of: number } {
    const of = VERDICTS.reduce((n, verdict) => n + this.count('contradicted', verdict), 0);
    const count = this.count('contradicted', 'supported');
    return { rate: of ? count / of : 0, count, of };
  }
}

/** A share with its counts, e.g. evidence@1 as 29/32. */
export interface Ratio {
  rate: number;
  count: number;
  of: number;
}

export function ratio(count: number, of: number): Ratio {
  return { rate: of ? count / of : 0, count, of };
}
