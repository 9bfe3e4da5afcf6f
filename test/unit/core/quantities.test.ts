import * as assert from 'assert';
import { extractQuantities, sameQuantity, sameUnit, type Quantity } from '../../../src/core/claims/quantities';
import { tokenize } from '../../../src/core/text/tokens';
import { nth } from '../../support/present';
import { check, checkedAgainst, codes, seedCorpus, sentenceAt } from './helpers';

function quantities(text: string): Quantity[] {
  return extractQuantities(text, tokenize(text));
}

/** The single quantity stated in `text`. */
function one(text: string): Quantity {
  const found = quantities(text);
  assert.strictEqual(found.length, 1, `expected one quantity in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((q) => q.text))}`);
  return nth(found, 0, 'quantity');
}

function summary(q: Quantity): Partial<Quantity> {
  return { kind: q.kind, value: q.value, text: q.text, ...(q.currency ? { currency: q.currency } : {}) };
}

describe('claims/quantities', () => {
  describe('money', () => {
    it('£60M = £60 million = sixty million pounds', () => {
      const forms = ['£60M', '£60 million', 'sixty million pounds'].map(one);
      assert.deepStrictEqual(forms.map(summary), [
        { kind: 'money', value: 60_000_000, text: '£60M', currency: 'GBP' },
        { kind: 'money', value: 60_000_000, text: '£60 million', currency: 'GBP' },
        { kind: 'money', value: 60_000_000, text: 'sixty million pounds', currency: 'GBP' },
      ]);
      assert.ok(sameQuantity(nth(forms, 0, 'form'), nth(forms, 1, 'form')));
      assert.ok(sameQuantity(nth(forms, 1, 'form'), nth(forms, 2, 'form')));
      assert.ok(sameQuantity(nth(forms, 0, 'form'), nth(forms, 2, 'form')));
    });

    it('$300k = $300,000', () => {
      const [a, b] = [one('$300k'), one('$300,000')];
      assert.deepStrictEqual([summary(a), summary(b)], [
        { kind: 'money', value: 300_000, text: '$300k', currency: 'DOLLAR' },
        { kind: 'money', value: 300_000, text: '$300,000', currency: 'DOLLAR' },
      ]);
      assert.ok(sameQuantity(a, b));
    });

    it('reads currency codes, US$ and bn', () => {
      assert.deepStrictEqual(summary(one('US$5 billion')), { kind: 'money', value: 5_000_000_000, text: 'US$5 billion', currency: 'USD' });
      assert.deepStrictEqual(summary(one('€2.5bn')), { kind: 'money', value: 2_500_000_000, text: '€2.5bn', currency: 'EUR' });
      assert.deepStrictEqual(summary(one('GBP 40 million')), { kind: 'money', value: 40_000_000, text: 'GBP 40 million', currency: 'GBP' });
    });

    it('reads a country word before "dollars" as the currency: "one billion US dollars" = "USD 1 billion"', () => {
      assert.deepStrictEqual(summary(one('one billion US dollars')), { kind: 'money', value: 1_000_000_000, text: 'one billion US dollars', currency: 'USD' });
      assert.deepStrictEqual(summary(one('3 million Canadian dollars')), { kind: 'money', value: 3_000_000, text: '3 million Canadian dollars', currency: 'CAD' });
      assert.ok(sameQuantity(one('one billion US dollars'), one('USD 1 billion')));
      assert.strictEqual(sameQuantity(one('3 million Canadian dollars'), one('USD 3 million')), false);
      // Not a currency of its own: "two US labs" stays a count.
      assert.strictEqual(one('two US labs').kind, 'count');
    });

    it('£40 million is not £60 million, and £60 million is not $60 million', () => {
      assert.strictEqual(sameQuantity(one('£40 million'), one('£60 million')), false);
      assert.strictEqual(sameQuantity(one('£60 million'), one('$60 million')), false);
    });

    it('gives the exact offsets of the figure in the sentence', () => {
      const text = 'Oxford and UCL share £40 million of new funding.';
      const q = one(text);
      assert.deepStrictEqual([q.start, q.end, text.slice(q.start, q.end)], [21, 32, '£40 million']);
      const shifted = nth(extractQuantities(text, tokenize(text, 100), 100), 0, 'quantity');
      assert.deepStrictEqual([shifted.start, shifted.end, shifted.text], [121, 132, '£40 million']);
    });
  });

  describe('durations', () => {
    it('8 years = eight years, and neither equals 9 years', () => {
      const [a, b, c] = [one('8 years'), one('eight years'), one('9 years')];
      assert.deepStrictEqual([a.kind, a.value, b.kind, b.value], ['duration', 8 * 365.25, 'duration', 8 * 365.25]);
      assert.ok(sameQuantity(a, b));
      assert.strictEqual(sameQuantity(a, c), false);
    });

    it('"a year" matches "~12 months" (approximate), but not "6 months"', () => {
      const year = one('within a year');
      const months = one('within ~12 months');
      assert.deepStrictEqual([year.kind, year.value, year.text], ['duration', 365.25, 'a year']);
      assert.deepStrictEqual([months.kind, months.text, months.approximate], ['duration', '12 months', true]);
      assert.ok(sameQuantity(year, months));
      assert.strictEqual(sameQuantity(year, one('within 6 months')), false);
    });

    it('marks "about"/"almost" figures as approximate', () => {
      assert.strictEqual(one('almost six months').approximate, true);
      assert.strictEqual(one('six months').approximate, false);
    });
  });

  describe('mixed numbers', () => {
    it('"three and a half years" = "3 1/2 years" = "42 months", and neither is "2 1/2 years"', () => {
      const forms = ['three and a half years', '3 1/2 years', '42 months'].map(one);
      assert.deepStrictEqual(forms.map((q) => [q.kind, q.text]), [['duration', 'three and a half years'], ['duration', '3 1/2 years'], ['duration', '42 months']]);
      assert.ok(sameQuantity(nth(forms, 0, 'form'), nth(forms, 1, 'form')));
      assert.ok(sameQuantity(nth(forms, 1, 'form'), nth(forms, 2, 'form')));
      assert.strictEqual(sameQuantity(nth(forms, 0, 'form'), one('2 1/2 years')), false);
    });

    it('"a decade in which" names a period, not a length; "took a decade" is one', () => {
      assert.deepEqual(quantities('1970 opened a decade in which the country would celebrate').map((q) => q.text), ['1970']);
      assert.deepEqual(quantities('it was a year when prices fell').map((q) => q.text), []);
      assert.deepEqual(summary(one('it took a decade to build')), { kind: 'duration', value: 3652.5, text: 'a decade' });
    });

    it('"a year and a half" = "18 months" = "one and a half years", and "two years and a quarter" = "27 months"; "a year and a half ago" keeps its fraction', () => {
      const forms = ['a year and a half', '18 months', 'one and a half years'].map(one);
      assert.deepStrictEqual(forms.map((q) => [q.kind, q.text]), [['duration', 'a year and a half'], ['duration', '18 months'], ['duration', 'one and a half years']]);
      assert.ok(sameQuantity(nth(forms, 0, 'form'), nth(forms, 1, 'form')));
      assert.ok(sameQuantity(nth(forms, 0, 'form'), nth(forms, 2, 'form')));
      assert.strictEqual(sameQuantity(nth(forms, 0, 'form'), one('12 months')), false);
      assert.ok(sameQuantity(one('two years and a quarter'), one('27 months')));
      assert.deepStrictEqual(quantities('it ended a year and a half ago').map((q) => q.text), ['a year and a half']);
      // No fraction follows: the unit alone.
      assert.deepStrictEqual(quantities('a year and a budget').map((q) => q.text), ['a year']);
    });

    it('reads fractions with ordinal denominators as shares: "one-fifth of" = 20 percent, "three-fourths of" = 75; "the fifth of July" is a date', () => {
      assert.deepStrictEqual(summary(one('one-fifth of all American families')), { kind: 'percent', value: 20, text: 'one-fifth' });
      assert.deepStrictEqual(summary(one('three-fourths of the states')), { kind: 'percent', value: 75, text: 'three-fourths' });
      assert.strictEqual(sameQuantity(one('one-fifth of all families'), one('one-quarter of all families')), false);
      assert.ok(sameQuantity(one('a tenth of the land'), one('10 percent of the land')));
      assert.deepStrictEqual(quantities('on the fifth of July').map((q) => q.kind), ['date']);
    });

    it('reads a natural frequency as the share it is: "nine in ten" = "90 percent", not "96 percent"; "one in three" is fuzzy, as "a third" is', () => {
      assert.deepStrictEqual(summary(one('nine in ten taxpayers')), { kind: 'percent', value: 90, text: 'nine in ten' });
      assert.deepStrictEqual(summary(one('two out of three voters')), { kind: 'percent', value: (100 * 2) / 3, text: 'two out of three' });
      assert.ok(sameQuantity(one('nine in ten taxpayers'), one('90 percent of taxpayers')));
      assert.strictEqual(sameQuantity(one('nine in ten taxpayers'), one('96 percent of taxpayers')), false);
      assert.ok(sameQuantity(one('one in three families'), one('a third of families')));
      // Not a share: a year, an ordinal or a number above the other after "in".
      assert.deepStrictEqual(quantities('3 in 2019').map((q) => q.kind), ['count', 'year']);
      assert.deepStrictEqual(quantities('ten in five').map((q) => q.kind), ['count', 'count']);
    });

    it('reads "two and a half million" and "5 and a half percent"; a date or ratio with slashes is no mixed number', () => {
      assert.deepStrictEqual(summary(one('two and a half million')), { kind: 'count', value: 2_500_000, text: 'two and a half million' });
      assert.deepStrictEqual(summary(one('5 and a half percent')), { kind: 'percent', value: 5.5, text: '5 and a half percent' });
      assert.deepStrictEqual(quantities('on 1/2/2020 we met').map((q) => q.text), ['1', '2', '2020']);
      assert.deepStrictEqual(quantities('a ratio of 3 1/25').map((q) => q.text), ['3', '1', '25']);
    });
  });

  describe('dates and years', () => {
    it('reads "15 May" after a day\'s number as the month, as "15 March" is, unless a verb follows the modal ("the 15 May be right")', () => {
      assert.deepStrictEqual(summary(one('the budget had to pass by 15 May')), { kind: 'date', value: 515, text: '15 May' });
      assert.strictEqual(sameQuantity(one('by 15 May'), one('by April 15th')), false);
      assert.ok(sameQuantity(one('by 15 April'), one('by April 15th')));
      assert.deepStrictEqual(quantities('Of the candidates, the 15 May be right').map((q) => q.kind), ['count']);
    });

    it('2nd February 2026 = 2 February 2026 = February 2, 2026', () => {
      const forms = ['2nd February 2026', '2 February 2026', 'February 2, 2026'].map(one);
      for (const q of forms) assert.deepStrictEqual([q.kind, q.value, q.precision], ['date', 20260202, 'day']);
      assert.deepStrictEqual(forms.map((q) => q.text), ['2nd February 2026', '2 February 2026', 'February 2, 2026']);
      assert.ok(sameQuantity(nth(forms, 0, 'form'), nth(forms, 1, 'form')));
      assert.ok(sameQuantity(nth(forms, 0, 'form'), nth(forms, 2, 'form')));
    });

    it('2 February 2026 is not 5 February 2026, but agrees with "February 2026" and "2026"', () => {
      const day = one('2 February 2026');
      assert.strictEqual(sameQuantity(day, one('5 February 2026')), false);
      const month = one('February 2026');
      assert.deepStrictEqual([month.kind, month.precision], ['date', 'month']);
      assert.ok(sameQuantity(day, month));
      const year = one('in 2026');
      assert.deepStrictEqual([year.kind, year.value, year.text], ['year', 2026, '2026']);
      assert.ok(sameQuantity(day, year));
      assert.strictEqual(sameQuantity(one('in 1993'), one('in 1997')), false);
    });

    it('an ordinal on its own is a rank, not a figure', () => {
      assert.deepStrictEqual(quantities('the 2nd place'), []);
      assert.deepStrictEqual(quantities('the first AI speech'), []);
    });
  });

  describe('percentages and counts', () => {
    it('45% = 45 percent = 45 per cent', () => {
      const forms = ['45%', '45 percent', '45 per cent'].map(one);
      assert.deepStrictEqual(forms.map(summary), [
        { kind: 'percent', value: 45, text: '45%' },
        { kind: 'percent', value: 45, text: '45 percent' },
        { kind: 'percent', value: 45, text: '45 per cent' },
      ]);
      assert.ok(sameQuantity(nth(forms, 0, 'form'), nth(forms, 2, 'form')));
      assert.strictEqual(sameQuantity(one('45%'), one('46%')), false);
      assert.ok(sameQuantity(one('about 45%'), one('46%')), 'approximate figures allow 10%');
    });

    it('"two dozen" = "2 dozen" = 24; "a dozen" is 12', () => {
      assert.deepStrictEqual(['two dozen States', '2 dozen States', 'a dozen eggs'].map((text) => one(text).value), [24, 24, 12]);
    });

    it('"half the world\'s aid" is the share "half of the world\'s aid"; "half a billion" stays an amount', () => {
      assert.deepStrictEqual(summary(one('more than half the world\'s food aid')), { kind: 'percent', value: 50, text: 'half' });
      assert.ok(sameQuantity(one('half the world\'s food aid'), one('half of the world\'s food aid')));
      assert.deepStrictEqual(summary(one('half a billion dollars')).kind, 'money');
    });

    it('"five consecutive years" is the duration "5 years"; "five consecutive games" stays a count', () => {
      assert.deepStrictEqual(summary(one('a record five consecutive years')), { kind: 'duration', value: 1826.25, text: 'five consecutive years' });
      assert.ok(sameQuantity(one('three straight years'), one('3 years')));
      assert.strictEqual(one('five consecutive games').kind, 'count');
    });

    it('"half a year" is the duration "six months"; "half a billion dollars" stays an amount', () => {
      assert.deepStrictEqual(summary(one('nearly half a year into her time')), { kind: 'duration', value: 182.625, text: 'half a year' });
      assert.ok(sameQuantity(one('half a year'), one('six months')));
      assert.strictEqual(one('half a billion dollars').kind, 'money');
    });

    it('"45 pct", the usual abbreviation, is 45 percent; "45 percentage points" stays no percent', () => {
      assert.deepStrictEqual(summary(one('45 pct')), { kind: 'percent', value: 45, text: '45 pct' });
      assert.ok(sameQuantity(one('45 pct'), one('45%')));
      assert.notStrictEqual(one('45 percentage points').kind, 'percent');
    });

    it('a percentage is not comparable with a count of the same value', () => {
      assert.strictEqual(sameQuantity(one('45%'), one('45 labs')), false);
    });

    it('a count carries the words it counts', () => {
      const q = one('Three American labs');
      assert.deepStrictEqual([q.kind, q.value, q.text, q.unit], ['count', 3, 'Three', ['american', 'lab']]);
      assert.ok(sameUnit(q, one('3 labs')));
      assert.strictEqual(sameUnit(q, one('3 countries')), false);
    });

    it('a count\'s unit ends at a verb or adverb: "all four sounded alike" counts nothing, "the two Republicans sounded" Republicans', () => {
      assert.deepStrictEqual(one('on which all four sounded broadly alike').unit, []);
      assert.deepStrictEqual(one('the two Republicans sounded least alike').unit, ['republican']);
      assert.deepStrictEqual(one('install 50,000 charging stations').unit, ['charg', 'station']);
    });

    it('a count\'s unit reaches past its modifiers: "two high-tech manufacturing hubs" counts hubs', () => {
      assert.deepStrictEqual(one('two high-tech manufacturing hubs in Raleigh').unit, ['high', 'tech', 'manufactur', 'hub']);
      assert.ok(sameUnit(one('two high-tech manufacturing hubs'), one('two hubs for manufacturing')));
    });

    it('a count with no unit measures what one of "people" does: the head is left unsaid', () => {
      assert.ok(sameUnit(one('nearly 8 million gained coverage'), one('nearly 18 million people have gained coverage')));
      // Two bare counts, or a bare count and one of a named thing, stay apart.
      assert.strictEqual(sameUnit(one('nearly 8 million gained coverage'), one('nearly 18 million have gained coverage')), false);
      assert.strictEqual(sameUnit(one('nearly 8 million gained coverage'), one('nearly 18 million jobs')), false);
    });

    describe('figures that share a unit written once', () => {
      const read = (text: string): string[] => quantities(text).map((q) => `${q.kind} ${q.value}${q.currency ? ` ${q.currency}` : ''}`);
      const cases: Array<[string, string[]]> = [
        ['unemployment fell from 12 to 15 percent', ['percent 12', 'percent 15']],
        ['between 5 and 10 percent', ['percent 5', 'percent 10']],
        ['12-15 percent of farms', ['percent 12', 'percent 15']],
        ['cut to 14 percent instead of 15', ['percent 14', 'percent 15']],
        ['a rate of 14 percent rather than 15', ['percent 14', 'percent 15']],
        ['a cost of $3 or $4 billion', ['money 3000000000 DOLLAR', 'money 4000000000 DOLLAR']],
        ['between 2 and 3 million jobs', ['count 2000000', 'count 3000000']],
        // A figure written out to its thousands has its own scale; years and counts of things stay as they are.
        ['from 3,500,000 to 2.2 million', ['count 3500000', 'count 2200000']],
        ['from 1990 to 1995', ['year 1990', 'year 1995']],
        ['3 of the 4 labs', ['count 3', 'count 4']],
      ];
      for (const [text, expected] of cases) {
        it(`"${text}": ${expected.join(', ')}`, () => assert.deepStrictEqual(read(text), expected));
      }

      it('a share after "instead of" is the share the passage states', () => {
        const passage = 'And I say that we should now reduce to 14 percent instead of 15 percent our withholding rate.';
        assert.equal(checkedAgainst(passage, 'The withholding rate, he proposed, should fall to 14 per cent instead of 15.').verdict, 'supported');
        assert.equal(checkedAgainst(passage, 'The withholding rate, he proposed, should fall to 14 per cent instead of 18.').verdict, 'contradicted');
      });
    });

    it('a natural frequency may put what it counts between its numbers: "one American in five"', () => {
      assert.deepStrictEqual(quantities('one American in five still cannot find work').map((q) => [q.kind, q.value]), [['percent', 20]]);
      // A unit after the second number makes two counts: "three recessions in seven years".
      assert.deepStrictEqual(quantities('three recessions in seven years').map((q) => q.kind), ['count', 'duration']);
    });

    it('a bare count meets a passage count of what the claim names elsewhere: "put job creation at 6 million"', () => {
      const passage = 'Since my election, we have created 7 million new jobs, more than experts projected.';
      assert.deepEqual(checkedAgainst(passage, 'He put job creation since his election at 6 million.').corrections, ['6 million->7 million']);
      assert.equal(checkedAgainst(passage, 'He put job creation since his election at 7 million.').verdict, 'supported');
    });

    it('"three times the level" is a multiplier, "met three times in May" a count', () => {
      assert.deepStrictEqual(quantities('kept at more than three times the level').map((q) => [q.kind, q.value, q.text]), [['multiplier', 3, 'three times']]);
      assert.deepStrictEqual(quantities('the board met three times in May').map((q) => q.kind), ['count', 'date']);
      const passage = 'I also am recommending that the Congress continue the public service employment programs at more than twice the level of a year ago.';
      assert.deepEqual(checkedAgainst(passage, 'Carter wanted public service employment kept at more than three times the level of a year ago.').corrections, ['three times->twice']);
    });

    it('"one of" is not a figure', () => {
      assert.deepStrictEqual(quantities('one of the leaders'), []);
    });

    it('"one year" keeps its "one"', () => {
      assert.deepStrictEqual(summary(one('one year')), { kind: 'duration', value: 365.25, text: 'one year' });
    });

    // Regression: a leading "one"/"a" was dropped from the span, so a correction replaced only
    // part of the figure as written (see rules/contradiction.test.ts).
    it('a number written in words starting with "one" or "a" keeps that word in its span', () => {
      assert.deepStrictEqual(summary(one('one million pounds')), { kind: 'money', value: 1_000_000, text: 'one million pounds', currency: 'GBP' });
      assert.deepStrictEqual(summary(one('a million pounds')), { kind: 'money', value: 1_000_000, text: 'a million pounds', currency: 'GBP' });
      assert.deepStrictEqual([one('One hundred labs').text, one('One hundred labs').start], ['One hundred', 0]);
    });

    // Regression: "half" was read as a multiplier and "million pounds" as £1,000,000.
    it('"half a million pounds" is £500,000', () => {
      assert.deepStrictEqual(summary(one('half a million pounds')), { kind: 'money', value: 500_000, text: 'half a million pounds', currency: 'GBP' });
      assert.ok(sameQuantity(one('half a million pounds'), one('£500,000')));
    });

    it('a decimal point with no zero before it is a fraction: "$.6 billion" is $600 million, ".5 percent" half a point', () => {
      assert.ok(sameQuantity(one('$.6 billion'), one('$600 million')));
      assert.strictEqual(one('$.6 billion').text, '$.6 billion');
      assert.deepStrictEqual([one('a rise of .5 percent').value, one('a rise of .5 percent').text], [0.5, '.5 percent']);
    });

    it('any fraction of a scale word is an amount: "one-half billion dollars", "a half million", "three-quarters of a billion"', () => {
      assert.deepStrictEqual(summary(one('one-half billion dollars')), { kind: 'money', value: 500_000_000, text: 'one-half billion dollars', currency: 'DOLLAR' });
      assert.ok(sameQuantity(one('a half million dollars'), one('$500,000')));
      assert.ok(sameQuantity(one('three-quarters of a billion dollars'), one('$750 million')));
      // A fraction of something else is still a share.
      assert.strictEqual(one('three-quarters of the budget').kind, 'percent');
    });
  });

  describe('currencies as pages write them', () => {
    it('a bare "$" is any dollar: "$300 million" bears out "C$300 million", not "€300 million"', () => {
      assert.ok(sameQuantity(one('C$300 million'), one('$300 million')));
      assert.ok(sameQuantity(one('US$5 billion'), one('5 billion dollars')));
      assert.strictEqual(sameQuantity(one('C$300 million'), one('US$300 million')), false);
      assert.strictEqual(sameQuantity(one('€300 million'), one('$300 million')), false);
    });

    it('"£ 14 billion" (a space after the symbol) is £14bn', () => {
      assert.deepStrictEqual(summary(one('more than £ 14 billion of investment')), { kind: 'money', value: 14e9, text: '£ 14 billion', currency: 'GBP' });
      assert.ok(sameQuantity(one('£ 14 billion'), one('£14bn')));
    });

    it('"168-page" counts pages', () => {
      assert.deepStrictEqual(one('The 168-page rule').unit.slice(0, 1), ['page']);
      assert.ok(sameUnit(one('The 168-page rule'), one('it runs to 96 pages')));
    });
  });

  describe('written-out shares, sums and days', () => {
    it('"three-quarters of" = 75 percent, "a third of" about 33 percent, "half of" 50 percent; "a third term" is no share', () => {
      assert.deepStrictEqual(summary(one('more than three-quarters of our oil imports')), { kind: 'percent', value: 75, text: 'three-quarters' });
      assert.ok(sameQuantity(one('three-quarters of imports'), one('75 percent of imports')));
      assert.ok(sameQuantity(one('a third of the budget'), one('33% of the budget')), 'a third is approximate');
      assert.strictEqual(sameQuantity(one('a third of the budget'), one('40% of the budget')), false);
      assert.deepStrictEqual(summary(one('half of all new jobs')), { kind: 'percent', value: 50, text: 'half' });
      assert.deepStrictEqual(quantities('She won a third term.'), []);
    });

    it('"10 dollars and 10 cents" = $10.10', () => {
      const q = one('a wage of at least 10 dollars and 10 cents an hour');
      assert.deepStrictEqual(summary(q), { kind: 'money', value: 10.1, text: '10 dollars and 10 cents', currency: 'DOLLAR' });
      assert.ok(sameQuantity(q, one('$10.10 an hour')));
    });

    it('"a decades-long war" states no duration; "a decade" is ten years', () => {
      assert.deepStrictEqual(quantities('Colombia resolved a decades-long war.'), []);
      assert.strictEqual(one('It took a decade.').kind, 'duration');
    });

    it('a rate is one figure, its period read after the amount or from "every day" before it', () => {
      // The period is the rate's unit, not a duration of its own.
      assert.deepStrictEqual(quantities('We spend over $120 million a day on oil.').map((q) => q.kind), ['money']);
      const perDay = one('We spend over $120 million a day on oil.');
      assert.ok(sameQuantity(perDay, one('Every day we spend more than $120 million on oil.')) && sameUnit(perDay, one('Every day we spend more than $120 million on oil.')));
      assert.ok(sameUnit(one('$200 a month'), one('$200 per month')));
      // An amount is no rate, and a number between ends the reach of "every day".
      assert.strictEqual(sameUnit(one('Every day we spend $120 million.'), one('We spent $120 million.')), false);
      assert.deepStrictEqual(nth(quantities('Every day 40 people die, and we spent $5 million.'), 1, 'amount').unit, []);
    });

    it('a rate\'s period after the amount, closing its clause ("… spent on foreign oil every day", "annually"), is the same rate', () => {
      const perDay = one('We spend over $120 million a day on oil.');
      const closing = one('More than $120 million, he told Congress, was being spent on foreign oil every day.');
      assert.ok(sameQuantity(perDay, closing) && sameUnit(perDay, closing));
      assert.ok(sameUnit(one('The agency spends $3 million on advertising annually.'), one('$3 million a year')));
      // A period in another clause, or before another number, belongs there.
      assert.deepStrictEqual(nth(quantities('The plan costs $4 million and each month adds 200 jobs.'), 0, 'amount').unit, []);
      assert.deepStrictEqual(one('The deficit reached $40 billion, which grew every year.').unit, []);
      assert.deepStrictEqual(nth(quantities('We spent $5 million, every year 300 more.'), 0, 'amount').unit, []);
    });

    it('a day without its year ("March 31", "30 April") compares with days only, by month and day', () => {
      const march31 = one('get covered by March 31.');
      assert.deepStrictEqual(summary(march31), { kind: 'date', value: 331, text: 'March 31' });
      assert.strictEqual(sameQuantity(march31, one('get covered by April 30.')), false);
      assert.ok(sameQuantity(march31, one('by 31 March')));
      assert.ok(sameQuantity(march31, one('on March 31, 2014')));
      assert.strictEqual(sameQuantity(march31, one('in 2014')), false, 'a year says nothing of the day');
    });
  });

  it('words that name Object.prototype members are no figures ("constructor", "toString")', () => {
    const text = 'The constructor of 12 constructor labs, toString and valueOf in 2020.';
    const found = extractQuantities(text, tokenize(text)).map((q) => [q.kind, q.value, q.text]);
    assert.deepStrictEqual(found, [['count', 12, '12'], ['year', 2020, '2020']]);
  });

  it('a decade holds its years: "the 1990s" = "1997", not "2003"', () => {
    const decade = one('in the 1990s');
    assert.ok(sameQuantity(decade, one('in 1997')));
    assert.ok(!sameQuantity(decade, one('in 2003')));
  });
});

