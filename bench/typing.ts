/**
 * The cost of typed text on the server (issue "Nothing typed is lost"):
 * one partner types 6,000 keystrokes into six notes (each kept under 480
 * characters by deleting from its start), every keystroke its own update,
 * through a real PairRoom and SQLite store: judged on the shadow (plain
 * text only, the merged length), stored in group commits and applied.
 * Prints the cost per keystroke and the judging time's p50 / p99 / max.
 * Run: `npm run bench:typing`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { initPlanDoc } from '../shared/doc/planDoc.js';
import { sharedText } from '../shared/doc/sharedText.js';
import { ESSENTIAL_LIST_2020_21 as list } from '../shared/lists/essentialList2020.js';
import { PairRoom } from '../server/rooms/PairRoom.js';
import { SqliteStore } from '../server/store/SqliteStore.js';
import { LocalRelay } from '../server/cluster/Relay.js';
import { createLogger } from '../server/logger.js';

const store = new SqliteStore(mkdtempSync(join(tmpdir(), 'typing-')));
const room = await PairRoom.load({ key: 'w/1', list, store, log: createLogger('silent'), relay: new LocalRelay(), isLocked: () => false, rules: () => list.rules, onStoreFailed: () => undefined, onChange: () => undefined } as never);
const peer = { participantId: 'p1', name: 'Ana', send: () => undefined, close: () => undefined };
room.addPeer(peer as never);
const doc = initPlanDoc(new Y.Doc());
const ids = list.strategies.flatMap((s) => s.activities.map((a) => a.id));
const N = 6000;
const times: number[] = [];
let pending: Promise<unknown>[] = [];
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  const id = ids[i % 6];
  const text = sharedText(doc, id, 'note');
  const before = Y.encodeStateVector(doc);
  if (text.length >= 480) text.delete(0, 40);
  text.insert(text.length, 'abcdefghij'[i % 10]);
  const u = Y.encodeStateAsUpdate(doc, before);
  const s = performance.now();
  const r = room.ingest(u, peer as never);
  times.push(performance.now() - s);
  if ((r as { refusal: unknown }).refusal) throw new Error('refused ' + JSON.stringify((r as { refusal: unknown }).refusal));
  pending.push((r as { applied: Promise<unknown> }).applied);
  if (pending.length >= 50) { await Promise.all(pending); pending = []; }
}
await Promise.all(pending);
const total = performance.now() - t0;
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.floor(p * (times.length - 1))].toFixed(3);
console.log(`${N} keystrokes into 6 notes of up to 480 chars: total ${total.toFixed(0)} ms (${(total / N).toFixed(3)} ms each, stored and applied); judging (ingest) p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${q(1)} ms`);
room.destroy();
await store.close();
