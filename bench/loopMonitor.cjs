// Preloaded into every benchmarked server (node --require): samples the
// event-loop delay and writes its percentiles to BENCH_LOOP_FILE once a second.
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { writeFileSync } = require('node:fs');
const file = process.env.BENCH_LOOP_FILE;
if (file) {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const timer = setInterval(() => {
    writeFileSync(file, JSON.stringify({ p50: h.percentile(50) / 1e6, p99: h.percentile(99) / 1e6, max: h.max / 1e6 }));
  }, 1000);
  timer.unref();
  process.on('SIGUSR2', () => h.reset());
}
