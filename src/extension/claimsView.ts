// The Claims view: the active brief's claims as a native tree (its own view container and the
// Explorer), grouped by section or verdict, filtered by verdict, a badge with the contradicted
// count. It shows what the diagnostics show: it listens to the checks BriefService publishes and
// never checks on its own. Children are built when a node is expanded; VS Code virtualises rows.
import * as vscode from 'vscode';
import { VERDICT_ORDER, VERDICT_STYLE, briefOutline, claimEntries, reasonFor, type ClaimEntry, type Evidence, type Verdict } from '../core';
import type { BriefService, CheckRecord } from './briefs';
import { claimCitation, claimSpeech, clip, groupClaims, type ClaimGroup, type Grouping } from './claimsModel';
import { escapeMarkdown } from './text';

export const CLAIMS_VIEWS = ['briefLens.claims', 'briefLens.claimsExplorer'] as const;

export type ClaimsNode =
  | { kind: 'group'; group: ClaimGroup }
  | { kind: 'claim'; claim: ClaimEntry; group: ClaimGroup; record: CheckRecord }
  | { kind: 'evidence'; evidence: Evidence; parent: ClaimsNode & { kind: 'claim' } };

const VERDICT_ICON: Record<Verdict, [string, string]> = {
  supported: ['pass', 'testing.iconPassed'],
  contradicted: ['error', 'problemsErrorIcon.foreground'],
  unsupported: ['warning', 'problemsWarningIcon.foreground'],
  opinion: ['comment', 'descriptionForeground'],
};

function verdictIcon(verdict: Verdict): vscode.ThemeIcon {
  const [icon, colour] = VERDICT_ICON[verdict];
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(colour));
}

