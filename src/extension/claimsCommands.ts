// Commands of the Claims view: reveal a claim, group, filter, and the context menu (apply fix,
// suppress, copy citation). Fixes go through `briefLens.applyFix`, as quick fixes do, so they
// are refused when the brief changed since the check.
import * as vscode from 'vscode';
import { VERDICT_ORDER, VERDICT_STYLE, type ClaimEntry, type Finding, type Fix, type Range, type Verdict } from '../core';
import { applyFixArgs } from './codeActions';
import { citationOf, claimCitation } from './claimsModel';
import type { ClaimsNode, ClaimsProvider } from './claimsView';
import { sourceUri, toRange } from './convert';

/** Opens the brief (if needed) with the claim selected and in view. */
export async function revealClaim(uri: string, range: Range): Promise<vscode.TextEditor> {
  const selection = toRange(range);
  const editor = await vscode.window.showTextDocument(sourceUri(uri), { selection, preserveFocus: true, preview: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export async function filterVerdicts(provider: ClaimsProvider, chosen?: Verdict[]): Promise<Verdict[] | undefined> {
  if (!chosen) {
    const items = VERDICT_ORDER.map((verdict) => ({ label: `${VERDICT_STYLE[verdict].symbol} ${VERDICT_STYLE[verdict].label}`, description: VERDICT_STYLE[verdict].meaning, picked: provider.shown.has(verdict), verdict }));
    const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Brief Lens: show claims that are…' });
    if (!picked) return undefined;
    chosen = picked.map((item) => item.verdict);
  }
  provider.setShown(chosen);
  return chosen;
}

type ClaimNode = ClaimsNode & { kind: 'claim' };

function isClaimNode(node: unknown): node is ClaimNode {
  return typeof node === 'object' && node !== null && (node as ClaimsNode).kind === 'claim';
}

function editsKey(fix: Fix): string {
  return JSON.stringify(fix.edits.map((edit) => [edit.span.start, edit.span.end, edit.newText]));
}

/**
 * One (finding, fix) of the claim's: the only one (fixes making the same edits count once), else
 * the only preferred safe one (what fix-all would apply), else the one the writer picks.
 */
async function pickFix(claim: ClaimEntry, wanted: (fix: Fix) => boolean, title: string): Promise<{ finding: Finding; fix: Fix } | undefined> {
  const byEdits = new Map<string, { finding: Finding; fix: Fix }>();
  for (const finding of claim.findings) {
    for (const fix of finding.fixes.filter(wanted)) if (!byEdits.has(editsKey(fix))) byEdits.set(editsKey(fix), { finding, fix });
  }
  const options = [...byEdits.values()];
  if (options.length <= 1) return options[0];
  const preferred = options.filter((option) => option.fix.isPreferred && option.fix.safe);
  if (preferred.length === 1) return preferred[0];
  const items = options.map((option) => ({ label: option.fix.title, description: option.finding.code, option }));
  items.sort((a, b) => Number(b.option.fix.isPreferred) - Number(a.option.fix.isPreferred));
  return (await vscode.window.showQuickPick(items, { title }))?.option;
}

/** Apply Fix (a correction, citation or quotation) or Suppress on a claim of the view. */
export async function fixClaim(node: unknown, suppress: boolean): Promise<boolean> {
  if (!isClaimNode(node)) return false;
  const wanted = suppress ? (fix: Fix) => fix.kind === 'suppress' : (fix: Fix) => fix.kind !== 'suppress' && fix.edits.length > 0;
  const chosen = await pickFix(node.claim, wanted, suppress ? 'Brief Lens: suppress which finding?' : 'Brief Lens: apply which fix?');
  if (!chosen) {
    vscode.window.setStatusBarMessage(`Brief Lens: no ${suppress ? 'finding to suppress' : 'fix'} for this claim`, 3000);
    return false;
  }
  return Boolean(await vscode.commands.executeCommand('briefLens.applyFix', applyFixArgs(node.record, [chosen.finding], [chosen.fix])));
}

/** Copies the Pandoc citation of a claim's best supporting passage, or of a passage. */
export async function copyCitation(node: unknown): Promise<string | undefined> {
  const target = node as ClaimsNode | undefined;
  const citation = target?.kind === 'evidence' ? citationOf(target.evidence) : target?.kind === 'claim' ? claimCitation(target.claim) : undefined;
  if (!citation) {
    vscode.window.setStatusBarMessage('Brief Lens: no source to cite for this claim', 3000);
    return undefined;
  }
  await vscode.env.clipboard.writeText(citation);
  vscode.window.setStatusBarMessage(`Brief Lens: copied ${citation}`, 3000);
  return citation;
}
