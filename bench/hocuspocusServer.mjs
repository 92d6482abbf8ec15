// Hocuspocus as a reference server for the benchmark (in memory, no extensions): version 3 from the
// project's node_modules, or the build BENCH_HOCUSPOCUS_MODULE points at (Hocuspocus 4 from bench/.cache).
const { Server } = await import(process.env.BENCH_HOCUSPOCUS_MODULE ?? '@hocuspocus/server');

const server = new Server({ port: Number(process.env.PORT), address: '127.0.0.1', quiet: true, stopOnSignals: false });
await server.listen();
process.stdout.write('listening\n');
process.on('SIGTERM', () => server.destroy().then(() => process.exit(0)));
