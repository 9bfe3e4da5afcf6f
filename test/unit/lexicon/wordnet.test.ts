import * as assert from 'node:assert/strict';
import { compileWordNet } from '../../../scripts/lexicon/compile';
import { relation } from '../../../src/core/lexicon/relation';
import { wordNet } from '../../../src/core/lexicon/source';
import { WordNet, wordNetTextInSteps } from '../../../src/core/lexicon/wordnet';
import { readNodeLexicon, readNodeLexiconAsync } from '../../../src/node/lexicon';

// A tiny WordNet in the database's own line format: offsets, pointer symbols and word numbers as in data.*.
const DATA = {
  noun: [
    '00000010 03 n 01 month 0 002 ~ 00000020 n 0000 ~ 00000030 n 0000 | a time unit',
    '00000020 03 n 01 March 0 001 @ 00000010 n 0000 | the third month',
    '00000030 03 n 01 October 0 001 @ 00000010 n 0000 | the tenth month',
    '00000040 03 n 02 growth 0 increase 0 001 + 00000100 v 0101 | a rise',
  ].join('\n'),
  verb: ['00000100 30 v 01 grow 0 002 ! 00000110 v 0101 + 00000040 n 0101 | become larger', '00000110 30 v 01 shrink 0 001 ! 00000100 v 0101 | become smaller'].join('\n'),
  adj: ['00000200 01 a 01 Danish 0 001 \\ 00000300 n 0101 | of Denmark'].join('\n'),
  adv: '',
};
const TINY_NOUNS = `${DATA.noun}\n00000300 15 n 01 Denmark 0 000 | a country`;
const EXCEPTIONS = { noun: '', verb: 'grew grow\nshrank shrink\n', adj: '', adv: '' };

