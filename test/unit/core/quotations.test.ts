// Quotations in a claim (issue 12, the quote-word perturbation class): quoted words must stand
// verbatim in the passage that bears the claim out; a passage that holds the quotation with a
// word changed contradicts it (a misquote), whatever else the two share.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { analyze } from '../../../src/core/claims/analyze';
import { Corpus } from '../../../src/core/corpus/corpus';
import { holdsRuns, quotedRuns } from '../../../src/core/verify/checks/quotes';
import { tokenize } from '../../../src/core/text/tokens';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';
const PASSAGE = 'In 1962 the senator called the treaty "a calculated gamble that will pay off for the country" in a speech at Leeds.';

function check(claim: string, passage = PASSAGE): { verdict: string; decidedBy?: string; codes: string[]; messages: string[] } {
  const corpus = new Corpus([{ key: 'src', title: 'src', file: '/corpus/src.txt', text: `${FILLER} ${passage} ${FILLER}` }]);
  const result = new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1);
  const s = result.sentences[0]!;
  return { verdict: s.verdict, decidedBy: s.explanation?.decidedBy, codes: result.findings.map((f) => f.code), messages: result.findings.map((f) => f.message) };
}

describe('quotations', () => {
  it('supports a quotation that stands verbatim in the passage', () => {
    const found = check('In 1962 the senator called the treaty "a calculated gamble that will pay off for the country" [@src].');
    assert.equal(found.verdict, 'supported');
    assert.deepEqual(found.codes, []);
  });

  it('contradicts a quotation with one word changed, by a synonym or an opposite, with one misquote finding', () => {
    for (const changed of ['a calculated bet that will pay off for the country', 'a reckless gamble that will pay off for the country']) {
      const found = check(`In 1962 the senator called the treaty "${changed}" [@src].`);
      assert.deepEqual([found.verdict, found.decidedBy, found.codes], ['contradicted', 'quote', ['misquote']], changed);
      assert.equal(found.messages[0], 'Not verbatim: the source reads “a calculated gamble that will pay off for the country” [@src]');
    }
  });

  it('never supports a quotation the passage does not hold, however much else it shares', () => {
    const found = check('In 1962 the senator called the treaty "the finest deal this nation ever struck" in a speech at Leeds.');
    assert.notEqual(found.verdict, 'supported');
  });

  it('reads a two-word quotation as a quotation, a single quoted word as a term', () => {
    assert.deepEqual(analyze('They called it "calculated gamble" today.', 0).quotes.map((q) => q.text), ['calculated gamble']);
    assert.deepEqual(analyze('They called it "gamble" today.', 0).quotes, []);
  });

  it('leaves out words in editorial brackets and splits at an ellipsis', () => {
    const text = 'He said "the [2020] plan ... will pay off" then.';
    const a = analyze(text, 0);
    const quote = a.quotes[0]!;
    const runs = quotedRuns(text, 0, a.tokens, quote).map((run) => run.map((t) => t.norm).join(' '));
    assert.deepEqual(runs, ['the', 'plan', 'will pay off']);
    const words = tokenize('the plan of the cabinet will pay off soon');
    assert.equal(holdsRuns(quotedRuns(text, 0, a.tokens, quote), words), true);
    assert.equal(holdsRuns(quotedRuns(text, 0, a.tokens, quote), tokenize('it will pay off, the plan')), false, 'the runs stand in order');
  });

  it('takes a number in words or digits inside a quotation as the same word', () => {
    const passage = 'The critic called them "the two most masterly productions in American literature" in 1860.';
    assert.equal(check('The critic called them "the 2 most masterly productions in American literature" in 1860.', passage).verdict, 'supported');
    assert.equal(check('The critic called them "the three most masterly productions in American literature" in 1860.', passage).verdict, 'contradicted');
  });

  it('judges a sentence reporting a quotation as a claim: a modal inside the quotation is the speaker\'s', () => {
    const passage = 'Jackson said: "I intend to ask for nothing that is not clearly right and to submit to nothing that is wrong."';
    assert.equal(check('Jackson said: "I intend to ask for nothing that is not clearly right and to submit to nothing that is wrong."', passage).verdict, 'supported');
    assert.equal(check('We should all heed the words of Jackson: "I intend to ask for nothing that is not clearly right."', passage).verdict, 'opinion');
  });
});

