// Live checking of briefs: debounced per document, a newer edit cancels the older check, and a
// result for an old version is never shown. Holds the latest result per document for the
// hover, code actions, links and status bar.
import * as vscode from 'vscode';
import { BriefChecker, type BriefResult, type Corpus } from '../core';
import { toDiagnostic } from './convert';
import type { CorpusEntry, CorpusManager } from './corpora';
import type { SettingsReader } from './settings';

export interface CheckRecord {
  uri: string;
  version: number;
  /** The text the result was computed for: fixes are guarded against it. */
  text: string;
  result: BriefResult;
  corpus: Corpus;
  entry: CorpusEntry;
}

const NOT_BRIEF_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'debug', 'vscode-notebook-cell', 'comment', 'vscode-settings']);

export class BriefService implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('brief-lens');
  /** Latest check per document (may be newer than what is published). */
  private readonly latest = new Map<string, CheckRecord>();
  /** What the Problems view shows per document. */
  private readonly published = new Map<string, CheckRecord>();
  private readonly pending = new Map<string, { timer?: ReturnType<typeof setTimeout>; cts: vscode.CancellationTokenSource }>();
  private readonly checkers = new Map<string, { corpus: Corpus; checker: BriefChecker }>();
  private readonly checked = new vscode.EventEmitter<CheckRecord>();
  /** Fires whenever diagnostics are published for a document. */
  readonly onDidCheck = this.checked.event;

  constructor(
    private readonly corpora: CorpusManager,
    private readonly settings: SettingsReader,
    private readonly docsBase: string,
  ) {}

  dispose(): void {
    for (const job of this.pending.values()) {
      if (job.timer) clearTimeout(job.timer);
      job.cts.cancel();
      job.cts.dispose();
    }
    this.pending.clear();
    this.diagnostics.dispose();
    this.checked.dispose();
  }

  /** Markdown documents, plus the extra globs of `briefLens.files.include`, minus excludes and corpus files. */
  isBrief(document: vscode.TextDocument): boolean {
    if (NOT_BRIEF_SCHEMES.has(document.uri.scheme)) return false;
    const settings = this.settings.get(document.uri);
    const included = document.languageId === 'markdown'
      || settings['files.include'].some((pattern) => vscode.languages.match({ pattern }, document) > 0);
    if (!included) return false;
    if (settings['files.exclude'].some((pattern) => vscode.languages.match({ pattern }, document) > 0)) return false;
    return !this.corpora.isCorpusFile(document.uri);
  }

  /** Checks a document after the debounce delay (its own timer); cancels the pending check of it. */
  schedule(document: vscode.TextDocument, delay?: number): void {
    const key = document.uri.toString();
    this.cancel(key);
    if (!this.isBrief(document) || !this.settings.get(document.uri).enable) {
      this.clear(document.uri);
      return;
    }
    const cts = new vscode.CancellationTokenSource();
    const version = document.version;
    const job: { timer?: ReturnType<typeof setTimeout>; cts: vscode.CancellationTokenSource } = { cts };
    job.timer = setTimeout(() => {
      job.timer = undefined;
      void this.run(document, version, cts.token, () => {
        // Done (published or dropped) before anyone hears of the result.
        if (this.pending.get(key) === job) this.pending.delete(key);
      }).finally(() => {
        if (this.pending.get(key) === job) this.pending.delete(key);
        cts.dispose();
      });
    }, delay ?? this.settings.get(document.uri).debounceMs);
    this.pending.set(key, job);
  }

  isPending(uri: vscode.Uri): boolean {
    return this.pending.has(uri.toString());
  }

  private cancel(key: string): void {
    const job = this.pending.get(key);
    if (!job) return;
    if (job.timer) {
      clearTimeout(job.timer);
      job.cts.dispose();
    } else {
      job.cts.cancel();
    }
    this.pending.delete(key);
  }

  private async run(document: vscode.TextDocument, version: number, token: vscode.CancellationToken, done: () => void): Promise<void> {
    let loaded: { entry: CorpusEntry; corpus: Corpus };
    try {
      loaded = await this.corpora.get(document.uri);
    } catch {
      return; // reported by the corpus manager
    }
    // A newer edit, a close, or a newer check may have happened while the corpus loaded, or
    // while the check was verifying sentences in slices (the event loop stays free for the editor).
    const stale = () => token.isCancellationRequested || document.isClosed || document.version !== version;
    if (stale()) return;
    const text = document.getText();
    const checker = this.checkerFor(loaded.entry, loaded.corpus, document.uri);
    const result = await checker.checkInSlices(text, document.uri.toString(), version, { isCancelled: stale });
    if (!result || stale()) return;
    const record = this.remember(document, text, result, loaded.entry, loaded.corpus);
    done();
    this.publish(document.uri, record);
  }

  private checkerFor(entry: CorpusEntry, corpus: Corpus, resource: vscode.Uri): BriefChecker {
    const severities = this.settings.get(resource).severity;
    const key = `${entry.spec.id}\n${JSON.stringify(severities)}`;
    const cached = this.checkers.get(key);
    if (cached && cached.corpus === corpus) return cached.checker;
    const checker = new BriefChecker(corpus, { severities });
    this.checkers.set(key, { corpus, checker });
    return checker;
  }

  /** Checks the document's current text now (synchronous; the engine caches per sentence). */
  private checkNow(document: vscode.TextDocument, entry: CorpusEntry, corpus: Corpus): CheckRecord {
    const text = document.getText();
    const result = this.checkerFor(entry, corpus, document.uri).check(text, document.uri.toString(), document.version);
    return this.remember(document, text, result, entry, corpus);
  }

  private remember(document: vscode.TextDocument, text: string, result: BriefResult, entry: CorpusEntry, corpus: Corpus): CheckRecord {
    const uri = document.uri.toString();
    const record: CheckRecord = { uri, version: document.version, text, result, corpus, entry };
    this.latest.set(uri, record);
    return record;
  }

  private publish(uri: vscode.Uri, record: CheckRecord): void {
    this.published.set(record.uri, record);
    this.diagnostics.set(uri, record.result.findings.map((finding) => toDiagnostic(finding, this.docsBase, (key) => record.corpus.source(key))));
    this.checked.fire(record);
  }

  /** A result for the document's current version and the current corpus, checking now if needed. */
  async current(document: vscode.TextDocument): Promise<CheckRecord> {
    const { entry, corpus } = await this.corpora.get(document.uri);
    const record = this.latest.get(document.uri.toString());
    if (record && record.version === document.version && record.corpus === corpus && record.text.length === document.getText().length) {
      return record;
    }
    return this.checkNow(document, entry, corpus);
  }

  /** What the Problems view shows for a document. */
  publishedFor(uri: vscode.Uri): CheckRecord | undefined {
    return this.published.get(uri.toString());
  }

  /** Checks a brief that is not open (Check Workspace Briefs) and publishes its diagnostics. */
  async checkText(uri: vscode.Uri, text: string): Promise<BriefResult | undefined> {
    if (!this.settings.get(uri).enable) return undefined;
    const { entry, corpus } = await this.corpora.get(uri);
    // In slices, like a live check: a workspace of long briefs must not hold the editor.
    const result = await this.checkerFor(entry, corpus, uri).checkInSlices(text, uri.toString(), 0);
    if (!result) return undefined;
    const record: CheckRecord = { uri: uri.toString(), version: 0, text, result, corpus, entry };
    this.publish(uri, record);
    return result;
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancel(key);
    this.latest.delete(key);
    this.published.delete(key);
    this.diagnostics.delete(uri);
  }

  /** Re-checks every open brief now (after a corpus or settings change). */
  recheckOpen(filter?: (document: vscode.TextDocument) => boolean): void {
    this.checkers.clear();
    for (const document of vscode.workspace.textDocuments) {
      if (filter && !filter(document)) continue;
      if (this.isBrief(document)) this.schedule(document, 0);
      else if (this.published.has(document.uri.toString())) this.clear(document.uri);
    }
  }
}
