// Finds the figures a sentence states: money, percentages, counts, durations, years and dates,
// each reduced to a comparable value so that "£60M" = "£60 million" = "sixty million pounds".
import { wordNet } from '../lexicon/source';
import { phraseAtToken, stemOf, type Token } from '../text/tokens';
import { chronoDates } from './chronoDates';
import { MULTIPLIERS, PERCENT_WORDS, SCALES, dict, isNumberWord, ordinalValue, wordsToNumber } from './numberWords';
import WORDS from './quantities.json';
import { withSharedUnits } from './sharedUnits';

export type QuantityKind = 'money' | 'percent' | 'count' | 'duration' | 'year' | 'date' | 'multiplier';

export interface Quantity {
  kind: QuantityKind;
  value: number;
  /** ISO-like currency code for money. */
  currency?: string;
  /** Stems of the words the number counts ("American labs" -> ["american", "lab"]). */
  unit: string[];
  /** The words as written, as a correction would quote them. */
  text: string;
  start: number;
  end: number;
  approximate: boolean;
  /** For dates: how precise the value is. */
  precision?: 'year' | 'month' | 'day';
  /** Index of the first and last token covered. */
  firstToken: number;
  lastToken: number;
}

/** A bare "$" or "dollars" may be any dollar: US, Canadian, Australian… */
const ANY_DOLLAR = WORDS.anyDollar;
const CURRENCY_SYMBOLS: Record<string, string> = dict(WORDS.currencySymbols);
const CURRENCY_CODES: Record<string, string> = dict(WORDS.currencyCodes);
const CURRENCY_WORDS: Record<string, string> = dict(WORDS.currencyWords);
/** "one billion US dollars", "5 million Canadian dollars": the dollar a country's word names. */
const DOLLAR_QUALIFIERS: Record<string, string> = dict(WORDS.dollarQualifiers);
const DURATION_DAYS: Record<string, number> = dict(WORDS.durationDays);
const MONTHS: Record<string, number> = dict(WORDS.months);
// Words that make a figure fuzzy; bounds ("over 200") are not.
const APPROX_WORDS: ReadonlySet<string> = new Set(WORDS.approximators);
const SCALE_WORDS: ReadonlySet<string> = new Set(WORDS.scaleWords);
/** Capitalised nouns a number after names rather than counts ("Tier 1", "Article 5"). */
const LABEL_NOUNS: ReadonlySet<string> = new Set(WORDS.labelNouns);
/** Words a count's unit may hold: "two high-tech manufacturing hubs" counts hubs. */
const UNIT_WORDS = 3;
const FRACTION_NUMERATORS: Record<string, number> = dict(WORDS.fractionNumerators);
const FRACTION_DENOMINATORS: Record<string, number> = dict(WORDS.fractionDenominators);
/** Adjectives of succession or extent between a number and its duration ("five consecutive years"). */
const DURATION_ADJECTIVES: ReadonlySet<string> = new Set(WORDS.durationAdjectives);
/** Determiners "half" stands before as a predeterminer ("half the world's food aid"). */
const HALF_PREDETERMINED: ReadonlySet<string> = new Set(WORDS.halfPredetermined);

/** Index of the duration unit after a number ending at `last` ("5 years", "five consecutive years"), if one follows it. */
function durationUnitAt(r: Reading, last: number): number | undefined {
  const { tokens, text, base } = r;
  const number = tokens[last];
  const next = tokens[last + 1];
  if (!number || !next) return undefined;
  const afterAdjective = tokens[last + 2];
  const at = afterAdjective && DURATION_ADJECTIVES.has(next.norm) && nextTo(text, base, next, afterAdjective) ? last + 2 : last + 1;
  const unit = tokens[at];
  return unit && DURATION_DAYS[unit.norm] !== undefined && nextTo(text, base, tokens[at - 1] ?? number, unit) ? at : undefined;
}

/** "half a year", "half an hour" ... "half a decade": a duration, half the unit's ("nearly half a year" = "almost six months"). */
function readHalfDuration(r: Reading, i: number): Quantity | undefined {
  const { tokens } = r;
  const [half, article, unit] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (half?.norm !== 'half' || !article || (article.norm !== 'a' && article.norm !== 'an') || !unit) return undefined;
  const days = DURATION_DAYS[unit.norm];
  if (days === undefined) return undefined;
  return make(r, 'duration', days / 2, [unit.stem], half.start, unit.end, approxBefore(r, i), i, i + 2);
}

/** "half the", "half their": a share without "of". */
function halfBeforeDeterminer(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.norm === 'half' && HALF_PREDETERMINED.has(tokens[i + 1]?.norm ?? '');
}
const DIGITS = /^(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|tn|st|nd|rd|th|s)?$/i;

interface NumberAt {
  value: number;
  first: number;
  last: number;
  /** A scale suffix or word was part of the number ("60M", "60 million"). */
  scaled: boolean;
  ordinal: boolean;
  decade: boolean;
  fromWords: boolean;
}

