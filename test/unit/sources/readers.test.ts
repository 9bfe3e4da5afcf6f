// The PDF, web page and Word readers on real files made by real tools (test/fixtures/sources).
import { strict as assert } from 'node:assert';
import { docxReader } from '../../../src/core/sources/docx';
import { htmlReader } from '../../../src/core/sources/html';
import { pdfReader } from '../../../src/core/sources/pdf';
import { pageAt, sectionAt, type ExtractedText, type ReadOutcome } from '../../../src/core/sources/reader';
import { readerFor } from '../../../src/core/sources';
import { fixture, makeZip, sourceSentences } from './fixtures';
import { blocksOf, type DomNode } from '../../../src/core/sources/htmlBlocks';

function extracted(outcome: ReadOutcome): ExtractedText {
  if (!outcome.ok) assert.fail(`expected text, got the problem: ${outcome.reason}`);
  return outcome.extracted;
}

function problem(outcome: ReadOutcome): string {
  if (outcome.ok) assert.fail('expected a problem, got text');
  return outcome.reason;
}

/** Sentences of the original that the extracted text lacks, verbatim (pandoc's Word writer curls quotes: straightened). */
function missing(text: string): string[] {
  const straight = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  return sourceSentences().filter((sentence) => !straight.includes(sentence));
}

describe('sources: PDF reader (groff report, 4 pages)', function () {
  this.timeout(30_000);
  let pdf: ExtractedText;
  before(async () => {
    pdf = extracted(await pdfReader.read(fixture('truman-1946.pdf')));
  });

  it('has every sentence of the report, verbatim: hyphenated line ends joined, a word whose hyphen is its own kept', () => {
    assert.deepEqual(missing(pdf.text), []);
    // groff broke "requires" as "re-" / "quires" and "long-range" after its hyphen.
    assert.ok(pdf.text.includes('economic stabilization requires that policies'));
    assert.ok(pdf.text.includes('a long-range program of security'));
    assert.ok(!/\p{L}- \p{Ll}/u.test(pdf.text), 'no "re- quires" left');
  });

  it('drops the running header and the page-number footer', () => {
    assert.ok(!pdf.text.includes('Message to the Congress, 1946'), 'running header');
    assert.ok(!pdf.text.includes('State of the Union\n'), 'running header, right part');
    assert.ok(!/Page \d/.test(pdf.text), 'footer');
    // The title page keeps its title, once.
    assert.equal(pdf.text.split('\n\n')[0], 'Message to the Congress on the State of the Union and on the Budget for 1947');
  });

  it('knows where each page starts', () => {
    assert.equal(pdf.pageStarts?.length, 4);
    const opening = (page: number) => pdf.text.slice(pdf.pageStarts?.[page - 1], (pdf.pageStarts?.[page - 1] ?? 0) + 24);
    assert.deepEqual([1, 2, 3, 4].map(opening), ['Message to the Congress ', 'The unemployed worker is', 'The amounts of increases', '3. Long-Range Objectives']);
    assert.equal(pageAt(pdf.pageStarts, pdf.text.indexOf('Now, with the surrender')), 1);
    assert.equal(pageAt(pdf.pageStarts, pdf.text.indexOf('It is estimated that about 6 million workers')), 2);
    assert.equal(pageAt(pdf.pageStarts, pdf.text.indexOf('The United States Conciliation Service since VJ-day')), 3);
    assert.equal(pageAt(pdf.pageStarts, pdf.text.indexOf('There is no other agency that can.')), 4);
  });

  it('reads a two-column page column by column (the last section in the order written)', () => {
    const section = sourceSentences().slice(sourceSentences().findIndex((s) => s.startsWith('Production and more production')));
    const offsets = section.map((sentence) => pdf.text.indexOf(sentence));
    assert.ok(offsets.every((offset) => offset >= 0));
    assert.deepEqual([...offsets].sort((a, b) => a - b), offsets);
  });

  it('reports a scanned PDF, an encrypted one and a truncated one, each with what to do', async () => {
    assert.equal(problem(await pdfReader.read(fixture('scanned.pdf'))), 'has no text layer (2 pages of images: a scan?); run OCR on it (for example ocrmypdf) and index the result; not indexed');
    assert.equal(problem(await pdfReader.read(fixture('encrypted.pdf'))), 'is encrypted (it needs a password to open); save an unprotected copy to index it; not indexed');
    assert.equal(problem(await pdfReader.read(fixture('truncated.pdf'))), 'is not a readable PDF (damaged or truncated: Invalid PDF structure.); not indexed');
  });

  it('leaves the caller’s bytes as they were', async () => {
    const bytes = fixture('truman-1946.pdf');
    const copy = bytes.slice();
    await pdfReader.read(bytes);
    assert.deepEqual(bytes, copy);
  });
});

