// Figures in a sentence: where they are, what they are worth, and how to write them another way.
import { MAGNITUDES, MONTHS, NUMBER_WORDS } from './lexicon';
import { matchesOf } from './types';

export interface Figure {
  start: number;
  end: number;
  text: string;
  value: number;
  /** A year (1600–2099 written without a comma and with no unit): a date, not a figure. */
  isYear: boolean;
  /** A day of the month ("March 3", "3 March"): a date, not a figure. */
  isDay: boolean;
}

const NUMBER = /(?<![\w.,$£€/-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w]|[.,]\d)|(?<![\w.,£€/-])\d+(?:\.\d+)?(?![\w/]|[.,]\d)/g;
const MONTH_ALT = MONTHS.join('|');

/**
 * Numbers that name rather than measure: "3 1/2" (part of a fraction), "58:12" (a verse or a time),
 * '89 (a year), "Section 8", "vol. 103" (labels). They are left alone.
 */
function isIdentifier(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 12), start);
  const after = sentence.slice(end, end + 4);
  if (/^ \d+\/\d|^:\d/.test(after) || /(?:\d:|['’])$/.test(before) || /\b(?:vol|p|pp|no|art)\. $/i.test(before)) return true;
  const label = /\b[A-Z][a-z]* $/.exec(before);
  return label !== null && !/^(?:In|Of|By|To|At|On|For|From|About|Over|Under|Than|And|Or|Nearly|Almost|Some|Only|Just|The|A|An)\s$/.test(label[0]) && !MONTHS.includes(label[0].trim());
}

export function figuresIn(sentence: string): Figure[] {
  // "3 1/2": the whole number of a mixed fraction is not a figure on its own.
  return matchesOf(sentence, NUMBER).filter((match) => !isIdentifier(sentence, match.index, match.index + match[0].length)).map((match) => {
    const start = match.index;
    const text = match[0];
    const end = start + text.length;
    const value = Number(text.replace(/,/g, ''));
    const after = sentence.slice(end, end + 12);
    const before = sentence.slice(Math.max(0, start - 10), start);
    const isYear = /^\d{4}$/.test(text) && value >= 1600 && value < 2100 && !/^(?:s\b|\s?(?:%|percent|per cent|million|billion)\b)/.test(after) && !/[$£€]$/.test(before);
    const isDay = value >= 1 && value <= 31 && (new RegExp(`(${MONTH_ALT})\\s$`).test(before) || new RegExp(`^\\s(${MONTH_ALT})\\b`).test(after));
    return { start, end, text, value, isYear, isDay };
  });
}

/** Writes a value like `model` is written: same decimals, thousands commas if it had them. */
export function formatLike(value: number, model: string): string {
  const decimals = model.includes('.') ? (model.split('.')[1]?.length ?? 0) : 0;
  const fixed = value.toFixed(decimals);
  if (!model.includes(',')) return fixed;
  const [whole, fraction] = fixed.split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

export function withCommas(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A different value of the same size: off by 20–80 %, at least one unit, never zero or equal. */
export function changedValue(value: number, model: string, random: () => number): number {
  const decimals = model.includes('.') ? (model.split('.')[1]?.length ?? 0) : 0;
  const unit = 10 ** -decimals;
  const step = Math.max(unit, Number((value * (0.2 + 0.6 * random())).toFixed(decimals)));
  const down = value - step;
  const next = random() < 0.5 && down > 0 ? down : value + step;
  return Number(next.toFixed(decimals));
}

export function numberWordValue(word: string): number | undefined {
  const at = NUMBER_WORDS.indexOf(word.toLowerCase());
  return at >= 0 ? at + 2 : undefined;
}

export function numberWordFor(value: number): string | undefined {
  return Number.isInteger(value) && value >= 2 && value <= 12 ? NUMBER_WORDS[value - 2] : undefined;
}

export const MAGNITUDE_PATTERN = new RegExp(`\\s(${Object.keys(MAGNITUDES).join('|')})\\b`);
export { MAGNITUDES };
