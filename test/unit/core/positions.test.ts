import * as assert from 'assert';
import { LineIndex, applyEdits, offsetAt, positionAt } from '../../../src/core/text/positions';
import type { TextEdit } from '../../../src/core/types';

function insert(at: number, newText: string): TextEdit {
  return { span: { start: at, end: at }, range: { start: { line: 0, character: at }, end: { line: 0, character: at } }, newText };
}
function replace(start: number, end: number, newText: string): TextEdit {
  return { span: { start, end }, range: { start: { line: 0, character: start }, end: { line: 0, character: end } }, newText };
}

describe('text/positions', () => {
  describe('LineIndex', () => {
    // "ab" CRLF "cd" CR "ef" LF "gh": four lines, starting at 0, 4, 7, 10.
    const text = 'ab\r\ncd\ref\ngh';
    const index = new LineIndex(text);

    it('counts CRLF, lone CR and LF each as one line break', () => {
      assert.strictEqual(index.lineCount, 4);
      assert.deepStrictEqual([0, 1, 2, 3].map((l) => index.lineStart(l)), [0, 4, 7, 10]);
    });

    it('maps offsets to zero-based line/character across CRLF and lone CR', () => {
      assert.deepStrictEqual(index.positionAt(0), { line: 0, character: 0 });
      assert.deepStrictEqual(index.positionAt(2), { line: 0, character: 2 });
      assert.deepStrictEqual(index.positionAt(4), { line: 1, character: 0 });
      assert.deepStrictEqual(index.positionAt(5), { line: 1, character: 1 });
      assert.deepStrictEqual(index.positionAt(7), { line: 2, character: 0 });
      assert.deepStrictEqual(index.positionAt(10), { line: 3, character: 0 });
      assert.deepStrictEqual(index.positionAt(12), { line: 3, character: 2 });
    });

    it('clamps offsets outside the text', () => {
      assert.deepStrictEqual(index.positionAt(-5), { line: 0, character: 0 });
      assert.deepStrictEqual(index.positionAt(99), { line: 3, character: 2 });
    });

    it('maps positions back to offsets, and round-trips every offset that is not inside a CRLF', () => {
      assert.strictEqual(index.offsetAt({ line: 1, character: 1 }), 5);
      assert.strictEqual(index.offsetAt({ line: 2, character: 2 }), 9);
      assert.strictEqual(index.offsetAt({ line: 3, character: 1 }), 11);
      assert.strictEqual(index.offsetAt({ line: -1, character: 3 }), 0);
      assert.strictEqual(index.offsetAt({ line: 9, character: 0 }), text.length);
      for (let o = 0; o <= text.length; o++) {
        if (o === 3) continue; // between \r and \n
        assert.strictEqual(index.offsetAt(index.positionAt(o)), o, `offset ${o}`);
      }
    });

    // Regression (was a bug): new LineIndex('ab\r\ncd').offsetAt({ line: 0, character: 99 }) returns 4, the start
    // of line 1, instead of 2. LSP and VS Code clamp an over-long character to the line's length
    // (before its line break), so a position on line 0 must never map to an offset on line 1.
    it('clamps an over-long character to the end of its own line, before the line break', () => {
      const crlf = new LineIndex('ab\r\ncd');
      assert.strictEqual(crlf.offsetAt({ line: 0, character: 99 }), 2);
      assert.deepStrictEqual(crlf.positionAt(crlf.offsetAt({ line: 0, character: 99 })), { line: 0, character: 2 });
    });

    it('gives the range of a span that crosses a lone CR', () => {
      assert.deepStrictEqual(index.rangeOf({ start: 5, end: 8 }), { start: { line: 1, character: 1 }, end: { line: 2, character: 1 } });
    });

    it('treats a text without breaks as one line and an empty text as one empty line', () => {
      assert.strictEqual(new LineIndex('hello').lineCount, 1);
      assert.strictEqual(new LineIndex('').lineCount, 1);
      assert.deepStrictEqual(new LineIndex('').positionAt(0), { line: 0, character: 0 });
      assert.strictEqual(new LineIndex('a\n').lineCount, 2);
    });

    it('has function forms that agree with the class', () => {
      assert.deepStrictEqual(positionAt(text, 8), { line: 2, character: 1 });
      assert.strictEqual(offsetAt(text, { line: 2, character: 1 }), 8);
    });
  });

  describe('applyEdits', () => {
    it('applies edits given in any order by their spans', () => {
      const text = 'Oxford and UCL share £40 million.';
      const out = applyEdits(text, [insert(32, ' [@ukopenlabs]'), replace(21, 32, '£60 million')]);
      assert.strictEqual(out, 'Oxford and UCL share £60 million [@ukopenlabs].');
      assert.strictEqual(applyEdits(text, [replace(21, 32, '£60 million'), insert(32, ' [@ukopenlabs]')]), out);
    });

    it('replaces, deletes and inserts at the very start and end', () => {
      assert.strictEqual(applyEdits('abcdef', [replace(0, 1, 'X'), replace(2, 4, ''), insert(6, '!')]), 'Xbef!');
      assert.strictEqual(applyEdits('abc', [insert(0, '>')]), '>abc');
    });

    it('returns the text unchanged for no edits and does not mutate the edit list', () => {
      const edits = [insert(3, 'Z'), insert(1, 'Y')];
      assert.strictEqual(applyEdits('abc', []), 'abc');
      assert.strictEqual(applyEdits('abc', edits), 'aYbcZ');
      assert.deepStrictEqual(edits.map((e) => e.newText), ['Z', 'Y']);
    });

    it('applies an insertion and a replacement that starts at the same offset with the insertion first', () => {
      // Equal starts: the longer (replacement) is applied first, then the insertion in front of it.
      assert.strictEqual(applyEdits('abc', [insert(1, '+'), replace(1, 2, 'B')]), 'a+Bc');
    });
  });
});
