// The report's claims model on the shapes other lanes fill: a sentence split into claims
// (`CheckedSentence.claims`), evidence with a page and a section, and the engine's explanation.
import { strict as assert } from 'node:assert';
import { buildReport, claimEntries, renderReportCsv, renderReportHtml, renderReportMarkdown } from '../../../src/core';
import type { BriefResult, CheckedClaim, Evidence, Finding, Range } from '../../../src/core/types';

const TEXT = '# Funding\n\nThe fund gave £5 million in 2024, and it opened twelve labs [@report].\n';
const range = (start: number, end: number): Range => ({ start: { line: 2, character: start - 11 }, end: { line: 2, character: end - 11 } });
const at = (needle: string) => {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length };
};

const paged: Evidence = {
  key: 'report', file: '/corpus/report.pdf', start: 100, end: 160, text: 'The fund gave £6 million in 2024.', stance: 'contradicts',
  range: { start: { line: 40, character: 0 }, end: { line: 40, character: 33 } }, score: 1, passageId: 7, page: 12, section: 'Annual accounts',
};

function claim(needle: string, verdict: CheckedClaim['verdict'], evidence: Evidence[]): CheckedClaim {
  const span = at(needle);
  return { text: needle, span, range: range(span.start, span.end), verdict, evidence, corrections: [], citations: [] };
}

const first = claim('The fund gave £5 million in 2024', 'contradicted', [paged]);
first.explanation = { decidedBy: 'figure', observations: [{ check: 'figure', effect: 'contradicts', claim: '£5 million', source: '£6 million' }] };
const second = claim('it opened twelve labs [@report].', 'unsupported', []);
const sentenceSpan = at('The fund gave £5 million in 2024, and it opened twelve labs [@report].');
const finding = (code: Finding['code'], needle: string): Finding => {
  const span = at(needle);
  return { code, severity: 'error', message: `${code} here`, span, range: range(span.start, span.end), targetText: needle, sentenceIndex: 0, fixes: [] };
};

const result: BriefResult = {
  uri: 'brief.md', version: 1, citations: [],
  sentences: [{
    text: TEXT.slice(sentenceSpan.start, sentenceSpan.end), span: sentenceSpan, range: range(sentenceSpan.start, sentenceSpan.end),
    verdict: 'contradicted', evidence: [paged], corrections: [], citations: [], claims: [first, second],
  }],
  findings: [finding('contradicted-figure', '£5 million'), finding('unsupported-claim', 'twelve labs')],
};

describe('report: claims of a sentence, paged evidence, explanations', () => {
  it('lists a sentence\'s claims, not the sentence, each with the findings on its own text', () => {
    const entries = claimEntries(result);
    assert.deepEqual(entries.map((entry) => [entry.id, entry.text, entry.verdict, entry.findings.map((f) => f.code)]), [
      [1, 'The fund gave £5 million in 2024', 'contradicted', ['contradicted-figure']],
      [2, 'it opened twelve labs [@report].', 'unsupported', ['unsupported-claim']],
    ]);
  });

  it('shows the page and section of a paged passage, and the engine\'s explanation as the reason', () => {
    const model = buildReport([{ name: 'brief.md', text: TEXT, result }], (key) => (key === 'report' ? { key, title: 'Annual report', file: '/corpus/report.pdf', url: 'https://example.org/report.pdf' } : undefined));
    const html = renderReportHtml(model);
    assert.match(html, /— Annual report <code>@report<\/code>, p\. 12, § Annual accounts, \/corpus\/report\.pdf · <em>contradicts<\/em> · <a href="https:\/\/example\.org\/report\.pdf" rel="noopener noreferrer">source<\/a>/);
    assert.match(html, /<strong>Why:<\/strong> Decided by the figure check: the brief&#39;s “£5 million” conflicts with the source&#39;s “£6 million”\./);
    assert.equal(html.match(/<a class="claim /g)?.length, 2, 'both claims are marked in the text');
    assert.match(renderReportCsv(model).split('\r\n')[1] ?? '', /^brief\.md,1,3,Funding,The fund gave £5 million in 2024,contradicted,,report,12,/);
    assert.match(renderReportMarkdown(model), /`@report` p\. 12: “The fund gave £6 million in 2024\.”/);
  });
});
