// Claims per clause (issue 13): where a sentence splits, and which citations apply to which claim.
import * as assert from 'assert';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import { parseBrief } from '../../../src/core/brief/parse';
import { check, codes, seedCorpus } from './helpers';
import { nth } from '../../support/present';

/** The claims of a one-sentence brief, each as its text and the keys that apply to it. */
function claims(text: string): [string, string[]][] {
  const brief = parseBrief(text);
  assert.strictEqual(brief.sentences.length, 1, `one sentence in ${JSON.stringify(text)}`);
  return nth(brief.sentences, 0, 'sentence').claims.map((c) => [c.text, c.citations.map((k) => k.key)]);
}

describe('brief/clauses: a sentence holds one claim per clause that states its own fact', () => {
  const split: [string, [string, string[]][]][] = [
    // coordination after the citation that ends a clause, without a comma (the example)
    ['DeepSeek R1 was released in 2025 [@a] and its post-training cost $3 million [@b].', [['DeepSeek R1 was released in 2025 [@a]', ['a']], ['its post-training cost $3 million [@b].', ['b']]]],
    // ", while" with its own subject
    ['Meta opened its Llama model in 2023 [@a], while most American firms kept their models closed.', [['Meta opened its Llama model in 2023 [@a]', ['a']], ['most American firms kept their models closed.', []]]],
    // an indefinite pronoun for subject
    ['Some of the measures cost little, while others are costly and risky.', [['Some of the measures cost little', []], ['others are costly and risky.', []]]],
    // a semicolon
    ['The grant was £60 million; the two labs opened in 2026 [@a].', [['The grant was £60 million', ['a']], ['the two labs opened in 2026 [@a].', ['a']]]],
    // "whereas" needs no comma
    ['Prices rose by 5 percent whereas wages fell by 2 percent.', [['Prices rose by 5 percent', []], ['wages fell by 2 percent.', []]]],
    // ", but" with a named subject
    ['The labs received £60 million [@a], but Germany spent €3 billion on compute [@b].', [['The labs received £60 million [@a]', ['a']], ['Germany spent €3 billion on compute [@b].', ['b']]]],
    // a relative clause with its own pronoun subject: what the speaker did with the fact
    ['The mayor said rents rose 8 percent last year, which she used to argue for a cap [@a].', [['The mayor said rents rose 8 percent last year', ['a']], ['which she used to argue for a cap [@a].', ['a']]]],
    // a possessive relative clause after a name, or after a comma, brings its own subject and predicate
    ['The fund backed Lumen Labs, a start-up from Leeds whose founders sold it for 40,000 pounds [@a].', [['The fund backed Lumen Labs, a start-up from Leeds', ['a']], ['whose founders sold it for 40,000 pounds [@a].', ['a']]]],
    ['The council thanked the volunteers, whose work reopened the library in 2019.', [['The council thanked the volunteers', []], ['whose work reopened the library in 2019.', []]]],
    // after a citation, a verb phrase sharing the subject has its own source (Pandoc: a citation ends its clause);
    // the clause before a relative clause is cited by the citation that ends both
    [
      'He announced 3,200 more marines for Afghanistan [@a] and credited the Anbar Awakening, which he dated to 2006 [@b].',
      [['He announced 3,200 more marines for Afghanistan [@a]', ['a']], ['credited the Anbar Awakening', ['b']], ['which he dated to 2006 [@b].', ['b']]],
    ],
    // further complements of one verb, each with its own citation
    [
      'By 2016 he said oil imports had been cut by nearly 60 percent [@a], that wind power was now cheaper than conventional power [@b], and that solar employed more Americans than coal [@c].',
      [['By 2016 he said oil imports had been cut by nearly 60 percent [@a]', ['a']], ['that wind power was now cheaper than conventional power [@b]', ['b']], ['that solar employed more Americans than coal [@c].', ['c']]],
    ],
    // "that A and that B": the complementizer said again starts a second complement, each a fact of its own
    [
      'Johnson announced that uranium production was being cut by a quarter and that four plutonium piles were being shut down.',
      [['Johnson announced that uranium production was being cut by a quarter', []], ['that four plutonium piles were being shut down.', []]],
    ],
    // "declared that A and promised that B": two verbs of saying, each with its own that-clause, report two facts
    [
      'Bush declared that the operation had achieved its objective in Panama and promised that the troops would be home before the end of February [@a].',
      [['Bush declared that the operation had achieved its objective in Panama', ['a']], ['promised that the troops would be home before the end of February [@a].', ['a']]],
    ],
    [
      'Nixon built his approach on the doctrine announced at Guam and reported that talks had resumed in Warsaw [@a].',
      [['Nixon built his approach on the doctrine announced at Guam', ['a']], ['reported that talks had resumed in Warsaw [@a].', ['a']]],
    ],
    // "…, and he insisted that B": a pronoun subject before the coordinated verb of saying reports a fact of its own too
    [
      'He reminded members that four recessions had struck in the past seven years, and he insisted that "The time to fix the roof is when the sun is shining." [@a]',
      [['He reminded members that four recessions had struck in the past seven years', ['a']], ['he insisted that "The time to fix the roof is when the sun is shining." [@a]', ['a']]],
    ],
    // "…, and he set B": a third person's pronoun right before its verb opens another act of the person, uncited between
    [
      'Bush thanked John Boehner and George Miller for the education reform, and he set the goal of "a quality teacher in every classroom" [@a].',
      [['Bush thanked John Boehner and George Miller for the education reform', ['a']], ['he set the goal of "a quality teacher in every classroom" [@a].', ['a']]],
    ],
    // a speaker's own "we" goes on with the clause before
    [
      'We have cut the deficit in half, and we will cut it again next year [@a].',
      [['We have cut the deficit in half, and we will cut it again next year [@a].', ['a']]],
    ],
    // a fronted adverbial before the second clause's own pronoun subject
    [
      'He recalled a surplus of over $200 billion in 2000 [@a], whereas on taking office he faced a deficit above $1 trillion [@a].',
      [['He recalled a surplus of over $200 billion in 2000 [@a]', ['a']], ['on taking office he faced a deficit above $1 trillion [@a].', ['a']]],
    ],
    // a comma inside a closing quotation mark (American usage): the left claim keeps its quotation whole
    [
      'His four-word reply was "Save Social Security first," and he proposed holding back every penny of the surplus [@a].',
      [['His four-word reply was "Save Social Security first,"', ['a']], ['he proposed holding back every penny of the surplus [@a].', ['a']]],
    ],
    [
      'She called the plan “a calculated gamble,” while the minister promised £40 million for the labs [@a].',
      [['She called the plan “a calculated gamble,”', ['a']], ['the minister promised £40 million for the labs [@a].', ['a']]],
    ],
    // a perfect participle clause set off by commas states an earlier act of its own
    [
      'Bush, having spoken by phone with President Gorbachev that day, proposed cutting manpower in Europe to 195,000 each [@a].',
      [['Bush, having spoken by phone with President Gorbachev that day', ['a']], ['proposed cutting manpower in Europe to 195,000 each [@a].', ['a']]],
    ],
    [
      'Having spoken by phone with President Gorbachev that day, Bush proposed cutting manpower in Europe to 195,000 each.',
      [['Having spoken by phone with President Gorbachev that day', []], ['Bush proposed cutting manpower in Europe to 195,000 each.', []]],
    ],
    [
      'The minister told the House that exports had doubled and assured the committee that the scheme would close in 2026.',
      [['The minister told the House that exports had doubled', []], ['assured the committee that the scheme would close in 2026.', []]],
    ],
    // a participle of saying after a comma, with its own that-clause, reports a further statement of the subject's
    [
      'He opposed extending unemployment benefits, arguing that workers wanted a steady paycheck instead [@a].',
      [['He opposed extending unemployment benefits', ['a']], ['arguing that workers wanted a steady paycheck instead [@a].', ['a']]],
    ],
    [
      'The minister froze the grant in 2019, warning lawmakers that the labs would close by 2021.',
      [['The minister froze the grant in 2019', []], ['warning lawmakers that the labs would close by 2021.', []]],
    ],
    // after a cited clause, an appositive with its own relative clause and its own citation is a fact of its own
    [
      'He urged Congress to pass the tax bill by the first of March [@a], a cut that would release $11 billion into the economy [@b].',
      [['He urged Congress to pass the tax bill by the first of March [@a]', ['a']], ['a cut that would release $11 billion into the economy [@b].', ['b']]],
    ],
    // after a cited clause and a comma, a clause with its own subject, predicate and citation is a fact of its own
    [
      'The CHIPS Act limits access to advanced chips [@a], Washington has branded Huawei a security risk [@b], and China is kept out of forums [@c].',
      [['The CHIPS Act limits access to advanced chips [@a]', ['a']], ['Washington has branded Huawei a security risk [@b]', ['b']], ['China is kept out of forums [@c].', ['c']]],
    ],
    // gapping: a cited fragment with its own figure or date leaves the verb of the clause before unsaid
    [
      'The council reported that rents had risen by 8 percent in 2019 [@a], and in 2021 by almost a third [@b].',
      [['The council reported that rents had risen by 8 percent in 2019 [@a]', ['a']], ['in 2021 by almost a third [@b].', ['b']]],
    ],
    // a colon between two clauses, each with its own predicate: the second states the fact the first sums up
    [
      'Sovereign capability takes time: the founder reports around 18 months of infrastructure work [@a].',
      [['Sovereign capability takes time', ['a']], ['the founder reports around 18 months of infrastructure work [@a].', ['a']]],
    ],
    [
      'Even Washington has moved: last summer the US AI Action Plan set out to encourage open models [@a].',
      [['Even Washington has moved', ['a']], ['last summer the US AI Action Plan set out to encourage open models [@a].', ['a']]],
    ],
    [
      'The minister called the port the busiest in the region [@a], and the largest employer for the first time in 40 years [@a].',
      [['The minister called the port the busiest in the region [@a]', ['a']], ['the largest employer for the first time in 40 years [@a].', ['a']]],
    ],
    // after a comma, a verb phrase sharing the subject, when each side states an amount of its own
    [
      'The founder puts the post-training bill at around $3 million, and dismisses the idea that $1bn is needed at the outset [@a].',
      [['The founder puts the post-training bill at around $3 million', ['a']], ['dismisses the idea that $1bn is needed at the outset [@a].', ['a']]],
    ],
  ];
  for (const [text, expected] of split) {
    it(`splits ${JSON.stringify(text)}`, () => assert.deepStrictEqual(claims(text), expected));
  }

  const whole = [
    // a verb's "-ing" form with its object after "while" has no subject of its own
    "The council's plan to build homes while cutting rents was more hope than policy.",
    // a clause set off by two commas, after which the sentence's predicate resumes, is an aside
    'A founder argues that the harbour board, although enormously useful to the town, has muddied the waters for a rival port [@a].',
    // after a comma, without a citation of its own, the second complement may lean on the first ("the figure")
    'He noted that the country once invested 2 percent of GDP in research, and that today the figure is less than 1 percent.',
    // verbs sharing one subject
    'The United States has declared Huawei and ZTE national security risks and limited their access to its markets [@a].',
    'The funding is channelled through UK Research and Innovation and draws on the EPSRC budget [@a].',
    'The state declared Huawei a risk in 2019, and limited its access to the market in 2020.',
    'The fund gave £5 million to Leeds, and praised the city for its bid.',
    // a restrictive "whose" (no comma, no name before it) limits its noun; a "whose" aside closed by a comma
    'Firms whose revenue exceeds 10 million pounds must publish their accounts.',
    'Ms Davis, whose school closed in 2019, moved to Leeds.',
    // a list closed by ", and"
    'The UK sits beside Singapore, Canada, France, Germany, and India, well behind the two leaders.',
    // a pronoun subject leans on the clause before when no citation of its own ends that clause
    'Lower interest rates will eventually help, but we cannot assume they will do the job all by themselves.',
    // inside a quotation
    'The minister said “prices rose sharply, and wages fell by 2 percent” in her speech.',
    // "while" that is not a conjunction of clauses
    'While in office, the minister cut the budget by 5 percent.',
    // a relative clause whose subject is the relative word itself describes its antecedent
    'The council froze the grant, which covered 40 libraries, in 2019.',
    // coordinated verbs that are not both verbs of saying with a that-clause stay one account of one subject's acts
    'Bush declared that the operation had achieved its objective and withdrew the troops in February.',
    // a relative clause with its own subject, closed by a comma before the main verb: an aside in the main clause
    'The 1979 budget, which he called "lean and tight", carried a real increase of under 2 percent [@a].',
    // a cited fragment without a figure or date is a list item, not a gapped claim
    'The funding went to research labs in Oxford [@a] and the new computing centre in Leeds [@b].',
    // a colon before a list, a quotation, or after a verb of saying opens what follows
    'The labs have three partners: ARM, Graphcore and the national computing centre in Leeds.',
    'The minister put it plainly: "we will not wait for Washington" [@a].',
    'The report concluded: funding alone will not build a sovereign model industry.',
    'There are three broad groups of isomers: structural isomers, stereoisomers and tautomers.',
    'Let me be clear: There will be no new cuts in benefits for pensioners.',
    // a participle that is no verb of saying, or one with no that-clause, or none after a comma, adds to its clause
    'The minister froze the grant in 2019, citing the cost of the new labs.',
    'The minister froze the grant in 2019, arguing for a smaller programme.',
    'The honest answer is to praise the labs while stressing that they cannot replace a national programme.',
    // an appositive without a citation of its own, or without a relative clause, stays with its clause
    'He urged Congress to pass the tax bill by the first of March [@a], a cut that would release $11 billion into the economy.',
    'He urged Congress to pass the tax bill by the first of March [@a], a sensible and overdue cut [@b].',
    // after a cited clause, a clause without a citation of its own, or a phrase that is no clause, stays with it
    'The CHIPS Act limits access to advanced chips [@a], Washington has branded Huawei a security risk.',
    'Growth reached 2 percent in 2019 [@a], rising to 3 percent in 2020 [@b].',
    // a fragment with no citation of its own is covered by the sentence's last one
    'The council reported that rents had risen by 8 percent in 2019 [@a], and in 2021 by almost a third.',
  ];
  for (const text of whole) {
    it(`keeps ${JSON.stringify(text)} one claim`, () => assert.strictEqual(claims(text).length, 1));
  }

  it('gives each claim an exact span inside its sentence', () => {
    const text = 'Intro.\n\nDeepSeek R1 was released in 2025 [@a] and its post-training cost $3 million [@b]. Next one.\n';
    const s = nth(parseBrief(text).sentences, 1, 'sentence');
    for (const c of s.claims) assert.strictEqual(text.slice(c.span.start, c.span.end), c.text);
    assert.strictEqual(nth(s.claims, 0, 'claim').span.start, s.span.start);
    assert.strictEqual(nth(s.claims, 1, 'claim').span.end, s.span.end);
  });
});

