// The section headings of a brief (ATX `## Title` and Setext underlines), with their offsets, and
// the span of its front matter. A line scan rather than a second Markdown parse: the Claims view
// recomputes it on every check of a long brief, and headings are all it needs.

export interface Heading {
  /** The heading's words, without `#` marks or closing hashes. */
  text: string;
  depth: number;
  /** Offset of the heading's first character (its line start). */
  start: number;
  /** 0-based line of the heading's text. */
  line: number;
}

export interface BriefOutline {
  headings: Heading[];
  /** End offset of the front matter block (0 when there is none). */
  bodyStart: number;
  /** The front matter's `title:`, when it has one on a line of its own. */
  title?: string;
}

const ATX_OPENING = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const NOT_PARAGRAPH = /^ {0,3}(?:[-*+>]|\d+[.)]|#|`{3}|~{3}|<|\|)|^(?: {4}|\t)/;

interface Line {
  text: string;
  start: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    lines.push({ text: text.slice(start, stop).replace(/\r$/, ''), start });
    if (end < 0) return lines;
    start = end + 1;
  }
}

/** Index of the first line after a `---` … `---` (or `...`) block opening the file, else 0. */
function frontMatterEnd(lines: Line[]): number {
  if (lines[0]?.text.trim() !== '---') return 0;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]?.text.trim();
    if (line === '---' || line === '...') return index + 1;
  }
  return 0;
}

/** A YAML scalar as front matter writes a title: double-quoted (with escapes), single-quoted or plain. */
function yamlScalar(written: string): string {
  if (written.length >= 2 && written.startsWith('"') && written.endsWith('"')) return written.slice(1, -1).replace(/\\(.)/g, '$1');
  if (written.length >= 2 && written.startsWith("'") && written.endsWith("'")) return written.slice(1, -1).replace(/''/g, "'");
  return written;
}

function frontTitle(lines: Line[], end: number): string | undefined {
  for (let index = 1; index < end - 1; index++) {
    const line = lines[index]?.text ?? '';
    if (!line.startsWith('title:')) continue;
    const title = yamlScalar(line.slice('title:'.length).trim()).trim();
    return title === '' ? undefined : title;
  }
  return undefined;
}

/**
 * An ATX heading's depth and text (`## Text ##`), read by a scan: the one-pattern form backtracks
 * quadratically on long runs of spaces.
 */
function atxHeading(line: string): { depth: number; text: string } | undefined {
  const opening = ATX_OPENING.exec(line);
  if (!opening) return undefined;
  let text = line.slice(opening[0].length).trim();
  let closing = 0;
  while (closing < text.length && text.charAt(text.length - 1 - closing) === '#') closing += 1;
  if (closing === text.length) text = '';
  else if (closing > 0 && /[ \t]/.test(text.charAt(text.length - closing - 1))) text = text.slice(0, text.length - closing).trim();
  return { depth: (opening[1] as string).length, text };
}

export function briefOutline(text: string): BriefOutline {
  const lines = splitLines(text);
  const first = frontMatterEnd(lines);
  const headings: Heading[] = [];
  let fence: string | undefined;
  let paragraph = false;
  for (let index = first; index < lines.length; index++) {
    const line = lines[index] as Line;
    const fenceMatch = FENCE.exec(line.text);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      paragraph = false;
      continue;
    }
    const atx = atxHeading(line.text);
    if (atx) {
      headings.push({ text: atx.text, depth: atx.depth, start: line.start, line: index });
      paragraph = false;
      continue;
    }
    const setext = SETEXT.exec(line.text);
    const previous = lines[index - 1];
    if (setext && paragraph && previous) {
      headings.push({ text: previous.text.trim(), depth: setext[1]?.startsWith('=') ? 1 : 2, start: previous.start, line: index - 1 });
      paragraph = false;
      continue;
    }
    // Only a single-line paragraph is taken as a Setext heading's text: enough for briefs, and
    // it never mistakes a thematic break under a long paragraph for a heading of all of it.
    paragraph = line.text.trim() !== '' && !NOT_PARAGRAPH.test(line.text) && (previous === undefined || index === first || previous.text.trim() === '');
  }
  const bodyStart = first > 0 ? (lines[first]?.start ?? text.length) : 0;
  const title = first > 0 ? frontTitle(lines, first) : undefined;
  return { headings, bodyStart, ...(title !== undefined && { title }) };
}

/** The heading a position falls under (the last one starting at or before it), if any. */
export function headingAt(headings: readonly Heading[], offset: number): Heading | undefined {
  let low = 0;
  let high = headings.length - 1;
  let found: Heading | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const heading = headings[middle] as Heading;
    if (heading.start <= offset) {
      found = heading;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
