// Numbers that count a list or a table's rows are no figures of a claim: "2. Taxes." in a list
// run into one line ("1. Poverty. 2. Taxes."), or "1 (industry)" as the first cell of a row that
// numbers panels or options. They are blanked in the prose the engine reads (offsets kept); the
// brief's text, which ranges and fixes point into, is untouched.

/** A list number opening a line, or following a sentence's end or a colon: "Outline: 1. Poverty. 2. Taxes." */
const LIST_NUMBER = /(?<=(?:^|[.!?…:;])[ \t]*)\d{1,3}\.(?=[ \t]+\p{Lu})/gmu;

/**
 * A row's first cell holding only a number of one or two digits, perhaps with a parenthesis
 * ("1 (industry)"): in the prose a row's cells are parted by ";" (parse.ts), so the cell ends at one.
 */
const ROW_NUMBER = /(?<=^[ \t]*;?[ \t]*)\d{1,2}(?=[ \t]*(?:\([^()\n;]{0,60}\)[ \t]*)?;)/gmu;

/** `prose` with list and row numbers blanked. */
export function withoutEnumerators(prose: string): string {
  const blank = (number: string): string => ' '.repeat(number.length);
  return prose.replace(LIST_NUMBER, blank).replace(ROW_NUMBER, blank);
}
