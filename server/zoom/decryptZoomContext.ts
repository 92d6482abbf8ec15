/**
 * Decrypts and checks the Zoom App context (issue 16). The layout and the
 * cipher are those of Zoom's samples (zoomapps-sample-js
 * server/helpers/cipher.js `unpack`/`decrypt`; zoomapps-advancedsample-react
 * backend/util/zoom-helpers.js `decryptZoomAppContext`): base64 of
 * [iv length: 1 byte][iv][aad length: 2 bytes LE][aad]
 * [cipher length: 4 bytes LE][cipher][16-byte tag], AES-256-GCM keyed with
 * SHA-256 of the app's client secret. Unlike the samples, every length is
 * bounded before it is read, and the JSON is parsed with zod.
 */
import { createDecipheriv, createHash } from 'node:crypto';
import { MAX_ZOOM_CONTEXT_LENGTH, zoomContextSchema, type ZoomContext } from '../../shared/zoom/zoomContext.js';

/** Why a context was refused: named, never the context itself (it is not logged). */
export const ZOOM_CONTEXT_REFUSALS = ['malformed', 'not-authentic', 'invalid', 'expired', 'foreign'] as const;
export type ZoomContextRefusal = (typeof ZOOM_CONTEXT_REFUSALS)[number];

/** A refused context. */
export class ZoomContextError extends Error {
  constructor(readonly reason: ZoomContextRefusal) {
    super(`Zoom app context refused: ${reason}`);
    this.name = 'ZoomContextError';
  }
}

const TAG_LENGTH = 16;

interface Packed {
  readonly iv: Buffer;
  readonly aad: Buffer;
  readonly cipherText: Buffer;
  readonly tag: Buffer;
}

function unpack(encoded: string): Packed {
  if (encoded.length === 0 || encoded.length > MAX_ZOOM_CONTEXT_LENGTH) throw new ZoomContextError('malformed');
  const buf = Buffer.from(encoded, 'base64');
  let at = 0;
  const take = (n: number): Buffer => {
    if (n < 0 || at + n > buf.length) throw new ZoomContextError('malformed');
    const part = buf.subarray(at, at + n);
    at += n;
    return part;
  };
  const ivLength = take(1).readUInt8(0);
  if (ivLength < 12) throw new ZoomContextError('malformed');
  const iv = take(ivLength);
  const aad = take(take(2).readUInt16LE(0));
  const cipherText = take(take(4).readUInt32LE(0));
  const tag = buf.subarray(at);
  if (tag.length !== TAG_LENGTH) throw new ZoomContextError('malformed');
  return { iv, aad, cipherText, tag };
}

/** The key: SHA-256 of the client secret. */
function keyOf(clientSecret: string): Buffer {
  return createHash('sha256').update(clientSecret, 'utf8').digest();
}

/**
 * The decrypted context, or a {@link ZoomContextError}: `malformed` (not the
 * layout), `not-authentic` (tampered or another app's key), `invalid` (not the
 * JSON fields pairplan relies on), `expired` (`exp` passed), `foreign`
 * (`aud` names another app).
 */
export function decryptZoomContext(encoded: string, app: { clientId: string; clientSecret: string }, now = Date.now()): ZoomContext {
  const { iv, aad, cipherText, tag } = unpack(encoded);
  let text: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(app.clientSecret), iv, { authTagLength: TAG_LENGTH });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    text = Buffer.concat([decipher.update(cipherText), decipher.final()]).toString('utf8');
  } catch {
    throw new ZoomContextError('not-authentic');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ZoomContextError('invalid');
  }
  const parsed = zoomContextSchema.safeParse(json);
  if (!parsed.success) throw new ZoomContextError('invalid');
  const context = parsed.data;
  if (context.exp <= now) throw new ZoomContextError('expired');
  if (context.aud !== undefined && context.aud !== app.clientId) throw new ZoomContextError('foreign');
  return context;
}
