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

  it('peeks at a kept value without computing one or counting a use', () => {
    const cache = new BoundedCache<number, string>(10);
    assert.equal(cache.peek(1), undefined);
    assert.equal(cache.size, 0);
    for (let k = 0; k < 10; k++) cache.get(k, () => `v${k}`);
    assert.equal(cache.peek(0), 'v0');
    cache.get(10, () => 'v10'); // full: 0 goes, the peek did not make it recent
    assert.equal(cache.peek(0), undefined);
    assert.equal(cache.peek(1), 'v1');
  });

  it('drops the least recently used, so an entry read all along stays (a source title on a long brief)', () => {
    const cache = new BoundedCache<number, string>(10);
    let computed = 0;
    const get = (k: number) => cache.get(k, () => `v${k}${++computed}`);
    for (let k = 0; k < 10; k++) get(k);
    get(0); // read again: now the most recent
    get(10); // full: 1 goes, not 0
    assert.equal(get(0), 'v01');
    assert.equal(get(1), 'v112');
    assert.equal(computed, 12);
  });

  it('keeps an entry read all along though a hit moves it only once it has aged', () => {
    const cache = new BoundedCache<number, string>(40);
    let computed = 0;
    const get = (k: number) => cache.get(k, () => `v${k}-${++computed}`);
    for (let k = 0; k < 200; k++) {
      get(k);
      assert.equal(get(0), 'v0-1');
    }
    assert.equal(computed, 200);
    assert.ok(cache.size <= 40);
  });

  it('keeps a value computed elsewhere (in steps) with set, and counts use as get does', () => {
    const cache = new BoundedCache<number, string>(10);
    assert.equal(cache.use(1), undefined);
    for (let k = 0; k < 10; k++) assert.equal(cache.set(k, `v${k}`), `v${k}`);
    assert.equal(cache.use(0), 'v0'); // read again: now the most recent
    cache.set(10, 'v10'); // full: 1 goes, not 0
    assert.equal(cache.peek(0), 'v0');
    assert.equal(cache.peek(1), undefined);
    cache.set(10, 'w10'); // a key already kept is replaced, nothing more goes
    assert.equal(cache.size, 10);
    assert.equal(cache.use(10), 'w10');
  });

  it('grows when a brief needs more room, and never shrinks', () => {
    const cache = new BoundedCache<number, number>(5);
    cache.reserve(20);
    cache.reserve(8);
    for (let k = 0; k < 20; k++) cache.get(k, () => k);
    assert.equal(cache.size, 20);
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
