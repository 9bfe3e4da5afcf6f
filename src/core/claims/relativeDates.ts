// Dates a claim states relative to another: "one year before February 2026" names 2025, "two
// years after 2019" names 2021. The words that shift, and which way, are data (relativeDates.json).
import type { Token } from '../text/tokens';
import type { Quantity } from './quantities';
import SHIFTS from './relativeDates.json';

const DAYS_PER_YEAR = 365.25;
/** A shift of less than about this many years leaves the year as it is, or not: unknown. */
const MIN_SHIFT_YEARS = 0.9;

const SHIFT: ReadonlyMap<string, number> = new Map(Object.entries(SHIFTS).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));

/** The calendar year of a year or date figure. */
export function calendarYear(q: Quantity): number | undefined {
  if (q.kind === 'year') return q.value;
  if (q.kind === 'date' && q.value >= 10000) return Math.floor(q.value / 10000);
  return undefined;
}

/**
 * The year a date names when a duration and a shift word stand before it ("one year before
 * February 2026" -> 2025); undefined when the date stands on its own, or the shift is under a year.
 */
export function shiftedYear(q: Quantity, quantities: readonly Quantity[], tokens: readonly Token[]): number | undefined {
  return relativeDate(q, quantities, tokens)?.year;
}

/** The year a date names with the duration it is shifted by, as `shiftedYear`. */
export function relativeDate(q: Quantity, quantities: readonly Quantity[], tokens: readonly Token[]): { year: number; duration: Quantity } | undefined {
  const year = calendarYear(q);
  if (year === undefined) return undefined;
  // "prior to": the shift word stands two tokens before the date.
  const gap = tokens[q.firstToken - 1]?.norm === 'to' && tokens[q.firstToken - 2]?.norm === 'prior' ? 2 : 1;
  const shift = tokens[q.firstToken - gap];
  const sign = SHIFT.get(shift?.norm ?? '');
  const duration = quantities.find((d) => d.kind === 'duration' && d.lastToken === q.firstToken - gap - 1);
  // "two years before 2020", not "for two years, after 2019": one space between.
  if (sign === undefined || !shift || !duration || shift.start - duration.end > 1) return undefined;
  const years = Math.round(duration.value / DAYS_PER_YEAR);
  if (duration.value / DAYS_PER_YEAR < MIN_SHIFT_YEARS) return undefined;
  return { year: year + sign * years, duration };
}

/** "Eight years later", "ten years ago": a duration that moves the telling in time, not a figure measured. */
export function timeShift(q: Quantity, tokens: readonly Token[]): boolean {
  return q.kind === 'duration' && SHIFT.has(tokens[q.lastToken + 1]?.norm ?? '');
}
