/**
 * Join codes: 6 characters from an alphabet without 0/O/1/I/L, so a code
 * read aloud or typed is unambiguous. The join page normalises what a
 * person typed with the same function the server looks codes up with.
 */

/** The characters a join code is made of. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** The length of a join code. */
export const JOIN_CODE_LENGTH = 6;

/** Normalises a typed join code ("k7m-2qx" → "K7M2QX"); `null` if it cannot be one. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