describe('brief/read: a reporting frame reaches the later clauses of its sentence', () => {
  const framed = (text: string): boolean[] => nth(parseBrief(text).sentences, 0, 'sentence').claims.map((c) => c.framed === true);
  it('frames a clause after "while", "and" or a semicolon, not one after "but"', () => {
    assert.deepStrictEqual(framed('Kennedy said that in 1961 consumer prices held nearly steady while wholesale prices rose.'), [false, true]);
    assert.deepStrictEqual(framed('The report found that exports rose by 5 percent; imports fell by 2 percent.'), [false, true]);
    assert.deepStrictEqual(framed('Kennedy said that consumer prices held steady in 1961, but wholesale prices rose by 3 percent.'), [false, false]);
    // No frame, nothing to reach.
    assert.deepStrictEqual(framed('Consumer prices held steady in 1961 while wholesale prices rose.'), [false, false]);
  });
  it('frames the clause a participle of saying opens after a comma, up to its "that"', () => {
    assert.deepStrictEqual(framed('He opposed extending unemployment benefits, arguing that workers wanted a steady paycheck instead.'), [false, true]);
  });
  it('checks the clause before a participle of saying on its own: an opposite verb in the source contradicts it', () => {
    const corpus = new Corpus([{ key: 'bush', title: 'bush', file: '/corpus/bush.txt', text: 'The economy grew last year. Americans who have lost their jobs need our help, and I support extending unemployment benefits. American workers want more than unemployment checks; they want a steady paycheck.' }]);
    const result = new BriefChecker(corpus).check('He opposed extending unemployment benefits, arguing that workers wanted a steady paycheck instead [@bush].\n', 'brief.md', 1);
    const verdicts = nth(result.sentences, 0, 'sentence').claims?.map((c) => c.verdict);
    assert.deepStrictEqual(verdicts, ['contradicted', 'supported']);
    assert.ok(result.findings.some((f) => f.code === 'contradicted-polarity' && f.message.includes('support')), result.findings.map((f) => f.message).join(' | '));
  });
  it('checks a framed clause as the source\'s statement: its opposite in the source contradicts it', () => {
    const corpus = new Corpus([{ key: 'jfk', title: 'jfk', file: '/corpus/jfk.txt', text: 'Teachers met in the capital. Last year, 1961, despite rising production and demand, consumer prices held almost steady-and wholesale prices declined. The harbour opened a new pier.' }]);
    const result = new BriefChecker(corpus).check('Kennedy said that in 1961 consumer prices held nearly steady while wholesale prices rose.\n', 'brief.md', 1);
    assert.strictEqual(nth(result.sentences, 0, 'sentence').verdict, 'contradicted');
    assert.ok(result.findings.some((f) => f.code === 'contradicted-polarity' && f.message.includes('declined')), result.findings.map((f) => f.message).join(' | '));
  });
});

