/**
 * A workshop as the server keeps it. The list is copied into the workshop
 * when it is created, so a later edit of a built-in list (or a leader's own
 * imported list) never changes a running workshop's ids.
 */
import type { ActivityList, Rules } from '../../shared/lists/types.js';
import type { ClockState } from '../../shared/protocol/clock.js';
import type { Broadcast } from '../../shared/protocol/live.js';
import type { TimesUpSettings } from '../../shared/protocol/timesUp.js';

/** One person on a roster, placed in a pair. */
export interface RosterEntry {
  readonly name: string;
  readonly email?: string;
}

/** A pair (a Zoom breakout room): its number and who the roster placed in it. */
export interface PairSlot {
  readonly n: number;
  readonly members: readonly RosterEntry[];
  /** Names of people who joined this pair so far, not on its roster (issue 18; `joinedNames.ts`). */
  readonly joined?: readonly string[];
}

/** A participant session that "Leave" ended, kept until the token would have expired anyway. */
export interface RevokedSession {
  /** The session's {@link import('../auth/sessions.js').revocationId}. */
  readonly sid: string;
  /** When the token expires (epoch ms); the entry is pruned after that. */
  readonly exp: number;
}

/** A person the leader moved to another pair (issue 14; server/auth/movedSessions.ts). */
export interface PersonMove {
  /** The name they were moved under (their session's name, as the dashboard lists it). */
  readonly name: string;
  readonly from: number;
  readonly to: number;
  /** When (epoch ms): their sessions of `from` issued before it no longer open it. */
  readonly at: number;
}

/** Everything stored about a workshop (the facilitator key only as a hash). */
export interface WorkshopRecord {
  readonly id: string;
  readonly joinCode: string;
  readonly keyHash: string;
  readonly createdAt: number;
  readonly title: string;
  readonly list: ActivityList;
  readonly rules: Rules;
  readonly pairs: readonly PairSlot[];
  /** The time zone exports print times in (IANA; from the leader's browser). Absent in workshops made before it existed: UTC. */
  readonly timeZone?: string;
  readonly clock: ClockState;
  readonly locked: boolean;
  readonly broadcast: Broadcast | null;
  /** Sessions revoked by "Leave" (absent in workshops stored before it existed). */
  readonly revokedSessions?: readonly RevokedSession[];
  /** The Zoom meeting this workshop runs in, and which breakout room is which pair (issue 16; absent outside Zoom). */
  readonly zoom?: ZoomLink;
  /** People the leader moved to another pair (absent in workshops stored before it existed). */
  readonly moves?: readonly PersonMove[];
  /** Issue 14, messages: the current message to one pair, by pair number, and the history sent (shared/protocol/pairMessages.ts). Absent in older workshops. */
  readonly pairMessages?: Readonly<Record<string, Broadcast>>;
  readonly messages?: readonly Broadcast[];
  /** Issue 14, time's up: the warning and the automatic lock (absent: two minutes, no lock), and when the lock is due. */
  readonly timesUp?: TimesUpSettings;
  readonly autoLockAt?: number | null;
}

/** A workshop's Zoom meeting (its main meeting UUID) and the breakout room ↔ pair mapping. */
export interface ZoomLink {
  readonly meetingUUID: string;
  readonly rooms: readonly { readonly uuid: string; readonly pair: number }[];
}

/** The parts of a workshop that change while it runs. */
export type WorkshopChange = Partial<
  Pick<WorkshopRecord, 'clock' | 'locked' | 'broadcast' | 'pairs' | 'revokedSessions' | 'zoom' | 'title' | 'rules' | 'moves' | 'pairMessages' | 'messages' | 'timesUp' | 'autoLockAt'>
>;
