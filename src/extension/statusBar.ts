// Status bar item for the active brief: claim counts and the indexing state; opens Problems,
// or, while sources are being indexed, cancels the indexing.
import * as vscode from 'vscode';
import type { BriefService } from './briefs';
import type { CorpusManager } from './corpora';
import { escapeMarkdown } from './text';

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
    const state = this.corpora.peek(editor.document.uri)?.state;
    const failed = state === 'failed';
    const cancelled = state === 'cancelled';
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
      this.item.text = indexing ? '$(sync~spin) Brief Lens' : failed ? '$(error) Brief Lens' : cancelled ? '$(circle-slash) Brief Lens' : '$(book) Brief Lens';
    }
    const corpus = this.corpora.peek(editor.document.uri)?.corpus;
    const progress = this.corpora.progress;
    tooltip.appendMarkdown(
      indexing ? `Indexing sources${progress ? `: ${escapeMarkdown(progress)}` : '…'}`
      : failed ? 'Indexing failed: see the output channel.'
      : cancelled ? 'Indexing cancelled: run **Brief Lens: Re-index Corpus** to index.'
      : corpus ? `Index ready: ${corpus.sources.length} source(s).` : 'Not indexed yet.',
    );
    tooltip.appendMarkdown(indexing ? '\n\nClick to cancel indexing.' : '\n\nClick to open the Problems view.');
    this.item.command = indexing
      ? { title: 'Cancel Indexing', command: 'briefLens.cancelIndexing' }
      : { title: 'Open Problems', command: 'workbench.actions.view.problems' };
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `Brief Lens: ${this.item.text.replace(/\$\([^)$]*\)\s*/g, '')}` };
    this.item.show();
  }
}
