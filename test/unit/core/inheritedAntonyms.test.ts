// An antonym WordNet gives only through hypernyms ("man" < adult | juvenile > "child") is an
// alternation where it stands in the claim word's role, as two kinds of one thing are; a direct
// antonym ("increase" / "decrease") excludes the claim word anywhere in the passage.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import { relation } from '../../../src/core/lexicon/relation';

const FILLER = 'Licence fees shaped the early software market. Several governments funded national laboratories. Browsers competed fiercely during the following decade.';

function verdict(sourceText: string, claim: string): string {
  const corpus = new Corpus([{ key: 'report', title: 'report', file: '/corpus/report.txt', text: `${FILLER} ${sourceText} ${FILLER}` }]);
  return new BriefChecker(corpus).check(`${claim}\n`, 'brief.md', 1).sentences[0]?.verdict ?? '(none)';
}

describe('antonyms inherited from hypernyms', () => {
  it('tells an inherited antonym from a direct one', () => {
    assert.deepEqual(relation('man', 'children'), { relation: 'alternation', via: 'antonym', inherited: true });
    assert.deepEqual(relation('increase', 'decrease'), { relation: 'alternation', via: 'antonym' });
  });
  it('does not contradict a claim word with an inherited antonym in another role', () => {
    const source = 'The winter story follows a grumpy old miser, and was inspired by the poor children its author met on a long visit.';
    assert.notEqual(verdict(source, 'The winter story follows a grumpy old man.'), 'contradicted');
  });
  it('still contradicts with a direct antonym anywhere in the passage', () => {
    const source = 'After the reform, the number of apprentices in the region decreased sharply over five years.';
    assert.equal(verdict(source, 'After the reform, the number of apprentices in the region increased sharply over five years.'), 'contradicted');
  });
});
