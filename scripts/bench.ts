// Performance benchmark on the 11 MB corpus (the seeds + 233 State of the Union addresses).
// Usage: npm run bench [-- --json] [--quick] [--no-scaling] [--no-package] [--no-minisearch] [--scaling-minisearch] [--no-pdf] [--large-mb N] [--silent]
// Medians over repeated runs; ratios (ours vs MiniSearch) are taken in one run. Indexing and
// activation are timed in fresh processes (scripts/bench/child.ts) so that nothing is warm.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import MiniSearch from 'minisearch';
import { BriefChecker, DEFAULT_SLICE_MS, describeAt, loadCorpus, type BriefResult, type Corpus } from '../src/core';
import { contentStems } from '../src/core/text/tokens';
import { generateBrief, seededRandom } from './bench/brief';
import { pick } from './lib/seededRandom';
import { benchFileSystem, FOLDERS, ROOT } from './bench/corpus';
import { benchPdf, pdfBenchAvailable, pdfRowLine, type PdfBenchRow } from './bench/pdf';
import { benchPdfBlocking, pdfBlockingLine, type PdfBlockingRow } from './bench/pdfBlocking';
import { benchLargeBrief, largeBriefLine, type LargeBriefRow } from './bench/largeBrief';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const log = (line = ''): void => {
  if (!json) console.log(line);
};
/** Progress on stderr, so --json's stdout stays one object. */
const progress = (line: string): void => {
  if (!args.includes('--silent')) process.stderr.write(`${line}\n`);
};

const CANDIDATES = 24;
/** Unmeasured full checks before the measured ones. */
const FULL_CHECK_WARM_UP = 3;

interface Row {
  fraction: number;
  sources: number;
  passages: number;
  corpusBytes: number;
  indexColdMs: number;
  indexCachedMs: number | null;
  heapRatio: number;
  checkFullMs: number;
  checkFirstMs: number;
  /** Heap added by the first check (the corpus's bounded analysis cache, mostly). */
  checkHeapBytes: number;
  checkIncrementalMs: number;
  hoverP95Ms: number;
  queryMedianMs: number;
  miniSearchQueryMedianMs: number | null;
  retrievalSpeedupVsMiniSearch: number | null;
  miniSearchIndexMs: number | null;
  miniSearchHeapRatio: number | null;
  recallAt1: number;
  /** The labelled evidence is among the candidates the checker compares (top 24). */
  recallAtCandidates: number;
  miniSearchRecallAt1: number | null;
  evidenceAt1: number;
}

/** The middle value; NaN for no values (nothing was measured). */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  const upper = s[m] ?? NaN;
  return s.length % 2 ? upper : ((s[m - 1] ?? NaN) + upper) / 2;
}

/** The p-th percentile (nearest rank); NaN for no values. */
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function heapBytes(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/** Runs scripts/bench/child.ts in a fresh Node process and parses its JSON line. */
function child(...childArgs: string[]): Record<string, number | boolean | string> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'bench', 'child.ts'), ...childArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  try {
    const parsed = JSON.parse(last) as Record<string, number | boolean | string>;
    if (parsed.error) throw new Error(String(parsed.error));
    return parsed;
  } catch (error) {
    throw new Error(`child ${childArgs.join(' ')} failed: ${error instanceof Error ? error.message : String(error)}\n${r.stderr}`);
  }
}

interface DevClaim {
  id: string;
  claim: string;
  label: string;
  source?: string;
  evidence?: string;
}

function readDevClaims(): DevClaim[] {
  const file = path.join(ROOT, '..', 'shared', 'eval', 'dev-claims.jsonl');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DevClaim);
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Does passage `id` overlap the labelled evidence of the claim (same rule as scripts/eval.ts)? */
function overlapsEvidence(corpus: Corpus, id: number | undefined, claim: DevClaim): boolean {
  if (id === undefined) return false;
  const p = corpus.passage(id);
  if (path.basename(p.file) !== claim.source) return false;
  const text = corpus.sourceText(p.key) ?? '';
  let at = text.indexOf(claim.evidence!);
  if (at < 0) at = normalise(text).indexOf(normalise(claim.evidence!));
  return at >= 0 && p.start < at + claim.evidence!.length && at < p.end;
}

function ourQuery(corpus: Corpus, text: string, limit = CANDIDATES): number[] {
  return corpus.retriever.query(contentStems(text), limit).map((r) => r.id);
}