/**
 * A decimal point right before a number's digits, after a space, a bracket or a currency sign
 * ("$.6 billion", ".5 percent"): the digits are a fraction. After a letter the point ends a
 * sentence whose next one lacks its space ("rose.5 percent").
 */
function pointBefore(text: string, base: number, t: Token): boolean {
  return charBefore(text, base, t.start) === '.' && /^(?:|[\s(\[]|[$£€¥])$/.test(charBefore(text, base, t.start - 1));
}

function readNumber(tokens: readonly Token[], i: number, text: string, base: number): NumberAt | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const m = DIGITS.exec(t.raw);
  if (m) {
    const digits = m[1] ?? '';
    if (/\d,\d{1,2}(?!\d)/.test(digits) && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) return undefined; // "1,2,3" is a list
    let value = Number(pointBefore(text, base, t) && /^\d+$/.test(digits) ? `0.${digits}` : digits.replace(/,/g, ''));
    if (!Number.isFinite(value)) return undefined;
    const suffix = (m[2] ?? '').toLowerCase();
    let scaled = false;
    let last = i;
    const suffixScale = SCALES[suffix];
    if (suffixScale !== undefined) {
      value *= suffixScale;
      scaled = true;
    } else {
      const next = tokens[i + 1];
      // "2 dozen" is 24, as "two dozen" is.
      const nextScale = next && (next.norm === 'dozen' ? 12 : SCALES[next.norm]);
      if (next && nextScale !== undefined && nextTo(text, base, t, next) && !(next.norm === 'b' || next.norm === 'm') ) {
        value *= nextScale;
        scaled = true;
        last = i + 1;
      }
    }
    const ordinal = /^(st|nd|rd|th)$/.test(suffix);
    const part = scaled || ordinal || suffix === 's' || digits.includes('.') ? undefined : fractionalPart(tokens, last, text, base);
    if (part) return { value: value + part.value, first: i, last: part.last, scaled, ordinal, decade: false, fromWords: false };
    return { value, first: i, last, scaled, ordinal, decade: suffix === 's', fromWords: false };
  }
  // "a million", "half a million": the article stands for one.
  const next = tokens[i + 1]?.norm;
  if ((t.norm === 'a' || t.norm === 'an') && next !== undefined && SCALE_WORDS.has(next)) {
    const rest = readNumber(tokens, i + 1, text, base);
    if (rest) return { ...rest, first: i };
  }
  const ofScale = fractionOfScale(tokens, i, text, base);
  if (ofScale) return ofScale;
  const ord = ordinalValue(t.norm);
  if (ord !== undefined) return { value: ord, first: i, last: i, scaled: false, ordinal: true, decade: false, fromWords: true };
  if (!isNumberWord(t.norm)) return undefined;
  let j = i;
  const words: string[] = [];
  for (let word = tokens[j]; word && (isNumberWord(word.norm) || (word.norm === 'and' && j > i && isNumberWord(tokens[j + 1]?.norm ?? ''))); word = tokens[j]) {
    words.push(word.norm);
    j++;
  }
  const value = wordsToNumber(words);
  if (value === undefined) return undefined;
  const scaled = words.some((w) => w in SCALES);
  const part = scaled ? undefined : fractionalPart(tokens, j - 1, text, base);
  return { value: value + (part?.value ?? 0), first: i, last: part?.last ?? j - 1, scaled, ordinal: false, decade: false, fromWords: true };
}

/** Fractions a whole number is followed by: "three and a half years", "2 and a quarter". */
const AND_A_FRACTION: Record<string, number> = dict(WORDS.andAFraction);
/** Largest denominator of a written mixed fraction ("2 1/2", "3 3/4"): beyond it "1/25" is more likely a ratio or date. */
const MAX_DENOMINATOR = 16;

/** The fraction after a whole number ending at `last`: "and a half", or " 1/2" written as a mixed number. */
function fractionalPart(tokens: readonly Token[], last: number, text: string, base: number): { value: number; last: number } | undefined {
  const [a, b] = [tokens[last + 1], tokens[last + 2]];
  const whole = tokens[last];
  const spoken = andAFraction(tokens, last);
  if (spoken) return spoken;
  if (!whole || !a || !b || !/^\d+$/.test(a.raw) || !/^\d+$/.test(b.raw)) return undefined;
  const spaced = text.slice(whole.end - base, a.start - base) === ' ';
  const slash = text.slice(a.end - base, b.start - base) === '/' && text.charAt(b.end - base) !== '/';
  const [numerator, denominator] = [Number(a.raw), Number(b.raw)];
  if (!spaced || !slash || numerator <= 0 || numerator >= denominator || denominator > MAX_DENOMINATOR) return undefined;
  return { value: numerator / denominator, last: last + 2 };
}

/** Four digits from 1000 to 2200: how a year is written ("1986"). */
export function writtenAsYear(raw: string): boolean {
  return /^\d{4}$/.test(raw) && Number(raw) >= 1000 && Number(raw) <= 2200;
}

/** "and a half", "and a quarter" after token `last`: the fraction and its last token. */
function andAFraction(tokens: readonly Token[], last: number): { value: number; last: number } | undefined {
  const [and, article, fraction] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  const value = and?.norm === 'and' && (article?.norm === 'a' || article?.norm === 'an') && fraction ? AND_A_FRACTION[fraction.norm] : undefined;
  return value === undefined ? undefined : { value, last: last + 3 };
}

/**
 * Whether two tokens are written next to each other: at most one character apart, or apart only
 * by spaces and a line break ("one  year", "one\nyear" are "one year"; a blank line is no gap).
 */
function nextTo(text: string, base: number, left: Token, right: Token): boolean {
  if (right.start - left.end <= 1) return true;
  const gap = text.slice(left.end - base, right.start - base);
  return /^[ \t]*(?:\r?\n[ \t]*)?$/.test(gap) || /^[ \t]*\\\r?\n[ \t]*$/.test(gap);
}

function charBefore(text: string, base: number, offset: number): string {
  const i = offset - base - 1;
  return i >= 0 ? text.charAt(i) : '';
}

/**
 * Extracts quantities from the tokens of `text` (whose first character is at offset `base`
 * in the coordinates the tokens use).
 */
/** The text being read, its tokens, and the offset of its first character in the tokens' coordinates. */
interface Reading {
  text: string;
  tokens: readonly Token[];
  base: number;
}

function sliceOf(r: Reading, start: number, end: number): string {
  return r.text.slice(start - r.base, end - r.base);
}

export function extractQuantities(text: string, tokens: readonly Token[], base = 0): Quantity[] {
  const r: Reading = { text, tokens, base };
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    const halfDuration = readHalfDuration(r, i);
    if (halfDuration) {
      found.push(halfDuration);
      i = halfDuration.lastToken;
      continue;
    }
    const mult = MULTIPLIERS[t.norm];
    const halfOf = t.norm === 'half' && (tokens[i + 1]?.norm === 'of' || SCALE_WORDS.has(tokens[i + 2]?.norm ?? '') || halfBeforeDeterminer(tokens, i));
    if (mult !== undefined && !halfOf) {
      found.push(make(r, 'multiplier', mult, [], t.start, t.end, false, i, i));
      continue;
    }
    // "a year", "a decade": an article before a duration unit is the number one.
    const u = tokens[i + 1];
    const days = u && DURATION_DAYS[u.norm];
    // Not a plural ("a decades-long war", "a years-long dispute"): a compound, no length of one.
    if ((t.norm === 'a' || t.norm === 'an') && u && days !== undefined && !u.norm.endsWith('s') && nextTo(text, base, t, u) && !namesPeriod(tokens, i + 2)) {
      const duration = durationOf(r, 1, i + 1, days, t.start, approxBefore(r, i), i);
      found.push(duration);
      i = duration.lastToken;
      continue;
    }
    const fraction = readFraction(r, i);
    if (fraction) {
      found.push(fraction);
      i = fraction.lastToken;
      continue;
    }
    const month = MONTHS[t.norm];
    if (month !== undefined && t.capitalized && (t.norm !== 'may' || /^\d/.test(tokens[i + 1]?.raw ?? ''))) {
      const date = readMonthFirstDate(r, i, month);
      if (date) {
        found.push(date);
        i = date.lastToken;
        continue;
      }
    }
    const n = readNumber(tokens, i, text, base);
    if (!n) continue;
    const share = readNaturalFrequency(r, n);
    if (share) {
      found.push(share);
      i = share.lastToken;
      continue;
    }
    if (n.fromWords && n.first === n.last && ['one', 'a'].includes(t.norm) && !isUnitAfter(r, n.last)) continue; // "one of", "one thing"
    const q = timesAsMultiplier(r, quantityOf(r, n));
    if (q) {
      found.push(q);
      // The period of a rate ("$120 million a day") is its unit, not a duration of its own.
      i = q.kind === 'money' && q.unit.length > 0 && RATE_WORDS.has(tokens[q.lastToken + 1]?.norm ?? '') ? q.lastToken + 2 : q.lastToken;
    }
  }
  // Dates in the forms chrono-node reads and the loop above does not ("the 1st of October").
  const dates = chronoDates(text, tokens, base, found);
  const all = dates.length > 0 ? [...found, ...dates].sort((a, b) => a.start - b.start) : found;
  return withSharedUnits(text, base, tokens, all);
}

