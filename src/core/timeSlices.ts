// Long work done in slices of about `sliceMs`, with the event loop free in between, so an
// editor stays responsive while a corpus is indexed or a long brief is first checked.

/** The slice length the engine uses unless told otherwise. */
export const DEFAULT_SLICE_MS = 15;

export class TimeSlices {
  private sliceStart = Date.now();

  constructor(private readonly sliceMs = DEFAULT_SLICE_MS) {}

  /** The current slice is used up: the caller should `pause()` before the next unit of work. */
  get due(): boolean {
    return Date.now() - this.sliceStart >= this.sliceMs;
  }

  /** Yields to the event loop and starts a new slice. */
  async pause(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.sliceStart = Date.now();
  }
}

/** Runs work written in steps (a generator yielding between them) to its end, with no pause: its result. */
export function finishSteps<T>(steps: Generator<void, T, void>): T {
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
