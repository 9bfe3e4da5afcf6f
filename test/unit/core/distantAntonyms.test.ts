// Antonyms reached through hypernyms of both words (lexicon/relation.ts, `distant`) exclude each
// other only in the claim word's own slot, never anywhere in the passage: "growth package that
// includes" says nothing against "job growth had slowed". Direct antonyms still do.
import * as assert from 'node:assert/strict';
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
