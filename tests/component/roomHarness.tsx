/**
 * A pair room for component tests: the real PairRoomConnection with its
 * socket closed (`connect: false`), so components read and write a real
 * local Y.Doc through shared/doc. A partner's edits arrive as a remote Yjs
 * update and their presence as a real awareness update — what the provider
 * would apply — and control messages go through the provider's handler.
 */
import type { ReactNode } from 'react';
import { afterEach } from 'vitest';
import { act, cleanup, render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { initI18n } from '../../client/i18n/index.js';
import { RoomContext, type RoomModel } from '../../client/features/pair-room/RoomContext.js';
import { resetUiStore } from '../../client/stores/uiStore.js';
import { PairRoomConnection } from '../../client/sync/PairRoomConnection.js';
import { setPick } from '../../shared/doc/planDoc.js';
import type { Actor } from '../../shared/doc/schema.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import type { ActivityList, Rules } from '../../shared/lists/types.js';
import { CONTROL_MESSAGE_TYPE, encodeControl, type ServerControl } from '../../shared/protocol/control.js';
import type { WorkshopLive } from '../../shared/protocol/live.js';

export const LIST = ESSENTIAL_LIST_2020_21;
export const ANA: Actor = { id: 'p-ana', name: 'Ana Ruiz' };
export const MARIA: Actor = { id: 'p-maria', name: 'Maria Lopez' };

const connections: PairRoomConnection[] = [];
afterEach(() => {
  cleanup();
  for (const c of connections.splice(0)) c.destroy();
  resetUiStore();
});

export interface RoomOptions {
  readonly actor?: Actor;
  readonly list?: ActivityList;
  readonly rules?: Rules;
  readonly live?: WorkshopLive | null;
}

/** A room for `actor` (Ana by default) on the Essential List, with no server. */
export function createRoom(options: RoomOptions = {}): RoomModel {
  const actor = options.actor ?? ANA;
  const list = options.list ?? LIST;
  const connection = new PairRoomConnection({
    workshopId: 'w-test',
    pair: 1,
    actor,
    serverUrl: 'http://127.0.0.1:9',
    connect: false,
    live: options.live ?? null,
  });
  connections.push(connection);
  return { connection, actor, list, rules: options.rules ?? list.rules };
}

/** Renders `ui` inside the room, in English. */
export function renderInRoom(ui: ReactNode, room: RoomModel): RenderResult {
  const i18n = initI18n('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <RoomContext value={room}>{ui}</RoomContext>
    </I18nextProvider>,
  );
}

/** As if the first sync with the server had finished (partner changes are announced from then on). */
export function markSynced(room: RoomModel): void {
  act(() => {
    room.connection.provider.synced = true;
  });
}

/** A partner's edit, made on their own doc and arriving here as a remote update. */
export function fromPartner(room: RoomModel, edit: (doc: Y.Doc) => void): void {
  const partnerDoc = new Y.Doc();
  Y.applyUpdate(partnerDoc, Y.encodeStateAsUpdate(room.connection.doc));
  const before = Y.encodeStateVector(partnerDoc);
  edit(partnerDoc);
  const update = Y.encodeStateAsUpdate(partnerDoc, before);
  act(() => Y.applyUpdate(room.connection.doc, update, 'test-remote'));
  partnerDoc.destroy();
}

/** A partner's presence, arriving as the awareness update the server relays. */
export function partnerJoins(room: RoomModel, partner: Actor): void {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { id: partner.id, name: partner.name, color: '#b91c1c' } });
  const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
  act(() => awarenessProtocol.applyAwarenessUpdate(room.connection.provider.awareness, update, 'test-remote'));
  awareness.destroy();
  doc.destroy();
}

/** A control message from the server, through the provider's message handler. */
export function receiveControl(room: RoomModel, message: ServerControl): void {
  const decoder = decoding.createDecoder(encodeControl(message));
  decoding.readVarUint(decoder);
  const provider = room.connection.provider;
  act(() => provider.messageHandlers[CONTROL_MESSAGE_TYPE](encoding.createEncoder(), decoder, provider, true, CONTROL_MESSAGE_TYPE));
}

/** Ticks `ids` directly in the doc, as `actor`. */
export function pick(room: RoomModel, ids: readonly string[], actor: Actor = room.actor): void {
  act(() => {
    for (const id of ids) setPick(room.connection.doc, id, actor, 1_000);
  });
}

/** All activity ids of the list, strategy by strategy. */
export function activityIds(list: ActivityList = LIST): string[] {
  return list.strategies.flatMap((s) => s.activities.map((a) => a.id));
}

/** The text of an activity by id. */
export function activityText(id: string, list: ActivityList = LIST): string {
  for (const s of list.strategies) for (const a of s.activities) if (a.id === id) return a.text;
  throw new Error(`no activity ${id}`);
}
