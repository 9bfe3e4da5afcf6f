// citation-locator: the page a citation gives (`[@key, p. 12]`) is not the page of the cited
// source where the sentence's evidence is. The fix puts the evidence's page in the locator.
import { covers, parseLocator } from '../../brief/locator';
import type { Evidence, Finding, Span } from '../../types';
import { edit, finding, quote, type Rule } from '../context';

export const citationLocatorRule: Rule = ({ brief, corpus, sentences }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    if (s.check.verdict !== 'supported' && s.check.verdict !== 'contradicted') continue;
    for (const citation of s.sentence.citations) {
      if (citation.locator === undefined) continue;
      const locator = parseLocator(citation.locator);
      if (!locator || locator.label !== 'page') continue;
      const evidence = s.evidence.find((e) => e.key === citation.key && e.page !== undefined && e.stance !== 'related');
      if (!evidence || evidence.page === undefined) continue;
      const last = corpus.locate(evidence.key, Math.max(evidence.start, evidence.end - 1)).page ?? evidence.page;
      if (covers(locator, evidence.page) || covers(locator, last)) continue;
      const at = locatorOffset(brief.text, citation.span.end, citation.groupSpan.end, citation.locator);
      if (at === undefined) continue;
      const span: Span = { start: at + locator.labelSpan.start, end: at + locator.valueSpan.end };
      const pages = last === evidence.page ? `p. ${evidence.page}` : `pp. ${evidence.page}–${last}`;
      const given = brief.text.slice(span.start, span.end);
      findings.push(
        finding(brief, 'citation-locator', span, `Citation locator: the passage of @${citation.key} this sentence rests on is on ${pages}, not ${given}: ${quote(evidence.text)}`, [locatorFix(brief, span, pages)], {
          sentenceIndex: s.index,
          evidence: evidence as Evidence,
        }),
      );
    }
  }
  return findings;
};

function locatorFix(brief: Parameters<Rule>[0]['brief'], span: Span, pages: string) {
  return { title: `Change the locator to ${pages}`, kind: 'replace-value' as const, edits: [edit(brief, span, pages)], isPreferred: true, safe: true };
}

/** Where a citation's locator text starts in the brief: after its key, inside its group. */
function locatorOffset(text: string, keyEnd: number, groupEnd: number, locator: string): number | undefined {
  const at = text.indexOf(locator, keyEnd);
  return at >= 0 && at + locator.length <= groupEnd ? at : undefined;
}