const TIMES_FOLLOWERS: ReadonlySet<string> = new Set(WORDS.timesFollowers);

/** "three times the level", "three times as many": a count of "times" before what it multiplies is a multiplier. */
function timesAsMultiplier(r: Reading, q: Quantity | undefined): Quantity | undefined {
  if (!q || q.kind !== 'count' || q.unit.length !== 1 || q.unit[0] !== 'time' || r.tokens[q.lastToken + 1]?.norm !== 'times') return q;
  const next = r.tokens[q.lastToken + 2]?.norm ?? '';
  const times = r.tokens[q.lastToken + 1];
  if (!times || !(TIMES_FOLLOWERS.has(next) || (next.length > 4 && next.endsWith('er')))) return q;
  // The span takes "times" in: a correction replaces "three times" with "twice", not "three".
  return { ...q, kind: 'multiplier', unit: [], text: sliceOf(r, q.start, times.end), end: times.end, lastToken: q.lastToken + 1 };
}

const PERIOD_OPENERS: readonly (readonly string[])[] = WORDS.periodOpeners;

/** Whether the words from token `at` make "a decade" before them a period named ("a decade in which"), not a length. */
function namesPeriod(tokens: readonly Token[], at: number): boolean {
  return phraseAtToken(tokens, at, PERIOD_OPENERS) !== undefined;
}