describe('WordNet lexicon', () => {
  const tiny = new WordNet(compileWordNet({ data: { ...DATA, noun: TINY_NOUNS }, exceptions: EXCEPTIONS }));

  it('compiles synsets, lexical pointers and exceptions, and lemmatises with morphy', () => {
    assert.deepEqual(tiny.lemmas('grew'), [{ word: 'grow', pos: 'v' }]);
    assert.deepEqual(tiny.lemmas('months'), [{ word: 'month', pos: 'n' }]);
    assert.deepEqual(tiny.lemmas('growing'), [{ word: 'grow', pos: 'v' }]);
    const [grow] = tiny.synsets({ word: 'grow', pos: 'v' });
    assert.deepEqual(tiny.antonymSynsets(grow!).map((s) => tiny.members(s)), [['shrink']]);
    assert.deepEqual(tiny.derived('growth'), ['grow']);
    assert.deepEqual(tiny.pertainyms('danish'), ['denmark']);
    const [march] = tiny.synsets({ word: 'march', pos: 'n' });
    assert.deepEqual(tiny.hypernyms(march!).map((s) => tiny.members(s)), [['month']]);
  });

  it('keeps multiword lemmas, and a pointer after one still reaches the right word (WordNet numbers every lemma)', () => {
    // "rise" is the 2nd word of its synset, after "go_up"; "fall" the 2nd of its, after "go_down".
    const verbs = [
      '00000500 30 v 02 go_up 0 rise 0 001 ! 00000510 v 0202 | move upward',
      '00000510 30 v 02 go_down 0 fall 0 001 ! 00000500 v 0202 | move downward',
      '00000520 30 v 02 set_aside 0 reserve 0 000 | hold back',
    ].join('\n');
    const net = new WordNet(compileWordNet({ data: { ...DATA, verb: verbs }, exceptions: { ...EXCEPTIONS, verb: 'went go\n' } }));
    const [rise] = net.synsets({ word: 'rise', pos: 'v' });
    assert.deepEqual(net.antonymSynsets(rise!).map((s) => net.members(s)), [['go_down', 'fall']]);
    assert.deepEqual(net.lemmas('went_up'), [{ word: 'go_up', pos: 'v' }]);
    assert.deepEqual(net.lemmas('sets_aside'), [{ word: 'set_aside', pos: 'v' }]);
    assert.deepEqual(net.synsets({ word: 'set_aside', pos: 'v' }), net.synsets({ word: 'reserve', pos: 'v' }));
  });

  it('the real WordNet: antonym pointers still resolve beside multiword lemmas; phrasal verbs are lemmas', () => {
    assert.deepEqual(relation('rose', 'fell'), { relation: 'alternation', via: 'antonym' });
    assert.deepEqual(relation('increase', 'decrease'), { relation: 'alternation', via: 'antonym' });
    assert.deepEqual(relation('setting_aside', 'reserve'), { relation: 'equivalent', via: 'synonym' });
    assert.deepEqual(relation('implemented', 'carried_out'), { relation: 'equivalent', via: 'synonym' });
  });

  it('keeps the places a named place is part of (part holonyms of instances), one way', () => {
    const nouns = [
      TINY_NOUNS,
      '00000310 15 n 01 national_capital 0 000 | the capital of a nation',
      '00000320 15 n 01 Copenhagen 0 002 @i 00000310 n 0000 #p 00000300 n 0000 | capital of Denmark',
      // A part that is no instance (no "@i"): not kept.
      '00000330 15 n 01 harbour 0 001 #p 00000300 n 0000 | a port',
    ].join('\n');
    const net = new WordNet(compileWordNet({ data: { ...DATA, noun: nouns }, exceptions: EXCEPTIONS }));
    const [copenhagen] = net.synsets({ word: 'copenhagen', pos: 'n' });
    const [denmark] = net.synsets({ word: 'denmark', pos: 'n' });
    const [harbour] = net.synsets({ word: 'harbour', pos: 'n' });
    assert.deepEqual(net.holonyms(copenhagen!).map((s) => net.members(s)), [['denmark']]);
    assert.deepEqual(net.holonyms(denmark!), []);
    assert.deepEqual(net.holonyms(harbour!), []);
  });

  it('rejects a file that is not a compiled lexicon, with a message', () => {
    assert.throws(() => new WordNet('W a b'), /not in the expected format/);
  });

  it('lemmatises irregular inflections from the exception lists (the real WordNet)', () => {
    const words = (form: string, pos: string): string[] => wordNet().lemmas(form).filter((l) => l.pos === pos).map((l) => l.word);
    assert.deepEqual(words('rose', 'v'), ['rise']);
    assert.deepEqual(words('shrank', 'v'), ['shrink']);
    assert.deepEqual(words('children', 'n'), ['child']);
    assert.ok(words('approved', 'v').includes('approve'));
  });

  it('relates claim words to passage words as natural logic does', () => {
    const of = (a: string, b: string): string => relation(a, b).relation;
    // Opposite predicates, directly or through a hypernym's antonym ("expand" < "increase" | "decrease" > "shrink").
    for (const [a, b] of [['expanded', 'shrank'], ['approved', 'rejected'], ['rose', 'fell'], ['increase', 'decrease'], ['early', 'late'], ['open', 'closed']]) {
      assert.equal(of(a!, b!), 'alternation', `${a} / ${b}`);
    }
    // Two kinds of one thing exclude each other: another month, another country.
    assert.deepEqual(relation('march', 'october'), { relation: 'alternation', via: 'co-hyponym' });
    assert.equal(of('france', 'germany'), 'alternation');
    // Same meaning: synonyms, derivations, pertainyms.
    assert.deepEqual(relation('countries', 'nations'), { relation: 'equivalent', via: 'synonym' });
    assert.deepEqual(relation('growth', 'grow'), { relation: 'equivalent', via: 'derivation' });
    assert.deepEqual(relation('danish', 'denmark'), { relation: 'equivalent', via: 'derivation' });
    // The passage's word is the more specific: it bears out the claim's; not the other way round.
    assert.deepEqual(relation('tax', 'tariff'), { relation: 'reverse', via: 'hypernym' });
    assert.deepEqual(relation('tariff', 'tax'), { relation: 'forward', via: 'hypernym' });
    assert.equal(of('percent', 'people'), 'independent');
    // A word in a rare sense that is the other's usual one ("authority" is "confidence" in its
    // fifth sense); not through a sense of a part of speech the word is seldom ("equal" the noun).
    assert.deepEqual(relation('authority', 'confidence'), { relation: 'equivalent', via: 'synonym' });
    assert.notEqual(of('match', 'equal'), 'equivalent');
    assert.equal(of('authority', 'discipline'), 'independent');
  });

  it('lists the verbs of saying or thinking that take a clause (frame 26)', () => {
    const said = [
      '00000500 32 v 01 concede 0 001 @ 00000510 v 0000 01 + 26 00 | admit (to a wrongdoing)',
      '00000510 32 v 01 say 0 000 01 + 26 00 | express in words',
      '00000520 32 v 01 chat 0 000 01 + 02 00 | talk idly',
      '00000530 30 v 01 cut 0 000 01 + 26 00 | separate with an instrument',
      // A verb of thinking whose first sense takes no clause, but another sense of thinking does.
      '00000540 31 v 01 judge 0 000 01 + 08 00 | determine the result of (a competition)',
      '00000550 31 v 01 judge 0 000 01 + 26 00 | form a critical opinion of',
      // A verb of saying whose clause is only in a later sense of another kind is no report.
      '00000560 32 v 01 will 0 000 01 + 08 00 | leave in a will',
      '00000570 36 v 01 will 0 000 01 + 26 00 | decree',
    ].join('\n');
    const net = new WordNet(compileWordNet({ data: { ...DATA, verb: said }, exceptions: EXCEPTIONS }));
    assert.deepEqual([...net.reportingVerbs()], ['concede', 'judge', 'say']);
    // The real WordNet: "conceded", "boasted", "pledged" report, and "judged", "believed",
    // "concluded" (verb.cognition); "cut" and "grow" do not.
    const real = wordNet().reportingVerbs();
    for (const verb of ['concede', 'boast', 'pledge', 'admit', 'promise', 'judge', 'believe', 'conclude', 'think']) assert.ok(real.has(verb), verb);
    for (const verb of ['cut', 'grow', 'rise']) assert.ok(!real.has(verb), verb);
  });

  it('marks antonyms reached only through hypernyms of both words as distant', () => {
    // "slow" < "decrease" | "increase" < "add" < "include"; "close" (a finale) < "finish" |
    // "beginning" > "initiation" < "innovation": two chains of hypernyms seldom keep the exclusion.
    assert.deepEqual(relation('slowed', 'includes'), { relation: 'alternation', via: 'antonym', distant: true });
    assert.deepEqual(relation('close', 'innovation'), { relation: 'alternation', via: 'antonym', distant: true });
    // One word holds the antonym in its own sense: not distant ("cut" < "reduce" < "decrease" | "increase").
    assert.deepEqual(relation('increase', 'cut'), { relation: 'alternation', via: 'antonym' });
    assert.deepEqual(relation('rose', 'fell'), { relation: 'alternation', via: 'antonym' });
  });

  describe('read in steps (the editor reads it ahead of the first check, in slices: issue 16)', () => {
    function read(text: string, perStep: number): { net: WordNet; steps: number } {
      const steps = wordNetTextInSteps(text, perStep);
      let count = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) count++;
      return { net: new WordNet(step.value), steps: count };
    }

    it('gives the WordNet read at once, in a step per word of its tables', () => {
      const text = compileWordNet({ data: { ...DATA, noun: TINY_NOUNS }, exceptions: EXCEPTIONS });
      const { net, steps } = read(text, 1);
      for (const word of ['grew', 'months', 'growing', 'danish', 'march']) assert.deepEqual(net.lemmas(word), tiny.lemmas(word), word);
      const [grow] = net.synsets({ word: 'grow', pos: 'v' });
      assert.deepEqual(net.antonymSynsets(grow!).map((s) => net.members(s)), [['shrink']]);
      assert.deepEqual(net.pertainyms('danish'), ['denmark']);
      // After the split into lines, then while splitting the words, filling the table and splitting their synsets.
      assert.ok(steps >= 3 * 6, `${steps} steps for the tiny table's words`);
      assert.throws(() => read('W a b', 1), /not in the expected format/);
    });

    it('the real lexicon: as many steps as its tables need, the same lemmas and relations, and the same text read off the main thread', async () => {
      const text = readNodeLexicon();
      assert.equal(await readNodeLexiconAsync(), text);
      const { net, steps } = read(text, 8192);
      const words = (text.split('\n', 2)[1] ?? '').split(' ').length - 1;
      // The word line split, the table filled and the synset line split: a step per 8,192 each.
      assert.ok(steps >= Math.floor((3 * words) / 8192), `${steps} steps for ${words} words`);
      for (const word of ['rose', 'children', 'approved', 'countries', 'setting_aside']) assert.deepEqual(net.lemmas(word), wordNet().lemmas(word), word);
      assert.deepEqual([...net.reportingVerbs()].sort(), [...wordNet().reportingVerbs()].sort());
    });
  });
});
