// `npm run fuzz`: the issue 7 properties of test/unit/property, for 100,000+ cases with a random
// seed. Prints the seed, progress, and for any failure the property, seed, path and counterexample
// with the command that replays it.
//
//   npm run fuzz                                  100,000 cases, random seed, 1 worker
//   npm run fuzz -- --cases 2000                  a short run (CI)
//   npm run fuzz -- --seed 123 --workers 2        fixed seed, two processes
//   npm run fuzz -- --only fixes --seed S --cases 1000   re-run one chunk (its seed as printed)
//   npm run fuzz -- --only fixes --seed S --path P       replay one failure
import { fork } from 'node:child_process';
import fc from 'fast-check';
import {
  deterministic,
  fixesAreExact,
  hostileCorpus,
  incrementalEqualsFresh,
  makeEnv,
  neverThrows,
  sourceOrderIndependent,
  whitespaceKeepsVerdicts,
  type Env,
} from '../test/unit/property/properties';
import { hostileTextProperty } from './lib/hostileText';

interface PropertySpec {
  name: string;
  /** Share of the cases. */
  share: number;
  make(env: Env): fc.IRawProperty<unknown[]>;
}

const PROPERTIES: PropertySpec[] = [
  { name: 'never-throws', share: 0.77, make: (env) => neverThrows(env) as fc.IRawProperty<unknown[]> },
  // Issue 16: long runs, deep repetition, control/invisible characters, giant lines; bounded work.
  { name: 'hostile-text', share: 0.05, make: (env) => hostileTextProperty(env) as fc.IRawProperty<unknown[]> },
  { name: 'hostile-corpus', share: 0.06, make: (env) => hostileCorpus(env) as unknown as fc.IRawProperty<unknown[]> },
  { name: 'fixes', share: 0.04, make: (env) => fixesAreExact(env) as fc.IRawProperty<unknown[]> },
  { name: 'whitespace', share: 0.03, make: (env) => whitespaceKeepsVerdicts(env) as fc.IRawProperty<unknown[]> },
  { name: 'deterministic', share: 0.025, make: (env) => deterministic(env) as fc.IRawProperty<unknown[]> },
  { name: 'incremental', share: 0.02, make: (env) => incrementalEqualsFresh(env) as fc.IRawProperty<unknown[]> },
  { name: 'corpus-order', share: 0.005, make: (env) => sourceOrderIndependent(env) as fc.IRawProperty<unknown[]> },
];

const CHUNK = 1_000;

interface Chunk {
  property: string;
  seed: number;
  runs: number;
  path?: string;
}

