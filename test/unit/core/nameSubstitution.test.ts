// A name of the passage near the words it shares with the claim, but not in the claim name's own
// slot, contradicts the claim only when the passage pins the fact down with something besides
// words: another of the claim's names, or one of its figures or dates. Otherwise the two speak of
// two subjects, both of which may be true (issue 13: an error needs a shared subject and the same
// statement). A name in the very slot (the same words either side) is a swap whatever else.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/claims/analyze';
import { checkedWithFix } from './helpers';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';

const LOOSE = [
  'Governments are building their own computing for open models.',
  'Last year Portugal, after long delays, opened a public computing centre for open models in Lisbon in March 2025.',
  'The centre serves universities across the country.',
].join(' ');

const REIGN = [
  'The kingdom grew quickly.',
  'The reign of Ezra Vale coincided with the start of a long period of warfare in the region.',
  'Trade followed.',
].join(' ');

const SLOT = [
  'Governments are building their own computing for open models.',
  'Portugal opened a public computing centre for open models.',
  'The centre serves universities across the country.',
].join(' ');

describe('a name in another place contradicts only a fact the passage pins down', () => {
  const cases: [string, string, string, string][] = [
    ['nothing but words shared: another subject', LOOSE, 'Spain opened a public computing centre for open models.', 'unsupported'],
    ['words shared, the rival near them: another ruler, another reign', REIGN, 'Mara Lind started her reign during a long period of warfare.', 'unsupported'],
    ['another of the claim\'s names shared (Lisbon)', LOOSE, 'Spain opened a public computing centre for open models in Lisbon.', 'contradicted'],
    ['a date shared (March 2025)', LOOSE, 'Spain opened a public computing centre for open models in March 2025.', 'contradicted'],
    ['the name in the very slot of the claim\'s', SLOT, 'Spain opened a public computing centre for open models.', 'contradicted'],
    ['the name the source gives', SLOT, 'Portugal opened a public computing centre for open models.', 'supported'],
  ];
  for (const [what, text, claim, expected] of cases) {
    it(`${expected}: ${what}`, () => assert.equal(checkedWithFix(text, claim).verdict, expected));
  }
});

describe('a country at the head of a sentence is a name', () => {
  it('reads a gazetteer country or region that opens a sentence as a name, and a common word there as none', () => {
    const names = (text: string): string[] => analyze(text, 0).entities.map((e) => e.text);
    assert.deepEqual(names('Spain opened a computing centre.'), ['Spain']);
    assert.deepEqual(names('Europe lags behind.'), ['Europe']);
    assert.deepEqual(names('Governments opened a computing centre.'), []);
  });

  it('joins two names over a connector ("Partnership on AI"), never a name and a date after it', () => {
    const names = (text: string): string[] => analyze(text, 0).entities.map((e) => e.text);
    assert.deepEqual(names('China is kept out of the Global Partnership on AI.'), ['China', 'Global Partnership on AI']);
    assert.deepEqual(names('He reported to the 81st Congress on January 5, 1949.'), ['Congress']);
  });

  it('reads a two-word name the gazetteer or WordNet knows whole, whose first word alone is a common one', () => {
    const names = (text: string): string[] => analyze(text, 0).entities.map((e) => e.text);
    assert.deepEqual(names('United States officials shifted last summer.'), ['United States']);
    assert.deepEqual(names('European Union members agreed.'), ['European Union']);
    assert.deepEqual(names('New rules apply from March.'), []);
  });

  it('reads a word English does not know as a common word as a name before another name; alone or hyphenated it stays a word', () => {
    const names = (text: string): string[] => analyze(text, 0).entities.map((e) => e.text);
    assert.deepEqual(names('Intel and Graphcore will tailor the models.'), ['Intel', 'Graphcore']);
    assert.deepEqual(names('Michelle Obama and Jill Biden secured a pledge.'), ['Michelle Obama', 'Jill Biden']);
    assert.deepEqual(names('Affordability is a question of wages.'), []);
    assert.deepEqual(names('Post-training costs fell.'), []);
    assert.deepEqual(names('Tailoring the models takes time.'), []);
  });

  it('a swapped partner at the head of the sentence is a contradicted name', () => {
    const source = 'Industry partners, including ARM and Graphcore, are expected to provide hardware optimization support to ensure the models are tailored for non-NVIDIA architectures.';
    assert.deepEqual(checkedWithFix(source, 'Intel and Graphcore are expected to help tailor the models to non-NVIDIA architectures.'), { verdict: 'contradicted', fix: 'Intel → ARM' });
  });
});

