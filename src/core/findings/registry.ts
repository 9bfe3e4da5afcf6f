// One entry per finding code: its default severity, title, description and SARIF rule name.
// Every place that lists codes (types, default severities, SARIF rules, --help, the settings
// schema and so package.json) reads this table.
import type { Severity } from '../types';

export interface FindingCodeInfo {
  code: string;
  severity: Severity;
  /** One line: what the finding says. */
  title: string;
  /** What it means and what its fix does. */
  description: string;
  /** The rule's name in SARIF (`tool.driver.rules[].name`). */
  rule: string;
}

export const FINDING_REGISTRY = [
  {
    code: 'unsupported-claim',
    severity: 'warning',
    rule: 'UnsupportedClaim',
    title: 'A factual sentence that no source in the corpus supports.',
    description: 'The sentence states a checkable fact, but no passage of the corpus states the same facts. Cite a source that does, or rephrase it as a view.',
  },
  {
    code: 'contradicted-figure',
    severity: 'error',
    rule: 'ContradictedFigure',
    title: 'A figure differs from the one the source states.',
    description: 'A passage on the same subject states a different amount, quantity or percentage. The fix replaces the figure with the source’s. As a warning without a fix: the cited source never gives the figure, and its passage on the claim’s subject gives that measure another value.',
  },
  {
    code: 'contradicted-date',
    severity: 'error',
    rule: 'ContradictedDate',
    title: 'A date or year differs from the one the source states.',
    description: 'A passage on the same subject states a different date or year. The fix replaces it with the source’s. As a warning without a fix: the cited source never gives the date, and its passage on the claim’s subject gives another. When the brief gives the source’s date on another line, the message names that line too.',
  },
  {
    code: 'contradicted-name',
    severity: 'error',
    rule: 'ContradictedName',
    title: 'A name differs from the one the source states.',
    description: 'A passage on the same subject names a different person, organisation or place. The fix replaces it with the source’s. As a warning without a fix: the cited source never mentions the name, and its passage on the claim’s subject names one other of its kind.',
  },
  {
    code: 'contradicted-polarity',
    severity: 'error',
    rule: 'ContradictedPolarity',
    title: 'The sentence says the opposite of the source.',
    description: 'A passage on the same subject states the same fact with the opposite polarity (one of them negates it).',
  },
  {
    code: 'misquote',
    severity: 'error',
    rule: 'Misquote',
    title: 'A quotation is not verbatim in the source.',
    description: 'The quoted words do not appear in the source; a close passage exists. The fix restores the source’s exact words.',
  },
  {
    code: 'citation-mismatch',
    severity: 'warning',
    rule: 'CitationMismatch',
    title: 'The cited source does not say what the sentence says.',
    description: 'The cited source does not bear the sentence out; when another source does, states the figures the cited source never gives, or covers most of a claim the cited source says nothing on, the fix swaps the citation.',
  },
  {
    code: 'citation-locator',
    severity: 'warning',
    rule: 'CitationLocator',
    title: 'The cited page is not where the source says this.',
    description: 'The citation gives a page (`[@key, p. 12]`), but the passage of the cited source the sentence rests on is on another page. The fix puts that page in the locator.',
  },
  {
    code: 'unknown-citation',
    severity: 'error',
    rule: 'UnknownCitation',
    title: 'A citation key that is not in the corpus.',
    description: 'No source of the corpus has this key. The fix offers the closest keys.',
  },
  {
    code: 'inconsistent-fact',
    severity: 'warning',
    rule: 'InconsistentFact',
    title: 'The same fact is stated two different ways in the brief.',
    description: 'Two sentences of the brief state different values for the same fact. The fix uses the other value when a source bears it out. When the source also states the other value, the figure has this one finding, as an error, with the source’s evidence and its fix.',
  },
  {
    code: 'consider-citing',
    severity: 'information',
    rule: 'ConsiderCiting',
    title: 'Analysis that names an entity and an event, without a citation.',
    description: 'The sentence is the writer’s analysis or narrative, not a checked fact, but it names a specific entity and something that happened: a citation would let a reader check it.',
  },
  {
    code: 'supported-uncited',
    severity: 'hint',
    rule: 'SupportedUncited',
    title: 'A supported sentence without a citation.',
    description: 'A source supports the sentence but it cites none. The fix inserts the citation.',
  },
] as const satisfies readonly FindingCodeInfo[];