const FREQUENCY_JOINERS: readonly (readonly string[])[] = WORDS.naturalFrequency.joiners;
const FREQUENCY_DENOMINATORS: ReadonlySet<number> = new Set(WORDS.naturalFrequency.denominators);

/**
 * A natural frequency, "nine in ten" or "two out of three": a share, read as the percentage it is,
 * so that "nine in ten taxpayers" meets "ninety-six percent of all taxpayers" as another value.
 */
function readNaturalFrequency(r: Reading, n: { value: number; first: number; last: number; ordinal: boolean; scaled: boolean }): Quantity | undefined {
  if (n.ordinal || n.scaled || !Number.isInteger(n.value) || n.value < 1) return undefined;
  const { tokens, text, base } = r;
  // The thing counted may stand between the two numbers: "one American in five", "one child in four".
  const counted = tokens[n.last + 1];
  const between = counted && !counted.stop && !counted.numeric && phraseAtToken(tokens, n.last + 2, FREQUENCY_JOINERS) ? 1 : 0;
  const joiner = phraseAtToken(tokens, n.last + 1 + between, FREQUENCY_JOINERS);
  if (!joiner) return undefined;
  const whole = readNumber(tokens, n.last + 1 + between + joiner.length, text, base);
  if (!whole || whole.ordinal || whole.scaled || !FREQUENCY_DENOMINATORS.has(whole.value) || whole.value <= n.value) return undefined;
  // With the thing counted between, a unit after the second number makes it a count of its own: "three recessions in seven years".
  if (between > 0 && DURATION_DAYS[tokens[whole.last + 1]?.norm ?? ''] !== undefined) return undefined;
  const [first, last] = [tokens[n.first], tokens[whole.last]];
  if (!first || !last) return undefined;
  const percent = (100 * n.value) / whole.value;
  // "one in three" is 33.3 percent, which a writer rounds: fuzzy, as "a third" is.
  return make(r, 'percent', percent, [], first.start, last.end, approxBefore(r, n.first) || !Number.isInteger(percent), n.first, whole.last);
}

/**
 * `count` units of a duration whose unit word is token `unitAt`, with a fraction after the unit
 * ("a year and a half" = 18 months, "two hours and a quarter"), as after a number.
 */
function durationOf(r: Reading, count: number, unitAt: number, unitDays: number, start: number, approx: boolean, first: number): Quantity {
  const unit = r.tokens[unitAt]!;
  const part = andAFraction(r.tokens, unitAt);
  const end = part ? r.tokens[part.last] : undefined;
  if (!part || !end) return make(r, 'duration', count * unitDays, [unit.stem], start, unit.end, approx, first, unitAt);
  return make(r, 'duration', (count + part.value) * unitDays, [unit.stem], start, end.end, approx, first, part.last);
}

function approxBefore(r: Reading, i: number): boolean {
  const { text, tokens, base } = r;
  const prev = tokens[i - 1];
  if (prev && APPROX_WORDS.has(prev.norm)) return true;
  // "close to 18 million" is "nearly 18 million".
  if (prev?.norm === 'to' && tokens[i - 2]?.norm === 'close') return true;
  const c = charBefore(text, base, tokens[i]?.start ?? base);
  return c === '~' || c === '≈';
}

function isUnitAfter(r: Reading, last: number): boolean {
  const { tokens } = r;
  const next = tokens[last + 1];
  return !!next && (next.norm in DURATION_DAYS || next.norm in SCALES);
}

function make(r: Reading, kind: QuantityKind, value: number, unit: string[], start: number, end: number, approximate: boolean, first: number, last: number, extra: Partial<Quantity> = {}): Quantity {
  return { kind, value, unit, text: sliceOf(r, start, end), start, end, approximate, firstToken: first, lastToken: last, ...extra };
}

/**
 * A fraction of a scale word: "half a million", "one-half billion dollars", "a half million",
 * "three-quarters of a billion", "two-thirds of a million pounds". An amount, not a share.
 */
function fractionOfScale(tokens: readonly Token[], i: number, text: string, base: number): NumberAt | undefined {
  const numerator = FRACTION_NUMERATORS[tokens[i]?.norm ?? ''];
  const denominatorAt = numerator !== undefined ? i + 1 : i;
  const denominator = FRACTION_DENOMINATORS[tokens[denominatorAt]?.norm ?? ''];
  if (denominator === undefined || (numerator ?? 1) >= denominator) return undefined;
  const afterOf = tokens[denominatorAt + 1]?.norm === 'of' ? denominatorAt + 2 : denominatorAt + 1;
  const article = tokens[afterOf]?.norm === 'a' || tokens[afterOf]?.norm === 'an';
  if (!SCALE_WORDS.has(tokens[article ? afterOf + 1 : afterOf]?.norm ?? '')) return undefined;
  const rest = readNumber(tokens, afterOf, text, base);
  return rest ? { ...rest, value: (rest.value * (numerator ?? 1)) / denominator, first: i } : undefined;
}

