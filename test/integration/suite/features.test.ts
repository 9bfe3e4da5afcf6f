// Hovers, completion, definition and links through the real provider API.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, EXAMPLE, hoverText, openBrief, ours, rangeOf } from './helpers';
import { nth } from '../../support/present';

async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hoverText(hovers);
}

/** The key of the first citation in the brief whose key the corpus knows. */
function knownCitation(document: vscode.TextDocument): { key: string; range: vscode.Range } {
  const unknown = new Set(ours(document.uri).filter((d) => codeOf(d) === 'unknown-citation').map((d) => document.getText(d.range)));
  const text = document.getText();
  for (const match of text.matchAll(/\[@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_]|[\p{L}\p{N}_])/gu)) {
    const key = nth(match, 1, 'citation key');
    if (unknown.has(key)) continue;
    const start = document.positionAt(match.index + 2);
    return { key, range: new vscode.Range(start, start.translate(0, key.length)) };
  }
  assert.fail('the example brief cites a known source');
}

suite('hover, completion, definition, links', () => {
  suiteSetup(activate);
  suiteTeardown(closeAll);

  test('hover on a known citation key shows the source card and the passage the sentence relies on', async () => {
    const { document } = await openBrief(EXAMPLE);
    const { key, range } = knownCitation(document);
    const text = await hoverAt(document, range.start.translate(0, 1));
    assert.match(text, new RegExp(`\`@${key}\``));
    assert.match(text, /passage/);
    assert.match(text, /\*\*.+\*\*/, 'a bold title');
  });

  test('hover on an unknown key says so and suggests the nearest keys', async () => {
    const { document } = await openBrief(EXAMPLE);
    const unknown = ours(document.uri).find((d) => codeOf(d) === 'unknown-citation');
    assert.ok(unknown, 'the example brief has an unknown key');
    const text = await hoverAt(document, unknown.range.start.translate(0, 1));
    assert.match(text, /Unknown citation key/);
    assert.match(text, /Did you mean `@[^`]+`/);
  });

  test('hover on a contradicted sentence gives the verdict, the source value and the evidence with a link that opens the passage', async () => {
    const { document } = await openBrief(EXAMPLE);
    const contradiction = ours(document.uri).find((d) => codeOf(d).startsWith('contradicted-'));
    assert.ok(contradiction, 'the example brief has a contradiction');
    const text = await hoverAt(document, contradiction.range.start);
    assert.match(text, /Contradicted/);
    assert.match(text, /The source says \*\*/);
    assert.match(text, /^> /m, 'quotes the evidence');
    const link = /\(command:briefLens\.openEvidence\?([^ )]+)/.exec(text);
    assert.ok(link, 'has an Open passage link');
    const [target] = JSON.parse(decodeURIComponent(nth(link, 1, 'link'))) as [{ file: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }];
    assert.strictEqual(await vscode.commands.executeCommand('briefLens.openEvidence', target), true);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.toString(), vscode.Uri.parse(target.file).toString());
    const selected = editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim();
    assert.ok(selected.length > 0, 'the passage is selected');
    assert.ok(text.replace(/\\/g, '').includes(selected.slice(0, 40).replace(/[\\`*_{}[\]<>|]/g, '')), 'the hover quotes the selected passage');
  });

  test('completion after [@, inside brackets and after ; @ offers every source key with its title', async () => {
    const { editor, document } = await openBrief(EXAMPLE);
    const line = document.lineCount;
    await editor.edit((builder) => builder.insert(new vscode.Position(line, 0), '\nA new claim [@'));
    const end = document.lineAt(document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end, '@');
    const ours = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Reference);
    const labels = ours.map((item) => (typeof item.label === 'string' ? item.label : item.label.label)).sort();
    assert.deepStrictEqual(labels, ['lwin2026gold', 'opensourcechina', 'sovereignthread', 'ukopenlabs']);
    const gold = ours.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'lwin2026gold');
    assert.ok(gold);
    assert.strictEqual(typeof gold.label === 'string' ? undefined : gold.label.description, 'UK’s Going for Gold on AI');
    assert.match(gold.detail ?? '', /Zin Lwin/);
    assert.match((gold.documentation as vscode.MarkdownString).value, /passages?/);
    assert.match(gold.filterText ?? '', /Zin Lwin/, 'filters by author too');

    await editor.edit((builder) => builder.insert(document.lineAt(document.lineCount - 1).range.end, 'ukopenlabs; @uk'));
    const after = document.lineAt(document.lineCount - 1).range.end;
    const second = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, after);
    const item = second.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'ukopenlabs');
    assert.ok(item, 'after ; @');
    assert.ok(item.range instanceof vscode.Range ? item.range.start.character === after.character - 2 : item.range?.inserting.start.character === after.character - 2, 'replaces the typed prefix');

    await editor.edit((builder) => builder.insert(document.lineAt(document.lineCount - 1).range.end, '] mail me at someone@'));
    const mail = document.lineAt(document.lineCount - 1).range.end;
    const none = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, mail);
    assert.strictEqual(none.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference).length, 0, 'not after an e-mail @');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('go to definition on a key opens the source file', async () => {
    const { document } = await openBrief(EXAMPLE);
    const { key, range } = knownCitation(document);
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, range.start.translate(0, 1));
    assert.strictEqual(targets.length, 1);
    const target = nth(targets, 0, 'link target');
    const uri = 'targetUri' in target ? target.targetUri : target.uri;
    assert.match(uri.path, /\/seeds\/\d+_[0-9a-f]+\.txt$/);
    if ('originSelectionRange' in target) assert.ok(target.originSelectionRange?.isEqual(range), `the key ${key} is the origin`);
  });

  test('document links on every known key open its source', async () => {
    const { document } = await openBrief(EXAMPLE);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
    const ourLinks = links.filter((link) => link.target?.path.includes('/seeds/'));
    assert.ok(ourLinks.length > 0);
    for (const link of ourLinks) {
      const key = document.getText(link.range);
      assert.match(key, /^[\w:.#$%&+?<>~/-]+$/, `the link covers a key, not "${key}"`);
    }
    const unknown = ours(document.uri).find((d) => codeOf(d) === 'unknown-citation');
    if (unknown) assert.ok(!ourLinks.some((link) => link.range.isEqual(unknown.range)), 'no link on an unknown key');
    assert.ok(rangeOf(document, '[@'), 'sanity');
  });
});
