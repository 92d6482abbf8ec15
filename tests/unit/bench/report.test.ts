import { describe, expect, it } from 'vitest';
import { formatReport, medianRow, saturation, type Row } from '../../../bench/report.js';

/** A run's row with the figures a test cares about. */
function row(target: string, over: Partial<Row> = {}): Row {
  const base: Row = {
    target, node: 'v22.23.5', workload: 'uniform', pairs: 100, p50: 1, p95: 2, p99: 3, max: 4, key99: 3, server50: NaN, server99: NaN, stored99: NaN, dash50: NaN, dash95: NaN,
    cpu: 2, steadyCpu: 2, clientCpu: 0.5, rss: 100, heapUsedMb: NaN, idleRss: 50, rssPerRoomKb: 100, loopP99: 1, loopP99ByTime: 1, clientLoopP99: 1, clientLoopP99ByTime: 1, connectMs: 500,
    resyncMs: NaN, ticks: 2000, keys: 100, lostTicks: 0, lostKeys: 0, divergedPairs: 0, saturated: null,
    runsCounted: 1,
  };
  return { ...base, ...over };
}

describe('saturation', () => {
  it('marks load generators that used most of their core, or whose loop ran late', () => {
    expect(saturation({ clientCpu: 17, clientLoopByTime: 1, serverLoopByTime: 1, windowSeconds: 20, cores: 1 })).toMatch(/85 % of their core/);
    expect(saturation({ clientCpu: 17, clientLoopByTime: 1, serverLoopByTime: 90, windowSeconds: 20, cores: 1 })).toMatch(/85 % of their core/);
    expect(saturation({ clientCpu: 2, clientLoopByTime: 12, serverLoopByTime: 3, windowSeconds: 20, cores: 1 })).toMatch(/loop p99 by time 12.0 ms, the server's 3.0 ms/);
    expect(saturation({ clientCpu: 2, clientLoopByTime: NaN, serverLoopByTime: 3, windowSeconds: 20, cores: 1 })).not.toBeNull();
    expect(saturation({ clientCpu: 8, clientLoopByTime: 3, serverLoopByTime: 3, windowSeconds: 20, cores: 1 })).toBeNull();
  });

  it('leaves a late loop to a server that was later still (its burst is what the generators read)', () => {
    expect(saturation({ clientCpu: 11, clientLoopByTime: 16, serverLoopByTime: 60, windowSeconds: 20, cores: 1 })).toBeNull();
    expect(saturation({ clientCpu: 11, clientLoopByTime: 16, serverLoopByTime: 15.9, windowSeconds: 20, cores: 1 })).not.toBeNull();
    expect(saturation({ clientCpu: 11, clientLoopByTime: 16, serverLoopByTime: NaN, windowSeconds: 20, cores: 1 })).not.toBeNull();
  });
});

describe('medianRow', () => {
  it('leaves the saturated runs out of the median', () => {
    const median = medianRow([row('y', { p99: 3 }), row('y', { p99: 300, saturated: 'x' }), row('y', { p99: 5 }), row('y', { p99: 4 })]);
    expect(median.p99).toBe(4);
    expect(median.saturated).toBeNull();
    expect(median.runsCounted).toBe(3);
  });

  it('says in the table when a row is the median of fewer runs than were made', () => {
    const one = medianRow([row('pairplan', { p99: 384, saturated: null }), row('pairplan', { p99: 34, saturated: 'x', runsCounted: 0 }), row('pairplan', { p99: 58, saturated: 'x', runsCounted: 0 })]);
    expect(one.p99).toBe(384);
    const all = medianRow([row('y', { p99: 3 }), row('y', { p99: 5 }), row('y', { p99: 4 })]);
    const table = formatReport([one, all], 3);
    expect(table).toContain('| pairplan (1 of 3 runs count) |');
    expect(table).toContain('| y |');
  });

  it('stays marked when every run was saturated', () => {
    expect(medianRow([row('y', { saturated: 'load generators at 90 % of their core' })]).saturated).toMatch(/1 of 1 runs saturated/);
  });

  it('sums losses over the runs that count rather than taking their median', () => {
    expect(medianRow([row('y', { lostTicks: 1 }), row('y', { lostTicks: 0 }), row('y', { lostTicks: 2 })]).lostTicks).toBe(3);
  });
});

describe('formatReport', () => {
  it('prints the Node version in every row and gives no ratio against a saturated row', () => {
    const report = formatReport([row('pairplan', { steadyCpu: 1 }), row('hocuspocus4', { steadyCpu: 2 }), row('y-websocket-server', { saturated: 'x' })], 1);
    expect(report.split('\n').filter((l) => l.startsWith('| pairplan') || l.startsWith('| hocuspocus4')).every((l) => l.includes('| v22.23.5 |'))).toBe(true);
    expect(report).toContain('vs hocuspocus4 (v22.23.5): CPU ×0.50');
    expect(report).not.toContain('vs y-websocket-server');
    expect(report).toContain('**saturated: x**');
  });
});
