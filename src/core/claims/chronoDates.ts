// Dates as chrono-node reads them (its casual parser), for the forms the figure reader does not
// know: "the 1st of October", "early March", "in March". Only what the text itself says is kept (chrono's known
// values, never its guesses from a reference date): a month, and the day and year when written.
import * as chrono from 'chrono-node';
import type { Token } from '../text/tokens';
import { overlappingRange } from '../text/within';
import type { Quantity } from './quantities';

/** Only sentences that name a month are worth chrono's time. */
const MONTH_NAME = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/** Month dates chrono finds where no figure was read yet; `value` as the figure reader writes dates (yyyymmdd, year 0 when unsaid). */
export function chronoDates(text: string, tokens: readonly Token[], base: number, found: readonly Quantity[]): Quantity[] {
  if (!MONTH_NAME.test(text)) return [];
  const dates: Quantity[] = [];
  for (const result of chrono.casual.parse(text)) {
    const known = result.start;
    const month = known.isCertain('month') ? known.get('month') : null;
    // A month as a name is capitalised ("in March"); "the march on the capital" is none.
    if (!month || !/\b[A-Z][a-z]{2}/.test(result.text)) continue;
    const start = base + result.index;
    const end = start + result.text.length;
    if (found.some((q) => q.start < end && start < q.end)) continue;
    const range = overlappingRange(tokens, start, end);
    if (!range) continue;
    const { first, last } = range;
    const day = known.isCertain('day') ? (known.get('day') ?? 1) : 1;
    const year = known.isCertain('year') ? (known.get('year') ?? 0) : 0;
    dates.push({
      kind: 'date',
      value: year * 10000 + month * 100 + day,
      unit: [],
      text: result.text,
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
