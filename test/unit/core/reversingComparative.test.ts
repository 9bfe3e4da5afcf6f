// A comparative that reverses its adjective's scale on one side only: "cheaper" and "less
// expensive" say the same thing, as a negated antonym does (negatedOpposite.test.ts); with the
// comparative on both sides or on neither, the antonyms still exclude each other.
import * as assert from 'node:assert/strict';
import { checkedAgainst } from './helpers';

const SOURCE = 'Our new plans are up to 60 percent less expensive than the old ones.';

describe('a comparative that reverses its scale', () => {
  const cases: [string, string, string][] = [
    ['"cheaper" for "less expensive"', 'Trump said his new plans were up to 60 percent cheaper than the old ones.', 'supported'],
    ['"more expensive" for "less expensive"', 'Trump said his new plans were up to 60 percent more expensive than the old ones.', 'contradicted'],
  ];
  for (const [what, claim, expected] of cases) {
    it(`${expected}: ${what}`, () => assert.equal(checkedAgainst(SOURCE, claim).verdict, expected));
  }

  it('"less costly" for "cheaper" is supported; "costlier" for "cheaper" is contradicted', () => {
    const source = 'The new reactors are far cheaper to build than the old designs.';
    assert.equal(checkedAgainst(source, 'The new reactors are far less costly to build than the old designs.').verdict, 'supported');
    assert.equal(checkedAgainst(source, 'The new reactors are far costlier to build than the old designs.').verdict, 'contradicted');
  });
});
