#!/usr/bin/env bash
# Runs both fuzzers for a bounded time each (default 90 s): bash .ci/fuzz/run.sh [SECONDS]
# Builds them (build.sh), seeds a scratch corpus from real copy (make_corpus.py), and fails on any crash, leaving
# the input that caused it in .build/fuzz/artifacts/. Prints how many inputs each target ran.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-90}
out=.build/fuzz
bash .ci/fuzz/build.sh
python3 .ci/fuzz/make_corpus.py "$out/corpus" >/dev/null
mkdir -p "$out/artifacts"
status=0
for target in engine lsp; do
  log="$out/$target.log"
  # The server keeps its state from input to input by design (one session), so leak checks are for the engine.
  leaks=1
  [ "$target" = lsp ] && leaks=0
  set +e
  "$out/$target" "$out/corpus/$target" -max_total_time="$seconds" -max_len=4096 -timeout=60 -rss_limit_mb=4096 \
    -detect_leaks=$leaks -print_final_stats=1 -artifact_prefix="$out/artifacts/$target-" >"$log" 2>&1
  code=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  if [ "$code" -eq 0 ]; then
    echo "fuzz $target: $runs inputs in ${seconds} s, no crash"
  else
    echo "fuzz $target: CRASH after $runs inputs (exit $code); see $log and $out/artifacts/"
    grep -E 'ERROR|Fatal error|invariant|SUMMARY' "$log" | head -5 || true
    status=1
  fi
done
exit $status
