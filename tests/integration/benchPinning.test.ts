import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SERVER_CORE, startServer, stopServer } from '../../bench/servers.js';

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

/** The cores a process may run on (`Cpus_allowed_list` of /proc/<pid>/status). */
const allowedCores = (pid: number): string => /^Cpus_allowed_list:\s*(\S+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '';

describe('startServer (bench)', () => {
  it('pins the server under test to the server core, every thread of it', async () => {
    const server = await startServer('y-websocket', await freePort());
    try {
      expect(allowedCores(server.child.pid!)).toBe(SERVER_CORE);
    } finally {
      await stopServer(server);
    }
  });
});
