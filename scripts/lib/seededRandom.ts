// mulberry32: a small, fast, seeded generator, deterministic across platforms. Benchmarks and
// property tests use it so that the same seed always gives the same brief or shuffle.
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of `items`, chosen by `random`; an error naming `what` when there is none to choose. */
export function pick<T>(items: readonly T[], random: () => number, what = 'item'): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error(`no ${what} to pick from`);
  return item;
}
