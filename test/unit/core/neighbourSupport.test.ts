// A passage's context lends it the claim's words. When the passage that contradicts the claim is
// that context, the supporting passage's borrowed words are the contradiction's own, so the
// support counts its own words only against it (verify.ts, supportStrength).
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { addressCorpus, checkedWithFix } from './helpers';

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

describe('a contradiction that borrows the claim\'s words from the supporting sentence', () => {
  // Obama 2016: "… when you lose a job … you'll still have coverage. Nearly 18 million people have
  // gained coverage so far." The first sentence's "lose" shares little with the claim but what it
  // borrows from the second, which states the claim: the support stands (verify.ts, contraStrength).
  const verdict = (claim: string): string => new BriefChecker(addressCorpus('sotu-d')).check(`${claim}\n`, 'brief.md', 1).sentences[0]?.verdict ?? '(none)';
  for (const claim of [
    'Under the Affordable Care Act, nearly 18 million people have gained coverage, Obama said.',
    'Nearly 18 million Americans had gained coverage under the Affordable Care Act [@2016_barack_obama_d].',
    'Obama reported that about 18 million people had gained coverage through the Affordable Care Act.',
  ]) {
    it(`"${claim}" is supported`, () => assert.equal(verdict(claim), 'supported'));
  }
  it('the opposite still contradicts a claim its neighbour does not state', () => {
    const source = 'It is about filling the gaps in care so that when you lose a job you keep your doctor. The scheme was launched in spring.';
    assert.equal(checkedWithFix(source, 'The mayor said the care scheme helps when you gain a job and keep your doctor.').verdict, 'contradicted');
  });
});
