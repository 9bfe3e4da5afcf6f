// When a cited source came out (verify/publication.ts): a claim that says so is compared with the
// source's dateline, the passage near its top that is a date, by that date alone.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';

const ESSAY = ['Skip to main content', 'Harbours Without Borders', 'Amrit Kaur', '2nd February 2026', 'The northern port handled 40,000 containers a month in 2025, a record for the region.'].join('\n\n');
const UNDATED = ['Notes on shipping', 'The southern port opened a second pier in 2019.'].join('\n\n');

function checked(claim: string): { verdict: string; findings: string[]; evidence: string } {
  const corpus = new Corpus([
    { key: 'kaur2026', title: 'Harbours Without Borders', author: 'Amrit Kaur', file: '/corpus/kaur.txt', text: ESSAY },
    { key: 'notes', title: 'Notes on shipping', file: '/corpus/notes.txt', text: UNDATED },
  ]);
  const result = new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1);
  const sentence = result.sentences[0];
  return {
    verdict: sentence?.verdict ?? '(none)',
    findings: result.findings.map((f) => `${f.code}: ${f.message} | ${f.fixes.filter((x) => x.kind !== 'suppress').map((x) => x.title).join('; ')}`),
    evidence: sentence?.evidence[0]?.text ?? '',
  };
}

describe('a claim of when the cited source was published, against its dateline', () => {
  it('another month is contradicted, with the dateline as evidence and its date as the fix', () => {
    const result = checked("Kaur's essay was published in March 2026 [@kaur2026].");
    assert.equal(result.verdict, 'contradicted');
    assert.equal(result.evidence, '2nd February 2026');
    assert.deepEqual(result.findings, ['contradicted-date: Source says “2nd February 2026”, not “March 2026” [@kaur2026] | Replace “March 2026” with “2nd February 2026” (as the source states)']);
  });

  it('the same month or year is borne out', () => {
    assert.equal(checked('The essay was published in February 2026 [@kaur2026].').verdict, 'supported');
    assert.equal(checked("Kaur's essay appeared in 2026 [@kaur2026].").verdict, 'supported');
  });

  it('the dateline bears out the date, not what else the claim says of the source', () => {
    assert.notEqual(checked("Kaur's essay, published in February 2026, praises the southern port's new pier [@kaur2026].").verdict, 'supported');
    assert.equal(checked("Kaur's essay, published in March 2026, praises the southern port's new pier [@kaur2026].").verdict, 'contradicted');
  });

  it('uncited, the source is the one whose author the claim names', () => {
    assert.equal(checked("Kaur's essay was published in March 2026.").verdict, 'contradicted');
  });

  it('a frame that dates the writing ("Writing on …", "In a … essay") is compared with the dateline, whatever the passage bears out', () => {
    const claim = (frame: string): string => `${frame} the northern port handled 40,000 containers a month in 2025 [@kaur2026].`;
    const wrong = checked(claim('Writing on 2 February 2025, Amrit Kaur recalled that'));
    assert.equal(wrong.verdict, 'contradicted');
    assert.equal(wrong.evidence, '2nd February 2026');
    assert.deepEqual(wrong.findings, ['contradicted-date: Source says “2nd February 2026”, not “2 February 2025” [@kaur2026] | Replace “2 February 2025” with “2nd February 2026” (as the source states)']);
    assert.equal(checked(claim('In a March 2026 essay, Kaur notes that')).verdict, 'contradicted');
    // The dateline's own date leaves the claim to the passage that states it.
    assert.equal(checked(claim('Writing on 2 February 2026, Amrit Kaur recalled that')).verdict, 'supported');
    // A date in a frame of saying may be the reported event's: not compared with the dateline.
    assert.notEqual(checked(claim('In March 2026, Kaur said that')).verdict, 'contradicted');
  });

  it('is not read into other verbs, a source without a dateline, or two cited sources', () => {
    // "released" is said of models and products, not of the source.
    assert.notEqual(checked('The port released its figures in March 2026 [@kaur2026].').verdict, 'contradicted');
    assert.equal(checked('The note was published in March 2026 [@notes].').verdict, 'unsupported');
    assert.notEqual(checked('The essay was published in March 2026 [@kaur2026; @notes].').verdict, 'contradicted');
  });
});
