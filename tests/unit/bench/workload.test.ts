import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTypingPair, warmupSeconds } from '../../../bench/workload.js';

describe('warmupSeconds', () => {
  it('gives small runs longer, since fewer updates a second take longer to reach compiled code', () => {
    expect(warmupSeconds(100)).toBe(15);
    expect(warmupSeconds(500)).toBe(8);
    expect(warmupSeconds(1000)).toBe(8);
    expect(warmupSeconds(50)).toBe(30);
  });

  it('is never under 8 s and never grows with the number of pairs', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (a, b) => {
      const [small, large] = a <= b ? [a, b] : [b, a];
      return warmupSeconds(large) >= 8 && warmupSeconds(small) >= warmupSeconds(large);
    }));
  });
});

describe('isTypingPair', () => {
  it('picks the share of the pairs, spread evenly: every run of the first n pairs holds floor(n × share)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (pairs, share) => {
      let typing = 0;
      for (let n = 1; n <= pairs; n++) {
        if (isTypingPair(n, share)) typing++;
        if (typing !== Math.floor(n * share)) return false;
      }
      return true;
    }));
  });
});
