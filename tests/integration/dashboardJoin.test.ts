/**
 * A dashboard that opens while pairs are ticking: its first frame is
 * computed pair by pair (stored plans are read for rooms nobody is in), and a
 * pair that changes meanwhile must reach it fresh, not stay as it was.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPick } from '../../shared/doc/planDoc.js';
import { SqliteStore } from '../../server/store/SqliteStore.js';
import type { Store } from '../../server/store/Store.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop } from '../utils/api.js';
import { connectPartner, synced } from '../utils/partner.js';
import { openDashboard } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';

/** The real SQLite store, whose reads of stored plans can be held at a gate. */
function gatedStore(inner: Store): { store: Store; hold(): void; release(): void } {
  let gate: Promise<void> | null = null;
  let open = (): void => undefined;
  const store = new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop !== 'loadUpdates') {
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async (room: string) => {
        if (gate) await gate;
        return target.loadUpdates(room);
      };
    },
  });
  return {
    store,
    hold: () => void (gate = new Promise((resolve) => (open = resolve))),
    release: () => {
      gate = null;
      open();
    },
  };
}

let server: TestServer;
let gated: ReturnType<typeof gatedStore>;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pairplan-test-'));
  gated = gatedStore(new SqliteStore(dataDir));
  server = await createTestServer({ DATA_DIR: dataDir }, { store: gated.store });
});
afterAll(async () => {
  gated.release();
  await server.close();
});

describe('a dashboard opening while a pair ticks', () => {
  it('receives the tick that came while its first frame was being computed', async () => {
    const w = await createWorkshop(server.url, { title: 'Joining', pairs: 3 });
    const ana = await connectPartner(server.url, w.joinCode, 'Ana', 1);
    await synced(ana);
    // Pair 1 is summarised from its loaded room at once; pairs 2 and 3 wait at the gate.
    gated.hold();
    const dash = openDashboard(server.url, w.id, w.facilitatorKey);
    await new Promise((r) => setTimeout(r, 100));
    setPick(ana.doc, 'create-awareness-1', ana.actor, Date.now());
    // Long enough for the tick's frame to go out to the dashboards already subscribed.
    await new Promise((r) => setTimeout(r, 200));
    gated.release();
    await eventually(() => expect(dash.messages.some((m) => m.t === 'init')).toBe(true));
    await eventually(() => expect(dash.latest.get(1)?.plan.picks['create-awareness-1']?.name).toBe('Ana'), 1_000);
    dash.ws.close();
    ana.destroy();
  });
});
