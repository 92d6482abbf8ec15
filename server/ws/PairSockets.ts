/**
 * The pair-room socket: the upgrade of `/ws/pair/<workshopId>/<pair>`.
 * The session cookie is checked before the room is loaded; a refused
 * socket is accepted only to be closed at once with a named code, so the
 * browser can tell the person why (a failed handshake would only say 1006).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import type { SocketTarget } from '../../shared/protocol/socketPaths.js';
import { participantSession } from '../auth/access.js';
import { isRevoked } from '../auth/revokedSessions.js';
import { moveOf, movedSessionToken } from '../auth/movedSessions.js';
import type { AppContext } from '../context.js';
import type { PairRoom } from '../rooms/PairRoom.js';
import { findWorkshop } from '../workshops/findWorkshop.js';
import { toLive } from '../workshops/WorkshopService.js';
import { BYTE_RATE, PairConnection } from './PairConnection.js';
import { TokenBucket } from './TokenBucket.js';
import { holdEarlyFrames, type EarlyFrames } from './earlyFrames.js';

/** Bounds on sockets, documented in docs/security.md. */
export const SOCKET_LIMITS = {
  /**
   * Different people in one pair room (2–3 partners, and room to spare for
   * someone who joined the wrong pair): a room is full only when this many
   * different people are in it, however many sockets they hold.
   */
  peoplePerRoom: 6,
  /** Sockets one person may hold in a room (tabs); a newer one closes their oldest. */
  perPerson: 3,
  /** Sockets in one workshop, across its pairs. */
  perWorkshop: 2_500,
} as const;

/** Participants' byte budgets remembered (the idle ones, full again, are forgotten first). */
const BYTE_BUDGETS_MAX = 20_000;

type PairTarget = Extract<SocketTarget, { kind: 'pair' }>;

export class PairSockets {
  private readonly perWorkshop = new Map<string, number>();
  /** Each participant's byte budget, by `<workshop>/<participant>`: it outlives their sockets. */
  private readonly byteBudgets = new Map<string, TokenBucket>();

  constructor(
    private readonly ctx: AppContext,
    private readonly wss: WebSocketServer,
  ) {}

