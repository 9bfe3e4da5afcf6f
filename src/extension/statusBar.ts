// Status bar item for the active brief: claim counts and the indexing state; opens Problems.
import * as vscode from 'vscode';
import type { BriefService } from './briefs';
import type { CorpusManager } from './corpora';

export class BriefStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('briefLens.status', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly briefs: BriefService, private readonly corpora: CorpusManager) {
    this.item.name = 'Brief Lens';
    this.item.command = { title: 'Open Problems', command: 'workbench.actions.view.problems' };
  }

  dispose(): void {
    this.item.dispose();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.briefs.isBrief(editor.document)) {
      this.item.hide();
      return;
    }
    const indexing = this.corpora.state === 'indexing';
    const failed = this.corpora.peek(editor.document.uri)?.state === 'failed';
    const record = this.briefs.publishedFor(editor.document.uri);
    const tooltip = new vscode.MarkdownString('', true);
    if (record) {
      const count = { supported: 0, contradicted: 0, unsupported: 0, opinion: 0 };
      for (const sentence of record.result.sentences) count[sentence.verdict]++;
      this.item.text = `${indexing ? '$(sync~spin) ' : ''}$(pass) ${count.supported} $(error) ${count.contradicted} $(warning) ${count.unsupported}`;
      tooltip.appendMarkdown(
        `**Brief Lens**: ${count.supported} supported, ${count.contradicted} contradicted, ${count.unsupported} unsupported claim(s); `
        + `${count.opinion} sentence(s) with nothing to check.\n\n`,
      );
    } else {
      this.item.text = indexing ? '$(sync~spin) Brief Lens' : failed ? '$(error) Brief Lens' : '$(book) Brief Lens';
    }
    const corpus = this.corpora.peek(editor.document.uri)?.corpus;
    tooltip.appendMarkdown(
      indexing ? 'Indexing sources…' : failed ? 'Indexing failed: see the output channel.' : corpus ? `Index ready: ${corpus.sources.length} source(s).` : 'Not indexed yet.',
    );
    tooltip.appendMarkdown('\n\nClick to open the Problems view.');
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `Brief Lens: ${this.item.text.replace(/\$\([^)$]*\)\s*/g, '')}` };
    this.item.show();
  }
}
