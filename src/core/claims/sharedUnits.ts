// Figures that share a unit written once. "12 to 15 percent", "$3 or $4 billion", "between 2 and
// 3 million jobs": the first figure is a share, an amount or a count of the same scale as the last,
// which alone says so. "14 percent instead of 15": the second is a share, as the first. Read apart,
// the bare figure was a count of nothing, which no source states.
import type { Token } from '../text/tokens';
import { SCALES } from './numberWords';
import type { Quantity } from './quantities';
import WORDS from './quantities.json';

const JOINERS: readonly (readonly string[])[] = WORDS.unitJoiners;

/** `found` (in reading order) with each bare figure given the unit its partner writes for both. */
export function withSharedUnits(text: string, base: number, tokens: readonly Token[], found: readonly Quantity[]): Quantity[] {
  const shared = [...found];
  for (let k = 0; k + 1 < shared.length; k++) {
    const first = shared[k]!;
    const second = shared[k + 1]!;
    if (!joined(text, base, tokens, first, second)) continue;
    const leftward = unitFrom(tokens, first, second);
    if (leftward) shared[k] = leftward;
    else if (bareCount(tokens, second) && first.kind === 'percent') shared[k + 1] = { ...second, kind: 'percent' };
  }
  return shared;
}

/** Whether only a joiner (or a hyphen or dash) stands between the two figures. */
function joined(text: string, base: number, tokens: readonly Token[], first: Quantity, second: Quantity): boolean {
  const between = tokens.slice(first.lastToken + 1, second.firstToken).map((t) => t.norm);
  if (between.length === 0) return /^\s*[-–]\s*$/.test(text.slice(first.end - base, second.start - base));
  return JOINERS.some((joiner) => joiner.length === between.length && joiner.every((word, i) => between[i] === word));
}

/** A count of nothing, with no scale word of its own: "12" in "12 to 15 percent". */
function bareCount(tokens: readonly Token[], q: Quantity): boolean {
  return q.kind === 'count' && q.unit.length === 0 && scaleOf(tokens, q) === 1;
}

/**
 * Below this a figure may be the first of two that share a scale word ("2 to 3 million"); a figure
 * written out to its thousands ("from 3,500,000 to 2.2 million", "26,000 to 41 thousand") has its own.
 */
const SCALED_BELOW = 1000;

/** The product of the scale words a figure writes ("4 billion": 1e9); 1 when it writes none. */
function scaleOf(tokens: readonly Token[], q: Quantity): number {
  let scale = 1;
  for (let i = q.firstToken; i <= q.lastToken; i++) scale *= SCALES[tokens[i]?.norm ?? ''] ?? 1;
  return scale;
}

/** `first` with the unit, currency and scale `second` writes for both, or undefined when it has its own. */
function unitFrom(tokens: readonly Token[], first: Quantity, second: Quantity): Quantity | undefined {
  const scale = scaleOf(tokens, second);
  if (bareCount(tokens, first)) {
    if (second.kind === 'percent') return { ...first, kind: 'percent' };
    const factor = first.value < SCALED_BELOW ? scale : 1;
    if (second.kind === 'money') return { ...first, kind: 'money', value: first.value * factor, ...(second.currency ? { currency: second.currency } : {}), unit: second.unit };
    if (second.kind === 'count' && factor > 1) return { ...first, value: first.value * factor, unit: second.unit };
    return undefined;
  }
  // "$3 or $4 billion": an amount with its currency and without the scale.
  if (first.kind === 'money' && second.kind === 'money' && scale > 1 && first.value < SCALED_BELOW && scaleOf(tokens, first) === 1 && first.currency === second.currency) return { ...first, value: first.value * scale };
  return undefined;
}
