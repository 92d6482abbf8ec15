/**
 * The leader's read-only socket to a pair room: the upgrade of
 * `/ws/watch/<workshopId>/<pair>` (issue 14 "Open a pair"). As the
 * dashboard's, it authenticates with its first frame,
 * `{"t":"auth","key":"…"}` — the facilitator key never travels in a URL —
 * within {@link DASHBOARD_AUTH_MS}; what the provider sends right after it is
 * held (earlyFrames.ts) until the room is open.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { DASHBOARD_AUTH_MAX_LENGTH, parseDashboardClientMessage } from '../../shared/protocol/dashboard.js';
import type { SocketTarget } from '../../shared/protocol/socketPaths.js';
import { verifyKey } from '../auth/secrets.js';
import type { AppContext } from '../context.js';
import { findWorkshop } from '../workshops/findWorkshop.js';
import { toLive } from '../workshops/WorkshopService.js';
import { DASHBOARD_AUTH_MS } from './DashboardSockets.js';
import { holdEarlyFrames, type EarlyFrames } from './earlyFrames.js';
import { WatchConnection } from './WatchConnection.js';

type WatchTarget = Extract<SocketTarget, { kind: 'watch' }>;

/** Leader sockets watching one room on one instance (a few tabs; the projector does not watch). */
export const WATCHERS_PER_ROOM = 8;

export class WatchSockets {
  private readonly perRoom = new Map<string, number>();

  constructor(
    private readonly ctx: AppContext,
    private readonly wss: WebSocketServer,
  ) {}

  /** Accepts the socket; it must then send the facilitator key. */
  handle(req: IncomingMessage, socket: Duplex, head: Buffer, target: WatchTarget): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.wss.emit('connection', ws, req);
      const timer = setTimeout(() => ws.close(CLOSE_CODES.UNAUTHORIZED, 'send the facilitator key first'), DASHBOARD_AUTH_MS);
      const early = holdEarlyFrames(ws, (data, isBinary) => {
        clearTimeout(timer);
        this.admit(ws, target, isBinary ? null : data.toString(), early).catch((error: unknown) => {
          this.ctx.log.error({ err: error }, 'watch socket failed to open');
          ws.close(CLOSE_CODES.STORE_FAILED, 'the room could not be opened; retrying');
        });
      });
      ws.on('error', () => undefined);
      ws.on('close', () => clearTimeout(timer));
    });
  }

  private async admit(ws: WebSocket, { workshopId, pair }: WatchTarget, text: string | null, early: EarlyFrames): Promise<void> {
    const { ctx } = this;
    const auth = text !== null && text.length < DASHBOARD_AUTH_MAX_LENGTH ? parseDashboardClientMessage(text) : null;
    if (auth?.t !== 'auth') return ws.close(CLOSE_CODES.UNAUTHORIZED, 'send the facilitator key first');
    const workshop = await findWorkshop(ctx.workshops, workshopId);
    if (!workshop) return ws.close(CLOSE_CODES.NOT_FOUND, 'no such workshop');
    if (!verifyKey(auth.key, workshop.keyHash)) return ws.close(CLOSE_CODES.FORBIDDEN, 'the facilitator key is not valid');
    if (!workshop.pairs.some((p) => p.n === pair)) return ws.close(CLOSE_CODES.NOT_FOUND, 'no such pair');
    const room = await ctx.rooms.acquire(workshop, pair);
    const count = this.perRoom.get(room.key) ?? 0;
    if (ws.readyState !== ws.OPEN || count >= WATCHERS_PER_ROOM) {
      ctx.rooms.release(room);
      return ws.close(CLOSE_CODES.FULL, 'this room is watched from too many tabs');
    }
    this.perRoom.set(room.key, count + 1);
    const releaseCount = (): void => {
      const n = (this.perRoom.get(room.key) ?? 1) - 1;
      if (n > 0) this.perRoom.set(room.key, n);
      else this.perRoom.delete(room.key);
    };
    const current = ctx.workshops.peek(workshop.id) ?? workshop;
    const connection = new WatchConnection({
      ws,
      room,
      log: ctx.log,
      metrics: ctx.metrics,
      hello: { t: 'workshop', live: toLive(current, pair), serverNow: Date.now() },
      onClose: () => {
        unsubscribe();
        releaseCount();
        ctx.rooms.release(room);
      },
    });
    const unsubscribe = ctx.workshops.subscribe(workshop.id, (next) => connection.sendControl({ t: 'workshop', live: toLive(next, pair), serverNow: Date.now() }));
    early.replay();
  }
}
