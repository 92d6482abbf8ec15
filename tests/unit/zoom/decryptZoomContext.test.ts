/**
 * The Zoom App context is decrypted as Zoom's samples do, and refused when
 * tampered with, under another app's key, expired, malformed, or not the
 * fields pairplan relies on (issue 16).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decryptZoomContext, ZoomContextError, type ZoomContextRefusal } from '../../../server/zoom/decryptZoomContext.js';
import { encryptZoomContext, TEST_ZOOM_APP, zoomContextFields } from '../../utils/encryptZoomContext.js';

const app = { clientId: TEST_ZOOM_APP.ZOOM_CLIENT_ID, clientSecret: TEST_ZOOM_APP.ZOOM_CLIENT_SECRET };

function refusal(encoded: string, now?: number): ZoomContextRefusal | 'accepted' {
  try {
    decryptZoomContext(encoded, app, now);
    return 'accepted';
  } catch (error) {
    if (error instanceof ZoomContextError) return error.reason;
    throw error;
  }
}

describe('decryptZoomContext', () => {
  it('reads a valid context: the user, the meeting, the breakout room, the role', () => {
    const context = decryptZoomContext(encryptZoomContext(zoomContextFields({ uid: 'u-42', mid: 'meet+1/A==', bmid: 'room-1', attendrole: 'host' })), app);
    expect(context).toMatchObject({ uid: 'u-42', mid: 'meet+1/A==', bmid: 'room-1', attendrole: 'host', typ: 'meeting' });
  });

  it('ignores fields it does not rely on', () => {
    const context = decryptZoomContext(encryptZoomContext(zoomContextFields({ theme: 'dark', aid: 'x' })), app);
    expect(context).not.toHaveProperty('theme');
  });

  it('refuses a tampered context: any one byte changed', () => {
    const encoded = encryptZoomContext(zoomContextFields({ mid: 'meeting-1' }));
    const bytes = Buffer.from(encoded, 'base64');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const changed = Buffer.from(bytes);
        changed[at] ^= flip;
        expect(refusal(changed.toString('base64'))).not.toBe('accepted');
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a context made with another app's secret", () => {
    expect(refusal(encryptZoomContext(zoomContextFields({ mid: 'm' }), 'another-apps-client-secret'))).toBe('not-authentic');
  });

  it('refuses an expired context', () => {
    const now = Date.now();
    const encoded = encryptZoomContext(zoomContextFields({ mid: 'm' }, now - 20 * 60_000));
    expect(refusal(encoded, now)).toBe('expired');
    expect(refusal(encryptZoomContext(zoomContextFields({ mid: 'm', exp: now }, now)), now)).toBe('expired');
  });

  it('refuses a context for another app (aud)', () => {
    expect(refusal(encryptZoomContext(zoomContextFields({ aud: 'someOtherClientId' })))).toBe('foreign');
  });

  it.each([
    ['not JSON', 'uid=1;mid=2'],
    ['JSON without uid', JSON.stringify({ typ: 'meeting', ts: 1, exp: Date.now() + 60_000 })],
    ['exp as text', JSON.stringify(zoomContextFields({ exp: 'tomorrow' }))],
    ['an unknown role', JSON.stringify(zoomContextFields({ attendrole: 'king' }))],
    ['a meeting id with a path in it', JSON.stringify(zoomContextFields({ mid: '../../etc/passwd' }))],
    ['an array', '[1,2]'],
  ])('refuses a well-encrypted context that is %s', (_what, plain) => {
    expect(refusal(encryptZoomContext(plain))).toBe('invalid');
  });

  it.each([
    ['empty', ''],
    ['not base64 of the layout', 'aGVsbG8='],
    ['a huge length field', Buffer.from([12, ...Buffer.alloc(12), 0xff, 0xff]).toString('base64')],
    ['a short iv', Buffer.from([1, 0, 0, 0, 0, 0, 0, 0, ...Buffer.alloc(16)]).toString('base64')],
    ['longer than any context', 'A'.repeat(5000)],
  ])('refuses a malformed context: %s', (_what, encoded) => {
    expect(refusal(encoded)).toBe('malformed');
  });

  it('never throws anything but a named refusal, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(refusal(Buffer.from(bytes).toString('base64'))).not.toBe('accepted');
      }),
      { numRuns: 500 },
    );
  });
});
