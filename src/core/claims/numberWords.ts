// English number words -> values ("sixty million", "twenty-five", "a dozen", "twice").
// Small and exact; the npm packages for this pull in fuzzy-matching dependencies we do not want.

/** A lookup table without Object.prototype, so "constructor" or "toString" is no number word. */
export function dict<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const UNITS: Record<string, number> = dict({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, dozen: 12,
});

const TENS: Record<string, number> = dict({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

export const SCALES: Record<string, number> = dict({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12,
});

const ORDINALS: Record<string, number> = dict({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
});

/** Words for "per hundred" after a figure: "7 percent", "7 pct" (the usual abbreviation in statistics and the press). */
export const PERCENT_WORDS: Record<string, true> = dict({ percent: true, pct: true });

export const MULTIPLIERS: Record<string, number> = dict({ twice: 2, double: 2, triple: 3, thrice: 3, half: 0.5, quadruple: 4 });

export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return w in UNITS || w in TENS || w === 'hundred' || w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion';
}

export function ordinalValue(word: string): number | undefined {
  return ORDINALS[word.toLowerCase()];
}

/** Value of a run of number words, or undefined when the run is not a number. */
export function wordsToNumber(words: readonly string[]): number | undefined {
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (w === 'and' && seen) continue;
    const unit = UNITS[w];
    const ten = TENS[w];
    // "two dozen" is 24, "a dozen" (the article read as nothing) 12.
    if (w === 'dozen' && current > 0) current *= 12;
    else if (unit !== undefined) current += unit;
    else if (ten !== undefined) current += ten;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') {
      total += (current || 1) * (SCALES[w] ?? 1);
      current = 0;
    } else return undefined;
    seen = true;
  }
  return total + current;
}
