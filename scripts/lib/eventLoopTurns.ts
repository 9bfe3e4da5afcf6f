// How long an editor would wait: a zero-delay timer chain records every gap between two turns of
// the event loop while some asynchronous work runs; the longest gap is the longest block. Garbage
// collection pauses (PerformanceObserver 'gc' entries) inside the longest gap are summed apart:
// the engine's slices bound its own work, not the collector's.
import { performance, PerformanceObserver } from 'node:perf_hooks';

export interface TurnsMeasure {
  seconds: number;
  longestTurnMs: number;
  /**
   * The process's CPU time during that longest turn (all its threads, garbage collection's
   * helpers included): far below the turn's length when the machine, not the work, held it.
   */
  longestTurnCpuMs: number;
  /** Garbage collection pauses of the main thread inside the longest turn. */
  longestTurnGcMs: number;
  /** The longest CPU time of one turn, whatever its wall length. */
  mostCpuTurnMs: number;
  /** Turns measured, those longer than `sliceMs`, and the 99th percentile of their lengths. */
  turns: number;
  turnsOverSlice: number;
  p99TurnMs: number;
}

/** The garbage collector's pauses of the main thread while watched (PerformanceObserver 'gc' entries). */
class CollectorPauses {
  private readonly pauses: { start: number; duration: number }[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) this.pauses.push({ start: entry.startTime, duration: entry.duration });
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** Stops watching, once told of the last pauses: the observer hears of a collection on a later turn. */
  async stop(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 50));
    this.observer.disconnect();
  }

  /** Milliseconds of the pauses that began in `[from, to)`, each cut at `to`. */
  within(from: number, to: number): number {
    return this.pauses.filter((p) => p.start >= from && p.start < to).reduce((sum, p) => sum + Math.min(p.duration, to - p.start), 0);
  }
}

/** The 99th percentile of lengths sorted ascending. */
function p99(sorted: readonly number[]): number {
  return sorted[Math.floor(0.99 * (sorted.length - 1))] ?? 0;
}

/** Runs `work`, timing it and the time between two turns of the event loop meanwhile. */
export async function measureTurns(work: () => Promise<unknown>, sliceMs = 15): Promise<TurnsMeasure> {
  const collector = new CollectorPauses();
  const lengths: number[] = [];
  let longest = { from: 0, to: 0, cpuMs: 0 };
  let mostCpu = 0;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    lengths.push(now - last);
    if (now - last > longest.to - longest.from) longest = { from: last, to: now, cpuMs };
    mostCpu = Math.max(mostCpu, cpuMs);
    last = now;
    lastCpu = process.cpuUsage();
  }, 0);
  const start = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - start) / 1000;
  await collector.stop();
  lengths.sort((a, b) => a - b);
  return {
    seconds,
    longestTurnMs: longest.to - longest.from,
    longestTurnCpuMs: longest.cpuMs,
    longestTurnGcMs: collector.within(longest.from, longest.to),
    mostCpuTurnMs: mostCpu,
    turns: lengths.length,
    turnsOverSlice: lengths.filter((length) => length > sliceMs).length,
    p99TurnMs: p99(lengths),
  };
}

/** The figures of `measureTurns` in one line. */
export function turnsLine(turns: TurnsMeasure, sliceMs: number): string {
  return (
    `longest event-loop turn ${turns.longestTurnMs.toFixed(0)} ms (${(turns.longestTurnMs / sliceMs).toFixed(1)} x the ${sliceMs} ms slice; ` +
    `${turns.longestTurnGcMs.toFixed(0)} ms of garbage collection and ${turns.longestTurnCpuMs.toFixed(0)} ms of CPU in it); ` +
    `${turns.turnsOverSlice} of ${turns.turns} turns over the slice, 99th percentile ${turns.p99TurnMs.toFixed(1)} ms; at most ${turns.mostCpuTurnMs.toFixed(0)} ms of CPU in any turn`
  );
}

/** The engine's slices as TimeSlices reports them (checkInSlices' onSlice): its own work between two pauses. */
export interface SliceStats {
  count: number;
  longestMs: number;
  p99Ms: number;
  overSlice: number;
  /** The same, less the garbage collection pauses inside each slice: the engine's own work. */
  longestNetMs: number;
  overSliceNet: number;
}

/** Records each slice's end and length, and the collector's pauses meanwhile, for `stats`. */
export class SliceRecorder {
  private readonly slices: { end: number; ms: number }[] = [];
  private readonly collector = new CollectorPauses();

  readonly onSlice = (ms: number): void => {
    this.slices.push({ end: performance.now(), ms });
  };

  /** Stops watching the collector and sums up. */
  async stats(sliceMs: number): Promise<SliceStats> {
    await this.collector.stop();
    const lengths = this.slices.map((s) => s.ms).sort((a, b) => a - b);
    const net = this.slices.map((s) => s.ms - this.collector.within(s.end - s.ms, s.end));
    return {
      count: lengths.length,
      longestMs: lengths[lengths.length - 1] ?? 0,
      p99Ms: p99(lengths),
      overSlice: lengths.filter((length) => length > sliceMs).length,
      longestNetMs: Math.max(0, ...net),
      overSliceNet: net.filter((length) => length > sliceMs).length,
    };
  }
}

export function sliceLine(stats: SliceStats, sliceMs: number): string {
  return (
    `longest slice ${stats.longestMs.toFixed(1)} ms of the ${sliceMs} ms (${stats.overSlice} of ${stats.count} slices over it, 99th percentile ${stats.p99Ms.toFixed(1)} ms; ` +
    `less garbage collection: longest ${stats.longestNetMs.toFixed(1)} ms, ${stats.overSliceNet} over)`
  );
}
