/**
 * The flooding participant of bench/flood.ts, as its own process:
 * `floodSender.ts <url> <workshopId> <joinCode> <updates> <perUpdate>`.
 * Joins pair 1, then sends, as fast as the server accepts (under its frame
 * rate, letting the socket drain), updates that each overwrite one note
 * `perUpdate` times, until done or closed; sends its result to the parent.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { initPlanDoc, setDetail, setPick } from '../shared/doc/planDoc.js';
import type { Actor } from '../shared/doc/schema.js';
import { ESSENTIAL_LIST_2020_21 } from '../shared/lists/essentialList2020.js';
import { closeCodeName } from '../shared/protocol/closeCodes.js';
import { MESSAGE_RATE } from '../server/ws/PairConnection.js';
import { joinPair } from '../tests/utils/api.js';
import { webSocketWithCookie } from '../tests/utils/partner.js';

const [url, workshopId, joinCode, updates, perUpdate] = process.argv.slice(2);
const UPDATES = Number(updates);
const PER_UPDATE = Number(perUpdate);
const ids = ESSENTIAL_LIST_2020_21.strategies.flatMap((s) => s.activities.map((a) => a.id));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A y-websocket sync-update frame. */
function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

interface FloodResult {
  sent: number;
  bytes: number;
  seconds: number;
  closed: string;
}

/** (a): one socket, updates that overwrite one note, paced under the frame rate, until done or closed. */
async function flood(workshop: { id: string; joinCode: string }): Promise<FloodResult> {
  const joined = await joinPair(url, workshop.joinCode, 'Mallory', 1);
  const actor: Actor = { id: joined.participantId, name: 'Mallory' };
  const Ws = webSocketWithCookie(joined.cookie);
  const ws = new Ws(`${url.replace(/^http/, 'ws')}/ws/pair/${workshop.id}/1`);
  let closed = 'still open';
  ws.on('close', (code: number, reason: Buffer) => {
    if (closed === 'still open') closed = `closed by the server after ${sent} updates: ${code} ${closeCodeName(code) ?? ''} "${reason.toString()}"`;
  });
  ws.on('error', () => undefined);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  // The sender keeps deleted content, so every overwritten note is in its updates.
  const doc = initPlanDoc(new Y.Doc({ gc: false }));
  setPick(doc, ids[0], actor, Date.now());
  ws.send(updateFrame(Y.encodeStateAsUpdate(doc)));
  const started = performance.now();
  let sent = 0;
  let tokens = MESSAGE_RATE.burst / 2;
  let last = performance.now();
  let bytes = 0;
  for (; sent < UPDATES && ws.readyState === WebSocket.OPEN; sent++) {
    const before = Y.encodeStateVector(doc);
    doc.transact(() => {
      for (let j = 0; j < PER_UPDATE; j++) setDetail(doc, ids[0], 'note', `${sent}.${j} `.padEnd(500, 'x'));
    });
    const update = Y.encodeStateAsUpdate(doc, before);
    // Stay under the server's frame rate (a token bucket as the server's) and let the socket drain.
    for (;;) {
      const now = performance.now();
      tokens = Math.min(MESSAGE_RATE.burst / 2, tokens + ((now - last) / 1000) * MESSAGE_RATE.perSecond * 0.8);
      last = now;
      if (tokens >= 1 && ws.bufferedAmount < 2 * update.byteLength) break;
      await sleep(5);
    }
    tokens--;
    ws.send(updateFrame(update));
    bytes += update.byteLength;
  }
  while (ws.readyState === WebSocket.OPEN && ws.bufferedAmount > 0) await sleep(10);
  const seconds = (performance.now() - started) / 1000;
  await sleep(1000);
  if (ws.readyState === WebSocket.OPEN) closed = 'open to the end (closed by the bench)';
  ws.close();
  await sleep(200);
  doc.destroy();
  return { sent, bytes, seconds, closed };
}


process.send!(await flood({ id: workshopId, joinCode }));
process.exit(0);
