/**
 * A tiny TCP round-robin proxy for the multi-instance test: each new
 * connection goes to the next backend that accepts it, so a client whose
 * instance died reconnects to a live one through the same URL.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export async function startRoundRobinProxy(backends: number[]): Promise<{ url: string; close: () => Promise<void> }> {
  let next = 0;
  const sockets = new Set<Socket>();
  const tryBackend = (client: Socket, attempt: number): void => {
    if (attempt >= backends.length) return void client.destroy();
    const port = backends[next++ % backends.length];
    const upstream = connect(port, '127.0.0.1');
    sockets.add(upstream);
    let connected = false;
    upstream.once('connect', () => {
      connected = true;
      client.pipe(upstream).pipe(client);
      client.resume();
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
    });
    upstream.on('error', () => {
      sockets.delete(upstream);
      // A refused connection tries the next backend; a broken one ends the client's.
      if (!connected) tryBackend(client, attempt + 1);
      else client.destroy();
    });
  };
  const server: Server = createServer({ pauseOnConnect: true }, (client) => {
    sockets.add(client);
    client.on('error', () => undefined);
    tryBackend(client, 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
