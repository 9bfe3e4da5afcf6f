// From positioned text runs of PDF pages to reading text: lines in content order (a column is
// read to its end before the next), paragraphs from vertical gaps and first-line indents,
// running headers and footers dropped, words hyphenated at a line end joined again.
// Plain functions of the runs, so they are tested without a PDF.

/** A run of text as a PDF page draws it (pdf.js text content item). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  height: number;
  /** The run ends its line (pdf.js `hasEOL`). */
  endOfLine: boolean;
}

export interface PageLine {
  text: string;
  x: number;
  y: number;
  height: number;
  /** The line opens a paragraph (after a gap or with an indent). */
  opensParagraph: boolean;
}

/** Groups one page's runs into lines, in the order the page draws them. */
export function pageLines(runs: readonly TextRun[]): PageLine[] {
  const lines: PageLine[] = [];
  let current: PageLine | undefined;
  let closed = true;
  for (const run of runs) {
    const sameLine = current && !closed && Math.abs(run.y - current.y) < Math.max(1, 0.5 * Math.max(run.height, current.height));
    if (!current || !sameLine) {
      if (run.text.trim() === '' && run.endOfLine) {
        closed = true;
        continue;
      }
      current = { text: run.text, x: run.x, y: run.y, height: run.height, opensParagraph: false };
      lines.push(current);
    } else {
      current.text += run.text;
      current.height = Math.max(current.height, run.height);
    }
    closed = run.endOfLine;
  }
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim();
  const kept = lines.filter((line) => line.text !== '');
  markParagraphs(kept);
  return kept;
}

/** A line opens a paragraph after a gap wider than the usual line step, or when indented from the line before. */
function markParagraphs(lines: PageLine[]): void {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const step = (lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0);
    if (step > 0) steps.push(step);
  }
  const usual = median(steps);
  // The page's paragraph indent: the most common step right from one line to the next (a
  // centred title's lines step right by other amounts).
  const indents: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1];
    const line = lines[i];
    if (previous && line && previous.y > line.y && line.x > previous.x + 0.8 * line.height) indents.push(Math.round(line.x - previous.x));
  }
  const indent = mode(indents);
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (!previous) {
      line.opensParagraph = true;
      return;
    }
    const step = previous.y - line.y;
    // Relative to the line's own size too: a large title's lines stand further apart than body lines.
    const gap = usual > 0 && step > Math.max(1.4 * usual, 1.6 * line.height);
    // A column break moves up the page: the paragraph goes on.
    const newColumn = step < 0;
    const indented = !newColumn && line.x > previous.x + 0.8 * line.height && Math.abs(line.x - previous.x - indent) <= 2;
    line.opensParagraph = (gap && !newColumn) || indented;
  });
}

/** A line that repeats at the top or bottom of pages, with its digits as `#` (page numbers vary). */
function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

const EDGE_LINES = 2;
/** A bare page number: `7`, `- 7 -`, `Page 7`, `7 of 40`, `vii`. */
const PAGE_NUMBER = /^[-–—\s]*(?:page\s+)?(?:\d+|[ivxlc]+)(?:\s+of\s+\d+)?[-–—\s]*$/i;

/**
 * Drops headers and footers: a line among the first or last two of a page that recurs (digits
 * aside) at the edge of at least half the pages, or a bare page number at an edge.
 */
export function dropRunningLines(pages: PageLine[][]): PageLine[][] {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const line of edgeLines(lines)) seen.add(runningKey(line.text));
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const edges = new Set(edgeLines(lines));
    return lines.filter((line) => {
      if (!edges.has(line)) return true;
      if (PAGE_NUMBER.test(line.text)) return false;
      return (counts.get(runningKey(line.text)) ?? 0) < threshold;
    });
  });
}

function edgeLines(lines: readonly PageLine[]): PageLine[] {
  if (lines.length <= 2 * EDGE_LINES) return [...lines];
  return [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

/** Hyphenated words written whole inside lines (`long-range`): a break at their hyphen keeps it. */
export function hyphenatedWords(pages: readonly PageLine[][]): Set<string> {
  const words = new Set<string>();
  const pattern = /(?<!\p{L})\p{L}+(?:-\p{L}+)+/gu;
  for (const lines of pages) for (const line of lines) for (const match of line.text.matchAll(pattern)) words.add(match[0].toLowerCase());
  return words;
}

const BROKEN_WORD = /(?<!\p{L})(\p{L}+)-$/u;
const CONTINUATION = /^(\p{Ll}+)/u;

/** Joins two lines of one paragraph: a word broken by a hyphen is mended unless the document writes it with one. */
export function joinLines(left: string, right: string, keep: ReadonlySet<string>): string {
  const broken = brokenWord(left);
  const rest = CONTINUATION.exec(right);
  if (broken && rest && broken[1] && rest[1]) {
    const whole = `${broken[1]}-${rest[1]}`.toLowerCase();
    return keep.has(whole) ? `${left}${right}` : `${left.slice(0, -1)}${right}`;
  }
  return `${left} ${right}`;
}

/** Lines are joined to a growing paragraph: the end pattern looks at its last characters, not all of it. */
const WORD_WINDOW = 96;

function brokenWord(left: string): RegExpExecArray | null {
  if (left.length <= WORD_WINDOW) return BROKEN_WORD.exec(left);
  const found = BROKEN_WORD.exec(left.slice(-WORD_WINDOW));
  // A word as long as the window may begin before it.
  return found && found.index === 0 ? BROKEN_WORD.exec(left) : found;
}

/** Paragraph texts of a page, lines of a paragraph joined. */
export function pageParagraphs(lines: readonly PageLine[], keep: ReadonlySet<string>): string[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    const last = paragraphs.length - 1;
    if (line.opensParagraph || last < 0) paragraphs.push(line.text);
    else paragraphs[last] = joinLines(paragraphs[last] ?? '', line.text, keep);
  }
  return paragraphs;
}

/** Whether a text ends a sentence (so the next page starts a new paragraph). */
export function endsSentence(text: string): boolean {
  return /[.!?:;…]["'”’)\]]*$/.test(text.trimEnd());
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = values[0] ?? 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > (counts.get(best) ?? 0)) best = value;
  }
  return best;
}
