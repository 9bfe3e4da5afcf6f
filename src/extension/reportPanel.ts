// *Brief Lens: Open Report*: the same HTML report as `brief-lens report`, in a webview with a
// strict Content Security Policy (nothing but the page's own nonce-tagged stylesheet; scripts,
// frames and fetches all refused). It follows the brief's checks while open.
import * as vscode from 'vscode';
import { buildReport, renderReportHtml } from '../core';
import type { BriefService, CheckRecord } from './briefs';
import { sourceUri } from './convert';

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[+/=]/g, '');
}

export function reportHtml(record: CheckRecord): string {
  const uri = vscode.Uri.parse(record.uri);
  const model = buildReport([{ name: vscode.workspace.asRelativePath(uri), text: record.text, result: record.result }], (key) => record.corpus.source(key));
  return renderReportHtml(model, {
    generator: 'Brief Lens',
    displayFile: (file) => vscode.workspace.asRelativePath(sourceUri(file)),
    csp: { nonce: nonce() },
  });
}

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: string | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly briefs: BriefService) {
    this.subscription = briefs.onDidCheck((record) => {
      if (this.panel && record.uri === this.uri) this.panel.webview.html = reportHtml(record);
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.panel?.dispose();
  }

  /** Shows the report of a brief (checking it now if its current version was not checked); returns the HTML. */
  async show(document: vscode.TextDocument): Promise<string> {
    const record = await this.briefs.current(document);
    const title = `Report: ${vscode.workspace.asRelativePath(document.uri)}`;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('briefLens.report', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableForms: false,
        enableCommandUris: false,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.uri = undefined;
      });
    }
    this.uri = record.uri;
    this.panel.title = title;
    const html = reportHtml(record);
    this.panel.webview.html = html;
    this.panel.reveal(undefined, true);
    return html;
  }
}
