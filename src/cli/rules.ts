// What each finding code means, for SARIF rules and `--help`. README headings are the codes,
// so `${README_URL}#${code}` lands on each rule's section.
import packageJson from '../../package.json';
import type { FindingCode } from '../core';

/**
 * Where the README lives: package.json `homepage` (or `repository`), without any `#fragment`.
 * Each rule's help is `${README_URL}#${code}`, so the README needs a heading per code.
 */
export const README_URL = readmeUrl(packageJson as { homepage?: string; repository?: string | { url?: string } });

function readmeUrl(pkg: { homepage?: string; repository?: string | { url?: string } }): string {
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const candidate = pkg.homepage ?? repository?.replace(/^git\+/, '').replace(/\.git$/, '');
  return candidate && /^https?:\/\//.test(candidate)
    ? candidate.split('#')[0]
    : 'https://github.com/brief-lens/brief-lens';
}

export interface RuleInfo {
  name: string;
  summary: string;
  description: string;
}

export const RULES: Record<FindingCode, RuleInfo> = {
  'unsupported-claim': {
    name: 'UnsupportedClaim',
    summary: 'A factual sentence that no source in the corpus supports.',
    description: 'The sentence states a checkable fact, but no passage of the corpus states the same facts. Cite a source that does, or rephrase it as a view.',
  },
  'contradicted-figure': {
    name: 'ContradictedFigure',
    summary: 'A figure differs from the one the source states.',
    description: 'A passage on the same subject states a different amount, quantity or percentage. The fix replaces the figure with the source’s.',
  },
  'contradicted-date': {
    name: 'ContradictedDate',
    summary: 'A date or year differs from the one the source states.',
    description: 'A passage on the same subject states a different date or year. The fix replaces it with the source’s.',
  },
  'contradicted-name': {
    name: 'ContradictedName',
    summary: 'A name differs from the one the source states.',
    description: 'A passage on the same subject names a different person, organisation or place. The fix replaces it with the source’s.',
  },
  'contradicted-polarity': {
    name: 'ContradictedPolarity',
    summary: 'The sentence says the opposite of the source.',
    description: 'A passage on the same subject states the same fact with the opposite polarity (one of them negates it).',
  },
  misquote: {
    name: 'Misquote',
    summary: 'A quotation is not verbatim in the source.',
    description: 'The quoted words do not appear in the source; a close passage exists. The fix restores the source’s exact words.',
  },
  'citation-mismatch': {
    name: 'CitationMismatch',
    summary: 'The cited source does not say what the sentence says.',
    description: 'The cited source does not bear the sentence out; when another source does, the fix swaps the citation.',
  },
  'citation-locator': {
    name: 'CitationLocator',
    summary: 'The cited page is not where the source says this.',
    description: 'The citation gives a page (`[@key, p. 12]`), but the passage of the cited source the sentence rests on is on another page. The fix puts that page in the locator.',
  },
  'unknown-citation': {
    name: 'UnknownCitation',
    summary: 'A citation key that is not in the corpus.',
    description: 'No source of the corpus has this key. The fix offers the closest keys.',
  },
  'inconsistent-fact': {
    name: 'InconsistentFact',
    summary: 'The same fact is stated two different ways in the brief.',
    description: 'Two sentences of the brief state different values for the same fact.',
  },
  'supported-uncited': {
    name: 'SupportedUncited',
    summary: 'A supported sentence without a citation.',
    description: 'A source supports the sentence but it cites none. The fix inserts the citation.',
  },
};
