// A memo of at most `limit` entries. When it is full the least recently used tenth goes (a Map
// keeps insertion order, and a hit moves its entry last), not everything, so a long brief does not
// thrash it (a source's title passage, read with each of its passages, stays) and memory stays bounded.
//
// A hit moves its entry only when it has fallen out of the newest quarter: moving costs a delete
// and an insert, and most hits are of entries just used (a long brief's check spent a twentieth
// of its time moving them). An entry in the newest quarter is never among the oldest tenth.

interface Entry<V> {
  value: V;
  /** The clock when the entry was last put last. */
  moved: number;
}

export class BoundedCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();
  /** Counts the moves to the end: at most this many entries stand after one moved at a given time. */
  private clock = 0;

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
    return this.entries.get(key)?.value;
  }

  /** The value for `key`, computed (and kept) the first time it is asked for. */
  get(key: K, compute: () => V): V {
    const entry = this.used(key);
    return entry !== undefined ? entry.value : this.set(key, compute());
  }

  /** The value kept for `key`, if any, counted as a use (for values computed in steps: then `set`). */
  use(key: K): V | undefined {
    return this.used(key)?.value;
  }

  private used(key: K): Entry<V> | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined && this.clock - entry.moved > this.limit / 4) {
      this.entries.delete(key);
      entry.moved = ++this.clock;
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Keeps `value` for `key` as its most recent entry, making room first when full; returns it. */
  set(key: K, value: V): V {
    if (this.entries.has(key)) this.entries.delete(key);
    else if (this.entries.size >= this.limit) this.dropOldest(Math.max(1, Math.floor(this.limit / 10)));
    this.entries.set(key, { value, moved: ++this.clock });
    return value;
  }

  private dropOldest(count: number): void {
    let drop = count;
    for (const old of this.entries.keys()) {
      this.entries.delete(old);
      if (--drop <= 0) break;
    }
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
