// The `Brief Lens: …` commands.
import * as vscode from 'vscode';
import { readWorkspaceFile } from './boundedRead';
import { briefReferences, describeAt, referencesSection, type Range } from '../core';
import type { BriefService } from './briefs';
import type { CorpusManager } from './corpora';
import { sourceUri, toRange } from './convert';
import { emptyReferencesHeading } from './text';

/** Largest brief checked from disk (as the CLI's) and CSL style read. */
const MAX_BRIEF_BYTES = 20 * 1024 * 1024;
const MAX_STYLE_BYTES = 2 * 1024 * 1024;

export const REFERENCES_START = '<!-- brief-lens:references -->';
export const REFERENCES_END = '<!-- /brief-lens:references -->';

/** Sources whose evidence ranges are ranges of the file itself (not of text extracted from it). */
function isTextSource(file: string): boolean {
  return /\.(md|markdown|txt)$/i.test(file.split(/[?#]/)[0] ?? file);
}

export interface WorkspaceCheckSummary {
  files: number;
  checked: number;
  findings: number;
  cancelled: boolean;
}

export interface EvidenceTarget {
  file: string;
  range: Range;
  /** Page of a paged source (PDF): its range is in the extracted text, not the file. */
  page?: number;
}

export class Commands {
  constructor(
    private readonly briefs: BriefService,
    private readonly corpora: CorpusManager,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  private activeBrief(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor && this.briefs.isBrief(editor.document)) return editor;
    void vscode.window.showInformationMessage('Brief Lens: open a Markdown brief first.');
    return undefined;
  }

  async reindex(): Promise<void> {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Brief Lens: re-indexing the corpus', cancellable: true },
      (_progress, token) => {
        const cancel = token.onCancellationRequested(() => this.corpora.cancelIndexing());
        return this.corpora.reindexAll().finally(() => cancel.dispose());
      },
    );
  }

  /**
   * Checks every brief of the workspace and fills the Problems view; cancellable from the
   * progress notification, or through `external` (a caller's token: scripts and tests).
   */
  checkWorkspace(external?: vscode.CancellationToken): Thenable<WorkspaceCheckSummary> {
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Brief Lens: checking workspace briefs', cancellable: true },
      async (progress, notification) => {
        const token = { get isCancellationRequested() { return notification.isCancellationRequested || external?.isCancellationRequested === true; } };
        const summary: WorkspaceCheckSummary = { files: 0, checked: 0, findings: 0, cancelled: false };
        const files = await this.findBriefs(notification);
        summary.files = files.length;
        const decoder = new TextDecoder('utf-8');
        for (const [index, uri] of files.entries()) {
          if (token.isCancellationRequested) break;
          progress.report({ increment: 100 / files.length, message: `${index + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}` });
          try {
            const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
            if (open) {
              this.briefs.schedule(open, 0);
              const record = await this.briefs.current(open);
              summary.findings += record.result.findings.length;
            } else {
              const text = decoder.decode(await readWorkspaceFile(uri, MAX_BRIEF_BYTES)).replace(/^\uFEFF/, '');
              const result = await this.briefs.checkText(uri, text);
              summary.findings += result?.findings.length ?? 0;
            }
            summary.checked++;
          } catch (error) {
            this.output.warn(`Could not check ${uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
          }
          await new Promise((resolve) => setTimeout(resolve, 0)); // lets a cancellation arrive
        }
        summary.cancelled = token.isCancellationRequested;
        this.output.info(`Checked ${summary.checked} of ${summary.files} brief(s): ${summary.findings} finding(s)${summary.cancelled ? ' (cancelled)' : ''}.`);
        return summary;
      },
    );
  }

  private async findBriefs(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const config = vscode.workspace.getConfiguration('briefLens', folder.uri);
      const extra = config.get<string[]>('files.include') ?? [];
      const exclude = config.get<string[]>('files.exclude') ?? [];
      const uris = await vscode.workspace.findFiles(
        new vscode.RelativePattern(folder, extra.length === 0 ? '**/*.md' : `{${['**/*.md', ...extra].join(',')}}`),
        exclude.length ? `{${exclude.join(',')}}` : undefined,
        undefined,
        token,
      );
      for (const uri of uris) if (!this.corpora.isCorpusFile(uri)) found.set(uri.toString(), uri);
    }
    return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  /** Inserts (or refreshes) a references section built from the keys the brief cites. */
  async insertReferences(): Promise<string | undefined> {
    const editor = this.activeBrief();
    if (!editor) return undefined;
    const document = editor.document;
    const record = await this.briefs.current(document);
    const styleXml = await this.briefStyle(document);
    const section = referencesSection(record.result, record.corpus, '## References', {
      ...(styleXml !== undefined && { styleXml }),
      onStyleError: (message) => void vscode.window.showWarningMessage(`Brief Lens: ${message}.`),
    }).trim();
    const block = `${REFERENCES_START}\n${section}\n${REFERENCES_END}`;
    const text = document.getText();
    const start = text.indexOf(REFERENCES_START);
    const end = text.indexOf(REFERENCES_END, start);
    const empty = emptyReferencesHeading(text);
    const ok = await editor.edit((builder) => {
      if (start >= 0 && end > start) {
        // Refresh the section inserted before.
        builder.replace(new vscode.Range(document.positionAt(start), document.positionAt(end + REFERENCES_END.length)), block);
      } else if (empty) {
        // The brief has an empty "References" / "Sources" heading (e.g. from the snippet): fill it.
        builder.replace(new vscode.Range(document.positionAt(empty.start), document.positionAt(empty.end)), `${block}\n${empty.end < text.length ? '\n' : ''}`);
      } else {
        const separator = text.length === 0 ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
        builder.insert(document.positionAt(text.length), `${separator}${block}\n`);
      }
    });
    return ok ? block : undefined;
  }

  /** A quick pick of the corpus's sources; opens the one picked. */
  async showSources(): Promise<string | undefined> {
    const resource = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const { corpus } = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Brief Lens: indexing sources' },
      () => this.corpora.get(resource),
    );
    const items = corpus.sources.map((source) => ({
      label: source.key,
      description: source.title,
      detail: [source.author, source.date, source.publisher, `${source.passageCount} passage(s)`].filter(Boolean).join(' · '),
      file: source.file,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: `Brief Lens: ${items.length} source(s)`,
      placeHolder: 'Open a source (type to filter by key, title, author)',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return undefined;
    await vscode.window.showTextDocument(sourceUri(picked.file), { preview: true });
    return picked.label;
  }

  /** Opens a source with a passage selected: the given one, or the best evidence of the sentence at the cursor. */
  /** The CSL style a brief's front matter names (`csl:`, relative to the brief), when it can be read. */
  private async briefStyle(document: vscode.TextDocument): Promise<string | undefined> {
    const csl = briefReferences(document.getText()).csl;
    if (!csl) return undefined;
    const uri = /^[a-z][a-z0-9+.-]+:\/\//i.test(csl) ? vscode.Uri.parse(csl) : csl.startsWith('/') ? vscode.Uri.file(csl) : vscode.Uri.joinPath(document.uri, '..', ...csl.split(/[\\/]+/).filter((part) => part && part !== '.'));
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!vscode.workspace.isTrusted && !folder) {
      void vscode.window.showWarningMessage(`Brief Lens: the CSL style ${csl} is outside this untrusted workspace; Chicago author-date is used.`);
      return undefined;
    }
    try {
      return new TextDecoder().decode(await readWorkspaceFile(uri, MAX_STYLE_BYTES));
    } catch {
      void vscode.window.showWarningMessage(`Brief Lens: the CSL style ${csl} cannot be read; Chicago author-date is used.`);
      return undefined;
    }
  }

  async openEvidence(target?: EvidenceTarget): Promise<boolean> {
    if (!target) {
      const editor = this.activeBrief();
      if (!editor) return false;
      const record = await this.briefs.current(editor.document);
      const info = describeAt(record.result, record.corpus, editor.document.offsetAt(editor.selection.active));
      const sentence = info?.kind === 'sentence' ? info.sentence : info?.sentence;
      const evidence = sentence?.evidence[0];
      if (!evidence) {
        void vscode.window.showInformationMessage('Brief Lens: no evidence for the sentence at the cursor.');
        return false;
      }
      target = evidence;
    }
    if (!isTextSource(target.file)) {
      // A PDF, web page or Word file: its own viewer (VS Code's, or the system's) opens it; the page is in the hover.
      await vscode.commands.executeCommand('vscode.open', sourceUri(target.file));
      if (target.page !== undefined) vscode.window.setStatusBarMessage(`Brief Lens: the passage is on p. ${target.page}`, 10_000);
      return true;
    }
    const range = toRange(target.range);
    await vscode.window.showTextDocument(sourceUri(target.file), { selection: range, preview: true });
    return true;
  }
}
