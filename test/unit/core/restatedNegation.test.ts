// A negative predicate ("excluded", "banned", "lacks") is a negation cue. Written in other words
// on the other side ("shut out", "barred"), it states the same thing: no contradiction. Restated
// under a negation ("not shut out"), it is denied: a contradiction (verify/polarity.ts).
import * as assert from 'node:assert/strict';
import { checkedAgainst, checkedWithFix } from './helpers';

const EXCLUDED = 'Beyond controls targeting their domestic technology industry, China is further excluded from many international forums dedicated to forming an international approach to AI governance, such as the Global Partnership on AI.';
const NOT_SHUT_OUT = 'China was not shut out of the international forums on AI governance, such as the Global Partnership on AI.';

describe('a negative predicate restated in other words', () => {
  const cases: [string, string, string, string][] = [
    ['"shut out" restates "excluded"', EXCLUDED, 'China is shut out of several international AI governance forums, including the Global Partnership on AI.', 'supported'],
    ['"not shut out" denies "excluded"', EXCLUDED, 'China is not shut out of international AI governance forums such as the Global Partnership on AI.', 'contradicted'],
    ['"not excluded" denies "excluded"', EXCLUDED, 'China is not excluded from international AI governance forums such as the Global Partnership on AI.', 'contradicted'],
    ['"excluded" where the source says "not shut out"', NOT_SHUT_OUT, 'China is excluded from international AI governance forums such as the Global Partnership on AI.', 'contradicted'],
    ['"shut out" where the source says "not shut out"', NOT_SHUT_OUT, 'China is shut out of international AI governance forums such as the Global Partnership on AI.', 'contradicted'],
  ];
  for (const [what, source, claim, expected] of cases) {
    it(`${expected}: ${what}`, () => assert.equal(checkedWithFix(source, claim).verdict, expected));
  }
});

describe('"including" introduces examples, and is no predicate to oppose', () => {
  const source = 'The plan covers all schools in the county, including private schools, from next September.';
  it('is not opposed by an "excluded" elsewhere, and "excluding" in its slot is', () => {
    assert.equal(checkedWithFix(EXCLUDED, 'China is kept out of international AI governance forums, including the Global Partnership on AI.').verdict, 'supported');
    assert.equal(checkedWithFix(source, 'The plan covers all schools in the county, excluding private schools, from next September.').verdict, 'contradicted');
  });
});

describe('the same negation on both sides', () => {
  const source = 'For the first time in 9 years, there are no Americans fighting in Iraq.';
  it('cancels, however far each one\'s scope is read: no polarity error', () => {
    assert.notEqual(checkedWithFix(source, 'The war ended, leaving no Americans there in combat for the first time in nine years.').verdict, 'contradicted');
  });
  it('one side\'s negation alone still contradicts', () => {
    assert.equal(checkedWithFix(source, 'There are Americans fighting in Iraq.').verdict, 'contradicted');
  });
});

describe('a negated semi-modal ("does not need to")', () => {
  const source = 'We need to make it easy to build data centres, with the taxes kept locally. This does not need to be nationwide.\nWe need to create new regulatory regimes for innovative businesses that give them the right to hire staff with ease.';
  it('denies the verb after it, not "need": no conflict with another "need to" clause', () => {
    assert.notEqual(checkedWithFix(source, 'Such a regime, he notes, does not need to be nationwide.').verdict, 'contradicted');
  });
  it('a denied verb after it still contradicts', () => {
    assert.equal(checkedWithFix('We need to create new regulatory regimes for innovative businesses.', 'We need not create new regulatory regimes for innovative businesses.').verdict, 'contradicted');
  });
});

describe('coordinated negations ("neither A nor B")', () => {
  const source = 'The United States seeks neither territory nor bases, economic domination or military alliance in Vietnam.';
  it('a claim that negates one and asserts the other is contradicted by the cue of the other', () => {
    // A negation is no value to put in place: no fix, only the contradiction.
    assert.deepEqual(checkedWithFix(source, 'The United States sought military bases in Vietnam but not territory.'), { verdict: 'contradicted', fix: '(no fix)' });
  });
  it('a claim that negates both, in other words, is borne out', () => {
    assert.equal(checkedWithFix(source, 'The United States did not seek territory or bases in Vietnam.').verdict, 'supported');
    assert.equal(checkedWithFix(source, 'The United States sought neither territory nor bases in Vietnam.').verdict, 'supported');
  });
});

