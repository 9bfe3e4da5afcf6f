import * as assert from 'assert';
import { applyEdits, type BriefResult, type Finding } from '../../../../src/core';
import { Corpus } from '../../../../src/core/corpus/corpus';
import { check, codes, findingAt, seedCorpus, sentenceAt } from '../helpers';
import { nth } from '../../../support/present';
import { analyze } from '../../../../src/core/claims/analyze';
import { sameRole } from '../../../../src/core/findings/sameRole';

function fixSummary(f: Finding): Array<[string, boolean, boolean, Array<[number, number, string]>]> {
  return f.fixes.map((x) => [x.kind, x.isPreferred, x.safe, x.edits.map((e): [number, number, string] => [e.span.start, e.span.end, e.newText])]);
}

function only(result: BriefResult): Finding {
  assert.strictEqual(result.findings.length, 1, `findings: ${codes(result).join(', ')}`);
  return findingAt(result);
}

describe('rule: contradicted-figure / -date / -name / -polarity', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await seedCorpus();
  });

  it('contradicted-figure: replaces the figure with the source\'s (safe); citing the source is not offered as a fix', () => {
    const text = 'Oxford and UCL share £40 million of new funding for open-source AI labs.';
    const f = only(check(corpus, text));
    assert.strictEqual(f.code, 'contradicted-figure');
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.message, 'Source says “£60 million”, not “£40 million” [@ukopenlabs]');
    // The passage is shown once, as the finding's evidence, cut around the source's figure.
    assert.strictEqual(f.evidence?.text, '£60 million funding allocated to Oxford and UCL');
    assert.strictEqual(f.evidence?.focus, '£60 million');
    assert.deepStrictEqual(f.fixes.map((x) => x.title), [
      'Replace “£40 million” with “£60 million” (as the source states)',
      'Suppress contradicted-figure on this line',
    ]);
    assert.deepStrictEqual(fixSummary(f), [
      ['replace-value', true, true, [[21, 32, '£60 million']]],
      ['suppress', false, false, [[0, 0, '<!-- brief-lens-disable-next-line contradicted-figure -->\n']]],
    ]);
    const fixed = applyEdits(text, nth(f.fixes, 0, 'fix').edits);
    assert.strictEqual(fixed, 'Oxford and UCL share £60 million of new funding for open-source AI labs.');
    assert.strictEqual(sentenceAt(check(corpus, fixed)).verdict, 'supported');
  });

  it('contradicted-figure: the same fixes when the sentence already cites the source', () => {
    const f = only(check(corpus, 'Oxford and UCL share £40 million of new funding for open-source AI labs [@ukopenlabs].'));
    assert.strictEqual(f.code, 'contradicted-figure');
    assert.deepStrictEqual(f.fixes.map((x) => x.kind), ['replace-value', 'suppress']);
  });

  it('contradicted-date: 1993 where the source says 1997', () => {
    const text = 'President Clinton spoke about openness and China in 1993.';
    const f = only(check(corpus, text));
    assert.strictEqual(f.code, 'contradicted-date');
    assert.strictEqual(f.targetText, '1993');
    assert.deepStrictEqual(f.range, { start: { line: 0, character: 52 }, end: { line: 0, character: 56 } });
    assert.strictEqual(f.evidence?.key, 'opensourcechina');
    assert.strictEqual(f.message, 'Source says “1997”, not “1993” [@opensourcechina]');
    assert.ok(f.evidence?.text.includes('Speaking in 1997, President Bill Clinton'));
    assert.deepStrictEqual(fixSummary(f)[0], ['replace-value', true, true, [[52, 56, '1997']]]);
    assert.strictEqual(applyEdits(text, nth(f.fixes, 0, 'fix').edits), 'President Clinton spoke about openness and China in 1997.');
  });

  it('contradicted-name: OpenAI where the source names Anthropic (a fix, but not a safe one)', () => {
    const text = 'The Model Context Protocol is built by OpenAI staff in London.';
    const f = only(check(corpus, text));
    assert.strictEqual(f.code, 'contradicted-name');
    assert.strictEqual(f.targetText, 'OpenAI');
    assert.deepStrictEqual(f.span, { start: 39, end: 45 });
    assert.strictEqual(f.evidence?.key, 'lwin2026gold');
    assert.strictEqual(f.message, 'Source names “Anthropic”, not “OpenAI” [@lwin2026gold]');
    assert.ok(f.evidence?.text.includes('There are employees of international companies like Anthropic'));
    assert.deepStrictEqual(fixSummary(f), [
      ['replace-value', true, false, [[39, 45, 'Anthropic']]],
      ['suppress', false, false, [[0, 0, '<!-- brief-lens-disable-next-line contradicted-name -->\n']]],
    ]);
  });

  it('contradicted-polarity: "open" where the source says "closed"', () => {
    const f = only(check(corpus, 'The US approach to AI has been a largely open one [@lwin2026gold].'));
    assert.strictEqual(f.code, 'contradicted-polarity');
    assert.strictEqual(f.targetText, 'open');
    assert.deepStrictEqual(f.span, { start: 41, end: 45 });
    assert.strictEqual(f.message, 'Source says the opposite: “closed”, not “open” [@lwin2026gold]');
    assert.ok(f.evidence?.text.includes('Basking in the warmth of Big Tech’s success'));
    assert.deepStrictEqual(fixSummary(f)[0], ['replace-value', true, false, [[41, 45, 'closed']]]);
  });

  // Regression (was a bug): check('Oxford and UCL share one hundred million pounds of new funding for open-source AI labs.')
  // reports contradicted-figure on "hundred million pounds" (the "one" is left out of the figure), and
  // its fix yields 'Oxford and UCL share one £60 million of new funding …'.
  it('contradicted-figure on a figure in words covers the whole figure, and its fix reads correctly', () => {
    const text = 'Oxford and UCL share one hundred million pounds of new funding for open-source AI labs.';
    const f = only(check(corpus, text));
    assert.strictEqual(f.code, 'contradicted-figure');
    assert.strictEqual(f.targetText, 'one hundred million pounds');
    assert.strictEqual(applyEdits(text, nth(f.fixes, 0, 'fix').edits), 'Oxford and UCL share £60 million of new funding for open-source AI labs.');
  });

  it('the sentence carries the same correction the finding reports', () => {
    const s = sentenceAt(check(corpus, 'The US approach to AI has been a largely open one [@lwin2026gold].'));
    assert.strictEqual(s.verdict, 'contradicted');
    assert.deepStrictEqual(s.corrections.map((c) => [c.kind, c.claimed, c.source]), [['polarity', 'open', 'closed']]);
  });
});

