// The Markdown and CSV reports, the "Why?" line and the brief outline.
import { strict as assert } from 'node:assert';
import { csvField, markdownCell, renderReportCsv, renderReportMarkdown, briefOutline } from '../../../src/core';
import { describeExplanation, reasonFor } from '../../../src/core';
import { escapeHtml } from '../../../src/core/report/escape';
import type { Correction } from '../../../src/core/types';
import { removeDir } from '../corpus/helpers';
import { exampleReport, hostileReport } from './fixtures';

/** RFC 4180 records back into fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') { field += '"'; index++; } else if (character === '"') quoted = false; else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') { row.push(field); field = ''; } else if (character === '\r' && text[index + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; index++; } else field += character;
  }
  return rows;
}

describe('report: CSV', () => {
  it('quotes per RFC 4180: commas, quotes and line breaks round-trip; CRLF between records', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('say "no"'), '"say ""no"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField(42), '42');
  });

  it('disarms cells a spreadsheet would run as a formula', () => {
    assert.equal(csvField('=HYPERLINK("http://x","y")'), '"\'=HYPERLINK(""http://x"",""y"")"');
    assert.equal(csvField('+1'), "'+1");
    assert.equal(csvField('-5% of GDP'), "'-5% of GDP");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField('\tcmd'), "'\tcmd");
    assert.equal(csvField('A = B'), 'A = B');
  });

  it('control characters (terminal escape sequences) become U+FFFD in CSV, Markdown and HTML', () => {
    assert.equal(csvField('red \u001b[31mtext\u0007'), 'red \uFFFD[31mtext\uFFFD');
    assert.equal(markdownCell('a\u001b]8;;x\u001b\\b'), 'a\uFFFD\\]8;;x\uFFFD\\\\b');
    assert.equal(escapeHtml('tab\tok\u009bnot'), 'tab\tok\uFFFDnot');
  });

  it('has one row per claim with its verdict, key, evidence and finding codes', async () => {
    const { model } = await exampleReport();
    const csv = renderReportCsv(model);
    assert.ok(csv.endsWith('\r\n'));
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], ['brief', 'claim', 'line', 'section', 'text', 'verdict', 'keys', 'evidence key', 'page', 'evidence', 'findings', 'why']);
    const claims = model.briefs[0]!.claims;
    assert.equal(rows.length, claims.length + 1);
    claims.forEach((claim, index) => {
      const row = rows[index + 1]!;
      assert.equal(row[4], claim.text);
      assert.equal(row[5], claim.verdict);
    });
    assert.deepEqual(rows[1], [
      'examples/sample-brief.md', '1', '11', 'Executive summary',
      'Oxford and UCL share £40 million of new funding for open-source AI labs [@ukopenlabs].', 'contradicted', 'ukopenlabs', 'ukopenlabs', '',
      '£60 million funding allocated to Oxford and UCL', 'contradicted-figure',
      "Decided by the figure check: the brief's “£40 million” conflicts with the source's “£60 million”.\nAlso: “share” is not in the source; “new” is not in the source; “Oxford” is in the source; and 2 more.",
    ]);
  });
});

describe('report: Markdown', () => {
  it('lists every claim with its verdict, worst first, and counts per section', async () => {
    const { model } = await exampleReport();
    const markdown = renderReportMarkdown(model);
    const rows = markdown.split('\n').filter((line) => /^\| \d+ \| \d+ \|/.test(line));
    assert.equal(rows.length, 17);
    assert.match(rows[0]!, /^\| 1 \| 11 \| ❌ Contradicted \| Oxford and UCL share £40 million of new funding for open-source AI labs \\\[@\u2060ukopenlabs\\\]\. \| `@ukopenlabs` \|/);
    assert.match(rows[7]!, /^\| 15 \| 36 \| ⚠️ Unsupported \| Singapore's pledge of \$2 billion/);
    assert.match(markdown, /\| Context \| 4 \| 1 \| 3 \| 0 \|/);
    assert.match(markdown, /17 claims: ❌ 5 contradicted · ⚠️ 3 unsupported · ✅ 5 supported · 💬 4 opinion \/ analysis/);
  });

  it('cannot make HTML, links, table cells or @-mentions from brief or source text', async () => {
    assert.equal(markdownCell('<script>x</script> | [a](javascript:b) @alice'), '&lt;script&gt;x&lt;/script&gt; \\| \\[a\\]\\(javascript\u2060:b\\) @\u2060alice');
    const { model, folder } = await hostileReport();
    try {
      const markdown = renderReportMarkdown(model);
      assert.doesNotMatch(markdown, /<script|<b |<img|\]\(javascript:/i);
      assert.doesNotMatch(markdown, /(?<!`)@(?!\u2060)[a-z]/i, 'every @ outside code spans is broken by a word joiner');
    } finally {
      removeDir(folder);
    }
  });
});

describe('report: why', () => {
  const figure: Correction = {
    kind: 'figure', claimed: '£40 million', source: '£60 million',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, span: { start: 0, end: 1 },
  };

  it('renders the engine explanation: the deciding check first, then the rest, in two lines', () => {
    const text = describeExplanation({
      decidedBy: 'figure-conflict',
      observations: [
        { check: 'lexical', effect: 'supports', claim: 'Oxford', source: 'Oxford' },
        { check: 'figure-conflict', effect: 'contradicts', claim: '£40 million', source: '£60 million' },
        { check: 'lexical', effect: 'supports', claim: 'UCL', source: 'University College London' },
        { check: 'lexical', effect: 'neutral', claim: 'new' },
      ],
    });
    assert.equal(text, 'Decided by the figure conflict check: the brief\'s “£40 million” conflicts with the source\'s “£60 million”.\nAlso: “Oxford” is in the source; “UCL” matches “University College London”.');
  });

  it('says why analysis is analysis: the cue in words and the sentence\'s words that are it', () => {
    const because = (cue: string, words: string[]) => describeExplanation({ decidedBy: 'opinion', observations: [], analysis: { cue, words } });
    assert.equal(because('question', ['?']), 'Analysis, not checked against the sources: a question (“?”).');
    assert.equal(because('about-the-brief', ['this brief argues']), 'Analysis, not checked against the sources: the brief speaking of itself (“this brief argues”).');
    assert.equal(because('recommendation', ['We', 'recommend']), 'Analysis, not checked against the sources: a first-person recommendation (“We”, “recommend”).');
    assert.equal(because('generic-statement', []), 'Analysis, not checked against the sources: a general statement with no figure, date, name, quotation or citation.');
    // A cue no classifier gives is shown by its name, not dropped.
    assert.equal(because('rhetorical-aside', ['mind you']), 'Analysis, not checked against the sources: rhetorical aside (“mind you”).');
  });

  it('without an explanation, derives the reason from verdict, corrections and evidence', () => {
    assert.equal(reasonFor({ verdict: 'contradicted', evidence: [], corrections: [figure] }), 'The source says “£60 million”, not “£40 million” (figure).');
    assert.equal(reasonFor({ verdict: 'contradicted', evidence: [], corrections: [{ ...figure, kind: 'polarity', claimed: 'not', source: 'is', negation: 'claim' }] }),
      'The brief negates with “not” what the source asserts (“is”).');
    assert.equal(reasonFor({ verdict: 'unsupported', evidence: [], corrections: [] }), 'No passage of the corpus states this.');
    assert.equal(reasonFor({ verdict: 'opinion', evidence: [], corrections: [] }), 'An opinion, recommendation or question: not checked against the sources.');
  });
});

describe('report: brief outline', () => {
  it('finds ATX and Setext headings, skips code fences and front matter, reads the title', () => {
    const text = '---\ntitle: "A \\"quoted\\" title"\n---\n# One #\n\nText.\n\n```\n# not a heading\n```\n\nTwo\n---\n\n   ### Three\n\n---\n\nFour\n====\n';
    const outline = briefOutline(text);
    assert.equal(outline.title, 'A "quoted" title');
    assert.equal(outline.bodyStart, text.indexOf('# One'));
    assert.deepEqual(outline.headings.map((h) => [h.text, h.depth, h.line]), [['One', 1, 3], ['Two', 2, 11], ['Three', 3, 14], ['Four', 1, 18]]);
    assert.equal(outline.headings[1]!.start, text.indexOf('Two'));
  });

  it('a thematic break after a blank line is not a heading, nor is a list item above ---', () => {
    assert.deepEqual(briefOutline('Para.\n\n---\n\n- item\n---\n').headings, []);
  });
});
