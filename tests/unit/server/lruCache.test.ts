import { describe, expect, it } from 'vitest';
import { LruCache } from '../../../server/workshops/LruCache.js';

const cache = (maxEntries: number, maxBytes: number, pinned: ReadonlySet<string> = new Set()) =>
  new LruCache<string>({ maxEntries, maxBytes, sizeOf: (v) => v.length, isPinned: (k) => pinned.has(k) });

describe('LruCache', () => {
  it('evicts the least recently used entry past the count cap', () => {
    const c = cache(2, 1_000);
    c.set('a', 'x');
    c.set('b', 'x');
    c.get('a');
    c.set('c', 'x');
    expect([c.has('a'), c.has('b'), c.has('c')]).toEqual([true, false, true]);
    expect(c.size).toBe(2);
  });

  it('evicts oldest entries until the bytes cap holds', () => {
    const c = cache(10, 10);
    c.set('a', 'xxxx');
    c.set('b', 'xxxx');
    c.set('c', 'xxxxxx');
    expect([c.has('a'), c.has('b'), c.has('c')]).toEqual([false, true, true]);
    expect(c.bytes).toBe(10);
  });

  it('does not count a peek as a use', () => {
    const c = cache(2, 1_000);
    c.set('a', 'x');
    c.set('b', 'x');
    expect(c.peek('a')).toBe('x');
    c.set('c', 'x');
    expect(c.has('a')).toBe(false);
  });

  it('never evicts a pinned entry, and evicts it once released', () => {
    const pinned = new Set(['a']);
    const c = cache(1, 1_000, pinned);
    c.set('a', 'x');
    c.set('b', 'x');
    c.set('c', 'x');
    expect([c.has('a'), c.has('b'), c.has('c')]).toEqual([true, false, true]);
    pinned.clear();
    c.set('d', 'x');
    expect([c.has('a'), c.has('c'), c.has('d')]).toEqual([false, false, true]);
  });

  it('keeps the entry just stored even when it alone is over the bytes cap', () => {
    const c = cache(5, 3);
    c.set('a', 'xx');
    c.set('big', 'xxxxxxxx');
    expect([c.has('a'), c.has('big')]).toEqual([false, true]);
  });

  it('replaces a value and its size', () => {
    const c = cache(5, 100);
    c.set('a', 'xxxx');
    c.set('a', 'xx');
    expect(c.bytes).toBe(2);
    expect(c.get('a')).toBe('xx');
    c.delete('a');
    expect([c.size, c.bytes]).toEqual([0, 0]);
  });
});
