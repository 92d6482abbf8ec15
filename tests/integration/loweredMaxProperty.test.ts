/**
 * A maximum the leader lowers while plans are being made (issue 14, "a
 * maximum lowered from 14 to 12 never drops anyone's ticks"), as a property
 * of the whole update pipeline (PairRoom, its validator and a real SQLite
 * store): a plan of any size, a new maximum below it, then random ticks,
 * unticks and swaps in one transaction. Nothing already chosen is ever
 * removed by the server; an untick always holds; a change that grows a plan
 * past the maximum has its new choices past it undone (the latest first, and
 * nothing else); the plan never grows while it is over the maximum; the store holds what the room shows.
 *
 * Runs: FC_RUNS (default 100); replay a failure with FC_SEED=<seed>.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { initPlanDoc, removePick, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import type { Rules } from '../../shared/lists/types.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { evaluatePlan } from '../../shared/rules/evaluatePlan.js';
import { PairRoom } from '../../server/rooms/PairRoom.js';
import { SqliteStore } from '../../server/store/SqliteStore.js';
import { LocalRelay } from '../../server/cluster/Relay.js';
import { createLogger } from '../../server/logger.js';
import { roomPeer } from '../utils/roomPeer.js';

const list = ESSENTIAL_LIST_2020_21;
const ids = list.strategies.flatMap((s) => s.activities.map((a) => a.id));
const partner = { id: 'p-ana', name: 'Ana' };
const dataDir = mkdtempSync(join(tmpdir(), 'pairplan-lowered-max-'));
const store = new SqliteStore(dataDir);
const log = createLogger('silent');
afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Op = { t: 'tick' | 'untick'; i: number } | { t: 'swap'; i: number; j: number } | { t: 'tick-two'; i: number; j: number };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constantFrom('tick' as const, 'untick' as const), i: fc.nat(ids.length - 1) }),
  fc.record({ t: fc.constantFrom('swap' as const, 'tick-two' as const), i: fc.nat(ids.length - 1), j: fc.nat(ids.length - 1) }),
);

let runs = 0;

describe('a plan over a maximum the leader lowered', () => {
  it('keeps every choice, lets the pair untick, and refuses only what grows it past the maximum', async () => {
    const numRuns = Number(process.env.FC_RUNS ?? 100);
    const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
    const start = list.rules.maxTotal ?? 14;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: start }), fc.integer({ min: 1, max: start }), fc.array(op, { maxLength: 25 }), async (size, lowered, ops) => {
        let rules: Rules = list.rules;
        const key = `lowered/${runs++}`;
        const room = await PairRoom.load({ key, list, store, log, relay: new LocalRelay(), isLocked: () => false, rules: () => rules, onChange: () => undefined, onStoreFailed: () => undefined });
        const doc = initPlanDoc(new Y.Doc());
        const self = roomPeer(partner, doc);
        room.addPeer(self);
        /** Sends the partner's change; whether the room kept it. */
        const send = async (change: () => void): Promise<boolean> => {
          const before = Y.encodeStateVector(doc);
          doc.transact(change);
          const result = room.ingest(Y.encodeStateAsUpdate(doc, before), self);
          expect(result.refusal).toBeNull();
          if (result.refusal !== null) return false;
          await result.applied;
          await room.drain();
          return result.undone === null;
        };
        try {
          const chosen = new Set(ids.slice(0, size));
          if (size > 0) expect(await send(() => chosen.forEach((id) => setPick(doc, id, partner, Date.now())))).toBe(true);
          rules = { ...list.rules, maxTotal: lowered };
          for (const o of ops) {
            const a = ids[o.i];
            const b = 'j' in o ? ids[o.j] : a;
            const add = o.t === 'tick' ? [a] : o.t === 'tick-two' ? [a, b] : o.t === 'swap' ? [b] : [];
            const remove = o.t === 'untick' || o.t === 'swap' ? [a] : [];
            const adds = [...new Set(add)].filter((id) => !chosen.has(id) && !remove.includes(id));
            const removes = remove.filter((id) => chosen.has(id));
            if (adds.length === 0 && removes.length === 0) continue;
            const before = chosen.size;
            const after = before + adds.length - removes.length;
            const kept = await send(() => {
              removes.forEach((id) => removePick(doc, id));
              adds.forEach((id) => setPick(doc, id, partner, Date.now()));
            });
            // Grows past the maximum: the new choices past it are undone, the latest first (never more than the
            // change added). Shrinks, or stays the same size (a swap): kept, even over the maximum.
            const excess = after > lowered && adds.length > removes.length ? Math.min(after - lowered, adds.length - removes.length) : 0;
            expect(kept).toBe(excess === 0);
            removes.forEach((id) => chosen.delete(id));
            adds.slice(0, adds.length - excess).forEach((id) => chosen.add(id));
            // Never grows while over the maximum.
            expect(chosen.size).toBeLessThanOrEqual(Math.max(lowered, before));
            const shown = toSnapshot(room.doc);
            expect(new Set(Object.keys(shown.picks))).toEqual(chosen);
            expect(toSnapshot(doc).picks).toEqual(shown.picks);
            // Over the maximum, the plan shows the violation (and cannot be agreed).
            if (chosen.size > lowered) expect(evaluatePlan(shown, list, rules).valid).toBe(false);
          }
          const stored = initPlanDoc(new Y.Doc());
          for (const u of await store.loadUpdates(key)) Y.applyUpdate(stored, u.data);
          expect(toSnapshot(stored).picks).toEqual(toSnapshot(room.doc).picks);
        } finally {
          room.destroy();
        }
      }),
      { numRuns, seed, endOnFailure: true },
    );
    expect(runs).toBeGreaterThanOrEqual(numRuns);
  });
});
