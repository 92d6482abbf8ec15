/**
 * Random ids, join codes and facilitator keys, and how keys are checked.
 * The facilitator key has 256 bits of entropy and is stored only as its
 * SHA-256 hash (a slow hash adds nothing for a random 256-bit key).
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/protocol/joinCode.js';

/** A URL-safe random id of `bytes` bytes. */
export function randomId(bytes = 9): string {
  return randomBytes(bytes).toString('base64url');
}

/** A short human join code, e.g. `K7M2QX`. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** A new facilitator key (43 characters, 256 bits). */
export function newFacilitatorKey(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a facilitator key. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Whether `key` matches `keyHash`, in constant time. */
export function verifyKey(key: string, keyHash: string): boolean {
  const a = Buffer.from(hashKey(key), 'hex');
  const b = Buffer.from(keyHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
