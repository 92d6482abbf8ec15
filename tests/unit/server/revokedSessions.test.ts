import { describe, expect, it } from 'vitest';
import { isRevoked, MAX_REVOKED_SESSIONS, mergeRevoked, withRevoked } from '../../../server/auth/revokedSessions.js';
import { revocationId, signSession, verifySession, type Session } from '../../../server/auth/sessions.js';
import type { WorkshopRecord } from '../../../server/workshops/types.js';

const NOW = 1_800_000_000_000;
const session = (sid: string | undefined, exp = NOW + 1000, pid = 'p1'): Session => ({ w: 'w1', p: 1, pid, n: 'Ana', exp, ...(sid ? { sid } : {}) });
const workshop = (revokedSessions?: WorkshopRecord['revokedSessions']) => ({ revokedSessions }) as WorkshopRecord;

describe('revocationId', () => {
  it('is the session id, or the participant id for a token from before session ids', () => {
    expect(revocationId(session('s1'))).toBe('s1');
    expect(revocationId(session(undefined))).toBe('pid:p1');
  });
});

describe('verifySession', () => {
  it('keeps the session id, and refuses one that is not text', () => {
    expect(verifySession(signSession(session('s1'), 'k'), 'k', NOW)?.sid).toBe('s1');
    expect(verifySession(signSession({ ...session(undefined), sid: 5 } as unknown as Session, 'k'), 'k', NOW)).toBeNull();
  });
});

describe('isRevoked', () => {
  it('matches only the revoked session', () => {
    const w = workshop(withRevoked(undefined, session('s1'), NOW));
    expect(isRevoked(w, session('s1'))).toBe(true);
    expect(isRevoked(w, session('s2'))).toBe(false);
    expect(isRevoked(workshop(undefined), session('s1'))).toBe(false);
    // A token from before session ids is revoked by its participant id.
    const legacy = workshop(withRevoked(undefined, session(undefined), NOW));
    expect(isRevoked(legacy, session(undefined))).toBe(true);
    expect(isRevoked(legacy, session(undefined, NOW + 1000, 'p2'))).toBe(false);
  });
});

describe('withRevoked', () => {
  it('adds once, drops expired entries', () => {
    let list = withRevoked(undefined, session('old', NOW + 10), NOW);
    list = withRevoked(list, session('s1'), NOW);
    list = withRevoked(list, session('s1'), NOW);
    expect(list.map((r) => r.sid)).toEqual(['old', 's1']);
    expect(withRevoked(list, session('s2', NOW + 5000), NOW + 100).map((r) => r.sid)).toEqual(['s1', 's2']);
  });

  it(`keeps at most ${MAX_REVOKED_SESSIONS}, the soonest to expire going first`, () => {
    let list = Array.from({ length: MAX_REVOKED_SESSIONS }, (_, i) => ({ sid: `s${i}`, exp: NOW + 1000 + i }));
    list = withRevoked(list, session('new', NOW + 99_999), NOW);
    expect(list).toHaveLength(MAX_REVOKED_SESSIONS);
    expect(list.some((r) => r.sid === 's0')).toBe(false);
    expect(list.some((r) => r.sid === 'new')).toBe(true);
  });
});

describe('mergeRevoked', () => {
  const a = { sid: 'a', exp: NOW + 1000 };
  const b = { sid: 'b', exp: NOW + 1000 };
  it('is null when the stored list already holds every unexpired entry', () => {
    expect(mergeRevoked([a], [a, b], NOW)).toBeNull();
    expect(mergeRevoked([{ sid: 'x', exp: NOW - 1 }], [b], NOW)).toBeNull();
    expect(mergeRevoked(undefined, undefined, NOW)).toBeNull();
  });
  it('is the union otherwise, in either order', () => {
    expect(mergeRevoked([a], [b], NOW)?.map((r) => r.sid).sort()).toEqual(['a', 'b']);
    expect(mergeRevoked([b], [a], NOW)?.map((r) => r.sid).sort()).toEqual(['a', 'b']);
    expect(mergeRevoked([a], undefined, NOW)).toEqual([a]);
  });
});
