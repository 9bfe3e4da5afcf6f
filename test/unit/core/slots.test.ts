// Substitutions found by their slot: a claim word and another passage word between the same
// neighbours. Function words ("same", "above") are compared only this way.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';
import { exactSlot, halfSlot } from '../../../src/core/verify/checks/slots';
import { tokenize } from '../../../src/core/text/tokens';
import { nth } from '../../support/present';
import { checkedAgainst } from './helpers';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';
const checked = checkedAgainst;

function slot(claim: string, i: number, passage: string, j: number): boolean {
  return exactSlot(tokenize(claim), i, tokenize(passage), j);
}

describe('substitutions in the same slot', () => {
  it('half a slot is one side shared up to a content word, articles standing for one another', () => {
    const half = (claim: string, i: number, passage: string, j: number): boolean => halfSlot(tokenize(claim), i, tokenize(passage), j);
    assert.equal(half('turning towards open AI', 2, 'focused on closed AI', 2), true);
    assert.equal(half('began life as a closed venture', 4, 'begun life as an open foundation', 4), true);
    // Only function words shared: no slot.
    assert.equal(half('towards the open door', 2, 'beside the closed gate', 2), false);
  });

  it('a claim word the passage has only elsewhere, with its antonym in the claim word\'s half slot, is contradicted', () => {
    const source = 'Meta partially opened up its Llama model in 2023, but is now rumoured to be focused on closed AI.';
    assert.equal(checked(source, 'Meta is rumoured to be turning further towards open AI.').verdict, 'contradicted');
    assert.equal(checked(source, 'Meta is rumoured to be turning further towards closed AI.').verdict, 'supported');
    // A repeat of the word the passage says once: that one occurrence bears out only one of them.
    assert.equal(checked(source, 'Meta partially opened its Llama model in 2023 but is rumoured to be turning further towards open AI.').verdict, 'contradicted');
    assert.equal(checked(source, 'Meta partially opened its Llama model in 2023 but is rumoured to be turning further towards closed AI.').verdict, 'supported');
  });

  it('reads an auxiliary reported speech shifts back as the speaker\'s ("were" / "are") in a slot\'s context', () => {
    assert.equal(slot('there were more illegal crossings', 2, 'there are fewer illegal crossings', 2), true);
    const source = 'That is why there are fewer illegal crossings than when I took office.';
    assert.equal(checked(source, 'The President claimed there were more illegal crossings than when he took office.').verdict, 'contradicted');
    assert.equal(checked(source, 'The President claimed there were fewer illegal crossings than when he took office.').verdict, 'supported');
    // Not any two auxiliaries: "were" does not stand for "has".
    assert.equal(slot('there were more illegal crossings', 2, 'there has fewer illegal crossings', 2), false);
  });

  it('an antonym the claim has too is no half-slot rival: a passive crosses the two', () => {
    const source = 'Today, women make up about half our workforce, but they still make 77 cents for every dollar a man earns.';
    assert.equal(checked(source, 'Women earned 77 cents for each dollar earned by a man.').verdict, 'supported');
  });

  it('a slot needs the same two neighbours and a shared content word beside them', () => {
    assert.equal(slot('a very same era of reform', 2, 'a very different era of reform', 2), true);
    assert.equal(slot('the issues of hunger', 1, 'the recalls of hunger', 1), true);
    // "the ... of" alone is no slot: any noun of any passage stands there.
    assert.equal(slot('the issues of the day', 1, 'the recalls of the year', 1), false);
    assert.equal(slot('a very same era', 2, 'a quite different era', 2), false);
  });

  it('a function word the passage replaces by its antonym contradicts, with the fix', () => {
    assert.deepEqual(checked('Social Security was created decades ago for a very different era.', 'Social Security was created decades ago for a very same era.'), {
      verdict: 'contradicted',
      decidedBy: 'antonym',
      corrections: ['same->different'],
    });
    assert.equal(checked('The reservoir stood above its normal level in 2019.', 'The reservoir stood below its normal level in 2019.').verdict, 'contradicted');
  });

  it("an antonym in the claim word's slot outweighs a synonym elsewhere in the passage", () => {
    const passage = 'The ministry weakened its support for the programme in 2019 and reinforced its audit office.';
    assert.deepEqual(checked(passage, 'The ministry strengthened its support for the programme in 2019.'), { verdict: 'contradicted', decidedBy: 'antonym', corrections: ['strengthened->weakened'] });
    assert.equal(checked(passage, 'The ministry weakened its support for the programme in 2019.').verdict, 'supported');
  });

  it("a word in the claim word's slot is read in the sense that opposes it, however rare", () => {
    // "ignore" is an antonym of "know" only in a sense neither word usually has; "hit" of "miss" only as nouns of baseball.
    assert.deepEqual(checked('Everyone in this chamber knows this to be true, yet nobody has acted.', 'Everyone in this chamber ignores this to be true, yet nobody has acted.'), {
      verdict: 'contradicted',
      decidedBy: 'antonym',
      corrections: ['ignores->knows'],
    });
    assert.equal(checked('With the Tigers he played in 8 games, with 10 hits in 33 at-bats.', 'With the Tigers he played in 8 games, with 10 misses in 33 at-bats.').verdict, 'contradicted');
  });

  it('an antonym in the slot outweighs the claim word itself in another clause', () => {
    const passage = 'Meta partially opened up its Llama model in 2023, but is now rumoured to be focused on closed AI.';
    assert.deepEqual(checked(passage, 'Meta is now rumoured to be focused on open AI.'), { verdict: 'contradicted', decidedBy: 'antonym', corrections: ['open->closed'] });
    assert.equal(checked(passage, 'Meta is now rumoured to be focused on closed AI.').verdict, 'supported');
    // The claim word in its own place, its antonym in another clause: borne out.
    assert.equal(checked('Meta opened up its Llama model in 2023 and closed its research lab.', 'Meta opened up its Llama model in 2023.').verdict, 'supported');
  });

  it('a rare-sense antonym elsewhere in the passage, or an unrelated word in the slot, contradicts nothing', () => {
    // Out of the slot a word keeps its usual senses: "ignored" here is no "knows" taken back.
    assert.notEqual(checked('Everyone in this chamber knows this to be true. The warnings were ignored for years.', 'Everyone in this chamber knows this to be true.').verdict, 'contradicted');
    // "added" / "created" jobs: WordNet relates them in no sense, so no antonym (a paraphrase WordNet misses is not an error).
    assert.notEqual(checked('The economy created more than 1.3 million jobs in 100 days.', 'The economy added more than 1.3 million jobs in 100 days.').verdict, 'contradicted');
  });

  it('the same function word, or one standing elsewhere, changes nothing', () => {
    assert.equal(checked('Social Security was created decades ago for a very different era.', 'Social Security was created decades ago for a very different era.').verdict, 'supported');
    assert.equal(checked('The reservoir stood above its normal level in 2019, below the dam.', 'The reservoir stood above its normal level in 2019.').verdict, 'supported');
  });
});