  /** Accepts the socket of `target`'s room, then authorises it or closes it with a code. */
  handle(req: IncomingMessage, socket: Duplex, head: Buffer, target: PairTarget): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      // wss.handleUpgrade with a callback emits nothing: announce the socket (the heartbeat tracks it).
      this.wss.emit('connection', ws, req);
      // Frames that arrive while the room loads are held (within a cap) and replayed in order.
      const early = holdEarlyFrames(ws);
      this.admit(req, ws, target, early).catch((error: unknown) => {
        this.ctx.log.error({ err: error }, 'pair socket failed to open');
        ws.close(CLOSE_CODES.STORE_FAILED, 'the room could not be opened; retrying');
      });
    });
  }

  private async admit(req: IncomingMessage, ws: WebSocket, { workshopId, pair }: PairTarget, early: EarlyFrames): Promise<void> {
    const { ctx } = this;
    if (!this.originAllowed(req)) return ws.close(CLOSE_CODES.FORBIDDEN, 'connections from other sites are refused');
    const workshop = await findWorkshop(ctx.workshops, workshopId);
    // Without a session for it, an unknown workshop answers as a known one does: nobody learns which exist.
    const session = workshop ? participantSession(req.headers, workshop, ctx.sessionSecret) : null;
    if (!workshop || !session) return ws.close(CLOSE_CODES.UNAUTHORIZED, 'join the workshop first');
    if (!workshop.pairs.some((p) => p.n === pair)) return ws.close(CLOSE_CODES.NOT_FOUND, 'no such pair');
    if (session.p !== pair) return ws.close(CLOSE_CODES.FORBIDDEN, 'you can only open your own pair');
    const count = this.perWorkshop.get(workshop.id) ?? 0;
    if (count >= SOCKET_LIMITS.perWorkshop) return ws.close(CLOSE_CODES.FULL, 'this workshop has too many connections');

    this.perWorkshop.set(workshop.id, count + 1);
    let released = false;
    const releaseCount = (): void => {
      if (released) return;
      released = true;
      const n = (this.perWorkshop.get(workshop.id) ?? 1) - 1;
      if (n > 0) this.perWorkshop.set(workshop.id, n);
      else this.perWorkshop.delete(workshop.id);
    };
    ws.once('close', releaseCount);
    const room = await ctx.rooms.acquire(workshop, pair);
    if (ws.readyState !== ws.OPEN) return ctx.rooms.release(room);
    if (!this.makeRoomFor(room, session.pid)) {
      ctx.rooms.release(room);
      return ws.close(CLOSE_CODES.FULL, 'this pair already has as many people as it can hold');
    }
    const current = ctx.workshops.peek(workshop.id) ?? workshop;
    const connection = new PairConnection({
      ws,
      room,
      participantId: session.pid,
      name: session.n,
      log: ctx.log,
      hello: { t: 'workshop', live: toLive(current, pair), serverNow: Date.now() },
      participantBytes: this.byteBudget(`${workshop.id}/${session.pid}`),
      metrics: ctx.metrics,
      onClose: () => {
        unsubscribe();
        ctx.rooms.release(room);
      },
    });
    const unsubscribe = ctx.workshops.subscribe(workshop.id, (next) => {
      // "Leave" in another tab revoked this session: its open sockets go too.
      if (isRevoked(next, session)) return connection.close(CLOSE_CODES.UNAUTHORIZED, 'you left this workshop');
      // The leader moved this person (issue 14): their room follows them with a fresh session for the new pair.
      const move = moveOf(next, session);
      if (move) {
        connection.sendControl({ t: 'moved', pair: move.to, token: movedSessionToken(session, move.to, ctx.sessionSecret) });
        return connection.close(CLOSE_CODES.MOVED, `moved to pair ${move.to}`);
      }
      connection.sendControl({ t: 'workshop', live: toLive(next, pair), serverNow: Date.now() });
    });
    early.replay();
  }

  /**
   * Whether participant `pid` may open one more socket in `room`: a new
   * person only while fewer than {@link SOCKET_LIMITS.peoplePerRoom} others
   * are here (on any instance); a person already at
   * {@link SOCKET_LIMITS.perPerson} sockets has their oldest closed.
   */
  private makeRoomFor(room: PairRoom, pid: string): boolean {
    const own = [...room.peers].filter((p): p is PairConnection => p instanceof PairConnection && p.participantId === pid);
    if (own.length === 0) {
      // A watching leader (WatchConnection) is no person of the pair.
      const people = new Set([...room.peers].filter((p) => p instanceof PairConnection).map((p) => p.participantId));
      for (const p of room.presentParticipants()) people.add(p.id);
      people.delete(pid);
      if (people.size >= SOCKET_LIMITS.peoplePerRoom) return false;
    }
    own.sort((a, b) => a.openedAt - b.openedAt);
    for (const old of own.slice(0, Math.max(0, own.length - SOCKET_LIMITS.perPerson + 1))) {
      old.close(CLOSE_CODES.REPLACED, 'opened in another tab');
    }
    return true;
  }

  /** The byte budget of one participant, kept while it is not full again (bounded in number). */
  private byteBudget(key: string): TokenBucket {
    let budget = this.byteBudgets.get(key);
    if (budget) return budget;
    if (this.byteBudgets.size >= BYTE_BUDGETS_MAX) {
      for (const [k, b] of this.byteBudgets) if (b.full) this.byteBudgets.delete(k);
    }
    budget = new TokenBucket(BYTE_RATE.perSecond, BYTE_RATE.burst);
    if (this.byteBudgets.size < BYTE_BUDGETS_MAX) this.byteBudgets.set(key, budget);
    return budget;
  }

  /** Browsers send Origin; it must be this server's (tests and tools send none). */
  private originAllowed(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (!origin) return true;
    try {
      const host = new URL(origin).host;
      return host === req.headers.host || (this.ctx.config.publicUrl !== null && new URL(this.ctx.config.publicUrl).host === host);
    } catch {
      return false;
    }
  }
}
