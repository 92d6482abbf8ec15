import { describe, expect, it } from 'vitest';
import { RoomSequences } from '../../../server/cluster/RoomSequences.js';

describe('RoomSequences', () => {
  it.each([
    { frames: [1, 2, 3], gaps: [true, false, false], why: 'a new publisher, then frames in order' },
    { frames: [7, 8], gaps: [true, false], why: 'subscribed mid-stream' },
    { frames: [1, 3], gaps: [true, true], why: 'a skipped frame' },
    { frames: [1, 2, 2], gaps: [true, false, true], why: 'a repeated frame' },
    { frames: [4, 5, 1], gaps: [true, false, true], why: 'a publisher that started its sequence again' },
    { frames: [0xffffffff, 0], gaps: [true, false], why: 'a wrap past 2^32' },
  ])('reports $why', ({ frames, gaps }) => {
    const seen = new RoomSequences();
    expect(frames.map((seq) => seen.observe('a', seq))).toEqual(gaps);
  });

  it('keeps each publisher apart', () => {
    const seen = new RoomSequences();
    expect([seen.observe('a', 1), seen.observe('b', 1), seen.observe('a', 2), seen.observe('b', 2)]).toEqual([true, true, false, false]);
  });
});
