/**
 * A partner as a real y-websocket client in Node: a Y.Doc, the stock
 * `WebsocketProvider`, and the session cookie on the upgrade request.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { initPlanDoc } from '../../shared/doc/planDoc.js';
import type { Actor } from '../../shared/doc/schema.js';
import { CONTROL_MESSAGE_TYPE, parseServerControl, readControlJson, type ServerControl } from '../../shared/protocol/control.js';
import { SOCKET_PATHS, roomKey } from '../../shared/protocol/socketPaths.js';
import { joinPair } from './api.js';

/** A `WebSocket` class that sends `cookie` with the handshake. */
export function webSocketWithCookie(cookie: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  } as unknown as typeof WebSocket;
}

export interface Partner {
  doc: Y.Doc;
  provider: WebsocketProvider;
  actor: Actor;
  cookie: string;
  /** Close events the provider saw. */
  closes: { code: number; reason: string }[];
  /** Control messages (clock, lock, broadcast, pongs) the server sent. */
  controls: ServerControl[];
  destroy(): void;
}

/** Joins a pair over HTTP and connects to its room. */
export async function connectPartner(base: string, joinCode: string, name: string, pair: number): Promise<Partner> {
  const joined = await joinPair(base, joinCode, name, pair);
  return connectWithCookie(base, joined.workshopId, pair, joined.cookie, { id: joined.participantId, name });
}

/** Connects to a pair room with an existing cookie. */
export function connectWithCookie(base: string, workshopId: string, pair: number, cookie: string, actor: Actor): Partner {
  const doc = initPlanDoc(new Y.Doc());
  const provider = new WebsocketProvider(`${base.replace(/^http/, 'ws')}${SOCKET_PATHS.pair}`, roomKey(workshopId, pair), doc, {
    WebSocketPolyfill: webSocketWithCookie(cookie) as never,
    disableBc: true,
    maxBackoffTime: 200,
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  const controls: ServerControl[] = [];
  provider.messageHandlers[CONTROL_MESSAGE_TYPE] = (_encoder, decoder) => {
    const message = parseServerControl(readControlJson(decoder));
    if (message) controls.push(message);
  };
  provider.awareness.setLocalState({ user: { id: actor.id, name: actor.name, color: '#336699' } });
  return {
    doc,
    provider,
    actor,
    cookie,
    closes,
    controls,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves when the provider has synced with the server. */
export function synced(partner: Partner): Promise<void> {
  if (partner.provider.synced) return Promise.resolve();
  return new Promise((resolve) => {
    const onSync = (isSynced: boolean): void => {
      if (!isSynced) return;
      partner.provider.off('sync', onSync);
      resolve();
    };
    partner.provider.on('sync', onSync);
  });
}