/** Typing one character into a word of a sentence: the incremental edit. */
function typeInto(text: string, result: BriefResult, random: () => number): string {
  const sentences = result.sentences.filter((s) => s.text.length > 20);
  const s = pick(sentences, random, 'sentence over 20 characters');
  const words = [...s.text.matchAll(/[a-z]{4,}/g)];
  const w = words[Math.floor(random() * words.length)];
  const at = s.span.start + (w ? w.index! + w[0].length : s.text.length - 1);
  return text.slice(0, at) + 's' + text.slice(at);
}

function measureChecks(corpus: Corpus, brief: string, runs: number): Pick<Row, 'checkFullMs' | 'checkFirstMs' | 'checkHeapBytes' | 'checkIncrementalMs' | 'hoverP95Ms'> & { result: BriefResult } {
  const heapBefore = heapBytes();
  let t = performance.now();
  const first = new BriefChecker(corpus).check(brief, 'bench://brief.md', 1);
  const checkFirstMs = performance.now() - t;
  // What the first check adds: passage analyses cached by the corpus (bounded), the result.
  const checkHeapBytes = heapBytes() - heapBefore;
  const full: number[] = [];
  let result = first;
  // Warm-up checks (unmeasured) let the JIT compile the checking code, as it is in an editor
  // that has checked before; each check still gets a new checker, so nothing of the brief is cached.
  for (let i = 0; i < FULL_CHECK_WARM_UP; i++) new BriefChecker(corpus).check(brief, 'bench://brief.md', 1);
  for (let i = 0; i < runs; i++) {
    const checker = new BriefChecker(corpus);
    t = performance.now();
    result = checker.check(brief, 'bench://brief.md', 1);
    full.push(performance.now() - t);
  }
  // Incremental: one checker, one character typed per version.
  const checker = new BriefChecker(corpus);
  let text = brief;
  let last = checker.check(text, 'bench://brief.md', 1);
  const random = seededRandom(7);
  const incremental: number[] = [];
  const warmUp = 5;
  for (let v = 2; v < 2 + warmUp + runs * 4; v++) {
    text = typeInto(text, last, random);
    t = performance.now();
    last = checker.check(text, 'bench://brief.md', v);
    if (v >= 2 + warmUp) incremental.push(performance.now() - t);
  }
  // Hovers answer from the last check: a random sentence or citation key.
  const hovers: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const useCitation = last.citations.length > 0 && random() < 0.3;
    const offset = useCitation
      ? pick(last.citations, random, 'citation').span.start + 1
      : (() => {
          const s = pick(last.sentences, random, 'sentence');
          return s.span.start + Math.floor(random() * (s.span.end - s.span.start));
        })();
    t = performance.now();
    const cached = checker.cached('bench://brief.md', 1 + warmUp + runs * 4);
    if (cached) describeAt(cached, corpus, offset);
    hovers.push(performance.now() - t);
  }
  return { checkFullMs: median(full), checkFirstMs, checkHeapBytes, checkIncrementalMs: median(incremental), hoverP95Ms: percentile(hovers, 95), result };
}

function buildMiniSearch(corpus: Corpus): MiniSearch<{ id: number }> {
  const ms = new MiniSearch<{ id: number }>({ fields: ['text'], extractField: (doc, field) => (field === 'id' ? String(doc.id) : corpus.passage(doc.id).text) });
  const docs: Array<{ id: number }> = [];
  for (let id = 0; id < corpus.passageCount; id++) docs.push({ id });
  ms.addAll(docs);
  return ms;
}

