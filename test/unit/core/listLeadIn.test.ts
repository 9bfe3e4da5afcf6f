// A list item reads with its list's lead-in ("What Europe should do right now:"), as a passage
// reads with its source's title: the lead-in says what each item is, however far down the item.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import { nth } from '../../support/present';

const SOURCE = [
  'Farmers planted wheat in the spring. The harbour opened a new pier.',
  'What Europe should do right now:',
  '1. Call all the European researchers working on AI back home.',
  '2. Fill EU places having GPUs with money.',
  '3. Build power plants of every kind quickly.',
  '4. AI partnerships with China + India.',
  'Teachers met in the capital.',
].join('\n');

function verdictOf(claim: string): string {
  const corpus = new Corpus([{ key: 'post', title: 'post', file: '/corpus/post.txt', text: SOURCE }]);
  return nth(new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences, 0, 'sentence').verdict;
}

describe('a list item and its lead-in', () => {
  it('the lead-in four items up is the item\'s context: a swapped name is contradicted', () => {
    assert.equal(verdictOf('One post says Europe should right now build AI partnerships with China and Brazil.'), 'contradicted');
  });
  it('and the item as stated is borne out', () => {
    assert.equal(verdictOf('One post says Europe should right now build AI partnerships with China and India.'), 'supported');
  });
});
