import { describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../../shared/protocol/closeCodes.js';
import { createTranslate } from '../../../shared/i18n/translate.js';
import { describeClose, shouldReconnectAfter, type CloseAction } from '../../../client/sync/describeClose.js';

const en = createTranslate('en');
const es = createTranslate('es');

const EXPECTED: Record<keyof typeof CLOSE_CODES, CloseAction> = {
  SERVICE_RESTART: 'reconnect',
  MALFORMED: 'reconnect',
  UNAUTHORIZED: 'rejoin',
  FORBIDDEN: 'rejoin',
  NOT_FOUND: 'rejoin',
  TOO_LARGE: 'reset',
  INVALID_UPDATE: 'reset',
  LOCKED: 'reset',
  FULL: 'reconnect',
  RATE_LIMITED: 'reconnect',
  REPLACED: 'rejoin',
  MOVED: 'rejoin',
  STORE_FAILED: 'retry',
};

describe('describeClose', () => {
  it.each(Object.entries(CLOSE_CODES))('describes %s (%i) in English and Spanish words', (name, code) => {
    const description = describeClose({ code, reason: 'unknown activity "x"' });
    expect(description.action).toBe(EXPECTED[name as keyof typeof CLOSE_CODES]);
    const english = en(description.messageKey, description.params);
    const spanish = es(description.messageKey, description.params);
    expect(english).not.toBe(description.messageKey);
    expect(english).not.toMatch(/\{\{|\}\}/);
    expect(spanish).not.toBe(english);
  });

  it('says the leader locked the plans after LOCKED', () => {
    const d = describeClose({ code: CLOSE_CODES.LOCKED, reason: 'locked' });
    expect(en(d.messageKey, d.params)).toBe('Plans are locked by the leader; your last change was not saved.');
  });

  it('passes the server’s reason on after INVALID_UPDATE', () => {
    const d = describeClose({ code: CLOSE_CODES.INVALID_UPDATE, reason: 'unknown activity "made-up"' });
    expect(en(d.messageKey, d.params)).toBe('Your last change could not be saved: unknown activity "made-up"');
    const bare = describeClose({ code: CLOSE_CODES.INVALID_UPDATE, reason: ' ' });
    expect(en(bare.messageKey, bare.params)).toBe('Your last change could not be saved, so it was undone.');
  });

  it('treats codes we did not define, and our own closes, as a lost connection to retry', () => {
    for (const event of [{ code: 1006, reason: '' }, { code: 1000, reason: '' }, { code: 4999, reason: 'x' }, null]) {
      const d = describeClose(event);
      expect(d.action).toBe('reconnect');
      expect(en(d.messageKey)).toBe('The connection was lost.');
    }
  });

  it('lets y-websocket reconnect by itself only for retryable codes', () => {
    expect(shouldReconnectAfter({ code: CLOSE_CODES.SERVICE_RESTART, reason: '' })).toBe(true);
    expect(shouldReconnectAfter({ code: CLOSE_CODES.RATE_LIMITED, reason: '' })).toBe(true);
    expect(shouldReconnectAfter({ code: CLOSE_CODES.LOCKED, reason: '' })).toBe(false);
    expect(shouldReconnectAfter({ code: CLOSE_CODES.UNAUTHORIZED, reason: '' })).toBe(false);
    // The connection comes back after its own, longer pause (issue 12: y-websocket came back within milliseconds).
    expect(shouldReconnectAfter({ code: CLOSE_CODES.STORE_FAILED, reason: '' })).toBe(false);
  });

  it('says saving failed and is retried after STORE_FAILED, and never resets', () => {
    const d = describeClose({ code: CLOSE_CODES.STORE_FAILED, reason: 'saving failed; retrying' });
    expect(d.action).toBe('retry');
    expect(en(d.messageKey, d.params)).toMatch(/^Saving failed — retrying\./);
    expect(es(d.messageKey, d.params)).toMatch(/^No se pudo guardar — reintentando\./);
    expect(describeClose({ code: CLOSE_CODES.INVALID_UPDATE, reason: 'x' }).action).toBe('reset');
  });
});
