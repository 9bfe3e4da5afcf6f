// A claim that says two speakers said one thing, each citing his own source ("Both Bush and Obama
// named …" [@bush; @obama]): each source is the word of its own author, so one author's speech
// need not name the other, and a name of that speech is no rival of his (checks/names.ts).
import { strict as assert } from 'assert';
import { BriefChecker } from '../../../src/core';
import { Corpus as CorpusIndex } from '../../../src/core/corpus/corpus';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';

function corpus(): CorpusIndex {
  return new CorpusIndex([
    { key: 'bush2008', title: 'State of the Union 2008', author: 'George W. Bush', file: '/corpus/bush2008.txt', text: `${FILLER} And now I ask you to approve agreements with Colombia and Panama and South Korea. ${FILLER}` },
    { key: 'obama2010', title: 'State of the Union 2010', author: 'Barack Obama', file: '/corpus/obama2010.txt', text: `${FILLER} We will shape a Doha trade agreement and strengthen our trade relations with key partners like South Korea and Panama and Colombia. ${FILLER}` },
  ]);
}

function findings(brief: string): string[] {
  return new BriefChecker(corpus()).check(`${brief}\n`, 'brief.md', 1).findings.map((f) => `${f.code}: ${f.message}`);
}

describe('two speakers, each citing his own source', () => {
  it('does not take a name of one speech for the rival of the other speaker', () => {
    const found = findings('Both Bush and Obama named South Korea, Panama and Colombia as key trade partners [@bush2008; @obama2010].');
    assert.deepEqual(found.filter((f) => f.startsWith('contradicted-name')), []);
  });

  it('still compares a name that is no cited source’s author', () => {
    const found = findings('Both Bush and Obama named South Korea, Panama and Peru as key trade partners [@bush2008; @obama2010].');
    assert.ok(found.some((f) => f.startsWith('contradicted-name')), found.join('\n'));
  });

  it('reads the other speaker’s name only where the claim cites this speech too', () => {
    const found = findings('Both Bush and Obama named South Korea, Panama and Colombia as key trade partners [@obama2010].');
    assert.ok(found.length > 0, 'a claim naming Bush and citing only Obama is not left clean');
  });
});
