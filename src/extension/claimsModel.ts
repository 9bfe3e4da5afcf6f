// What the Claims view shows, without the `vscode` module (unit-tested in test/unit/extension):
// the claims grouped by section or by verdict and filtered by verdict, the Pandoc citation a
// claim or passage can be cited with, and the label a screen reader reads for a claim.
import { BEFORE_FIRST_HEADING, VERDICT_ORDER, VERDICT_STYLE, type ClaimEntry, type Evidence, type Verdict } from '../core';

export type Grouping = 'section' | 'verdict';

export interface ClaimGroup {
  /** Stable within a brief: `section:<heading offset>` or `verdict:<verdict>`. */
  id: string;
  label: string;
  /** Set when grouped by verdict. */
  verdict?: Verdict;
  claims: ClaimEntry[];
}

/** Groups in document order (sections) or worst first (verdicts); empty groups left out. */
export function groupClaims(claims: readonly ClaimEntry[], grouping: Grouping, shown: ReadonlySet<Verdict>): ClaimGroup[] {
  const kept = claims.filter((claim) => shown.has(claim.verdict));
  if (grouping === 'verdict') {
    return VERDICT_ORDER.map((verdict) => ({ id: `verdict:${verdict}`, label: VERDICT_STYLE[verdict].label, verdict, claims: kept.filter((claim) => claim.verdict === verdict) }))
      .filter((group) => group.claims.length > 0);
  }
  const groups = new Map<string, ClaimGroup>();
  for (const claim of kept) {
    const id = `section:${claim.section?.start ?? -1}`;
    let group = groups.get(id);
    if (!group) {
      group = { id, label: claim.section?.text || BEFORE_FIRST_HEADING, claims: [] };
      groups.set(id, group);
    }
    group.claims.push(claim);
  }
  return [...groups.values()];
}

/** A Pandoc citation of a passage: `[@key]`, or `[@key, p. 3]` for a paged source. */
export function citationOf(evidence: Pick<Evidence, 'key' | 'page'>): string {
  return evidence.page === undefined ? `[@${evidence.key}]` : `[@${evidence.key}, p. ${evidence.page}]`;
}

/** How to cite a claim: its best supporting passage, else the keys it already cites. */
export function claimCitation(claim: ClaimEntry): string | undefined {
  const support = claim.evidence.find((evidence) => evidence.stance === 'supports');
  if (support) return citationOf(support);
  return claim.keys.length > 0 ? `[${claim.keys.map((key) => `@${key}`).join('; ')}]` : undefined;
}

/** One line, at most `max` characters. */
export function clip(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** What a screen reader reads for a claim: verdict first, then the claim, keys and line. */
export function claimSpeech(claim: ClaimEntry): string {
  const keys = claim.keys.length > 0 ? ` Cites ${claim.keys.join(', ')}.` : '';
  const findings = claim.findings.length > 0 ? ` ${claim.findings.length} finding${claim.findings.length === 1 ? '' : 's'}.` : '';
  return `${VERDICT_STYLE[claim.verdict].label}: ${clip(claim.text, 300)}${keys} Line ${claim.range.start.line + 1}.${findings}`;
}
