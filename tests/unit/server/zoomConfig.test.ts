/** ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET turn Zoom mode on together, or not at all (issue 16). */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../server/config.js';

describe('parseConfig: Zoom', () => {
  it('has no Zoom app without the variables', () => {
    expect(parseConfig({}).zoom).toBeNull();
  });

  it('reads the client id and secret', () => {
    expect(parseConfig({ ZOOM_CLIENT_ID: 'abcdEFGH1234', ZOOM_CLIENT_SECRET: 's'.repeat(32) }).zoom).toEqual({ clientId: 'abcdEFGH1234', clientSecret: 's'.repeat(32) });
  });

  it.each([
    [{ ZOOM_CLIENT_ID: 'abcdEFGH1234' }, /set together/],
    [{ ZOOM_CLIENT_SECRET: 's'.repeat(32) }, /set together/],
    [{ ZOOM_CLIENT_ID: 'bad id!', ZOOM_CLIENT_SECRET: 's'.repeat(32) }, /ZOOM_CLIENT_ID/],
    [{ ZOOM_CLIENT_ID: 'abcdEFGH1234', ZOOM_CLIENT_SECRET: 'short' }, /ZOOM_CLIENT_SECRET/],
  ] as [Record<string, string>, RegExp][])('refuses %o without printing the secret', (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
    try {
      parseConfig(env);
    } catch (error) {
      if (env.ZOOM_CLIENT_SECRET) expect((error as Error).message).not.toContain(env.ZOOM_CLIENT_SECRET);
    }
  });
});
