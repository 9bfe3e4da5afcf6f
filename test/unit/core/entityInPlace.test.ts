// A name the claim takes from the passage's neighbours while the passage itself names another in
// its place: the passage speaks of that other one (the entity perturbation class).
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';

const TEXT = [
  'The governor Marcus Vellius ruled the province before him and built the great harbour at Ostia.',
  'Such events were occasionally on a huge scale; in 107 the consul Gaius Opimius celebrated his victories in Dacia with contests involving 11,000 animals.',
  'The games lasted for many months and drew crowds from every province.',
].join(' ');

function verdict(claim: string): string {
  const corpus = new Corpus([{ key: 'games', title: 'games', file: '/corpus/games.txt', text: TEXT }]);
  return new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences[0]?.verdict ?? '(none)';
}

describe('a name in the place of another', () => {
  it('contradicts a person swapped for one the neighbouring sentence names', () => {
    assert.equal(verdict('In 107 the consul Marcus Vellius celebrated his victories in Dacia with contests involving 11,000 animals.'), 'contradicted');
  });
  it('still supports the sentence as the source states it', () => {
    assert.equal(verdict('In 107 the consul Gaius Opimius celebrated his victories in Dacia with contests involving 11,000 animals.'), 'supported');
  });
});
