// A negative implicative before "to" ("failed to weaken", "refused to close", "unable to
// publish") denies the verb after "to", as "not" would (Karttunen 1971): a claim stating another
// predicate of the same words ("strengthened the cartel's grip") is not what it denies.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/claims/analyze';
import { negatesNextPredicate } from '../../../src/core/claims/lexicon';
import { tokenize } from '../../../src/core/text/tokens';
import { checkedAgainst } from './helpers';

const SANCTIONS = 'The sanctions failed to weaken the cartel and instead strengthened its grip on prices.';
const COUNCIL = 'The council refused to close the library but cut its opening hours.';
const MINISTRY = 'The ministry was unable to publish the figures, yet it released a summary of the review.';
const PRESIDENT = 'I support extending unemployment benefits for workers who have lost their jobs.';
const PRICES = 'Farm prices declined to 3 percent above their 1950 level.';

describe('a negative implicative before "to" or a gerund negates the verb after it', () => {
  const table: [string, string, string][] = [
    [SANCTIONS, 'The sanctions strengthened the cartel\'s grip on prices.', 'supported'],
    [COUNCIL, 'The council cut the opening hours of the library.', 'supported'],
    [MINISTRY, 'The ministry released a summary of the review.', 'supported'],
    [SANCTIONS, 'The sanctions weakened the cartel.', 'contradicted'],
    [COUNCIL, 'The council closed the library.', 'contradicted'],
    [MINISTRY, 'The ministry published the figures.', 'contradicted'],
    // "declined to back", "neglected to support": negative implicatives too; alone, or before a figure, "declined" is a fall
    ['I do not support extending unemployment benefits for workers who have lost their jobs.', 'He declined to back extending unemployment benefits for workers who lost their jobs.', 'supported'],
    [PRESIDENT, 'He declined to back extending unemployment benefits for workers who lost their jobs.', 'contradicted'],
    [PRESIDENT, 'He neglected to support extending unemployment benefits for workers who lost their jobs.', 'contradicted'],
    [PRICES, 'Farm prices declined to 3 percent above their 1950 level.', 'supported'],
    // "avoided laying off": a negative implicative before a gerund denies it
    ['Tight budgets have forced the states to lay off thousands of teachers.', 'The states avoided laying off thousands of teachers.', 'contradicted'],
    ['Tight budgets have forced the states to lay off thousands of teachers.', 'The states laid off thousands of teachers.', 'supported'],
  ];
  for (const [passage, claim, verdict] of table) {
    it(`"${claim}" is ${verdict}`, () => {
      assert.equal(checkedAgainst(passage, claim).verdict, verdict);
    });
  }

  it('reads the implicative only before "to"; a function-word negator always', () => {
    const at = (text: string, word: string) => {
      const tokens = tokenize(text);
      return negatesNextPredicate(tokens, tokens.findIndex((t) => t.norm === word));
    };
    assert.equal(at('The bill failed to pass', 'failed'), true);
    assert.equal(at('The bill failed in the Senate', 'failed'), false);
    assert.equal(at('They refused the offer', 'refused'), false);
    assert.equal(at('He declined to back the bill', 'declined'), true);
    assert.equal(at('They avoided raising taxes', 'avoided'), true);
    assert.equal(at('They avoided a shutdown', 'avoided'), false);
    assert.equal(at('They did not sign', 'not'), true);
    assert.equal(at('It is a mistake to think so', 'mistake'), false);
  });

  it('reads "declined" or "failed" as a negation cue only before "to" and a verb', () => {
    const cueWords = (text: string) => {
      const analysis = analyze(text, 0);
      return analysis.cues.map((k) => analysis.tokens[k]?.norm);
    };
    assert.deepEqual(cueWords('He declined to back the bill.'), ['declined']);
    assert.deepEqual(cueWords('Prices declined to 3 percent.'), []);
    assert.deepEqual(cueWords('Prices declined to three percent.'), []);
    assert.deepEqual(cueWords('Prices declined sharply.'), []);
    assert.deepEqual(cueWords('The bank failed last year.'), []);
    assert.deepEqual(cueWords('The states avoided laying off teachers.'), ['avoided']);
    assert.deepEqual(cueWords('The states avoided a shutdown.'), []);
  });
});
