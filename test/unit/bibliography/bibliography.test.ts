// Bibliographies as Zotero exports them (test/fixtures/sources/truman-1946.{bib,json,yaml}):
// keys and cards, links to text, "no text for @key", bad files, untrusted workspaces, the CLI.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { BriefChecker, Corpus, parseBibliography, readCorpusFolders } from '../../../src/core';
import { nodeFileSystem } from '../../../src/node';
import { nodeEngine } from '../../../src/cli/nodeEngine';
import { run } from '../../../src/cli/run';
import { makeTempDir, removeDir } from '../corpus/helpers';
import { FIXTURES } from '../sources/fixtures';

const TRUMAN_1946 = { title: 'Message to the Congress on the State of the Union and on the Budget for 1947', author: 'Harry S. Truman', date: '1946-01-21', publisher: 'United States Government Printing Office' };

/** A workspace: corpus/ with the PDF, refs/ with a bibliography and web/ with the saved page. */
function workspace(bibliography: string, pdfName = 'truman-1946.pdf'): string {
  const root = makeTempDir('brief-lens-bib-');
  mkdirSync(path.join(root, 'corpus'));
  mkdirSync(path.join(root, 'refs', 'web'), { recursive: true });
  copyFileSync(path.join(FIXTURES, 'truman-1946.pdf'), path.join(root, 'corpus', pdfName));
  copyFileSync(path.join(FIXTURES, 'truman-1946.html'), path.join(root, 'refs', 'web', 'truman-1946.html'));
  copyFileSync(path.join(FIXTURES, bibliography), path.join(root, 'refs', bibliography));
  return root;
}

describe('bibliography: reading', () => {
  it('reads the BibTeX, CSL JSON and CSL YAML exports to the same keys and cards', () => {
    for (const name of ['truman-1946.bib', 'truman-1946.json', 'truman-1946.yaml']) {
      const parsed = parseBibliography(name, readFileSync(path.join(FIXTURES, name), 'utf8'));
      assert.deepEqual(parsed.issues, [], name);
      assert.deepEqual(parsed.entries.map((e) => e.key), name.endsWith('.yaml') ? ['truman1946', 'truman1947'] : ['truman1946', 'truman1946web', 'truman1947'], name);
      assert.equal(parsed.entries[0]?.csl.title, TRUMAN_1946.title, name);
    }
    const bib = parseBibliography('refs.bib', readFileSync(path.join(FIXTURES, 'truman-1946.bib'), 'utf8'));
    assert.deepEqual(bib.entries.map((e) => e.files), [['/home/analyst/Zotero/storage/8XK2P3QZ/truman-1946.pdf'], ['web/truman-1946.html'], []]);
  });

  it('reads Zotero’s own file field (description:path:mime-type)', () => {
    const bib = parseBibliography('z.bib', '@report{k, title = {T}, file = {Full Text PDF:files/12/report.pdf:application/pdf;Snapshot:files/13/page.html:text/html}}');
    assert.deepEqual(bib.entries[0]?.files, ['files/12/report.pdf', 'files/13/page.html']);
  });

  it('reports a BibTeX syntax error with its line and column', () => {
    const bib = parseBibliography('bad.bib', '@report{ok, title = {Fine}}\n\n@report{broken,\n  title = {Unclosed,\n  author = {Someone}\n');
    assert.deepEqual(bib.entries, []);
    assert.equal(bib.issues.length, 1);
    assert.match(bib.issues[0]?.message ?? '', /^is not valid BibTeX: expected "\w+", got EOF at line 6 col 1$/);
    assert.deepEqual(bib.issues[0]?.range, { start: { line: 5, character: 0 }, end: { line: 5, character: 1 } });
  });

  it('reports each CSL JSON item that fails the schema, and keeps the valid ones', () => {
    const json = JSON.stringify([{ id: 'a', type: 'report', title: 'T', author: 'Smith' }, { type: 'book', title: 'No id' }, { id: 'ok', type: 'book', title: 'Fine', issued: { 'date-parts': [[2020, 3]] } }, 'text']);
    const parsed = parseBibliography('refs.json', json);
    assert.deepEqual(parsed.entries.map((e) => e.key), ['ok']);
    assert.deepEqual(parsed.issues.map((i) => i.message), [
      'item [0] ("a"): author must be a list of names; item ignored',
      'item [1]: id is required (a string: the citation key); item ignored',
      'item [3]: an item must be an object; item ignored',
    ]);
    assert.deepEqual(parseBibliography('refs.json', '{"id": 1}').issues.map((i) => i.message), ['CSL JSON must be a list of items']);
    assert.deepEqual(parseBibliography('refs.json', '[{"id": "a",]').issues[0]?.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 13 } });
  });
});

