/**
 * The leader's actions on a running workshop, each `POST
 * /api/workshops/:id/<path>` behind the facilitator key: one entry here
 * (its body and answer schemas, and what it does, for the API document) is
 * what the server routes (server/http/leaderActions.ts gives each its
 * handler, typed so that an entry without one fails the typecheck), what the
 * OpenAPI document lists, and what the client posts (`postLeaderAction`). A
 * new action is its entry, its handler, its button and its two translations
 * (and a row in README's API table, which a test checks).
 */
import { z } from 'zod';
import { broadcastBody, clockBody } from './bodies.js';
import { broadcastResponse, clockResponse, lockResponse } from './responses.js';
import { addPairsBody, addPairsResponse, moveBody, moveResponse, renameBody, renameResponse, rulesChangeBody, rulesChangeResponse } from './sessionChanges.js';
import { helpBody, helpResponse } from './helpAnswer.js';
import { timesUpBody, timesUpResponse } from './timesUp.js';

/** One leader action: its body, its answer, and a sentence for the API document. */
export interface LeaderActionSpec {
  readonly body: z.ZodType;
  readonly response: z.ZodType;
  readonly summary: string;
}

const noBody = z.object({}).strict();

export const LEADER_ACTIONS = {
  clock: { body: clockBody, response: clockResponse, summary: 'Starts, pauses, resumes, extends, ends or resets the clock.' },
  broadcast: { body: broadcastBody, response: broadcastResponse, summary: 'Shows a message in every pair room, or with `pair` in that pair room only (empty takes it down).' },
  lock: { body: noBody, response: lockResponse, summary: 'Refuses every write to the pair rooms.' },
  unlock: { body: noBody, response: lockResponse, summary: 'Allows writes to the pair rooms again.' },
  // Changing the session while it runs (issue 14): shared/protocol/sessionChanges.ts.
  rename: { body: renameBody, response: renameResponse, summary: 'Renames the workshop; every screen shows the new title.' },
  rules: { body: rulesChangeBody, response: rulesChangeResponse, summary: 'Changes the rules; a lower maximum keeps every choice, and a plan over it shows the violation until the pair fixes it.' },
  'add-pairs': { body: addPairsBody, response: addPairsResponse, summary: 'Adds pairs after the last one (late arrivals); the join page offers them.' },
  move: { body: moveBody, response: moveResponse, summary: 'Moves a person to another pair; their open rooms follow them and their old session no longer opens the pair they left.' },
  help: { body: helpBody, response: helpResponse, summary: "Acknowledges a pair's help request (\"On my way\" in its room) or clears it." },
  timesUp: { body: timesUpBody, response: timesUpResponse, summary: "Changes the warning before the end and whether plans lock by themselves at time's up." },
} as const satisfies Readonly<Record<string, LeaderActionSpec>>;

export type LeaderActionId = keyof typeof LEADER_ACTIONS;
export const LEADER_ACTION_IDS = Object.keys(LEADER_ACTIONS) as LeaderActionId[];

/** What the client sends for action `id` (its body schema's input). */
export type LeaderActionBody<Id extends LeaderActionId> = z.input<(typeof LEADER_ACTIONS)[Id]['body']>;
/** What the server answers to action `id`. */
export type LeaderActionAnswer<Id extends LeaderActionId> = z.output<(typeof LEADER_ACTIONS)[Id]['response']>;

/** The path of action `id` under a workshop. */
export function leaderActionPath(workshopId: string, id: LeaderActionId): string {
  return `/api/workshops/${encodeURIComponent(workshopId)}/${id}`;
}