describe('a single quoted word', () => {
  const brief = (claim: string): string => `${claim} [@src]\n`;
  function result(passage: string, claim: string): { verdict: string; findings: string[] } {
    const corpus = new Corpus([{ key: 'src', title: 'src', file: '/corpus/src.txt', text: `${FILLER} ${passage} ${FILLER}` }]);
    const checkedBrief = new BriefChecker(corpus).check(brief(claim), 'brief.md', 1);
    const sentence = nth(checkedBrief.sentences, 0, 'sentence');
    const findings = checkedBrief.findings.map((f) => `${f.code} ${f.range.start.character}-${f.range.end.character}: ${f.message} => ${(f.fixes[0]?.edits ?? []).map((e) => e.newText).join('|')}`);
    return { verdict: sentence.verdict, findings };
  }

  it('is a misquote where the source quotes another word in its place, with the fix', () => {
    assert.deepEqual(result('Roger Ebert thought that Dafoe was "fearsome" in the role.', 'Roger Ebert thought that Dafoe was "dire" in the role.'), {
      verdict: 'contradicted',
      findings: ['misquote 36-40: Not verbatim: the source reads “fearsome” [@src] => fearsome'],
    });
  });

  it('is a scare quote or a term where the source does not quote there: compared as a word', () => {
    assert.deepEqual(result('Roger Ebert thought that Dafoe was fearsome in the role.', 'Roger Ebert thought that Dafoe was "fearsome" in the role.'), { verdict: 'supported', findings: [] });
    assert.equal(result('Roger Ebert thought that Dafoe was fearsome in the role.', 'Roger Ebert thought that Dafoe was "dire" in the role.').verdict, 'supported');
  });
});
