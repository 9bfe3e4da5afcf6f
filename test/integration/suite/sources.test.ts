// Issue 14 in the real editor: a PDF source cited through a Zotero (Better BibTeX) export named
// in the brief's front matter. The hover gives the page, Open passage opens the PDF, the
// citation-locator quick fix puts the right page in, completion offers pages and bibliography
// keys; a changed bibliography re-indexes; a re-index extracts nothing unchanged; a long PDF
// indexes with progress and can be cancelled.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, copyOf, EXAMPLE, hoverText, inWorkspace, openBrief, ours, rangeOf, until } from './helpers';
import { longReport, makePdf } from '../../fixtures/makePdf';

const config = () => vscode.workspace.getConfiguration('briefLens');
const encode = (text: string) => new TextEncoder().encode(text);

/** A sentence of the report's page 2 (test/fixtures/sources/truman-1946.md). */
const SENTENCE = 'About 6 million workers, more than 20 percent of employees in nonagricultural establishments, received wage increases since August 18, 1945';

function brief(body: string, bibliography = '../source-fixtures/truman-1946.bib'): string {
  return `---\ntitle: Wages after the war\nbibliography: ${bibliography}\n---\n\n${body}\n`;
}

/** Each completion item as `label (description)`. */
async function completionLabels(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : `${item.label.label}${item.label.description ? ` (${item.label.description})` : ''}`));
}