describe('an aspectual negation ("no longer")', () => {
  const STILL = 'Let there be no doubt: America is determined to prevent Iran from getting a nuclear weapon. But a peaceful resolution of this issue is still possible, and far better.';
  it('"no longer possible" denies "still possible": "longer" is part of the cue, no word the passage must share', () => {
    assert.deepEqual(checkedAgainst(STILL, 'Obama declared that a peaceful settlement with Iran was no longer possible.'), { verdict: 'contradicted', decidedBy: 'negation', corrections: ['no->possible'] });
  });
  it('"no longer than" is a bound, not a negation', () => {
    assert.equal(checkedWithFix('The review of the programme took no longer than six months.', 'The review of the programme took no longer than six months.').verdict, 'supported');
  });
});

describe('a word the claim says both under a negation and outside it', () => {
  const FUNDED = 'The agency will fund the northern laboratories this year.';
  it('the passage\'s asserted occurrence is the asserted one\'s: no contradiction, and the negation keeps it from support', () => {
    assert.deepEqual(checkedAgainst(FUNDED, 'The agency will not fund the southern laboratories but will fund the northern laboratories this year.'), { verdict: 'unsupported', decidedBy: 'negation', corrections: [] });
    assert.deepEqual(checkedAgainst(FUNDED, 'The agency will not close the laboratories but will fund the northern laboratories this year.'), { verdict: 'unsupported', decidedBy: 'negation', corrections: [] });
  });
  it('asserted first and negated after, against the passage\'s one occurrence of either polarity: no contradiction', () => {
    const claim = 'At $4.25 an hour the minimum wage was no longer a minimum wage.';
    assert.notEqual(checkedAgainst('Four dollars and 25 cents an hour is no longer a minimum wage.', claim).verdict, 'contradicted');
    assert.notEqual(checkedAgainst('Within a year, the minimum wage at $4.25 an hour will fall to a 40-year low.', claim).verdict, 'contradicted');
  });
  it('a negated word the passage asserts and the claim says only once is still contradicted', () => {
    assert.equal(checkedAgainst(FUNDED, 'The agency will not fund the northern laboratories this year.').verdict, 'contradicted');
  });
});

describe('a passage that says a word both negated and asserted, in two clauses', () => {
  const NEEDS = 'We do not need more bureaucracy; we need more engineers.';
  it('the claim\'s one occurrence meets the clause that holds the rest of the claim', () => {
    assert.equal(checkedAgainst(NEEDS, 'He said more engineers were needed.').verdict, 'supported');
    assert.equal(checkedAgainst(NEEDS, 'He said more bureaucracy was needed.').verdict, 'contradicted');
  });
  const LABS = 'The agency will fund the northern laboratories; it will not fund the southern laboratories.';
  it('the same negation before the same word is no agreement when the passage also asserts that word', () => {
    assert.equal(checkedAgainst(LABS, 'The agency will not fund the northern laboratories.').verdict, 'contradicted');
    assert.equal(checkedAgainst(LABS, 'The agency will fund the northern laboratories.').verdict, 'supported');
    assert.equal(checkedAgainst(LABS, 'The agency will fund the southern laboratories.').verdict, 'contradicted');
  });
});

describe('a word said negated and asserted in one clause: the occurrence in its slot, then among its words', () => {
  it('meets the figure beside it ("to 14 percent instead of 15 percent")', () => {
    const source = 'And I say that we should now reduce to 14 percent instead of 15 percent our withholding rate.';
    assert.equal(checkedAgainst(source, 'The withholding rate was to be cut from 15 to 14 percent.').verdict, 'supported');
    assert.equal(checkedAgainst(source, 'The withholding rate was to be cut to 15 percent.').verdict, 'contradicted');
  });
  it('meets the occurrence among its neighbours, not the one in the clause with more of the claim', () => {
    const source = 'Many brilliant AI engineers who are not US citizens, under the current export controls, do not have access to the models even if they live in the US.';
    assert.equal(checkedAgainst(source, 'Non-US engineers currently lack access to the models under export controls.').verdict, 'supported');
  });
});

describe('a negated comparative bound and the other side\'s bound of the same figure', () => {
  const source = 'This cash rebate amounts to 12 percent of 1974 tax payments, with a maximum of $1,000 per return.';
  it('reads "no return could receive more than $1,000" as the maximum, not its reversal', () => {
    assert.notEqual(checkedAgainst(source, 'He said no single tax return could receive more than $1,000 from the rebate.').verdict, 'contradicted');
    assert.equal(checkedAgainst('The scheme pays a minimum of 40 staff.', 'The scheme pays no fewer than 40 staff.').verdict, 'supported');
  });
});
