// Antonyms reached through hypernyms of both words (lexicon/relation.ts, `distant`) exclude each
// other only in the claim word's own slot, never anywhere in the passage: "growth package that
// includes" says nothing against "job growth had slowed". Direct antonyms still do.
import * as assert from 'node:assert/strict';
import { relation } from '../../../src/core/lexicon/relation';
import { checkedWithFix } from './helpers';

const PACKAGE = 'So last week, my administration reached agreement with Speaker Pelosi and Republican Leader Boehner on a robust growth package that includes tax relief for individuals and families and incentives for business investment.';

describe('antonyms through two chains of hypernyms', () => {
  it('a distant antonym elsewhere in the passage contradicts nothing', () => {
    const checked = checkedWithFix(PACKAGE, 'Bush said the growth package slowed.');
    assert.deepEqual(checked, { verdict: 'unsupported', fix: '(no fix)' });
  });
  it('a direct antonym anywhere in the passage still does', () => {
    const checked = checkedWithFix('Exports are rising, but the housing market has declined.', 'The housing market has declined even as exports were falling.');
    assert.deepEqual(checked, { verdict: 'contradicted', fix: 'falling → rising' });
  });
});

describe('antonyms through two satellites (WordNet\'s indirect antonyms)', () => {
  it('are distant: "existing" (like "present") and "last" (like "past"), "fifth" and "million"', () => {
    assert.deepEqual(relation('existing', 'last'), { relation: 'alternation', via: 'antonym', distant: true });
    assert.equal(relation('fifth', 'million').distant, true);
  });
  it('one satellite of a head still opposes the other head anywhere: "costly" (like "expensive") and "cheap"', () => {
    assert.deepEqual(relation('cheap', 'costly'), { relation: 'alternation', via: 'antonym' });
    assert.deepEqual(relation('cheap', 'expensive'), { relation: 'alternation', via: 'antonym' });
  });
  it('an indirect antonym elsewhere in the passage contradicts nothing', () => {
    const source = 'When a system penalizes work, there is no alternative to abolishing that system and adopting in its place the program of income support and job training which I recommended to the Congress last year.';
    const claim = 'The President said there was no alternative to abolishing the existing system and adopting in its place the program of income support and job training.';
    assert.deepEqual(checkedWithFix(source, claim), { verdict: 'supported', fix: '(no fix)' });
  });
});
