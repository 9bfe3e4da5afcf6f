// Alignment and natural-logic decisions (issue 12): an opposite predicate or another kind of the
// same thing in the claim's place contradicts; an excluding word elsewhere in the passage does
// not; a word the passage says more specifically bears the claim out.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';

function check(passage: string, claim: string, key = 'src'): { verdict: string; corrections: string[]; decidedBy?: string } {
  const corpus = new Corpus([{ key, title: key, file: `/corpus/${key}.txt`, text: `${FILLER} ${passage} ${FILLER}` }]);
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

  it('does not let a more specific passage word bear out a noun the claim restricts by an adjective', () => {
    const passage = 'The senator suffered from pneumonia for most of her adult life.';
    const table: Array<[string, string]> = [
      // The passage's word is a kind of the noun: support.
      ['The senator suffered from a disease for most of her adult life.', 'supported'],
      // A kind of disease, not known to be a kind of venereal disease: no support, whatever the adjective weighs.
      ['The senator suffered from a venereal disease for most of her adult life.', 'unsupported'],
      ['The senator suffered from a contagious disease for most of her adult life.', 'unsupported'],
      // The passage's own word: support.
      ['The senator suffered from pneumonia for most of her adult life.', 'supported'],
    ];
    assert.deepEqual(
      table.map(([claim]) => [claim, check(passage, claim).verdict]),
      table,
    );
  });

  it('aligns a speaker named as the subject with the source he is the author of, not with another\'s', () => {
    // The address says "we"; the claim names the speaker, the surname in the source's file name.
    const passage = 'We have cut the federal payroll by 300,000 workers.';
    const claim = 'Clinton cut the payroll by 300,000.';
    const table: Array<[string, string]> = [
      ['1998_william_j_clinton_d', 'supported'],
      ['2008_george_w_bush_r', 'unsupported'],
    ];
    assert.deepEqual(
      table.map(([key]) => [key, check(passage, claim, key).verdict]),
      table,
    );
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

  it('aligns each passage word with one claim word: a word the passage repeats can stand against the claim\'s opposite', () => {
    // "free world ... free nations": the second "free" is left for the claim's "unfree".
    assert.deepEqual(check('The free world saw it happen, and the free nations accepted our leadership.', 'The free world saw it happen, and the unfree nations accepted our leadership.'), {
      verdict: 'contradicted',
      corrections: ['unfree->free'],
      decidedBy: 'antonym',
    });
    // A word the claim repeats where the passage has it once and its opposite beside it.
    assert.equal(check('The new laws of the state strengthen rather than weaken the unions.', 'The new laws of the state strengthen rather than strengthen the unions.').verdict, 'contradicted');
    // The figure's words a passage repeats ("million" twice) are no opposite of anything.
    assert.notEqual(check('After we promised 100 million shots in 100 days, we gave over 220 million shots in those 100 days.', 'Over 220 million shots were given in the first 100 days.').verdict, 'contradicted');
  });

  it('never lets the year a source is from confirm another year its passage states', () => {
    const passage = 'I have just concluded preparing the budget submissions for fiscal year 1976.';
    assert.equal(check(passage, 'I have just concluded preparing the budget submissions for fiscal year 1976.', '1975_ford').verdict, 'supported');
    assert.deepEqual(check(passage, 'I have just concluded preparing the budget submissions for fiscal year 1975.', '1975_ford').corrections, ['1975->1976']);
    // The source's year still stands for a claim that names both ("In 1975, ... fiscal year 1976").
    assert.equal(check(passage, 'In 1975 the President had just concluded preparing the budget submissions for fiscal year 1976.', '1975_ford').verdict, 'supported');
  });

  it('resolves a date stated relative to another ("one year before February 2026" is 2025)', () => {
    const passage = 'DeepSeek released its open model R1 in 2025, to wide acclaim.';
    assert.equal(check(passage, 'DeepSeek released its open model R1 one year before February 2026.', 'post-2026').verdict, 'supported');
    assert.equal(check(passage, 'DeepSeek released its open model R1 two years after 2023.', 'post-2026').verdict, 'supported');
    assert.notEqual(check(passage, 'DeepSeek released its open model R1 three years before February 2026.', 'post-2026').verdict, 'supported');
  });
});
