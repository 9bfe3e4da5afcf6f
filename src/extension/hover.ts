// Hover on a sentence: verdict and evidence. Hover on a citation key: the source card and the
// passage the sentence relies on; an unknown key suggests the nearest keys.
import * as vscode from 'vscode';
import { describeAt, describeExplanation, locatorNote, type CheckedSentence, type Corpus, type Evidence, type SourceInfo, type Verdict } from '../core';
import type { BriefService } from './briefs';
import { sourceCard, toRange } from './convert';
import { correctionLine, escapeMarkdown } from './text';

const VERDICT_LABEL: Record<Verdict, string> = {
  supported: '$(pass) **Supported** by the sources',
  contradicted: '$(error) **Contradicted** by the sources',
  unsupported: '$(warning) **Unsupported**: no source states this',
  opinion: '$(comment) **Not a checkable claim** (opinion, recommendation or question)',
};

export function openEvidenceLink(evidence: Pick<Evidence, 'file' | 'range' | 'page'>, label = 'Open passage'): string {
  const args = encodeURIComponent(JSON.stringify([{ file: evidence.file, range: evidence.range, ...(evidence.page !== undefined && { page: evidence.page }) }]));
  return `[${label}](command:briefLens.openEvidence?${args} "Open the source with this passage selected")`;
}

function sourceLine(evidence: Evidence, source: SourceInfo | undefined): string {
  const parts = [source ? `*${escapeMarkdown(source.title)}*` : undefined, source?.author, source?.date]
    .filter(Boolean)
    .map((part, index) => (index === 0 ? part : escapeMarkdown(String(part))));
  const place = [evidence.page !== undefined ? `p. ${evidence.page}` : undefined, evidence.section !== undefined ? `§ ${escapeMarkdown(evidence.section)}` : undefined].filter(Boolean);
  return `— ${parts.join(', ')}${place.length ? `, ${place.join(', ')}` : ''} \`[@${evidence.key}]\` · ${openEvidenceLink(evidence)}`;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const clipped = flat.length > 600 ? `${flat.slice(0, 599)}…` : flat;
  return `> ${escapeMarkdown(clipped)}`;
}

export function appendEvidence(md: vscode.MarkdownString, evidence: Evidence, corpus: Corpus): void {
  md.appendMarkdown(`${quote(evidence.text)}\n>\n${sourceLine(evidence, corpus.source(evidence.key))}\n\n`);
}

function sentenceHover(sentence: CheckedSentence, corpus: Corpus): vscode.MarkdownString {
  const md = newMarkdown();
  md.appendMarkdown(`${VERDICT_LABEL[sentence.verdict]}\n\n`);
  // The engine's own account of the verdict, when it gives one (src/core/explain.ts, shared with the Claims view and the report).
  if (sentence.explanation) md.appendMarkdown(`**Why?** ${escapeMarkdown(describeExplanation(sentence.explanation)).replace(/\n/g, '  \n')}\n\n`);
  for (const correction of sentence.corrections) {
    md.appendMarkdown(`${correctionLine(correction)}\n\n`);
  }
  const shown = sentence.evidence.slice(0, sentence.verdict === 'opinion' ? 1 : 2);
  if (shown.length) {
    const heading = sentence.verdict === 'supported' || sentence.verdict === 'contradicted' ? 'Evidence' : 'Closest passage';
    md.appendMarkdown(`**${heading}**\n\n`);
    for (const evidence of shown) appendEvidence(md, evidence, corpus);
  }
  return md;
}

function newMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: ['briefLens.openEvidence'] };
  return md;
}

export class BriefHoverProvider implements vscode.HoverProvider {
  constructor(private readonly briefs: BriefService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.briefs.isBrief(document)) return undefined;
    const record = await this.briefs.current(document);
    if (token.isCancellationRequested) return undefined;
    const info = describeAt(record.result, record.corpus, document.offsetAt(position));
    if (!info) return undefined;
    if (info.kind === 'sentence') {
      return new vscode.Hover(sentenceHover(info.sentence, record.corpus), toRange(info.sentence.range));
    }
    const { citation, source, sentence, nearest } = info;
    const md = newMarkdown();
    if (!source) {
      md.appendMarkdown(`$(warning) **Unknown citation key** \`@${citation.key}\`: no source in the corpus has this key.\n\n`);
      if (nearest.length) md.appendMarkdown(`Did you mean ${nearest.map((key) => `\`@${key}\``).join(', ')}?\n`);
      return new vscode.Hover(md, toRange(citation.range));
    }
    md.appendMarkdown(sourceCard(source).value);
    const relied = sentence?.evidence.find((evidence) => evidence.key === source.key);
    const unchecked = locatorNote(record.corpus, source.key, citation.locator, relied?.start);
    if (unchecked) md.appendMarkdown(`\n\nLocator “${escapeMarkdown(citation.locator?.trim() ?? '')}” not checked: ${escapeMarkdown(unchecked)}.\n`);
    if (relied) {
      const label = relied.stance === 'supports' ? 'Passage this sentence relies on' : relied.stance === 'contradicts' ? 'Passage this sentence contradicts' : 'Closest passage in this source';
      md.appendMarkdown(`\n---\n\n**${label}**\n\n`);
      appendEvidence(md, relied, record.corpus);
    } else if (sentence && sentence.verdict !== 'opinion') {
      md.appendMarkdown('\n---\n\nThis source has no passage on this sentence.\n');
    }
    return new vscode.Hover(md, toRange(citation.range));
  }
}
