// The large-brief row of npm run bench (issue 16): a generated brief of N MB (realistic sentences
// from the bench corpus, as scripts/hostile-bench.ts makes it) checked in one go with a fresh
// checker (seconds per MB), then with checkInSlices as the editor checks it, while a timer chain
// records every gap between two turns of the event loop: the longest is the longest an editor
// would wait. Nothing is asserted; the bench prints the figures and their ratio to the peer.
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { BriefChecker, DEFAULT_SLICE_MS, type Corpus } from '../../src/core';
import { measureTurns, sliceLine, SliceRecorder, turnsLine, type SliceStats, type TurnsMeasure } from '../lib/eventLoopTurns';
import { generateBrief } from './brief';

/** The turns of the event loop during checkInSlices (the longest, its CPU and garbage collection, how many overran the slice): see eventLoopTurns. */
export interface LargeBriefRow extends Omit<TurnsMeasure, 'seconds'> {
  megabytes: number;
  sentences: number;
  checkSeconds: number;
  secondsPerMb: number;
  slicedSeconds: number;
  /** The engine's own slices (TimeSlices, told through onSlice): how many, the longest, the 99th percentile, how many overran DEFAULT_SLICE_MS. */
  slices: SliceStats;
  /** The load average (1 minute) before and after: the machine is shared. */
  loadBefore: number;
  loadAfter: number;
}

/** A brief of at least `megabytes` MB: 20,000-word generated briefs one after another. */
export function largeBriefText(corpus: Corpus, megabytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let seed = 1; length < megabytes * 1024 * 1024; seed++) {
    const text = `${generateBrief(corpus, { words: 20_000, seed }).text}\n\n`;
    parts.push(text);
    length += text.length;
  }
  return parts.join('');
}

export async function benchLargeBrief(corpus: Corpus, megabytes: number, progress: (line: string) => void): Promise<LargeBriefRow> {
  const loadBefore = os.loadavg()[0] ?? 0;
  const text = largeBriefText(corpus, megabytes);
  const mb = Buffer.byteLength(text) / 1024 / 1024;
  progress(`large brief: ${mb.toFixed(1)} MB, checked in one go`);
  const start = performance.now();
  const sentences = new BriefChecker(corpus).check(text, 'bench://large.md', 1).sentences.length;
  const checkSeconds = (performance.now() - start) / 1000;
  progress(`large brief: checkInSlices (${DEFAULT_SLICE_MS} ms slices)`);
  const recorder = new SliceRecorder();
  const sliced = await measureTurns(() => new BriefChecker(corpus).checkInSlices(text, 'bench://large.md', 1, { onSlice: recorder.onSlice }));
  const slices = await recorder.stats(DEFAULT_SLICE_MS);
  const { seconds: slicedSeconds, ...turns } = sliced;
  return { megabytes: mb, sentences, checkSeconds, secondsPerMb: checkSeconds / mb, slicedSeconds, slices, ...turns, loadBefore, loadAfter: os.loadavg()[0] ?? 0 };
}

export function largeBriefLine(row: LargeBriefRow, peerSecondsPerMb: number): string {
  return (
    `large brief: ${row.megabytes.toFixed(1)} MB (${row.sentences} sentences) checked in ${row.checkSeconds.toFixed(1)} s = ${row.secondsPerMb.toFixed(2)} s/MB ` +
    `(${(row.secondsPerMb / peerSecondsPerMb).toFixed(2)} x the 5,000-word brief's ${peerSecondsPerMb.toFixed(2)} s/MB); checkInSlices ${row.slicedSeconds.toFixed(1)} s, ` +
    `${sliceLine(row.slices, DEFAULT_SLICE_MS)}; ${turnsLine({ ...row, seconds: row.slicedSeconds }, DEFAULT_SLICE_MS)}; load ${row.loadBefore.toFixed(1)} -> ${row.loadAfter.toFixed(1)}`
  );
}
