// A memo of at most `limit` entries. When it is full the oldest tenth goes (a Map keeps insertion
// order), not everything, so a long brief does not thrash it and memory stays bounded.
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value for `key`, computed (and kept) the first time it is asked for. */
  get(key: K, compute: () => V): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      if (this.entries.size >= this.limit) {
        let drop = Math.max(1, Math.floor(this.limit / 10));
        for (const old of this.entries.keys()) {
          this.entries.delete(old);
          if (--drop <= 0) break;
        }
      }
      value = compute();
      this.entries.set(key, value);
    }
    return value;
  }
}

/** One BoundedCache per owner (a corpus), dropped with it. */
export function cachePerOwner<K, V>(limit: number): (owner: object) => BoundedCache<K, V> {
  const caches = new WeakMap<object, BoundedCache<K, V>>();
  return (owner) => {
    let cache = caches.get(owner);
    if (!cache) caches.set(owner, (cache = new BoundedCache<K, V>(limit)));
    return cache;
  };
}
