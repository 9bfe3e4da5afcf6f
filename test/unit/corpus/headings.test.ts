// Retrieval that knows what a passage is about: a sentence is read under its section heading and
// its source's title heading (FEVER's title-first retrieval; DPR and KILT prepend the title), so
// "She wrote ..." under "# Ada Lovelace" is found for a claim about Ada Lovelace.
import * as assert from 'node:assert/strict';
import { Corpus } from '../../../src/core/corpus/corpus';
import type { LoadedSource } from '../../../src/core/corpus/fileSystem';
import { headingContext } from '../../../src/core/corpus/headings';
import { contentStems as stems } from '../../../src/core/text/tokens';

function page(key: string, text: string, extra: Partial<LoadedSource> = {}): LoadedSource {
  return { key, title: key, file: `/corpus/${key}.md`, text, ...extra };
}

/** Per passage of the corpus: its text, its section heading's text and its title heading's text. */
function readings(corpus: Corpus, sources: readonly LoadedSource[]): Array<[string, string, string]> {
  const starts = Uint32Array.from({ length: corpus.passageCount }, (_, id) => corpus.passage(id).start);
  const ends = Uint32Array.from({ length: corpus.passageCount }, (_, id) => corpus.passage(id).end);
  const owner = Uint32Array.from({ length: corpus.passageCount }, (_, id) => sources.findIndex((s) => s.key === corpus.passageKey(id)));
  const context = headingContext({ texts: sources.map((s) => s.text), passageSource: owner, passageStart: starts, passageEnd: ends, sections: sources.map((s) => s.sections) });
  const text = (id: number): string => (id < 0 ? '' : corpus.passage(id).text);
  return Array.from({ length: corpus.passageCount }, (_, id) => [text(id), text(context.section[id] ?? -1), text(context.title[id] ?? -1)]);
}

const LOVELACE = '# Ada Lovelace\n\n## Work\n\nShe wrote the first published algorithm for a computing machine.\n\n## Legacy\n\nA language is named after her.\n';
const BABBAGE = '# Charles Babbage\n\nBabbage designed the Analytical Engine.\n\nHe praised Ada Lovelace and her notes as the first of their kind.\n';

describe('headings: what a passage is read under', () => {
  it('gives each sentence its section heading and the title heading, and a heading only the title', () => {
    const sources = [page('lovelace', LOVELACE), page('babbage', BABBAGE)];
    assert.deepEqual(readings(new Corpus(sources), sources), [
      ['# Ada Lovelace', '', ''],
      ['## Work', '', '# Ada Lovelace'],
      ['She wrote the first published algorithm for a computing machine.', '## Work', '# Ada Lovelace'],
      ['## Legacy', '', '# Ada Lovelace'],
      ['A language is named after her.', '## Legacy', '# Ada Lovelace'],
      ['# Charles Babbage', '', ''],
      ['Babbage designed the Analytical Engine.', '# Charles Babbage', ''],
      ['He praised Ada Lovelace and her notes as the first of their kind.', '# Charles Babbage', ''],
    ]);
  });

  it('reads no heading into plain text, a hashtag or a heading of another source', () => {
    const sources = [page('notes', '#budget talks resumed on Monday.\n\nThe minister left early.\n'), page('after', 'Nothing here is a heading.\n')];
    assert.deepEqual(readings(new Corpus(sources), sources), [
      ['#budget talks resumed on Monday.', '', ''],
      ['The minister left early.', '', ''],
      ['Nothing here is a heading.', '', ''],
    ]);
  });

  it('takes the section marks of a converted source (HTML, DOCX, PDF outline) as headings', () => {
    const text = 'Funding\n\nThe council doubled the grant.\n';
    const sources = [page('report', text, { sections: [{ start: 0, title: 'Funding' }] })];
    assert.deepEqual(readings(new Corpus(sources), sources).slice(1), [['The council doubled the grant.', 'Funding', 'Funding']].map(([a, b]) => [a, b, '']));
  });

  it('ranks the sentence that says "she" under the subject\'s title above one that only names her', () => {
    const work = '# Ada Lovelace\n\n## Work\n\nShe published her notes on the engine in 1843.\n\n## Legacy\n\nA language is named after her.\n';
    const letters = '# Charles Babbage\n\nBabbage designed the Analytical Engine.\n\nHe praised Ada Lovelace in his letters.\n';
    // Other pages make "published" and "notes" common: without the headings the name would decide.
    const journals = '# Journals\n\nThe society published notes on tides.\n\nThe academy published notes on comets.\n\nA surgeon published notes on fevers.\n';
    const corpus = new Corpus([page('lovelace', work), page('babbage', letters), page('journals', journals)]);
    const found = corpus.retriever.query(stems('Ada Lovelace published notes.'), 2).map((r) => corpus.passage(r.id).text);
    assert.deepEqual(found, ['She published her notes on the engine in 1843.', '# Ada Lovelace']);
  });
});