export class ClaimsProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly views: vscode.TreeView<ClaimsNode>[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The brief shown: the active editor's when it is a brief, else the last one shown. */
  private uri: string | undefined;
  private entries: { record: CheckRecord; claims: ClaimEntry[] } | undefined;
  private roots: ClaimsNode[] = [];
  grouping: Grouping;
  shown: Set<Verdict>;

  constructor(private readonly briefs: BriefService, private readonly state: vscode.Memento) {
    this.grouping = state.get<Grouping>('briefLens.claims.grouping') === 'verdict' ? 'verdict' : 'section';
    this.shown = new Set(state.get<Verdict[]>('briefLens.claims.shown') ?? VERDICT_ORDER);
    this.subscriptions.push(
      briefs.onDidCheck((record) => {
        if (record.uri === this.uri) this.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      // Turning checking off clears a brief's diagnostics without a new check: show that too,
      // after the other listeners (BriefService clears the brief's check in its own).
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('briefLens')) setTimeout(() => this.refresh(), 0);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.toString() === this.uri && !vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === this.uri)) {
          this.uri = undefined;
          this.refresh();
        }
      }),
    );
    for (const id of CLAIMS_VIEWS) {
      const view = vscode.window.createTreeView(id, { treeDataProvider: this, showCollapseAll: true });
      this.views.push(view);
      this.subscriptions.push(view);
    }
    this.follow(vscode.window.activeTextEditor);
    void this.setContext();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.changed.dispose();
  }

  /** The record shown (what the Problems view shows for the brief). */
  get record(): CheckRecord | undefined {
    return this.uri === undefined ? undefined : this.briefs.publishedFor(vscode.Uri.parse(this.uri));
  }

  /** The badge both views show (the contradicted count), for tests and the status line. */
  get badge(): vscode.ViewBadge | undefined {
    return this.views[0]?.badge;
  }

  get briefUri(): string | undefined {
    return this.uri;
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !this.briefs.isBrief(editor.document)) return; // a source opened from a passage keeps the brief
    const uri = editor.document.uri.toString();
    if (uri === this.uri) return;
    this.uri = uri;
    this.refresh();
  }

  setGrouping(grouping: Grouping): void {
    this.grouping = grouping;
    void this.state.update('briefLens.claims.grouping', grouping);
    this.refresh();
  }

  setShown(shown: Verdict[]): void {
    this.shown = new Set(shown);
    void this.state.update('briefLens.claims.shown', shown);
    this.refresh();
  }

  refresh(): void {
    this.entries = undefined;
    this.roots = [];
    this.changed.fire(undefined);
    this.decorate();
    void this.setContext();
  }

  private setContext(): Thenable<unknown> {
    return Promise.all([
      vscode.commands.executeCommand('setContext', 'briefLens.claims.grouping', this.grouping),
      vscode.commands.executeCommand('setContext', 'briefLens.claims.hasBrief', this.uri !== undefined),
      vscode.commands.executeCommand('setContext', 'briefLens.claims.filtered', this.shown.size < VERDICT_ORDER.length),
    ]);
  }

  /** The claims of the shown record, computed once per published check. */
  claims(): ClaimEntry[] {
    const record = this.record;
    if (!record) return [];
    if (this.entries?.record !== record) this.entries = { record, claims: claimEntries(record.result, briefOutline(record.text).headings) };
    return this.entries.claims;
  }

  /** Badge (contradicted count), description (the brief, the filter) and message of both views. */
  private decorate(): void {
    const claims = this.claims();
    const contradicted = claims.filter((claim) => claim.verdict === 'contradicted').length;
    const name = this.uri === undefined ? undefined : vscode.workspace.asRelativePath(vscode.Uri.parse(this.uri));
    const hidden = claims.filter((claim) => !this.shown.has(claim.verdict)).length;
    for (const view of this.views) {
      view.badge = contradicted > 0 ? { value: contradicted, tooltip: `${contradicted} contradicted claim${contradicted === 1 ? '' : 's'}` } : undefined;
      view.description = name === undefined ? undefined : `${name}${hidden > 0 ? ` · ${hidden} hidden by the filter` : ''}`;
      view.message = this.uri !== undefined && !this.record
        ? (this.briefs.isPending(vscode.Uri.parse(this.uri)) ? 'Checking the brief…' : 'No check of this brief yet (is briefLens.enable on?).')
        : this.uri !== undefined && claims.length > 0 && hidden === claims.length ? 'The filter hides every claim of this brief.'
          : undefined;
    }
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    if (!node) {
      const record = this.record;
      if (!record) return [];
      if (this.roots.length === 0) this.roots = groupClaims(this.claims(), this.grouping, this.shown).map((group) => ({ kind: 'group', group }));
      return this.roots;
    }
    if (node.kind === 'group') {
      const record = this.record;
      return record ? node.group.claims.map((claim) => ({ kind: 'claim', claim, group: node.group, record })) : [];
    }
    if (node.kind === 'claim') return shownEvidence(node.claim).map((evidence) => ({ kind: 'evidence', evidence, parent: node }));
    return [];
  }

  getParent(node: ClaimsNode): ClaimsNode | undefined {
    if (node.kind === 'evidence') return node.parent;
    if (node.kind === 'claim') return this.roots.find((root) => root.kind === 'group' && root.group.id === node.group.id);
    return undefined;
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    if (node.kind === 'group') return groupItem(node.group, this.grouping);
    if (node.kind === 'claim') return claimItem(node.claim, node.record);
    return evidenceItem(node.evidence, node.parent.record);
  }
}

function shownEvidence(claim: ClaimEntry): Evidence[] {
  return claim.verdict === 'opinion' ? [] : claim.evidence;
}

