// Long work done in slices of about `sliceMs`, with the event loop free in between, so an
// editor stays responsive while a corpus is indexed or a long brief is first checked.

/** The slice length the engine uses unless told otherwise. */
export const DEFAULT_SLICE_MS = 15;

/** Who watches the slices: a clock to read, and a listener told each slice's length. */
export interface SliceWatch {
  clock?: () => number;
  onSlice?: (ms: number) => void;
}

export class TimeSlices {
  private sliceStart: number;
  private asked: number;

  private readonly now: () => number;

  /** `clock` in milliseconds (a test passes its own); `onSlice` is told each slice's length as it ends (the bench's measure). */
  constructor(
    private readonly sliceMs = DEFAULT_SLICE_MS,
    private readonly watch: SliceWatch = {},
  ) {
    this.now = watch.clock ?? (() => performance.now());
    this.sliceStart = this.asked = this.now();
  }

  /**
   * The current slice is used up: the caller should `pause()` before the next unit of work. Asked
   * once per unit, so the time since it was last asked is the unit just done; the next is taken to
   * be as long, and the slice ends early when it would not fit (a slice that only waited for the
   * time to run out overran it by a whole unit).
   */
  get due(): boolean {
    const now = this.now();
    const lastUnit = now - this.asked;
    this.asked = now;
    return now - this.sliceStart + lastUnit >= this.sliceMs;
  }

  /** Yields to the event loop and starts a new slice. */
  async pause(): Promise<void> {
    this.watch.onSlice?.(this.now() - this.sliceStart);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.sliceStart = this.asked = this.now();
  }

  /** Pauses when the slice is used up; whether `isCancelled`, asked after the pause, says to stop. */
  async stopsAfterPause(isCancelled?: () => boolean): Promise<boolean> {
    if (!this.due) return false;
    await this.pause();
    return isCancelled?.() === true;
  }

  /**
   * Runs work written in steps to its end in slices, asking `due` after each step but the last:
   * its result, or undefined when `isCancelled` said to stop after a pause.
   */
  async finish<T>(steps: Generator<void, T, void>, isCancelled?: () => boolean): Promise<{ value: T } | undefined> {
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return { value: step.value };
      if (await this.stopsAfterPause(isCancelled)) return undefined;
    }
  }
}

/** Runs work written in steps (a generator yielding between them) to its end, with no pause: its result. */
export function finishSteps<T>(steps: Iterator<unknown, T, undefined>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Long work was stopped by its caller (a cancelled indexing); not a fault of the input. */
export class WorkCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'WorkCancelled';
  }
}
