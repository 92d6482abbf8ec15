import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT } from '../../../shared/doc/schema.js';
import { BUILT_IN_LISTS, getBuiltInList, DEFAULT_LIST_ID } from '../../../shared/lists/index.js';
import { createClock } from '../../../shared/protocol/clock.js';
import { parseServerControl, parseClientControl } from '../../../shared/protocol/control.js';
import { parseDashboardClientMessage, parseDashboardServerMessage } from '../../../shared/protocol/dashboard.js';
import { parseWorkshopLive } from '../../../shared/protocol/live.js';
import { activityListSchema, leaderWorkshopSchema } from '../../../shared/protocol/workshop.js';
import { summarizePair } from '../../../shared/tally/summarizePair.js';

const list = getBuiltInList(DEFAULT_LIST_ID)!;
const live = { clock: createClock(20), locked: false, broadcast: null };
const pick = { by: 'p1', name: 'Ana', at: 1 };
const firstActivity = list.strategies[0].activities[0].id;
const summary = (n: number) =>
  summarizePair({ n, plan: { ...EMPTY_SNAPSHOT, picks: { [firstActivity]: pick } }, list, rules: list.rules, present: [{ id: 'p1', name: 'Ana' }], members: ['Ana'], lastChangeAt: 5 });
const workshop = { id: 'w1', title: 'Spring', joinCode: 'ABCD-EFGH', createdAt: 1, list, rules: list.rules, pairs: [{ n: 1, members: [{ name: 'Ana', email: 'ana@example.org' }] }] };
const frame = (message: unknown): string => JSON.stringify(message);

describe('activityListSchema', () => {
  it.each(BUILT_IN_LISTS.map((l) => [l.id, l] as const))('reads the built-in list %s back as it is, translations and all', (_id, builtIn) => {
    expect(activityListSchema.parse(JSON.parse(JSON.stringify(builtIn)))).toEqual({ prompts: [], ...builtIn });
  });

  it('drops translations that do not read, and defaults what a screen can do without', () => {
    const { source: _s, directions: _d, ...rest } = list;
    const parsed = activityListSchema.parse({ ...rest, mode: 'neither', translations: { 'not a language': {} } });
    expect(parsed.translations).toBeUndefined();
    expect(parsed.mode).toBe('choose');
    expect(parsed.source).toBe('');
    expect(parsed.directions).toEqual([]);
  });

  it('refuses a list without strategies or whose activities have no text', () => {
    expect(activityListSchema.safeParse({ ...list, strategies: undefined }).success).toBe(false);
    expect(activityListSchema.safeParse({ ...list, strategies: [{ ...list.strategies[0], activities: [{ id: 'a' }] }] }).success).toBe(false);
  });
});

describe('leaderWorkshopSchema', () => {
  it('is the one type the server sends and the client reads: a round trip keeps it whole', () => {
    expect(leaderWorkshopSchema.parse(JSON.parse(frame(workshop)))).toEqual(workshop);
  });

  it('leaves out a roster person without a name, and an empty e-mail', () => {
    const parsed = leaderWorkshopSchema.parse({ ...workshop, pairs: [{ n: 1, members: [{ email: 'x@y.z' }, { name: 'Bo', email: '' }] }] });
    expect(parsed.pairs).toEqual([{ n: 1, members: [{ name: 'Bo' }] }]);
  });
});

describe('parseDashboardServerMessage', () => {
  it('reads an init frame as the server makes it', () => {
    const message = parseDashboardServerMessage(frame({ t: 'init', workshop, live, summaries: [summary(1)], serverNow: 10 }));
    expect(message).toEqual({ t: 'init', workshop, live, summaries: [summary(1)], serverNow: 10 });
  });

  it('drops a malformed summary, not the whole frame', () => {
    const message = parseDashboardServerMessage(frame({ t: 'pairs', summaries: [summary(1), { ...summary(2), state: 'on-fire' }, 'junk', summary(3)] }));
    expect(message?.t === 'pairs' && message.summaries.map((s) => s.n)).toEqual([1, 3]);
  });

  it('drops a malformed pick, not the summary', () => {
    const bad = { ...summary(1), plan: { ...summary(1).plan, picks: { [firstActivity]: pick, other: { by: 5 } } } };
    const message = parseDashboardServerMessage(frame({ t: 'pairs', summaries: [bad] }));
    expect(message?.t === 'pairs' && Object.keys(message.summaries[0].plan.picks)).toEqual([firstActivity]);
  });

  it.each([
    ['not JSON', '{'],
    ['an unknown type', frame({ t: 'hello' })],
    ['a live frame without a finite serverNow', frame({ t: 'live', live, serverNow: 'now' })],
    ['a live frame whose clock is not one', frame({ t: 'live', live: { ...live, clock: { status: 'running' } }, serverNow: 1 })],
    ['an init frame whose workshop is not one', frame({ t: 'init', workshop: { id: 'w1' }, live, summaries: [], serverNow: 1 })],
    ['a pong with a fractional id', frame({ t: 'pong', id: 1.5, serverNow: 1 })],
  ])('refuses %s', (_what, text) => {
    expect(parseDashboardServerMessage(text)).toBeNull();
  });
});

describe('parseDashboardClientMessage', () => {
  it('reads the auth and ping frames', () => {
    expect(parseDashboardClientMessage(frame({ t: 'auth', key: 'k' }))).toEqual({ t: 'auth', key: 'k' });
    expect(parseDashboardClientMessage(frame({ t: 'ping', id: 3 }))).toEqual({ t: 'ping', id: 3 });
  });

  it('tells JSON that is no message (null) from text that is not JSON (undefined)', () => {
    expect(parseDashboardClientMessage(frame({ t: 'auth', key: 5 }))).toBeNull();
    expect(parseDashboardClientMessage(frame({ t: 'ping', id: 'x' }))).toBeNull();
    expect(parseDashboardClientMessage('not json')).toBeUndefined();
  });
});

describe('parseServerControl / parseClientControl', () => {
  it('reads each server message and refuses a malformed one', () => {
    expect(parseServerControl({ t: 'workshop', live, serverNow: 1 })).toEqual({ t: 'workshop', live, serverNow: 1 });
    expect(parseServerControl({ t: 'stored' })).toEqual({ t: 'stored' });
    expect(parseServerControl({ t: 'refused', rule: 'over-max', reason: 'r', max: 'many' })).toEqual({ t: 'refused', rule: 'over-max', reason: 'r', max: null });
    expect(parseServerControl({ t: 'refused', rule: 'made-up', reason: 'r', max: 1 })).toBeNull();
    expect(parseServerControl({ t: 'workshop', live: { ...live, locked: 'yes' }, serverNow: 1 })).toBeNull();
    expect(parseServerControl(null)).toBeNull();
  });

  it('reads a ping and nothing else', () => {
    expect(parseClientControl({ t: 'ping', id: 7 })).toEqual({ t: 'ping', id: 7 });
    expect(parseClientControl({ t: 'ping', id: 2 ** 60 })).toBeNull();
    expect(parseClientControl({ t: 'pong', id: 7 })).toBeNull();
  });
});

describe('parseWorkshopLive', () => {
  it('reads a missing broadcast as none, and refuses a clock that could show NaN', () => {
    expect(parseWorkshopLive({ clock: live.clock, locked: true })).toEqual({ clock: live.clock, locked: true, broadcast: null });
    expect(parseWorkshopLive({ ...live, clock: { ...live.clock, remainingMs: null } })).toBeNull();
    expect(parseWorkshopLive({ ...live, broadcast: { id: 'b', text: 't' } })).toBeNull();
  });
});
