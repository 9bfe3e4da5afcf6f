// Projection beyond negation (issue 12, MacCartney & Manning 2009): quantifiers and focus words
// set the monotonicity of their restrictor and body (operators.json), and a claim operator the
// passage does not entail keeps the claim from support.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { analyze } from '../../../src/core/claims/analyze';
import { Corpus } from '../../../src/core/corpus/corpus';
import { monotonicity, operatorsOf } from '../../../src/core/verify/checks/operators';
import data from '../../../src/core/verify/checks/operators.json';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';

function verdict(passage: string, claim: string): { verdict: string; decidedBy?: string } {
  const corpus = new Corpus([{ key: 'src', title: 'src', file: '/corpus/src.txt', text: `${FILLER} ${passage} ${FILLER}` }]);
  const s = new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences[0]!;
  return { verdict: s.verdict, decidedBy: s.explanation?.decidedBy };
}

function marks(text: string): string {
  const a = analyze(text, 0);
  const m = monotonicity(a);
  return a.tokens.map((t, i) => `${t.norm}:${m[i]}`).join(' ');
}

describe('natural-logic operators', () => {
  it('has one entry per operator id, entailing only known operators', () => {
    const ids = data.operators.map((o) => o.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const o of data.operators) for (const e of o.entails) assert.ok(ids.includes(e), `${o.id} entails unknown ${e}`);
  });

  it('marks the restrictor and body of "all", "few" and "only"; negation composes with them', () => {
    assert.equal(marks('All firms raised prices.'), 'all:up firms:down raised:up prices:up');
    assert.equal(marks('Few firms raised prices.'), 'few:up firms:non raised:down prices:down');
    assert.equal(marks('Not all firms raised prices.'), 'not:up all:down firms:up raised:down prices:down');
    assert.equal(marks('Only citizens can vote.'), 'only:up citizens:non can:down vote:down');
  });

  it('reads no operator in a superlative, "a few", "all over" or a figure\'s bound', () => {
    const ids = (text: string): string[] => operatorsOf(analyze(text, 0)).map((o) => o.operator.id);
    assert.deepEqual(ids('It is the most shocking film of the year.'), []);
    assert.deepEqual(ids('A few firms raised prices.'), ['some']);
    assert.deepEqual(ids('It has stores all over the globe.'), []);
    assert.deepEqual(ids('More than 60 countries signed.'), []);
    // An approximator between them keeps "only" the figure's bound.
    assert.deepEqual(ids('The model cost only about $300,000 to train.'), []);
    assert.deepEqual(ids('Only about the north voted.'), ['only']);
    // An operator word that begins a compound is the compound's.
    assert.deepEqual(ids('Exports hit an all-time high.'), []);
    assert.deepEqual(ids('All exports hit a high.'), ['all']);
  });

  it('a figure "only about" qualifies is borne out by the figure alone', () => {
    assert.equal(verdict('DeepSeek R1 post-train cost $300k.', 'DeepSeek R1 cost only about $300,000 to post-train.').verdict, 'supported');
  });

  it('never supports a claim that adds "only" or says "all" where the passage says "most"', () => {
    assert.equal(verdict('Citizens of Estonia voted in the regional elections of 2019.', 'Only citizens of Estonia voted in the regional elections of 2019.').verdict, 'unsupported');
    assert.deepEqual(verdict('Most regional banks raised their lending rates in March.', 'All regional banks raised their lending rates in March.'), { verdict: 'unsupported', decidedBy: 'operator' });
    // The weaker claim is borne out: "all" entails "most".
    assert.equal(verdict('All regional banks raised their lending rates in March.', 'Most regional banks raised their lending rates in March.').verdict, 'supported');
  });

  it('turns the direction of a WordNet relation under a downward operator ("few ... trucks" / "few ... vehicles")', () => {
    // Upward: a more specific passage word bears out a general claim word.
    assert.equal(verdict('The regional dealers sold trucks to farmers last spring.', 'The regional dealers sold vehicles to farmers last spring.').verdict, 'supported');
    // Under "few" (downward body) the same edit does not: few sold trucks does not mean few sold vehicles.
    assert.equal(verdict('Few regional dealers sold trucks to farmers in 2019.', 'Few regional dealers sold vehicles to farmers in 2019.').verdict, 'unsupported');
  });
});
