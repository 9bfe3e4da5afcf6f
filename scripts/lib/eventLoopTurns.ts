// How long an editor would wait: a zero-delay timer chain records every gap between two turns of
// the event loop while some asynchronous work runs; the longest gap is the longest block.
import { performance } from 'node:perf_hooks';

export interface TurnsMeasure {
  seconds: number;
  longestTurnMs: number;
}

/** Runs `work`, timing it and the longest time between two turns of the event loop meanwhile. */
export async function measureTurns(work: () => Promise<unknown>): Promise<TurnsMeasure> {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 0);
  const start = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return { seconds: (performance.now() - start) / 1000, longestTurnMs: longest };
}
