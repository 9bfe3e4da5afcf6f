// A passage's context lends it the claim's words. When the passage that contradicts the claim is
// that context, the supporting passage's borrowed words are the contradiction's own, so the
// support counts its own words only against it (verify.ts, supportStrength).
import * as assert from 'node:assert/strict';
import { checkedWithFix } from './helpers';

const SOURCE = 'We need cheap electricity, powered by gas, coal or fission, whatever can provide cheap, reliable power. This almost certainly excludes tidal power, which is enormously expensive and unreliable.';

describe('a support and the neighbour it borrows words from', () => {
  it('the neighbour that says the opposite decides: "includes tidal power" is contradicted', () => {
    assert.equal(checkedWithFix(SOURCE, 'The writer says cheap, reliable power almost certainly includes tidal power.').verdict, 'contradicted');
  });
  it('a claim the first sentence states alone is still supported', () => {
    assert.equal(checkedWithFix(SOURCE, 'The writer says we need cheap electricity powered by gas, coal or fission.').verdict, 'supported');
  });
});

describe('a figure the next sentence of the source states', () => {
  const SOURCE = 'If the council approves every scheme I propose, our harbour deficit will be one of the lowest in many years. It will be only £1.8 million next year.';
  it('bears out the claim that joins the two sentences', () => {
    assert.equal(checkedWithFix(SOURCE, 'The mayor said the harbour deficit would be one of the lowest in many years, just £1.8 million.').verdict, 'supported');
  });
  it('does not, when the passage itself states another value in its place', () => {
    const stated = 'Our harbour deficit will be £2.4 million, one of the lowest in many years. It will be only £1.8 million next year.';
    assert.equal(checkedWithFix(stated, 'The mayor said the harbour deficit would be £1.8 million, one of the lowest in many years.').verdict, 'contradicted');
  });
});
