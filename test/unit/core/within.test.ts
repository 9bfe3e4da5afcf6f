import * as assert from 'assert';
import { tokenize } from '../../../src/core/text/tokens';
import { overlappingRange } from '../../../src/core/text/within';

describe('text/within overlappingRange', () => {
  const text = 'Revenue rose last year by 12 percent.';
  const tokens = tokenize(text);
  const spanOf = (words: string): [number, number] => {
    const start = text.indexOf(words);
    return [start, start + words.length];
  };
  const cases: Array<{ span: [number, number]; expected: string | undefined; why: string }> = [
    { span: spanOf('last year'), expected: 'last year', why: 'a span on token boundaries' },
    { span: spanOf('ast yea'), expected: 'last year', why: 'a span that cuts its first and last tokens' },
    { span: spanOf('12'), expected: '12', why: 'one token' },
    { span: [text.indexOf(' by'), text.indexOf(' by') + 1], expected: undefined, why: 'only the space between tokens' },
    { span: [text.length, text.length + 4], expected: undefined, why: 'past the last token' },
  ];
  for (const { span, expected, why } of cases) {
    it(`finds the tokens of ${why}`, () => {
      const range = overlappingRange(tokens, span[0], span[1]);
      const words = range && tokens.slice(range.first, range.last + 1).map((t) => t.raw).join(' ');
      assert.strictEqual(words, expected);
    });
  }

  it('agrees with a scan of every token on every span of a sentence', () => {
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        const inside = tokens.map((t, i) => (t.end > start && t.start < end ? i : -1)).filter((i) => i >= 0);
        const expected = inside.length ? { first: inside[0], last: inside[inside.length - 1] } : undefined;
        assert.deepStrictEqual(overlappingRange(tokens, start, end), expected, `span ${start}-${end}`);
      }
    }
  });
});
