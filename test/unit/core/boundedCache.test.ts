import * as assert from 'node:assert/strict';
import { BoundedCache, cachePerOwner } from '../../../src/core/boundedCache';

describe('BoundedCache', () => {
  it('computes a value once, and when full drops the oldest tenth, not everything', () => {
    const cache = new BoundedCache<number, string>(20);
    let computed = 0;
    const get = (k: number) => cache.get(k, () => `v${k}${++computed}`);
    for (let k = 0; k < 20; k++) get(k);
    assert.equal(get(5), 'v56');
    assert.equal(computed, 20);
    get(20); // full: 0 and 1 go
    assert.equal(cache.size, 19);
    assert.equal(get(2), 'v23');
    assert.equal(get(0), 'v022');
    assert.equal(computed, 22);
  });

  it('keeps one cache per owner', () => {
    const cacheOf = cachePerOwner<string, number>(10);
    const a = {};
    const b = {};
    cacheOf(a).get('x', () => 1);
    assert.equal(cacheOf(a).get('x', () => 2), 1);
    assert.equal(cacheOf(b).get('x', () => 3), 3);
  });
});
