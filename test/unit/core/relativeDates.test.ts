// Dates stated relative to another (relativeDates.json): the year they name.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/claims/analyze';
import { shiftedYear } from '../../../src/core/claims/relativeDates';

function shifted(text: string): (number | undefined)[] {
  const a = analyze(text, 0);
  return a.quantities.filter((q) => q.kind === 'year' || q.kind === 'date').map((q) => shiftedYear(q, a.quantities, a.tokens));
}

describe('relative dates', () => {
  it('shifts a date by the whole years before or after it', () => {
    assert.deepEqual(shifted('The model came out one year before February 2026.'), [2025]);
    assert.deepEqual(shifted('The model came out two years after 2019.'), [2021]);
    assert.deepEqual(shifted('The law passed three years prior to 2020.'), [2017]);
    assert.deepEqual(shifted('The plant opened 24 months after 2010.'), [2012]);
  });

  it('leaves a date alone when nothing shifts it, or the shift is under a year', () => {
    assert.deepEqual(shifted('The model came out in February 2026.'), [undefined]);
    assert.deepEqual(shifted('The model came out two weeks before February 2026.'), [undefined]);
    assert.deepEqual(shifted('It ran for two years, after 2019.'), [undefined]);
  });
});
