// Which corpus a brief is checked against, indexed lazily, watched, and re-indexed on change.
// Each workspace folder has its own settings and therefore possibly its own corpus; folders with
// the same settings share one index.
import * as vscode from 'vscode';
import { briefReferences, DEFAULT_SLICE_MS, includesSeeds, loadCorpus, loadCorpusCached, problemPosition, WorkCancelled, type Corpus, type LoadOptions, type Problem } from '../core';
import { storageExtractionCache, storageIndexCache } from './indexCacheStore';
import { sourceUri } from './convert';
import { VscodeCorpusFileSystem } from './fileSystem';
import type { SettingsReader } from './settings';

export interface CorpusSpec {
  /** Same folders and options give the same id, hence the same index. */
  id: string;
  /** URI strings of the corpus folders, bundled seeds first when included. */
  folders: string[];
  maxFileBytes: number;
  /** URI strings of bibliography files: the setting's, then the brief's front matter's. */
  bibliographies: string[];
  /** In an untrusted workspace: the workspace folder bibliographies must stay inside. */
  bibliographyRoot?: string;
}

/** `cancelled`: the user stopped the first index; nothing is indexed until Re-index or a change of the sources. */
export type IndexState = 'idle' | 'indexing' | 'ready' | 'failed' | 'cancelled';

export class CorpusEntry {
  corpus?: Corpus;
  state: IndexState = 'idle';
  error?: string;
  /** Bumped by every completed (re-)index. */
  generation = 0;
  loading?: Promise<Corpus>;
  dirty = false;
  /** Files the last (re-)index read from disk; unchanged files come from the cache. */
  lastReads = 0;
  /** PDF, web and Word files the last (re-)index extracted; unchanged ones come from the extraction cache. */
  lastExtractions = 0;
  /** Set by Cancel Indexing; the running load stops at its next file or page. */
  cancelRequested = false;
  timer?: ReturnType<typeof setTimeout>;

  /** Files a bibliography's entries link to outside the corpus folders (their `file` fields), from the last index. */
  attachments: string[] = [];

  constructor(readonly spec: CorpusSpec) {}

  /** A file of the corpus: inside one of its folders, one of its bibliographies, or an attachment they link to. */
  contains(uri: string): boolean {
    return this.spec.bibliographies.includes(uri) || this.attachments.includes(uri) || this.inFolders(uri);
  }