describe('sources: web page reader (Readability over linkedom)', () => {
  it('keeps the article, drops navigation, aside and footer, and opens a section at each heading', async () => {
    const page = extracted(await htmlReader.read(fixture('truman-1946.html')));
    assert.deepEqual(missing(page.text), []);
    for (const chrome of ['About this site', 'Related documents', 'Subscribe to updates']) assert.ok(!page.text.includes(chrome), chrome);
    assert.deepEqual(page.sections?.map((s) => s.title), ['Economic Stabilization', 'Wages and Labor Relations', 'Long-Range Objectives']);
    assert.equal(sectionAt(page.sections, page.text.indexOf('It is estimated that about 6 million workers')), 'Wages and Labor Relations');
    assert.equal(page.text.slice(page.sections?.[1]?.start, (page.sections?.[1]?.start ?? 0) + 26), 'Wages and Labor Relations\n');
  });

  it('takes title, author, date, publisher and address from citation_* meta tags and the canonical link', async () => {
    const page = extracted(await htmlReader.read(fixture('truman-1946.html')));
    assert.deepEqual(page.metadata, {
      title: 'Message to the Congress on the State of the Union and on the Budget for 1947',
      author: 'Truman, Harry S.',
      date: '1946-01-21',
      publisher: 'United States Government Printing Office',
      url: 'https://example.gov/papers/truman/1946-01-21',
    });
  });

  it('falls back to Open Graph and <title>', async () => {
    const html = '<!DOCTYPE html><html><head><title>Plain title</title><meta property="og:site_name" content="The Agency"></head><body><article><p>The agency spent 40 percent of its budget on roads in 2024. It spent the rest on rail.</p></article></body></html>';
    const page = extracted(await htmlReader.read(new TextEncoder().encode(html)));
    assert.deepEqual(page.metadata, { title: 'Plain title', publisher: 'The Agency' });
    assert.equal(page.text, 'The agency spent 40 percent of its budget on roads in 2024. It spent the rest on rail.');
  });

  it('refuses a 50 MB page with its size, before building a DOM of it', async () => {
    const paragraph = '<p>Filler text of a very long saved page, repeated.</p>\n';
    const bytes = new TextEncoder().encode(`<!DOCTYPE html><html><body>${paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length))}</body></html>`);
    assert.equal(problem(await htmlReader.read(bytes)), 'is a web page of 50 MB, over the 10 MB a page is read up to; not indexed');
  });
});

describe('sources: Word reader (mammoth)', () => {
  it('has every sentence, headings as sections, the title paragraph first', async () => {
    const word = extracted(await docxReader.read(fixture('truman-1946.docx')));
    assert.deepEqual(missing(word.text), []);
    assert.deepEqual(word.sections?.map((s) => s.title), ['Economic Stabilization', 'Wages and Labor Relations', 'Long-Range Objectives']);
    assert.equal(word.text.split('\n\n')[0], 'Message to the Congress on the State of the Union and on the Budget for 1947');
  });

  it('takes title and author from the document properties, not its file dates', async () => {
    const word = extracted(await docxReader.read(fixture('truman-1946.docx')));
    assert.deepEqual(word.metadata, { title: 'Message to the Congress on the State of the Union and on the Budget for 1947', author: 'Harry S. Truman' });
  });

  it('refuses a zip bomb posing as a Word file before inflating it', async () => {
    const bomb = makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': new Uint8Array(20 * 1024 * 1024) });
    assert.match(problem(await docxReader.read(bomb)), /^expands to 20 MB from \d+(\.\d)? KB \(over the 100 MB or 200× limit: a zip bomb\?\); not indexed$/);
  });

  it('reports a zip that is not a Word document, and a truncated one', async () => {
    assert.equal(problem(await docxReader.read(makeZip({ 'readme.txt': 'hello' }))), 'is not a readable Word file (Could not find main document part. Are you sure this is a valid .docx file?); not indexed');
    const docx = fixture('truman-1946.docx');
    assert.equal(problem(await docxReader.read(docx.subarray(0, docx.length >> 1))), 'is not a readable Word file (no zip directory: damaged or truncated); not indexed');
  });
});

describe('sources: choosing a reader', () => {
  it('by content first (a PDF named .txt), then by extension', () => {
    assert.equal(readerFor('report.txt', fixture('truman-1946.pdf'))?.format, 'pdf');
    assert.equal(readerFor('page.HTM', fixture('truman-1946.html'))?.format, 'html');
    assert.equal(readerFor('memo.docx', fixture('truman-1946.docx'))?.format, 'docx');
    assert.equal(readerFor('notes.md', new TextEncoder().encode('# Notes\n')), undefined);
    assert.equal(readerFor('notes.txt', new TextEncoder().encode('<!DOCTYPE html><html></html>')), undefined);
  });
});

describe('sources: the HTML block walk', () => {
  it('asks each node for its children once (linkedom builds childNodes afresh on every access)', () => {
    let asked = 0;
    const node = (nodeName: string, children: DomNode[], textContent: string | null = null): DomNode => ({
      nodeType: nodeName === '#text' ? 3 : 1,
      nodeName,
      textContent,
      get childNodes() {
        asked++;
        return [...children];
      },
    });
    const paragraphs = Array.from({ length: 50 }, (_, i) => node('P', [node('#text', [], `Paragraph ${i + 1}.`)], `Paragraph ${i + 1}.`));
    const root = node('ARTICLE', [node('H2', [], '1. Prices'), ...paragraphs]);
    const blocks = blocksOf(root);
    assert.equal(asked, 1 + 50, 'the article and each paragraph once (text nodes and headings are not walked)');
    assert.equal(blocks.text.split('\n\n').length, 51);
    assert.deepEqual(blocks.sections, [{ start: 0, title: '1. Prices' }]);
  });
});
