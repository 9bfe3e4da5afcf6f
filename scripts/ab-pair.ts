// Interleaved A/B of the warm full check on a shared, noisy machine: loads the engines of two (or
// more) checkouts into one process, then alternates their checks of the bench brief (each with a
// new checker, after three unmeasured ones), so every version runs under the same load. Prints
// the median wall and CPU time of each and its median wall time paired with the first's.
//   npx tsx scripts/ab-pair.ts /path/to/old-checkout /path/to/new-checkout   (RUNS=n, 15 by default;
//   MODE=incremental times a re-check after one character typed, with one checker per checkout)
// The order of the checkouts alternates each round; the first loaded may still be favoured in
// wall time, so run it both ways. CPU time moves least with the machine's load.
import * as path from 'node:path';

interface Side {
  name: string;
  check: () => void;
  wall: number[];
  cpu: number[];
}

async function load(root: string): Promise<Side> {
  const core = require(path.join(root, 'src/core')) as typeof import('../src/core');
  const { generateBrief } = require(path.join(root, 'scripts/bench/brief')) as typeof import('./bench/brief');
  const { benchFileSystem, FOLDERS } = require(path.join(root, 'scripts/bench/corpus')) as typeof import('./bench/corpus');
  const corpus = await core.loadCorpus(FOLDERS, benchFileSystem(1));
  const brief = generateBrief(corpus, { words: 5000, seed: 42 }).text;
  const check = process.env.MODE === 'incremental' ? typing(core, corpus, brief) : (): void => void new core.BriefChecker(corpus).check(brief, 'bench.md', 1);
  for (let i = 0; i < 3; i++) check();
  return { name: path.basename(path.resolve(root)), check, wall: [], cpu: [] };
}

/**
 * MODE=incremental: one checker; each call types one character into a sentence (a different
 * one each time, the same sequence for every checkout) and checks the new version.
 */
function typing(core: typeof import('../src/core'), corpus: import('../src/core').Corpus, brief: string): () => void {
  const checker = new core.BriefChecker(corpus);
  let text = brief;
  let version = 1;
  let last = checker.check(text, 'bench.md', version);
  let typed = 0;
  return () => {
    const sentences = last.sentences.filter((s) => s.text.length > 20);
    const target = sentences[(typed++ * 7919) % sentences.length];
    const at = target ? target.span.end - 1 : text.length;
    text = `${text.slice(0, at)}s${text.slice(at)}`;
    last = checker.check(text, 'bench.md', ++version);
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? NaN;
}

async function main(): Promise<void> {
  const roots = process.argv.slice(2);
  if (roots.length < 2) throw new Error('usage: npx tsx scripts/ab-pair.ts <checkout> <checkout> [...]');
  const sides: Side[] = [];
  for (const root of roots) sides.push(await load(root));
  const runs = Number(process.env.RUNS ?? 15);
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      side.check();
      side.wall.push(performance.now() - t0);
      const used = process.cpuUsage(cpu);
      side.cpu.push((used.user + used.system) / 1000);
    }
  }
  const first = sides[0]!;
  for (const side of sides) {
    const paired = median(side.wall.map((w, i) => w / (first.wall[i] ?? NaN)));
    console.log(`${side.name}: wall ${median(side.wall).toFixed(0)} ms, CPU ${median(side.cpu).toFixed(0)} ms, wall / ${first.name} ${paired.toFixed(3)}`);
  }
}

void main();
