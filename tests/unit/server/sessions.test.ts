import { describe, expect, it } from 'vitest';
import { readCookie, signSession, verifySession, type Session } from '../../../server/auth/sessions.js';
import { hashKey, newFacilitatorKey, newJoinCode, verifyKey } from '../../../server/auth/secrets.js';
import { JOIN_CODE_ALPHABET, normalizeJoinCode } from '../../../shared/protocol/joinCode.js';

const session: Session = { w: 'ws1', p: 2, pid: 'pid1', n: 'Ana', exp: 2_000 };

describe('signSession / verifySession', () => {
  it('round-trips a session signed with the same secret', () => {
    expect(verifySession(signSession(session, 's3cret'), 's3cret', 1_000)).toEqual(session);
  });

  it('rejects another secret, a tampered payload, an expired session and garbage', () => {
    const token = signSession(session, 's3cret');
    expect(verifySession(token, 'other', 1_000)).toBeNull();
    const forged = Buffer.from(JSON.stringify({ ...session, p: 1 })).toString('base64url') + token.slice(token.indexOf('.'));
    expect(verifySession(forged, 's3cret', 1_000)).toBeNull();
    expect(verifySession(token, 's3cret', 2_000)).toBeNull();
    for (const junk of ['', '.', 'abc', 'a.b', 'x'.repeat(2000)]) expect(verifySession(junk, 's3cret', 1_000)).toBeNull();
  });

  it('accepts only the exact signature text, not another spelling of its bytes', () => {
    const token = signSession(session, 's3cret');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // The last of 43 characters carries two spare bits: three other letters decode to the same bytes.
    const others = [...alphabet].filter((c) => c !== token.at(-1)).map((c) => token.slice(0, -1) + c);
    for (const other of others) expect(verifySession(other, 's3cret', 1_000)).toBeNull();
    for (const other of [`${token}=`, `${token} `, `${token}!`, token.replace('.', '.=')]) expect(verifySession(other, 's3cret', 1_000)).toBeNull();
    expect(verifySession(token, 's3cret', 1_000)).toEqual(session);
  });
});

describe('readCookie', () => {
  it('finds one cookie among several', () => {
    expect(readCookie('a=1; pp_x=tok%2Fen; b=2', 'pp_x')).toBe('tok/en');
    expect(readCookie('a=1', 'pp_x')).toBeNull();
    expect(readCookie(undefined, 'pp_x')).toBeNull();
  });
});

describe('join codes and keys', () => {
  it('draws codes without 0, O, 1, I', () => {
    for (let i = 0; i < 200; i++) expect(newJoinCode()).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('normalises typed codes', () => {
    expect(normalizeJoinCode(' k7m-2qx ')).toBe('K7M2QX');
    expect(normalizeJoinCode('K7M2Q')).toBeNull();
    expect(normalizeJoinCode('K7M2Q0')).toBeNull();
  });

  it('verifies a facilitator key against its hash only', () => {
    const key = newFacilitatorKey();
    expect(key.length).toBe(43);
    expect(verifyKey(key, hashKey(key))).toBe(true);
    expect(verifyKey(key.replace(/.$/, (c) => (c === '_' ? '-' : '_')), hashKey(key))).toBe(false);
    expect(hashKey(key)).not.toContain(key);
  });
});
