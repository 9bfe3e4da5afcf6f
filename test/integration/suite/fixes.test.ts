// Quick fixes through the real code action API: each kind changes exactly its own text and its
// diagnostic goes away; fix-all; a fix computed for an older text does not apply.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FixKind } from '../../../src/core/types';
import { activate, closeAll, codeOf, copyOf, EXAMPLE, openBrief, ours, show, until } from './helpers';
import { first, nth } from '../../support/present';

interface Change {
  start: number;
  removed: string;
  inserted: string;
}

/** The one region where two texts differ. */
function diff(before: string, after: string): Change {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix && suffix < after.length - prefix
    && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) suffix++;
  return { start: prefix, removed: before.slice(prefix, before.length - suffix), inserted: after.slice(prefix, after.length - suffix) };
}

/**
 * Our quick fixes for a diagnostic. (The API's results do not carry `CodeAction.diagnostics`, so
 * they are matched by the finding's range, which the fix command carries.)
 */
async function quickFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
  );
  return actions.filter((action) => {
    if (action.command?.command !== 'briefLens.applyFix') return false;
    const args = action.command.arguments?.[0] as { targets: { range: { start: vscode.Position; end: vscode.Position } }[] };
    const target = nth(args.targets, 0, 'evidence target').range;
    return new vscode.Range(target.start.line, target.start.character, target.end.line, target.end.character).isEqual(diagnostic.range);
  });
}

