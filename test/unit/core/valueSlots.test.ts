// A value or name meets another where the words either side of both are the same (its slot): a
// bare count with no unit to compare, a name the source does not state. The verdicts and fixes a
// user sees.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/claims/analyze';
import { checkedWithFix } from './helpers';

const checked = checkedWithFix;

describe('bare counts in the same slot', () => {
  it('contradicts another count where the words either side are the same, with the source figure as the fix', () => {
    const source = 'The law prohibits employers from requiring retirement prior to age 70, and removes mandatory retirement for most federal employees.';
    assert.deepEqual(checked(source, 'The law prohibits employers from requiring retirement prior to age 84, and removes mandatory retirement for most federal employees.'), { verdict: 'contradicted', fix: '84 → 70' });
    const warm = 'One year does not make a trend, but this does: 14 of the 15 warmest years on record have fallen in this century.';
    assert.equal(checked(warm, 'One year does not make a trend, but this does: 18 of the 15 warmest years on record have fallen in this century.').verdict, 'contradicted');
  });
  it('supports the same count and leaves a count in another slot alone', () => {
    const source = 'The council met 12 times in 2019 and approved the harbour plan after a long debate.';
    assert.equal(checked(source, 'The council met 12 times in 2019 and approved the harbour plan after a long debate.').verdict, 'supported');
    assert.notEqual(checked(source, 'The council hired 30 staff in 2019 and approved the harbour plan after a long debate.').verdict, 'contradicted');
  });
});

describe('names in the same slot', () => {
  const source = 'Van Buren led the Free Soil ticket and drew anti-slavery Democrats, which contributed to the victory of Whig nominee Zachary Taylor.';
  it('contradicts a name the source does not state where it states another in the same slot, with that name as the fix', () => {
    assert.deepEqual(checked(source, 'Van Buren led the Free Soil ticket and drew anti-slavery Democrats, which contributed to the victory of Whig nominee Reagan.'), { verdict: 'contradicted', fix: 'Reagan → Zachary Taylor' });
  });
  it('compares with the name in the slot even when the sentence before names the claim\'s', () => {
    const games = 'Games were held in Rome by Claudius. In 107, Trajan celebrated his victories in Dacia with contests involving 11,000 animals.';
    assert.equal(checked(games, 'In 107, Claudius celebrated his victories in Dacia with contests involving 11,000 animals.').verdict, 'contradicted');
  });
  it('contradicts a name in the slot of one the claim names elsewhere too', () => {
    const leadership = 'More than ever before, our own well-being depends on America\'s determination and America\'s leadership in the whole wide world.';
    assert.equal(checked(leadership, 'More than ever before, our own well-being depends on Canada\'s determination and America\'s leadership in the whole wide world.').verdict, 'contradicted');
  });
  it('never supports a name the source keeps mentioning where this passage has another in its slot', () => {
    const speech = 'The United States welcomes workers. The United States trains them. The United States keeps them. Nations around the world like Canada, Australia, and many others, run points-based immigration systems.';
    assert.equal(checked(speech, 'Nations around the world like United States, Australia, and many others, run points-based immigration systems.').verdict, 'contradicted');
  });
  it('contradicts another speaker in the words that report the claim', () => {
    const source = 'In 1930, Mao claimed a need to eliminate alleged KMT spies operating inside the Jiangxi Soviet.';
    assert.deepEqual(checked(source, 'In 1930, Reed claimed a need to eliminate alleged KMT spies operating inside the Jiangxi Soviet.'), { verdict: 'contradicted', fix: 'Reed → Mao' });
    assert.equal(checked(source, 'In 1930, Mao claimed a need to eliminate alleged KMT spies operating inside the Jiangxi Soviet.').verdict, 'supported');
  });
  it('places a speaker by what follows the titles, written into the name on one side only', () => {
    const source = 'His Holiness Pope Francis told this body that to imitate the hatred and violence of tyrants is the best way to take their place.';
    const claim = (pope: string): string => `Pope ${pope} told Congress that imitating the hatred and violence of tyrants is the best way to take their place.`;
    assert.deepEqual(checked(source, claim('Benedict')), { verdict: 'contradicted', fix: 'Benedict → Francis' });
    assert.equal(checked(source, claim('Francis')).verdict, 'supported');
  });
  it('reads a name with "and" inside as one name when WordNet knows it, so it meets the name in its slot', () => {
    const names = (text: string): string[] => analyze(text, 0).entities.map((e) => e.text);
    assert.deepEqual(names('Peace between Trinidad and Tobago and Egypt will last.'), ['Trinidad and Tobago', 'Egypt']);
    assert.deepEqual(names('Peace between Israel and Egypt will last.'), ['Israel', 'Egypt']);
    const peace = 'The President pledged that the precious opportunity for lasting peace between Israel and Egypt will not be lost.';
    assert.deepEqual(checked(peace, 'The President pledged that the precious opportunity for lasting peace between Trinidad and Tobago and Egypt will not be lost.'), { verdict: 'contradicted', fix: 'Trinidad and Tobago → Israel' });
  });
  it('supports names the source states, in whatever order', () => {
    const pair = 'Oxford and Cambridge lead the rankings of European universities for research income this year.';
    assert.equal(checked(pair, 'Cambridge and Oxford lead the rankings of European universities for research income this year.').verdict, 'supported');
    assert.equal(checked(source, 'Van Buren led the Free Soil ticket and drew anti-slavery Democrats, which contributed to the victory of Whig nominee Zachary Taylor.').verdict, 'supported');
  });
});

describe('a word of a name beside a value is not the common word', () => {
  const source = "So tonight I'm proposing that we take $30 billion of the money Wall Street banks have repaid and use it to help community banks give small businesses the credit they need.";
  it('"Wall Street" beside $30 billion does not put it in the slot of "the border wall would cost $25 billion"', () => {
    assert.deepEqual(checked(source, 'Trump said the border wall would cost $25 billion to complete.'), { verdict: 'unsupported', fix: '(no fix)' });
  });
  it('the same name beside both values still does', () => {
    assert.deepEqual(checked(source, 'He proposed taking $25 billion of the money Wall Street banks had repaid.'), { verdict: 'contradicted', fix: '$25 billion → $30 billion' });
  });
});

describe('one passage value to one claim value', () => {
  const source = 'Yes, the cost of an R1 moment is rising, but the idea that you need $1bn plus immediately to show results is complete FUD.';
  it('a passage value another claim value states is no rival of this one', () => {
    assert.notEqual(checked(source, 'The thread puts the post-training cost at $300k and calls the idea that $1bn is needed immediately to show results complete FUD.').verdict, 'contradicted');
  });
  it('a second occurrence of that value is still a rival', () => {
    const act = 'The Agricultural Adjustment Act of 1980 raised the target prices for 1980-crop wheat and feed grain crops.';
    assert.deepEqual(checked(act, 'The Agricultural Adjustment Act of 1987 raised the target prices for 1980-crop wheat and feed grain crops.'), { verdict: 'contradicted', fix: '1987 → 1980' });
  });
});
