/**
 * The simulated Zoom meeting the browser tests run in (issue 16): one main
 * meeting, its breakout rooms and the people in it, each person a Chromium
 * page whose app calls the Zoom client through `window.__zoomCall`
 * (fakeZoomSdk.ts). It answers as the SDK's types say
 * (node_modules/@zoom/appssdk/dist/sdk.d.ts): the owner sees rooms with
 * their participants and the unassigned; others see room names only, and
 * only while rooms are open. It encrypts each context with the test app's
 * secret, so the server's verification is the real one, and fires
 * `onBreakoutRoomChange` when someone is moved — the page is never reloaded.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { ZoomBreakoutRooms, ZoomMeetingUUID, ZoomRoomChange, ZoomUserContext } from '../../../client/zoom/zoomClient.js';
import { encryptZoomContext, zoomContextFields } from '../../utils/encryptZoomContext.js';

interface Room {
  readonly uuid: string;
  readonly name: string;
}

/** Someone in the meeting. */
export interface ZoomPerson {
  readonly participantUUID: string;
  readonly screenName: string;
  readonly role: 'host' | 'attendee';
  /** The breakout room they are in, or `null` in the main room. */
  room: string | null;
  /** The room the host assigned them (they go there when rooms open). */
  assigned: string | null;
  page: Page | null;
}

/** A Zoom UUID: base64 like Zoom's. */
const zoomUuid = (): string => Buffer.from(randomUUID().replace(/-/g, ''), 'hex').toString('base64');

export class ZoomMeeting {
  readonly meetingUUID = zoomUuid();
  readonly rooms: Room[] = [];
  readonly people: ZoomPerson[] = [];
  state: 'open' | 'closed' = 'closed';
  invitations = 0;

  /** Someone joins the meeting (in the main room). */
  join(screenName: string, role: ZoomPerson['role'] = 'attendee'): ZoomPerson {
    const person: ZoomPerson = { participantUUID: zoomUuid(), screenName, role, room: null, assigned: null, page: null };
    this.people.push(person);
    return person;
  }

  /** Opens the app for `person` in `page`: the page's `__zoomCall` is this meeting, as them. */
  async openApp(person: ZoomPerson, page: Page, base: string): Promise<void> {
    person.page = page;
    await page.exposeFunction('__zoomCall', (method: string, args: unknown[]) => this.call(person, method, args));
    await page.goto(`${base}/zoom`);
  }

  /** A room made in Zoom's own UI (not by pairplan). */
  addRoomInZoom(name: string): string {
    const uuid = zoomUuid();
    this.rooms.push({ uuid, name });
    return uuid;
  }

  /** The host moves `person` to `roomUUID` (Zoom fires leave, then join, in their app). */
  async move(person: ZoomPerson, roomUUID: string): Promise<void> {
    const from = person.room;
    person.room = roomUUID;
    person.assigned = roomUUID;
    if (from) await this.emit(person, { action: 'leave', breakoutRoomUUID: from });
    await this.emit(person, { action: 'join', breakoutRoomUUID: roomUUID });
  }

  roomNamed(name: string): Room {
    const room = this.rooms.find((r) => r.name === name);
    if (!room) throw new Error(`no room ${name}`);
    return room;
  }

  private async emit(person: ZoomPerson, change: ZoomRoomChange): Promise<void> {
    await person.page?.evaluate((c) => window.__zoomEmit?.(c), change);
  }

  private list(person: ZoomPerson): ZoomBreakoutRooms {
    const owner = person.role === 'host';
    if (!owner && this.state !== 'open') throw new Error('Breakout rooms are not open');
    return {
      state: this.state,
      rooms: this.rooms.map((r) => ({
        breakoutRoomId: r.uuid,
        name: r.name,
        ...(owner ? { participants: this.people.filter((p) => p.assigned === r.uuid).map((p) => ({ participantUUID: p.participantUUID, displayName: p.screenName })) } : {}),
      })),
      ...(owner ? { unassigned: this.people.filter((p) => p.assigned === null && p.role !== 'host').map((p) => ({ participantUUID: p.participantUUID, displayName: p.screenName })) } : {}),
    };
  }

  private requireHost(person: ZoomPerson): void {
    if (person.role !== 'host') throw new Error('Only the host can do that');
  }

  /** One SDK call of `person`'s app. */
  private async call(person: ZoomPerson, method: string, args: unknown[]): Promise<unknown> {
    switch (method) {
      case 'config':
        return { runningContext: 'inMeeting' };
      case 'getAppContext': {
        const mid = person.room ?? this.meetingUUID;
        return encryptZoomContext(zoomContextFields({ uid: `user-${person.participantUUID.slice(0, 6)}`, mid, ...(person.room ? { bmid: person.room } : {}), attendrole: person.role === 'host' ? 'host' : 'participant' }));
      }
      case 'getMeetingUUID':
        return (person.room ? { meetingUUID: person.room, parentUUID: this.meetingUUID } : { meetingUUID: this.meetingUUID }) satisfies ZoomMeetingUUID;
      case 'getUserContext':
        return { screenName: person.screenName, participantUUID: person.participantUUID, role: person.role } satisfies ZoomUserContext;
      case 'getBreakoutRoomList':
        return this.list(person);
      case 'createBreakoutRooms': {
        this.requireHost(person);
        const names = args[0] as string[];
        this.rooms.splice(0, this.rooms.length, ...names.map((name) => ({ uuid: zoomUuid(), name })));
        for (const p of this.people) p.assigned = null;
        return this.list(person);
      }
      case 'assignParticipantToBreakoutRoom': {
        this.requireHost(person);
        const [room, participant] = args as [string, string];
        const who = this.people.find((p) => p.participantUUID === participant);
        if (!who || !this.rooms.some((r) => r.uuid === room)) throw new Error('No such room or participant');
        who.assigned = room;
        return { message: 'Success' };
      }
      case 'openBreakoutRooms':
        this.requireHost(person);
        this.state = 'open';
        for (const p of this.people) if (p.assigned && p.room !== p.assigned) await this.move(p, p.assigned);
        return { message: 'Success' };
      case 'sendAppInvitationToAllParticipants':
        if (person.room !== null) throw new Error('Send the invitation from the main session');
        this.invitations += 1;
        return { message: 'Success' };
      default:
        throw new Error(`The simulated Zoom client has no ${method}`);
    }
  }
}
