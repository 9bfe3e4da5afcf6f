// `npm run soak`: 10,000 random edits (typing, deleting, pasting paragraphs, undo) to a brief through
// the engine's incremental path, the way the extension drives it: each edit bumps the version, a
// debounced check runs after a pause, a check whose version went stale while it waited is dropped,
// and the corpus (a temporary copy of seeds/, one file changed) is re-indexed in the middle while
// edits go on. Prints figures and exits 1 unless:
//   - no exception was thrown;
//   - no result was ever published for a stale version (or for text other than the document's);
//   - every sampled result, and the final one, equals a check from scratch;
//   - heap after the run is within 10% of heap after the first 1,000 edits.
//
//   npm run soak                          10,000 edits, random seed
//   npm run soak -- --edits 1000 --seed 7 a short, reproducible run
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { BriefChecker, loadCorpus, type BriefResult, type Corpus } from '../src/core';
import { nodeFileSystem } from '../src/node/nodeFileSystem';
import { exampleBriefs, SEEDS, seedTexts } from '../test/unit/property/fixtures';
import { canonical, checkResult } from '../test/unit/property/invariants';
import { prng, reorderingFileSystem } from '../test/unit/property/properties';
import { pick } from './lib/seededRandom';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const EDITS = Number(arg('--edits') ?? 10_000);
const SEED = arg('--seed') !== undefined ? Number(arg('--seed')) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
const DEBOUNCE_MS = 300;
const HEAP_BASELINE_AT = Math.min(1_000, Math.floor(EDITS / 2));
const COMPARE_EVERY = Math.max(1, Math.floor(EDITS / 40));
/** The brief stays between these sizes (the writer cuts a block when it grows past the top), so memory can settle. */
const MIN_DOC = 6_000;
const MAX_DOC = 12_000;
const URI = 'mem://soak/brief.md';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const gc = (globalThis as { gc?: () => void }).gc;