describe('brief/read: citations apply where Pandoc places them', () => {
  it('a citation after the full stop cites the sentence before it (and is part of it)', () => {
    const brief = parseBrief('Meta opened Llama in 2023. [@lwin2026gold] China followed.\n');
    assert.deepStrictEqual(brief.sentences.map((s) => [s.text, s.citations.map((c) => c.key)]), [
      ['Meta opened Llama in 2023. [@lwin2026gold]', ['lwin2026gold']],
      ['China followed.', []],
    ]);
  });

  it('a citation on its own line after a blockquote cites every sentence of the quotation', () => {
    const brief = parseBrief('> Open source wins. It wins in 2025.\n\n[@opensourcechina]\n\nAfter it.\n');
    assert.deepStrictEqual(brief.sentences.map((s) => [s.text, s.citations.map((c) => c.key)]), [
      ['Open source wins.', ['opensourcechina']],
      ['It wins in 2025.', ['opensourcechina']],
      ['After it.', []],
    ]);
  });

  it('an attribution line "— Name [@key]" after a blockquote cites the quotation', () => {
    const brief = parseBrief('> Open source wins the race.\n\n— An essayist [@opensourcechina]\n');
    assert.deepStrictEqual(brief.sentences.map((s) => [s.text, nth(s.claims, 0, 'claim').citations.map((c) => c.key)]), [['Open source wins the race.', ['opensourcechina']]]);
  });

  it('a sentence-final citation cites every clause of a sentence that has no other', () => {
    assert.deepStrictEqual(claims('Meta opened its Llama model in 2023, while most American firms kept their models closed [@a].'), [
      ['Meta opened its Llama model in 2023', ['a']],
      ['most American firms kept their models closed [@a].', ['a']],
    ]);
  });

  it('keeps prefixes and locators: [see @key, p. 2]', () => {
    const c = nth(parseBrief('The labs got £60 million [see @ukopenlabs, p. 2].').sentences, 0, 'sentence').citations[0];
    assert.deepStrictEqual([c?.key, c?.prefix, c?.locator], ['ukopenlabs', 'see', 'p. 2']);
  });
});