async function measureFraction(fraction: number, brief: string, claimQueries: string[], dev: DevClaim[], cacheDir: string, withMiniSearch: boolean): Promise<Row> {
  const runs = quick ? 1 : 3;
  const cold = Array.from({ length: runs }, () => child('index', String(fraction)));
  child('cached', String(fraction), cacheDir); // writes the entry
  const cached = Array.from({ length: runs }, () => child('cached', String(fraction), cacheDir));
  progress(`  indexed cold (${cold.map((c) => Math.round(Number(c.ms))).join(', ')} ms) and from the cache (${cached.map((c) => Math.round(Number(c.ms))).join(', ')} ms)`);
  const [firstCold] = cold;
  if (!firstCold) throw new Error('bench: no cold index run');
  const corpusBytes = Number(firstCold.textBytes);
  const corpus = await loadCorpus(FOLDERS, benchFileSystem(fraction));
  const checks = measureChecks(corpus, brief, quick ? 3 : 11);
  progress(`  checked: full ${checks.checkFullMs.toFixed(0)} ms, first ${checks.checkFirstMs.toFixed(0)} ms, incremental ${checks.checkIncrementalMs.toFixed(1)} ms`);

  // Retrieval: the same queries through our index and MiniSearch, interleaved, in this run.
  const repeats = quick ? 3 : 5;
  const ours: number[] = [];
  const theirs: number[] = [];
  let ms: MiniSearch<{ id: number }> | undefined;
  let miniSearchIndexMs: number | null = null;
  let miniSearchHeapRatio: number | null = null;
  if (withMiniSearch) {
    const before = heapBytes();
    const t = performance.now();
    ms = buildMiniSearch(corpus);
    miniSearchIndexMs = performance.now() - t;
    miniSearchHeapRatio = (heapBytes() - before) / corpusBytes;
    progress(`  MiniSearch indexed in ${miniSearchIndexMs.toFixed(0)} ms`);
  }
  // MiniSearch returns every matching passage (tens of thousands per sentence on this corpus,
  // seconds each), so it runs each query once; ours runs each `repeats` times.
  const msTop = new Map<string, number | undefined>();
  // Ours: `repeats` rounds over all the queries, so that no query directly follows itself
  // (the index reuses the scores of a query repeated at once, as a cited sentence does).
  const timed = claimQueries.map((query) => ({ query, times: [] as number[] }));
  for (let r = 0; r < repeats; r++) {
    for (const { query, times } of timed) {
      const t = performance.now();
      ourQuery(corpus, query);
      times.push(performance.now() - t);
    }
  }
  for (const { times } of timed) ours.push(median(times));
  if (ms) {
    claimQueries.forEach((q, i) => {
      const t = performance.now();
      const found = ms!.search(q).slice(0, CANDIDATES);
      theirs.push(performance.now() - t);
      msTop.set(q, found[0]?.id as number | undefined);
      if (i % 20 === 0) progress(`  MiniSearch query ${i}/${claimQueries.length}`);
    });
  }
  // Recall@1 on the labelled dev claims (supported + contradicted with evidence).
  const labelled = dev.filter((c) => (c.label === 'supported' || c.label === 'contradicted') && c.source && c.evidence);
  let hits = 0;
  let hitsAtCandidates = 0;
  let msHits = 0;
  let evidenceHits = 0;
  const checker = new BriefChecker(corpus);
  for (const c of labelled) {
    const candidates = ourQuery(corpus, c.claim, CANDIDATES);
    if (overlapsEvidence(corpus, candidates[0], c)) hits++;
    if (candidates.some((id) => overlapsEvidence(corpus, id, c))) hitsAtCandidates++;
    if (ms && overlapsEvidence(corpus, msTop.has(c.claim) ? msTop.get(c.claim) : (ms.search(c.claim)[0]?.id as number | undefined), c)) msHits++;
    const top = checker.check(`${c.claim}\n`, c.id, 1).sentences[0]?.evidence[0];
    if (top && path.basename(top.file) === c.source && overlapsEvidence(corpus, top.passageId, c)) evidenceHits++;
  }
  const queryMedianMs = median(ours);
  const miniSearchQueryMedianMs = ms ? median(theirs) : null;
  const heap = cold.map((c) => Number(c.heap));
  return {
    fraction,
    sources: Number(firstCold.sources),
    passages: Number(firstCold.passages),
    corpusBytes,
    indexColdMs: median(cold.map((c) => Number(c.ms))),
    indexCachedMs: cached.every((c) => c.cacheHit) ? median(cached.map((c) => Number(c.ms))) : null,
    heapRatio: median(heap) / corpusBytes,
    checkFullMs: checks.checkFullMs,
    checkFirstMs: checks.checkFirstMs,
    checkHeapBytes: checks.checkHeapBytes,
    checkIncrementalMs: checks.checkIncrementalMs,
    hoverP95Ms: checks.hoverP95Ms,
    queryMedianMs,
    miniSearchQueryMedianMs,
    retrievalSpeedupVsMiniSearch: miniSearchQueryMedianMs !== null ? miniSearchQueryMedianMs / queryMedianMs : null,
    miniSearchIndexMs,
    miniSearchHeapRatio,
    recallAt1: labelled.length ? hits / labelled.length : 0,
    recallAtCandidates: labelled.length ? hitsAtCandidates / labelled.length : 0,
    miniSearchRecallAt1: ms && labelled.length ? msHits / labelled.length : null,
    evidenceAt1: labelled.length ? evidenceHits / labelled.length : 0,
  };
}

