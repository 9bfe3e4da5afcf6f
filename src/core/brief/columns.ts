// A table row's meaning beyond its cells: the header of each column whose cell states something.
// "| Oxford and UCL | £40 million |" under "| Lab | Funding |" states a funding figure, and
// only the header says so. The words go with the row to retrieval and alignment, never into
// its ranges (engine.ts). A column of citations names no meaning ("Source").
import type { Span } from '../types';

/** Header words as typography capitalises them: "Funding" is a word, "UK" or "GDP" stays a name. */
export function asWords(header: string): string {
  return header.replace(/\b(\p{Lu})(\p{Ll}+)\b/gu, (_, first: string, rest: string) => first.toLowerCase() + rest);
}

/**
 * Where a row's cells are: the spans between its unescaped pipes (GFM's `\|` stays in a cell),
 * without the empty outer pieces of `| a | b |`.
 */
export function cellSpans(text: string, row: Span): Span[] {
  const cells: Span[] = [];
  let start = row.start;
  for (let i = row.start; i <= row.end; i++) {
    if (i < row.end && (text[i] !== '|' || text[i - 1] === '\\')) continue;
    cells.push({ start, end: i });
    start = i + 1;
  }
  const blank = (cell: Span | undefined) => cell !== undefined && text.slice(cell.start, cell.end).trim() === '';
  if (blank(cells[0]) && text[row.start + text.slice(row.start, row.end).search(/\S/)] === '|') cells.shift();
  if (blank(cells[cells.length - 1])) cells.pop();
  return cells;
}

/** The words of the headers over the cells of `row` whose prose holds a letter or digit, in column order. */
export function columnWords(text: string, prose: string, row: Span, columns: readonly string[]): string[] {
  const words: string[] = [];
  for (const [i, cell] of cellSpans(text, row).entries()) {
    const header = columns[i];
    if (header && /[\p{L}\p{N}]/u.test(prose.slice(cell.start, cell.end))) words.push(asWords(header));
  }
  return words;
}
