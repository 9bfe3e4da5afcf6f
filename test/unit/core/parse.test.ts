import * as assert from 'assert';
import { parseBrief, type ParsedBrief } from '../../../src/core/brief/parse';
import { nth } from '../../support/present';

function texts(brief: ParsedBrief): string[] {
  return brief.sentences.map((s) => s.text);
}

describe('brief/parse', () => {
  const doc = [
    '---',
    'title: "Fake claim from 1999. Another."',
    '---',
    '',
    '# Heading claim with £5 million',
    '',
    'First sentence here [@ukopenlabs]. Second one cites @lwin2026gold too.',
    '',
    '```',
    'The code says £5 million.',
    '```',
    '',
    '<!-- An HTML comment. With two sentences. -->',
    'See [the report](https://example.com/a.b?c=1) for details. Inline `code. Here` ok.',
    '',
    '- Item one is here.',
    '- Item two is here.',
    '',
  ].join('\n');
  const brief = parseBrief(doc);

  it('finds only the prose sentences: no front matter, heading, code block, HTML comment', () => {
    assert.deepStrictEqual(texts(brief), [
      'First sentence here [@ukopenlabs].',
      'Second one cites @lwin2026gold too.',
      'See [the report](https://example.com/a.b?c=1) for details.',
      'Inline `code. Here` ok.',
      'Item one is here.',
      'Item two is here.',
    ]);
  });

  it('gives exact sentence spans: each span slices the sentence out of the brief', () => {
    for (const s of brief.sentences) assert.strictEqual(doc.slice(s.span.start, s.span.end), s.text);
    const first = nth(brief.sentences, 0, 'sentence');
    assert.deepStrictEqual(first.span, { start: doc.indexOf('First sentence'), end: doc.indexOf('First sentence') + 'First sentence here [@ukopenlabs].'.length });
    assert.deepStrictEqual(brief.lines.rangeOf(first.span), { start: { line: 6, character: 0 }, end: { line: 6, character: 34 } });
    const item = nth(brief.sentences, 4, 'sentence');
    assert.deepStrictEqual(brief.lines.rangeOf(item.span), { start: { line: 15, character: 2 }, end: { line: 15, character: 19 } });
  });

  it('masks citations, link URLs and inline code in the prose, keeping its length', () => {
    assert.deepStrictEqual(
      brief.sentences.map((s) => s.prose),
      [
        'First sentence here              .',
        'Second one cites               too.',
        'See  the report                               for details.',
        'Inline              ok.',
        'Item one is here.',
        'Item two is here.',
      ],
    );
    for (const s of brief.sentences) assert.strictEqual(s.prose.length, s.text.length);
  });

  it('attaches citations to their sentence, with exact key spans', () => {
    assert.deepStrictEqual(
      brief.sentences.map((s) => s.citations.map((c) => c.key)),
      [['ukopenlabs'], ['lwin2026gold'], [], [], [], []],
    );
    assert.deepStrictEqual(
      brief.citations.map((c) => [c.key, doc.slice(c.span.start, c.span.end), doc.slice(c.groupSpan.start, c.groupSpan.end), c.inText]),
      [
        ['ukopenlabs', 'ukopenlabs', '[@ukopenlabs]', false],
        ['lwin2026gold', 'lwin2026gold', '@lwin2026gold', true],
      ],
    );
  });

  it('finds no citations in code, comments, link URLs or e-mail addresses', () => {
    const b = parseBrief('Text `[@incode]` and <!-- [@incomment] --> and [x](https://a.b/@inurl) and me@example.org here.\n\n```\n@inblock\n```\n');
    assert.deepStrictEqual(b.citations, []);
  });

  it('keeps a bare URL out of the prose', () => {
    const b = parseBrief('Visit https://example.com/Some.Path now.');
    const url = 'https://example.com/Some.Path';
    assert.deepStrictEqual(b.sentences.map((s) => s.prose), [`Visit ${' '.repeat(url.length)} now.`]);
  });

  it('reads a table row as one statement, the header row as none, with exact spans', () => {
    const text = '| Claim | Note |\n| --- | --- |\n| Oxford got money. | Fine. |\n';
    const b = parseBrief(text);
    assert.deepStrictEqual(texts(b), ['Oxford got money. | Fine.']);
    // The pipe between cells stays as a semicolon: the next cell's first word starts afresh.
    assert.deepStrictEqual(b.sentences.map((s) => s.prose), ['Oxford got money. ; Fine.']);
    for (const s of b.sentences) assert.strictEqual(text.slice(s.span.start, s.span.end), s.text);
  });

  it('reads a run-in heading ("**1998 – Bill Clinton.** ...") as a heading, not a sentence', () => {
    const text = [
      '**1998 – Bill Clinton.** Clinton asked for 100,000 teachers.',
      '',
      '- **Buy open**: procurement is the cheapest lever.',
      '',
      '**The UK committed £60 million to the labs in 2025 and will review the grant in 2027.** Other text.',
      '',
      '**"Why did it take so long?"** Critics note the delay.',
      '',
      '**A bold line alone.**',
      '',
    ].join('\n');
    const b = parseBrief(text);
    assert.deepStrictEqual(texts(b), [
      'Clinton asked for 100,000 teachers.',
      'procurement is the cheapest lever.',
      // A long bold sentence is a sentence set in bold; a bold question is read as a question; a bold paragraph alone has nothing to title.
      'The UK committed £60 million to the labs in 2025 and will review the grant in 2027.',
      'Other text.',
      '"Why did it take so long?"',
      'Critics note the delay.',
      'A bold line alone.',
    ]);
    for (const s of b.sentences) assert.strictEqual(text.slice(s.span.start, s.span.end), s.text);
  });

  it('handles CRLF briefs with exact spans and lines', () => {
    const text = '---\r\ntitle: x\r\n---\r\n\r\nA first line.\r\nStill para.\r\n\r\nSecond para here.';
    const b = parseBrief(text);
    assert.deepStrictEqual(texts(b), ['A first line.', 'Still para.', 'Second para here.']);
    assert.deepStrictEqual(b.sentences.map((s) => b.lines.rangeOf(s.span).start.line), [4, 5, 7]);
    for (const s of b.sentences) assert.strictEqual(text.slice(s.span.start, s.span.end), s.text);
  });

  it('keeps a sentence together across a soft line break and ends it at a blank line', () => {
    const b = parseBrief('The labs are\nin Oxford.\n\nNew paragraph.');
    assert.deepStrictEqual(texts(b), ['The labs are\nin Oxford.', 'New paragraph.']);
  });

  it('reads suppression comments', () => {
    const b = parseBrief('<!-- brief-lens-disable-next-line misquote -->\nA "quoted line of words" here.');
    assert.strictEqual(b.suppressions.isSuppressed('misquote', 1), true);
    assert.strictEqual(b.suppressions.isSuppressed('misquote', 0), false);
  });

  it('reads markup no brief has (2,000 nested list markers, 5,000 asterisks) as plain paragraphs, with exact spans', () => {
    for (const text of [`${'- '.repeat(2000)}Oxford and UCL share £60 million.`, `${'*'.repeat(5000)} Oxford and UCL share £60 million.`]) {
      const brief = parseBrief(text);
      assert.ok(brief.sentences.length > 0);
      for (const s of brief.sentences) assert.strictEqual(text.slice(s.span.start, s.span.end), s.text);
      assert.ok(brief.sentences.some((s) => s.text.endsWith('Oxford and UCL share £60 million.')));
    }
  });

  it('gives the same sentences and citations whether or not the text uses GFM syntax elsewhere', () => {
    const text = '# Brief\n\nOxford and UCL share £60 million [@ukopenlabs]. See *the* [report](report.md).\n\n- The labs open in 2026.\n';
    const plain = parseBrief(text);
    const withGfm = parseBrief(`${text}\n| a | b |\n| - | - |\n| c | d |\n`);
    assert.deepStrictEqual(withGfm.sentences.slice(0, plain.sentences.length).map((s) => [s.span, s.prose]), plain.sentences.map((s) => [s.span, s.prose]));
    assert.deepStrictEqual(withGfm.citations, plain.citations);
  });
});