/** activate() of the bundled extension with a stub `vscode`, in fresh processes; also the time to load the bundle first. */
function activation(): { activationMs: number | null; activationWithLoadMs: number | null; activationNote?: string } {
  const bundle = path.join(ROOT, 'dist', 'extension.js');
  if (!fs.existsSync(bundle)) return { activationMs: null, activationWithLoadMs: null, activationNote: 'dist/extension.js not built' };
  try {
    const runs = Array.from({ length: quick ? 3 : 5 }, () => child('activate', bundle));
    return { activationMs: median(runs.map((r) => Number(r.activateMs))), activationWithLoadMs: median(runs.map((r) => Number(r.ms))) };
  } catch (error) {
    return { activationMs: null, activationWithLoadMs: null, activationNote: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

function vsixSize(): { vsixBytes: number | null; vsixNote?: string } {
  if (args.includes('--no-package')) return { vsixBytes: null, vsixNote: 'skipped (--no-package)' };
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (!pkg.scripts?.package) return { vsixBytes: null, vsixNote: 'no package script' };
  const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
  const vsix = path.join(ROOT, 'brief-lens.vsix');
  if (r.status !== 0 || !fs.existsSync(vsix)) return { vsixBytes: null, vsixNote: `npm run package failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}` };
  return { vsixBytes: fs.statSync(vsix).size };
}

async function main(): Promise<void> {
  const started = Date.now();
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-lens-bench-cache-'));
  const full = await loadCorpus(FOLDERS, benchFileSystem(1));
  const generated = generateBrief(full, { words: 5000, seed: 42 });
  const dev = readDevClaims();
  const briefSentences = new BriefChecker(full).check(generated.text, 'bench://brief.md', 1).sentences;
  const claimQueries = [...new Set([...briefSentences.filter((s) => s.verdict !== 'opinion').map((s) => s.text), ...dev.map((c) => c.claim)])];
  log(`corpus: ${full.sources.length} sources, ${full.passageCount} passages; brief: ${generated.words} words, ${briefSentences.length} sentences (${JSON.stringify(generated.counts)}); ${claimQueries.length} retrieval queries`);

  const fractions = args.includes('--no-scaling') ? [1] : [0.25, 0.5, 1];
  const rows: Row[] = [];
  for (const f of fractions) {
    progress(`measuring ${f === 1 ? 'the whole corpus' : `${f} of the corpus`}`);
    // MiniSearch takes minutes on every query set: by default only on the whole corpus.
    const withMiniSearch = !args.includes('--no-minisearch') && (f === 1 || args.includes('--scaling-minisearch'));
    rows.push(await measureFraction(f, generated.text, claimQueries, dev, cacheDir, withMiniSearch));
  }
  fs.rmSync(cacheDir, { recursive: true, force: true });

  let exampleCheckMs: number | null = null;
  const example = path.join(ROOT, 'examples', 'sample-brief.md');
  if (fs.existsSync(example)) {
    const text = fs.readFileSync(example, 'utf8');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      new BriefChecker(full).check(text, 'bench://sample-brief.md', 1);
      times.push(performance.now() - t);
    }
    exampleCheckMs = median(times);
  }
  // PDF extraction against pdftotext, same run (issue 14): 50 MB of real reports, 5 with --quick.
  const pdfSkip = args.includes('--no-pdf') ? 'skipped (--no-pdf)' : pdfBenchAvailable();
  const pdf: PdfBenchRow | null = pdfSkip ? null : await benchPdf(quick ? 5 : 50, progress);
  log(pdf ? pdfRowLine(pdf) : `PDF extraction: ${pdfSkip}`);
  // A 300-page PDF read as the editor reads it: the longest the event loop waits (issue 14).
  const blocking: PdfBlockingRow | null = pdfSkip ? null : await benchPdfBlocking(300);
  if (blocking) log(pdfBlockingLine(blocking));
  const whole = rows.at(-1);
  if (!whole) throw new Error('bench: no corpus fraction was measured');
  // A brief of N MB (issue 16: 10, the default; 1 with --quick; 0 skips), with the 5,000-word brief as the peer.
  const largeMb = args.includes('--large-mb') ? Number(args[args.indexOf('--large-mb') + 1]) : quick ? 1 : 10;
  const peerSecondsPerMb = whole.checkFullMs / 1000 / (Buffer.byteLength(generated.text) / 1024 / 1024);
  const large: LargeBriefRow | null = largeMb > 0 ? await benchLargeBrief(full, largeMb, progress) : null;
  if (large) log(largeBriefLine(large, peerSecondsPerMb));
  const act = activation();
  const vsix = vsixSize();

  const cols: Array<[string, (r: Row) => string]> = [
    ['corpus', (r) => (r.fraction === 1 ? 'whole' : r.fraction === 0.5 ? '1/2' : '1/4')],
    ['MB', (r) => (r.corpusBytes / 1e6).toFixed(1)],
    ['passages', (r) => String(r.passages)],
    ['index cold ms', (r) => r.indexColdMs.toFixed(0)],
    ['cached ms', (r) => (r.indexCachedMs === null ? '-' : r.indexCachedMs.toFixed(0))],
    ['heap x', (r) => r.heapRatio.toFixed(2)],
    ['check ms', (r) => r.checkFullMs.toFixed(1)],
    ['first ms', (r) => r.checkFirstMs.toFixed(0)],
    ['incr ms', (r) => r.checkIncrementalMs.toFixed(2)],
    ['hover p95', (r) => r.hoverP95Ms.toFixed(3)],
    ['query ms', (r) => r.queryMedianMs.toFixed(3)],
    ['MiniSearch ms', (r) => (r.miniSearchQueryMedianMs === null ? '-' : r.miniSearchQueryMedianMs.toFixed(3))],
    ['speedup', (r) => (r.retrievalSpeedupVsMiniSearch === null ? '-' : r.retrievalSpeedupVsMiniSearch.toFixed(1))],
    ['MS index ms', (r) => (r.miniSearchIndexMs === null ? '-' : r.miniSearchIndexMs.toFixed(0))],
    ['MS heap x', (r) => (r.miniSearchHeapRatio === null ? '-' : r.miniSearchHeapRatio.toFixed(1))],
    ['recall@1', (r) => r.recallAt1.toFixed(3)],
    ['recall@24', (r) => r.recallAtCandidates.toFixed(3)],
    ['MS recall@1', (r) => (r.miniSearchRecallAt1 === null ? '-' : r.miniSearchRecallAt1.toFixed(3))],
  ];
  log('');
  log(cols.map(([h]) => h).join(' | '));
  log(cols.map(() => '---').join(' | '));
  for (const r of rows) log(cols.map(([, f]) => f(r)).join(' | '));
  log('');
  log(`example brief check: ${exampleCheckMs === null ? '-' : `${exampleCheckMs.toFixed(1)} ms`}; activation: ${act.activationMs === null ? `- (${act.activationNote})` : `${act.activationMs.toFixed(1)} ms (${act.activationWithLoadMs!.toFixed(0)} ms with loading the bundle)`}; vsix: ${vsix.vsixBytes === null ? `- (${vsix.vsixNote})` : `${vsix.vsixBytes} bytes`}`);
  log(`machine: ${os.cpus()[0]?.model ?? 'unknown'} x${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}; ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const summary = {
    indexColdMs: round(whole.indexColdMs, 0),
    indexCachedMs: whole.indexCachedMs === null ? null : round(whole.indexCachedMs, 0),
    checkFullMs: round(whole.checkFullMs, 1),
    checkIncrementalMs: round(whole.checkIncrementalMs, 2),
    hoverP95Ms: round(whole.hoverP95Ms, 3),
    activationMs: act.activationMs === null ? null : round(act.activationMs, 1),
    activationWithLoadMs: act.activationWithLoadMs === null ? null : round(act.activationWithLoadMs, 0),
    heapRatio: round(whole.heapRatio, 2),
    vsixBytes: vsix.vsixBytes,
    retrievalSpeedupVsMiniSearch: whole.retrievalSpeedupVsMiniSearch === null ? null : round(whole.retrievalSpeedupVsMiniSearch, 2),
    recallAt1: round(whole.recallAt1, 3),
    recallAt24: round(whole.recallAtCandidates, 3),
    miniSearchRecallAt1: whole.miniSearchRecallAt1 === null ? null : round(whole.miniSearchRecallAt1, 3),
    evidenceAt1: round(whole.evidenceAt1, 3),
    checkFirstMs: round(whole.checkFirstMs, 0),
    checkHeapMB: round(whole.checkHeapBytes / 1e6, 1),
    exampleCheckMs: exampleCheckMs === null ? null : round(exampleCheckMs, 1),
    queryMedianMs: round(whole.queryMedianMs, 4),
    miniSearchQueryMedianMs: whole.miniSearchQueryMedianMs === null ? null : round(whole.miniSearchQueryMedianMs, 4),
    miniSearchHeapRatio: whole.miniSearchHeapRatio === null ? null : round(whole.miniSearchHeapRatio, 1),
    corpusBytes: whole.corpusBytes,
    passages: whole.passages,
    briefWords: generated.words,
    ...(act.activationNote ? { activationNote: act.activationNote } : {}),
    ...(vsix.vsixNote ? { vsixNote: vsix.vsixNote } : {}),
    pdfBlocking: blocking && { pages: blocking.pages, extractMs: round(blocking.extractMs, 0), vsPdftotext: round(blocking.extractMs / blocking.pdftotextMs, 2), longestBlockMs: round(blocking.longestBlockMs, 1), p99BlockMs: round(blocking.p99BlockMs, 1), longestBlockVsSlice: round(blocking.longestBlockMs / DEFAULT_SLICE_MS, 2) },
    largeBrief: large && {
      mb: round(large.megabytes, 2),
      sentences: large.sentences,
      checkSeconds: round(large.checkSeconds, 1),
      secondsPerMb: round(large.secondsPerMb, 2),
      vsPeerPerMb: round(large.secondsPerMb / peerSecondsPerMb, 2),
      slicedSeconds: round(large.slicedSeconds, 1),
      slices: { count: large.slices.count, longestMs: round(large.slices.longestMs, 1), p99Ms: round(large.slices.p99Ms, 1), overSlice: large.slices.overSlice, longestNetMs: round(large.slices.longestNetMs, 1), overSliceNet: large.slices.overSliceNet },
      longestTurnMs: round(large.longestTurnMs, 0),
      longestTurnVsSlice: round(large.longestTurnMs / DEFAULT_SLICE_MS, 1),
      longestTurnCpuMs: round(large.longestTurnCpuMs, 0),
      longestTurnGcMs: round(large.longestTurnGcMs, 0),
      turnsOverSlice: large.turnsOverSlice,
      turns: large.turns,
      p99TurnMs: round(large.p99TurnMs, 1),
      mostCpuTurnMs: round(large.mostCpuTurnMs, 0),
      load: [round(large.loadBefore, 1), round(large.loadAfter, 1)],
    },
    pdf: pdf && { mb: round(pdf.pdfBytes / 1e6, 1), files: pdf.files, pages: pdf.pages, oursMBps: round(pdf.oursMBps, 3), pdftotextMBps: round(pdf.pdftotextMBps, 3), ratioVsPdftotext: round(pdf.ratio, 3), cachedMBps: round(pdf.pdfBytes / 1e6 / (pdf.cachedMs / 1000), 0) },
    scaling: rows.map((r) => ({
      fraction: r.fraction,
      corpusBytes: r.corpusBytes,
      passages: r.passages,
      indexColdMs: round(r.indexColdMs, 0),
      indexCachedMs: r.indexCachedMs === null ? null : round(r.indexCachedMs, 0),
      heapRatio: round(r.heapRatio, 2),
      checkFullMs: round(r.checkFullMs, 1),
      checkIncrementalMs: round(r.checkIncrementalMs, 2),
      hoverP95Ms: round(r.hoverP95Ms, 3),
      queryMedianMs: round(r.queryMedianMs, 4),
      miniSearchQueryMedianMs: r.miniSearchQueryMedianMs === null ? null : round(r.miniSearchQueryMedianMs, 4),
      recallAt1: round(r.recallAt1, 3),
      miniSearchRecallAt1: r.miniSearchRecallAt1 === null ? null : round(r.miniSearchRecallAt1, 3),
    })),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: process.version, platform: os.platform(), loadAverage: os.loadavg().map((x) => round(x, 1)) },
  };
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exit(2);
});