describe('brief/parse: Markdown structure', () => {
  it('a footnote is checked, and its citations cite the sentence that calls it', () => {
    const text = 'The labs got £60 million.[^1] Then more.\n\n[^1]: The government said so in 2025 [@ukopenlabs].\n';
    const brief = parseBrief(text);
    assert.deepStrictEqual(brief.sentences.map((s) => [s.text, nth(s.claims, 0, 'claim').citations.map((c) => c.key)]), [
      ['The labs got £60 million.', ['ukopenlabs']],
      ['Then more.', []],
      ['The government said so in 2025 [@ukopenlabs].', ['ukopenlabs']],
    ]);
  });

  it('a section titled References, Bibliography, Works cited or {.references} holds no claims', () => {
    for (const heading of ['## References', '## Bibliography', '# Works Cited', '## Sources', '## Literature {.unnumbered .references}', '## 5. References']) {
      const text = `# Brief\n\nA claim of 2025 here.\n\n${heading}\n\n- Lwin, M. (2026). UK's Going for Gold on AI.\n- UKRI (2025). Labs.\n\n# Annex\n\nAnother claim of 2024.\n`;
      assert.deepStrictEqual(parseBrief(text).sentences.map((s) => s.text), ['A claim of 2025 here.', 'Another claim of 2024.'], heading);
    }
  });

  it('a subsection inside References is skipped too; a section merely mentioning sources is not', () => {
    const text = '## References\n\n### Web\n\nEntry one 2025.\n\n## Sources of growth\n\nGrowth came from exports.\n';
    assert.deepStrictEqual(parseBrief(text).sentences.map((s) => s.text), ['Growth came from exports.']);
  });

  it('inline math is no prose, dollar amounts are', () => {
    const b = parseBrief('The cost $x = 3$ grew, and it cost $3 million and $300k in 2025.');
    assert.strictEqual(b.sentences[0]?.prose, 'The cost         grew, and it cost $3 million and $300k in 2025.');
  });

  it('front matter nocite keys are no citations of any claim', () => {
    const b = parseBrief('---\ntitle: x\nnocite: |\n  @ukopenlabs, @lwin2026gold\n---\n\nThe labs opened in 2025.\n');
    assert.deepStrictEqual(b.citations, []);
    assert.deepStrictEqual(b.sentences.map((s) => s.text), ['The labs opened in 2025.']);
  });

  it('a table row with a citation column is one claim citing its row', () => {
    const text = '| Funder | Amount | Source |\n| --- | --- | --- |\n| UK government | £60 million | [@ukopenlabs] |\n| France | €2.5 billion | |\n';
    const b = parseBrief(text);
    assert.deepStrictEqual(b.sentences.map((s) => [s.text, s.claims.length, s.citations.map((c) => c.key)]), [
      ['UK government | £60 million | [@ukopenlabs]', 1, ['ukopenlabs']],
      ['France | €2.5 billion', 1, []],
    ]);
  });
});

