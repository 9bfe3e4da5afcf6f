// The Claims view in the real VS Code: its items (groups, claims, passages), grouping by section
// or verdict, the filter, reveal on click, a passage opening its source, the context-menu
// commands, the badge, and Open Report's webview HTML.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClaimsNode } from '../../../src/extension/claimsView';
import { activate, closeAll, copyOf, EXAMPLE, openBrief, show, until } from './helpers';
import { nth } from '../../support/present';

async function provider() {
  return (await activate()).claims;
}

async function labels(nodes: ClaimsNode[]): Promise<string[]> {
  const claims = await provider();
  return nodes.map((node) => String(claims.getTreeItem(node).label));
}

async function roots(): Promise<ClaimsNode[]> {
  return (await provider()).getChildren();
}

async function children(node: ClaimsNode): Promise<ClaimsNode[]> {
  return (await provider()).getChildren(node);
}

async function claimNode(needle: string): Promise<ClaimsNode & { kind: 'claim' }> {
  for (const group of await roots()) {
    for (const node of await children(group)) if (node.kind === 'claim' && node.claim.text.includes(needle)) return node;
  }
  throw new Error(`no claim with "${needle}" in the Claims view`);
}

suite('claims view', () => {
  suiteSetup(async () => {
    await activate();
    await vscode.commands.executeCommand('briefLens.claims.groupBySection');
    await vscode.commands.executeCommand('briefLens.claims.filter', ['contradicted', 'unsupported', 'supported', 'opinion']);
  });
  teardown(async () => {
    await vscode.commands.executeCommand('briefLens.claims.groupBySection');
    await vscode.commands.executeCommand('briefLens.claims.filter', ['contradicted', 'unsupported', 'supported', 'opinion']);
    await closeAll();
  });

  test('lists the active brief by section: every claim with its verdict icon, keys and line', async () => {
    await openBrief(EXAMPLE);
    const groups = await roots();
    assert.deepStrictEqual(await labels(groups), ['Executive summary', 'Context', 'Policy options', 'Recommendations']);
    const claims = await provider();
    assert.deepStrictEqual(groups.map((group) => claims.getTreeItem(group).description), ['✗1 ✓1 …1', '✗4 ?1 ✓3', '?1 …2', '?1 ✓1 …1']);
    const summary = await children(nth(groups, 0, 'group'));
    const items = summary.map((node) => claims.getTreeItem(node));
    assert.deepStrictEqual(items.map((item) => item.label), [
      'Oxford and UCL share £40 million of new funding for open-source AI labs [@ukopenlabs].',
      'The research labs will focus on Parameter-Efficient Fine-Tuning (PEFT) [@ukopenlabs].',
      'We recommend a fast-track grid connection for data centres.',
    ]);
    assert.deepStrictEqual(items.map((item) => (item.iconPath as vscode.ThemeIcon).id), ['error', 'pass', 'comment']);
    assert.deepStrictEqual(items.map((item) => item.description), ['@ukopenlabs L11', '@ukopenlabs L12', 'L13']);
    assert.strictEqual(nth(items, 0, 'tree item').accessibilityInformation?.label, 'Contradicted: Oxford and UCL share £40 million of new funding for open-source AI labs [@ukopenlabs]. Cites ukopenlabs. Line 11. 1 finding.');
    const tooltip = (nth(items, 0, 'tree item').tooltip as vscode.MarkdownString).value.replace(/\\(.)/g, '$1');
    assert.match(tooltip, /\*\*Why\?\*\* Decided by the figure check: the brief's “£40 million” conflicts with the source's “£60 million”\./);
    assert.match(tooltip, /- `contradicted-figure` Source says “£60 million”, not “£40 million” \[⁠@ukopenlabs\]/);
    assert.strictEqual(nth(items, 0, 'tree item').collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.strictEqual(nth(items, 2, 'tree item').collapsibleState, vscode.TreeItemCollapsibleState.None, 'an opinion has no passages to show');
    assert.deepStrictEqual(claims.badge, { value: 5, tooltip: '5 contradicted claims' });
  });

  test('groups by verdict, worst first, and filters by verdict', async () => {
    await openBrief(EXAMPLE);
    await vscode.commands.executeCommand('briefLens.claims.groupByVerdict');
    const groups = await roots();
    assert.deepStrictEqual(await labels(groups), ['Contradicted', 'Unsupported', 'Supported', 'Opinion / analysis']);
    assert.deepStrictEqual(await Promise.all(groups.map(async (group) => (await children(group)).length)), [5, 3, 5, 4]);
    await vscode.commands.executeCommand('briefLens.claims.filter', ['unsupported']);
    const filtered = await roots();
    assert.deepStrictEqual(await labels(filtered), ['Unsupported']);
    assert.deepStrictEqual(await labels(await children(nth(filtered, 0, 'group'))), ['Singapore has pledged $1 billion to sovereign AI compute.', 'The Digital Silk Road covers 60 countries.', "Singapore's pledge of $2 billion to sovereign AI compute sets the benchmark."]);
  });

  test('a click on a claim reveals it in the brief; a passage opens its source at the passage', async () => {
    const { document } = await openBrief(EXAMPLE);
    const node = await claimNode('President Clinton');
    const item = (await provider()).getTreeItem(node);
    assert.strictEqual(item.command?.command, 'briefLens.claims.reveal');
    await vscode.commands.executeCommand('workbench.action.focusSideBar');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), document.uri.toString());
    const start = document.getText().indexOf('President Clinton');
    assert.strictEqual(show(editor.selection), show(new vscode.Range(document.positionAt(start), document.positionAt(document.getText().indexOf('\n', start)))));

    const passages = await children(node);
    assert.ok(passages.length >= 1);
    const passage = (await provider()).getTreeItem(nth(passages, 0, 'passage'));
    assert.match(String(passage.label), /^“Speaking in 1997, President Bill Clinton/);
    assert.match(String(passage.description), /^contradicts · Untitled essay on open source AI/);
    assert.strictEqual(passage.command?.command, 'briefLens.openEvidence');
    await vscode.commands.executeCommand(passage.command.command, ...(passage.command.arguments ?? []));
    const source = await until('the source editor', () => vscode.window.activeTextEditor?.document.uri.toString() !== document.uri.toString() ? vscode.window.activeTextEditor : undefined);
    assert.match(source.document.getText(source.selection), /^Speaking in 1997, President Bill Clinton/);
    assert.strictEqual((await provider()).briefUri, document.uri.toString(), 'a source opened from a passage keeps the brief in the view');
  });

  test('context menu: copy citation, apply fix and suppress act on the claim, and the view follows', async () => {
    const copy = await copyOf(EXAMPLE);
    const { document } = await openBrief(copy);
    const api = await activate();
    assert.strictEqual(await vscode.commands.executeCommand('briefLens.claims.copyCitation', await claimNode('Huawei and ZTE')), '[@opensourcechina]');
    assert.strictEqual(await vscode.env.clipboard.readText(), '[@opensourcechina]');

    const contradicted = await claimNode('£40 million');
    assert.match(String((await provider()).getTreeItem(contradicted).contextValue), /^claim fixable suppressible citable$/);
    const checked = api.nextCheck(document.uri);
    assert.strictEqual(await vscode.commands.executeCommand('briefLens.claims.applyFix', contradicted), true);
    await checked;
    assert.match(document.getText(), /^Oxford and UCL share £60 million of new funding/m);
    assert.strictEqual((await claimNode('£60 million of new funding')).claim.verdict, 'supported');

    const unsupported = await claimNode('Singapore has pledged');
    const again = api.nextCheck(document.uri);
    assert.strictEqual(await vscode.commands.executeCommand('briefLens.claims.suppress', unsupported), true);
    await again;
    assert.match(document.getText(), /^Singapore has pledged \$1 billion to sovereign AI compute\. <!-- brief-lens-disable-line unsupported-claim -->$/m);
    assert.strictEqual((await claimNode('Singapore has pledged')).claim.findings.length, 0);
  });

  test('follows the active editor and shows nothing for a non-brief', async () => {
    await openBrief(EXAMPLE);
    const other = await copyOf(EXAMPLE, '# Other\n\nWe should fund more research.\n');
    await openBrief(other);
    assert.deepStrictEqual(await labels(await roots()), ['Other']);
    assert.strictEqual((await provider()).badge, undefined);
  });

  test('turning briefLens.enable off empties the view; on brings the claims back', async () => {
    const api = await activate();
    const { document } = await openBrief(await copyOf(EXAMPLE));
    const config = () => vscode.workspace.getConfiguration('briefLens', document.uri);
    try {
      const claims = await provider();
      // The view is told to redraw (not only asked again by a test) once the check is cleared.
      let redrawnEmpty = false;
      const subscription = claims.onDidChangeTreeData(() => {
        if (claims.getChildren().length === 0) redrawnEmpty = true;
      });
      await config().update('enable', false, vscode.ConfigurationTarget.Workspace);
      await until('a redraw of the empty Claims view', () => redrawnEmpty).finally(() => subscription.dispose());
      const checked = api.nextCheck(document.uri);
      await config().update('enable', true, vscode.ConfigurationTarget.Workspace);
      await checked;
      assert.strictEqual((await roots()).length, 4);
    } finally {
      await config().update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a brief of 2,000 claims: every claim is listed, its verdict read first, and the badge counts them', async () => {
    const example = new TextDecoder().decode(await vscode.workspace.fs.readFile(EXAMPLE));
    const body = example.slice(example.indexOf('## Executive summary'), example.indexOf('## References'));
    const parts = Array.from({ length: 130 }, (_, index) => body.replace(/^## (.+)$/gm, `## $1 (${index + 1})`));
    const long = await copyOf(EXAMPLE, `# Long brief\n\n${parts.join('\n')}`);
    const { document } = await openBrief(long);
    const api = await activate();
    const result = await api.waitForCheck(document, 120_000);
    const claims = await provider();
    const groups = await roots();
    assert.strictEqual(groups.length, 130 * 4);
    let listed = 0;
    for (const group of groups) {
      const items = (await children(group)).map((node) => claims.getTreeItem(node));
      assert.ok(items.every((item) => item.accessibilityInformation?.label.match(/^(Supported|Contradicted|Unsupported|Opinion \/ analysis): /)));
      listed += items.length;
    }
    assert.strictEqual(listed, result.sentences.length);
    assert.ok(listed >= 2000, `${listed} claims`);
    assert.deepStrictEqual(claims.badge, { value: 5 * 130, tooltip: `${5 * 130} contradicted claims` });
  });

  test('Open Report shows the report HTML in a webview with a strict policy', async () => {
    await openBrief(EXAMPLE);
    const html = await vscode.commands.executeCommand<string>('briefLens.openReport');
    assert.strictEqual(html.match(/<li class="card v-/g)?.length, 17);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    assert.match(csp ?? '', /^default-src 'none'; style-src 'nonce-[A-Za-z0-9]{16,}'; base-uri 'none'; form-action 'none'$/);
    assert.doesNotMatch(csp ?? '', /unsafe-inline|unsafe-eval|script-src/);
    const nonce = /'nonce-([A-Za-z0-9]+)'/.exec(csp ?? '')?.[1];
    assert.ok(html.includes(`<style nonce="${nonce}">`));
    assert.doesNotMatch(html, /<script/);
    const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const tab = await until(`the report tab (tabs: ${tabs().map((t) => t.label).join(', ')})`, () => tabs().find((candidate) => /^Report: .*sample-brief\.md$/.test(candidate.label)));
    assert.ok(tab.input instanceof vscode.TabInputWebview);
  });
});
