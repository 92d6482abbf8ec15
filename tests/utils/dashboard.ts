/** A leader's dashboard stream as a real WebSocket client, collecting frames. */
import WebSocket from 'ws';
import type { DashboardServerMessage } from '../../shared/protocol/dashboard.js';
import { dashboardSocketPath } from '../../shared/protocol/socketPaths.js';
import type { PairSummary } from '../../shared/tally/summarizePair.js';

export interface DashboardClient {
  ws: WebSocket;
  messages: DashboardServerMessage[];
  /** The latest summary of each pair, from init and delta frames. */
  latest: Map<number, PairSummary>;
  closed: Promise<{ code: number; reason: string }>;
}

export function openDashboard(base: string, workshopId: string, key: string): DashboardClient {
  const ws = new WebSocket(`${base.replace(/^http/, 'ws')}${dashboardSocketPath(workshopId)}`);
  const client: DashboardClient = {
    ws,
    messages: [],
    latest: new Map(),
    closed: new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))),
  };
  ws.on('open', () => ws.send(JSON.stringify({ t: 'auth', key })));
  ws.on('error', () => undefined);
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as DashboardServerMessage;
    client.messages.push(msg);
    if (msg.t === 'init' || msg.t === 'pairs') for (const s of msg.summaries) client.latest.set(s.n, s);
  });
  return client;
}
