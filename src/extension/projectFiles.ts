// The project file (`.brief-lens.json` / `.brief-lens.yaml`) at the root of each workspace folder:
// read at start and whenever it changes, its faults shown as diagnostics on it. The values are
// layered into the settings by SettingsReader (see there for which wins).
import * as vscode from 'vscode';
import { readWorkspaceFile, TooLargeError } from './boundedRead';
import { decodeSource, parseProjectFile, problemPosition, PROJECT_FILE_NAMES, settingsSchema, type Problem } from '../core';

/** A folder's project file: its valid values by setting key (`corpus.folders`). */
export interface FolderProject {
  file: vscode.Uri;
  values: Record<string, unknown>;
}

/** A project file is a few lines; anything this large is not one. */
const MAX_PROJECT_BYTES = 1024 * 1024;

export class ProjectFiles implements vscode.Disposable {
  private readonly byFolder = new Map<string, FolderProject>();
  private readonly queue = new Map<string, Promise<void>>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('brief-lens-project');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires after a project file was created, changed or deleted and read again. */
  readonly onDidChange = this.changed.event;
  /** Resolves once every workspace folder's project file has been read the first time. */
  readonly ready: Promise<void>;

  constructor(private readonly log: (message: string) => void) {
    const pattern = `**/{${PROJECT_FILE_NAMES.join(',')}}`;
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const onChange = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      // Only the file at a folder's root is a project file.
      if (folder && vscode.Uri.joinPath(folder.uri, uri.path.split('/').pop() ?? '').toString() === uri.toString()) {
        void this.read(folder).then(() => this.changed.fire());
      }
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(onChange),
      watcher.onDidChange(onChange),
      watcher.onDidDelete(onChange),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.readAll().then(() => this.changed.fire())),
    );
    this.ready = this.readAll();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.diagnostics.dispose();
    this.changed.dispose();
  }

  /** The project file of the resource's workspace folder, if it has one. */
  projectFor(resource?: vscode.Uri): FolderProject | undefined {
    const folder = resource ? vscode.workspace.getWorkspaceFolder(resource) : vscode.workspace.workspaceFolders?.[0];
    return folder ? this.byFolder.get(folder.uri.toString()) : undefined;
  }

  /** Every workspace folder's project file. */
  all(): FolderProject[] {
    return [...this.byFolder.values()];
  }

  private async readAll(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    for (const key of [...this.byFolder.keys()]) {
      if (!folders.some((folder) => folder.uri.toString() === key)) this.forget(key);
    }
    await Promise.all(folders.map((folder) => this.read(folder)));
  }

  private forget(key: string): void {
    const project = this.byFolder.get(key);
    if (project) this.diagnostics.delete(project.file);
    this.byFolder.delete(key);
  }

  /** Reads a folder's project file; reads of one folder run one after the other, so the last change wins. */
  private read(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const next = (this.queue.get(key) ?? Promise.resolve()).then(() => this.readNow(folder));
    this.queue.set(key, next);
    return next;
  }

  /** Reads the first project file present at the folder's root; none present leaves the folder without one. */
  private async readNow(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    this.forget(key);
    for (const name of PROJECT_FILE_NAMES) {
      const file = vscode.Uri.joinPath(folder.uri, name);
      let bytes: Uint8Array | undefined;
      try {
        bytes = await readWorkspaceFile(file, MAX_PROJECT_BYTES);
      } catch (error) {
        if (!(error instanceof TooLargeError)) continue; // not there
      }
      const decoded = bytes === undefined ? { ok: false as const, reason: 'is larger than 1 MB; not read' } : decodeSource(bytes);
      const { values, problems } = decoded.ok
        ? parseProjectFile(file.path, decoded.text, settingsSchema.shape)
        : { values: {}, problems: [{ file: file.path, message: decoded.reason }] };
      this.byFolder.set(key, { file, values });
      this.publish(file, problems);
      this.log(`Project file ${file.fsPath || file.toString()}: ${Object.keys(values).join(', ') || 'no settings'}${problems.length ? ` (${problems.length} problem(s))` : ''}`);
      if (values['corpus.folders'] !== undefined && !vscode.workspace.isTrusted) {
        this.log('Its corpus.folders is ignored while the workspace is not trusted (as briefLens.corpus.folders of the workspace is).');
      }
      return;
    }
  }

  private publish(file: vscode.Uri, problems: Problem[]): void {
    this.diagnostics.set(file, problems.map((problem) => {
      const { start, end } = problem.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), problem.message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'brief-lens';
      diagnostic.code = 'project-file';
      return diagnostic;
    }));
    for (const problem of problems) this.log(`Project file problem: ${file.fsPath || file.toString()}${problemPosition(problem)}: ${problem.message}`);
  }
}
