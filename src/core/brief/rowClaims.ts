// A table row that states several things: "| Obama 2016 | More than 14 million new jobs | Nearly
// 8 million gained health coverage | [@obama] |" gives two facts about its first cell, each from
// its own passage. Read as one statement, the row needs one passage to state both and a wrong
// figure in one cell is merely unsupported; read cell by cell, each fact meets the passage that
// states it. A row of values ("| Oxford and UCL | £60 million | 2025 |") is one record and stays
// one statement: only a row with two or more cells that each read as a clause is split.
import type { Span } from '../types';
import { asWords, cellSpans } from './columns';

/** Words a cell needs to read as a statement of its own, not a value or a key ("Kennedy 1962", "£60 million", "Yes"). */
const STATEMENT_WORDS = 4;
/** Of them, words in lower case: a name or title ("Global Partnership on AI") is a key, however long. */
const LOWER_CASE_WORDS = 2;

/** One cell of a row read as a claim of its own. */
export interface RowClaim {
  span: Span;
  /** The row's key: the words of the cells before the first statement ("Obama 2016"), which the cell speaks of. */
  key?: string;
  /** The header of the cell's column, as words. */
  header?: string;
}

function trimmedCell(prose: string, cell: Span): Span | undefined {
  const text = prose.slice(cell.start, cell.end);
  const lead = text.search(/\S/);
  if (lead < 0) return undefined;
  return { start: cell.start + lead, end: cell.start + text.trimEnd().length };
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,$£€%-]*/gu) ?? [];
}

function statesSomething(prose: string, cell: Span): boolean {
  const lettered = words(prose.slice(cell.start, cell.end)).filter((word) => /\p{L}/u.test(word));
  return lettered.length >= STATEMENT_WORDS && lettered.filter((word) => /^\p{Ll}/u.test(word)).length >= LOWER_CASE_WORDS;
}

/**
 * The claims of a row whose cells state several things, each with the row's key and its column's
 * header; undefined when the row is one statement. `prose` has citations blanked, so a cell that
 * holds only a citation states nothing.
 */
export function rowClaims(text: string, prose: string, row: Span, headers: readonly string[] | undefined): RowClaim[] | undefined {
  const cells = cellSpans(text, row).map((cell) => trimmedCell(prose, cell));
  const statements = cells.flatMap((cell, column) => (cell && statesSomething(prose, cell) ? [{ cell, column }] : []));
  if (statements.length < 2) return undefined;
  const first = statements[0]?.column ?? 0;
  const key = cells.slice(0, first).flatMap((cell) => (cell ? words(prose.slice(cell.start, cell.end)) : [])).join(' ');
  // After the key every cell with words or figures is a claim: a short one ("Federal workforce
  // 200,000 smaller") states a fact as much as a clause does.
  return cells.slice(first).flatMap((cell, offset) => {
    if (!cell || words(prose.slice(cell.start, cell.end)).length === 0) return [];
    const header = headers?.[first + offset];
    return [{ span: cell, ...(key ? { key } : {}), ...(header ? { header: asWords(header) } : {}) }];
  });
}
