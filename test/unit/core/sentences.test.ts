import * as assert from 'assert';
import { hardWrapWidth, MAX_PASSAGE_CHARS, splitSentences } from '../../../src/core/text/sentences';

function split(text: string, lineBreaks = false): string[] {
  return splitSentences(text, { lineBreaks }).map((s) => text.slice(s.start, s.end));
}

describe('text/sentences', () => {
  it('does not break after the abbreviations U.S. and Dr.', () => {
    assert.deepStrictEqual(split('The U.S. leads in AI. Dr. Smith agrees. It is done.'), ['The U.S. leads in AI.', 'Dr. Smith agrees.', 'It is done.']);
  });

  it('does not break after initials, e.g. or a decimal point', () => {
    assert.deepStrictEqual(split('J. Smith wrote it. It costs 3.5 billion. Done.'), ['J. Smith wrote it.', 'It costs 3.5 billion.', 'Done.']);
    assert.deepStrictEqual(split('e.g. this one. Next.'), ['e.g. this one.', 'Next.']);
  });

  it('keeps a list number "3. ..." with its item instead of making "3." a sentence', () => {
    assert.deepStrictEqual(split('3. AI partnerships grow. Next one.'), ['3. AI partnerships grow.', 'Next one.']);
    assert.deepStrictEqual(split('Intro.\n\n3. AI partnerships grow.'), ['Intro.', '3. AI partnerships grow.']);
  });

  it('keeps each number of a list run into one line with its item', () => {
    assert.deepStrictEqual(split('1. Poverty. 2. Taxes. 3. Security.'), ['1. Poverty.', '2. Taxes.', '3. Security.']);
    // A figure that ends a sentence stays its last word.
    assert.deepStrictEqual(split('The vote was 52 to 48. 3 members abstained.'), ['The vote was 52 to 48.', '3 members abstained.']);
  });

  it('breaks on ?, ! and …, keeping closing quotes with the sentence', () => {
    assert.deepStrictEqual(split('Is it? Yes! Fine… Ok.'), ['Is it?', 'Yes!', 'Fine…', 'Ok.']);
    assert.deepStrictEqual(split('He said "Stop." Then left.'), ['He said "Stop."', 'Then left.']);
  });

  it('does not break before a lower-case word', () => {
    assert.deepStrictEqual(split('It rose 5 pc. in May. Then fell.'), ['It rose 5 pc. in May.', 'Then fell.']);
  });

  it('returns exact, trimmed spans', () => {
    const text = '  First one.   Second one.  ';
    assert.deepStrictEqual(splitSentences(text, { lineBreaks: false }), [
      { start: 2, end: 12 },
      { start: 15, end: 26 },
    ]);
  });

  it('splits only within [from, to)', () => {
    const text = 'Skip me. Keep this. And this. Not this.';
    assert.deepStrictEqual(splitSentences(text, { lineBreaks: false }, 9, 29).map((s) => text.slice(s.start, s.end)), ['Keep this.', 'And this.']);
  });

  it('ignores pieces without a letter or digit', () => {
    assert.deepStrictEqual(split('Real sentence. ... !!'), ['Real sentence.']);
  });

  describe('line breaks', () => {
    it('in prose mode, a single line break continues the sentence and a blank line ends it', () => {
      assert.deepStrictEqual(split('Line one\nline two\n\nPara two.'), ['Line one\nline two', 'Para two.']);
      assert.deepStrictEqual(split('Line one\r\nline two\r\n\r\nPara two.'), ['Line one\r\nline two', 'Para two.']);
    });

    it('in line-break mode, a line that stands alone is its own unit (LF, CRLF and lone CR)', () => {
      assert.deepStrictEqual(split('Line one\nLine two', true), ['Line one', 'Line two']);
      assert.deepStrictEqual(split('Title\r\nBody text. More text.\rLast', true), ['Title', 'Body text.', 'More text.', 'Last']);
      assert.deepStrictEqual(split('What Changed\n£60 million funding allocated to Oxford and UCL\nWhy It Matters', true), [
        'What Changed',
        '£60 million funding allocated to Oxford and UCL',
        'Why It Matters',
      ]);
    });

    it('in line-break mode, a sentence wrapped over lines stays one sentence', () => {
      // Goes on in lower case, or the line ends on a comma or a word no sentence ends on.
      assert.deepStrictEqual(split('A fund of £60 million\nfor open-source labs. The labs will\nfocus on models.', true), [
        'A fund of £60 million\nfor open-source labs.',
        'The labs will\nfocus on models.',
      ]);
      assert.deepStrictEqual(split('It was announced by the\nUK government, with\nOxford and UCL.', true), ['It was announced by the\nUK government, with\nOxford and UCL.']);
      // Never into a list item, a heading, a table row or a quote.
      assert.deepStrictEqual(split('Key points of\n- open models\n# Heading\n| a | b |\n> quoted', true), ['Key points of', '- open models', '# Heading', '| a | b |', '> quoted']);
    });

    it('in line-break mode, hard-wrapped text (lines cut near one width) joins its lines, names included', () => {
      const paragraph = [
        'Speaking in 1997, President Bill Clinton argued that increased linkages',
        'and openness would make it increasingly difficult for the government to',
        'stand in the way. Two decades later the picture looks different: President',
        'Xi Jinping has made open-source software a pillar of industrial policy and',
        'Chinese firms now publish some of the most capable open-weight models.',
      ].join('\n');
      const text = `${paragraph}\n\n${paragraph}`;
      assert.strictEqual(hardWrapWidth(text), 74);
      assert.deepStrictEqual(split(text, true).slice(0, 3), [
        'Speaking in 1997, President Bill Clinton argued that increased linkages\nand openness would make it increasingly difficult for the government to\nstand in the way.',
        'Two decades later the picture looks different: President\nXi Jinping has made open-source software a pillar of industrial policy and\nChinese firms now publish some of the most capable open-weight models.',
        'Speaking in 1997, President Bill Clinton argued that increased linkages\nand openness would make it increasingly difficult for the government to\nstand in the way.',
      ]);
      // One line per paragraph is not wrapped.
      assert.strictEqual(hardWrapWidth(`${'A long paragraph on one line. '.repeat(10)}\n${'Another one. '.repeat(20)}\nShort\nLines\nHere`), 0);
    });
  });

  describe('over-long sentences', () => {
    it('cuts a sentence over 1,000 characters after a comma, every piece at most 1,000', () => {
      assert.strictEqual(MAX_PASSAGE_CHARS, 1000);
      const text = 'word, '.repeat(300) + 'end.';
      const spans = splitSentences(text, { lineBreaks: false });
      assert.deepStrictEqual(spans, [
        { start: 0, end: 995 },
        { start: 996, end: 1804 },
      ]);
      assert.ok(text.slice(0, 995).endsWith('word,'));
      assert.ok(text.slice(996, 1804).startsWith('word, '));
      assert.ok(text.slice(996, 1804).endsWith('end.'));
    });

    it('cuts a run without spaces at exactly 1,000 characters', () => {
      const text = 'x'.repeat(1500);
      assert.deepStrictEqual(splitSentences(text, { lineBreaks: false }), [
        { start: 0, end: 1000 },
        { start: 1000, end: 1500 },
      ]);
    });

    it('leaves a sentence of exactly 1,000 characters whole', () => {
      const text = 'a'.repeat(999) + '.';
      assert.deepStrictEqual(splitSentences(text, { lineBreaks: false }), [{ start: 0, end: 1000 }]);
    });
  });

  it('ends a sentence written without its space after a quote, a word or a figure, but not inside e.g., Node.Js, a web address or U.S.Army', () => {
    const cut = (t: string): string[] => splitSentences(t, { lineBreaks: false }).map((x) => t.slice(x.start, x.end));
    assert.deepStrictEqual(cut('It will help us reach net zero faster”.The machine is fitted with 5,400 chips.'), ['It will help us reach net zero faster”.', 'The machine is fitted with 5,400 chips.']);
    assert.deepStrictEqual(cut('It was published in 2025.The rule applies.'), ['It was published in 2025.', 'The rule applies.']);
    for (const whole of ['See e.g.The rule and Node.Js today.', 'Visit https://x.org/a.Html now.', 'The U.S.Army grew.']) assert.deepStrictEqual(cut(whole), [whole]);
  });
});
