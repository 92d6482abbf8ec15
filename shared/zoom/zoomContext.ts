/**
 * The Zoom App context, decrypted: the fields pairplan reads, as the
 * `DecryptedAppContextResponse` type of `@zoom/appssdk` 0.16.41 names them
 * (node_modules/@zoom/appssdk/dist/sdk.d.ts, lines 1964–2020). Every other
 * field Zoom adds is ignored. docs/zoom-app.md lists where each was read.
 */
import { z } from 'zod';

/** The request header Zoom puts the encrypted context in (zoomapps-sample-js, server/helpers/cipher.js). */
export const ZOOM_CONTEXT_HEADER = 'x-zoom-app-context';

/** Largest encrypted context accepted, in characters of base64 (a real one is well under 1 kB). */
export const MAX_ZOOM_CONTEXT_LENGTH = 4096;

/** Zoom's ids (meeting, breakout room, participant, user): base64-ish text, bounded before it touches a key. */
export const zoomId = z.string().regex(/^[A-Za-z0-9+/=_-]{1,128}$/, 'not a Zoom id');

/** The meeting roles the context names (`attendrole`). */
export const ZOOM_ROLES = ['host', 'co-host', 'participant', 'panelist', 'attendee'] as const;
export type ZoomRole = (typeof ZOOM_ROLES)[number];

/** The decrypted context, as far as pairplan relies on it. */
export const zoomContextSchema = z.object({
  /** `typ`: where the app is open ('meeting', 'panel', 'webinar', …). */
  typ: z.string().max(32),
  /** `uid`: the Zoom user id of whoever opened the app. */
  uid: z.string().max(128),
  /** `mid`: the meeting the app is open in (present when `typ` is 'meeting'). */
  mid: zoomId.optional(),
  /** `bmid`: the breakout room, as `getBreakoutRoomList` names it. */
  bmid: zoomId.optional(),
  /** `attendrole`: the person's role when the context was made. */
  attendrole: z.enum(ZOOM_ROLES).optional(),
  /** `ts`: when the context was made (epoch ms). */
  ts: z.number().int().nonnegative(),
  /** `exp`: when it expires (epoch ms, as zoomapps-advancedsample-react compares it with `Date.now()`). */
  exp: z.number().int().nonnegative(),
  /** `aud`: the app's client id. */
  aud: z.string().max(128).optional(),
  /** `iss`: always "marketplace.zoom.us". */
  iss: z.literal('marketplace.zoom.us').optional(),
});

/** A decrypted, checked context. */
export type ZoomContext = z.infer<typeof zoomContextSchema>;

/** Whether the role may set the meeting up (host or co-host). */
export function isZoomHost(role: ZoomRole | undefined): boolean {
  return role === 'host' || role === 'co-host';
}
