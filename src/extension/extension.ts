// Brief Lens for VS Code: thin adapters over the engine in src/core.
import * as vscode from 'vscode';
// The compiled WordNet ships beside this bundle (dist/wordnet.lex.gz); read after activation, in slices.
import { readNodeLexiconAsync } from '../node/lexicon';
import { preloadLexicon, readmeUrl, type BriefResult, type PackageLinks, type Verdict } from '../core';
import { BriefService, type CheckRecord } from './briefs';
import { copyCitation, filterVerdicts, fixClaim, revealClaim } from './claimsCommands';
import { ClaimsProvider } from './claimsView';
import { ReportPanel } from './reportPanel';
import { CitationCompletionProvider, CitationDefinitionProvider, CitationLinkProvider } from './citations';
import { applyFix, BriefCodeActionProvider, type ApplyFixArgs } from './codeActions';
import { Commands, type EvidenceTarget } from './commands';
import { CorpusManager, type IndexState } from './corpora';
import { BriefHoverProvider } from './hover';
import { ProjectFiles } from './projectFiles';
import { SettingsReader } from './settings';
import { SETTINGS_SECTION as SECTION } from '../core';
import { BriefStatusBar } from './statusBar';

/** What `activate` returns; the integration tests use it to wait for checks. */
export interface BriefLensApi {
  /** The published check of a document at its current version (waits for it). */
  waitForCheck(document: vscode.TextDocument, timeoutMs?: number): Promise<BriefResult>;
  /** The next check published for a URI, whatever triggered it. */
  nextCheck(uri: vscode.Uri, timeoutMs?: number): Promise<BriefResult>;
  /** Resolves when no corpus is being indexed. */
  whenIndexed(): Promise<void>;
  indexState(): IndexState;
  /** How many files the last (re-)index of a resource's corpus read from disk. */
  lastIndexReads(resource?: vscode.Uri): number | undefined;
  /** How many PDF, web and Word files the last (re-)index of a resource's corpus extracted (not from the cache). */
  lastIndexExtractions(resource?: vscode.Uri): number | undefined;
  /** PDF, web and Word files extracted (not taken from the extraction cache) by every index so far. */
  extractionsSoFar(): number;
  /** The status bar item's tooltip, as Markdown. */
  statusTooltip(): string;
  statusText(): string;
  /** The Claims view's data (integration tests inspect its items). */
  claims: ClaimsProvider;
}

/** The long-lived parts of the extension, made once at activation. */
interface Services {
  output: vscode.LogOutputChannel;
  projects: ProjectFiles;
  settings: SettingsReader;
  corpora: CorpusManager;
  briefs: BriefService;
  statusBar: BriefStatusBar;
  commands: Commands;
  claims: ClaimsProvider;
  report: ReportPanel;
}

export function activate(context: vscode.ExtensionContext): BriefLensApi {
  const services = createServices(context);
  const { output, projects, corpora, briefs, statusBar, claims, report } = services;
  context.subscriptions.push(output, projects, corpora, briefs, statusBar, claims, report);
  const providers = new LanguageProviders(services);
  context.subscriptions.push(providers);
  registerCommands(context, services);
  watchWorkspace(context, services, providers);

  // Index lazily: activation returns at once; the first check of an open brief starts indexing.
  // The lexicon is read meanwhile, in slices, so that check does not stop to read it.
  setTimeout(() => {
    void preloadLexicon(readNodeLexiconAsync);
    for (const document of vscode.workspace.textDocuments) briefs.schedule(document, 0);
    statusBar.update();
  }, 0);
  return testApi(services);
}

