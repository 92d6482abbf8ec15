/**
 * A leader's dashboard socket. It must authenticate with its first frame,
 * `{"t":"auth","key":"…"}`, within {@link DASHBOARD_AUTH_MS}; until then it
 * may send nothing else, and nothing is sent to it.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { DASHBOARD_AUTH_MAX_LENGTH, dashboardServerMessageSchema, parseDashboardClientMessage } from '../../shared/protocol/dashboard.js';
import type { Wire } from '../../shared/protocol/wire.js';
import type { PairSummary } from '../../shared/tally/summarizePair.js';
import { verifyKey } from '../auth/secrets.js';
import type { AppContext } from '../context.js';
import type { DashboardHub } from '../workshops/DashboardHub.js';
import { findWorkshop } from '../workshops/findWorkshop.js';
import { toLeaderLive } from '../workshops/WorkshopService.js';
import { publicWorkshop } from '../workshops/publicWorkshop.js';
import { rosterChanged } from '../workshops/sessionChanges.js';

export const DASHBOARD_AUTH_MS = 5_000;

type DashboardServerFrame = Wire<typeof dashboardServerMessageSchema>;

export class DashboardSockets {
  /**
   * The hub hands every dashboard of a workshop the same array per frame
   * (the leader's screen and the projector, say): serialise it once.
   */
  private readonly pairsFrames = new WeakMap<readonly PairSummary[], string>();

  constructor(
    private readonly ctx: AppContext,
    private readonly hub: DashboardHub,
    private readonly wss: WebSocketServer,
  ) {}

  /** Accepts the socket of workshop `id`'s dashboard; it must then authenticate. */
  handle(req: IncomingMessage, socket: Duplex, head: Buffer, id: string): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      // wss.handleUpgrade with a callback emits nothing: announce the socket (the heartbeat tracks it).
      this.wss.emit('connection', ws, req);
      this.await(ws, id);
    });
  }

  private await(ws: WebSocket, workshopId: string): void {
    const timer = setTimeout(() => ws.close(CLOSE_CODES.UNAUTHORIZED, 'send the facilitator key first'), DASHBOARD_AUTH_MS);
    ws.once('message', (data, isBinary) => {
      clearTimeout(timer);
      void this.authenticate(ws, workshopId, isBinary ? null : data.toString()).catch((error: unknown) => {
        this.ctx.log.error({ err: error }, 'dashboard failed to open');
        ws.close(CLOSE_CODES.STORE_FAILED, 'the dashboard could not be opened; retrying');
      });
    });
    ws.on('error', () => undefined);
    ws.on('close', () => clearTimeout(timer));
  }

  private async authenticate(ws: WebSocket, workshopId: string, text: string | null): Promise<void> {
    const auth = text !== null && text.length < DASHBOARD_AUTH_MAX_LENGTH ? parseDashboardClientMessage(text) : null;
    if (auth?.t !== 'auth') return ws.close(CLOSE_CODES.UNAUTHORIZED, 'send the facilitator key first');
    const workshop = await findWorkshop(this.ctx.workshops, workshopId);
    if (!workshop) return ws.close(CLOSE_CODES.NOT_FOUND, 'no such workshop');
    if (!verifyKey(auth.key, workshop.keyHash)) return ws.close(CLOSE_CODES.FORBIDDEN, 'the facilitator key is not valid');
    if (ws.readyState !== ws.OPEN) return;

    const send = (message: DashboardServerFrame): void => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    };
    const subscriber = {
      sendSummaries: (summaries: readonly PairSummary[]): void => {
        let frame = this.pairsFrames.get(summaries);
        if (frame === undefined) this.pairsFrames.set(summaries, (frame = JSON.stringify({ t: 'pairs', summaries } satisfies DashboardServerFrame)));
        if (ws.readyState === ws.OPEN) ws.send(frame);
      },
    };
    let shown = workshop;
    const unsubscribeLive = this.ctx.workshops.subscribe(workshop.id, (next) => {
      if (rosterChanged(shown, next)) send({ t: 'roster', pairs: next.pairs.map(({ n, members }) => ({ n, members })) });
      shown = next;
      send({ t: 'live', live: toLeaderLive(next), serverNow: Date.now() });
    });
    const unsubscribeDeleted = this.ctx.workshops.onDeleted((id) => void (id === workshop.id && ws.close(CLOSE_CODES.NOT_FOUND, 'this workshop was deleted')));
    ws.on('close', () => {
      unsubscribeLive();
      unsubscribeDeleted();
      this.hub.unsubscribe(workshop.id, subscriber);
    });
    const summaries = await this.hub.subscribe(workshop, subscriber);
    const current = this.ctx.workshops.peek(workshop.id) ?? workshop;
    send({ t: 'init', workshop: publicWorkshop(current), live: toLeaderLive(current), summaries, serverNow: Date.now() });
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      // JSON that is no message is ignored; anything else closes the socket.
      const msg = parseDashboardClientMessage(data.toString());
      if (msg === undefined) ws.close(CLOSE_CODES.MALFORMED, 'malformed message');
      else if (msg?.t === 'ping') send({ t: 'pong', id: msg.id, serverNow: Date.now() });
    });
  }
}
