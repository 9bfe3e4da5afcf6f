// One problem, one finding. A claim flagged as stating a figure the brief gives otherwise
// elsewhere (inconsistent-fact) is unsupported because of that figure: "No source states this"
// on the whole claim says less than the finding on the figure, and is dropped. A value both the
// source and the brief's own other statement give otherwise is one finding, not two.
import type { Finding, Fix, Severity } from '../types';
import { itemsWithin } from '../text/within';

/** Findings without the redundant ones: see withoutUnsupportedAround and withTwinsMerged. */
export function withoutRedundant(findings: readonly Finding[]): Finding[] {
  const inconsistent = findings.filter((f) => f.code === 'inconsistent-fact');
  if (inconsistent.length === 0) return [...findings];
  return withTwinsMerged(withoutUnsupportedAround(findings, inconsistent), inconsistent);
}

/**
 * Findings without an unsupported-claim whose claim holds an inconsistent-fact finding. The
 * inconsistencies are sorted by start once and searched (`itemsWithin`), not scanned per finding:
 * a long brief holds thousands of each (issue 16: work linear in the brief).
 */
function withoutUnsupportedAround(findings: readonly Finding[], inconsistent: readonly Finding[]): Finding[] {
  const byStart = [...inconsistent].sort((a, b) => a.span.start - b.span.start);
  return findings.filter((f) => f.code !== 'unsupported-claim' || itemsWithin(byStart, f.span).length === 0);
}

/** The codes of a source contradicting a value, and which of the two findings on one value stays. */
const KEPT_OF_TWINS: Partial<Record<Finding['code'], 'contradiction' | 'inconsistency'>> = {
  // The brief states a figure two ways: its own other line is the nearest evidence, and writers
  // call this an inconsistency (every planted inconsistent-fact of the labelled briefs is a figure).
  'contradicted-figure': 'inconsistency',
  // An event dated two ways is a wrong date: writers label the restated date a contradicted date.
  'contradicted-date': 'contradiction',
};

/**
 * A value the source contradicts that the brief also states otherwise on another line is found
 * twice (contradicted-figure or -date, and inconsistent-fact on the same words). One finding
 * stays (KEPT_OF_TWINS), with both messages, the source's evidence, the more severe of the two
 * severities and one fix to the value (mergedFixes). Either code switched off or suppressed leaves the other.
 */
function withTwinsMerged(findings: readonly Finding[], inconsistent: readonly Finding[]): Finding[] {
  const merged = new Map<Finding, Finding>();
  const dropped = new Set<Finding>();
  // By span, in their order: the first not yet dropped is the twin, as a scan would find it.
  const bySpan = new Map<string, Finding[]>();
  for (const i of inconsistent) {
    const key = `${i.span.start}:${i.span.end}`;
    const list = bySpan.get(key);
    if (list) list.push(i);
    else bySpan.set(key, [i]);
  }
  for (const contradiction of findings) {
    const kept = KEPT_OF_TWINS[contradiction.code];
    const twin = kept && bySpan.get(`${contradiction.span.start}:${contradiction.span.end}`)?.find((i) => !dropped.has(i));
    if (!kept || !twin) continue;
    const [stays, goes] = kept === 'inconsistency' ? [twin, contradiction] : [contradiction, twin];
    dropped.add(goes);
    merged.set(stays, mergedFinding(stays, goes, contradiction));
  }
  return findings.filter((f) => !dropped.has(f)).map((f) => merged.get(f) ?? f);
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

function mergedFinding(stays: Finding, goes: Finding, contradiction: Finding): Finding {
  const severity = SEVERITY_RANK[goes.severity] > SEVERITY_RANK[stays.severity] ? goes.severity : stays.severity;
  return {
    ...stays,
    severity,
    message: `${stays.message}. ${goes.message}`,
    evidence: contradiction.evidence ?? stays.evidence,
    fixes: mergedFixes(contradiction, stays === contradiction ? goes : stays, stays),
  };
}

/**
 * The contradiction's content fixes (the source's value; fix-all may apply them), else the
 * inconsistency's (the other line's value, which a source bears out), then the suppression of the
 * code that stays. A second fix to the same value in another spelling would only be noise.
 */
function mergedFixes(contradiction: Finding, inconsistency: Finding, stays: Finding): Fix[] {
  const content = (f: Finding) => f.fixes.filter((fix) => fix.kind !== 'suppress');
  const chosen = content(contradiction).length > 0 ? content(contradiction) : content(inconsistency);
  return [...chosen, ...stays.fixes.filter((fix) => fix.kind === 'suppress')];
}
