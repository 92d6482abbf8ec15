import { describe, expect, it } from 'vitest';
import { dashboardSocketPath, pairSocketPath, parseRoomKey, parseSocketPath, roomKey, watchSocketPath } from '../../../shared/protocol/socketPaths.js';

describe('pairSocketPath / dashboardSocketPath', () => {
  it('builds the paths the server routes by', () => {
    expect(pairSocketPath('w1', 3)).toBe('/ws/pair/w1/3');
    expect(dashboardSocketPath('w1')).toBe('/ws/dashboard/w1');
  });

  it('parses back what they build', () => {
    expect(parseSocketPath(pairSocketPath('abc_-9', 12))).toEqual({ kind: 'pair', workshopId: 'abc_-9', pair: 12 });
    expect(parseSocketPath(dashboardSocketPath('abc_-9'))).toEqual({ kind: 'dashboard', workshopId: 'abc_-9' });
    expect(parseSocketPath(watchSocketPath('abc_-9', 12))).toEqual({ kind: 'watch', workshopId: 'abc_-9', pair: 12 });
    expect(parseSocketPath(dashboardSocketPath('a b'))).toEqual({ kind: 'dashboard', workshopId: 'a b' });
  });
});

describe('parseSocketPath', () => {
  it.each([
    ['/ws/pair/w1', 'no pair'],
    ['/ws/pair/w1/', 'an empty pair'],
    ['/ws/pair/w1/x', 'a pair that is no number'],
    ['/ws/pair/w1/12345', 'a five-digit pair'],
    ['/ws/pair//1', 'no workshop'],
    ['/ws/pair/a/b/1', 'a workshop with a slash'],
    ['/ws/dashboard/', 'no workshop'],
    ['/ws/dashboard/a/b', 'a dashboard path with two segments'],
    ['/ws/dashboard/%E0%A4%A', 'an id that does not decode'],
    ['/ws/other/w1', 'another socket'],
    ['/ws/watch/w1', 'a watch path without a pair'],
    ['/ws/watch/a/b/1', 'a watch path whose workshop has a slash'],
    ['/api/ws/pair/w1/1', 'a path that only contains one'],
  ])('refuses %s (%s)', (path) => {
    expect(parseSocketPath(path)).toBeNull();
  });
});

describe('roomKey / parseRoomKey', () => {
  it('names a room by its workshop and pair, and reads the name back', () => {
    expect(roomKey('w1', 2)).toBe('w1/2');
    expect(parseRoomKey(roomKey('w1', 2))).toEqual({ workshopId: 'w1', pair: 2 });
    expect(parseRoomKey('w1')).toBeNull();
    expect(parseRoomKey('/2')).toBeNull();
    expect(parseRoomKey('w1/two')).toBeNull();
  });
});
