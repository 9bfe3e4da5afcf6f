// Citation keys: completion after `[@`, `@` inside brackets and `; @`; go to definition and
// document links open the source file.
import * as vscode from 'vscode';
import type { Citation, Evidence } from '../core';
import type { BriefService } from './briefs';
import type { CorpusManager } from './corpora';
import { sourceCard, sourceUri, toRange } from './convert';
import { citationPrefix, escapeMarkdown, pageLocatorKey } from './text';

export class CitationCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly briefs: BriefService, private readonly corpora: CorpusManager) {}

  private pages(document: vscode.TextDocument, position: vscode.Position, key: string): Promise<vscode.CompletionItem[]> {
    return evidencePages(this.briefs, document, position, key);
  }

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    if (!this.briefs.isBrief(document)) return undefined;
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const pageKey = pageLocatorKey(before);
    if (pageKey !== undefined) return this.pages(document, position, pageKey);
    const prefix = citationPrefix(before);
    if (prefix === undefined) return undefined;
    const { corpus } = await this.corpora.get(document.uri);
    const range = new vscode.Range(position.line, position.character - prefix.length, position.line, position.character);
    return corpus.sources.map((source) => {
      const item = new vscode.CompletionItem({ label: source.key, description: source.title }, vscode.CompletionItemKind.Reference);
      item.detail = [source.author, source.date, source.publisher].filter(Boolean).join(' · ') || source.title;
      item.documentation = sourceCard(source);
      // Typing filters by key, title and author.
      item.filterText = [source.key, source.title, source.author].filter(Boolean).join(' ');
      item.insertText = source.key;
      item.sortText = source.key;
      item.range = range;
      return item;
    });
  }
}

/** Completion of `[@key, p.`: the pages of the cited source where the sentence's evidence is. */
async function evidencePages(briefs: BriefService, document: vscode.TextDocument, position: vscode.Position, key: string): Promise<vscode.CompletionItem[]> {
  const record = await briefs.current(document);
  const offset = document.offsetAt(position);
  const sentence = record.result.sentences.find((s) => s.span.start <= offset && offset <= s.span.end + 2);
  const pages = new Map<number, Evidence>();
  for (const evidence of sentence?.evidence ?? []) {
    if (evidence.key === key && evidence.page !== undefined && !pages.has(evidence.page)) pages.set(evidence.page, evidence);
  }
  return [...pages].map(([page, evidence], index) => {
    const item = new vscode.CompletionItem({ label: String(page), description: evidence.stance === 'supports' ? 'supports this sentence' : evidence.stance === 'contradicts' ? 'contradicts this sentence' : 'closest passage' }, vscode.CompletionItemKind.Value);
    item.insertText = before(document, position).endsWith(' ') ? String(page) : ` ${page}`;
    item.filterText = String(page);
    item.sortText = String(index).padStart(3, '0');
    item.documentation = new vscode.MarkdownString(`p. ${page}: “${escapeMarkdown(evidence.text.replace(/\s+/g, ' ').slice(0, 300))}”`);
    return item;
  });
}

function before(document: vscode.TextDocument, position: vscode.Position): string {
  return document.lineAt(position.line).text.slice(0, position.character);
}

function citationAt(citations: Citation[], offset: number): Citation | undefined {
  return citations.find((citation) => citation.span.start <= offset && offset <= citation.span.end);
}

export class CitationDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly briefs: BriefService) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[] | undefined> {
    if (!this.briefs.isBrief(document)) return undefined;
    const record = await this.briefs.current(document);
    const citation = citationAt(record.result.citations, document.offsetAt(position));
    const source = citation && record.corpus.source(citation.key);
    if (!citation || !source) return undefined;
    const start = new vscode.Range(0, 0, 0, 0);
    return [{ originSelectionRange: toRange(citation.range), targetUri: sourceUri(source.file), targetRange: start, targetSelectionRange: start }];
  }
}

export class CitationLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly briefs: BriefService) {}

  async provideDocumentLinks(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentLink[]> {
    if (!this.briefs.isBrief(document)) return [];
    const record = await this.briefs.current(document);
    if (token.isCancellationRequested) return [];
    const links: vscode.DocumentLink[] = [];
    for (const citation of record.result.citations) {
      const source = record.corpus.source(citation.key);
      if (!source) continue;
      const link = new vscode.DocumentLink(toRange(citation.range), sourceUri(source.file));
      link.tooltip = `Open source: ${source.title}`;
      links.push(link);
    }
    return links;
  }
}
