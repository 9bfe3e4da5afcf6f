// The words of a source as a brief may quote them: inside the brief's own quotation marks a
// quotation the source itself holds takes single marks (“… ‘win the race’ …”), and no mark is
// left open at either end.

const DOUBLE_OPEN = /[“"«]/g;
const DOUBLE_CLOSE = /[”»]/g;
/** Characters trimmed from the ends: spaces and trailing punctuation; then quotation marks too. */
const EDGE_PUNCTUATION = { start: ' \t\n\r', end: ' \t\n\r,.;:' };
const EDGE_MARKS = { start: ' \t\n\r“”"\'‘’«»', end: ' \t\n\r“”"\'‘’«»,.;:' };

/** `text` without the characters of `edges` at its start and end (a scan: no backtracking). */
function trimEdges(text: string, edges: { start: string; end: string }): string {
  let from = 0;
  let to = text.length;
  while (from < to && edges.start.includes(text.charAt(from))) from++;
  while (to > from && edges.end.includes(text.charAt(to - 1))) to--;
  return text.slice(from, to);
}

/**
 * `source` ready to replace the words between the brief's quotation marks (`opening` is the mark
 * before them), or undefined when its marks cannot be balanced.
 */
export function quotableText(source: string, opening: string): string | undefined {
  const flat = source.replace(/\s+/g, ' ');
  const double = opening === '“' || opening === '"' || opening === '«';
  // The words with their own marks if those balance, else without the marks at their ends.
  for (const edges of [EDGE_PUNCTUATION, EDGE_MARKS]) {
    let text = trimEdges(flat, edges);
    if (double) text = text.replace(DOUBLE_OPEN, '‘').replace(DOUBLE_CLOSE, '’').replace(/"/g, '’');
    if (text && balanced(text)) return text;
  }
  return undefined;
}

/** Every opening mark closed, in order (an apostrophe inside a word is no mark). */
export function balanced(text: string): boolean {
  let doubles = 0;
  let singles = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '“') doubles++;
    else if (c === '”' && --doubles < 0) return false;
    else if (c === '‘') singles++;
    else if (c === '’' && !/\p{L}/u.test(text.charAt(i + 1)) && singles > 0) singles--;
  }
  const straight = (text.match(/"/g) ?? []).length;
  return doubles === 0 && singles === 0 && straight % 2 === 0;
}
