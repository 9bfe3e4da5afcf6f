// The perturbation generators change exactly one thing of the kind their class names, and never
// call the engine: these cases pin what each produces from a sentence.
import * as assert from 'node:assert/strict';
import { seededRandom } from '../../../scripts/lib/seededRandom';
import { antonymSwapped, dateChanged, entitySwapped, figureChanged, negationToggled, quoteWordChanged } from '../../../scripts/eval/perturb/contradictedGenerators';
import { figuresIn } from '../../../scripts/eval/perturb/numbers';
import { isFactual, splitSentences } from '../../../scripts/eval/perturb/sentences';
import { clauseDropped, numberReformatted, synonymParaphrase } from '../../../scripts/eval/perturb/supportedGenerators';
import { WordNet } from '../../../scripts/eval/perturb/wordnet';

const random = (): (() => number) => seededRandom(7);

describe('eval: perturbation generators', () => {
  let wordnet: WordNet;
  before(() => {
    wordnet = new WordNet();
  });

  it('tells years and days from figures', () => {
    const figures = figuresIn('In 1996, on March 3, the fund paid 15,000 families $2.5 million over 12 years.');
    assert.deepEqual(figures.map((figure) => [figure.text, figure.isYear, figure.isDay]), [
      ['1996', true, false], ['3', false, true], ['15,000', false, false], ['2.5', false, false], ['12', false, false],
    ]);
  });

  it('leaves numbers that name rather than measure', () => {
    for (const sentence of ['They read Isaiah 58:12 aloud.', 'The Revolution of \'89 began.', 'Funds for Section 8 housing rose.', 'See vol. 103, p. 387 of the Record.', 'He served 3 1/2 years.']) {
      assert.deepEqual(figuresIn(sentence).filter((figure) => !figure.isYear).map((figure) => figure.text), [], sentence);
    }
  });

  it('changes one figure, keeping its notation, and leaves the year alone', () => {
    const sentence = 'In 1996 the fund paid 15,000 families.';
    const made = figureChanged(sentence, random());
    assert.ok(made?.change);
    assert.equal(made.before, '15,000');
    assert.match(made.after ?? '', /^\d{1,3},\d{3}$/);
    assert.notEqual(made.after, '15,000');
    assert.equal(made.text, sentence.replace('15,000', made.after ?? ''));
  });

  it('changes a year or a month of a date, never to a value already in the sentence', () => {
    const made = dateChanged('The treaty was signed in 1991 after talks began in 1990.', random());
    assert.ok(made && /^\d{4}$/.test(made.after ?? ''));
    assert.ok(!['1990', '1991'].includes(made.after ?? ''));
    const month = dateChanged('The law took effect on March 3, 2010 in every state.', () => 0.1);
    assert.equal(month?.before, 'March');
  });

  it('swaps a country for another instance of its WordNet class', () => {
    const made = entitySwapped(wordnet)('Exports to France rose sharply last year.', random());
    assert.equal(made?.before, 'France');
    assert.ok(wordnet.sameTypeInstances('France').includes(made?.after ?? ''));
  });

  it('replaces a verb by its WordNet antonym, inflected like the original', () => {
    const made = antonymSwapped(wordnet)('Federal spending increased sharply in the decade.', random());
    assert.equal(made?.before, 'increased');
    assert.equal(made?.after, 'decreased');
  });

  it('leaves a verb whose antonym is irregular, and a bare word that is more often a noun', () => {
    assert.equal(antonymSwapped(wordnet)('Sol always remembered that game in Ohio.', random()), undefined);
    assert.equal(antonymSwapped(wordnet)('Cooper holds the record in Ohio.', random()), undefined);
  });

  it('inserts "not" after an auxiliary, and removes a negation that is there', () => {
    assert.equal(negationToggled('The bill was signed by the governor.', random())?.text, 'The bill was not signed by the governor.');
    assert.equal(negationToggled('The bill wasn\'t signed by the governor.', random())?.text, 'The bill was signed by the governor.');
    assert.equal(negationToggled('The plant had ten workers in Ohio.', random()), undefined);
  });

  it('changes a word inside the quotation only', () => {
    const sentence = 'The mayor called the plan "a reckless gamble" in Boston.';
    const made = quoteWordChanged(wordnet)(sentence, random());
    assert.ok(made?.change);
    assert.ok(made.change.start > sentence.indexOf('"') && made.change.end < made.text.lastIndexOf('"'));
  });

  it('rewrites a figure without changing its value', () => {
    assert.equal(numberReformatted('Unemployment fell to 5 percent in Ohio.', random())?.text, 'Unemployment fell to 5% in Ohio.');
    assert.equal(numberReformatted('The state hired 2 million workers in Ohio.', random())?.text, 'The state hired 2,000,000 workers in Ohio.');
  });

  it('drops a trailing clause only when a checkable main clause remains', () => {
    assert.equal(clauseDropped('The Senate approved the treaty with Canada in 1988, and the House followed a month later.', random())?.text, 'The Senate approved the treaty with Canada in 1988.');
    assert.equal(clauseDropped('It was good, and the House followed a month later.', random()), undefined);
  });

  it('paraphrases with a synonym of the most frequent sense, outside quotations', () => {
    const made = synonymParaphrase(wordnet)('The large harbour of Boston opened in 1890.', random());
    assert.equal(made?.before, 'large');
    assert.equal(made?.after, 'big');
  });

  it('keeps factual sentences and drops recommendations and questions', () => {
    const sentences = splitSentences('Mr. Smith went to Washington in 1990. We must act now on climate change today. Did Congress pass the bill in 1990?');
    assert.deepEqual(sentences, ['Mr. Smith went to Washington in 1990.', 'We must act now on climate change today.', 'Did Congress pass the bill in 1990?']);
    assert.equal(isFactual('Mr. Smith went to Washington in 1990 with his two sons.'), true);
    assert.equal(isFactual('We must act now on climate change in Washington today.'), false);
    assert.equal(isFactual('Did Congress pass the bill on taxes in 1990 or not?'), false);
    assert.equal(isFactual('The plan worked well. 2.'), false);
  });
});
