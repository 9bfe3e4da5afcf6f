// A sentence that says "she" under its subject's title heading names that subject as much as one
// that writes the name (FEVER and KILT read a Wikipedia sentence with its page title): among
// passages that bear a claim out, the one stating all of it comes first. The verdict is unchanged.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import { evidenceAt, sentenceAt } from './helpers';

const FILLER = 'Farmers planted wheat in the spring.\n\nThe harbour opened a new pier.\n\nTeachers met in the capital.\n\n';
/** Makes "daily" a common word, so that the name weighs more than it. */
const DAILY = 'The gardeners worked daily.\n\nThe cooks baked bread daily.\n\nThe guards changed daily.\n\n';

function shown(text: string, claim: string): { verdict: string; first: string } {
  const corpus = new Corpus([{ key: 'page', title: 'page', file: '/corpus/page.md', text }]);
  const sentence = sentenceAt(new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1));
  return { verdict: sentence.verdict, first: evidenceAt(sentence).text };
}

describe('evidence: a pronoun under its subject\'s title heading', () => {
  const stating = 'She embroidered cushions daily.';
  const naming = 'Mary Stuart embroidered cushions.';

  it('shows first the sentence that says "she" and states the whole claim', () => {
    const page = `# Mary Stuart\n\n${DAILY}${FILLER}${naming}\n\n${FILLER}${stating}\n`;
    assert.deepEqual(shown(page, 'Mary Stuart embroidered cushions daily.'), { verdict: 'supported', first: stating });
  });

  it('gives the pronoun nothing without a title heading (plain text)', () => {
    const page = `Mary Stuart\n\n${DAILY}${FILLER}${naming}\n\n${FILLER}${stating}\n`;
    assert.deepEqual(shown(page, 'Mary Stuart embroidered cushions daily.'), { verdict: 'supported', first: naming });
  });
});