  inFolders(uri: string): boolean {
    return this.spec.folders.some((folder) => uri === folder || uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`));
  }
}

const REINDEX_DELAY_MS = 250;

export class CorpusManager implements vscode.Disposable {
  readonly fs = new VscodeCorpusFileSystem();
  private readonly entries = new Map<string, CorpusEntry>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly problemDiagnostics = vscode.languages.createDiagnosticCollection('brief-lens-corpus');
  private readonly indexed = new vscode.EventEmitter<CorpusEntry>();
  private readonly stateChanged = new vscode.EventEmitter<void>();
  private readonly specProblems = new Set<string>();
  /** Fires after every completed (re-)index of a corpus: open briefs using it are re-checked. */
  readonly onDidIndex = this.indexed.event;
  readonly onDidChangeState = this.stateChanged.event;
  /** PDF, web and Word files extracted (not found in the extraction cache) by every index so far. */
  extractions = 0;
  /** What the running index is reading (`3/12 report.pdf p. 40/300`), for the status bar. */
  progress: string | undefined;

  constructor(
    private readonly seeds: vscode.Uri,
    private readonly settings: SettingsReader,
    private readonly log: (message: string) => void,
    /** The extension's global storage, for the index cache; none in tests that build without it. */
    private readonly storage?: vscode.Uri,
  ) {}

  dispose(): void {
    for (const entry of this.entries.values()) if (entry.timer) clearTimeout(entry.timer);
    for (const watcher of this.watchers.values()) watcher.dispose();
    this.problemDiagnostics.dispose();
    this.indexed.dispose();
    this.stateChanged.dispose();
  }

  get state(): IndexState {
    const states = [...this.entries.values()].map((entry) => entry.state);
    if (states.includes('indexing')) return 'indexing';
    if (states.includes('failed')) return 'failed';
    if (states.includes('cancelled')) return 'cancelled';
    return states.includes('ready') ? 'ready' : 'idle';
  }

  /** The corpus settings that apply to a resource (a brief), resolved against its workspace folder. */
  specFor(resource?: vscode.Uri): CorpusSpec {
    const workspaceFolder = resource ? vscode.workspace.getWorkspaceFolder(resource) : undefined;
    const settings = this.settings.get(workspaceFolder?.uri ?? resource);
    const folders: string[] = [];
    for (const folder of settings['corpus.folders']) {
      const uri = this.resolveFolder(folder, workspaceFolder);
      if (uri && !folders.includes(uri.toString())) folders.push(uri.toString());
    }
    const maxFileBytes = settings['corpus.maxFileBytes'];
    const bibliographies = this.bibliographiesFor(resource, settings.bibliography, workspaceFolder);
    // The bundled seeds come first when included: by default only while no source of one's own
    // (a corpus folder or a bibliography) is in use.
    if (includesSeeds(settings['corpus.includeSeeds'], folders.length + bibliographies.length)) folders.unshift(this.seeds.toString());
    const bibliographyRoot = vscode.workspace.isTrusted ? undefined : workspaceFolder?.uri.toString();
    return {
      id: JSON.stringify([folders, maxFileBytes, bibliographies, bibliographyRoot ?? null]),
      folders,
      maxFileBytes,
      bibliographies,
      ...(bibliographyRoot !== undefined && { bibliographyRoot }),
    };
  }

  /** The setting's bibliographies, then those the brief's front matter names (relative to the brief). */
  private bibliographiesFor(resource: vscode.Uri | undefined, setting: readonly string[], workspaceFolder: vscode.WorkspaceFolder | undefined): string[] {
    const found: string[] = [];
    for (const file of setting) {
      const uri = this.resolveFolder(file, workspaceFolder);
      if (uri) found.push(uri.toString());
    }
    const document = resource && vscode.workspace.textDocuments.find((open) => open.uri.toString() === resource.toString());
    if (document) {
      const folder = vscode.Uri.joinPath(document.uri, '..');
      for (const file of briefReferences(document.getText()).bibliography) {
        const uri = /^[a-z][a-z0-9+.-]+:\/\//i.test(file) || file.startsWith('/') ? this.resolveFolder(file, workspaceFolder) : vscode.Uri.joinPath(folder, ...file.split(/[\\/]+/).filter((part) => part && part !== '.'));
        if (uri) found.push(uri.toString());
      }
    }
    return [...new Set(found)];
  }

  private resolveFolder(folder: string, workspaceFolder: vscode.WorkspaceFolder | undefined): vscode.Uri | undefined {
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(folder)) return vscode.Uri.parse(folder);
    if (folder.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(folder)) {
      // Absolute: on the same file system as the workspace (local, remote or virtual).
      return workspaceFolder && workspaceFolder.uri.scheme !== 'file'
        ? workspaceFolder.uri.with({ path: folder })
        : vscode.Uri.file(folder);
    }
    const base = workspaceFolder ?? (vscode.workspace.workspaceFolders?.length === 1 ? vscode.workspace.workspaceFolders[0] : undefined);
    if (!base) {
      const message = `briefLens.corpus.folders: "${folder}" is relative but the brief is in no workspace folder; ignored.`;
      if (!this.specProblems.has(message)) {
        this.specProblems.add(message);
        this.log(message);
      }
      return undefined;
    }
    return vscode.Uri.joinPath(base.uri, ...folder.split(/[\\/]+/).filter((part) => part && part !== '.'));
  }

  private entryFor(spec: CorpusSpec): CorpusEntry {
    let entry = this.entries.get(spec.id);
    if (!entry) {
      entry = new CorpusEntry(spec);
      this.entries.set(spec.id, entry);
      this.watch(spec);
      // A brief's front matter named other bibliographies: the corpus of the old list goes.
      if (this.entries.size > 1) this.prune();
    }
    return entry;
  }

  /** The entry for a resource without starting to index. */
  peek(resource?: vscode.Uri): CorpusEntry | undefined {
    return this.entries.get(this.specFor(resource).id);
  }

  /**
   * The corpus for a resource: the current index at once when there is one (even while a re-index
   * runs), otherwise waits for the first index.
   */
  async get(resource?: vscode.Uri): Promise<{ entry: CorpusEntry; corpus: Corpus }> {
    await this.settings.ready;
    const entry = this.entryFor(this.specFor(resource));
    if (entry.corpus) return { entry, corpus: entry.corpus };
    // Cancelled by the user: not started again by the next keystroke, only by Re-index or a change.
    if (entry.state === 'cancelled') throw new WorkCancelled();
    return { entry, corpus: await this.load(entry) };
  }

  /** Is this URI inside any corpus folder in use (a source, not a brief)? */
  isCorpusFile(uri: vscode.Uri): boolean {
    const text = uri.toString();
    const spec = this.specFor(uri);
    return spec.folders.some((folder) => text.startsWith(folder.endsWith('/') ? folder : `${folder}/`));
  }

  /** Reads and indexes a corpus; with storage, the index comes from (and goes to) the cache, built in slices. */
  private async read(entry: CorpusEntry, report: (message: string) => void = () => undefined): Promise<Corpus> {
    const { spec } = entry;
    const options: LoadOptions = {
      maxFileBytes: spec.maxFileBytes,
      ...readProgress(report),
      onExtracted: (_location, fromCache) => {
        if (fromCache) return;
        entry.lastExtractions++;
        this.extractions++;
      },
      isCancelled: () => entry.cancelRequested,
      ...(spec.bibliographies.length > 0 && { bibliographies: spec.bibliographies }),
      ...(spec.bibliographyRoot !== undefined && { bibliographyRoot: spec.bibliographyRoot }),
      ...(this.storage && { extractionCache: storageExtractionCache(this.storage) }),
    };
    const fs = this.fs.counting(() => entry.lastReads++);
    if (!this.storage) return loadCorpus(spec.folders, fs, options);
    const { corpus, cacheHit } = await loadCorpusCached(spec.folders, fs, storageIndexCache(this.storage), {
      ...options,
      // Indexing yields to the extension host this often, so typing never waits for it.
      sliceMs: DEFAULT_SLICE_MS,
      onCacheError: (message) => this.log(`Index cache: ${message}`),
    });
    if (cacheHit) this.log('Index read from the cache');
    return corpus;
  }

  private load(entry: CorpusEntry): Promise<Corpus> {
    if (entry.loading) return entry.loading;
    entry.dirty = false;
    entry.cancelRequested = false;
    entry.lastExtractions = 0;
    entry.state = 'indexing';
    this.stateChanged.fire();
    const started = Date.now();
    entry.lastReads = 0;
    entry.loading = (async () => {
      try {
        const corpus = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: 'Brief Lens: indexing sources' },
          (progress) => this.read(entry, (message) => {
            this.progress = message;
            progress.report({ message });
            this.stateChanged.fire();
          }),
        );
        entry.corpus = corpus;
        entry.state = 'ready';
        entry.error = undefined;
        entry.generation++;
        const passages = corpus.sources.reduce((sum, source) => sum + source.passageCount, 0);
        entry.attachments = corpus.sources.map((source) => source.file).filter((file) => !entry.inFolders(file) && !entry.spec.bibliographies.includes(file));
        this.watchFiles(entry.attachments);
        this.log(
          `Indexed ${corpus.sources.length} source(s), ${passages} passage(s) in ${Date.now() - started} ms `
          + `(${entry.lastReads} file(s) read, ${entry.lastExtractions} extracted) from: ${entry.spec.folders.map((f) => vscode.Uri.parse(f).fsPath || f).join(', ') || '(no folders)'}`,
        );
        for (const problem of corpus.problems) this.log(`Corpus problem: ${problem.file}${problemPosition(problem)}: ${problem.message}`);
        this.publishProblems();
        this.indexed.fire(entry);
        return corpus;
      } catch (error) {
        if (error instanceof WorkCancelled) {
          // The last index, if any, stays in use; without one, nothing is indexed until asked again.
          entry.state = entry.corpus ? 'ready' : 'cancelled';
          entry.dirty = false;
          this.log(`Indexing cancelled after ${Date.now() - started} ms${entry.corpus ? '; the previous index stays in use' : '; run "Brief Lens: Re-index Corpus" to index'}`);
          throw error;
        }
        entry.state = entry.corpus ? 'ready' : 'failed';
        entry.error = error instanceof Error ? error.message : String(error);
        this.log(`Indexing failed: ${entry.error}`);
        throw error;
      } finally {
        entry.loading = undefined;
        entry.cancelRequested = false;
        this.progress = undefined;
        this.stateChanged.fire();
        if (entry.dirty) this.schedule(entry);
      }
    })();
    return entry.loading;
  }

  private schedule(entry: CorpusEntry, delay = REINDEX_DELAY_MS): void {
    entry.dirty = true;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (!entry.loading) void this.load(entry).catch(() => undefined);
    }, delay);
  }

  /** Stops every running index at its next file or page (the status bar's Cancel). True when one was running. */
  cancelIndexing(): boolean {
    let running = false;
    for (const entry of this.entries.values()) {
      if (entry.timer) {
        clearTimeout(entry.timer);
        entry.timer = undefined;
      }
      if (!entry.loading) continue;
      entry.cancelRequested = true;
      running = true;
    }
    return running;
  }

  /** Re-indexes every corpus in use, reading every file again. */
  async reindexAll(): Promise<void> {
    this.fs.clear();
    this.settings.reset();
    this.specProblems.clear();
    this.prune();
    const entries = [...this.entries.values()];
    for (const entry of entries) {
      entry.dirty = true;
      if (entry.state === 'cancelled') entry.state = 'idle';
    }
    await Promise.all(entries.map(async (entry) => {
      if (entry.loading) await entry.loading.catch(() => undefined);
      await this.load(entry).catch(() => undefined);
    }));
  }

  /** A corpus file changed on disk: re-read that file and re-index the corpora holding it. */
  fileChanged(uri: vscode.Uri): void {
    const text = uri.toString();
    this.fs.forget(text);
    for (const entry of this.entries.values()) {
      if (entry.contains(text)) {
        if (entry.state === 'cancelled') entry.state = 'idle';
        if (entry.corpus || entry.loading) this.schedule(entry);
      }
    }
  }

  /** Settings changed: drop corpora no open brief's settings refer to any more. */
  prune(): void {
    const wanted = new Set<string>([this.specFor(undefined).id]);
    for (const folder of vscode.workspace.workspaceFolders ?? []) wanted.add(this.specFor(folder.uri).id);
    for (const document of vscode.workspace.textDocuments) wanted.add(this.specFor(document.uri).id);
    for (const [id, entry] of this.entries) {
      if (!wanted.has(id)) {
        if (entry.timer) clearTimeout(entry.timer);
        this.entries.delete(id);
      }
    }
    const folders = new Set([...this.entries.values()].flatMap((entry) => [...entry.spec.folders, ...entry.spec.bibliographies, ...entry.attachments]));
    for (const [folder, watcher] of this.watchers) {
      if (!folders.has(folder)) {
        watcher.dispose();
        this.watchers.delete(folder);
      }
    }
    this.publishProblems();
    this.stateChanged.fire();
  }

  /** Watches the corpus folders and the bibliography files: a change re-indexes. */
  private watch(spec: CorpusSpec): void {
    this.watchFiles(spec.folders, true);
    this.watchFiles(spec.bibliographies);
  }

  /** Watches folders (everything under them) or single files (bibliographies, attachments). */
  private watchFiles(locations: readonly string[], folders = false): void {
    for (const folder of locations) {
      if (folder === this.seeds.toString() || this.watchers.has(folder)) continue;
      let uri: vscode.Uri;
      try {
        uri = vscode.Uri.parse(folder, true);
      } catch {
        continue; // not a URI (cannot happen for locations the extension's file system made)
      }
      const pattern = folders ? new vscode.RelativePattern(uri, '**/*') : new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.slice(uri.path.lastIndexOf('/') + 1));
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const onChange = (uri: vscode.Uri) => this.fileChanged(uri);
      this.watchers.set(
        folder,
        vscode.Disposable.from(watcher, watcher.onDidCreate(onChange), watcher.onDidChange(onChange), watcher.onDidDelete(onChange)),
      );
    }
  }

  private publishProblems(): void {
    const byFile = new Map<string, Problem[]>();
    for (const entry of this.entries.values()) {
      for (const problem of entry.corpus?.problems ?? []) {
        const list = byFile.get(problem.file) ?? [];
        if (!list.some((p) => p.message === problem.message)) list.push(problem);
        byFile.set(problem.file, list);
      }
    }
    this.problemDiagnostics.clear();
    for (const [file, problems] of byFile) {
      let uri: vscode.Uri;
      try {
        uri = sourceUri(file);
      } catch {
        continue; // reported in the output channel
      }
      this.problemDiagnostics.set(uri, problems.map((problem) => {
        // A manifest fault points at its entry or field; a whole-file fault sits at the start.
        const { start, end } = problem.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        const range = new vscode.Range(start.line, start.character, end.line, end.character);
        const diagnostic = new vscode.Diagnostic(range, problem.message, vscode.DiagnosticSeverity.Warning);
        diagnostic.source = 'brief-lens';
        diagnostic.code = 'corpus-problem';
        return diagnostic;
      }));
    }
  }

  /** Every entry currently in use. */
  all(): CorpusEntry[] {
    return [...this.entries.values()];
  }
}

/** Progress of a read: each file, and each page of a long PDF (at most every PROGRESS_MS). */
function readProgress(report: (message: string) => void): Pick<LoadOptions, 'onFileRead' | 'onPage'> {
  let file = '';
  let told = 0;
  const name = (location: string) => location.slice(location.lastIndexOf('/') + 1);
  return {
    onFileRead: (done, total, location) => {
      file = `${done}/${total}`;
      report(`${file} ${name(location)}`);
    },
    onPage: (location, page, pages) => {
      const now = Date.now();
      if (now - told < PROGRESS_MS && page < pages) return;
      told = now;
      report(`${name(location)} p. ${page}/${pages}${file ? ` (${file} files read)` : ''}`);
    },
  };
}

const PROGRESS_MS = 200;