/** Words before the period of a rate after an amount ("a day", "per month"). */
const RATE_WORDS: ReadonlySet<string> = new Set(WORDS.rateWords);
/** Words before the period of a rate the clause opens with ("every day", "each year"). */
const DISTRIBUTIVE_WORDS: ReadonlySet<string> = new Set(WORDS.distributiveWords);
/** Tokens a clause-opening "every day" may stand before the amount it makes a rate. */
const DISTRIBUTIVE_REACH = 8;
/** Tokens an "every day" closing the clause may stand after its amount ("$120 million, he told Congress, was being spent on foreign oil every day"). */
const DISTRIBUTIVE_AFTER_REACH = 10;
/** Words that open another clause: a rate after one belongs to that clause. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(WORDS.clauseOpeners);
/** Adverbs of a rate after an amount ("annually"), with the period they say. */
const RATE_ADVERBS: ReadonlyMap<string, string> = new Map(Object.entries(WORDS.rateAdverbs));

function isPeriod(token: Token | undefined): boolean {
  return token !== undefined && (token.norm in DURATION_DAYS || token.norm === 'hour');
}

/**
 * The period an amount from token `first` to `last` is a rate per: "a day" or "per month" after
 * it, or "every day" / "each year" before or after it in its clause ("Every day we spend $120
 * million" / "$120 million was being spent every day"), with no other number between.
 */
function ratePeriod(tokens: readonly Token[], first: number, last: number): string | undefined {
  if (RATE_WORDS.has(tokens[last + 1]?.norm ?? '') && isPeriod(tokens[last + 2])) return tokens[last + 2]?.norm;
  for (let k = first - 1; k > 0 && k >= first - DISTRIBUTIVE_REACH; k--) {
    const word = tokens[k] as Token;
    if (word.numeric || isNumberWord(word.norm)) break;
    if (isPeriod(word) && DISTRIBUTIVE_WORDS.has(tokens[k - 1]?.norm ?? '')) return word.norm;
  }
  // After the amount, within its clause: not past a word opening another ("$4 million and each
  // month adds 200 jobs"), and not when a number follows the period ("every year 300 more").
  for (let k = last + 1; k < tokens.length && k <= last + DISTRIBUTIVE_AFTER_REACH; k++) {
    const word = tokens[k] as Token;
    if (word.numeric || isNumberWord(word.norm) || CLAUSE_OPENERS.has(word.norm)) return undefined;
    const adverb = RATE_ADVERBS.get(word.norm);
    if (adverb !== undefined) return adverb;
    if (DISTRIBUTIVE_WORDS.has(word.norm) && isPeriod(tokens[k + 1]) && !tokens.slice(k + 2, k + 5).some((t) => t.numeric || isNumberWord(t.norm))) return tokens[k + 1]?.norm;
  }
  return undefined;
}

/** "three-quarters of", "a third of", "half of": a share, read as a percentage. */
function readFraction(r: Reading, i: number): Quantity | undefined {
  const { tokens } = r;
  const t = tokens[i];
  if (!t || fractionOfScale(tokens, i, r.text, r.base)) return undefined;
  const numerator = FRACTION_NUMERATORS[t.norm];
  const d = numerator !== undefined ? tokens[i + 1] : t;
  const denominator = d ? FRACTION_DENOMINATORS[d.norm] : undefined;
  if (denominator === undefined) return undefined;
  const last = numerator !== undefined ? i + 1 : i;
  const hyphenated = numerator !== undefined && !!d?.hyphenAfterPrevious;
  // "cut by a third": after "by" a fraction is the amount of a change, a share of what changed.
  const of = tokens[last + 1]?.norm === 'of' || (numerator === undefined && halfBeforeDeterminer(tokens, last)) || (numerator !== undefined && tokens[i - 1]?.norm === 'by');
  // Alone, only "half" is a share ("half of"); "third of" without its article is a rank.
  const lastToken = tokens[last];
  if (!(of || hyphenated) || (numerator === undefined && d?.norm !== 'half') || !lastToken) return undefined;
  const value = ((numerator ?? 1) / denominator) * 100;
  if (numerator !== undefined && numerator >= denominator) return undefined;
  // "a third", "one-sixth": a share that is no whole percentage, which a writer rounds.
  return make(r, 'percent', value, [], t.start, lastToken.end, approxBefore(r, i) || !Number.isInteger(value), i, last);
}

