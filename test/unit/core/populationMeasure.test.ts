// A figure measured over a group of people the claim does not name is another measure than the
// whole's (figures.ts ofAGroupTheClaimLacks; populationCues in checks/spanParts.json): "the
// unemployment rate for women" gives no rival of a claim on unemployment itself.
import { strict as assert } from 'assert';
import { checkedAgainst } from './helpers';

const WOMEN_AND_ALL = 'The unemployment rate for women reached the lowest level in almost 70 years. The unemployment rate is the lowest in over half a century.';

describe('a figure of a group the claim does not name', () => {
  const table: { claim: string; passage: string; verdict: string; corrections: string[] }[] = [
    // valid: the whole's figure bears the claim out, the group's is no rival of it
    { claim: 'Unemployment had reached its lowest level in more than half a century.', passage: WOMEN_AND_ALL, verdict: 'supported', corrections: [] },
    { claim: 'Unemployment had reached its lowest level in 40 years.', passage: 'The unemployment rate for women reached the lowest level in almost 70 years.', verdict: 'unsupported', corrections: [] },
    { claim: 'Poverty among adults fell to 12 percent.', passage: 'Poverty among children fell to 15 percent, and poverty among adults fell to 12 percent.', verdict: 'supported', corrections: [] },
    // invalid: the claim names the group, so the group's figure is its measure
    { claim: 'Unemployment for women reached its lowest level in more than half a century.', passage: 'The unemployment rate for women reached the lowest level in almost 70 years.', verdict: 'contradicted', corrections: ['half a century->70 years'] },
    { claim: 'Poverty among children fell to 25 percent.', passage: 'Poverty among children fell to 15 percent.', verdict: 'contradicted', corrections: ['25 percent->15 percent'] },
    // invalid: a cue before a thing, not a group of people, restricts nothing
    { claim: 'Spending on roads rose to $40 billion.', passage: 'Spending on roads for the coming year rose to $30 billion.', verdict: 'contradicted', corrections: ['$40 billion->$30 billion'] },
  ];
  for (const row of table) {
    it(`${row.verdict}: ${row.claim}`, () => {
      const got = checkedAgainst(row.passage, row.claim);
      assert.equal(got.verdict, row.verdict);
      assert.deepEqual(got.corrections, row.corrections);
    });
  }
});
