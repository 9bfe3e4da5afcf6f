import * as assert from 'assert';
import { findSuppressions } from '../../../src/core/brief/suppressions';
import { LineIndex } from '../../../src/core/text/positions';

function suppressions(text: string): (code: string, line: number) => boolean {
  const s = findSuppressions(text, new LineIndex(text));
  return (code, line) => s.isSuppressed(code, line);
}

describe('brief/suppressions', () => {
  it('disable-next-line with a code silences that code on the next line only', () => {
    const is = suppressions('Line zero.\n<!-- brief-lens-disable-next-line unsupported-claim -->\nLine two.\nLine three.');
    assert.strictEqual(is('unsupported-claim', 2), true);
    assert.strictEqual(is('misquote', 2), false);
    assert.strictEqual(is('unsupported-claim', 1), false);
    assert.strictEqual(is('unsupported-claim', 3), false);
    assert.strictEqual(is('unsupported-claim', 0), false);
  });

  it('disable-next-line skips blank lines to the next non-blank line', () => {
    const is = suppressions('<!-- brief-lens-disable-next-line misquote -->\n\n  \nThe quote.\n');
    assert.strictEqual(is('misquote', 1), false);
    assert.strictEqual(is('misquote', 3), true);
  });

  it('disable-next-line without a code silences every code on the next line', () => {
    const is = suppressions('<!-- brief-lens-disable-next-line -->\nAnything.\nMore.');
    assert.strictEqual(is('misquote', 1), true);
    assert.strictEqual(is('unknown-citation', 1), true);
    assert.strictEqual(is('misquote', 2), false);
  });

  it('disable-next-line takes several codes', () => {
    const is = suppressions('<!-- brief-lens-disable-next-line misquote contradicted-figure -->\nA line.');
    assert.strictEqual(is('misquote', 1), true);
    assert.strictEqual(is('contradicted-figure', 1), true);
    assert.strictEqual(is('contradicted-date', 1), false);
  });

  it('disable-line silences the line the comment is on', () => {
    const is = suppressions('First.\nA claim. <!-- brief-lens-disable-line supported-uncited -->\nThird.');
    assert.strictEqual(is('supported-uncited', 1), true);
    assert.strictEqual(is('supported-uncited', 0), false);
    assert.strictEqual(is('supported-uncited', 2), false);
    assert.strictEqual(is('misquote', 1), false);
  });

  it('disable-line without a code silences every code on that line', () => {
    const is = suppressions('A claim. <!-- brief-lens-disable-line -->');
    assert.strictEqual(is('misquote', 0), true);
    assert.strictEqual(is('inconsistent-fact', 0), true);
  });

  it('disable-file with a code silences that code everywhere', () => {
    const is = suppressions('One.\nTwo.\n<!-- brief-lens-disable-file supported-uncited -->\nFour.');
    for (const line of [0, 1, 3, 50]) assert.strictEqual(is('supported-uncited', line), true);
    assert.strictEqual(is('misquote', 0), false);
  });

  it('disable-file without a code silences everything', () => {
    const is = suppressions('<!-- brief-lens-disable-file -->\nOne.');
    assert.strictEqual(is('misquote', 1), true);
    assert.strictEqual(is('unsupported-claim', 7), true);
  });

  it('a later code-less comment wins over an earlier coded one on the same line', () => {
    const is = suppressions('<!-- brief-lens-disable-next-line misquote -->\n<!-- brief-lens-disable-line -->');
    assert.strictEqual(is('unknown-citation', 1), true);
  });

  it('counts lines across CRLF line endings', () => {
    const is = suppressions('Zero.\r\n<!-- brief-lens-disable-next-line misquote -->\r\n\r\nThree.');
    assert.strictEqual(is('misquote', 3), true);
    assert.strictEqual(is('misquote', 2), false);
  });

  it('ignores other comments and misspelt directives', () => {
    const is = suppressions('<!-- a note -->\n<!-- brief-lens-disable-nextline misquote -->\nLine.');
    assert.strictEqual(is('misquote', 1), false);
    assert.strictEqual(is('misquote', 2), false);
  });
});
