// What a perturbation generator makes: a claim text, the label it must get, and where it changed.
import type { Span } from '../../../src/core';

export type Expected = 'supported' | 'contradicted' | 'unsupported';

export interface Perturbed {
  text: string;
  /** The changed words in `text`; absent when nothing was changed (copied) or words were only removed. */
  change?: Span;
  /** What was there before, for reports. */
  before?: string;
  after?: string;
}

/** A pure text transform: the same sentence and random draws always give the same result. */
export type Generator = (sentence: string, random: () => number) => Perturbed | undefined;

export interface PerturbationClass {
  name: string;
  expected: Expected;
  generate: Generator;
}

export function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items.length ? items[Math.floor(random() * items.length)] : undefined;
}

/** Replaces `text[start, end)` with `replacement`, recording the change. */
export function replaceAt(text: string, start: number, end: number, replacement: string): Perturbed {
  return {
    text: text.slice(0, start) + replacement + text.slice(end),
    change: { start, end: start + replacement.length },
    before: text.slice(start, end),
    after: replacement,
  };
}

/** Every match of a global pattern with its offset. */
export function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))];
}
