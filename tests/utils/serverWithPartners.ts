/**
 * The hooks of an integration test file with one real server and partners
 * who join it: the server starts before the first test and closes after the
 * last; the partners a test joined are disconnected after it.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createTestServer, type TestServer } from './createTestServer.js';
import { connectPartner, synced, type Partner } from './partner.js';

export interface ServerWithPartners {
  /** The server (set before the first test). */
  server: TestServer;
  /** The partners joined in the current test (disconnected after it). */
  readonly partners: Partner[];
  /** Joins pair `pair` through the API and waits for its room to sync. */
  join(joinCode: string, name: string, pair?: number): Promise<Partner>;
}

/** Registers the hooks; the returned object is filled in before the first test. */
export function serverWithPartners(...args: Parameters<typeof createTestServer>): ServerWithPartners {
  const ctx: ServerWithPartners = {
    server: undefined as unknown as TestServer,
    partners: [],
    async join(joinCode, name, pair = 1) {
      const p = await connectPartner(ctx.server.url, joinCode, name, pair);
      ctx.partners.push(p);
      await synced(p);
      return p;
    },
  };
  beforeAll(async () => {
    ctx.server = await createTestServer(...args);
  });
  afterEach(() => {
    for (const p of ctx.partners.splice(0)) p.destroy();
  });
  afterAll(async () => {
    await ctx.server?.close();
  });
  return ctx;
}
