/**
 * The client's own connection class (client/sync/PairRoomConnection.ts)
 * against a real server: two partners race for the last place under the
 * maximum; the server undoes the loser's tick, and the loser's connection
 * says so in the room's words, without reconnecting or resetting.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PairRoomConnection } from '../../client/sync/PairRoomConnection.js';
import { setPick } from '../../shared/doc/planDoc.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, joinPair } from '../utils/api.js';
import { webSocketWithCookie } from '../utils/partner.js';
import { eventually } from '../utils/eventually.js';

const ids = ESSENTIAL_LIST_2020_21.strategies.flatMap((s) => s.activities.map((a) => a.id));
let server: TestServer;
const connections: PairRoomConnection[] = [];
beforeAll(async () => {
  server = await createTestServer();
});
afterEach(() => {
  for (const c of connections.splice(0)) c.destroy();
});
afterAll(async () => {
  await server.close();
});

async function open(joinCode: string, name: string): Promise<PairRoomConnection> {
  const joined = await joinPair(server.url, joinCode, name, 1);
  const connection = new PairRoomConnection({
    workshopId: joined.workshopId,
    pair: 1,
    actor: { id: joined.participantId, name },
    serverUrl: server.url,
    WebSocketPolyfill: webSocketWithCookie(joined.cookie),
  });
  connections.push(connection);
  await eventually(() => expect(connection.getStatus()).toMatchObject({ state: 'connected', synced: true }));
  return connection;
}

describe('PairRoomConnection against a real server', () => {
  it('shows the maximum message to the partner whose racing tick was undone, still connected, with the same plan as the other', async () => {
    const w = await createWorkshop(server.url);
    const ana = await open(w.joinCode, 'Ana');
    const ben = await open(w.joinCode, 'Ben');
    for (const id of ids.slice(0, 13)) setPick(ana.doc, id, ana.actor, ana.serverNow());
    await eventually(() => expect(Object.keys(ben.getPlan().picks)).toHaveLength(13));
    const docs = [ana.doc, ben.doc];
    setPick(ana.doc, ids[20], ana.actor, ana.serverNow());
    setPick(ben.doc, ids[21], ben.actor, ben.serverNow());
    await eventually(() => {
      expect(Object.keys(ana.getPlan().picks)).toHaveLength(14);
      expect(ben.getPlan().picks).toEqual(ana.getPlan().picks);
    });
    const notices = [ana.getNotice(), ben.getNotice()].filter((n) => n !== null);
    expect(notices).toEqual([expect.objectContaining({ messageKey: 'rules.refusedMax', params: { max: '14' } })]);
    // Nobody reconnected or threw their document away.
    expect(ana.doc).toBe(docs[0]);
    expect(ben.doc).toBe(docs[1]);
    expect([ana.getStatus().state, ben.getStatus().state]).toEqual(['connected', 'connected']);
  });
});
