// Claim analyses are remembered per corpus and sentence across checkers (verify/verify.ts):
// a new checker, a moved sentence or a changed corpus must give what a first check gives.
import { strict as assert } from 'node:assert';
import { BriefChecker, loadCorpus, type BriefResult, type Corpus } from '../../../src/core';
import { nodeFileSystem } from '../../../src/core/corpus/nodeFileSystem';
import { makeCorpus, removeDir } from '../corpus/helpers';

const SENTENCE = 'The government gave £60 million to open-source AI labs at Oxford and UCL in 2026 [@labs].';
const PREFIX = 'Funding for research labs rose this year.\n\n';

function source(figure: string): Record<string, string> {
  return { 'labs.md': `Open labs\n\nThe government gave ${figure} to open-source AI labs at Oxford and UCL in 2026.\n` };
}

function check(corpus: Corpus, text: string): BriefResult {
  return new BriefChecker(corpus).check(text, 'brief.md', 1);
}

describe('claim analyses shared across checkers', () => {
  const roots: string[] = [];
  let sixty: Corpus;
  let forty: Corpus;
  before(async () => {
    roots.push(makeCorpus(source('£60 million')), makeCorpus(source('£40 million')));
    sixty = await loadCorpus([roots[0]], nodeFileSystem);
    forty = await loadCorpus([roots[1]], nodeFileSystem);
  });
  after(() => roots.forEach(removeDir));

  it('a second checker on the same corpus gives the same result as the first', () => {
    const first = check(forty, `${SENTENCE}\n`);
    assert.equal(first.sentences[0].verdict, 'contradicted');
    assert.deepEqual(check(forty, `${SENTENCE}\n`), first);
  });

  it('a sentence moved by an edit gets its correction at its new place', () => {
    check(forty, `${SENTENCE}\n`);
    const text = `${PREFIX}${SENTENCE}\n`;
    const moved = check(forty, text);
    const [correction] = moved.sentences[1].corrections;
    assert.equal(correction.claimed, '£60 million');
    assert.equal(correction.source, '£40 million');
    assert.equal(text.slice(correction.span.start, correction.span.end), '£60 million');
    assert.equal(correction.span.start, PREFIX.length + SENTENCE.indexOf('£60'));
  });

  it('after the corpus changes, the verdict follows the new corpus', () => {
    assert.equal(check(sixty, `${SENTENCE}\n`).sentences[0].verdict, 'supported');
    assert.equal(check(forty, `${SENTENCE}\n`).sentences[0].verdict, 'contradicted');
    assert.equal(check(sixty, `${SENTENCE}\n`).sentences[0].verdict, 'supported');
  });
});