describe('a quotation one passage words differently and another holds verbatim', () => {
  const twice = 'Such a future would be embedded with China’s techno-authoritarian values, rather than Western democratic ones.\nThe result could be a future embedded with techno-authoritarian rather than Western democratic norms and values.';
  it('is no misquote: the source says it word for word', () => {
    const found = check('The essay warns that the result could be a future embedded with "techno-authoritarian values" rather than Western democratic norms.', twice);
    assert.ok(!found.codes.includes('misquote'), found.messages.join(' | '));
    assert.notEqual(found.verdict, 'contradicted');
  });
  it('a word the source never writes there is still a misquote', () => {
    assert.ok(check('The essay warns that a China-led future would be embedded with "techno-authoritarian norms".', twice.split('\n')[0]).codes.includes('misquote'));
  });
});

describe('a quotation from a sentence or two before the passage', () => {
  const speech = 'My budget for 1979 addresses these national needs, but it is lean and tight. I have cut waste wherever possible. I am proposing an increase of less than 2 percent after adjusting for inflation, the smallest increase in the Federal budget in 4 years.';
  it('is held by the passage\'s context: the claim folding it in is borne out', () => {
    const found = check('The 1979 budget, which he called "lean and tight", proposed an increase of less than 2 percent after adjusting for inflation, the smallest increase in the Federal budget in 4 years.', speech);
    assert.equal(found.verdict, 'supported', found.messages.join(' | '));
  });
  it('a word changed in it is still a misquote', () => {
    const found = check('The 1979 budget, which he called "lean and fair", proposed an increase of less than 2 percent after adjusting for inflation, the smallest increase in the Federal budget in 4 years.', speech);
    assert.notEqual(found.verdict, 'supported');
  });
});

describe('a quotation the passage holds verbatim under a negation of its own', () => {
  const speech = 'And while no nation has ever faced such a challenge, no nation has ever been so ready to seize the burden and the glory of freedom.';
  it('is no reversal: the quoted words are the source\'s own', () => {
    const found = check('Kennedy spoke of "the burden and the glory of freedom".', speech);
    assert.ok(!found.codes.includes('contradicted-polarity'), found.messages.join(' | '));
    assert.notEqual(found.verdict, 'contradicted');
  });
  it('a negation the claim adds outside the quotation is still a reversal', () => {
    const found = check('Kennedy said the nation was not ready to seize "the burden and the glory of freedom".', 'Kennedy said the nation was ready to seize the burden and the glory of freedom.');
    assert.equal(found.verdict, 'contradicted', found.messages.join(' | '));
  });
});

describe('a two-word quotation with one word changed', () => {
  const texts = [
    'Training a frontier model takes time. The idea that you need $1bn plus immediately to show results is complete FUD.',
    'America leads in chips. Their goal is to delete rivals from the market, America says, and America will respond.',
    'Once the budget is balanced, we will start paying off the national debt.',
  ];
  const corpus = new Corpus(texts.map((text, i) => ({ key: `s${i}`, title: `s${i}`, file: `/corpus/s${i}.txt`, text })));
  const misquotes = (brief: string): string[] => {
    const result = new BriefChecker(corpus).check(brief, 'brief.md', 1);
    return result.findings.filter((f) => f.code === 'misquote').map((f) => `${brief.slice(f.span.start, f.span.end)} -> ${f.fixes[0]?.edits[0]?.newText ?? ''}`);
  };

  it('is a misquote when its other word is one the corpus seldom uses ("FUD")', () => {
    assert.deepEqual(misquotes('The founder dismissed that idea as "total FUD" [@s0].\n'), ['total FUD -> complete FUD']);
  });

  it('is no misquote of a phrase chosen by a common word alone ("America")', () => {
    assert.deepEqual(misquotes('Their goal is to "defeat America" [@s1].\n'), []);
  });

  it('is no misquote when the rare word is the source\'s only in another inflection (a term in quotation marks: "polluter pays")', () => {
    assert.deepEqual(misquotes('This one most clearly anticipates later "polluter pays" thinking.\n'), []);
    // Each word the source has as written pins the quotation to it.
    assert.deepEqual(misquotes('He promised to "start paid" off the debt [@s2].\n'), ['start paid -> start paying']);
    assert.deepEqual(misquotes('He promised to "begin paying" off the debt [@s2].\n'), ['begin paying -> start paying']);
  });
});