function groupItem(group: ClaimGroup, grouping: Grouping): vscode.TreeItem {
  const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = group.id;
  const counts = VERDICT_ORDER.map((verdict) => [verdict, group.claims.filter((claim) => claim.verdict === verdict).length] as const).filter(([, count]) => count > 0);
  item.description = grouping === 'verdict' ? String(group.claims.length) : counts.map(([verdict, count]) => `${VERDICT_STYLE[verdict].symbol}${count}`).join(' ');
  item.iconPath = group.verdict ? verdictIcon(group.verdict) : new vscode.ThemeIcon('symbol-namespace');
  item.contextValue = 'group';
  const spoken = counts.map(([verdict, count]) => `${count} ${VERDICT_STYLE[verdict].label.toLowerCase()}`).join(', ');
  item.accessibilityInformation = { label: `${group.label}: ${group.claims.length} claim${group.claims.length === 1 ? '' : 's'}, ${spoken}`, role: 'treeitem' };
  return item;
}

function claimTooltip(claim: ClaimEntry): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.appendMarkdown(`$(${VERDICT_ICON[claim.verdict][0]}) **${VERDICT_STYLE[claim.verdict].label}** · line ${claim.range.start.line + 1}\n\n`);
  md.appendMarkdown(`${escapeMarkdown(clip(claim.text, 400))}\n\n`);
  md.appendMarkdown(`**Why?** ${escapeMarkdown(reasonFor(claim)).replace(/\n/g, '  \n')}\n\n`);
  for (const finding of claim.findings) md.appendMarkdown(`- \`${finding.code}\` ${escapeMarkdown(finding.message)}\n`);
  return md;
}

function claimItem(claim: ClaimEntry, record: CheckRecord): vscode.TreeItem {
  const evidence = shownEvidence(claim);
  const item = new vscode.TreeItem(clip(claim.text), evidence.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `claim:${claim.span.start}:${claim.span.end}`;
  item.description = [...claim.keys.map((key) => `@${key}`), `L${claim.range.start.line + 1}`].join(' ');
  item.iconPath = verdictIcon(claim.verdict);
  item.tooltip = claimTooltip(claim);
  item.accessibilityInformation = { label: claimSpeech(claim), role: 'treeitem' };
  const fixable = claim.findings.some((finding) => finding.fixes.some((fix) => fix.kind !== 'suppress' && fix.edits.length > 0));
  const suppressible = claim.findings.some((finding) => finding.fixes.some((fix) => fix.kind === 'suppress'));
  item.contextValue = ['claim', fixable && 'fixable', suppressible && 'suppressible', claimCitation(claim) && 'citable'].filter(Boolean).join(' ');
  item.command = { title: 'Reveal Claim', command: 'briefLens.claims.reveal', arguments: [record.uri, claim.range] };
  return item;
}

function evidenceItem(evidence: Evidence, record: CheckRecord): vscode.TreeItem {
  const source = record.corpus.source(evidence.key);
  const item = new vscode.TreeItem(`“${clip(evidence.text, 100)}”`, vscode.TreeItemCollapsibleState.None);
  item.id = `evidence:${evidence.passageId}:${evidence.start}`;
  const where = [source?.title ?? `@${evidence.key}`, evidence.page !== undefined ? `p. ${evidence.page}` : undefined].filter(Boolean).join(', ');
  item.description = `${evidence.stance} · ${where}`;
  item.iconPath = new vscode.ThemeIcon(evidence.stance === 'supports' ? 'quote' : evidence.stance === 'contradicts' ? 'diff-removed' : 'book');
  const tooltip = new vscode.MarkdownString('', true);
  tooltip.appendMarkdown(`> ${escapeMarkdown(clip(evidence.text, 600))}\n\n— ${escapeMarkdown(where)} \`[@${evidence.key}]\` (${evidence.stance})`);
  item.tooltip = tooltip;
  item.accessibilityInformation = { label: `Passage that ${evidence.stance === 'related' ? 'is related' : evidence.stance}, from ${where}: ${clip(evidence.text, 300)}`, role: 'treeitem' };
  item.contextValue = 'evidence citable';
  item.command = { title: 'Open Evidence', command: 'briefLens.openEvidence', arguments: [{ file: evidence.file, range: evidence.range }] };
  return item;
}
