// The fault suite of issue 14: a corpus folder with every kind of bad PDF, Word file, web page
// and bibliography beside one good report. Each bad file is one clear problem; the report loads.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readCorpusFolders } from '../../../src/core';
import { nodeFileSystem } from '../../../src/node';
import { makeCorpus, removeDir } from '../corpus/helpers';
import { fixture, makeZip } from './fixtures';

describe('sources: fault suite (issue 14)', function () {
  this.timeout(60_000);
  let root: string;
  before(() => {
    const page = '<p>Filler text of a very long saved page, repeated.</p>\n';
    root = makeCorpus({
      'corpus/report.pdf': fixture('truman-1946.pdf'),
      'corpus/scan.pdf': fixture('scanned.pdf'),
      'corpus/locked.pdf': fixture('encrypted.pdf'),
      'corpus/partial.pdf': fixture('truncated.pdf'),
      'corpus/bomb.docx': makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }),
      'refs/bad.bib': '@report{one, title = {Fine}}\n@report{two,\n  title = {Never closed\n',
      'refs/bad.json': JSON.stringify([{ id: 'x', type: 'report', issued: '1946' }]),
    });
    // Generated here, never committed: 50 MB of saved page.
    writeFileSync(path.join(root, 'corpus', 'huge.html'), `<!DOCTYPE html><html><body>${page.repeat(Math.ceil((50 * 1024 * 1024) / page.length))}</body></html>`);
  });
  after(() => removeDir(root));

  it('reports each bad file once, with what is wrong, and indexes the good report', async () => {
    const { sources, problems } = await readCorpusFolders([path.join(root, 'corpus')], nodeFileSystem, {
      maxFileBytes: 60 * 1024 * 1024,
      bibliographies: [path.join(root, 'refs', 'bad.bib'), path.join(root, 'refs', 'bad.json')],
    });
    assert.deepEqual(sources.map((s) => s.key), ['report']);
    assert.deepEqual(
      problems.map((p) => [path.relative(root, p.file), p.message, p.range && `${p.range.start.line + 1}:${p.range.start.character + 1}`]),
      [
        ['corpus/bomb.docx', 'expands to 20 MB from 20.2 KB (over the 100 MB or 200× limit: a zip bomb?); not indexed', undefined],
        ['corpus/huge.html', 'is a web page of 50 MB, over the 10 MB a page is read up to; not indexed', undefined],
        ['corpus/locked.pdf', 'is encrypted (it needs a password to open); save an unprotected copy to index it; not indexed', undefined],
        ['corpus/partial.pdf', 'is not a readable PDF (damaged or truncated: Invalid PDF structure.); not indexed', undefined],
        ['corpus/scan.pdf', 'has no text layer (2 pages of images: a scan?); run OCR on it (for example ocrmypdf) and index the result; not indexed', undefined],
        ['refs/bad.bib', 'bibliography is not valid BibTeX: expected "text", got EOF at line 4 col 1', '4:1'],
        ['refs/bad.json', 'bibliography item [0] ("x"): a date must be an object with date-parts, raw or literal; item ignored', undefined],
      ],
    );
  });
});

describe('sources: size limits of documents', function () {
  this.timeout(30_000);
  it('lets a PDF be ten times the limit, then holds its text to the limit', async () => {
    const root = makeCorpus({ 'report.pdf': fixture('truman-1946.pdf'), 'notes.txt': 'x'.repeat(30_000) });
    try {
      // The PDF is 26.3 KB with 8.8 KB of text; the text file is 29.3 KB.
      const loose = await readCorpusFolders([root], nodeFileSystem, { maxFileBytes: 10_000 });
      assert.deepEqual(loose.sources.map((s) => s.key), ['report']);
      assert.deepEqual(loose.problems.map((p) => [path.basename(p.file), p.message]), [['notes.txt', 'is 29.3 KB, over the 9.8 KB limit for a source file; not indexed']]);
      const tight = await readCorpusFolders([root], nodeFileSystem, { maxFileBytes: 4_000 });
      assert.deepEqual(tight.problems.map((p) => [path.basename(p.file), p.message]), [
        ['notes.txt', 'is 29.3 KB, over the 3.9 KB limit for a source file; not indexed'],
        ['report.pdf', 'has 8.8 KB of text, over the 3.9 KB limit for a source; not indexed'],
      ]);
    } finally {
      removeDir(root);
    }
  });
});

describe('sources: progress of a read', () => {
  it('tells after each file of a folder, with its count and location', async () => {
    const root = makeCorpus({ 'a.md': '# A\n\nAlpha.\n', 'b.pdf': fixture('truman-1946.pdf'), 'c.txt': 'Gamma.\n' });
    try {
      const told: string[] = [];
      await readCorpusFolders([root], nodeFileSystem, { onFileRead: (done, total, location) => told.push(`${done}/${total} ${path.basename(location)}`) });
      // Files are read eight at a time: the order of the reports is the order they finish.
      assert.deepEqual(told.map((line) => line.slice(0, 4)), ['1/3 ', '2/3 ', '3/3 ']);
      assert.deepEqual(told.map((line) => line.slice(4)).sort(), ['a.md', 'b.pdf', 'c.txt']);
    } finally {
      removeDir(root);
    }
  });
});