describe('rule: contradicted-polarity by a negation', () => {
  const SOURCE = 'Interest rates fell twice last spring. Lower interest rates will eventually help, but we cannot assume they will do the job all by themselves. Exports grew in the autumn.';
  const corpus = new Corpus([{ key: 'econ', title: 'Economic outlook', file: '/corpus/econ.txt', text: SOURCE }]);
  const STATEMENT = 'Lower interest rates will eventually help, but we cannot assume they will do the job all by themselves.';

  it('the brief negates one clause while another clause is negated on both sides: contradicted, with a fix that removes "not"', () => {
    // Cited: uncited, a generic statement without figures or names is the writer's analysis.
    const text = 'Lower interest rates will not eventually help, but we cannot assume they will do the job all by themselves [@econ].';
    const f = only(check(corpus, text));
    assert.strictEqual(f.code, 'contradicted-polarity');
    assert.deepStrictEqual(f.span, { start: 26, end: 29 });
    assert.strictEqual(f.message, 'Source asserts what the brief negates with “not” [@econ]');
    assert.strictEqual(f.evidence?.text, STATEMENT);
    assert.deepStrictEqual(fixSummary(f), [
      ['replace-value', true, false, [[26, 30, '']]],
      ['suppress', false, false, [[0, 0, '<!-- brief-lens-disable-next-line contradicted-polarity -->\n']]],
    ]);
    assert.strictEqual(nth(f.fixes, 0, 'fix').title, 'Remove “not” (the source asserts it)');
    const fixed = applyEdits(text, nth(f.fixes, 0, 'fix').edits);
    assert.strictEqual(sentenceAt(check(corpus, fixed)).verdict, 'supported');
    assert.deepStrictEqual(sentenceAt(check(corpus, text)).corrections.map((c) => [c.kind, c.claimed, c.source, c.negation]), [['polarity', 'not', 'eventually', 'claim']]);
  });

  it('the source negates what the brief asserts: contradicted, the message names the source\'s cue', () => {
    const f = only(check(corpus, 'Lower interest rates will eventually help, and we can assume they will do the job all by themselves [@econ].'));
    assert.strictEqual(f.code, 'contradicted-polarity');
    assert.strictEqual(f.message, 'Source negates this with “cannot” [@econ]');
    assert.deepStrictEqual(f.fixes.map((x) => x.kind), ['suppress']);
  });
});