describe('bibliography: joined to a corpus', function () {
  this.timeout(60_000);
  const made: string[] = [];
  after(() => made.forEach(removeDir));

  it('links entries by key, by file field and by file name; an entry without text is a key with no passages', async () => {
    const root = workspace('truman-1946.bib');
    made.push(root);
    const { sources, problems } = await readCorpusFolders([path.join(root, 'corpus')], nodeFileSystem, { bibliographies: [path.join(root, 'refs', 'truman-1946.bib')] });
    assert.deepEqual(problems, []);
    const corpus = new Corpus(sources, problems);
    assert.deepEqual(
      corpus.sources.map(({ key, title, file, passageCount, pages }) => ({ key, title, file: path.relative(root, file), empty: passageCount === 0, pages })),
      [
        // The Zotero storage path is another machine's: linked to the corpus file of the same name.
        { key: 'truman1946', title: TRUMAN_1946.title, file: 'corpus/truman-1946.pdf', empty: false, pages: 4 },
        { key: 'truman1946web', title: 'State of the Union, 1946', file: 'refs/web/truman-1946.html', empty: false, pages: undefined },
        { key: 'truman1947', title: 'Annual Message to the Congress on the State of the Union', file: 'refs/truman-1946.bib', empty: true, pages: undefined },
      ],
    );
    const [pdf] = corpus.sources;
    assert.deepEqual({ author: pdf?.author, date: pdf?.date, publisher: pdf?.publisher }, { author: TRUMAN_1946.author, date: TRUMAN_1946.date, publisher: TRUMAN_1946.publisher });
  });

  it('says "no text for @key" (unsupported-claim), not unknown-citation, and finds a cited claim on its page', async () => {
    // CSL JSON has no file field: the PDF is linked by its name, the key.
    const root = workspace('truman-1946.json', 'truman1946.pdf');
    made.push(root);
    const { sources, problems } = await readCorpusFolders([path.join(root, 'corpus')], nodeFileSystem, { bibliographies: [path.join(root, 'refs', 'truman-1946.json')] });
    const checker = new BriefChecker(new Corpus(sources, problems));
    const brief = [
      'The Conciliation Service settled over 3,000 disputes affecting over 1,300,000 workers [@truman1946].',
      'The President asked Congress to extend price controls in 1947 [@truman1947].',
      '',
    ].join('\n');
    const result = checker.check(brief, 'brief.md', 1);
    assert.deepEqual(result.findings.map((f) => [f.code, brief.slice(f.span.start, f.span.end)]), [['unsupported-claim', 'truman1947']]);
    assert.match(result.findings[0]?.message ?? '', /^Unsupported: no text for @truman1947\. “Annual Message to the Congress on the State of the Union” is in the bibliography, but no readable file is linked to it/);
    const evidence = result.sentences[0]?.evidence[0];
    assert.deepEqual([result.sentences[0]?.verdict, evidence?.key, evidence?.page], ['supported', 'truman1946', 3]);
    // The passage text at the stored offsets is the evidence.
    assert.equal(checker.corpus.sourceText('truman1946')?.slice(evidence?.start, evidence?.end), evidence?.text);
  });

  it('reports a missing bibliography, a bad one, and keeps the corpus', async () => {
    const root = workspace('truman-1946.bib');
    made.push(root);
    writeFileSync(path.join(root, 'refs', 'bad.bib'), '@report{a,\n  title = {Open\n');
    const bad = path.join(root, 'refs', 'bad.bib');
    const gone = path.join(root, 'refs', 'gone.bib');
    const { sources, problems } = await readCorpusFolders([path.join(root, 'corpus')], nodeFileSystem, { bibliographies: [gone, bad] });
    assert.deepEqual(sources.map((s) => s.key), ['truman-1946']);
    assert.deepEqual(problems.map((p) => [p.file, p.message, p.range?.start.line]), [
      [gone, 'bibliography does not exist', undefined],
      [bad, 'bibliography is not valid BibTeX: expected "text", got EOF at line 3 col 1', 2],
    ]);
  });

  it('says on the bibliography when an attachment is another machine’s and no corpus file has its name', async () => {
    const root = workspace('truman-1946.bib', 'truman1946-report.pdf');
    made.push(root);
    const bib = path.join(root, 'refs', 'truman-1946.bib');
    const { sources, problems } = await readCorpusFolders([path.join(root, 'corpus')], nodeFileSystem, { bibliographies: [bib] });
    assert.deepEqual(problems.map((p) => [p.file, p.message]), [
      [bib, '@truman1946: attachment /home/analyst/Zotero/storage/8XK2P3QZ/truman-1946.pdf does not exist and no corpus file has its name; the key has no text'],
    ]);
    assert.equal(sources.find((s) => s.key === 'truman1946')?.text, '');
  });

  it('in an untrusted workspace, refuses a bibliography outside it and an attachment outside it', async () => {
    const root = workspace('truman-1946.bib');
    const elsewhere = makeTempDir('brief-lens-elsewhere-');
    made.push(root, elsewhere);
    copyFileSync(path.join(FIXTURES, 'truman-1946.yaml'), path.join(elsewhere, 'outside.yaml'));
    writeFileSync(path.join(root, 'refs', 'escape.bib'), `@report{away, title = {Away}, file = {${path.join(elsewhere, 'outside.yaml')}}}\n`);
    const { sources, problems } = await readCorpusFolders([path.join(root, 'corpus')], nodeFileSystem, {
      bibliographies: [path.join(elsewhere, 'outside.yaml'), path.join(root, 'refs', 'escape.bib')],
      bibliographyRoot: root,
    });
    const refusal = 'is outside the workspace, and this workspace is not trusted: not read (trust the workspace, or move the file into it)';
    assert.deepEqual(problems.map((p) => p.message), [`bibliography ${refusal}`, `@away: attachment ${path.join(elsewhere, 'outside.yaml')} ${refusal}`]);
    assert.deepEqual(sources.map((s) => [s.key, s.text === '' ? 'no text' : 'text']), [['truman-1946', 'text'], ['away', 'no text']]);
  });
});

