/**
 * Join codes: 6 characters from an alphabet without 0/O/1/I/L, so a code
 * read aloud or typed is unambiguous. The join page normalises what a
 * person typed with the same function the server looks codes up with
 * (server/http/participantRoutes.ts), and the server makes new codes from
 * the same alphabet (server/auth/secrets.ts).
 */

/** The characters a join code is made of. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** The length of a join code. */
export const JOIN_CODE_LENGTH = 6;
/** The longest text the join route reads as a code (spaces and dashes included) before it says "too long". */
export const JOIN_CODE_INPUT_MAX_LENGTH = 20;

/** Normalises a typed join code ("k7m-2qx" → "K7M2QX"); `null` if it cannot be one. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
