// Plain engine data -> VS Code objects. No checking logic here.
import * as vscode from 'vscode';
import { excerpt, type Evidence, type Finding, type Range, type Severity, type SourceInfo } from '../core';
import { escapeMarkdown } from './text';

export const DIAGNOSTIC_SOURCE = 'brief-lens';

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
  }
}

export function sourceUri(file: string): vscode.Uri {
  // Locations are URI strings in the extension; a plain absolute path is accepted too.
  return /^[a-z][a-z0-9+.-]+:/i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
}

/** Where each finding code is documented. */
export function codeTarget(docsBase: string, code: string): vscode.Uri {
  return vscode.Uri.parse(`${docsBase}#${code}`);
}

export function short(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function toDiagnostic(finding: Finding, docsBase: string, sourceOf: (key: string) => SourceInfo | undefined): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, toSeverity(finding.severity));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.code, target: codeTarget(docsBase, finding.code) };
  if (finding.evidence) {
    diagnostic.relatedInformation = [evidenceInformation(finding.evidence, sourceOf(finding.evidence.key))];
  }
  return diagnostic;
}

export function evidenceInformation(evidence: Evidence, source: SourceInfo | undefined): vscode.DiagnosticRelatedInformation {
  const label = source ? `${source.title} [@${evidence.key}]` : `[@${evidence.key}]`;
  const stance = evidence.stance === 'contradicts' ? 'Source says' : evidence.stance === 'supports' ? 'Supported by' : 'Related';
  return new vscode.DiagnosticRelatedInformation(
    new vscode.Location(sourceUri(evidence.file), toRange(evidence.range)),
    `${stance} ${label}${evidence.page !== undefined ? `, p. ${evidence.page}` : ''}: “${excerpt(evidence.text, evidence.focus)}”`,
  );
}

/** A link to a web page the manifest gives (http or https only); other URLs are shown as text. */
export function urlLink(url: string): string {
  if (!/^https?:\/\/[^\r\n]+$/i.test(url)) return escapeMarkdown(url);
  // `<…>` destination: the URL is kept exactly, and nothing in it can end the link early.
  return `[${escapeMarkdown(url)}](<${url.replace(/[\\<>]/g, '\\$&')}>)`;
}

export function sourceCard(source: SourceInfo): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escapeMarkdown(source.title)}**  \n`);
  const byline = [source.author, source.date, source.publisher].filter(Boolean).map((s) => escapeMarkdown(String(s)));
  if (byline.length) md.appendMarkdown(`${byline.join(' · ')}  \n`);
  md.appendMarkdown(`\`@${source.key}\` · ${source.passageCount} passage${source.passageCount === 1 ? '' : 's'}`);
  if (source.url) md.appendMarkdown(` · ${urlLink(source.url)}`);
  md.appendMarkdown('\n');
  return md;
}
