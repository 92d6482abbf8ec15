// Preloaded into every benchmarked server (node --require): samples the
// event-loop delay and writes its percentiles to BENCH_LOOP_FILE once a second.
// The histogram records each whole sampling interval (resolution + lateness:
// an idle process shows p50 ≈ 10 ms at resolution 10), so the resolution is
// taken off to report how late the loop was.
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { writeFileSync } = require('node:fs');
const RESOLUTION_MS = 10;
const file = process.env.BENCH_LOOP_FILE;
if (file) {
  const h = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  h.enable();
  const late = (ns) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
  const timer = setInterval(() => {
    writeFileSync(file, JSON.stringify({ p50: late(h.percentile(50)), p99: late(h.percentile(99)), max: late(h.max) }));
  }, 1000);
  timer.unref();
  process.on('SIGUSR2', () => h.reset());
}
// The y-websocket server has no SIGTERM handler: exit cleanly so a --cpu-prof profile is written.
if (process.env.BENCH_SIGTERM_EXIT === '1') process.on('SIGTERM', () => process.exit(0));
