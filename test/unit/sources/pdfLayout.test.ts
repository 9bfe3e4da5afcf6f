// Reading order, paragraphs, running lines and hyphenation, on text runs as pdf.js gives them.
import { strict as assert } from 'node:assert';
import { dropRunningLines, hyphenatedWords, joinLines, pageLines, pageParagraphs, type TextRun } from '../../../src/core/sources/pdfLayout';

/** Runs of one line each: [text, x, y]. */
function runs(lines: Array<[string, number, number]>): TextRun[] {
  return lines.map(([text, x, y]) => ({ text, x, y, height: 10, endOfLine: true }));
}

describe('sources: PDF layout', () => {
  it('joins a word broken at a line end, keeps the hyphen of a word the document writes with one', () => {
    const keep = new Set(['long-range']);
    assert.equal(joinLines('stabilization re-', 'quires that', keep), 'stabilization requires that');
    assert.equal(joinLines('a long-', 'range program', keep), 'a long-range program');
    assert.equal(joinLines('ends here.', 'Next one', keep), 'ends here. Next one');
    // A capital after the hyphen is a name, not a broken word: kept as written.
    assert.equal(joinLines('the Austro-', 'Hungarian army', keep), 'the Austro- Hungarian army');
    assert.deepEqual([...hyphenatedWords([pageLines(runs([['a long-range plan and a wage-price policy', 72, 700]]))])], ['long-range', 'wage-price']);
  });

  it('opens a paragraph at an indent or a wide gap; a column read to its end goes on in the next', () => {
    const lines = pageLines(
      runs([
        ['First paragraph starts', 90, 700],
        ['and goes on.', 72, 686],
        ['Second paragraph', 90, 672],
        ['wraps once, then', 72, 658],
        ['Third after a gap', 72, 620],
        ['Column two goes', 320, 700],
        ['on here.', 320, 686],
      ]),
    );
    assert.deepEqual(pageParagraphs(lines, new Set()), ['First paragraph starts and goes on.', 'Second paragraph wraps once, then', 'Third after a gap Column two goes on here.']);
  });

  it('drops a header and a footer repeated on most pages, and bare page numbers; keeps a repeated line inside the page', () => {
    const page = (number: number, body: string) =>
      pageLines(
        runs([
          ['Annual Report 2025', 72, 760],
          [`${body} opens the page`, 72, 700],
          [`${body} goes on`, 72, 686],
          ['Table 1 continued', 72, 672],
          [`${body} ends`, 72, 658],
          [`Page ${number} of 3`, 300, 40],
        ]),
      );
    const kept = dropRunningLines([page(1, 'Alpha'), page(2, 'Beta'), page(3, 'Gamma')]);
    assert.deepEqual(kept.map((lines) => lines.map((line) => line.text)), [
      ['Alpha opens the page', 'Alpha goes on', 'Table 1 continued', 'Alpha ends'],
      ['Beta opens the page', 'Beta goes on', 'Table 1 continued', 'Beta ends'],
      ['Gamma opens the page', 'Gamma goes on', 'Table 1 continued', 'Gamma ends'],
    ]);
  });
});
