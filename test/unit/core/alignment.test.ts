// Alignment and natural-logic decisions (issue 12): an opposite predicate or another kind of the
// same thing in the claim's place contradicts; an excluding word elsewhere in the passage does
// not; a word the passage says more specifically bears the claim out.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';

function check(passage: string, claim: string): { verdict: string; corrections: string[]; decidedBy?: string } {
  const corpus = new Corpus([{ key: 'src', title: 'src', file: '/corpus/src.txt', text: `${FILLER} ${passage} ${FILLER}` }]);
  const s = new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences[0]!;
  return { verdict: s.verdict, corrections: s.corrections.map((c) => `${c.claimed}->${c.source}`), decidedBy: s.explanation?.decidedBy };
}

describe('alignment with WordNet', () => {
  it('contradicts an opposite predicate WordNet gives through a hypernym ("expanded" / "shrank")', () => {
    assert.deepEqual(check('The regional rail network shrank sharply during the decade.', 'The regional rail network expanded sharply during the decade.'), {
      verdict: 'contradicted',
      corrections: ['expanded->shrank'],
      decidedBy: 'antonym',
    });
  });

  it('does not support a claim whose noun the passage replaces by an unrelated one ("oats" / "barley")', () => {
    const found = check('The province exported barley to its neighbours last season.', 'The province exported oats to its neighbours last season.');
    assert.equal(found.verdict, 'unsupported');
    assert.equal(found.decidedBy, 'words');
  });

  it('ignores an excluding word that stands elsewhere ("close to 18 million" / "so far")', () => {
    assert.equal(check('Nearly 18 million people have gained coverage so far.', 'Close to 18 million people gained coverage.').verdict, 'supported');
  });

  it('lets a more specific passage word bear out the claim ("tariffs" for "taxes"), not the reverse', () => {
    assert.equal(check('The ministry raised tariffs on imported steel in the spring budget.', 'The ministry raised taxes on imported steel in the spring budget.').verdict, 'supported');
    assert.notEqual(check('The ministry raised taxes on imported steel in the spring budget.', 'The ministry raised tariffs on imported steel in the spring budget.').verdict, 'supported');
  });

  it('never supports a claim that adds a negation the passage lacks', () => {
    const found = check('Canada is exempt from the new tariff rules on steel.', 'Canada is not exempt from the new tariff rules on steel [@src].');
    assert.notEqual(found.verdict, 'supported');
    assert.equal(found.decidedBy, 'negation');
    // A cue the passage says with another negation ("without") is no added negation.
    assert.equal(check('The protocol allows local adaptation without data exfiltration.', 'The protocol allows local adaptation so data is not exfiltrated.').verdict, 'supported');
  });

  it('reads dates as chrono-node does: "the 1st of October" is "1 October", another day or month contradicts', () => {
    const passage = 'The new emissions rule took effect on the 1st of October after a long consultation.';
    assert.equal(check(passage, 'The new emissions rule took effect on 1 October after a long consultation.').verdict, 'supported');
    assert.equal(check(passage, 'The new emissions rule took effect in October after a long consultation.').verdict, 'supported');
    assert.deepEqual(check(passage, 'The new emissions rule took effect on the 3rd of October after a long consultation.'), {
      verdict: 'contradicted',
      corrections: ['3rd of October->1st of October'],
      decidedBy: 'date',
    });
    assert.deepEqual(check(passage, 'The new emissions rule took effect in early March after a long consultation.').corrections, ['March->1st of October']);
  });
});