describe('engine: each claim is checked on its own', () => {
  it('a compound sentence: the right clause supported by its citation, the wrong figure in the other caught, the sentence contradicted', async () => {
    const corpus = await seedCorpus();
    const text = 'DeepSeek released its open-source R1 model in 2025 [@lwin2026gold], and its post-training reportedly cost only $3 million [@sovereignthread].\n';
    const result = check(corpus, text);
    const sentence = result.sentences[0];
    assert.deepStrictEqual(sentence?.claims?.map((c) => [c.text, c.verdict, c.citations.map((k) => k.key)]), [
      ['DeepSeek released its open-source R1 model in 2025 [@lwin2026gold]', 'supported', ['lwin2026gold']],
      ['its post-training reportedly cost only $3 million [@sovereignthread].', 'contradicted', ['sovereignthread']],
    ]);
    assert.strictEqual(sentence?.verdict, 'contradicted');
    assert.deepStrictEqual(sentence?.corrections.map((c) => [c.claimed, c.source]), [['$3 million', '$300k']]);
    assert.deepStrictEqual(codes(result), ['contradicted-figure']);
    assert.strictEqual(result.findings[0]?.targetText, '$3 million');
  });
});

describe('findings/sameRole: an error needs a shared subject and the same statement', () => {
  it('a name the source uses in another role is no contradiction ("The UK already has real strengths in open source.")', async () => {
    const result = check(await seedCorpus(), 'The UK already has real strengths in open source.\n');
    assert.ok(!codes(result).some((c) => c.startsWith('contradicted')), codes(result).join(', '));
    assert.notStrictEqual(result.sentences[0]?.verdict, 'contradicted');
  });

  it('a name swapped in the same statement still is ("founded by Wales\'s Toran Bruce Richards")', async () => {
    const result = check(await seedCorpus(), 'AutoGPT, founded by Wales’s Toran Bruce Richards, became the fastest growing open-source code repository in the world.\n');
    const f = result.findings.find((x) => x.code === 'contradicted-name');
    assert.strictEqual(f?.targetText, 'Wales');
    assert.strictEqual(f?.message, 'Source names “Scotland”, not “Wales” [@lwin2026gold]');
  });

  it('the words beside two names are compared in their base forms ("as saying" / "said")', () => {
    const key = '1962_john_f_kennedy_d';
    const corpus = new Corpus([{ key, title: key, file: `/corpus/${key}.txt`, text: 'Teachers met in the capital with Senator Kennedy. "I believe in democracy," said Woodrow Wilson, "because it releases the energy of every human being." The harbour opened a new pier.' }]);
    const result = new BriefChecker(corpus).check('Kennedy quoted Franklin Roosevelt as saying he believed in democracy because it releases the energy of every human being.\n', 'brief.md', 1);
    const sentence = nth(result.sentences, 0, 'sentence');
    assert.deepStrictEqual([sentence.verdict, sentence.corrections.map((c) => `${c.claimed} -> ${c.source}`)], ['contradicted', ['Franklin Roosevelt -> Woodrow Wilson']]);
  });
});
