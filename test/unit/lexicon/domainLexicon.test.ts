// The domain lexicon keeps only what WordNet lacks: each synonym group has a pair WordNet does
// not relate as equivalent (or more specific), each antonym pair one WordNet does not exclude.
import * as assert from 'node:assert/strict';
import { relation } from '../../../src/core/lexicon/relation';
import { DOMAIN_LEXICON } from '../../../src/core/verify/checks/domainLexicon';
import LIGHT_VERBS from '../../../src/core/verify/checks/lightVerbs.json';
import { wordNet } from '../../../src/core/lexicon/source';

const bearsOut = (claim: string, passage: string): boolean => ['equivalent', 'reverse'].includes(relation(claim, passage).relation);

describe('domain lexicon (what WordNet lacks)', () => {
  it('each synonym group is needed: WordNet leaves a pair of it unrelated', () => {
    for (const group of DOMAIN_LEXICON.synonyms) {
      const needed = group.some((a) => group.some((b) => a !== b && !bearsOut(a, b)));
      assert.ok(needed, `WordNet already relates every pair of ${group.join(', ')}`);
    }
  });

  it('each antonym pair is needed: WordNet does not give the two as excluding each other', () => {
    for (const [a, b] of DOMAIN_LEXICON.antonyms) {
      assert.notEqual(relation(a!, b!).relation, 'alternation', `WordNet already opposes ${a} and ${b}`);
    }
  });

  it('light verbs are verbs WordNet knows', () => {
    for (const verb of LIGHT_VERBS.verbs) assert.ok(wordNet().lemmas(verb).some((l) => l.pos === 'v' && l.word === verb), verb);
  });
});
