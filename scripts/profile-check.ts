// Times full checks of the generated 5,000-word brief against the 11 MB bench corpus
// (for profiling: node --cpu-prof --import tsx scripts/profile-check.ts; RUNS=n sets the number
// of checks, HEAP=1 prints the time and heap of each).
import { BriefChecker, loadCorpus } from '../src/core';
import { generateBrief } from './bench/brief';
import { FOLDERS, benchFileSystem } from './bench/corpus';

async function main(): Promise<void> {
  const corpus = await loadCorpus(FOLDERS, benchFileSystem(1));
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
