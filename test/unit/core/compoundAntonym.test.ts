// An antonym that opens a hyphenated compound modifies the compound's head ("high-performance
// inference"): it excludes the claim's word only where the two stand in the same role, not
// anywhere in the passage as a free antonym does.
import * as assert from 'node:assert/strict';
import { checkedAgainst } from './helpers';

const SOURCE = 'The research labs will focus on quantization techniques to enable high-performance inference on consumer-grade hardware.';

describe('an antonym inside a hyphenated compound', () => {
  const cases: [string, string, string][] = [
    ['"low" of another head than the compound\'s', 'The research labs aim low on hardware and focus on quantization techniques for inference on consumer-grade hardware.', 'supported'],
    ['"low" of the compound\'s own head', 'The research labs will focus on quantization techniques to enable low-performance inference on consumer-grade hardware.', 'contradicted'],
  ];
  for (const [what, claim, expected] of cases) {
    it(`${expected}: ${what}`, () => assert.equal(checkedAgainst(SOURCE, claim).verdict, expected));
  }
});
