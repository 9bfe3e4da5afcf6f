// How long an editor would wait: a zero-delay timer chain records every gap between two turns of
// the event loop while some asynchronous work runs; the longest gap is the longest block.
import { performance } from 'node:perf_hooks';

export interface TurnsMeasure {
  seconds: number;
  longestTurnMs: number;
  /**
   * The process's CPU time during that longest turn (all its threads, garbage collection's
   * helpers included): far below the turn's length when the machine, not the work, held it.
   */
  longestTurnCpuMs: number;
  /** The longest CPU time of one turn, whatever its wall length. */
  mostCpuTurnMs: number;
}

/** Runs `work`, timing it and the longest time between two turns of the event loop meanwhile. */
export async function measureTurns(work: () => Promise<unknown>): Promise<TurnsMeasure> {
  let longest = 0;
  let longestCpu = 0;
  let mostCpu = 0;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    if (now - last > longest) {
      longest = now - last;
      longestCpu = cpuMs;
    }
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
  return { seconds: (performance.now() - start) / 1000, longestTurnMs: longest, longestTurnCpuMs: longestCpu, mostCpuTurnMs: mostCpu };
}