function readMonthFirstDate(r: Reading, i: number, month: number): Quantity | undefined {
  const { tokens } = r;
  // "February 2, 2026", "February 2026"
  const a = tokens[i + 1];
  const start = tokens[i]?.start;
  if (!a || start === undefined) return undefined;
  const day = /^(\d{1,2})(st|nd|rd|th)?$/i.exec(a.raw);
  if (day && Number(day[1]) <= 31) {
    const y = tokens[i + 2];
    if (y && /^\d{4}$/.test(y.raw)) {
      return make(r, 'date', dateValue(Number(y.raw), month, Number(day[1])), [], start, y.end, false, i, i + 2, { precision: 'day' });
    }
    // "by March 31": a day of a year the sentence does not name.
    return make(r, 'date', dateValue(0, month, Number(day[1])), [], start, a.end, false, i, i + 1, { precision: 'day' });
  }
  if (/^\d{4}$/.test(a.raw)) {
    return make(r, 'date', dateValue(Number(a.raw), month, 1), [], start, a.end, false, i, i + 1, { precision: 'month' });
  }
  return undefined;
}

function quantityOf(r: Reading, n: NumberAt): Quantity | undefined {
  const { text, tokens, base } = r;
  const first = tokens[n.first];
  let lastToken = tokens[n.last];
  if (!first || !lastToken) return undefined;
  let last = n.last;
  let start = first.start;
  let end = lastToken.end;
  const approx = approxBefore(r, n.first);
  const prevTok = tokens[n.first - 1];
  const prefix = currencyBefore(r, first, prevTok);
  let currency = prefix.currency;
  start = prefix.start;
  // Ordinal day followed by a month: "2nd February 2026", "2 February 2026".
  const next = tokens[last + 1];
  const nextMonth = next && MONTHS[next.norm];
  if (!currency && next && nextMonth !== undefined && next.capitalized && n.value >= 1 && n.value <= 31 && Number.isInteger(n.value)) {
    const y = tokens[last + 2];
    if (y && /^\d{4}$/.test(y.raw)) {
      return make(r, 'date', dateValue(Number(y.raw), nextMonth, n.value), [], start, y.end, approx, n.first, last + 2, { precision: 'day' });
    }
    if (!n.fromWords && !modalMay(tokens, last + 1)) return make(r, 'date', dateValue(0, nextMonth, n.value), [], start, next.end, approx, n.first, last + 1, { precision: 'day' });
  }
  if (n.ordinal && !n.fromWords) return undefined; // "2nd" alone is a rank, not a figure
  if (n.ordinal) return undefined;
  let value = n.value;
  let scaled = n.scaled;
  // A scale word after the number ("1 billion" handled in readNumber; "60 million" too).
  const afterScale = tokens[last + 1];
  const scale = afterScale && SCALES[afterScale.norm];
  if (!scaled && afterScale && scale !== undefined && afterScale.norm.length > 2) {
    value *= scale;
    scaled = true;
    last++;
    lastToken = afterScale;
    end = afterScale.end;
  }
  const after = currency ? undefined : currencyAfter(r, last, lastToken, value);
  if (after) ({ currency, last, end, value } = after);
  const following = tokens[last + 1];
  if (currency) {
    // "£1m a month", "$10.10 an hour", "every day we spend $120 million": a rate, not an amount.
    const period = ratePeriod(tokens, n.first, last);
    return make(r, 'money', value, period ? [stemOf(period.replace(/s$/, ''))] : [], start, end, approx, n.first, last, { currency });
  }
  const afterChar = text.charAt(end - base);
  if (afterChar === '%') return make(r, 'percent', value, [], start, end + 1, approx, n.first, last);
  const percentWord = following !== undefined && PERCENT_WORDS[following.norm] === true;
  if (following && (percentWord || following.norm === 'per' && tokens[last + 2]?.norm === 'cent')) {
    const l = percentWord ? last + 1 : last + 2;
    const percentEnd = tokens[l];
    if (percentEnd) return make(r, 'percent', value, [], start, percentEnd.end, approx, n.first, l);
  }
  const unitAt = durationUnitAt(r, last);
  const unit = unitAt === undefined ? undefined : tokens[unitAt];
  const unitDays = unit && DURATION_DAYS[unit.norm];
  if (unit && unitAt !== undefined && unitDays !== undefined) return durationOf(r, value, unitAt, unitDays, start, approx, n.first);
  if (!scaled && !n.fromWords && writtenAsYear(first.raw)) {
    return make(r, 'year', value, [], start, end, approx, n.first, last, { precision: 'year' });
  }
  if (n.decade && /^\d{4}s$/.test(first.raw)) return make(r, 'year', value, ['decade'], start, end, approx, n.first, last, { precision: 'year' });
  // "Tier 1", "Article 5", "Phase 2": a label, not a count.
  if (prevTok && LABEL_NOUNS.has(prevTok.norm) && prevTok.capitalized && !n.fromWords && first.start - prevTok.end === 1) return undefined;
  return make(r, 'count', value, countUnit(r, last), start, end, approx, n.first, last);
}

