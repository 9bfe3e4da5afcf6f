// Shared by the integration suites: activation, opening briefs, waiting for checks.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { BriefLensApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'brief-lens.brief-lens';

let api: BriefLensApi | undefined;

/** Activates the extension (tests start before anything opened a Markdown file) and returns its API. */
export async function activate(): Promise<BriefLensApi> {
  if (api) return api;
  const extension = vscode.extensions.getExtension<BriefLensApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  api = await extension.activate();
  return api;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run in a workspace folder');
  return folder.uri;
}

export function inWorkspace(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...parts);
}

/** Opens a document in an editor and waits until its current version has been checked. */
export async function openBrief(uri: vscode.Uri): Promise<{ editor: vscode.TextEditor; document: vscode.TextDocument }> {
  const brief = await activate();
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  await brief.waitForCheck(document);
  return { editor, document };
}

let copies = 0;

/** A fresh copy of a brief under a new name, so that tests that edit it do not affect others. */
export async function copyOf(uri: vscode.Uri, text?: string): Promise<vscode.Uri> {
  const bytes = text === undefined ? await vscode.workspace.fs.readFile(uri) : new TextEncoder().encode(text);
  const copy = inWorkspace('scratch', `copy-${Date.now()}-${copies++}.md`);
  await vscode.workspace.fs.writeFile(copy, bytes);
  return copy;
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'brief-lens');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** The range of the n-th occurrence of `needle` in the document. */
export function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs ${occurrence + 1} time(s) in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(at), document.positionAt(at + needle.length));
}

export function show(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The example brief, examples/sample-brief.md, copied into the test workspace by the driver. */
export const EXAMPLE = vscode.workspace.workspaceFolders?.[0]
  ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'examples', 'sample-brief.md')
  : vscode.Uri.file('/missing-workspace/examples/sample-brief.md');