describe('rule: contradicted-name with two forms of one place in the source', () => {
  it('offers no replacement for an opposite that stands away from the claim word\'s role', () => {
    const source = 'Tonight I come before you to announce that the Federal deficit, once so incomprehensibly large that it had 11 zeros, will be, simply, zero.';
    const speech = new Corpus([{ key: 'sotu1998', title: 'State of the Union 1998', file: '/corpus/sotu1998.txt', text: source }]);
    const text = 'Clinton declared that the federal deficit, which once ran to eleven zeros, was about to reach zero [@sotu1998].';
    const f = only(check(speech, text));
    assert.deepStrictEqual([f.code, f.targetText, f.message], ['contradicted-polarity', 'ran', 'Source says the opposite: “come”, not “ran” [@sotu1998]']);
    assert.deepStrictEqual(fixSummary(f).map(([kind]) => kind), ['suppress']);
  });

  it('"Iraq" beside "Iraqi defectors" is still the rival of a swapped country', () => {
    const source = 'The inspectors left in 1998. From three Iraqi defectors we know that Iraq, in the late 1990s, had several mobile biological weapons labs. The labs were never found.';
    const corpus = new Corpus([{ key: 'sotu2003', title: 'State of the Union 2003', file: '/corpus/sotu2003.txt', text: source }]);
    const text = 'From three Iraqi defectors we know that China, in the late 1990s, had several mobile biological weapons labs.';
    const f = only(check(corpus, text));
    assert.strictEqual(f.code, 'contradicted-name');
    assert.strictEqual(f.targetText, 'China');
    assert.deepStrictEqual(fixSummary(f)[0], ['replace-value', true, false, [[40, 45, 'Iraq']]]);
  });
});

describe('a country named only in the context of a passage about another country', () => {
  const SOURCE = 'The United States spent two decades building closed AI platforms. Taking the opposite approach, China has focused on open source in its software and AI. Exports grew in the autumn.';
  const corpus = new Corpus([{ key: 'race', title: 'The AI race', file: '/corpus/race.txt', text: SOURCE }]);

  // Regression (was a bug): "The US has focused on open source in its software and AI." was
  // supported by the sentence about China, because "United States" stood in the sentence before it.
  it('does not let that passage bear out the claim about the first country', () => {
    const result = check(corpus, 'The US has focused on open source in its software and AI.');
    assert.strictEqual(sentenceAt(result).verdict, 'contradicted');
    const f = only(result);
    assert.strictEqual(f.code, 'contradicted-polarity');
    assert.strictEqual(f.targetText, 'open');
    assert.strictEqual(f.message, 'Source says the opposite: “closed”, not “open” [@race]');
    assert.strictEqual(f.evidence?.text, 'The United States spent two decades building closed AI platforms.');
  });

  it('still supports the claim about the country the passage names', () => {
    assert.strictEqual(sentenceAt(check(corpus, 'China has focused on open source in its software and AI.')).verdict, 'supported');
  });
});

describe('polarity: opposites across inflections, bounds and comparisons', () => {
  const source = [
    'Teachers met in the capital.',
    'Yet Congress has voted to cut environmental enforcement by 25 percent.',
    'I announced that the United States is officially withdrawing from the treaty on intermediate-range missiles.',
    'Families will pay no more than 7 percent of their income for child care.',
    'No one has benefitted more from our thriving economy than women, who have filled 58 percent of the new jobs created in the last year.',
    'Farmers planted wheat in the spring.',
  ].join(' ');
  const corpus = new Corpus([{ key: 'speech', title: 'Speech', file: '/corpus/speech.txt', text: source }]);
  const verdict = (text: string): [string, string[]] => {
    const s = sentenceAt(check(corpus, text));
    return [s.verdict, s.corrections.map((c) => `${c.claimed}->${c.source}`)];
  };

  it('an opposite in another inflection of the word: "increase" / "cut", "remain" / "withdrawing"', () => {
    assert.deepStrictEqual(verdict('Congress voted to increase environmental enforcement by 25 percent.'), ['contradicted', ['increase->cut']]);
    assert.deepStrictEqual(verdict('The United States announced it would remain in the treaty on intermediate-range missiles.'), ['contradicted', ['remain->withdrawing']]);
  });

  it('"no more than 7 percent" bounds the figure: "at most 7%" agrees, "more than 7 percent" does not', () => {
    assert.deepStrictEqual(verdict('Families will pay at most 7% of their income for child care.'), ['supported', []]);
    assert.strictEqual(verdict('Families will pay more than 7 percent of their income for child care.')[0], 'contradicted');
  });

  it('"No one ... more than women": the negation does not reach past "than"', () => {
    assert.deepStrictEqual(verdict('Women filled 58% of the new jobs created in the last year.'), ['supported', []]);
  });
});

