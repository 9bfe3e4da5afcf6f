// Two names that hold the same office ("Treasury Secretary Donald Regan" / "Treasury Secretary Jim
// Baker") stand in one role: the swap is an error even where the words around them differ.
import * as assert from 'node:assert/strict';
import { sameOffice } from '../../../src/core/verify/names';
import { checkedAgainst } from './helpers';

describe('names holding the same office', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Treasury Secretary Donald Regan', 'Treasury Secretary Jim Baker', true],
    ['Senator Tom Harkin', 'Senator Judd Gregg', true],
    ['President Bush', 'President Obama', true],
    // No title in common, or the same name.
    ['Donald Regan', 'Jim Baker', false],
    ['Senator Tom Harkin', 'Chairman John Boehner', false],
    ['Treasury Secretary Jim Baker', 'Treasury Secretary', false],
  ];
  for (const [claimed, stated, expected] of cases) {
    it(`"${claimed}" / "${stated}": ${expected ? 'one office' : 'not one office'}`, () => assert.equal(sameOffice(claimed, stated), expected));
  }

  it('a swapped office holder is contradicted, with the source\'s name as the fix', () => {
    const passage = 'Tonight I am directing Treasury Secretary Jim Baker to determine if the nations of the world should convene to discuss the role and relationship of our currencies.';
    const claim = 'He also asked Treasury Secretary Donald Regan to examine whether the nations of the world should meet to discuss their currencies.';
    assert.deepEqual(checkedAgainst(passage, claim), { verdict: 'contradicted', decidedBy: 'name', corrections: ['Treasury Secretary Donald Regan->Treasury Secretary Jim Baker'] });
  });
});
