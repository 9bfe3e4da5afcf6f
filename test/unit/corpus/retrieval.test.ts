// Retrieval as a checker sees it: the passage that states the claim comes first, even when its
// subject is named only in the sentence before it, and that sentence is never borrowed from
// another source.
import * as assert from 'node:assert/strict';
import { Corpus } from '../../../src/core/corpus/corpus';
import type { LoadedSource } from '../../../src/core/corpus/fileSystem';
import { contentStems as stems } from '../../../src/core/text/tokens';
import { leading, nth } from '../../support/present';

function source(key: string, text: string): LoadedSource {
  return { key, title: key, file: `/corpus/${key}.txt`, text };
}

/** The texts of the top `limit` passages for a claim. */
function top(corpus: Corpus, claim: string, limit = 2): string[] {
  return corpus.retriever.query(stems(claim), limit).map((r) => corpus.passage(r.id).text);
}

const NAMED = 'Sir Tim Berners-Lee built the world wide web at CERN in Switzerland.';
const ANAPHORIC = 'This technology could have been restricted to those who paid, but instead he released it on an open basis.';
const FILLER = [
  'Licence fees shaped the early software market.',
  'Several governments funded national laboratories.',
  'Browsers competed fiercely during the following decade.',
];
const CLAIM = 'Tim Berners-Lee released the web on an open basis.';

describe('retrieval: coverage and the previous sentence', () => {
  it('ranks the sentence that states the claim first when its subject is named in the sentence before', () => {
    const corpus = new Corpus([source('history', [...FILLER, NAMED, ANAPHORIC].join(' '))]);
    assert.deepEqual(top(corpus, CLAIM), [ANAPHORIC, NAMED]);
  });

  it('never credits a sentence with the last sentence of another source', () => {
    const corpus = new Corpus([source('a', [...FILLER, NAMED].join(' ')), source('b', `${ANAPHORIC} ${FILLER[0]}`)]);
    assert.deepEqual(top(corpus, CLAIM), [NAMED, ANAPHORIC]);
  });

  it('keeps to the range of a range query and to the limit, best first, ties by passage order', () => {
    const corpus = new Corpus([source('a', [...FILLER, NAMED].join(' ')), source('b', [NAMED, ANAPHORIC, NAMED].join(' '))]);
    const range = corpus.passageRange('b')!;
    const found = corpus.retriever.queryWithin!(stems(CLAIM), 2, range.from, range.to);
    assert.equal(found.length, 2);
    assert.ok(found.every((r) => r.id >= range.from && r.id < range.to));
    assert.deepEqual(
      found.map((r) => corpus.passage(r.id).text),
      [ANAPHORIC, NAMED],
    );
    const all = corpus.retriever.query(stems(CLAIM), 10);
    all.slice(1).forEach((next, i) => {
      const previous = nth(all, i, 'passage');
      assert.ok(previous.score > next.score || (previous.score === next.score && previous.id < next.id));
    });
  });

  it('answers a query of more than 32 distinct words (only the first 32 weigh in coverage)', () => {
    const corpus = new Corpus([source('history', [...FILLER, NAMED, ANAPHORIC].join(' '))]);
    const long = `${CLAIM} ${Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ')} licence`;
    assert.deepEqual(top(corpus, long, 1), [ANAPHORIC]);
    assert.ok(top(corpus, long, 5).includes(nth(FILLER, 0, 'filler sentence')), 'a word past the 32nd still retrieves by BM25');
  });

  describe('common words (in more than 2% of passages and 200 passages)', () => {
    // "nation" is in 600 of about 1,350 sentences: a common word; "harbour" in 150: not common.
    const filler = Array.from({ length: 1200 }, (_, i) => (i % 2 ? `The nation met on day ${i}.` : `Farmers planted crop number ${i}.`));
    const ferries = Array.from({ length: 150 }, (_, i) => `A harbour ferry sailed on trip ${i}.`);
    const unveiled = 'It was unveiled at the harbour.';

    it('still find passages when the claim has no rarer word', () => {
      const corpus = new Corpus([source('log', filler.join(' '))]);
      const found = corpus.retriever.query(stems('the nation met'), 5);
      assert.equal(found.length, 5);
      assert.ok(found.every((r) => corpus.passage(r.id).text.startsWith('The nation met')));
    });

    it('count in the sentence before a candidate even when they are all it holds', () => {
      const text = [...ferries, 'Farmers planted crop number 9999.', unveiled, ...filler, 'The nation made a choice.', unveiled].join(' ');
      const corpus = new Corpus([source('log', text)]);
      const [best, second] = leading(corpus.retriever.query(stems('The nation unveiled it at the harbour.'), 2), 2, 'passage');
      // Both copies hold the same words; only the second follows a sentence about the nation.
      assert.equal(corpus.passage(best.id).text, unveiled);
      assert.equal(corpus.passage(best.id - 1).text, 'The nation made a choice.');
      assert.equal(corpus.passage(second.id).text, unveiled);
    });
  });

  it('credits a sentence with the next one when that one goes on about its subject ("It is building ...")', () => {
    const raised = 'The much lauded company NScale has received more funding than any start up in history.';
    const building = 'It is building out as a cloud provider.';
    const route = 'Amazon built their cloud success on open source, and NScale is following that route, building on open source.';
    const corpus = new Corpus([source('uk', [...FILLER, raised, building, FILLER[0], route, FILLER[1]].join(' '))]);
    assert.deepEqual(top(corpus, 'NScale is a start-up building a cloud platform.', 1), [raised]);
    // Without the pronoun the next sentence is about something else, and lends nothing.
    const other = new Corpus([source('uk', [...FILLER, raised, 'Rivals are building out as cloud providers.', FILLER[0], route, FILLER[1]].join(' '))]);
    assert.notDeepEqual(top(other, 'NScale is a start-up building a cloud platform.', 1), [raised]);
  });

  describe('clipped words in a source ("infra" for "infrastructure")', () => {
    const clipped = 'We spent a year mostly on internal infra before the big swings.';
    const budget = 'The budget paid for roads and other infrastructure this year.';
    const statement = 'The minister read a statement on the harbour.';
    const states = ['The state funds schools.', 'The state runs ports.', 'Each state votes.'];

    it('finds the clipped form, counted below the whole word', () => {
      const corpus = new Corpus([source('notes', [...FILLER, clipped, budget].join(' '))]);
      assert.deepEqual(top(corpus, 'They spent about a year mostly on internal infrastructure.'), [clipped, budget]);
      const [whole, short] = leading(corpus.retriever.query(stems('infrastructure'), 2), 2, 'passage');
      assert.equal(corpus.passage(whole.id).text, budget, 'the whole word outranks its clipped form');
      assert.equal(corpus.passage(short.id).text, clipped);
    });

    it('takes no common word for a clipped one ("state" is not "statement")', () => {
      const corpus = new Corpus([source('news', [...states, statement].join(' '))]);
      const found = corpus.retriever.query(stems('statement'), 5).map((r) => corpus.passage(r.id).text);
      assert.deepEqual(found, [statement]);
    });
  });
});
