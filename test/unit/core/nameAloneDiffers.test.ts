// A reported or cited claim whose every word but its name the passage restates: the passage's
// name of the same kind is its rival, though no other name or figure anchors it (checks/names.ts
// restatedButTheName), when the passage names that one name only.
import { strict as assert } from 'assert';
import { checkedAgainst } from './helpers';

const FROZEN = 'North Korea has now frozen its dangerous nuclear weapons program.';

describe('a claim that differs from the passage by its name alone', () => {
  it('contradicts a reported claim naming another country, with the fix to the passage’s', () => {
    const got = checkedAgainst(FROZEN, 'Clinton reported that Iran had frozen its nuclear weapons program.');
    assert.equal(got.verdict, 'contradicted');
    assert.deepEqual(got.corrections, ['Iran->North Korea']);
  });

  it('contradicts a cited claim naming another country', () => {
    const got = checkedAgainst(FROZEN, 'Iran has frozen its nuclear weapons program.');
    assert.equal(got.verdict, 'contradicted');
    assert.deepEqual(got.corrections, ['Iran->North Korea']);
  });

  it('does not take one of several names of the passage for the rival', () => {
    const got = checkedAgainst('North Korea and Libya have now frozen their nuclear weapons programs.', 'Clinton reported that Iran had frozen its nuclear weapons program.');
    assert.notEqual(got.verdict, 'contradicted');
    assert.deepEqual(got.corrections, []);
  });

  it('does not take the name for the difference when another word is not restated', () => {
    const got = checkedAgainst(FROZEN, 'Clinton reported that Iran had frozen its missile program.');
    assert.notEqual(got.verdict, 'contradicted');
    assert.deepEqual(got.corrections, []);
  });
});
