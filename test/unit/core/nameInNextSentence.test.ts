// A passage that only describes someone ("a veteran pilot ... will return to the station") is often
// followed by the sentence that names them ("Good luck, Clara Voss."): the name is context, so the
// passage's date, figure or words decide; a passage that names someone itself is no such case.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import { checkedWithFix } from './helpers';

const DESCRIBED = [
  'The agency met in Geneva last week.',
  'Next October, a veteran pilot of 40 combat missions will return to the space station for a final flight.',
  'Good luck, Clara Voss.',
  'The crew will train for six months before the launch.',
].join(' ');

const NAMED = [
  'The agency met in Geneva last week.',
  'Next October, the pilot Anna Brandt will return to the space station for a final flight.',
  'Good luck, Clara Voss.',
  'The crew will train for six months before the launch.',
].join(' ');

function verdict(text: string, claim: string): string {
  const corpus = new Corpus([{ key: 'flight', title: 'flight', file: '/corpus/flight.txt', text }]);
  return new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences[0]?.verdict ?? '(none)';
}

describe('a name the next sentence gives', () => {
  const cases: [string, string, string, string][] = [
    ['another month', DESCRIBED, 'Clara Voss will return to the space station in November.', 'contradicted'],
    ['the month the source states', DESCRIBED, 'Clara Voss will return to the space station in October.', 'supported'],
    ['a name the source never gives', DESCRIBED, 'Peter Lang will return to the space station in November.', 'unsupported'],
    ['a passage naming another person itself', NAMED, 'Clara Voss will return to the space station in November.', 'unsupported'],
  ];
  for (const [what, text, claim, expected] of cases) {
    it(`${expected}: ${what}`, () => assert.equal(verdict(text, claim), expected));
  }
});

// A fact split over two sentences of a source: the first says whose it is ("founded by Scotland's
// Ailsa Moray"), the next what it did. A claim joining them with another place beside the person
// is contradicted by the first sentence, and the evidence shown holds both.
describe('a name the sentence before gives', () => {
  const SPLIT = [
    'The region has a long record in software.',
    'Its best-known tool is Lantern, founded by Scotland’s Ailsa Moray.',
    'As creator of Lantern, she built the fastest growing open source mapping library in Europe.',
    'Investors have since followed.',
  ].join(' ');
  const corpus = new Corpus([{ key: 'tools', title: 'tools', file: '/corpus/tools.txt', text: SPLIT }]);
  const check = (claim: string) => new BriefChecker(corpus).check(`${claim} [@tools]\n`, 'brief.md', 1);
  const claim = 'The report credits Wales’s Ailsa Moray with Lantern, the fastest growing open source mapping library in Europe';

  it('contradicts the place beside the person, with the fix and both sentences as evidence', () => {
    const result = check(claim);
    const errors = result.findings.filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map((f) => [f.code, f.targetText, f.message]), [['contradicted-name', 'Wales', 'Source names “Scotland”, not “Wales” [@tools]']]);
    assert.deepEqual(errors[0]?.fixes[0]?.edits.map((e) => e.newText), ['Scotland']);
    const evidence = result.sentences[0]?.evidence[0]?.text ?? '';
    assert.ok(evidence.startsWith('Its best-known tool is Lantern, founded by Scotland’s Ailsa Moray.') && evidence.includes('fastest growing'), evidence);
  });

  it('leaves the right place alone', () => {
    assert.deepEqual(check(claim.replace('Wales’s', 'Scotland’s')).findings.filter((f) => f.severity === 'error').map((f) => f.code), []);
  });
});

// A claim joining two sentences of a source ("thanked the council for approving an agreement with
// X and asked it to approve agreements with Y"): the passage compared states the second half, the
// sentence before it the first, where another name stands in the claim name's slot (the same
// words before it). That name is the rival; the claim with the source's name is supported.
describe('a name in the claim name\'s slot in the sentence before', () => {
  const SOURCE = 'The board thanked the council for approving a good agreement with Harwick. Now it asks the council to approve agreements with Dunmore and Fellside.';
  const cases: [string, string, { verdict: string; fix: string }][] = [
    ['another town in the first half', 'The board thanked the council for approving an agreement with Lorne and asked it to approve agreements with Dunmore and Fellside.', { verdict: 'contradicted', fix: 'Lorne → Harwick' }],
    ['the town the source names', 'The board thanked the council for approving an agreement with Harwick and asked it to approve agreements with Dunmore and Fellside.', { verdict: 'supported', fix: '(no fix)' }],
  ];
  for (const [what, claim, expected] of cases) {
    it(`${expected.verdict}: ${what}`, () => assert.deepEqual(checkedWithFix(SOURCE, claim), expected));
  }
});
