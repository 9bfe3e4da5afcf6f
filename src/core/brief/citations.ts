// Pandoc citations: `[@key]`, `[@key, p. 3]`, `[see @a; -@b]`, and in-text `@key`.
import type { Citation, Span } from '../types';

/** A citation as found in the text, before its span is placed on a line and column. */
export type RawCitation = Omit<Citation, 'range'>;

const KEY = /-?@([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*)/gu;
// The first part stops at the first @: one way to split a group, so a long `[a@a@a@…` is one pass (issue 16).
const GROUP = /\[([^\[\]\n@]*@[^\[\]\n]*)\]/g;

/** Finds citations in `text`, whose first character is at `base` in the document. */
export function findCitations(text: string, base = 0): RawCitation[] {
  const found: RawCitation[] = [];
  const inGroups: Span[] = [];
  GROUP.lastIndex = 0;
  let g: RegExpExecArray | null;
  while ((g = GROUP.exec(text)) !== null) {
    const groupStart = g.index;
    const groupEnd = g.index + g[0].length;
    // A Markdown link `[text](url)` is not a citation group.
    if (text.charAt(groupEnd) === '(') continue;
    const inner = g[1] ?? '';
    let itemOffset = groupStart + 1;
    let any = false;
    for (const item of inner.split(';')) {
      KEY.lastIndex = 0;
      const k = KEY.exec(item);
      const key = k?.[1];
      if (k && key !== undefined && (k.index === 0 || !/[\p{L}\p{N}_]/u.test(item.charAt(k.index - 1)))) {
        const at = itemOffset + k.index + (k[0].startsWith('-') ? 2 : 1);
        const locator = item.slice(k.index + k[0].length).replace(/^\s*,?\s*/, '').trim();
        const prefix = item.slice(0, k.index).trim();
        found.push({
          key,
          span: { start: base + at, end: base + at + key.length },
          groupSpan: { start: base + groupStart, end: base + groupEnd },
          ...(locator ? { locator } : {}),
          ...(prefix ? { prefix } : {}),
          ...(k[0].startsWith('-') ? { suppressAuthor: true } : {}),
          inText: false,
        });
        any = true;
      }
      itemOffset += item.length + 1;
    }
    if (any) inGroups.push({ start: groupStart, end: groupEnd });
  }
  KEY.lastIndex = 0;
  let k: RegExpExecArray | null;
  let group = 0; // groups and keys both in text order: one walk, not a search per key (issue 16)
  while ((k = KEY.exec(text)) !== null) {
    const at = k.index;
    const key = k[1];
    if (key === undefined) continue;
    while (group < inGroups.length && inGroups[group]!.end <= at) group++;
    if (group < inGroups.length && at >= inGroups[group]!.start) continue;
    if (k[0].startsWith('-')) continue;
    if (at > 0 && /[\p{L}\p{N}_.\-+]/u.test(text.charAt(at - 1))) continue; // e-mail addresses
    const start = base + at + 1;
    found.push({ key, span: { start, end: start + key.length }, groupSpan: { start: base + at, end: start + key.length }, inText: true });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
