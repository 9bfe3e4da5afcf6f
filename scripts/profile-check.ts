// Times full checks of the generated 5,000-word brief against the 11 MB bench corpus
// (for profiling: node --cpu-prof --import tsx scripts/profile-check.ts; RUNS=n sets the number
// of checks, HEAP=1 prints the time and heap of each).
// MB=n checks a large generated brief of n MB instead (the bench's large-brief row) once with a
// fresh checker and prints its wall and CPU seconds per MB and the heap its result and the
// checker keep (after a forced collection when node runs with --expose-gc); SLICED=1 then runs
// checkInSlices on it and prints the longest event-loop turn. For --heap-prof or --trace-gc.
import { BriefChecker, DEFAULT_SLICE_MS, loadCorpus, type Corpus } from '../src/core';
import { generateBrief } from './bench/brief';
import { FOLDERS, benchFileSystem } from './bench/corpus';
import { largeBriefText } from './bench/largeBrief';
import { measureTurns, sliceLine, SliceRecorder, turnsLine } from './lib/eventLoopTurns';

const heapMb = (): string => {
  (globalThis as { gc?: () => void }).gc?.();
  return (process.memoryUsage().heapUsed / 1e6).toFixed(0);
};

async function checkLarge(corpus: Corpus, megabytes: number): Promise<void> {
  const text = largeBriefText(corpus, megabytes);
  const mb = Buffer.byteLength(text) / 1024 / 1024;
  console.log(`brief ${mb.toFixed(2)} MB, heap before ${heapMb()} MB`);
  const checker = new BriefChecker(corpus);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const result = checker.check(text, 'large.md', 1);
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`${result.sentences.length} sentences: ${(wall / mb).toFixed(2)} s/MB wall, ${(cpuSeconds / mb).toFixed(2)} s/MB CPU, heap kept ${heapMb()} MB`);
  if (!process.env.SLICED) return;
  const recorder = new SliceRecorder();
  const turns = await measureTurns(() => new BriefChecker(corpus).checkInSlices(text, 'large.md', 1, { onSlice: recorder.onSlice }));
  console.log(`checkInSlices ${turns.seconds.toFixed(1)} s, ${sliceLine(await recorder.stats(DEFAULT_SLICE_MS), DEFAULT_SLICE_MS)}; ${turnsLine(turns, DEFAULT_SLICE_MS)}`);
}

async function main(): Promise<void> {
  const corpus = await loadCorpus(FOLDERS, benchFileSystem(1));
  if (process.env.MB) return checkLarge(corpus, Number(process.env.MB));
  const brief = generateBrief(corpus, { words: 5000, seed: 42 });
  const times: number[] = [];
  for (let i = 0; i < Number(process.env.RUNS ?? 6); i++) {
    const checker = new BriefChecker(corpus);
    const t0 = performance.now();
    checker.check(brief.text, 'bench.md', 1);
    times.push(performance.now() - t0);
    if (process.env.HEAP) console.log(i, (performance.now() - t0).toFixed(0), 'ms heap MB', (process.memoryUsage().heapUsed / 1e6).toFixed(0));
  }
  console.log('full check ms:', times.map((t) => t.toFixed(0)).join(' '));
}

void main();