async function run(action: vscode.CodeAction): Promise<unknown> {
  assert.ok(action.command, `"${action.title}" has a command`);
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** The engine's kind of the fix behind a quick fix (the extension passes it to briefLens.applyFix). */
function kindOf(action: vscode.CodeAction): FixKind | undefined {
  const args = action.command?.arguments?.[0] as { kinds?: FixKind[] } | undefined;
  return args?.kinds?.length === 1 ? args.kinds[0] : undefined;
}

suite('quick fixes', () => {
  suiteSetup(activate);
  teardown(closeAll);

  type Expectation = (change: Change, target: string, lineStart: number, code: string) => void;
  const expectations: Record<FixKind, Expectation> = {
    'insert-citation': (change) => {
      assert.strictEqual(change.removed, '');
      assert.match(change.inserted, /^ \[@[^\]\s]+\]$/);
    },
    'replace-value': (change, target) => {
      assert.ok(change.removed.length > 0 && target.includes(change.removed), `replaces part of "${target}", not "${change.removed}"`);
      assert.ok(change.inserted.length > 0);
    },
    'restore-quote': (change, target) => {
      assert.ok(target.includes(change.removed), `edits inside the quotation "${target}"`);
    },
    'swap-citation': (change, target) => {
      assert.ok(target.includes(change.removed), `edits only the key "${target}"`);
      assert.match(change.inserted, /^[\p{L}\p{N}_:.#$%&+?<>~/-]+$/u);
    },
    suppress: (change, _target, lineStart, code) => {
      assert.strictEqual(change.removed, '');
      assert.strictEqual(change.start, lineStart);
      assert.match(change.inserted, new RegExp(`^\\s*<!-- brief-lens-disable-next-line ${code} -->\\r?\\n$`));
    },
  };

  for (const kind of ['replace-value', 'restore-quote', 'swap-citation', 'insert-citation', 'suppress'] as FixKind[]) {
    test(`a ${kind} fix changes exactly its text and its diagnostic goes away`, async () => {
      const api = await activate();
      const { document } = await openBrief(await copyOf(EXAMPLE));
      // Find the first diagnostic offering this kind of fix.
      let found: { diagnostic: vscode.Diagnostic; action: vscode.CodeAction } | undefined;
      for (const diagnostic of ours(document.uri)) {
        const action = (await quickFixes(document, diagnostic)).find((a) => kindOf(a) === kind);
        if (action) {
          found = { diagnostic, action };
          break;
        }
      }
      assert.ok(found, `the example brief has a finding with a ${kind} fix`);
      const { diagnostic, action } = found;
      const before = document.getText();
      const target = document.getText(diagnostic.range);
      const lineStart = document.offsetAt(new vscode.Position(diagnostic.range.start.line, 0));
      const sameAfter = ours(document.uri).filter((d) => codeOf(d) === codeOf(diagnostic)).length;
      const checked = api.nextCheck(document.uri);
      assert.strictEqual(await run(action), true, 'the fix applied');
      await checked;
      await api.waitForCheck(document);
      const change = diff(before, document.getText());
      expectations[kind](change, target, lineStart, codeOf(diagnostic));
      const remaining = ours(document.uri).filter((d) => codeOf(d) === codeOf(diagnostic)).length;
      assert.strictEqual(remaining, sameAfter - 1, `one ${codeOf(diagnostic)} fewer after "${action.title}" at ${show(diagnostic.range)}`);
    });
  }

  test('on the example brief: the figure fix writes the source\'s figure and the quote fix the source\'s words', async () => {
    const api = await activate();
    const { document } = await openBrief(await copyOf(EXAMPLE));
    const figure = ours(document.uri).find((d) => codeOf(d) === 'contradicted-figure');
    assert.ok(figure);
    const replace = (await quickFixes(document, figure)).find((a) => kindOf(a) === 'replace-value');
    assert.ok(replace);
    assert.ok(replace.isPreferred, 'the figure fix is the preferred one');
    const line = document.lineAt(figure.range.start.line).text;
    assert.strictEqual(await run(replace), true);
    await api.waitForCheck(document);
    assert.strictEqual(document.lineAt(figure.range.start.line).text, line.replace('£40 million', '£60 million'));

    const misquote = ours(document.uri).find((d) => codeOf(d) === 'misquote');
    assert.ok(misquote);
    const restore = (await quickFixes(document, misquote)).find((a) => kindOf(a) === 'restore-quote');
    assert.ok(restore);
    const quoted = document.getText(misquote.range);
    assert.strictEqual(await run(restore), true);
    await api.waitForCheck(document);
    const source = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.extensions.getExtension('brief-lens.brief-lens')!.extensionUri, 'seeds', '003_203c002568405f5b.txt'));
    const restored = /"([^"]+)"/.exec(document.lineAt(misquote.range.start.line).text)?.[1];
    assert.ok(restored && restored !== quoted, `the quotation changed from "${quoted}"`);
    assert.ok(source.getText().replace(/\s+/g, ' ').includes(restored), `"${restored}" is verbatim in the source`);
    assert.ok(!ours(document.uri).some((d) => codeOf(d) === 'misquote'));
  });

  test('fix-all (source.fixAll.briefLens) applies every safe fix, and each of their diagnostics goes away', async () => {
    const api = await activate();
    const { document } = await openBrief(await copyOf(EXAMPLE));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.briefLens',
    );
    const fixAll = actions.find((action) => action.kind?.value === 'source.fixAll.briefLens');
    assert.ok(fixAll, `a fix-all action is offered (got: ${actions.map((a) => a.title).join(', ')})`);
    const before = ours(document.uri).length;
    assert.strictEqual(await run(fixAll), true);
    await api.waitForCheck(document);
    const n = Number(/\((\d+) safe fix/.exec(fixAll.title)?.[1]);
    assert.ok(n > 0);
    assert.ok(ours(document.uri).length <= before - n, `${before} diagnostics before, ${ours(document.uri).length} after ${n} fixes`);
    // Nothing safe is left to fix.
    const again = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.briefLens',
    );
    assert.deepStrictEqual(again.filter((a) => a.kind?.value === 'source.fixAll.briefLens').map((a) => a.title), []);
  });

  test('the command "Fix All Safe Findings in This Brief" applies the same fixes', async () => {
    const api = await activate();
    const { document } = await openBrief(await copyOf(EXAMPLE));
    const figure = ours(document.uri).find((d) => codeOf(d) === 'contradicted-figure');
    assert.ok(figure);
    assert.strictEqual(await vscode.commands.executeCommand('briefLens.fixAll'), true);
    await api.waitForCheck(document);
    assert.strictEqual(document.getText(figure.range), '£60 million');
    assert.strictEqual(await vscode.commands.executeCommand('briefLens.fixAll'), false, 'nothing left to fix');
  });

  test('fix-all runs on save through editor.codeActionsOnSave', async () => {
    const api = await activate();
    const editorConfig = () => vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await editorConfig().update('codeActionsOnSave', { 'source.fixAll.briefLens': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const { editor, document } = await openBrief(await copyOf(EXAMPLE));
      await editor.edit((builder) => builder.insert(new vscode.Position(document.lineCount, 0), '\n'));
      await api.waitForCheck(document);
      const figure = ours(document.uri).find((d) => codeOf(d) === 'contradicted-figure');
      assert.ok(figure);
      await vscode.commands.executeCommand('workbench.action.files.save');
      await until('the safe fixes to be applied on save', () => document.getText(figure.range) === '£60 million');
      assert.ok(!document.isDirty, 'saved');
    } finally {
      await editorConfig().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  test('a fix computed before an edit does not apply; the brief is re-checked instead', async () => {
    const api = await activate();
    const { editor, document } = await openBrief(await copyOf(EXAMPLE));
    const diagnostic = ours(document.uri).find((d) => codeOf(d) === 'unknown-citation') ?? first(ours(document.uri), 'diagnostic');
    const action = (await quickFixes(document, diagnostic))[0];
    assert.ok(action);
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'Edited. '));
    const after = document.getText();
    assert.strictEqual(await run(action), false, 'the stale fix refuses');
    assert.strictEqual(document.getText(), after, 'and changes nothing');
    await api.waitForCheck(document);
  });
});