function createServices(context: vscode.ExtensionContext): Services {
  const output = vscode.window.createOutputChannel('Brief Lens', { log: true });
  const projects = new ProjectFiles((message) => output.info(message));
  const settings = new SettingsReader(
    (message) => {
      output.warn(message);
      void vscode.window.showWarningMessage(`Brief Lens: ${message}`);
    },
    (resource) => projects.projectFor(resource)?.values,
    projects.ready,
  );
  const corpora = new CorpusManager(vscode.Uri.joinPath(context.extensionUri, 'seeds'), settings, (message) => output.info(message), context.globalStorageUri);
  const docsBase = readmeUrl(context.extension.packageJSON as PackageLinks);
  const briefs = new BriefService(corpora, settings, docsBase);
  return {
    output,
    projects,
    settings,
    corpora,
    briefs,
    statusBar: new BriefStatusBar(briefs, corpora),
    commands: new Commands(briefs, corpora, output),
    claims: new ClaimsProvider(briefs, context.workspaceState),
    report: new ReportPanel(briefs),
  };
}

/** Hover, fixes, completion, definitions and links for Markdown plus the globs of briefLens.files.include (re-registered when they change). */
class LanguageProviders implements vscode.Disposable {
  private registered: vscode.Disposable | undefined;

  constructor(private readonly services: Services) {
    this.register();
  }

  register(): void {
    const { projects, briefs, corpora } = this.services;
    this.registered?.dispose();
    const include = [
      ...(vscode.workspace.getConfiguration(SECTION).get<string[]>('files.include') ?? []),
      ...projects.all().flatMap((project) => (project.values['files.include'] as string[] | undefined) ?? []),
    ];
    const selector: vscode.DocumentFilter[] = [{ language: 'markdown' }, ...include.map((pattern) => ({ pattern }))];
    this.registered = vscode.Disposable.from(
      vscode.languages.registerHoverProvider(selector, new BriefHoverProvider(briefs)),
      vscode.languages.registerCodeActionsProvider(selector, new BriefCodeActionProvider(briefs), BriefCodeActionProvider.metadata),
      vscode.languages.registerCompletionItemProvider(selector, new CitationCompletionProvider(briefs, corpora), '@', '.', ' '),
      vscode.languages.registerDefinitionProvider(selector, new CitationDefinitionProvider(briefs)),
      vscode.languages.registerDocumentLinkProvider(selector, new CitationLinkProvider(briefs)),
    );
  }

  dispose(): void {
    this.registered?.dispose();
  }
}

function registerCommands(context: vscode.ExtensionContext, services: Services): void {
  const { output, corpora, briefs, commands, claims, report } = services;
  const register = (id: string, run: (...args: never[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  register('briefLens.reindex', () => commands.reindex());
  register('briefLens.cancelIndexing', () => {
    const running = corpora.cancelIndexing();
    if (!running) vscode.window.setStatusBarMessage('Brief Lens: nothing is being indexed', 3000);
    return running;
  });
  register('briefLens.checkWorkspace', (token?: unknown) => commands.checkWorkspace(isCancellationToken(token) ? token : undefined));
  register('briefLens.insertReferences', () => commands.insertReferences());
  register('briefLens.showSources', () => commands.showSources());
  register('briefLens.openEvidence', (target?: EvidenceTarget) => commands.openEvidence(target));
  register('briefLens.showOutput', () => output.show(true));
  register('briefLens.applyFix', (args: ApplyFixArgs) => applyFix(briefs, args));
  register('briefLens.fixAll', () => fixAllInActiveEditor(briefs));
  register('briefLens.claims.reveal', (uri: string, range) => revealClaim(uri, range));
  register('briefLens.claims.groupBySection', () => claims.setGrouping('section'));
  register('briefLens.claims.groupByVerdict', () => claims.setGrouping('verdict'));
  register('briefLens.claims.filter', (chosen?: Verdict[]) => filterVerdicts(claims, chosen));
  register('briefLens.claims.applyFix', (node: unknown) => fixClaim(node, false));
  register('briefLens.claims.suppress', (node: unknown) => fixClaim(node, true));
  register('briefLens.claims.copyCitation', (node: unknown) => copyCitation(node));
  register('briefLens.openReport', async () => {
    const editor = vscode.window.activeTextEditor;
    const uri = editor && briefs.isBrief(editor.document) ? editor.document.uri : claims.briefUri ? vscode.Uri.parse(claims.briefUri) : undefined;
    if (!uri) {
      void vscode.window.showInformationMessage('Brief Lens: open a Markdown brief first.');
      return undefined;
    }
    return report.show(await vscode.workspace.openTextDocument(uri));
  });
  register('briefLens.recheck', (uri?: string) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) ?? vscode.window.activeTextEditor?.document;
    if (document) briefs.schedule(document, 0);
  });
}

/** Applies the active brief's fix-all action, as `source.fixAll` on save would. */
async function fixAllInActiveEditor(briefs: BriefService): Promise<unknown> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !briefs.isBrief(editor.document)) return false;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.briefLens',
  );
  const fixAll = actions?.find((action) => action.command?.command === 'briefLens.applyFix');
  if (!fixAll?.command) {
    vscode.window.setStatusBarMessage('Brief Lens: nothing to fix', 3000);
    return false;
  }
  return vscode.commands.executeCommand(fixAll.command.command, ...(fixAll.command.arguments ?? []));
}