describe('a people or a country is no rival of another kind of name', () => {
  const source = 'The plan is keeping teachers and nurses in their jobs. Now, because of the steps we took, there are about 2 million Americans working right now who would otherwise be unemployed.';
  it('"Americans" is no swapped "Harbour Act": no contradiction, no fix', () => {
    assert.deepEqual(checkedWithFix(source, 'He credited the Harbour Act with keeping about 2 million people in jobs who would otherwise be unemployed.'), { verdict: 'unsupported', fix: '(no fix)' });
  });
});

describe('an office is no rival of a name', () => {
  const source = 'Despite a slow start, Liz Kendall, the Secretary of State for the Department of Science, Innovation and Technology, wants the country to climb the global league table.';
  it('"the Secretary of State" beside the shared "Liz Kendall" is no swapped "British AI": no contradiction, no fix', () => {
    const claim = 'Liz Kendall, who heads the Department for Science, Innovation and Technology, wants British AI to climb the global league table.';
    assert.deepEqual(checkedWithFix(source, claim), { verdict: 'unsupported', fix: '(no fix)' });
  });
});

describe('a name the passage writes only under a negating prefix', () => {
  const source = 'Industry partners, including ARM and Graphcore, are expected to provide hardware optimization support to ensure the models are tailored for non-NVIDIA architectures.';
  it('is swapped for the name in its slot ("ARM and Graphcore"), with that fix and no negation', () => {
    assert.deepEqual(checkedWithFix(source, 'ARM and Nvidia are expected to provide hardware optimisation support to the labs.'), { verdict: 'contradicted', fix: 'Nvidia → Graphcore' });
  });
  it('in a table row, the next cell is no context of the name: the slot ends at the cell', () => {
    const corpus = new Corpus([{ key: 'labs', title: 'labs', file: '/corpus/labs.txt', text: `Funding was announced. ${source} The labs open next year.` }]);
    const brief = '| Partners | Role | Source |\n|---|---|---|\n| ARM and Nvidia | Expected to provide hardware optimisation support to the new labs | [@labs] |\n';
    const result = new BriefChecker(corpus).check(brief, 'brief.md', 1);
    const finding = result.findings.find((f) => f.severity === 'error');
    assert.deepEqual(finding && [finding.code, brief.slice(finding.span.start, finding.span.end), finding.fixes[0]?.edits[0]?.newText], ['contradicted-name', 'Nvidia', 'Graphcore']);
  });
  it('without a name in its slot, the prefix negates it', () => {
    assert.deepEqual(checkedWithFix(source, 'The models are tailored for NVIDIA architectures.'), { verdict: 'contradicted', fix: 'NVIDIA → non-NVIDIA' });
  });
});

describe('a middle initial inside a name', () => {
  const names = (text: string): string[] => analyze(text, 0).entities.map((e) => e.text);
  it('keeps "Lyndon B. Johnson" and "John F. Kennedy" one name each', () => {
    assert.deepEqual(names('In 1964 Lyndon B. Johnson declared war on poverty.'), ['Lyndon B. Johnson']);
    assert.deepEqual(names('President John F. Kennedy spoke in Berlin.'), ['John F. Kennedy', 'Berlin']);
  });
  it('does not join an initialism to the name after it ("U.S. Southern Command")', () => {
    assert.ok(!names('He led U.S. Southern Command.').some((n) => n.startsWith('U.S. ')));
  });
});

describe('whom the speaker asks or tells is the "you" the speech addresses (addressee.json)', () => {
  const source = 'I recommend that you help me modernize and streamline the Federal Government by creating a new Cabinet level Department of Transportation.';
  it('"asked Congress to" against "I recommend that you": no other body stands in Congress\'s place', () => {
    assert.deepEqual(checkedWithFix(source, 'The President asked Congress to create a new Cabinet level Department of Transportation.'), { verdict: 'supported', fix: '(no fix)' });
  });
  it('a name that is not the one asked is still compared', () => {
    assert.equal(checkedWithFix(source, 'The President asked Congress to create a new Cabinet level Department of Energy.').verdict, 'contradicted');
  });
});
