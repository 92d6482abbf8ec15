#!/bin/sh
# The full fair run of issue 17, for a quiet machine (nothing else running): every server at 100, 500
# and 1,000 pairs (median of 3, pinned), the mixed workload (40 workshops × 25 pairs with dashboard
# and projector), and two pairplan instances through Redis + PostgreSQL at 500 pairs. About an hour.
# With BENCH_BASELINE_DIR=<worktree of an older commit> it also runs pairplan before/after at 1,000 pairs.
# Usage: sh bench/full.sh [output dir]   (tables as Markdown and rows as JSON land there)
set -e
out=${1:-bench-results/$(date -u +%Y-%m-%dT%H%M)}
mkdir -p "$out"
npm run --silent bench -- --repeat 3 --out "$out/uniform.json" | tee "$out/uniform.md"
npm run --silent bench -- --mixed --repeat 3 --out "$out/mixed.json" | tee "$out/mixed.md"
npm run --silent bench -- --instances 2 --pairs 500 --targets pairplan,pairplan@node22 --repeat 3 --out "$out/two-instances.json" | tee "$out/two-instances.md"
if [ -n "$BENCH_BASELINE_DIR" ]; then
  npm run --silent bench -- --pairs 1000 --targets pairplan,baseline --repeat 3 --out "$out/before-after.json" | tee "$out/before-after.md"
fi
echo "bench: results in $out"