describe('figures: which of the source\'s figures a claim is held to', () => {
  const source = 'Teachers met in the capital. Community policing works: in New York City, murders are down 25 percent; in St. Louis, 18 percent; in Seattle, 32 percent. For more than a year, America has led a coalition of more than 60 countries against ISIL. Farmers planted wheat in the spring.';
  const corpus = new Corpus([{ key: 'speech', title: 'Speech', file: '/corpus/speech.txt', text: source }]);

  it('the rival figure is the one beside the name the claim shares', () => {
    const s = sentenceAt(check(corpus, 'Under community policing, murders in Seattle fell by 23 percent.'));
    assert.strictEqual(s.verdict, 'contradicted');
    assert.deepStrictEqual(s.corrections.map((c) => [c.claimed, c.source]), [['23 percent', '32 percent']]);
  });

  it('a large count bears out the same count of another word for it ("60 nations" / "60 countries")', () => {
    assert.strictEqual(sentenceAt(check(corpus, 'The United States led a coalition of over 60 nations against ISIL.')).verdict, 'supported');
  });
});

describe('names: which of the source\'s names can be a swapped one', () => {
  it('no name other than a country is the rival of a known country ("Congress" is no swapped "Iran")', () => {
    const source = 'Teachers met in the capital. Farmers planted wheat in the spring. If this Congress sends me a new sanctions bill now that threatens to derail these talks, I will veto it.';
    const corpus = new Corpus([{ key: 'speech', title: 'Speech', file: '/corpus/speech.txt', text: source }]);
    const iran = sentenceAt(check(corpus, 'If lawmakers send the President a new Iran sanctions bill that threatens to derail these talks, he will veto it.'));
    assert.deepStrictEqual([iran.verdict, iran.corrections], ['unsupported', []]);
  });
});

describe('fixes that would not resolve their finding are not offered', () => {
  it('no "Replace" when the corrected sentence is contradicted by another passage (found by npm run fuzz)', async () => {
    const corpus = await seedCorpus();
    // "closed" would be contradicted by the passage on DeepSeek's open-source release.
    const polarity = only(check(corpus, 'oach to AI has been a largely open\n'));
    assert.deepStrictEqual([polarity.code, polarity.targetText, polarity.fixes.map((f) => f.kind)], ['contradicted-polarity', 'open', ['suppress']]);
    // The name in the cut-off name's slot is the source's own ("focus on 'Parameter-Efficient
    // Fine-Tuning'"), not "Low" from a table row: replacing with it bears the sentence out.
    const name = only(check(corpus, 'The research labs will focus on Parameter-E\n'));
    assert.deepStrictEqual([name.code, name.targetText, name.fixes.map((f) => f.kind), name.fixes[0]?.edits[0]?.newText], ['contradicted-name', 'Parameter-E', ['replace-value', 'suppress'], 'Parameter-Efficient Fine-Tuning']);
  });

  it('keeps the fix when the corrected sentence is borne out', async () => {
    const corpus = await seedCorpus();
    const f = only(check(corpus, 'Oxford and UCL share £40 million of new funding for open-source AI labs.\n'));
    assert.deepStrictEqual(f.fixes.map((x) => x.kind), ['replace-value', 'suppress']);
    assert.strictEqual(sentenceAt(check(corpus, applyEdits('Oxford and UCL share £40 million of new funding for open-source AI labs.\n', nth(f.fixes, 0, 'fix').edits))).verdict, 'supported');
  });
});

