// One problem, one finding. A claim flagged as stating a figure the brief gives otherwise
// elsewhere (inconsistent-fact) is unsupported because of that figure: "No source states this"
// on the whole claim says less than the finding on the figure, and is dropped.
import type { Finding } from '../types';

/** Findings without an unsupported-claim whose claim holds an inconsistent-fact finding. */
export function withoutRedundant(findings: readonly Finding[]): Finding[] {
  const inconsistent = findings.filter((f) => f.code === 'inconsistent-fact');
  if (inconsistent.length === 0) return [...findings];
  return findings.filter((f) => f.code !== 'unsupported-claim' || !inconsistent.some((i) => i.span.start >= f.span.start && i.span.end <= f.span.end));
}
