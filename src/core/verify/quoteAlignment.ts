// Best local alignment of a quotation's words with a passage's words (Smith–Waterman: match +2,
// mismatch or gap -1), to find the words a misquoted passage really has.
import type { Token } from '../text/tokens';

export interface QuoteAlignment {
  /** Quote words matched in order. */
  matched: number;
  /** Offsets in the source of the passage words the quotation stands for. */
  from: number;
  to: number;
}

/** One cell of the table: its score, matches, and where its run starts in the passage and in the quote (-1: none). */
interface Cell {
  score: number;
  matches: number;
  start: number;
  quoteStart: number;
}

const EMPTY: Cell = { score: 0, matches: 0, start: -1, quoteStart: -1 };

/** A table of (n + 1) × (m + 1) cells, row by row; cells outside it read as empty. */
class Table {
  private readonly cells: Cell[];
  constructor(
    rows: number,
    private readonly width: number,
  ) {
    this.cells = new Array<Cell>(rows * width).fill(EMPTY);
  }
  get(i: number, j: number): Cell {
    return this.cells[i * this.width + j] ?? EMPTY;
  }
  set(i: number, j: number, cell: Cell): void {
    this.cells[i * this.width + j] = cell;
  }
}

function sameWord(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && (a.norm === b.norm || a.stem === b.stem);
}

/** The best of the four ways into cell (i, j): fresh, diagonal, down, across (the first best wins). */
function bestInto(table: Table, i: number, j: number, same: boolean): Cell {
  const diagonal = table.get(i - 1, j - 1);
  const fresh = diagonal.start < 0;
  const up = table.get(i - 1, j);
  const left = table.get(i, j - 1);
  const options: Cell[] = [
    EMPTY,
    { score: diagonal.score + (same ? 2 : -1), matches: diagonal.matches + (same ? 1 : 0), start: fresh ? j - 1 : diagonal.start, quoteStart: fresh ? i - 1 : diagonal.quoteStart },
    { ...up, score: up.score - 1 },
    { ...left, score: left.score - 1 },
  ];
  let pick = EMPTY;
  for (const option of options) if (option.score > pick.score) pick = option;
  return pick;
}

export function alignQuote(quote: readonly Token[], passage: readonly Token[]): QuoteAlignment | undefined {
  const n = quote.length;
  const m = passage.length;
  if (n === 0 || m === 0) return undefined;
  const table = new Table(n + 1, m + 1);
  let bestScore = 0;
  let bi = 0;
  let bj = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const same = sameWord(quote[i - 1], passage[j - 1]);
      const cell = bestInto(table, i, j, same);
      table.set(i, j, cell);
      if (same && cell.score > bestScore) {
        bestScore = cell.score;
        bi = i;
        bj = j;
      }
    }
  }
  if (bestScore === 0) return undefined;
  // Words of the quote before and after the aligned run stand for the source's words there
  // ("lose the race" -> "win the race"): widen by as many words, within the passage.
  const end = table.get(bi, bj);
  const quoteFirst = end.quoteStart < 0 ? bi - 1 : end.quoteStart;
  const first = Math.max(0, (end.start < 0 ? bj - 1 : end.start) - quoteFirst);
  const last = Math.min(m - 1, bj - 1 + (n - bi));
  const from = passage[first];
  const to = passage[last];
  if (!from || !to) return undefined;
  return { matched: end.matches, from: from.start, to: to.end };
}
