/**
 * Encrypts a Zoom App context the way Zoom does (the layout
 * server/zoom/decryptZoomContext.ts reads), so the tests and the simulated
 * Zoom client exercise the server's real verification path.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';

/** The test app's credentials. */
export const TEST_ZOOM_APP = { ZOOM_CLIENT_ID: 'pairplanTestClientId', ZOOM_CLIENT_SECRET: 'test-client-secret-not-for-production' } as const;

/** A context as Zoom would make it for `fields`, valid for ten minutes. */
export function zoomContextFields(fields: Record<string, unknown>, now = Date.now()): Record<string, unknown> {
  return { typ: 'meeting', uid: 'user-1', ts: now, exp: now + 10 * 60_000, iss: 'marketplace.zoom.us', aud: TEST_ZOOM_APP.ZOOM_CLIENT_ID, ...fields };
}

/** base64 of [iv length][iv][aad length LE][aad][cipher length LE][cipher][tag], AES-256-GCM with sha256(secret). */
export function encryptZoomContext(context: unknown, clientSecret: string = TEST_ZOOM_APP.ZOOM_CLIENT_SECRET, aad: Buffer = Buffer.from('zoom')): string {
  const iv = randomBytes(12);
  const key = createHash('sha256').update(clientSecret, 'utf8').digest();
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  cipher.setAAD(aad);
  const plain = typeof context === 'string' ? context : JSON.stringify(context);
  const cipherText = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const aadLength = Buffer.alloc(2);
  aadLength.writeUInt16LE(aad.length, 0);
  const cipherLength = Buffer.alloc(4);
  cipherLength.writeUInt32LE(cipherText.length, 0);
  return Buffer.concat([Buffer.from([iv.length]), iv, aadLength, aad, cipherLength, cipherText, cipher.getAuthTag()]).toString('base64');
}