interface ChunkResult {
  chunk: Chunk;
  ran: number;
  ms: number;
  /** The slowest single case of the chunk (shrinking included), in ms. */
  slowestMs: number;
  failure?: { seed: number; path: string; counterexample: string; error: string };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function runChunk(env: Env, chunk: Chunk): Promise<ChunkResult> {
  const spec = PROPERTIES.find((p) => p.name === chunk.property)!;
  const started = Date.now();
  let caseStart = 0;
  let slowestMs = 0;
  const timing = [
    fc.beforeEach(() => {
      caseStart = performance.now();
    }),
    fc.afterEach(() => {
      slowestMs = Math.max(slowestMs, performance.now() - caseStart);
    }),
  ];
  const details = await fc.check(spec.make(env), { seed: chunk.seed, numRuns: chunk.runs, plugins: timing, ...(chunk.path ? { path: chunk.path } : {}) });
  const result: ChunkResult = { chunk, ran: details.numRuns, ms: Date.now() - started, slowestMs };
  if (details.failed) {
    result.failure = {
      seed: details.seed,
      path: details.counterexamplePath ?? '',
      counterexample: fc.stringify(details.counterexample).slice(0, 4_000),
      error: String(details.errorInstance instanceof Error ? details.errorInstance.stack ?? details.errorInstance.message : details.errorInstance).slice(0, 2_000),
    };
  }
  return result;
}

/** Worker process: receives chunks, sends results. */
async function worker(): Promise<void> {
  const env = await makeEnv();
  process.on('message', (message: Chunk | 'done') => {
    if (message === 'done') process.exit(0);
    void runChunk(env, message).then((result) => process.send!(result));
  });
  process.send!('ready');
}

function plan(total: number, seed: number, only: string | undefined): Chunk[] {
  const chosen = only ? PROPERTIES.filter((p) => p.name === only) : PROPERTIES;
  if (chosen.length === 0) throw new Error(`no property named ${only}; one of ${PROPERTIES.map((p) => p.name).join(', ')}`);
  const shareSum = chosen.reduce((sum, p) => sum + p.share, 0);
  const chunks: Chunk[] = [];
  chosen.forEach((p) => {
    let runs = Math.max(1, Math.round((total * p.share) / shareSum));
    for (let k = 0; runs > 0; k++) {
      const n = Math.min(CHUNK, runs);
      // Each chunk has its own seed, derived from the run's seed, so any chunk replays alone.
      chunks.push({ property: p.name, seed: (seed + k * 7919 + PROPERTIES.indexOf(p) * 104_729) | 0, runs: n });
      runs -= n;
    }
  });
  // Interleave properties so progress shows all of them early.
  return chunks.sort((a, b) => a.seed % 997 - b.seed % 997);
}

async function main(): Promise<void> {
  if (process.argv.includes('--worker')) return worker();
  const total = Number(arg('--cases') ?? 100_000);
  const seed = arg('--seed') !== undefined ? Number(arg('--seed')) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const only = arg('--only');
  const replayPath = arg('--path');
  const workers = Math.max(1, Number(arg('--workers') ?? 1));
  if (!Number.isFinite(total) || total < 1 || !Number.isFinite(seed)) throw new Error('usage: fuzz [--cases N] [--seed S] [--only NAME] [--path P] [--workers N]');

  if (replayPath !== undefined || (only && arg('--seed') !== undefined)) {
    // One property, one fast-check run with exactly this seed: replays a printed chunk or failure.
    if (!only) throw new Error('--path needs --only NAME');
    const runs = arg('--cases') !== undefined ? total : CHUNK;
    console.log(`${replayPath !== undefined ? 'replaying' : 'running'} ${only} seed ${seed}${replayPath !== undefined ? ` path ${replayPath}` : ''}, ${runs} runs`);
    const env = await makeEnv();
    const result = await runChunk(env, { property: only, seed, runs, ...(replayPath !== undefined ? { path: replayPath } : {}) });
    report([result]);
    process.exitCode = result.failure ? 1 : 0;
    return;
  }

  const chunks = plan(total, seed, only);
  const planned = chunks.reduce((sum, c) => sum + c.runs, 0);
  console.log(`brief-lens fuzz: seed ${seed}, ${planned} cases in ${chunks.length} chunks, ${workers} worker(s)`);
  console.log(`replay everything: npm run fuzz -- --seed ${seed} --cases ${total}${only ? ` --only ${only}` : ''}`);
  const started = Date.now();
  const results: ChunkResult[] = [];
  const queue = [...chunks];
  let done = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, chunks.length) }, () =>
      new Promise<void>((resolve, reject) => {
        const child = fork(__filename, ['--worker'], { execArgv: ['-r', 'tsx/cjs'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        const next = (): void => {
          const chunk = queue.shift();
          if (chunk) child.send(chunk);
          else child.send('done');
        };
        child.on('message', (message: ChunkResult | 'ready') => {
          if (message !== 'ready') {
            results.push(message);
            done += message.ran;
            const rate = done / ((Date.now() - started) / 1000);
            const flag = message.failure ? '  FAILED' : '';
            console.log(
              `  ${String(done).padStart(7)} / ${planned}  ${message.chunk.property.padEnd(15)} seed ${message.chunk.seed} ` +
                `${message.ran} cases in ${(message.ms / 1000).toFixed(1)} s, slowest ${message.slowestMs.toFixed(0)} ms  (${rate.toFixed(0)} cases/s)${flag}`,
            );
            if (message.failure) report([message]);
          }
          next();
        });
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`fuzz worker exited with ${code}`))));
      }),
    ),
  );
  const seconds = (Date.now() - started) / 1000;
  const byProperty = new Map<string, { n: number; slowest: number }>();
  for (const r of results) {
    const p = byProperty.get(r.chunk.property) ?? { n: 0, slowest: 0 };
    byProperty.set(r.chunk.property, { n: p.n + r.ran, slowest: Math.max(p.slowest, r.slowestMs) });
  }
  console.log(`\n${done} cases in ${seconds.toFixed(0)} s (seed ${seed}):`);
  for (const [name, p] of byProperty) console.log(`  ${name.padEnd(15)} ${String(p.n).padStart(6)} cases, slowest case ${p.slowest.toFixed(0)} ms`);
  const failed = results.filter((r) => r.failure);
  if (failed.length > 0) console.log('\nfailures (again):');
  report(failed.length > 0 ? failed : results);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

function report(results: ChunkResult[]): boolean {
  const failures = results.filter((r) => r.failure);
  if (failures.length === 0) {
    console.log('no failure');
    return false;
  }
  for (const { chunk, failure } of failures) {
    console.log(`\nFAILED ${chunk.property}  seed ${failure!.seed}  path ${failure!.path}`);
    console.log(`  replay: npm run fuzz -- --only ${chunk.property} --seed ${failure!.seed} --path "${failure!.path}"`);
    console.log(`  counterexample: ${failure!.counterexample}`);
    console.log(`  error: ${failure!.error.split('\n').slice(0, 8).join('\n    ')}`);
  }
  return true;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
