/**
 * `npm start`: reads the configuration, opens the store, listens, prints
 * the URL. SIGTERM/SIGINT stop gracefully (stores flushed, sockets closed
 * with 1012 so clients reconnect).
 */
import { createApp } from './createApp.js';
import { parseConfig } from './config.js';

const config = parseConfig();
const app = await createApp(config);
const url = await app.listen();
app.ctx.log.info({ url, store: app.ctx.store.kind }, 'pairplan is listening');
process.stdout.write(`\n  pairplan is running at ${config.publicUrl ?? url}\n\n`);

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  app.ctx.log.info({ signal }, 'stopping');
  app.close().then(
    () => process.exit(0),
    (error: unknown) => {
      app.ctx.log.error({ err: error }, 'stop failed');
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
