// A slice ends before a unit of work that would not fit in it (issue 16: each slice yields within
// the slice length). The clock is the test's own: units take exactly what the table says.
import * as assert from 'node:assert/strict';
import { TimeSlices } from '../../../src/core/timeSlices';

/** Runs units of the given lengths through TimeSlices as the engine does; the length of each slice. */
async function sliceLengths(units: readonly number[], sliceMs: number): Promise<number[]> {
  let clock = 0;
  const slices = new TimeSlices(sliceMs, { clock: () => clock });
  const lengths: number[] = [];
  let sliceStart = 0;
  for (const unit of units) {
    if (slices.due) {
      lengths.push(clock - sliceStart);
      await slices.pause();
      sliceStart = clock;
    }
    clock += unit;
  }
  lengths.push(clock - sliceStart);
  return lengths;
}

describe('TimeSlices', () => {
  const table: { name: string; units: number[]; sliceMs: number; slices: number[] }[] = [
    { name: 'units of 6 ms in 15 ms slices: two a slice, never a third that would overrun', units: [6, 6, 6, 6, 6, 6], sliceMs: 15, slices: [12, 12, 12] },
    { name: 'units of 1 ms fill a 15 ms slice to its end', units: Array.from({ length: 30 }, () => 1), sliceMs: 15, slices: [14, 14, 2] },
    { name: 'a long unit no earlier one foretold overruns its slice, which ends right after it', units: [2, 40, 2, 2], sliceMs: 15, slices: [42, 4] },
    { name: 'one short unit after a long one is not refused a slice of its own', units: [40, 1, 1], sliceMs: 15, slices: [40, 2] },
  ];
  for (const row of table) {
    it(row.name, async () => {
      assert.deepEqual(await sliceLengths(row.units, row.sliceMs), row.slices);
    });
  }
});
