// Live behaviour: settings and corpus changes re-check, rapid edits never leave stale
// diagnostics, closing clears, and the commands.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, copyOf, EXAMPLE, hoverText, inWorkspace, openBrief, ours, show, until } from './helpers';
import { nth } from '../../support/present';

const config = () => vscode.workspace.getConfiguration('briefLens');

suite('live checking, settings, corpus and commands', () => {
  suiteSetup(activate);
  teardown(async () => {
    await closeAll();
    for (const key of ['severity', 'corpus.folders', 'corpus.includeSeeds', 'debounceMs', 'enable', 'files.include']) {
      await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a severity setting change re-checks open briefs (off hides the code, error raises it)', async () => {
    const api = await activate();
    const { document } = await openBrief(await copyOf(EXAMPLE));
    const unknown = ours(document.uri).filter((d) => codeOf(d) === 'unknown-citation');
    assert.ok(unknown.length > 0);
    let checked = api.nextCheck(document.uri);
    await config().update('severity', { 'unknown-citation': 'off', 'unsupported-claim': 'error' }, vscode.ConfigurationTarget.Workspace);
    await checked;
    assert.strictEqual(ours(document.uri).filter((d) => codeOf(d) === 'unknown-citation').length, 0);
    for (const d of ours(document.uri).filter((x) => codeOf(x) === 'unsupported-claim')) {
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    }
    checked = api.nextCheck(document.uri);
    await config().update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    await checked;
    assert.strictEqual(ours(document.uri).filter((d) => codeOf(d) === 'unknown-citation').length, unknown.length);
  });

  test('briefLens.enable off clears the diagnostics of open briefs; on brings them back', async () => {
    const api = await activate();
    const { document } = await openBrief(await copyOf(EXAMPLE));
    const before = ours(document.uri).length;
    assert.ok(before > 0);
    await config().update('enable', false, vscode.ConfigurationTarget.Workspace);
    await until('diagnostics cleared', () => ours(document.uri).length === 0);
    const checked = api.nextCheck(document.uri);
    await config().update('enable', true, vscode.ConfigurationTarget.Workspace);
    await checked;
    assert.strictEqual(ours(document.uri).length, before);
  });

  test('briefLens.files.include checks other files as briefs too', async () => {
    const api = await activate();
    await config().update('files.include', ['**/*.brief.txt'], vscode.ConfigurationTarget.Workspace);
    const file = inWorkspace('scratch', 'notes.brief.txt');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('Oxford and UCL share £40 million of new funding for open-source AI labs [@ukopenlabs].\n'));
    const document = await vscode.workspace.openTextDocument(file);
    assert.notStrictEqual(document.languageId, 'markdown');
    await vscode.window.showTextDocument(document);
    await api.waitForCheck(document);
    assert.ok(ours(document.uri).some((d) => codeOf(d) === 'contradicted-figure'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 2));
    assert.match(hoverText(hovers), /Contradicted/, 'the providers follow the include globs too');
  });

  test('Re-index Corpus reads every file again and re-checks open briefs', async () => {
    const api = await activate();
    const { document } = await openBrief(await copyOf(EXAMPLE));
    const before = ours(document.uri).map((d) => `${codeOf(d)} ${show(d.range)}`).sort();
    const checked = api.nextCheck(document.uri);
    await vscode.commands.executeCommand('briefLens.reindex');
    await checked;
    assert.ok((api.lastIndexReads(document.uri) ?? 0) >= 5, `read ${api.lastIndexReads(document.uri)} files (4 seeds and the manifest)`);
    assert.deepStrictEqual(ours(document.uri).map((d) => `${codeOf(d)} ${show(d.range)}`).sort(), before);
  });

  test('an invalid setting falls back to its default and checking goes on', async () => {
    const api = await activate();
    const { document } = await openBrief(await copyOf(EXAMPLE));
    const before = ours(document.uri).map((d) => `${codeOf(d)} ${show(d.range)}`).sort();
    const checked = api.nextCheck(document.uri);
    await config().update('debounceMs', 'soon', vscode.ConfigurationTarget.Workspace);
    await checked;
    assert.deepStrictEqual(ours(document.uri).map((d) => `${codeOf(d)} ${show(d.range)}`).sort(), before);
  });

  test('a corpus folder in settings, and a change to a file in it, re-check the brief', async () => {
    const api = await activate();
    const sources = inWorkspace('sources');
    await vscode.workspace.fs.createDirectory(sources);
    const brief = await copyOf(EXAMPLE, 'The Brightwater Institute counted 412 community energy schemes in 2025 [@brightwater2025].\n');
    const { document } = await openBrief(brief);
    assert.deepStrictEqual(ours(document.uri).map(codeOf), ['unknown-citation']);

    let checked = api.nextCheck(document.uri);
    await config().update('corpus.folders', ['sources'], vscode.ConfigurationTarget.Workspace);
    await checked;
    const file = vscode.Uri.joinPath(sources, 'brightwater2025.md');
    checked = api.nextCheck(document.uri);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('Community energy in 2025\n\nThe Brightwater Institute counted 412 community energy schemes in 2025.\n'));
    await checked;
    await until('the new source to be indexed and the brief re-checked', () => !ours(document.uri).some((d) => codeOf(d) === 'unknown-citation'));
    assert.deepStrictEqual(ours(document.uri).map(codeOf).filter((c) => c !== 'supported-uncited'), []);

    checked = api.nextCheck(document.uri);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('Community energy in 2025\n\nThe Brightwater Institute counted 398 community energy schemes in 2025.\n'));
    await checked;
    await until('a contradiction after the source changed', () => ours(document.uri).some((d) => codeOf(d) === 'contradicted-figure'));
    assert.strictEqual(api.lastIndexReads(document.uri), 1, 'the re-index read only the changed file again');

    checked = api.nextCheck(document.uri);
    await vscode.workspace.fs.delete(file);
    await checked;
    await until('the key to be unknown again', () => ours(document.uri).some((d) => codeOf(d) === 'unknown-citation'));
  });

  test('corpus problems show on the faulty file and the rest of the corpus still works', async () => {
    const api = await activate();
    const folder = inWorkspace('faulty-corpus');
    await vscode.workspace.fs.createDirectory(folder);
    const manifest = vscode.Uri.joinPath(folder, 'manifest.json');
    await vscode.workspace.fs.writeFile(manifest, new TextEncoder().encode('{ "sources": [ { "file": "tidal.md", '));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'tidal.md'), new TextEncoder().encode('Tidal power in 2025\n\nThe Severn estuary has the second highest tidal range in the world.\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'broken.txt'), new Uint8Array([0, 159, 146, 150, 0, 0, 1, 2, 3, 0]));
    const brief = await copyOf(EXAMPLE, 'The Severn estuary has the second highest tidal range in the world [@tidal].\n');
    const { document } = await openBrief(brief);
    const checked = api.nextCheck(document.uri);
    await config().update('corpus.folders', ['faulty-corpus'], vscode.ConfigurationTarget.Workspace);
    await checked;
    await until('the brief to be checked against the new corpus', () => !ours(document.uri).some((d) => codeOf(d) === 'unknown-citation'));
    const problems = await until('a diagnostic on the manifest', () => {
      const list = vscode.languages.getDiagnostics(manifest).filter((d) => d.source === 'brief-lens');
      return list.length ? list : undefined;
    });
    assert.match(nth(problems, 0, 'problem').message, /manifest/i);
    assert.strictEqual(codeOf(nth(problems, 0, 'problem')), 'corpus-problem');
  });

  test('a symbolic link in a corpus folder is followed inside it and refused when it leads outside', async () => {
    const api = await activate();
    const fs = await import('fs');
    const folder = inWorkspace('linked-corpus');
    await vscode.workspace.fs.createDirectory(folder);
    const inside = vscode.Uri.joinPath(folder, 'real-tidal.md');
    await vscode.workspace.fs.writeFile(inside, new TextEncoder().encode('Tidal power\n\nThe Severn estuary has the second highest tidal range in the world.\n'));
    const outside = inWorkspace('outside-secret.md');
    await vscode.workspace.fs.writeFile(outside, new TextEncoder().encode('Secret\n\nThe secret budget is £9 billion.\n'));
    fs.symlinkSync(inside.fsPath, vscode.Uri.joinPath(folder, 'tidal.md').fsPath);
    fs.symlinkSync(outside.fsPath, vscode.Uri.joinPath(folder, 'secret.md').fsPath);
    const brief = await copyOf(EXAMPLE, 'The Severn estuary has the second highest tidal range in the world [@tidal]. The secret budget is £9 billion [@secret].\n');
    const { document } = await openBrief(brief);
    const checked = api.nextCheck(document.uri);
    await config().update('corpus.folders', ['linked-corpus'], vscode.ConfigurationTarget.Workspace);
    await checked;
    await until('the linked corpus to be used', () => !ours(document.uri).some((d) => codeOf(d) === 'unknown-citation' && document.getText(d.range) === 'tidal'));
    assert.deepStrictEqual(ours(document.uri).filter((d) => codeOf(d) === 'unknown-citation').map((d) => document.getText(d.range)), ['secret']);
    const problems = vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder, 'secret.md')).filter((d) => d.source === 'brief-lens');
    assert.match(problems[0]?.message ?? '', /outside the corpus folder/);
  });

  test('rapid edits never leave a stale diagnostic: the last result is for the last version, at the right place', async () => {
    const api = await activate();
    await config().update('debounceMs', 50, vscode.ConfigurationTarget.Workspace);
    const { editor, document } = await openBrief(await copyOf(EXAMPLE));
    const unknown = ours(document.uri).find((d) => codeOf(d) === 'unknown-citation');
    assert.ok(unknown);
    const key = document.getText(unknown.range);
    for (let i = 0; i < 25; i++) {
      await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), `Line ${i} was typed here.\n`));
      if (i % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 60));
    }
    const result = await api.waitForCheck(document);
    assert.strictEqual(result.version, document.version);
    await new Promise((resolve) => setTimeout(resolve, 300)); // no older check may land afterwards
    const now = ours(document.uri).filter((d) => codeOf(d) === 'unknown-citation');
    assert.ok(now.length > 0);
    for (const d of now) assert.strictEqual(document.getText(d.range), key, `diagnostic at ${show(d.range)} covers the key`);
    for (const d of ours(document.uri)) assert.ok(d.range.start.line >= 25, `${codeOf(d)} at ${show(d.range)} is below the inserted lines`);
  });

  test('each brief has its own debounce: a busy brief never delays another', async () => {
    const api = await activate();
    await config().update('debounceMs', 400, vscode.ConfigurationTarget.Workspace);
    const { document: busyDocument } = await openBrief(await copyOf(EXAMPLE));
    const { document: quietDocument } = await openBrief(await copyOf(EXAMPLE));
    const insert = (document: vscode.TextDocument, text: string) => {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, new vscode.Position(0, 0), text);
      return vscode.workspace.applyEdit(edit);
    };
    const quietChecked = api.nextCheck(quietDocument.uri);
    let quietDone = false;
    void quietChecked.then(() => { quietDone = true; });
    await insert(quietDocument, 'Quiet edit.\n');
    const started = Date.now();
    // Keep the other brief busy for longer than its debounce, several times over.
    while (Date.now() - started < 2000) {
      await insert(busyDocument, 'x');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(quietDone, 'the quiet brief was checked while the busy one kept changing');
    assert.strictEqual((await quietChecked).version, quietDocument.version);
    const busyResult = await api.waitForCheck(busyDocument);
    assert.strictEqual(busyResult.version, busyDocument.version);
  });

  test('closing a brief clears its diagnostics', async () => {
    const api = await activate();
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(EXAMPLE));
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(document);
    await api.waitForCheck(document);
    assert.ok(ours(document.uri).length > 0);
    // An untitled document is disposed as soon as its editor is reverted and closed.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await until('the document to close', () => document.isClosed);
    assert.deepStrictEqual(ours(document.uri), []);
  });

  test('Check Workspace Briefs fills the Problems view for briefs that are not open', async () => {
    const copy = await copyOf(EXAMPLE);
    const summary = await vscode.commands.executeCommand<{ files: number; checked: number; findings: number; cancelled: boolean }>('briefLens.checkWorkspace');
    assert.ok(summary.files >= 2 && summary.checked === summary.files, JSON.stringify(summary));
    assert.ok(ours(copy).length > 0, 'a closed brief got diagnostics');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === copy.toString()), 'without opening it');
  });

  test('Check Workspace Briefs stops when cancelled, and says so', async () => {
    const cancelled = new vscode.CancellationTokenSource();
    cancelled.cancel();
    const summary = await vscode.commands.executeCommand<{ files: number; checked: number; findings: number; cancelled: boolean }>('briefLens.checkWorkspace', cancelled.token);
    cancelled.dispose();
    assert.ok(summary.files >= 2, JSON.stringify(summary));
    assert.strictEqual(summary.checked, 0, JSON.stringify(summary));
    assert.strictEqual(summary.cancelled, true);
  });

  test('Insert References Section lists the cited sources from the corpus', async () => {
    const { document } = await openBrief(await copyOf(EXAMPLE));
    const block = await vscode.commands.executeCommand<string>('briefLens.insertReferences');
    assert.ok(block && document.getText().includes(block));
    assert.match(block, /<!-- brief-lens:references -->/);
    assert.match(block, /\[@\w+\]/);
    // Running it again refreshes the section instead of adding another.
    await vscode.commands.executeCommand('briefLens.insertReferences');
    assert.strictEqual(document.getText().split('<!-- brief-lens:references -->').length, 2);
    // The example's empty "## References" heading was filled, not duplicated.
    assert.strictEqual(document.getText().match(/^#+ References/gm)?.length, 1);
    assert.match(document.getText(), /## References[\s\S]*\[@ukopenlabs\][\s\S]*<!-- \/brief-lens:references -->\n$/);
  });

  test('Show Sources lists the corpus in a quick pick and opens the one picked', async () => {
    await openBrief(EXAMPLE);
    let settled = false;
    const picked = Promise.resolve(vscode.commands.executeCommand<string>('briefLens.showSources')).finally(() => { settled = true; });
    // Accept the first item once the quick pick is up (retry: it opens after the corpus is ready).
    for (let i = 0; i < 50 && !settled; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const key = await picked;
    assert.ok(key, 'a source was picked');
    await until('the source to open', () => vscode.window.activeTextEditor?.document.uri.path.includes('/seeds/'));
  });

  test('Open Evidence without arguments opens the best evidence of the sentence at the cursor', async () => {
    const { editor, document } = await openBrief(EXAMPLE);
    const target = ours(document.uri).find((d) => d.relatedInformation?.length);
    assert.ok(target, 'a diagnostic with evidence');
    editor.selection = new vscode.Selection(target.range.start, target.range.start);
    assert.strictEqual(await vscode.commands.executeCommand('briefLens.openEvidence'), true);
    const opened = vscode.window.activeTextEditor;
    assert.ok(opened && opened.document.uri.path.includes('/seeds/'));
    assert.ok(!opened.selection.isEmpty);
  });

  test('diagnostics carry the code link, the source quoted, and related information at the exact passage', async () => {
    const { document } = await openBrief(EXAMPLE);
    for (const d of ours(document.uri)) {
      assert.ok(typeof d.code === 'object' && d.code.target.toString().endsWith(`#${codeOf(d)}`), `${codeOf(d)} links to its README section`);
      for (const info of d.relatedInformation ?? []) {
        const source = await vscode.workspace.openTextDocument(info.location.uri);
        const passage = source.getText(info.location.range).replace(/\s+/g, ' ').trim();
        assert.ok(passage.length > 0);
        assert.ok(info.message.replace(/…”$/, '').includes(passage.slice(0, 30)), `"${info.message}" quotes "${passage.slice(0, 30)}"`);
      }
    }
  });

  test('the status bar shows the claim counts of the active brief', async () => {
    const api = await activate();
    await openBrief(EXAMPLE);
    await until('the status bar to show counts', () => /\$\(pass\) \d+ \$\(error\) \d+ \$\(warning\) \d+/.test(api.statusText()));
  });
});

suite('snippets', () => {
  test('the brief structure snippets are offered in Markdown', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'brief' });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 5));
    const snippets = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const prefix of ['brief-front-matter', 'brief-summary', 'brief-key-points', 'brief-context', 'brief-options', 'brief-recommendations', 'brief-sources']) {
      assert.ok(snippets.includes(prefix), `${prefix} in ${snippets.join(', ')}`);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

suite('multi-root workspace', () => {
  suiteSetup(activate);
  suiteTeardown(closeAll);

  test('each workspace folder is checked against its own corpus', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 2, 'the driver opens a two-folder workspace');
    const { document: second } = await openBrief(vscode.Uri.joinPath(nth(folders, 1, 'workspace folder').uri, 'second-brief.md'));
    const unknown = ours(second.uri).filter((d) => codeOf(d) === 'unknown-citation').map((d) => second.getText(d.range));
    assert.deepStrictEqual(unknown, ['ukopenlabs'], 'the second folder uses only its own corpus');
    const first = await copyOf(EXAMPLE, 'The port of Aberdeen installed 14 shore power berths in 2025 [@harbour2025].\n');
    const { document } = await openBrief(first);
    assert.deepStrictEqual(ours(document.uri).filter((d) => codeOf(d) === 'unknown-citation').map((d) => document.getText(d.range)), ['harbour2025']);
  });
});