describe('bibliography: the command line', function () {
  this.timeout(60_000);
  const made: string[] = [];
  const saved = process.env.BRIEF_LENS_CACHE;
  before(() => {
    process.env.BRIEF_LENS_CACHE = 'off';
  });
  after(() => {
    if (saved === undefined) delete process.env.BRIEF_LENS_CACHE;
    else process.env.BRIEF_LENS_CACHE = saved;
    made.forEach(removeDir);
  });

  async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), cwd, defaultCorpus: cwd, name: 'brief-lens', version: '0' };
    const code = await run(args, io, nodeEngine);
    return { code, stdout, stderr };
  }

  it('check reads the brief’s front matter bibliography, relative to the brief; JSON evidence has its page', async () => {
    const root = workspace('truman-1946.bib');
    made.push(root);
    mkdirSync(path.join(root, 'briefs'));
    writeFileSync(path.join(root, 'briefs', 'wages.md'), '---\ntitle: Wages\nbibliography: ../refs/truman-1946.bib\n---\n\nThe Conciliation Service settled over 3,000 disputes affecting over 1,300,000 workers [@truman1946, p. 3].\n');
    const { code, stdout } = await cli(['check', 'briefs/wages.md', '--corpus', 'corpus', '--format', 'json'], root);
    assert.equal(code, 0);
    const output = JSON.parse(stdout) as { files: Array<{ sentences: Array<{ verdict: string; evidence: Array<Record<string, unknown>> }>; findings: unknown[] }> };
    const sentence = output.files[0]?.sentences[0];
    assert.equal(sentence?.verdict, 'supported');
    const { key, file, page, stance } = sentence?.evidence[0] ?? {};
    assert.deepEqual({ key, file, page, stance }, { key: 'truman1946', file: 'corpus/truman-1946.pdf', page: 3, stance: 'supports' });
    assert.deepEqual(output.files[0]?.findings, []);
  });

  it('sources takes --bibliography (repeatable) and lists pages', async () => {
    const root = workspace('truman-1946.bib');
    made.push(root);
    const { code, stdout } = await cli(['sources', '--corpus', 'corpus', '--bibliography', 'refs/truman-1946.bib', '-b', 'refs/missing.json'], root);
    assert.equal(code, 0);
    assert.match(stdout, /^truman1946 {2}Message to the Congress on the State of the Union and on the Budget for 1947\n {4}author: Harry S\. Truman\n {4}date: 1946-01-21\n {4}publisher: United States Government Printing Office\n {4}file: corpus\/truman-1946\.pdf\n {4}pages: 4\n {4}passages: \d+\n/);
    assert.match(stdout, /\ntruman1947 {2}Annual Message to the Congress on the State of the Union\n[\s\S]*? {4}passages: 0\n/);
    assert.match(stdout, /\n {4}refs\/missing\.json: bibliography does not exist\n$/);
  });
});
