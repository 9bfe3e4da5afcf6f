// Quick fixes from the engine's fixes, bound to their diagnostics, plus `source.fixAll.briefLens`.
// Fixes apply through `briefLens.applyFix`, which refuses (and re-checks) when the brief changed
// since the fix was computed: a fix edits only its own range of the text it was made for.
import * as vscode from 'vscode';
import { safeFixSelection, type Finding, type Fix, type FixKind, type Range } from '../core';
import type { BriefService, CheckRecord } from './briefs';
import { DIAGNOSTIC_SOURCE, toRange } from './convert';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('briefLens');

export interface FixEditArgs {
  range: Range;
  newText: string;
  /** The text at `range` when the fix was computed. */
  expected: string;
}

export interface ApplyFixArgs {
  uri: string;
  version: number;
  /** The engine's kinds of the fixes (one for a quick fix, several for fix-all). */
  kinds: FixKind[];
  edits: FixEditArgs[];
  /** The findings' targets: each must still read the same. */
  targets: { range: Range; text: string }[];
}

export function applyFixArgs(record: CheckRecord, findings: Finding[], fixes: Fix[]): ApplyFixArgs {
  return {
    uri: record.uri,
    version: record.version,
    kinds: fixes.map((fix) => fix.kind),
    edits: fixes.flatMap((fix) => fix.edits.map((edit) => ({
      range: edit.range,
      newText: edit.newText,
      expected: record.text.slice(edit.span.start, edit.span.end),
    }))),
    targets: findings.map((finding) => ({ range: finding.range, text: finding.targetText })),
  };
}

function sameRange(a: vscode.Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character
    && a.end.line === b.end.line && a.end.character === b.end.character;
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

/** The safe fixes fix-all applies: one per finding (its preferred safe fix), no overlapping edits. */
export function fixAllSelection(record: CheckRecord): { findings: Finding[]; fixes: Fix[] } {
  const kept = safeFixSelection(record.result.findings);
  return { findings: kept.map((item) => item.finding), fixes: kept.map((item) => item.fix) };
}

export class BriefCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly briefs: BriefService) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    if (!this.briefs.isBrief(document)) return [];
    const record = await this.briefs.current(document);
    if (token.isCancellationRequested) return [];
    const actions: vscode.CodeAction[] = [];
    if (!context.only || context.only.contains(vscode.CodeActionKind.QuickFix)) {
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        const code = codeOf(diagnostic);
        const finding = record.result.findings.find((f) => f.code === code && sameRange(diagnostic.range, f.range));
        if (!finding) {
          // The diagnostic is from an older version of the text: re-check rather than guess.
          const action = new vscode.CodeAction('Brief Lens: re-check (the text changed since this was found)', vscode.CodeActionKind.QuickFix);
          action.diagnostics = [diagnostic];
          action.command = { title: 'Re-check', command: 'briefLens.recheck', arguments: [document.uri.toString()] };
          actions.push(action);
          continue;
        }
        for (const fix of finding.fixes) {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.diagnostics = [diagnostic];
          action.isPreferred = fix.isPreferred;
          action.command = { title: fix.title, command: 'briefLens.applyFix', arguments: [applyFixArgs(record, [finding], [fix])] };
          actions.push(action);
        }
      }
    }
    if (!context.only || context.only.contains(FIX_ALL_KIND)) {
      const { findings, fixes } = fixAllSelection(record);
      if (fixes.length) {
        const action = new vscode.CodeAction(`Brief Lens: fix all (${fixes.length} safe fix${fixes.length === 1 ? '' : 'es'})`, FIX_ALL_KIND);
        action.command = { title: 'Fix all', command: 'briefLens.applyFix', arguments: [applyFixArgs(record, findings, fixes)] };
        actions.push(action);
      }
    }
    return actions;
  }
}

/** `briefLens.applyFix`: applies the edits only when the brief still reads as when they were computed. */
export async function applyFix(briefs: BriefService, args: ApplyFixArgs): Promise<boolean> {
  const uri = vscode.Uri.parse(args.uri);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) ?? await vscode.workspace.openTextDocument(uri);
  const stale = document.version !== args.version
    || args.edits.some((edit) => document.getText(toRange(edit.range)) !== edit.expected)
    || args.targets.some((target) => document.getText(toRange(target.range)) !== target.text);
  if (stale) {
    briefs.schedule(document, 0);
    vscode.window.setStatusBarMessage('Brief Lens: the brief changed since this fix was computed; re-checked instead.', 5000);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const change of args.edits) edit.replace(uri, toRange(change.range), change.newText);
  const applied = await vscode.workspace.applyEdit(edit);
  briefs.schedule(document, 0);
  return applied;
}
