import * as assert from 'assert';
import { findCitations, type RawCitation } from '../../../src/core/brief/citations';

/** Each citation with the text of its key span and group span, to check the spans are exact. */
function cites(text: string): Array<Record<string, unknown>> {
  return findCitations(text).map((c: RawCitation) => ({
    key: c.key,
    keyText: text.slice(c.span.start, c.span.end),
    group: text.slice(c.groupSpan.start, c.groupSpan.end),
    span: [c.span.start, c.span.end],
    inText: c.inText,
    ...(c.locator !== undefined ? { locator: c.locator } : {}),
    ...(c.prefix !== undefined ? { prefix: c.prefix } : {}),
    ...(c.suppressAuthor ? { suppressAuthor: true } : {}),
  }));
}

describe('brief/citations', () => {
  it('[@key]: the key span excludes the @ and the group span is the brackets', () => {
    assert.deepStrictEqual(cites('See [@ukopenlabs] now.'), [{ key: 'ukopenlabs', keyText: 'ukopenlabs', group: '[@ukopenlabs]', span: [6, 16], inText: false }]);
  });

  it('[@key, p. 3]: the locator is kept apart from the key', () => {
    assert.deepStrictEqual(cites('As [@lwin2026gold, p. 3] says.'), [
      { key: 'lwin2026gold', keyText: 'lwin2026gold', group: '[@lwin2026gold, p. 3]', span: [5, 17], inText: false, locator: 'p. 3' },
    ]);
  });

  it('[@a; @b]: two citations sharing one group', () => {
    assert.deepStrictEqual(cites('Both [@a; @b] agree.'), [
      { key: 'a', keyText: 'a', group: '[@a; @b]', span: [7, 8], inText: false },
      { key: 'b', keyText: 'b', group: '[@a; @b]', span: [11, 12], inText: false },
    ]);
  });

  it('prefixes, suppressed authors and locators in one group', () => {
    assert.deepStrictEqual(cites('[see @a; -@b, chap. 2]'), [
      { key: 'a', keyText: 'a', group: '[see @a; -@b, chap. 2]', span: [6, 7], inText: false, prefix: 'see' },
      { key: 'b', keyText: 'b', group: '[see @a; -@b, chap. 2]', span: [11, 12], inText: false, locator: 'chap. 2', suppressAuthor: true },
    ]);
  });

  it('in-text @key', () => {
    assert.deepStrictEqual(cites('As @lwin2026gold says, Britain lags.'), [{ key: 'lwin2026gold', keyText: 'lwin2026gold', group: '@lwin2026gold', span: [4, 16], inText: true }]);
  });

  it('keys with inner punctuation, but not trailing punctuation', () => {
    assert.deepStrictEqual(cites('[@doe:2020.a] and @smith-jones.').map((c) => c.key), ['doe:2020.a', 'smith-jones']);
  });

  it('an e-mail address is not a citation', () => {
    assert.deepStrictEqual(cites('Mail policy@example.org or me at a@b.com now.'), []);
  });

  it('a Markdown link is not a citation group', () => {
    assert.deepStrictEqual(cites('Read [the report](https://example.com) now.'), []);
    // Only the @key inside the link text counts, as an in-text citation, never the brackets as a group.
    assert.deepStrictEqual(cites('A [link @x](http://x.com) here.'), [{ key: 'x', keyText: 'x', group: '@x', span: [9, 10], inText: true }]);
  });

  it('brackets without an @ and a group spanning lines are not citations', () => {
    assert.deepStrictEqual(cites('A [note] here.'), []);
    assert.deepStrictEqual(cites('[@a\n@b]').map((c) => [c.key, c.inText]), [['a', true], ['b', true]]);
  });

  it('offsets are shifted by the base and sorted by position', () => {
    const found = findCitations('@b then [@a]', 100);
    assert.deepStrictEqual(found.map((c) => [c.key, c.span.start, c.span.end, c.groupSpan.start, c.groupSpan.end]), [
      ['b', 101, 102, 100, 102],
      ['a', 110, 111, 108, 112],
    ]);
  });
});
