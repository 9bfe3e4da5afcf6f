// Dates as chrono-node reads them (its casual parser), for the forms the figure reader does not
// know: "the 1st of October", "early March", "in March". Only what the text itself says is kept (chrono's known
// values, never its guesses from a reference date): a month, and the day and year when written.
import * as chrono from 'chrono-node';
import type { Token } from '../text/tokens';
import { overlappingRange } from '../text/within';
import type { Quantity } from './quantities';

/**
 * Only a sentence naming a month the figure reader has not read yet is worth chrono's time. A
 * month as a name is capitalised (what is kept below requires it), so "may" the verb and "march"
 * the noun do not send a sentence to chrono.
 */
const MONTH_NAME = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/g;

/** Whether the text names a month outside every quantity already read. */
function unreadMonth(text: string, base: number, found: readonly Quantity[]): boolean {
  for (const match of text.matchAll(MONTH_NAME)) {
    const start = base + match.index;
    const end = start + match[0].length;
    if (!found.some((q) => q.start <= start && end <= q.end)) return true;
  }
  return false;
}

/** Month dates chrono finds where no figure was read yet; `value` as the figure reader writes dates (yyyymmdd, year 0 when unsaid). */
export function chronoDates(text: string, tokens: readonly Token[], base: number, found: readonly Quantity[]): Quantity[] {
  if (!unreadMonth(text, base, found)) return [];
  const dates: Quantity[] = [];
  for (const result of chrono.casual.parse(text)) {
    const known = result.start;
    const month = known.isCertain('month') ? known.get('month') : null;
    // A month as a name is capitalised ("in March"); "the march on the capital" is none.
    if (!month || !/\b[A-Z][a-z]{2}/.test(result.text)) continue;
    const start = base + result.index;
    if (found.some((q) => q.start < start + result.text.length && start < q.end)) continue;
    const range = overlappingRange(tokens, start, start + result.text.length);
    if (!range) continue;
    const { first, last } = range;
    // chrono's text may run on over the comma or space after the date ("February, the"): the
    // span ends with its last word, so that a message quotes and a fix replaces the date alone.
    const end = Math.min(start + result.text.length, tokens[last]?.end ?? start + result.text.length);
    const day = known.isCertain('day') ? (known.get('day') ?? 1) : 1;
    const year = known.isCertain('year') ? (known.get('year') ?? 0) : 0;
    dates.push({
      kind: 'date',
      value: year * 10000 + month * 100 + day,
      unit: [],
      text: text.slice(start - base, end - base),
      start,
      end,
      approximate: false,
      precision: known.isCertain('day') ? 'day' : 'month',
      firstToken: first,
      lastToken: last,
    });
  }
  return dates;
}