describe('rule: a time of year is a date; a source\'s topic is no shared subject', () => {
  const FILLER = 'Farmers planted wheat in the valley. The harbour opened a new pier. Teachers met in the capital.';

  it('a season set against another season is contradicted-date, its message a date\'s', () => {
    const corpus = new Corpus([{ key: 'port', title: 'Port news', file: '/corpus/port.txt', text: `${FILLER} The harbour board approved the new ferry terminal last summer after a long review. ${FILLER}` }]);
    const result = check(corpus, 'The harbour board approved the new ferry terminal last spring after a long review [@port].\n');
    assert.deepStrictEqual(result.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.targetText, f.message]), [
      ['contradicted-date', 'spring', 'Source says “summer”, not “spring” [@port]'],
    ]);
  });

  it('a name the source speaks of throughout is its topic: it does not put another name of it in the claim\'s place', () => {
    const topic = Array.from({ length: 10 }, (_, i) => `Robotics matters for factories in year ${i + 1} of the plan.`).join(' ');
    const text = `${topic} Robotics began as a hobby partly funded by Ada Lovelace. ${topic}`;
    const corpus = new Corpus([{ key: 'bots', title: 'Robotics', file: '/corpus/bots.txt', text }]);
    const claimText = 'Polling shows that most Britons support public funding for Robotics.';
    const claim = analyze(claimText, 0);
    const at = text.indexOf('Ada Lovelace');
    const conflict = { kind: 'name' as const, claimed: { text: 'Britons', start: claimText.indexOf('Britons'), end: claimText.indexOf('Britons') + 7 }, source: { text: 'Ada Lovelace', start: at, end: at + 12 }, replaceable: true };
    assert.strictEqual(sameRole(corpus, 'bots', claim, conflict), false);
    // A name the source states once or twice is a subject the two sentences share.
    const rare = new Corpus([{ key: 'bots', title: 'Robotics', file: '/corpus/bots.txt', text: `Robotics began as a hobby partly funded by Ada Lovelace. ${FILLER}` }]);
    assert.strictEqual(sameRole(rare, 'bots', claim, { ...conflict, source: { text: 'Ada Lovelace', start: 43, end: 55 } }), true);
  });
});

describe('rule: a claim joining two statements of its source', () => {
  const FILLER = 'Farmers planted wheat in the valley. The harbour opened a new pier. Teachers met in the capital.';
  const first = 'Built over thirty years of trade from Texas, the Danish approach to ports has been largely private.';
  const second = 'Taking the opposite road, Norway has focused on public ports in its harbours.';
  const claimText = "The report contrasts a largely private Danish approach to ports with Norway's focus on public ports [@port].";
  const conflictIn = (claim: string, text: string) => {
    const at = text.indexOf('Texas');
    const claimed = claim.indexOf('Norway');
    return { kind: 'name' as const, claimed: { text: 'Norway', start: claimed, end: claimed + 6 }, source: { text: 'Texas', start: at, end: at + 5 }, replaceable: true };
  };
  const table: { name: string; claim: string; text: string; sameRole: boolean }[] = [
    { name: 'the source states the second name with the claim\'s own words elsewhere: the first statement\'s name is no substitute', claim: claimText, text: `${FILLER} ${first} ${FILLER}\n\n${second} ${FILLER}`, sameRole: false },
    { name: 'the source never states the second name so: the name beside the shared subject stands in its place', claim: claimText, text: `${FILLER} ${first} ${FILLER}\n\nNorway has built new ferries. ${FILLER}`, sameRole: true },
    {
      name: 'one shared word is one, though its stem and its base form differ ("battles" / "battle"): the name still stands in its place',
      claim: "The report contrasts a largely private Danish approach to ports with Norway's battles [@port].",
      text: `${FILLER} ${first} ${FILLER}\n\nNorway lost the battle in its harbours. ${FILLER}`,
      sameRole: true,
    },
    {
      name: 'one word written twice beside the name ("time after time") is one word: the name still stands in its place',
      claim: 'The Danish approach to ports ran time after time to Norway [@port].',
      text: `${FILLER} ${first} ${FILLER}\n\nThree times a year Norway builds ships. ${FILLER}`,
      sameRole: true,
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      const corpus = new Corpus([{ key: 'port', title: 'Ports', file: '/corpus/port.txt', text: row.text }]);
      assert.strictEqual(sameRole(corpus, 'port', analyze(row.claim, 0), conflictIn(row.claim, row.text)), row.sameRole);
    });
  }
});