/** A currency written after the number ("60 million pounds", "1 billion US dollars", "5 USD"), with its cents ("10 dollars and 10 cents"). */
function currencyAfter(r: Reading, last: number, lastToken: Token, value: number): { currency: string; last: number; end: number; value: number } | undefined {
  const { tokens, text, base } = r;
  const following = tokens[last + 1];
  const qualified = following && DOLLAR_QUALIFIERS[following.norm];
  const dollar = tokens[last + 2];
  if (qualified !== undefined && dollar && CURRENCY_WORDS[dollar.norm] === ANY_DOLLAR) return { currency: qualified, last: last + 2, end: dollar.end, value };
  const currencyWord = following && CURRENCY_WORDS[following.norm];
  if (following && currencyWord !== undefined) {
    // "10 dollars and 10 cents", "4 pounds and 25 pence"
    const cents = tokens[last + 3];
    const centsUnit = tokens[last + 4];
    if (tokens[last + 2]?.norm === 'and' && cents && centsUnit && /^\d{1,2}$/.test(cents.raw) && /^(cents?|pence|p)$/.test(centsUnit.norm)) {
      return { currency: currencyWord, last: last + 4, end: centsUnit.end, value: value + Number(cents.raw) / 100 };
    }
    return { currency: currencyWord, last: last + 1, end: following.end, value };
  }
  const currencyCode = following && CURRENCY_CODES[following.norm];
  if (following && currencyCode !== undefined && nextTo(text, base, lastToken, following)) return { currency: currencyCode, last: last + 1, end: following.end, value };
  return undefined;
}

/** "£14bn", "£ 14 billion", "US$5", "USD 5": the currency written before a number, and where the figure starts. */
function currencyBefore(r: Reading, first: Token, prevTok: Token | undefined): { currency: string | undefined; start: number } {
  const { text, base } = r;
  // "$.6 billion": the point is the figure's.
  let start = pointBefore(text, base, first) ? first.start - 1 : first.start;
  // "£14bn" and, as some pages set it, "£ 14 billion".
  const spaced = charBefore(text, base, start) === ' ' && CURRENCY_SYMBOLS[charBefore(text, base, start - 1)] !== undefined;
  if (spaced) start -= 1;
  const before = charBefore(text, base, start);
  let currency: string | undefined = CURRENCY_SYMBOLS[before];
  if (currency) {
    start -= 1;
    const b2 = charBefore(text, base, start);
    if (before === '$' && /[A-Za-z]/.test(b2)) {
      // "US$", "A$", "C$"
      const code = sliceOf(r, Math.max(base, start - 3), start).match(/([A-Z]{1,2})$/)?.[1];
      if (code) {
        start -= code.length;
        currency = code === 'US' ? 'USD' : code === 'A' || code === 'AU' ? 'AUD' : code === 'C' || code === 'CA' ? 'CAD' : 'USD';
      }
    }
  } else if (prevTok && CURRENCY_CODES[prevTok.norm] !== undefined && nextTo(text, base, prevTok, first)) {
    currency = CURRENCY_CODES[prevTok.norm];
    start = prevTok.start;
  }
  return { currency, start };
}

/**
 * A count's unit: the content words that follow ("Three American labs", "two high-tech
 * manufacturing hubs": a hyphenated word is one of them).
 */
function countUnit(r: Reading, last: number): string[] {
  const { tokens } = r;
  const unit: string[] = [];
  let words = 0;
  for (let k = last + 1; k < tokens.length; k++) {
    const u = tokens[k];
    const previous = tokens[k - 1];
    if (!u || !previous || !(words < UNIT_WORDS || u.hyphenAfterPrevious)) break;
    if (u.numeric || (/[^\s]/.test(sliceOf(r, previous.end, u.start)) && !(u.hyphenAfterPrevious && (unit.length > 0 || k === last + 1)))) break;
    // A verb or an adverb ends the noun phrase: in "all four sounded broadly alike" the number
    // stands alone, and "the two Republicans sounded" counts Republicans.
    if (!u.stop && !u.hyphenAfterPrevious && onlyVerbOrAdverb(u.norm)) break;
    if (!u.stop) {
      unit.push(u.stem);
      if (!u.hyphenAfterPrevious) words++;
    } else if (unit.length > 0) break;
  }
  return unit;
}

/**
 * Whether "May" at token `i` is the modal, not the month: a verb in its base form follows ("Top
 * 10 May Surprise You"). After a day's number it is otherwise the month ("pass by 15 May").
 */
function modalMay(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.norm !== 'may') return false;
  const after = tokens[i + 1];
  return after !== undefined && wordNet().lemmas(after.norm).some((l) => l.pos === 'v' && l.word === after.norm);
}

/** A word WordNet knows only as a verb or an adverb; not an "-ing" form, which modifies nouns ("charging stations"). */
function onlyVerbOrAdverb(word: string): boolean {
  if (word.endsWith('ing')) return false;
  const lemmas = wordNet().lemmas(word);
  return lemmas.length > 0 && lemmas.every((l) => l.pos === 'v' || l.pos === 'r');
}

