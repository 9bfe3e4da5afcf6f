// An appraisal of a speech, a text or what it proposes is the writer's opinion when no source
// states it; a source that states it makes it a claim again. Valid and invalid cases as a table.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import { nth } from '../../support/present';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';
const corpus = new Corpus([
  { key: 'speech', title: 'Speech', file: '/corpus/speech.txt', text: `${FILLER} The harbour levy was a fair and overdue correction to an unjust tariff, the minister said. ${FILLER}` },
]);

function checked(claim: string): { verdict: string; cue?: string; words?: string } {
  const sentence = nth(new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences, 0, 'sentence');
  const analysis = sentence.explanation?.analysis;
  return { verdict: sentence.verdict, ...(analysis ? { cue: analysis.cue, words: analysis.words.join(' ') } : {}) };
}

describe('an appraisal of a speech or a text is analysis', () => {
  const appraisals: [string, string][] = [
    ['The governor\'s "harbour first" label was needlessly provocative.', 'label was'],
    ['Her candid admission that the port had failed was refreshingly honest.', 'admission was'],
    ["The domestic section of the mayor's address felt like an afterthought.", 'section felt'],
    ["The council's proposal remains a bold answer to a hard question.", 'proposal remains'],
    // An adjective weighs, whatever name follows it.
    ["The mayor's passage on the docks was admirably frank for a politician from the North.", 'passage was'],
    // An adjective in "-ing" WordNet lists as one weighs too.
    ["The council's essay is more convincing in its history of the docks than in its proposals.", 'essay is'],
    // After a possessive a verb of saying is a noun ("report"), no reporting frame.
    ["The council's report is more convincing in its history of the docks than in its proposals.", 'report is'],
  ];
  for (const [sentence, words] of appraisals) {
    it(`"${sentence}" is an appraisal (${words})`, () => {
      assert.deepEqual(checked(sentence), { verdict: 'opinion', cue: 'appraisal', words });
    });
  }

  const claims: string[] = [
    // A participle is an event a source may report.
    'The harbour treaty was signed by both mayors.',
    // A figure, a name or a quotation in the predicate is something a source may state.
    'The proposal was a $10 million dredging programme.',
    "The mayor's address was a tribute to Amelia Earhart.",
    // The subject is not a speech or a text.
    'The harbour was quiet and cold.',
    // The linking verb belongs to a quotation or a clause of another verb.
    'The mayor quoted a docker as saying, "We are strong."',
    'The mayor did not pretend that the road to peace was easy.',
  ];
  for (const sentence of claims) {
    it(`"${sentence}" is not an appraisal`, () => {
      assert.notEqual(checked(sentence).cue, 'appraisal');
    });
  }

  it('one a source states is judged as a claim', () => {
    assert.equal(checked('The harbour levy was a fair and overdue correction to an unjust tariff.').verdict, 'supported');
  });
});
