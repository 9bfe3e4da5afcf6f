// A table's source column: "| Claim | Source |" rows whose last cell holds `lwin2026gold` cite
// that key, as `[@lwin2026gold]` would (issue 13: a column of citations applies to its row). The
// key is read only in a column whose header says it names sources, and only where the cell holds
// nothing but keys in backticks (several split by ";" or ","): a cell of prose ("State of the
// Union, 1990") or a bare name ("Lwin") is no key.
import type { Span } from '../types';
import type { RawCitation } from './citations';
import { cellSpans } from './columns';
import type { Block } from './parse';
import data from './columnCitations.json';

const SOURCE_HEADERS: ReadonlySet<string> = new Set(data.sourceHeaders);
/**
 * A citation key as Pandoc spells one, marked as a key in backticks (with or without "@"). A bare
 * word ("Lwin", "Treasury") names a source the way prose does, and is no key; a bare "@key" is
 * Pandoc's own in-text citation, found with the others (citations.ts).
 */
const KEY_ITEM = /^`@?([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*)`$/u;
const ITEM_SEPARATOR = /[;,]/;

/** The citations a row's source cells hold; `text` is the brief, `row` a block of it. */
export function columnCitations(text: string, row: Block): RawCitation[] {
  const headers = row.columns;
  if (!row.row || !headers) return [];
  const found: RawCitation[] = [];
  for (const [column, cell] of cellSpans(text, row).entries()) {
    const header = headers[column];
    if (header === undefined || !SOURCE_HEADERS.has(header.trim().toLowerCase())) continue;
    const keys = keysIn(text, cell);
    if (keys) found.push(...keys);
  }
  return found;
}

/** Each key of a cell holding nothing but keys, or undefined. */
function keysIn(text: string, cell: Span): RawCitation[] | undefined {
  const keys: RawCitation[] = [];
  let from = cell.start;
  for (const item of text.slice(cell.start, cell.end).split(ITEM_SEPARATOR)) {
    const lead = item.search(/\S/);
    const written = item.trim();
    const at = from + Math.max(0, lead);
    from += item.length + 1;
    const match = KEY_ITEM.exec(written);
    const key = match?.[1];
    if (!match || key === undefined) return undefined;
    const keyStart = at + written.indexOf(key);
    const span = { start: keyStart, end: keyStart + key.length };
    keys.push({ key, span, groupSpan: { start: at, end: at + written.length }, inText: false });
  }
  return keys.length > 0 ? keys : undefined;
}
