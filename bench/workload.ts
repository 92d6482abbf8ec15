/**
 * The benchmark's workloads (issue 17), the same for every server: which
 * rooms exist, who is in them, which pairs type, and what watches each
 * workshop. Uniform: workshops of up to 500 pairs, one dashboard each
 * (pairplan; the reference servers have nothing watching). Mixed: 40
 * workshops × 25 pairs, each with a dashboard and a projector open —
 * pairplan's are two dashboard sockets (the projector reads the same
 * stream); for a reference server, which has no such thing, each stands-in
 * is a client that syncs every room of its workshop (so the server fans
 * every update out to the partner and both viewers).
 */
import type { ClientSpec } from './clientWorker.js';
import { isPairplan, type Target } from './servers.js';

export interface Workload {
  readonly pairsPerWorkshop: number;
  /** Viewers per workshop (dashboard, projector). */
  readonly viewers: number;
  /** Whether the reference servers get observers standing in for the viewers. */
  readonly observersForReferences: boolean;
  /** Share of the pairs whose partners also type (each in a note of its own). */
  readonly typingShare: number;
}

export const UNIFORM = { pairsPerWorkshop: 500, viewers: 1, observersForReferences: false } as const;
export const MIXED = { pairsPerWorkshop: 25, viewers: 2, observersForReferences: true } as const;

/**
 * Seconds of load before the window, the same rule for every server. V8
 * compiles a function once it has run often enough, so fewer pairs (fewer
 * updates a second) take longer to reach steady code: at 100 pairs 3 s left
 * 110 compiles (654 ms of the pinned core) in the window, 12 s left 28
 * (112 ms); at 500 pairs 8 s left 34 (docs/benchmark.md, "Warm-up").
 */
export const warmupSeconds = (pairs: number): number => Math.max(8, Math.ceil(1500 / pairs));

/** Whether pair `n` (1-based) of all pairs types: spread evenly, `share` of them. */
export const isTypingPair = (n: number, share: number): boolean => Math.floor(n * share) > Math.floor((n - 1) * share);

export interface Plan {
  specs: ClientSpec[];
  /** pairplan's workshops (their dashboards' keys). */
  workshops: { id: string; key: string }[];
  /** The reference servers' observers: the rooms each syncs. */
  observers: { rooms: string[] }[];
}

async function postJson(url: string, body: unknown): Promise<{ body: any; cookie: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return { body: await res.json(), cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] };
}

/** Creates the workshops and sessions (pairplan) or names the rooms (references). */
export async function planClients(target: Target, base: string, pairs: number, workload: Workload): Promise<Plan> {
  const plan: Plan = { specs: [], workshops: [], observers: [] };
  for (let offset = 0; offset < pairs; offset += workload.pairsPerWorkshop) {
    const count = Math.min(workload.pairsPerWorkshop, pairs - offset);
    const typing = (n: number): boolean => isTypingPair(offset + n, workload.typingShare);
    if (!isPairplan(target)) {
      const rooms = Array.from({ length: count }, (_, i) => `bench-${offset}-${i + 1}`);
      rooms.forEach((room, i) => {
        for (const who of ['a', 'b']) plan.specs.push({ room, actor: { id: `${who}${offset + i + 1}`, name: who }, typing: typing(i + 1) });
      });
      if (workload.observersForReferences) for (let v = 0; v < workload.viewers; v++) plan.observers.push({ rooms });
      continue;
    }
    const created = await postJson(`${base}/api/workshops`, { title: 'Bench', pairs: count });
    plan.workshops.push({ id: created.body.id, key: created.body.facilitatorKey });
    for (let n = 1; n <= count; n++) {
      for (const name of ['Ana', 'Ben']) {
        const joined = await postJson(`${base}/api/join`, { code: created.body.joinCode, name, pair: n });
        plan.specs.push({ room: `${created.body.id}/${n}`, cookie: joined.cookie, actor: { id: joined.body.participantId, name }, typing: typing(n) });
      }
    }
  }
  return plan;
}
