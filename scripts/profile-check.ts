// Times full checks of the generated 5,000-word brief against the 11 MB bench corpus
// (for profiling: node --cpu-prof --import tsx scripts/profile-check.ts).
import { BriefChecker, loadCorpus } from '../src/core';
import { generateBrief } from './bench/brief';
import { FOLDERS, benchFileSystem } from './bench/corpus';

async function main(): Promise<void> {
  const corpus = await loadCorpus(FOLDERS, benchFileSystem(1));
  const brief = generateBrief(corpus, { words: 5000, seed: 42 });
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const checker = new BriefChecker(corpus);
    const t0 = performance.now();
    checker.check(brief.text, 'bench.md', 1);
    times.push(performance.now() - t0);
  }
  console.log('full check ms:', times.map((t) => t.toFixed(0)).join(' '));
}

void main();