/** The status bar tooltip as a reader sees it (Markdown escapes removed). */
function plain(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

suite('PDF sources and the Zotero bibliography', () => {
  suiteSetup(async () => {
    await activate();
    const corpus = inWorkspace('pdf-corpus');
    await vscode.workspace.fs.createDirectory(corpus);
    await vscode.workspace.fs.copy(inWorkspace('source-fixtures', 'truman-1946.pdf'), vscode.Uri.joinPath(corpus, 'truman-1946.pdf'), { overwrite: true });
    await config().update('corpus.folders', ['pdf-corpus'], vscode.ConfigurationTarget.Workspace);
  });
  teardown(closeAll);
  suiteTeardown(async () => {
    await config().update('corpus.folders', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('the hover gives the page of the PDF passage, and Open passage opens the PDF with that page', async () => {
    const { document } = await openBrief(await copyOf(EXAMPLE, brief(`${SENTENCE} [@truman1946].`)));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, 'About 6 million').start);
    const text = hoverText(hovers);
    assert.match(text, /Supported/);
    assert.match(text, /, p\. 2 `\[@truman1946\]`/);
    const link = /\(command:briefLens\.openEvidence\?([^ )]+)/.exec(text);
    assert.ok(link, 'has an Open passage link');
    const [target] = JSON.parse(decodeURIComponent(link[1] ?? '')) as [{ file: string; page?: number }];
    assert.strictEqual(target.page, 2);
    assert.match(target.file, /\/pdf-corpus\/truman-1946\.pdf$/);
    assert.strictEqual(await vscode.commands.executeCommand('briefLens.openEvidence', target), true);
    await until('the PDF to open in a tab', () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: vscode.Uri } | undefined;
      return input?.uri?.path.endsWith('/pdf-corpus/truman-1946.pdf');
    });
  });

  test('the hover on a citation says plainly when its section locator cannot be checked', async () => {
    const { document } = await openBrief(await copyOf(EXAMPLE, brief(`${SENTENCE} [@truman1946, § 2].`)));
    assert.deepStrictEqual(ours(document.uri).filter((d) => codeOf(d) === 'citation-locator'), []);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, '@truman1946').start.translate(0, 2));
    assert.match(plain(hoverText(hovers)), /Locator “§ 2” not checked: this source has no sections \(a PDF without an outline, or plain text\)\./);
  });

  test('citation-locator flags the wrong page; its quick fix puts in the page of the evidence', async () => {
    const api = await activate();
    const { document } = await openBrief(await copyOf(EXAMPLE, brief(`${SENTENCE} [@truman1946, p. 1].`)));
    const locator = ours(document.uri).find((d) => codeOf(d) === 'citation-locator');
    assert.ok(locator, `citation-locator among ${ours(document.uri).map(codeOf).join(', ')}`);
    assert.strictEqual(document.getText(locator.range), 'p. 1');
    assert.match(locator.message, /is on p\. 2, not p\. 1/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, locator.range);
    const fix = actions.find((action) => action.title === 'Change the locator to p. 2');
    assert.ok(fix, `the fix among ${actions.map((a) => a.title).join(' | ')}`);
    const checked = api.nextCheck(document.uri);
    if (fix.edit) await vscode.workspace.applyEdit(fix.edit);
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    await checked;
    assert.ok(document.getText().includes(`${SENTENCE} [@truman1946, p. 2].`));
    await api.waitForCheck(document);
    assert.deepStrictEqual(ours(document.uri).filter((d) => codeOf(d) === 'citation-locator'), []);
  });

  test('completion offers the evidence’s page after `[@key, p.` and the bibliography’s keys after `[@`', async () => {
    const { document } = await openBrief(await copyOf(EXAMPLE, brief(`${SENTENCE} [@truman1946, p.\n\nIn 1947 the President reported again [@`)));
    const pageLine = document.lineAt(rangeOf(document, '[@truman1946, p.').start.line);
    // The page of the supporting passage first, then the page of the next closest passage.
    assert.deepStrictEqual(await completionLabels(document, pageLine.range.end), ['2 (supports this sentence)', '3 (closest passage)']);
    const keys = (await completionLabels(document, document.lineAt(document.lineCount - 2).range.end)).map((label) => label.split(' (')[0]).sort();
    assert.deepStrictEqual(keys, ['truman1946', 'truman1946web', 'truman1947']);
  });

  test('a re-index extracts nothing that did not change (the extraction cache)', async () => {
    const api = await activate();
    // A PDF no earlier index has seen: its first index extracts it.
    const folder = inWorkspace('fresh-pdf');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'survey.pdf'), makePdf([[`Survey of ${Date.now()} households.`, 'The district counted 412 households in 2025, the survey office said.']]));
    await config().update('corpus.folders', ['fresh-pdf'], vscode.ConfigurationTarget.Workspace);
    try {
      const before = api.extractionsSoFar();
      const { document } = await openBrief(await copyOf(EXAMPLE, 'The district counted 412 households in 2025 [@survey].\n'));
      await api.whenIndexed();
      // Other open briefs' corpora hold this folder too: each index of it is counted, the PDF read once.
      assert.ok(api.extractionsSoFar() > before, 'the first index extracted the PDF');
      const indexed = api.extractionsSoFar();
      const checked = api.nextCheck(document.uri);
      await vscode.commands.executeCommand('briefLens.reindex');
      await checked;
      await api.whenIndexed();
      assert.strictEqual(api.extractionsSoFar() - indexed, 0, 'the re-index of every corpus took the PDF’s text from the extraction cache');
      assert.strictEqual(api.lastIndexExtractions(document.uri), 0);
      assert.deepStrictEqual(ours(document.uri).map(codeOf).filter((code) => code === 'unknown-citation'), []);
    } finally {
      await config().update('corpus.folders', ['pdf-corpus'], vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a change to the bibliography file, or to the front matter’s bibliography, re-indexes', async () => {
    const api = await activate();
    const refs = inWorkspace('scratch', 'refs.bib');
    await vscode.workspace.fs.writeFile(refs, encode('@report{survey2025,\n  title = {District Survey},\n  date = {2025}\n}\n'));
    const other = inWorkspace('scratch', 'other.json');
    await vscode.workspace.fs.writeFile(other, encode(JSON.stringify([{ id: 'ledger2024', type: 'report', title: 'Ledger', issued: { 'date-parts': [[2024]] } }])));
    const { document } = await openBrief(await copyOf(EXAMPLE, brief('The district counted 412 households in 2025 [@later2026].', 'refs.bib')));
    assert.deepStrictEqual(ours(document.uri).map(codeOf), ['unknown-citation']);

    let checked = api.nextCheck(document.uri);
    await vscode.workspace.fs.writeFile(refs, encode('@report{survey2025,\n  title = {District Survey},\n  date = {2025}\n}\n@report{later2026,\n  title = {Later Survey},\n  date = {2026}\n}\n'));
    await checked;
    await until('the new key to be known', () => ours(document.uri).some((d) => codeOf(d) === 'unsupported-claim' && /no text for @later2026/.test(d.message)));

    const editor = await vscode.window.showTextDocument(document);
    checked = api.nextCheck(document.uri);
    await editor.edit((edit) => edit.replace(rangeOf(document, 'refs.bib'), 'other.json'));
    await checked;
    await until('the front matter’s new bibliography to be used', () => ours(document.uri).some((d) => codeOf(d) === 'unknown-citation'));
  });

  test('a change to a file a bibliography entry links to (outside the corpus folders) re-indexes', async () => {
    const api = await activate();
    const refs = inWorkspace('scratch', 'linked.bib');
    const page = (count: number) => encode(`<!DOCTYPE html><html><head><title>District households</title></head><body><article><h1>District households</h1><p>The district counted ${count} households in 2025, the survey office said.</p></article></body></html>`);
    await vscode.workspace.fs.writeFile(inWorkspace('scratch', 'attached', 'households.html'), page(398));
    await vscode.workspace.fs.writeFile(refs, encode('@report{households2025,\n  title = {District households},\n  date = {2025},\n  file = {attached/households.html}\n}\n'));
    const { document } = await openBrief(await copyOf(EXAMPLE, brief('The district counted 412 households in 2025 [@households2025].', 'linked.bib')));
    await until('the contradiction with the attachment', () => ours(document.uri).some((d) => codeOf(d) === 'contradicted-figure'));
    const checked = api.nextCheck(document.uri);
    await vscode.workspace.fs.writeFile(inWorkspace('scratch', 'attached', 'households.html'), page(412));
    await checked;
    await until('the attachment’s new text to be used', () => !ours(document.uri).some((d) => codeOf(d) === 'contradicted-figure'));
  });

  test('a long PDF indexes in the background with page progress, and Cancel Indexing stops it', async () => {
    const api = await activate();
    const folder = inWorkspace('long-pdf');
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'district-survey.pdf'), longReport(400));
    await config().update('corpus.folders', ['long-pdf'], vscode.ConfigurationTarget.Workspace);
    try {
      const document = await vscode.workspace.openTextDocument(await copyOf(EXAMPLE, 'The survey counted 4041 households in the district [@district-survey].\n'));
      await vscode.window.showTextDocument(document);
      const progress = await until('page progress in the status bar', () => {
        const tooltip = plain(api.statusTooltip());
        return /Indexing sources: district-survey\.pdf p\. \d+\/400/.test(tooltip) ? tooltip : undefined;
      }, 30_000);
      // This test runs in the extension host too: seeing the progress at all means the host's
      // event loop turned while the PDF was being read.
      assert.match(progress, /Click to cancel indexing/);
      assert.strictEqual(await vscode.commands.executeCommand('briefLens.cancelIndexing'), true);
      await api.whenIndexed();
      assert.strictEqual(api.indexState(), 'cancelled');
      assert.match(api.statusText(), /circle-slash/);
      assert.match(plain(api.statusTooltip()), /Indexing cancelled: run \*\*Brief Lens: Re-index Corpus\*\* to index/);

      const checked = api.nextCheck(document.uri);
      await vscode.commands.executeCommand('briefLens.reindex');
      await checked;
      assert.strictEqual(api.indexState(), 'ready');
      assert.deepStrictEqual(ours(document.uri).map(codeOf).filter((code) => code === 'unknown-citation'), []);
    } finally {
      await config().update('corpus.folders', ['pdf-corpus'], vscode.ConfigurationTarget.Workspace);
    }
  });
});