function dateValue(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

/** Whether two quantities state the same thing (at the precision both share). */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (!comparableKinds(a, b)) return false;
  if (a.kind === 'money' && !sameCurrency(a, b)) return false;
  const av = a.kind === 'date' || b.kind === 'date' ? yearOf(a) : a.value;
  const bv = a.kind === 'date' || b.kind === 'date' ? yearOf(b) : b.value;
  if (a.kind === 'date' && b.kind === 'date') {
    const p = coarser(a.precision, b.precision);
    if (yearless(a) || yearless(b)) return truncate(a.value % 10000, p) === truncate(b.value % 10000, p);
    return truncate(a.value, p) === truncate(b.value, p);
  }
  if (av === bv) return true;
  // "the 1990s" holds every year from 1990 to 1999.
  const decade = (q: Quantity): boolean => q.kind === 'year' && q.unit.includes('decade');
  if (decade(a) !== decade(b) && (decade(a) || decade(b))) {
    const [d, y] = decade(a) ? [av, bv] : [bv, av];
    return y >= d && y < d + 10;
  }
  // Fuzzy only when one side is approximate and the other exact ("about a year" = "11 months");
  // two figures written with the same care must agree.
  const tolerance = a.approximate !== b.approximate ? 0.1 : a.kind === 'duration' ? 0.02 : 1e-9;
  return Math.abs(av - bv) <= tolerance * Math.max(Math.abs(av), Math.abs(bv));
}

function yearOf(q: Quantity): number {
  return q.kind === 'date' ? Math.floor(q.value / 10000) : q.value;
}

function coarser(a: Quantity['precision'], b: Quantity['precision']): 'year' | 'month' | 'day' {
  const order = ['year', 'month', 'day'];
  return order[Math.min(order.indexOf(a ?? 'year'), order.indexOf(b ?? 'year'))] as 'year' | 'month' | 'day';
}

function truncate(value: number, precision: 'year' | 'month' | 'day'): number {
  return precision === 'year' ? Math.floor(value / 10000) : precision === 'month' ? Math.floor(value / 100) : value;
}

/** Whether two figures measure the same kind of thing (a year with a date, pages with pages, pounds with pounds): rivals when their values differ. */
export function sameMeasure(a: Quantity, b: Quantity): boolean {
  return comparableKinds(a, b) && sameUnit(a, b) && sameCurrency(a, b);
}

const OFFSET_WORDS: ReadonlySet<string> = new Set(WORDS.offsetWords);

/**
 * A duration between two events ("Twenty-two years later, Reagan ...", "a decade ago"):
 * another measure than a span's length ("37 straight months of growth"), so the two are
 * never compared as one fact. `tokens` are those the quantity was read from.
 */
export function temporalOffset(tokens: readonly Token[], q: Quantity): boolean {
  return q.kind === 'duration' && OFFSET_WORDS.has(tokens[q.lastToken + 1]?.norm ?? '');
}

/** Whether two amounts are in the same currency, as far as they say: "$300 million" may be C$300 million. */
export function sameCurrency(a: Quantity, b: Quantity): boolean {
  if (!a.currency || !b.currency || a.currency === b.currency) return true;
  const dollar = (c: string): boolean => c === ANY_DOLLAR || /^[A-Z]{2}D$/.test(c);
  return (a.currency === ANY_DOLLAR && dollar(b.currency)) || (b.currency === ANY_DOLLAR && dollar(a.currency));
}

/** A date whose year the sentence does not name ("March 31"). */
function yearless(q: Quantity): boolean {
  return q.kind === 'date' && q.value < 10000;
}

/** Kinds that can be compared: a year with a date, otherwise the same kind; a day without its year only with another day. */
export function comparableKinds(a: Quantity, b: Quantity): boolean {
  // A day without its year compares with days ("March 31" / "March 31, 2014"); two dates without
  // a year compare by month too ("March" / "the 1st of October").
  if (yearless(a) || yearless(b)) return a.kind === 'date' && b.kind === 'date' && ((a.precision === 'day' && b.precision === 'day') || (yearless(a) && yearless(b)));
  if (a.kind === b.kind) return true;
  const dates = (k: QuantityKind): boolean => k === 'year' || k === 'date';
  return dates(a.kind) && dates(b.kind);
}

/** Whether two counts count the same thing. */
const GENERIC_COUNT_HEADS: ReadonlySet<string> = new Set(WORDS.genericCountHeads.map(stemOf));

/** A count's unit that is only a head a count may leave unsaid ("people"). */
function genericHead(unit: readonly string[]): boolean {
  return unit.length === 1 && GENERIC_COUNT_HEADS.has(unit[0] ?? '');
}

export function sameUnit(a: Quantity, b: Quantity): boolean {
  // An amount and a rate ("£225m" / "£1m a month") measure different things.
  if (a.kind === 'money' && b.kind === 'money') return a.unit.length === 0 ? b.unit.length === 0 : a.unit.some((u) => b.unit.includes(u));
  if (a.kind !== 'count' || b.kind !== 'count') return true;
  if (a.unit.length === 0 || b.unit.length === 0) return genericHead(a.unit) || genericHead(b.unit);
  return a.unit.some((u) => b.unit.includes(u));
}