/** Live checking: edits, settings, project files, trust and folders trigger re-checks. */
function watchWorkspace(context: vscode.ExtensionContext, services: Services, providers: LanguageProviders): void {
  const { projects, settings, corpora, briefs, statusBar } = services;
  const recheckAll = (): void => {
    corpora.prune();
    briefs.recheckOpen();
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => briefs.schedule(document, 0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) briefs.schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => briefs.clear(document.uri)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      settings.reset();
      if (event.affectsConfiguration(`${SECTION}.files.include`)) providers.register();
      recheckAll();
      statusBar.update();
    }),
    projects.onDidChange(() => {
      settings.reset();
      providers.register();
      recheckAll();
      statusBar.update();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(recheckAll),
    vscode.workspace.onDidChangeWorkspaceFolders(recheckAll),
    corpora.onDidIndex((entry) => briefs.recheckOpen((document) => corpora.peek(document.uri) === entry)),
    corpora.onDidChangeState(() => statusBar.update()),
    briefs.onDidCheck(() => statusBar.update()),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.update()),
  );
}

/** What the integration tests drive: waits for checks and index states, and reads the status bar and the Claims view. */
function testApi({ corpora, briefs, statusBar, claims }: Services): BriefLensApi {
  const published = (uri: vscode.Uri): CheckRecord | undefined => briefs.publishedFor(uri);
  return {
    waitForCheck(document, timeoutMs = 20_000) {
      const current = published(document.uri);
      if (current && current.version === document.version && !briefs.isPending(document.uri)) return Promise.resolve(current.result);
      return waitFor(briefs, (record) => record.uri === document.uri.toString() && record.version === document.version, timeoutMs, `a check of ${document.uri.toString()} v${document.version}`);
    },
    nextCheck(uri, timeoutMs = 20_000) {
      return waitFor(briefs, (record) => record.uri === uri.toString(), timeoutMs, `the next check of ${uri.toString()}`);
    },
    async whenIndexed() {
      while (corpora.state === 'indexing') {
        await new Promise<void>((resolve) => {
          const sub = corpora.onDidChangeState(() => {
            sub.dispose();
            resolve();
          });
        });
      }
    },
    indexState: () => corpora.state,
    lastIndexReads: (resource) => corpora.peek(resource)?.lastReads,
    lastIndexExtractions: (resource) => corpora.peek(resource)?.lastExtractions,
    extractionsSoFar: () => corpora.extractions,
    statusTooltip: () => {
      const tooltip = statusBar.item.tooltip;
      return typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '';
    },
    statusText: () => statusBar.item.text,
    claims,
  };
}

function waitFor(briefs: BriefService, match: (record: CheckRecord) => boolean, timeoutMs: number, what: string): Promise<BriefResult> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`Brief Lens: timed out waiting for ${what}`));
    }, timeoutMs);
    const sub = briefs.onDidCheck((record) => {
      if (!match(record)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(record.result);
    });
  });
}

export function deactivate(): void {}

/** A cancellation token handed to a command by another extension or a test (the palette passes nothing). */
function isCancellationToken(value: unknown): value is vscode.CancellationToken {
  return typeof value === 'object' && value !== null && typeof (value as { isCancellationRequested?: unknown }).isCancellationRequested === 'boolean';
}
