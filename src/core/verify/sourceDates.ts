// Dates a source states relative to its own date ("last year", "two years ago", "next January",
// "the 3rd of March last"), resolved by chrono-node with the source's date as the reference: a
// speech of 2014 that says "last year" speaks of 2013. The source's date is its metadata date, or
// the one year its file name and title agree on; without one, nothing is resolved.
import * as chrono from 'chrono-node';
import type { Analysis } from '../claims/analyze';
import type { Corpus } from '../corpus/corpus';
import { cachePerOwner } from '../boundedCache';
import { datedYears } from './sourceFacts';
import SHIFTS from './sourceDates.json';

export interface SourceDate {
  year: number;
  /** 1-12 when the source's date or the words say it. */
  month?: number;
}

export interface ResolvedDate extends SourceDate {
  start: number;
  end: number;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
/** A four-digit number in a key or title is a year only in this range ("1425 passages" is not). */
const FIRST_YEAR = 1600;
const LAST_YEAR = 2099;
/** A four-digit year inside chrono's match: a stated date, not a relative one. */
const STATED_YEAR = /\d{4}/;
const AFTER: ReadonlySet<string> = new Set(SHIFTS.next);
const BEFORE: ReadonlySet<string> = new Set(SHIFTS.last);
const DURATION: ReadonlySet<string> = new Set(SHIFTS.duration);
const CUES: ReadonlySet<string> = new Set(SHIFTS.cues);
const SEASONS: ReadonlyMap<string, number> = new Map(Object.entries(SHIFTS.seasons));
const OF_THE_YEAR: ReadonlySet<string> = new Set(SHIFTS.ofTheYear);

const referenceCache = cachePerOwner<string, SourceDate | null>(10_000);

/** The date a source speaks from: its metadata date, else the one year its date, key and title name. */
export function sourceDate(corpus: Corpus, key: string): SourceDate | undefined {
  return (
    referenceCache(corpus).get(key, () => {
      const info = corpus.source(key);
      const iso = ISO_DATE.exec(info?.date ?? '');
      if (iso?.[1]) return { year: Number(iso[1]), ...(iso[2] ? { month: Number(iso[2]) } : {}) };
      const years = [...datedYears(corpus, key)].filter((year) => year >= FIRST_YEAR && year <= LAST_YEAR);
      const [only] = years;
      return years.length === 1 && only !== undefined ? { year: only } : null;
    }) ?? undefined
  );
}

/** The words just before (up to three, nearest last) and the word just after a piece of text, lower-cased. */
function wordsBeside(text: string, start: number, end: number): { before: string[]; after: string } {
  const before = (text.slice(Math.max(0, start - 40), start).toLowerCase().match(/\w+/g) ?? []).slice(-3);
  return { before, after: /^\W*(\w+)/.exec(text.slice(end))?.[1]?.toLowerCase() ?? '' };
}

/** The year of a month named with "next" or "last" ("next January", "the 3rd of March last"), from the reference's month. */
function shiftedMonth(month: number, shift: 'next' | 'last', ref: SourceDate): number | undefined {
  if (ref.month === undefined) return undefined;
  if (shift === 'next') return month > ref.month ? ref.year : ref.year + 1;
  return month < ref.month ? ref.year : ref.year - 1;
}

function resolveOne(result: chrono.ParsedResult, text: string, ref: SourceDate): SourceDate | undefined {
  if (STATED_YEAR.test(result.text)) return undefined;
  const { before, after } = wordsBeside(text, result.index, result.index + result.text.length);
  const words = result.text.toLowerCase().split(/\W+/);
  // "over the past year", "for the last year" are spans of time, not the calendar year before.
  if ([...words, ...before].some((w) => DURATION.has(w))) return undefined;
  const start = result.start;
  if (start.isCertain('month') && !start.isCertain('year')) {
    const last = before[before.length - 1] ?? '';
    const shift = AFTER.has(last) ? 'next' : BEFORE.has(last) || BEFORE.has(after) ? 'last' : undefined;
    const year = shift && shiftedMonth(start.get('month') ?? 1, shift, ref);
    return year ? { year, month: start.get('month') ?? 1 } : undefined;
  }
  // "last year", "two years ago", "next year": chrono counts whole years from the reference.
  if (start.isCertain('year') && !start.isCertain('month')) return { year: start.get('year') ?? ref.year };
  return undefined;
}

const resolvedCache = new WeakMap<Analysis, ResolvedDate[]>();

/** The relative dates of a passage, resolved against its source's date. */
export function resolvedDates(passage: Analysis, ref: SourceDate): ResolvedDate[] {
  let found = resolvedCache.get(passage);
  if (found) return found;
  found = ofTheYearDates(passage, ref);
  if (!passage.tokens.some((t) => CUES.has(t.norm))) {
    resolvedCache.set(passage, found);
    return found;
  }
  // chrono reads the reference in local time: noon of the 15th keeps every zone in the month.
  const reference = new Date(ref.year, (ref.month ?? 7) - 1, 15, 12);
  for (const result of chrono.casual.parse(passage.text, reference)) {
    const date = resolveOne(result, passage.text, ref);
    if (date) found.push({ ...date, start: passage.base + result.index, end: passage.base + result.index + result.text.length });
  }
  found.push(...seasonDates(passage, ref));
  resolvedCache.set(passage, found);
  return found;
}

/** "by the end of the year", "the rest of the year": a part of the year the source speaks in. */
function ofTheYearDates(passage: Analysis, ref: SourceDate): ResolvedDate[] {
  const found: ResolvedDate[] = [];
  const tokens = passage.tokens;
  tokens.forEach((t, i) => {
    if (t.norm !== 'year' || tokens[i - 1]?.norm !== 'the' || tokens[i - 2]?.norm !== 'of') return;
    // The date is "the year", as a claim's is "2010" in "by the end of 2010": the part stays a word around it.
    const part = tokens[i - 3];
    const the = tokens[i - 1];
    if (part && the && OF_THE_YEAR.has(part.norm)) found.push({ year: ref.year, start: the.start, end: t.end });
  });
  return found;
}

/** "this summer", "last winter": a season named against the source's date, with its year. */
function seasonDates(passage: Analysis, ref: SourceDate): ResolvedDate[] {
  const found: ResolvedDate[] = [];
  passage.tokens.forEach((t, i) => {
    const month = SEASONS.get(t.norm);
    const cue = passage.tokens[i - 1]?.norm;
    if (month === undefined || cue === undefined) return;
    const shift = cue === 'this' ? 'this' : AFTER.has(cue) ? 'next' : BEFORE.has(cue) ? 'last' : undefined;
    if (!shift) return;
    const year = shift === 'this' ? ref.year : shiftedMonth(month, shift, ref) ?? (shift === 'last' ? ref.year - 1 : undefined);
    const start = passage.tokens[i - 1]?.start;
    if (year !== undefined && start !== undefined) found.push({ year, month, start, end: t.end });
  });
  return found;
}
