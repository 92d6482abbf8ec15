// Hocuspocus 3 as a reference server for the benchmark (in memory, no extensions).
import { Server } from '@hocuspocus/server';

const server = new Server({ port: Number(process.env.PORT), address: '127.0.0.1', quiet: true });
await server.listen();
process.stdout.write('listening\n');
process.on('SIGTERM', () => server.destroy().then(() => process.exit(0)));
