// Preloaded into every benchmarked server (node --require): samples the
// event-loop lateness (loopLateness.cjs) and writes it to BENCH_LOOP_FILE
// once a second; SIGUSR2 starts the measured window.
const { writeFileSync } = require('node:fs');
const { startLoopSampler } = require('./loopLateness.cjs');
const RESOLUTION_MS = 10;
const file = process.env.BENCH_LOOP_FILE;
if (file) {
  const sampler = startLoopSampler(RESOLUTION_MS);
  const timer = setInterval(() => writeFileSync(file, JSON.stringify(sampler.summary())), 1000);
  timer.unref();
  process.on('SIGUSR2', () => sampler.reset());
}
// The y-websocket server has no SIGTERM handler: exit cleanly so a --cpu-prof profile is written.
if (process.env.BENCH_SIGTERM_EXIT === '1') process.on('SIGTERM', () => process.exit(0));
