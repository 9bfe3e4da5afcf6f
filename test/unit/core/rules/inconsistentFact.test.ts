import * as assert from 'assert';
import { applyEdits, type Corpus } from '../../../../src/core';
import { check, seedCorpus } from '../helpers';
import { nth } from '../../../support/present';

describe('rule: inconsistent-fact', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  it('is not reported for the same measure of two different named subjects', () => {
    const text = 'In 1996 Clinton claimed 8 million new jobs in his first term.\n\nIn 2016 Obama claimed 14 million new jobs in his first term.';
    assert.ok(!check(corpus, text).findings.some((x) => x.code === 'inconsistent-fact'));
  });

  it('reads a capital and its country as one subject ("Washington" / "the United States"); two countries stay two', () => {
    const found = (text: string) => check(corpus, text).findings.filter((x) => x.code === 'inconsistent-fact').map((x) => [x.targetText, x.message]);
    assert.deepStrictEqual(found('In 1965 Washington held 300 private talks for peace with other governments.\n\nIn 1965 the United States held 200 private talks for peace with other governments.'), [
      ['200', 'This brief states “300” for the same fact on line 1'],
    ]);
    assert.deepStrictEqual(found('In 1965 France held 300 private talks for peace with other governments.\n\nIn 1965 the United States held 200 private talks for peace with other governments.'), []);
  });

  it('finds a duration restated a clause away from the words it is of ("a strategy for eight years" / "the strategy, which has now run for ten years")', () => {
    const text = [
      'China has pursued a public open-source strategy for eight years [@lwin2026gold].',
      '',
      "Its success is no accident: China's open-source strategy, which has now run for ten years, has shaped the market [@lwin2026gold].",
    ].join('\n');
    const found = check(corpus, text).findings.filter((x) => x.code === 'inconsistent-fact');
    assert.deepStrictEqual(
      found.map((x) => [x.targetText, x.message, x.range]),
      [['ten years', 'This brief states “eight years” for the same fact on line 1', { start: { line: 2, character: 80 }, end: { line: 2, character: 89 } }]],
    );
  });

  describe('a definite description that restates a figure ("the £45 million scheme")', () => {
    const first = 'Oxford and UCL will share £60 million of funding for open-source AI labs [@ukopenlabs].';
    const found = (text: string) => check(corpus, text).findings.filter((x) => x.code === 'inconsistent-fact').map((x) => [x.targetText, x.message, x.range.start]);

    it('points back at the one amount the brief gave before: another value is the same fact stated two ways', () => {
      assert.deepStrictEqual(found(`${first}\n\nCritics call the £45 million scheme a modest first step.`), [
        ['£45 million', 'This brief states “£60 million” for the same fact on line 1', { line: 2, character: 17 }],
      ]);
    });

    it('is the claim\'s one finding: "No source states this" on it would say less', () => {
      const result = check(corpus, `${first}\n\nCritics call the £45 million scheme a modest first step.`);
      assert.deepStrictEqual(result.findings.map((x) => [x.code, x.targetText]), [['inconsistent-fact', '£45 million']]);
      // Without the earlier amount, the claim is unsupported.
      assert.deepStrictEqual(check(corpus, 'Critics call the £45 million scheme a modest first step.').findings.map((x) => x.code), ['unsupported-claim']);
    });

    it('reads the value a definite description is given after it, as an appositive or a predicate ("the scheme, worth £45 million")', () => {
      assert.deepStrictEqual(found(`${first}\n\nThe scheme, worth £45 million, should be judged on what it delivers.`), [
        ['£45 million', 'This brief states “£60 million” for the same fact on line 1', { line: 2, character: 18 }],
      ]);
      // After an indefinite one, or with no value word, it is no restatement.
      assert.deepStrictEqual(found(`${first}\n\nA scheme worth £45 million should be judged on what it delivers.`), []);
      assert.deepStrictEqual(found(`${first}\n\nThe scheme needs £45 million more to be judged fairly.`), []);
    });

    it('is not read into an indefinite one, another currency, or the same value', () => {
      assert.deepStrictEqual(found(`${first}\n\nCritics call a £45 million scheme a modest first step.`), []);
      assert.deepStrictEqual(found(`${first}\n\nCritics call the $45 million scheme a modest first step.`), []);
      assert.deepStrictEqual(found(`${first}\n\nCritics call the £60 million scheme a modest first step.`), []);
    });

    it('with two earlier values of the measure, points back only at the one stated near the same words', () => {
      const two = `${first} A further £5 million goes to a training fund for teachers.`;
      assert.deepStrictEqual(found(`${two}\n\nCritics call the £45 million scheme a modest first step.`), []);
      assert.deepStrictEqual(found(`${two}\n\nCritics find the £4 million training scheme for teachers too small.`), [
        ['£4 million', 'This brief states “£5 million” for the same fact on line 1', { line: 2, character: 17 }],
      ]);
    });

    it('finds the earlier claim by a word it states out of the figure\'s reach ("the 47-nation summit era" / "44 nations would gather ... for a Nuclear Security Summit")', () => {
      const text = [
        'Obama announced that 44 nations would gather in Washington for a Nuclear Security Summit in April.',
        '',
        'Trump led a 59-nation diplomatic coalition against the ruler of Venezuela.',
        '',
        'The arms-control ambition of the 47-nation summit era now looks like a high-water mark.',
      ].join('\n');
      assert.deepStrictEqual(found(text), [['47', 'This brief states “44” for the same fact on line 1', { line: 4, character: 33 }]]);
      // The coalition is no summit: restating its count differently points back at nothing.
      assert.deepStrictEqual(found(text.replace('the 47-nation summit era', 'the 61-nation coalition era')), []);
    });

    it('reads a possessive description of a stated value as definite ("the minister\'s estimate of a £45 million scheme")', () => {
      for (const later of [
        'Critics cite the minister\'s estimate of a £45 million scheme as too low.',
        'The minister’s promise to fund the labs with £45 million is the test.',
        'The founder\'s claim that the scheme cost roughly £45 million suggests budgets can be modest.',
        'The founders’ estimate of a £45 million scheme is the one ministers quote.',
      ]) {
        const at = later.indexOf('£45 million');
        assert.deepStrictEqual(found(`${first}\n\n${later}`), [['£45 million', 'This brief states “£60 million” for the same fact on line 1', { line: 2, character: at }]], later);
      }
      // Not without the possessive, not a noun of another kind, not a figure beyond the description's reach.
      assert.deepStrictEqual(found(`${first}\n\nCritics cite an estimate of a £45 million scheme as too low.`), []);
      assert.deepStrictEqual(found(`${first}\n\nCritics cite the minister's office and a £45 million scheme as too low.`), []);
      assert.deepStrictEqual(found(`${first}\n\nThe minister's estimate was revised twice by officials of the department before it settled at £45 million.`), []);
    });
  });

  it('is not reported for the same measure in two different years, but is for the same year stated two ways', () => {
    const flagged = (text: string) => check(corpus, text).findings.filter((x) => x.code === 'inconsistent-fact').map((f) => f.targetText);
    assert.deepStrictEqual(flagged('In 2019 the port handled 40,000 containers a month.\n\nIn 2024 the port handled 60,000 containers a month.'), []);
    assert.deepStrictEqual(flagged('In 2019 the port handled 40,000 containers a month.\n\nIn 2019 the port handled 60,000 containers a month.'), ['60,000']);
  });

  it('offers no value fix when no source settles which of the two values is right', () => {
    const text = 'In 2019 the port handled 40,000 containers a month.\n\nIn 2019 the port handled 60,000 containers a month.';
    const f = check(corpus, text).findings.find((x) => x.code === 'inconsistent-fact');
    assert.ok(f);
    assert.strictEqual(f.message, 'This brief states “40,000” for the same fact on line 1');
    assert.deepStrictEqual(f.fixes.map((x) => x.kind), ['suppress']);
  });

  it('is not reported for two claims reporting two different sources: each is checked against its own', () => {
    const text = 'The labs get £60 million for open-source AI research [@ukopenlabs].\n\nThe labs get £80 million for open-source AI research [@lwin2026gold].';
    assert.ok(!check(corpus, text).findings.some((x) => x.code === 'inconsistent-fact'));
  });

  it('never calls a value its own evidence states the odd one out', () => {
    // The second claim is a paraphrase no check bears out whole, but its cited passage states £60 million.
    const text = 'The labs are given £80 million for open-source AI research.\n\nUnder the scheme the labs were allocated £60 million in total, money for open-source AI research [@ukopenlabs].';
    const flagged = check(corpus, text).findings.filter((x) => x.code === 'inconsistent-fact');
    assert.deepStrictEqual(flagged.map((f) => f.targetText), ['£80 million']);
  });

  it('flags the value the source contradicts when the brief states a fact two ways: one finding, an error, with both messages and the source\'s fix', () => {
    const text = 'The labs get £60 million for open-source AI research.\n\nLater, the labs get £80 million for open-source AI research.';
    const result = check(corpus, text);
    assert.deepStrictEqual(result.findings.filter((x) => x.targetText === '£80 million').map((x) => x.code), ['inconsistent-fact']);
    const f = result.findings.find((x) => x.code === 'inconsistent-fact');
    assert.ok(f);
    assert.strictEqual(f.severity, 'error');
    assert.deepStrictEqual(f.range, { start: { line: 2, character: 20 }, end: { line: 2, character: 31 } });
    assert.strictEqual(f.message, 'This brief states “£60 million” for the same fact on line 1. Source says “£60M”, not “£80 million” [@ukopenlabs]');
    assert.strictEqual(f.evidence?.key, 'ukopenlabs');
    assert.deepStrictEqual(
      f.fixes.map((x) => [x.kind, x.title, x.isPreferred]),
      [
        ['replace-value', 'Replace “£80 million” with “£60M” (as the source states)', true],
        ['suppress', 'Suppress inconsistent-fact on this line', false],
      ],
    );
    assert.strictEqual(applyEdits(text, nth(f.fixes, 0, 'fix').edits), text.replace('£80 million', '£60M'));
  });

  it('keeps the later value when only the later sentence is supported', () => {
    const text = 'Oxford and UCL share £40 million of new funding for open-source AI labs.\n\nThe new labs receive £60 million, as the funding for Oxford and UCL.';
    const f = check(corpus, text).findings.find((x) => x.code === 'inconsistent-fact');
    assert.ok(f);
    assert.strictEqual(f.targetText, '£40 million');
    assert.deepStrictEqual(f.range.start, { line: 0, character: 21 });
    assert.strictEqual(f.message, 'This brief states “£60 million” for the same fact on line 3. Source says “£60 million”, not “£40 million” [@ukopenlabs]');
  });

  it('never moves a statement to a value the corpus contradicts: the contradicted one is the odd one out', () => {
    const text = 'Oxford and UCL share £40 million for open-source AI labs [@ukopenlabs].\n\nLater, the two labs in Wales share £60 million for their open-source AI labs.';
    const flagged = check(corpus, text).findings.filter((x) => x.code === 'inconsistent-fact');
    assert.deepStrictEqual(flagged.map((f) => [f.targetText, f.range.start.line, f.fixes[0]?.title]), [['£40 million', 0, 'Replace “£40 million” with “£60 million” (as the source states)']]);
  });

  it('flags a figure restated differently in the writer\'s analysis, against the supported claim', () => {
    const text = 'The labs get £60 million for open-source AI research [@ukopenlabs].\n\nIs £80 million for open-source AI research enough for the labs?';
    const flagged = check(corpus, text).findings.filter((x) => x.code === 'inconsistent-fact');
    assert.deepStrictEqual(flagged.map((f) => [f.targetText, f.range.start.line, f.message]), [['£80 million', 2, 'This brief states “£60 million” for the same fact on line 1']]);
    // No source decides analysis: a warning, with its own fix to the supported value.
    assert.deepStrictEqual(flagged.map((f) => [f.severity, f.fixes.map((x) => x.title)]), [['warning', ['Use “£60 million” as on line 1', 'Suppress inconsistent-fact on this line']]]);
  });

  describe('a contradicted figure whose source value the brief states elsewhere from the same source', () => {
    const table = (figure: string) => ['| Finding | Figure | Source |', '| --- | --- | --- |', `| Time spent on infrastructure | ${figure} | [@sovereignthread] |`, ''].join('\n');
    const prose = 'The founder says his team has spent about 18 months mostly on internal infra to get into the position to make big swings [@sovereignthread].';

    it('is one finding: the inconsistency, naming the line, with the contradiction\'s message, evidence and one fix', () => {
      const result = check(corpus, `${table('about 12 months')}\n${prose}`);
      assert.deepStrictEqual(
        result.findings.map((x) => [x.code, x.severity, x.targetText, x.message, x.range.start, x.fixes.filter((fix) => fix.kind !== 'suppress').map((fix) => fix.title)]),
        [['inconsistent-fact', 'error', '18 months', 'This brief states “12 months” for the same fact on line 3. Source says “12 months”, not “18 months” [@sovereignthread]', { line: 4, character: 42 }, ['Replace “18 months” with “12 months” (as the source states)']]],
      );
    });

    it('leaves the contradiction alone when inconsistent-fact is switched off', () => {
      const result = check(corpus, `${table('about 12 months')}\n${prose}`, { severities: { 'inconsistent-fact': 'off' } });
      assert.deepStrictEqual(result.findings.map((x) => [x.code, x.message]), [['contradicted-figure', 'Source says “12 months”, not “18 months” [@sovereignthread]']]);
    });

    it('is not reported when the other statement gives another value, or none the source bears out', () => {
      const codes = (text: string) => check(corpus, text).findings.map((x) => x.code);
      assert.deepStrictEqual(codes(`${table('about 10 months')}\n${prose}`).filter((code) => code === 'inconsistent-fact'), []);
      assert.deepStrictEqual(codes(prose), ['contradicted-figure']);
    });
  });

  describe('a cited figure its source never gives, where the brief states the source\'s value elsewhere ("the scheme")', () => {
    const earlier = 'Oxford and UCL have been allocated £60 million for open-source AI research [@ukopenlabs].';
    const later = 'The scheme is worth £45 million [@ukopenlabs].';

    it('is one warning on the figure, naming the line, with the fix to the value the source bears out', () => {
      const text = `${earlier}\n\n${later}`;
      const result = check(corpus, text);
      assert.deepStrictEqual(
        result.findings.map((x) => [x.code, x.severity, x.targetText, x.message, x.fixes.map((fix) => fix.title)]),
        [['inconsistent-fact', 'warning', '£45 million', 'This brief states “£60 million” for the same fact on line 1. [@ukopenlabs] gives “£60 million”, never “£45 million”', ['Use “£60 million” as on line 1', 'Suppress inconsistent-fact on this line']]],
      );
      assert.strictEqual(applyEdits(text, nth(result.findings[0]?.fixes ?? [], 0, 'fix').edits), text.replace('£45 million', '£60 million'));
    });

    it('is the unstated figure alone when no other line gives the source\'s value', () => {
      const result = check(corpus, `Oxford and UCL work on open-source AI research [@ukopenlabs].\n\n${later}`);
      assert.deepStrictEqual(result.findings.map((x) => [x.code, x.severity, x.targetText]), [['contradicted-figure', 'warning', '£45 million']]);
    });
  });

  it('is not reported when the two values are the same figure written differently', () => {
    const text = 'The labs get £60 million for open-source AI research.\n\nLater, the labs get sixty million pounds for open-source AI research.';
    assert.ok(!check(corpus, text).findings.some((x) => x.code === 'inconsistent-fact'));
  });

  describe('the amount of a change and a level are different facts ("cut by nearly 60 percent" / "three-quarters of imports")', () => {
    const later = 'By 2030 the chip imports of the United Kingdom from Taiwan had been cut by nearly 60 percent.';
    const found = (text: string) => check(corpus, text).findings.filter((x) => x.code === 'inconsistent-fact').map((x) => [x.targetText, x.message]);

    it('is not reported for a share against a change of the same figure', () => {
      assert.deepStrictEqual(found(`The United Kingdom plans to replace three-quarters of its chip imports from Taiwan.\n\n${later}`), []);
    });

    it('is reported for two amounts of the same change', () => {
      assert.deepStrictEqual(found(`The chip imports of the United Kingdom from Taiwan had been cut by 40 percent.\n\n${later}`), [['60 percent', 'This brief states “40 percent” for the same fact on line 1']]);
    });
  });

  it('is not reported for two counts of the same noun that measure different things', () => {
    const text = 'The vouchers reached 12,000 engineers in companies.\n\nThe UK counts 40,000 engineers in open-source companies.';
    assert.ok(!check(corpus, text).findings.some((x) => x.code === 'inconsistent-fact'));
  });

  it('flags two counts of the same noun that say the same thing with different values', () => {
    const text = 'Some 40,000 researchers work on open models in the UK.\n\nLater, 45,000 researchers work on open models in the UK.';
    const flagged = check(corpus, text).findings.filter((x) => x.code === 'inconsistent-fact');
    assert.deepStrictEqual(flagged.map((f) => f.targetText), ['45,000']);
  });

  it('is not reported for different figures about different things', () => {
    const text = 'The labs get £60 million for open-source AI research.\n\nSingapore has pledged £1 billion to sovereign compute.';
    assert.ok(!check(corpus, text).findings.some((x) => x.code === 'inconsistent-fact'));
  });

  it('flags the odd one out once: "£60M … £80M … £60M" flags the £80M, not the last £60M against it (found by npm run fuzz)', () => {
    const text = 'The labs get £60 million for open-source AI research.\n\nLater, the labs get £80 million for open-source AI research.\n\nIn all, the labs get £60 million for open-source AI research.';
    const flagged = check(corpus, text).findings.filter((x) => x.code === 'inconsistent-fact');
    assert.deepStrictEqual(flagged.map((f) => [f.targetText, f.range.start.line]), [['£80 million', 2]]);
  });

  it('still flags a differing figure of a sentence that agrees on another', () => {
    const text = 'The labs get £60 million for open-source AI research in 2025.\n\nLater, the labs get £60 million for open-source AI research in 2024.';
    const flagged = check(corpus, text).findings.filter((x) => x.code === 'inconsistent-fact');
    assert.deepStrictEqual(flagged.map((f) => f.targetText), ['2024']);
  });
});
