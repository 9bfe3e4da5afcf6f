// A passage that only describes someone ("a veteran pilot ... will return to the station") is often
// followed by the sentence that names them ("Good luck, Clara Voss."): the name is context, so the
// passage's date, figure or words decide; a passage that names someone itself is no such case.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';

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
