// A memo of at most `limit` entries. When it is full the least recently used tenth goes (a Map
// keeps insertion order, and a hit moves its entry last), not everything, so a long brief does not
// thrash it (a source's title passage, read with each of its passages, stays) and memory stays bounded.
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private limit: number) {}

  /** Makes room for at least `limit` entries (never less than it had). */
  reserve(limit: number): void {
    this.limit = Math.max(this.limit, limit);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value kept for `key`, if any, without counting it as a use. */
  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** The value for `key`, computed (and kept) the first time it is asked for. */
  get(key: K, compute: () => V): V {
    let value = this.entries.get(key);
    if (value !== undefined) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, value);
    } else {
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
