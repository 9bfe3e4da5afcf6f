// citation-locator: the place a citation gives (`[@key, p. 12]`, `§ 3`, `chap. 2`) is not where
// the cited source holds the sentence's evidence. Pages are checked against a PDF's pages;
// sections and chapters against the numbers the source's own headings carry (web pages, Word
// files, PDFs with an outline). Where the source cannot tell (no pages, no numbered headings),
// there is no finding: the hover says why the locator was not checked (`locatorNote`).
import { covers, parseLocator, type Locator } from '../../brief/locator';
import type { Corpus } from '../../corpus/corpus';
import type { Evidence, Finding, Span } from '../../types';
import { edit, finding, quote, type Rule } from '../context';
import { numberedPlace } from '../sectionNumbers';

export const citationLocatorRule: Rule = ({ brief, corpus, sentences }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    if (s.check.verdict !== 'supported' && s.check.verdict !== 'contradicted') continue;
    for (const citation of s.sentence.citations) {
      if (citation.locator === undefined) continue;
      const locator = parseLocator(citation.locator);
      if (!locator) continue;
      const evidence = s.evidence.find((e) => e.key === citation.key && e.stance !== 'related');
      if (!evidence) continue;
      const place = actualPlace(corpus, locator, evidence);
      if (place === undefined) continue;
      const at = locatorOffset(brief.text, citation.span.end, citation.groupSpan.end, citation.locator);
      if (at === undefined) continue;
      const span: Span = { start: at + locator.labelSpan.start, end: at + locator.valueSpan.end };
      const given = brief.text.slice(span.start, span.end);
      // A page fix writes `p. N`; a section or chapter fix keeps the writer's label (`§`, `sec.`, `chap.`).
      const replaced: Span = locator.label === 'page' ? span : { start: at + locator.valueSpan.start, end: span.end };
      const label = brief.text.slice(span.start, replaced.start);
      const corrected = locator.label === 'page' ? place.text : `${label}${place.text}`;
      findings.push(
        finding(brief, 'citation-locator', span, `Citation locator: the passage of @${citation.key} this sentence rests on is ${locator.label === 'page' ? 'on' : 'in'} ${corrected}${place.title ? ` (“${place.title}”)` : ''}, not ${given}: ${quote(evidence.text)}`, [locatorFix(brief, replaced, place.text, corrected)], {
          sentenceIndex: s.index,
          evidence: evidence as Evidence,
        }),
      );
    }
  }
  return findings;
};

/** Where the evidence is, when the locator names another place and the source can tell; else undefined. */
function actualPlace(corpus: Corpus, locator: Locator, evidence: Evidence): { text: string; title?: string } | undefined {
  if (locator.label === 'page') {
    if (evidence.page === undefined) return undefined;
    const last = corpus.locate(evidence.key, Math.max(evidence.start, evidence.end - 1)).page ?? evidence.page;
    if (covers(locator, evidence.page) || covers(locator, last)) return undefined;
    return { text: last === evidence.page ? `p. ${evidence.page}` : `pp. ${evidence.page}–${last}` };
  }
  if (locator.label !== 'section' && locator.label !== 'chapter') return undefined;
  const place = numberedPlace(corpus.sections(evidence.key), evidence.start, locator.label);
  if (!place.found || covers(locator, place.number)) return undefined;
  return { text: String(place.number), title: place.title };
}

/** Replaces `span` (the page locator, or a section's number) with `replacement`; the title names the whole locator. */
function locatorFix(brief: Parameters<Rule>[0]['brief'], span: Span, replacement: string, locator: string) {
  return { title: `Change the locator to ${locator}`, kind: 'replace-value' as const, edits: [edit(brief, span, replacement)], isPreferred: true, safe: true };
}

/** Where a citation's locator text starts in the brief: after its key, inside its group. */
function locatorOffset(text: string, keyEnd: number, groupEnd: number, locator: string): number | undefined {
  // Searched within the group only: a scan to the end of the brief per citation grows with its square.
  const within = text.slice(keyEnd, groupEnd).indexOf(locator);
  return within >= 0 ? keyEnd + within : undefined;
}

/**
 * Why a citation's locator was not checked against its source, for the hover: a page of a
 * source without pages, a section or chapter of one without numbered headings. Undefined
 * when it was checked (or there is no locator Pandoc would read).
 */
export function locatorNote(corpus: Corpus, key: string, locatorText: string | undefined, evidenceStart: number | undefined): string | undefined {
  if (locatorText === undefined) return undefined;
  const locator = parseLocator(locatorText);
  if (!locator || !corpus.source(key)) return undefined;
  if (locator.label === 'page') return corpus.pageStarts(key) ? undefined : 'this source has no pages (only PDFs do)';
  if (locator.label !== 'section' && locator.label !== 'chapter') return `${locator.label} locators are not checked`;
  const place = numberedPlace(corpus.sections(key), evidenceStart ?? Number.MAX_SAFE_INTEGER, locator.label);
  return place.found ? undefined : place.reason;
}
