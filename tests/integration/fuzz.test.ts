/**
 * 10,000 hostile frames against the pair-room endpoint: random bytes,
 * truncated sync messages, huge varints, wrong message types, oversized
 * payloads, garbage awareness and control frames. The server stays up,
 * memory stays bounded, every refusal closes with one of our named codes
 * (never a crash's 1006 or 1011), and two honest partners in another room
 * keep syncing throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { setPick, removePick, toSnapshot, initPlanDoc } from '../../shared/doc/planDoc.js';
import { CLOSE_CODES, closeCodeName } from '../../shared/protocol/closeCodes.js';
import { CONTROL_MESSAGE_TYPE, encodeControl } from '../../shared/protocol/control.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, joinPair } from '../utils/api.js';
import { connectPartner, synced, type Partner } from '../utils/partner.js';
import { eventually } from '../utils/eventually.js';

const FRAMES = 10_000;

/** How the server may refuse a hostile frame; 1005 is the attacker's own close (no code) after the last frame. */
const REFUSALS: readonly number[] = [CLOSE_CODES.MALFORMED, CLOSE_CODES.TOO_LARGE, CLOSE_CODES.INVALID_UPDATE, CLOSE_CODES.RATE_LIMITED];
const OWN_CLOSE = 1005;

/** A small seeded PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function frameFactory(random: () => number, validUpdate: Uint8Array): () => Uint8Array {
  const bytes = (n: number): Uint8Array => {
    const out = new Uint8Array(n);
    for (let i = 0; i < Math.min(n, 256); i++) out[i] = Math.floor(random() * 256);
    return out;
  };
  const message = (write: (e: encoding.Encoder) => void): Uint8Array => {
    const e = encoding.createEncoder();
    write(e);
    return encoding.toUint8Array(e);
  };
  const mutate = (src: Uint8Array): Uint8Array => {
    const out = Uint8Array.from(src);
    for (let i = 0; i < 1 + Math.floor(random() * 4); i++) out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
    return out;
  };
  const syncUpdate = message((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, validUpdate);
  });
  const kinds: (() => Uint8Array)[] = [
    () => bytes(1 + Math.floor(random() * 64)),
    () => syncUpdate.slice(0, Math.max(1, Math.floor(random() * syncUpdate.length))),
    () => mutate(syncUpdate),
    () => message((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint(e, 2 ** 52))),
    () => message((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 0xffffffff))),
    () => message((e) => encoding.writeVarUint(e, 5 + Math.floor(random() * 90))),
    () => message((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, bytes(Math.floor(random() * 40))))),
    () => message((e) => (encoding.writeVarUint(e, CONTROL_MESSAGE_TYPE), encoding.writeVarString(e, '{"t":"ping","id":' + '9'.repeat(30) + '}'))),
    () => message((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, bytes(300_000)))),
    () => message((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 0), encoding.writeVarUint8Array(e, bytes(20)))),
  ];
  return () => kinds[Math.floor(random() * kinds.length)]();
}

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ LOG_LEVEL: 'warn' });
});
afterAll(async () => {
  await server.close();
});

describe('the pair-room endpoint under a fuzz of 10,000 frames', () => {
  it('stays up, bounded, and keeps an honest pair syncing', async () => {
    const w = await createWorkshop(server.url, { title: 'Fuzz', pairs: 2 });
    const honestA: Partner = await connectPartner(server.url, w.joinCode, 'Ana', 1);
    const honestB: Partner = await connectPartner(server.url, w.joinCode, 'Ben', 1);
    await Promise.all([synced(honestA), synced(honestB)]);
    const attacker = await joinPair(server.url, w.joinCode, 'Mallory', 2);
    const source = initPlanDoc(new Y.Doc());
    setPick(source, 'create-awareness-1', { id: attacker.participantId, name: 'Mallory' }, 1);
    const nextFrame = frameFactory(prng(20261122), Y.encodeStateAsUpdate(source));

    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let sent = 0;
    let connections = 0;
    let honestRounds = 0;
    const closeCodes = new Map<number, number>();
    const url = `${server.url.replace('http', 'ws')}/ws/pair/${w.id}/2`;
    const ping = (id: number): Uint8Array => encodeControl({ t: 'ping', id });
    // Each frame is followed by a ping: the pong proves the server processed the frame and
    // is still serving this socket; a close means it refused it. Then the next frame (or a new socket).
    const attack = async (): Promise<void> => {
      while (sent < FRAMES) {
        connections++;
        const ws = new WebSocket(url, { headers: { cookie: attacker.cookie } });
        ws.on('error', () => undefined);
        await new Promise<void>((resolve) => {
          let waiting = -1;
          const next = (): void => {
            if (sent >= FRAMES) return void ws.close();
            waiting = ++sent;
            ws.send(nextFrame());
            ws.send(ping(waiting));
          };
          ws.on('open', next);
          ws.on('message', (data: Buffer) => {
            if (data[0] === CONTROL_MESSAGE_TYPE && data.includes(Buffer.from(`"id":${waiting},`))) next();
          });
          ws.on('close', (code) => {
            closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1);
            resolve();
          });
        });
      }
    };
    const honest = async (): Promise<void> => {
      const ids = ['share-knowledge-1', 'share-knowledge-2', 'guide-learning-1'];
      while (sent < FRAMES) {
        const id = ids[honestRounds % ids.length];
        setPick(honestA.doc, id, honestA.actor, Date.now());
        await eventually(() => expect(toSnapshot(honestB.doc).picks[id]).toBeDefined(), 5_000);
        removePick(honestB.doc, id);
        await eventually(() => expect(toSnapshot(honestA.doc).picks[id]).toBeUndefined(), 5_000);
        honestRounds++;
      }
    };
    await Promise.all([attack(), attack(), honest()]);
    global.gc?.();
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;

    expect(sent).toBe(FRAMES);
    expect(honestRounds).toBeGreaterThan(3);
    expect(heapGrowth).toBeLessThan(150 * 1024 * 1024);
    // Every close is a refusal we named (or the attacker's own); the fuzz reaches the decoder and the validator both.
    const unexpected = [...closeCodes.keys()].filter((code) => code !== OWN_CLOSE && !REFUSALS.includes(code));
    expect(unexpected.map((code) => `${code} ${closeCodeName(code) ?? 'unnamed'}`)).toEqual([]);
    expect(closeCodes.get(CLOSE_CODES.MALFORMED)).toBeGreaterThan(0);
    expect(closeCodes.get(CLOSE_CODES.INVALID_UPDATE)).toBeGreaterThan(0);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    // The attacked room still holds only what the schema allows.
    const stored = await server.app.ctx.store.loadUpdates(`${w.id}/2`);
    const doc = initPlanDoc(new Y.Doc());
    for (const u of stored) Y.applyUpdate(doc, u.data);
    expect(Object.keys(toSnapshot(doc).picks).every((id) => id === 'create-awareness-1')).toBe(true);
    console.info(
      `fuzz: ${sent} frames over ${connections} connections; closes by code ${JSON.stringify(Object.fromEntries(closeCodes))}; honest rounds ${honestRounds}; heap growth ${(heapGrowth / 1e6).toFixed(1)} MB`,
    );
    honestA.destroy();
    honestB.destroy();
  }, 120_000);
});