/** The edit from `before` to `after` as its inverse: the changed range and the text it replaced (a copy, not a slice that would keep all of `before`). */
function inverseOf(before: string, after: string, cursor: number): { at: number; removed: string; insertedLength: number; cursor: number } {
  let at = 0;
  const limit = Math.min(before.length, after.length);
  while (at < limit && before.charCodeAt(at) === after.charCodeAt(at)) at++;
  let tail = 0;
  while (tail < limit - at && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const removed = JSON.parse(JSON.stringify(before.slice(at, before.length - tail))) as string;
  return { at, removed, insertedLength: after.length - tail - at, cursor };
}

function heapUsed(): number {
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const random = prng(SEED);
  const choose = <T>(items: readonly T[]): T => pick(items, random);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

  // A private copy of the corpus: the re-index sees one file changed.
  const work = fs.mkdtempSync(path.join(tmpdir(), 'brief-lens-soak-'));
  const corpusDir = path.join(work, 'corpus');
  fs.cpSync(SEEDS, corpusDir, { recursive: true });
  for (const f of fs.readdirSync(corpusDir)) fs.chmodSync(path.join(corpusDir, f), 0o644);

  const paragraphs = [
    ...exampleBriefs().flatMap((b) => b.split(/\n\s*\n/)),
    ...seedTexts().flatMap((t) => t.split(/\r?\n/).filter((l) => l.length > 30 && l.length < 400)),
  ];
  const typed = 'abcdefghijklmnopqrstuvwxyz     ,.£$%0123456789[]@;"“”\n';
  const keys = ['[@ukopenlabs]', '[@lwin2026gold]', '[@sovereignthread, p. 2]', '@opensourcechina', '[@nosuchkey]'];

  const state = {
    text: '',
    version: 1,
    corpus: undefined as unknown as Corpus,
    checker: undefined as unknown as BriefChecker,
    cursor: 0,
  };
  const example = exampleBriefs()[exampleBriefs().length - 1];
  while (state.text.length < MIN_DOC) state.text += `${example}\n\n`;
  state.corpus = await loadCorpus([corpusDir], nodeFileSystem);
  state.checker = new BriefChecker(state.corpus);

  const figures = {
    edits: 0,
    typing: 0,
    deleting: 0,
    pasting: 0,
    undo: 0,
    scheduled: 0,
    dropped: 0,
    published: 0,
    exceptions: 0,
    stale: 0,
    compared: 0,
    mismatches: 0,
    duringReindex: 0,
    checkMs: [] as number[],
  };
  const errors: string[] = [];
  // Undo keeps each edit's inverse (where, what it replaced, how long the new text is), not whole
  // texts: 200 copies of a 10,000-character brief would be the harness's heap, not the engine's.
  const undo: { at: number; removed: string; insertedLength: number; cursor: number }[] = [];
  let pending: { version: number; due: number } | undefined;
  let now = 0;
  let reindex: Promise<void> | undefined;
  let reindexing = false;
  let reindexedAtEdit = -1;
  let reindexDoneAtEdit = -1;
  let heapAfterFirst = 0;

  const edit = (): void => {
    const text = state.text;
    const cursorBefore = state.cursor;
    const kind = random();
    // The cursor mostly stays where the writer is typing, sometimes jumps.
    if (random() < 0.1) state.cursor = int(0, text.length);
    state.cursor = Math.min(state.cursor, text.length);
    if (kind < 0.55) {
      const s = Array.from({ length: int(1, 4) }, () => choose(typed.split(''))).join('');
      const insert = random() < 0.05 ? ` ${choose(keys)}` : s;
      state.text = text.slice(0, state.cursor) + insert + text.slice(state.cursor);
      state.cursor += insert.length;
      figures.typing++;
    } else if (kind < 0.8) {
      const n = random() < 0.8 ? int(1, 3) : int(4, 200);
      const from = Math.max(0, state.cursor - n);
      state.text = text.slice(0, from) + text.slice(state.cursor);
      state.cursor = from;
      figures.deleting++;
    } else if (kind < 0.93) {
      const paste = `\n\n${choose(paragraphs)}${random() < 0.3 ? ` ${choose(keys)}.` : ''}\n\n`;
      state.text = text.slice(0, state.cursor) + paste + text.slice(state.cursor);
      state.cursor += paste.length;
      figures.pasting++;
    } else {
      const last = undo.pop();
      if (last) {
        state.text = text.slice(0, last.at) + last.removed + text.slice(last.at + last.insertedLength);
        state.cursor = last.cursor;
      }
      figures.undo++;
    }
    if (state.text.length > MAX_DOC) {
      // The writer cuts a big block.
      const cut = state.text.length - MIN_DOC;
      const from = int(0, state.text.length - cut);
      state.text = state.text.slice(0, from) + state.text.slice(from + cut);
      state.cursor = Math.min(state.cursor, state.text.length);
    }
    if (kind < 0.93) {
      undo.push(inverseOf(text, state.text, cursorBefore));
      if (undo.length > 200) undo.shift();
    }
    state.version++;
    figures.edits++;
  };

  /** The extension's path: wait for the corpus, drop if stale, check the current text, publish. */
  const runCheck = async (version: number): Promise<void> => {
    await tick(); // the corpus manager's await
    if (state.version !== version) {
      figures.dropped++;
      return;
    }
    const started = performance.now();
    let result: BriefResult;
    const checker = state.checker;
    const corpus = state.corpus;
    try {
      result = checker.check(state.text, URI, state.version);
    } catch (error) {
      figures.exceptions++;
      if (errors.length < 5) errors.push(`edit ${figures.edits}: ${error instanceof Error ? error.stack : String(error)}`);
      return;
    }
    figures.checkMs.push(performance.now() - started);
    if (reindexing) figures.duringReindex++;
    // Publish: the result must be for this version and this text.
    figures.published++;
    try {
      if (result.version !== state.version) throw new Error(`result for version ${result.version} published at version ${state.version}`);
      checkResult(state.text, result, corpus, URI, state.version);
    } catch (error) {
      figures.stale++;
      if (errors.length < 5) errors.push(`stale or inexact result at edit ${figures.edits}: ${String(error).slice(0, 400)}`);
    }
    if (figures.published % COMPARE_EVERY === 0) {
      figures.compared++;
      const fresh = new BriefChecker(corpus).check(state.text, URI, state.version);
      if (canonical(fresh) !== canonical(result)) {
        figures.mismatches++;
        if (errors.length < 5) errors.push(`incremental result differs from a fresh check at edit ${figures.edits}, version ${state.version}`);
      }
    }
  };

  console.log(`brief-lens soak: ${EDITS} edits, seed ${SEED}, debounce ${DEBOUNCE_MS} ms (virtual time), re-index at edit ${Math.floor(EDITS / 2)}`);
  if (!gc) console.log('  (no --expose-gc: heap figures are without a forced collection; run through `npm run soak`)');
  const started = Date.now();
  const running = new Set<Promise<void>>();
  for (let i = 0; i < EDITS; i++) {
    // Typing bursts are faster than the debounce; pauses let the check of the last version run.
    now += random() < 0.6 ? int(30, 250) : int(DEBOUNCE_MS, 2_000);
    if (pending && now >= pending.due) {
      const job = runCheck(pending.version).finally(() => running.delete(job));
      running.add(job);
      figures.scheduled++;
      pending = undefined;
      // Usually the check finishes before the next keystroke; sometimes the writer is faster.
      if (random() < 0.9) await tick();
    }
    edit();
    pending = { version: state.version, due: now + DEBOUNCE_MS };
    if (i === Math.floor(EDITS / 2)) {
      // Re-index: a source changed on disk; load it again while the writer keeps typing.
      const [firstSource] = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
      if (firstSource === undefined) throw new Error(`soak: no .txt source in ${corpusDir} to change`);
      fs.appendFileSync(path.join(corpusDir, firstSource), '\nThe soak added this sentence about 42 new labs in 2031.\n');
      reindexing = true;
      reindexedAtEdit = i;
      reindex = loadCorpus([corpusDir], reorderingFileSystem(SEED)).then((corpus) => {
        state.corpus = corpus;
        state.checker = new BriefChecker(corpus); // the old checker and corpus are dropped, as the extension does
        reindexing = false;
        reindexDoneAtEdit = figures.edits;
      });
    }
    await tick();
    if (i + 1 === HEAP_BASELINE_AT) {
      await Promise.all(running);
      heapAfterFirst = heapUsed();
    }
    if ((i + 1) % 1_000 === 0) {
      await Promise.all(running);
      console.log(`  ${String(i + 1).padStart(6)} edits  ${String(state.text.length).padStart(6)} chars  ${String(figures.published).padStart(5)} published  heap ${mb(heapUsed())}  ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  await reindex;
  await Promise.all(running);
  // The writer stops: the last version is checked.
  await runCheck(state.version);
  const final = state.checker.check(state.text, URI, state.version);
  // Measured before the from-scratch comparison loads a second corpus, which is not the run's.
  const heapAfterRun = heapUsed();
  const scratch = new BriefChecker(await loadCorpus([corpusDir], nodeFileSystem)).check(state.text, URI, state.version);
  const finalEqual = canonical(final) === canonical(scratch);
  const growth = heapAfterFirst > 0 ? heapAfterRun / heapAfterFirst - 1 : 0;
  fs.rmSync(work, { recursive: true, force: true });

  const seconds = (Date.now() - started) / 1000;
  console.log('');
  console.log(`edits                  ${figures.edits} (typing ${figures.typing}, deleting ${figures.deleting}, pasting ${figures.pasting}, undo ${figures.undo}) in ${seconds.toFixed(1)} s`);
  console.log(`checks                 ${figures.scheduled} scheduled, ${figures.dropped} dropped as stale before running, ${figures.published} published`);
  console.log(`check time             mean ${(figures.checkMs.reduce((a, b) => a + b, 0) / Math.max(1, figures.checkMs.length)).toFixed(2)} ms, p95 ${percentile(figures.checkMs, 95).toFixed(2)} ms, max ${percentile(figures.checkMs, 100).toFixed(2)} ms`);
  console.log(`re-index               started at edit ${reindexedAtEdit}, done at edit ${reindexDoneAtEdit}, ${figures.duringReindex} checks published meanwhile`);
  console.log(`exceptions             ${figures.exceptions}`);
  console.log(`stale/inexact results  ${figures.stale}`);
  console.log(`sampled vs scratch     ${figures.compared - figures.mismatches}/${figures.compared} equal`);
  console.log(`final vs scratch       ${finalEqual ? 'equal' : 'DIFFERENT'} (${final.sentences.length} sentences, ${final.findings.length} findings, ${state.text.length} chars)`);
  console.log(`heap                   ${mb(heapAfterFirst)} after ${HEAP_BASELINE_AT} edits, ${mb(heapAfterRun)} after the run (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%)`);
  for (const e of errors) console.log(`\n${e}`);
  const ok = figures.exceptions === 0 && figures.stale === 0 && figures.mismatches === 0 && finalEqual && growth <= 0.1 && reindexDoneAtEdit >= 0;
  console.log(`\n${ok ? 'PASS' : 'FAIL'} (seed ${SEED})`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
