// Restricted mode: runs only under `run.mjs --untrusted` (workspace trust on, folder untrusted).
// package.json declares untrustedWorkspaces "limited" with briefLens.corpus.folders restricted.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, codeOf, copyOf, EXAMPLE, inWorkspace, openBrief, ours, until } from './helpers';

suite('untrusted workspace', () => {
  suiteSetup(function () {
    if (!process.env.BRIEF_LENS_TEST_UNTRUSTED) this.skip();
  });

  test('the extension works in restricted mode, but a workspace cannot point the corpus elsewhere', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    await activate();
    const { document: example } = await openBrief(EXAMPLE);
    assert.ok(ours(example.uri).some((d) => codeOf(d) === 'contradicted-figure'), 'checks against the bundled seeds');

    const sources = inWorkspace('sources');
    await vscode.workspace.fs.createDirectory(sources);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(sources, 'tidal.md'), new TextEncoder().encode('Tidal power\n\nThe Severn estuary has the second highest tidal range in the world.\n'));
    await vscode.workspace.getConfiguration('briefLens').update('corpus.folders', ['sources'], vscode.ConfigurationTarget.Workspace);
    const { document } = await openBrief(await copyOf(EXAMPLE, 'The Severn estuary has the second highest tidal range in the world [@tidal].\n'));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepStrictEqual(ours(document.uri).filter((d) => codeOf(d) === 'unknown-citation').map((d) => document.getText(d.range)), ['tidal'], 'the workspace value of briefLens.corpus.folders is ignored');
  });

  test('a bibliography outside the brief’s workspace folder is refused, with a problem on it', async () => {
    await activate();
    const second = vscode.workspace.workspaceFolders?.[1];
    assert.ok(second, 'the tests run in a two-folder workspace');
    const outside = vscode.Uri.joinPath(second.uri, 'outside.bib');
    await vscode.workspace.fs.writeFile(outside, new TextEncoder().encode('@report{outside2025,\n  title = {Outside},\n  date = {2025}\n}\n'));
    const { document } = await openBrief(await copyOf(EXAMPLE, '---\nbibliography: ../../second/outside.bib\n---\n\nThe district counted 412 households in 2025 [@outside2025].\n'));
    assert.deepStrictEqual(ours(document.uri).filter((d) => codeOf(d) === 'unknown-citation').map((d) => document.getText(d.range)), ['outside2025'], 'its keys are not read');
    const problem = await until('the refusal on the bibliography', () => vscode.languages.getDiagnostics(outside).find((d) => d.source === 'brief-lens'));
    assert.strictEqual(problem.message, 'bibliography is outside the workspace, and this workspace is not trusted: not read (trust the workspace, or move the file into it)');
  });

  test('a project file cannot point the corpus elsewhere either, but its severities apply', async () => {
    await activate();
    const project = inWorkspace('.brief-lens.json');
    await vscode.workspace.fs.writeFile(project, new TextEncoder().encode('{ "corpus": { "folders": ["sources"] }, "severity": { "unknown-citation": "warning" } }\n'));
    try {
      const { document } = await openBrief(await copyOf(EXAMPLE, 'The Severn estuary has the second highest tidal range in the world [@tidal].\n'));
      await until('the project file\'s severity', () => ours(document.uri).some((d) => codeOf(d) === 'unknown-citation' && d.severity === vscode.DiagnosticSeverity.Warning) || undefined, 30_000);
      assert.deepStrictEqual(ours(document.uri).filter((d) => codeOf(d) === 'unknown-citation').map((d) => document.getText(d.range)), ['tidal'], 'the project file\'s corpus.folders is ignored');
    } finally {
      await vscode.workspace.fs.delete(project).then(undefined, () => undefined);
    }
  });
});
