// Hostile-input benchmark (issue 16): for each hostile line, the time to check (or index) k and
// 4k copies, and their ratio (linear work gives ~4, quadratic ~16); then seconds per MB for a
// large realistic brief and the longest slice of checkInSlices. Ratios are taken in one run on
// this machine (medians of three); nothing here is asserted (the tests count work instead).
// The large brief's seconds per MB are also given as a ratio to the 5,000-word bench brief's
// (a full check with a fresh checker, as in npm run bench), measured in the same run.
// Usage: npm run bench:hostile [-- --quick] [--mb N] [--only NAME] [--no-large] [--no-lines]
import { performance } from 'node:perf_hooks';
import { BriefChecker, loadCorpus, type Corpus } from '../src/core';
import { Corpus as CorpusClass } from '../src/core/corpus/corpus';
import { nodeFileSystem } from '../src/node/nodeFileSystem';
import { generateBrief } from './bench/brief';
import { largeBriefText } from './bench/largeBrief';
import { FOLDERS } from './bench/corpus';
import { measureTurns, turnsLine } from './lib/eventLoopTurns';
import { HOSTILE_LINES, type HostileLine } from './lib/hostileLines';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const megabytes = args.includes('--mb') ? Number(args[args.indexOf('--mb') + 1]) : quick ? 1 : 10;

function seconds(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

function timeLine(line: HostileLine, corpus: Corpus, copies: number): number {
  const text = line.make(copies);
  if (line.where === 'source') return seconds(() => new CorpusClass([{ key: 'hostile', title: 'Hostile', file: 'hostile.md', text }], []));
  const checker = new BriefChecker(corpus);
  return seconds(() => checker.check(text, 'hostile.md', 1));
}

async function main(): Promise<void> {
  const corpus = await loadCorpus(FOLDERS.slice(0, 1), nodeFileSystem);
  console.log('hostile line                         k       t(k) s   t(4k) s   ratio');
  for (const line of HOSTILE_LINES) {
    if ((only && line.name !== only) || args.includes('--no-lines')) continue;
    const k = quick ? Math.max(1, Math.floor(line.k / 4)) : line.k;
    timeLine(line, corpus, Math.max(1, Math.floor(k / 8))); // warm-up
    const small = median([0, 1, 2].map(() => timeLine(line, corpus, k)));
    const large = median([0, 1, 2].map(() => timeLine(line, corpus, 4 * k)));
    console.log(`${line.name.padEnd(34)} ${String(k).padStart(7)} ${small.toFixed(3).padStart(9)} ${large.toFixed(3).padStart(9)} ${(large / Math.max(small, 1e-6)).toFixed(1).padStart(7)}`);
  }
  if (only || args.includes('--no-large')) return;
  const big = await loadCorpus(FOLDERS, nodeFileSystem);
  const brief = largeBriefText(big, megabytes);
  const bytes = Buffer.byteLength(brief);
  // The peer: the bench's 5,000-word brief, checked after three unmeasured checks (median of three).
  const normal = generateBrief(big, { words: 5000, seed: 42 }).text;
  for (let i = 0; i < 3; i++) new BriefChecker(big).check(normal, 'bench.md', 1);
  const normalSeconds = median([0, 1, 2].map(() => seconds(() => new BriefChecker(big).check(normal, 'bench.md', 1))));
  const normalPerMb = normalSeconds / (Buffer.byteLength(normal) / 1024 / 1024);
  const checker = new BriefChecker(big);
  const whole = seconds(() => checker.check(brief, 'large.md', 1));
  const sliced = await measureTurns(() => new BriefChecker(big).checkInSlices(brief, 'large.md', 1, { sliceMs: 50 }), 50);
  const perMb = whole / (bytes / 1024 / 1024);
  console.log(`\nlarge brief: ${(bytes / 1024 / 1024).toFixed(1)} MB, check ${whole.toFixed(1)} s = ${perMb.toFixed(2)} s/MB`);
  console.log(`peer: the 5,000-word bench brief (${(Buffer.byteLength(normal) / 1024).toFixed(0)} KB) checks in ${(normalSeconds * 1000).toFixed(0)} ms = ${normalPerMb.toFixed(2)} s/MB; large ÷ peer per MB: ${(perMb / normalPerMb).toFixed(2)}`);
  console.log(`checkInSlices (sliceMs 50): ${sliced.seconds.toFixed(1)} s, ${turnsLine(sliced, 50)}`);
}

void main();
