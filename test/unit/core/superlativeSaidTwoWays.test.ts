// A superlative said two ways: "No start-up has raised more funding than NScale" (or "as much
// funding as NScale") states what "NScale has received more funding than any start-up" states.
// The negative quantifier and the comparative or equative are one construction, no negation of
// the shared words (superlatives.json).
import * as assert from 'node:assert/strict';
import { checkedWithFix } from './helpers';

const SOURCE = 'The much lauded UK company NScale has received more funding than any European start up in history.';

/** One `describe` of claims checked against one source: [what, claim, expected verdict] rows. */
function verdictTable(title: string, source: string, cases: readonly [string, string, string][]): void {
  describe(title, () => {
    for (const [what, claim, expected] of cases) it(`${expected}: ${what}`, () => assert.equal(checkedWithFix(source, claim).verdict, expected));
  });
}

verdictTable('a superlative said with a negative quantifier', SOURCE, [
  ['a comparative: "no start-up … more funding than NScale"', 'No European start-up in history has received more funding than NScale.', 'supported'],
  ['an equative: "no start-up … as much funding as NScale"', 'No European start-up in history has received as much funding as NScale.', 'supported'],
  ['the opposite equative: "as little funding as NScale"', 'No European start-up in history has received as little funding as NScale.', 'contradicted'],
]);

verdictTable('a superlative said as a negated degree bounded by a time', 'Unemployment has not been this low since 1969, and wages are rising again.', [
  ['"the lowest since 1969" for "not been this low since 1969"', 'Unemployment is at its lowest level since 1969.', 'supported'],
  ['"the highest since 1969" for "not been this low since 1969"', 'Unemployment is at its highest level since 1969.', 'contradicted'],
]);

// "No N is more ADJ than X" says "X is the most ADJ of N".
verdictTable('a superlative said as "none … more ADJ than X"', 'Of all the harbour schemes of the decade, none is really more costly than the new northern pier.', [
  ['"the most costly" for "none … more costly than"', 'The mayor called the new northern pier the most costly of the harbour schemes of the decade.', 'supported'],
  ['"the least costly" for "none … more costly than"', 'The mayor called the new northern pier the least costly of the harbour schemes of the decade.', 'contradicted'],
]);
