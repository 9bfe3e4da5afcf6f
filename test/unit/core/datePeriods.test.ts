// "early", "mid" and "late" before a year or month place a date within it: part of the date the
// figure check compares, not a word of the claim a passage must say (claims/quantities.json).
import * as assert from 'node:assert/strict';
import { checkedAgainst } from './helpers';

describe('a period word before a date', () => {
  const passage = 'In 2014, more than 9 million Americans have signed up for private health insurance or Medicaid coverage.';

  it('is part of the date: "by early 2014" is borne out by a passage saying 2014', () => {
    // "enrolled" is a paraphrase WordNet does not relate to "signed up": with "early" counted as a
    // claim word too, two of its words were found nowhere and it was left unsupported.
    assert.equal(checkedAgainst(passage, 'Over nine million Americans had enrolled in private health insurance or Medicaid by early 2014.').verdict, 'supported');
  });

  it('keeps the date compared: "late 2015" against 2014 is contradicted', () => {
    const checked = checkedAgainst(passage, 'More than 9 million Americans signed up for private health insurance or Medicaid coverage by late 2015.');
    assert.equal(checked.verdict, 'contradicted');
  });

  it('is a word like any other when no date follows it', () => {
    assert.notEqual(checkedAgainst(passage, 'More than 9 million Americans signed up early for private health insurance or Medicaid coverage in 2014.').verdict, 'contradicted');
  });
});
