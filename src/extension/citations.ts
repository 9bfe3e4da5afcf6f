// Citation keys: completion after `[@`, `@` inside brackets and `; @`; go to definition and
// document links open the source file.
import * as vscode from 'vscode';
import type { Citation } from '../core';
import type { BriefService } from './briefs';
import type { CorpusManager } from './corpora';
import { sourceCard, sourceUri, toRange } from './convert';
import { citationPrefix } from './text';

export class CitationCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly briefs: BriefService, private readonly corpora: CorpusManager) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    if (!this.briefs.isBrief(document)) return undefined;
    const prefix = citationPrefix(document.lineAt(position.line).text.slice(0, position.character));
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
