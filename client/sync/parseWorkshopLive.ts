/**
 * The workshop state (clock, lock, broadcast) arrives from the network as
 * `unknown`; this checks it all the way down, so a malformed message can
 * never put NaN on the countdown.
 */
import { CLOCK_STATUSES, type ClockState } from '../../shared/protocol/clock.js';
import type { Broadcast, WorkshopLive } from '../../shared/protocol/control.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function parseClock(v: unknown): ClockState | null {
  if (!isRecord(v)) return null;
  if (!(CLOCK_STATUSES as readonly unknown[]).includes(v.status)) return null;
  if (!isNumber(v.durationMs) || !isNumber(v.remainingMs)) return null;
  if (v.endsAt !== null && !isNumber(v.endsAt)) return null;
  return { status: v.status as ClockState['status'], durationMs: v.durationMs, endsAt: v.endsAt as number | null, remainingMs: v.remainingMs };
}

function parseBroadcast(v: unknown): Broadcast | null | undefined {
  if (v === null || v === undefined) return null;
  if (!isRecord(v) || typeof v.id !== 'string' || typeof v.text !== 'string' || !isNumber(v.at)) return undefined;
  return { id: v.id, text: v.text, at: v.at };
}

/** The workshop state, or `null` when `v` is not one. */
export function parseWorkshopLive(v: unknown): WorkshopLive | null {
  if (!isRecord(v) || typeof v.locked !== 'boolean') return null;
  const clock = parseClock(v.clock);
  const broadcast = parseBroadcast(v.broadcast);
  if (clock === null || broadcast === undefined) return null;
  return { clock, locked: v.locked, broadcast };
}
