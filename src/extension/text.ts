// Text helpers of the extension with no `vscode` import, unit-tested in test/unit/extension.
import type { Correction } from '../core';

/** Characters Pandoc allows inside a citation key (see src/core/corpus/manifest.ts). */
const KEY_CHARS = "[\\p{L}\\p{N}_:.#$%&+?<>~/-]*";
const AFTER_AT = new RegExp(`@(${KEY_CHARS})$`, 'u');

/** The key prefix being typed when the cursor is at a citation position, else undefined. */
export function citationPrefix(lineBeforeCursor: string): string | undefined {
  const match = AFTER_AT.exec(lineBeforeCursor);
  if (!match) return undefined;
  const before = lineBeforeCursor.slice(0, match.index);
  const open = before.lastIndexOf('[');
  const inBrackets = open >= 0 && before.lastIndexOf(']') < open;
  const afterSemicolon = /;\s*$/.test(before);
  const atBoundary = before === '' || /[\s[;(-]$/.test(before);
  if (!atBoundary) return undefined; // an e-mail address, not a citation
  return inBrackets || afterSemicolon ? match[1] : undefined;
}

const PAGE_LOCATOR = new RegExp(`\\[[^\\]]*?-?@(${KEY_CHARS.replace('*', '+')})\\s*,\\s*(?:p|pp|page|pages)\\.?\\s*$`, 'u');

/** The key whose page locator is being typed (`[@key, p.` or `[see @key, pp. `), else undefined. */
export function pageLocatorKey(lineBeforeCursor: string): string | undefined {
  const match = PAGE_LOCATOR.exec(lineBeforeCursor);
  return match?.[1]?.replace(/(?<![:.#$%&+?<>~/-])[:.#$%&+?<>~/-]+$/u, '');
}

/**
 * An empty references heading: `## References` (or Sources, Bibliography, Works cited) followed
 * only by blank lines up to the next heading or the end. Its span, heading included.
 */
export function emptyReferencesHeading(text: string): { start: number; end: number } | undefined {
  const heading = /^(#{1,6})[ \t]+(?:References|Sources|Bibliography|Works cited)[ \t]*(?:#+[ \t]*)?$/gim;
  for (const match of text.matchAll(heading)) {
    const after = match.index + match[0].length;
    const rest = text.slice(after);
    const next = /^#{1,6}[ \t]/m.exec(rest);
    const body = next ? rest.slice(0, next.index) : rest;
    if (body.trim() === '') return { start: match.index, end: next ? after + next.index : text.length };
  }
  return undefined;
}

const WORD_JOINER = '\u2060';

/**
 * Escapes text for Markdown (hover and completion documentation): every Markdown punctuation
 * character is backslash-escaped, and an invisible word joiner breaks what GFM would turn into a
 * link on its own (`https://`, `www.`, `mailto:`, e-mail addresses), which escaping cannot stop.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&"':;=?@$%^,/]/g, '\\$&')
    .replace(/\b(https?|ftp|mailto|xmpp|file|command)(?=\\:)/gi, `$1${WORD_JOINER}`)
    .replace(/\bwww(?=\\\.)/gi, `www${WORD_JOINER}`)
    .replace(/\\@/g, `${WORD_JOINER}\\@`);
}

/** What a hover says of one correction: which value the source states, or which side negates. */
export function correctionLine(c: Correction): string {
  const claimed = `**${escapeMarkdown(c.claimed)}**`;
  const source = `**${escapeMarkdown(c.source)}**`;
  if (c.negation === 'claim') return `The source asserts what the brief negates with ${claimed} (it says ${source}).`;
  if (c.negation === 'source') return `The source negates with ${source} what the brief asserts (${claimed}).`;
  return `The source says ${source}, not ${claimed} (${c.kind}).`;
}
