// Assertions that narrow. With noUncheckedIndexedAccess, `result.sentences[0]` may be undefined;
// a test that reads it through these fails with a message saying what is missing, not with a
// TypeError on `undefined` somewhere further down.
import * as assert from 'node:assert';

/** `value`, or a failed assertion saying that `what` is missing. */
export function present<T>(value: T | undefined, what: string): T {
  assert.ok(value !== undefined, `expected ${what}, found none`);
  return value;
}

/** `items[index]`, or a failed assertion saying which of how many `what` was missing. */
export function nth<T>(items: readonly T[], index: number, what = 'item'): T {
  const item = items[index];
  assert.ok(item !== undefined, `expected ${what} #${index}, found ${items.length} ${what}(s)`);
  return item;
}

/** The first of `items`, or a failed assertion saying that there is no `what`. */
export function first<T>(items: readonly T[], what = 'item'): T {
  return nth(items, 0, what);
}

/** The first `count` of `items` as a tuple, or a failed assertion saying how many `what` there were. */
export function leading<T>(items: readonly T[], count: 2, what?: string): [T, T];
export function leading<T>(items: readonly T[], count: 3, what?: string): [T, T, T];
export function leading<T>(items: readonly T[], count: number, what = 'item'): T[] {
  assert.ok(items.length >= count, `expected at least ${count} ${what}(s), found ${items.length}`);
  return items.slice(0, count);
}
