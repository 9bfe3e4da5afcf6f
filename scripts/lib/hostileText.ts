// Hostile generators for the fuzz suite (issue 16): long runs of one character, deep repetition
// of a fragment, control and invisible characters, giant lines, and the hostile lines of issue 16
// at random sizes. The property: checking never throws, every range stays exact
// (test/unit/property/invariants.ts), and the regular-expression work stays within a linear
// budget of the input's length (the counter of test/unit/safety/linearText.test.ts).
import fc from 'fast-check';
import { checkResult, InvariantError } from '../../test/unit/property/invariants';
import type { Env } from '../../test/unit/property/properties';
import { HOSTILE_LINES } from './hostileLines';

/** Characters whose runs stressed a scanner or a pattern in issue 16, or may. */
const RUN_CHARS = ['.', '!', '?', '…', '-', ' ', '\t', '\n', '@', '[', ']', '(', ')', '*', '_', '>', '#', '|', '`', '"', '“', '’', 'a', 'A', '9', ',', '£', '\u200b', '\u00a0'];
/** Fragments whose repetition did. */
const REPEATED = ['-  ', '-A-Ab', 'A-B-', 'a@', '[@a; ', '1. ', '> ', '| £1 | 2 |\n', '£40 million. ', '(ONS) ', 'The Office for National Statistics ', '**a', '[a](', '\\', '<!-- ', '![', '&#', '""', '\u202e\u202c'];
/** C0, DEL, C1, bidi and invisible characters. */
const CONTROLS = [...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)), '\u007f', '\u0085', '\u009b', '\u00ad', '\u061c', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2060', '\u2066', '\u2069', '\ufeff', '\u2028', '\u2029'];

export function hostileText(): fc.Arbitrary<string> {
  const run = fc.tuple(fc.constantFrom(...RUN_CHARS), fc.integer({ min: 100, max: 30_000 }), fc.string({ maxLength: 40 })).map(([char, n, tail]) => `Some text ${char.repeat(n)}${tail}`);
  const repeated = fc.tuple(fc.constantFrom(...REPEATED), fc.integer({ min: 10, max: 3_000 }), fc.string({ maxLength: 20 })).map(([piece, n, tail]) => piece.repeat(n) + tail);
  const controls = fc.array(fc.oneof(fc.constantFrom(...CONTROLS), fc.constantFrom('£40 million', 'The Office', ' ', 'word', '[@a]', '\n\n')), { maxLength: 400 }).map((parts) => parts.join(''));
  const giant = fc.tuple(fc.integer({ min: 50_000, max: 200_000 }), fc.constantFrom('word ', 'a', 'The programme cost £40 million ', '£4\u200b0 ')).map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
  const line = fc.tuple(fc.constantFrom(...HOSTILE_LINES), fc.integer({ min: 1, max: 2_000 })).map(([hostile, n]) => hostile.make(Math.max(1, Math.floor((n * hostile.k) / 8_000))));
  return fc.oneof(run, repeated, controls, giant, line);
}

/** Characters regular expressions may scan per input character before the case counts as not linear. */
const WORK_PER_CHAR = 2_000;

export function hostileTextProperty(env: Env): fc.IPropertyWithHooks<[string]> {
  return fc.property(hostileText(), (text) => {
    const uri = `mem://fuzz/hostile-${text.length}.md`;
    const { value: result, work } = countRegexWork(() => env.shared.check(text, uri, 1));
    env.shared.forget(uri);
    checkResult(text, result, env.corpus, uri, 1);
    if (work > WORK_PER_CHAR * (text.length + 100)) throw new InvariantError(`regular expressions scanned ${work} characters for ${text.length}`);
  });
}

/** Characters regular expressions are handed to scan while `run` runs (see linearText.test.ts). */
export function countRegexWork<T>(run: () => T): { value: T; work: number } {
  const exec = Object.getOwnPropertyDescriptor(RegExp.prototype, 'exec')!;
  const original = exec.value as (this: RegExp, input: string) => RegExpExecArray | null;
  let work = 0;
  Object.defineProperty(RegExp.prototype, 'exec', {
    ...exec,
    value(this: RegExp, input: string) {
      const text = String(input);
      const from = this.global || this.sticky ? this.lastIndex : 0;
      const match = original.call(this, text);
      work += (match ? match.index + match[0].length : text.length) - Math.min(from, text.length) + 1;
      return match;
    },
  });
  try {
    return { value: run(), work };
  } finally {
    Object.defineProperty(RegExp.prototype, 'exec', exec);
  }
}