describe('claims/quantities: dates chrono-node reads', () => {
  const dates = (text: string) => quantities(text).filter((q) => q.kind === 'date').map((q) => [q.text, q.value]);

  it('reads a month the figure reader missed, even beside one it read', () => {
    assert.deepStrictEqual(dates('Talks began in March 2023 and the rule took effect on the 1st of October.'), [
      ['March 2023', 20230301],
      ['1st of October', 1001],
    ]);
  });

  it('ends a date with its last word, not the comma after it', () => {
    const found = quantities('Well before the end of February, the troops will be home.').filter((q) => q.kind === 'date');
    assert.deepStrictEqual(found.map((q) => [q.text, q.end - q.start]), [['end of February', 'end of February'.length]]);
  });

  it('takes no lower-case month word for a date: "may" the verb, "march" the noun', () => {
    assert.deepStrictEqual(dates('Prices may rise on the 3rd of the march season.'), []);
    assert.deepStrictEqual(dates('The march on the 3rd of may was peaceful.'), []);
  });
});

describe('engine: an amount written with a country word before "dollars"', () => {
  it('is borne out by the source\'s "USD 1 billion", and another country\'s dollar is not', async () => {
    const corpus = await seedCorpus();
    const text = 'China has multiple unicorn startups, businesses with a valuation of more than one billion US dollars [@opensourcechina].';
    const result = check(corpus, text);
    assert.strictEqual(sentenceAt(result).verdict, 'supported');
    assert.deepStrictEqual(codes(result), []);
    assert.strictEqual(sentenceAt(check(corpus, text.replace('US dollars', 'Canadian dollars'))).verdict, 'unsupported');
  });
});
