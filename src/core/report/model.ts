// What a fact-check report shows, computed once and rendered as HTML, Markdown or CSV: per
// brief its claims (with sections and counts), and the sources with the claims each bears on.
import type { BriefResult, SourceMetadata, Verdict } from '../types';
import { claimEntries, looseFindings, type ClaimEntry } from './claims';
import { briefOutline, type Heading } from './headings';
import { emptyCounts } from './verdicts';

/** One brief as given to the report: a name to show, its text and its check. */
export interface ReportInput {
  /** How the brief is named in the report (a relative path, a file name). */
  name: string;
  text: string;
  result: BriefResult;
}

export interface SectionSummary {
  /** The heading's text, or "(before the first heading)". */
  title: string;
  heading?: Heading;
  counts: Record<Verdict, number>;
}

export interface BriefReport {
  /** 1-based position among the report's briefs; anchors use it. */
  index: number;
  name: string;
  /** The front matter's title, else the first heading, else the name. */
  title: string;
  text: string;
  bodyStart: number;
  headings: Heading[];
  claims: ClaimEntry[];
  counts: Record<Verdict, number>;
  sections: SectionSummary[];
  /** Findings on no claim's text (shown after the claims). */
  otherFindings: BriefResult['findings'];
}

export interface ClaimRef {
  brief: number;
  claim: number;
}

export interface SourceUse {
  key: string;
  /** The source's card; undefined for a cited key the corpus lacks. */
  source?: SourceMetadata;
  supports: ClaimRef[];
  contradicts: ClaimRef[];
  /** Cited by a claim without bearing it out either way. */
  citedOnly: ClaimRef[];
}

export interface ReportModel {
  briefs: BriefReport[];
  sources: SourceUse[];
  counts: Record<Verdict, number>;
}

export const BEFORE_FIRST_HEADING = '(before the first heading)';

function sectionSummaries(claims: readonly ClaimEntry[]): SectionSummary[] {
  const sections = new Map<Heading | undefined, SectionSummary>();
  for (const claim of claims) {
    let summary = sections.get(claim.section);
    if (!summary) {
      summary = { title: claim.section?.text || BEFORE_FIRST_HEADING, ...(claim.section && { heading: claim.section }), counts: emptyCounts() };
      sections.set(claim.section, summary);
    }
    summary.counts[claim.verdict] += 1;
  }
  return [...sections.values()];
}

export function briefReport(input: ReportInput, index: number): BriefReport {
  const outline = briefOutline(input.text);
  const claims = claimEntries(input.result, outline.headings);
  const counts = emptyCounts();
  for (const claim of claims) counts[claim.verdict] += 1;
  return {
    index,
    name: input.name,
    title: outline.title ?? outline.headings[0]?.text ?? input.name,
    text: input.text,
    bodyStart: outline.bodyStart,
    headings: outline.headings,
    claims,
    counts,
    sections: sectionSummaries(claims),
    otherFindings: looseFindings(input.result, claims),
  };
}

function sourceUses(briefs: readonly BriefReport[], sourceOf: (key: string) => SourceMetadata | undefined): SourceUse[] {
  const uses = new Map<string, SourceUse>();
  const use = (key: string): SourceUse => {
    let found = uses.get(key);
    if (!found) {
      const source = sourceOf(key);
      found = { key, ...(source && { source }), supports: [], contradicts: [], citedOnly: [] };
      uses.set(key, found);
    }
    return found;
  };
  for (const brief of briefs) {
    for (const claim of brief.claims) {
      const ref = { brief: brief.index, claim: claim.id };
      const bearing = new Set<string>();
      for (const evidence of claim.evidence) {
        if (evidence.stance === 'related' || bearing.has(evidence.key)) continue;
        bearing.add(evidence.key);
        (evidence.stance === 'supports' ? use(evidence.key).supports : use(evidence.key).contradicts).push(ref);
      }
      for (const key of claim.keys) if (!bearing.has(key)) use(key).citedOnly.push(ref);
    }
  }
  return [...uses.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The report of some checked briefs; `sourceOf` gives each key's card (a corpus's `source`). */
export function buildReport(inputs: readonly ReportInput[], sourceOf: (key: string) => SourceMetadata | undefined): ReportModel {
  const briefs = inputs.map((input, index) => briefReport(input, index + 1));
  const counts = emptyCounts();
  for (const brief of briefs) for (const verdict of Object.keys(counts) as Verdict[]) counts[verdict] += brief.counts[verdict];
  return { briefs, sources: sourceUses(briefs, sourceOf), counts };
}

/** The anchor of a claim's card in the HTML report. */
export function claimAnchor(ref: ClaimRef): string {
  return `b${ref.brief}-c${ref.claim}`;
}
