#!/usr/bin/env bash
# End-to-end test of `copydesk lsp` with a real editor client: headless Neovim (0.7+).
# Usage: Tests/e2e/neovim/run.sh  (COPYDESK_BIN=path/to/copydesk to use a given build; default .build/debug)
# Exits non-zero when any run fails. Needs nvim (apt-get install -y neovim).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
bin=${COPYDESK_BIN:-$root/.build/debug/copydesk}
if [ ! -x "$bin" ]; then
  (cd "$root" && swift build --product copydesk)
fi
if ! command -v nvim >/dev/null; then
  echo "neovim e2e: nvim not found (apt-get install -y neovim)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy outside the repository: no .copydesk.json above it, built-in configuration.
cp "$root/seeds/004_272e18b5ed2af28f.txt" "$work/page.txt"
status=0
"$bin" lint --format json "$work/page.txt" >"$work/expected.json" || status=$?
if [ "$status" -gt 1 ]; then
  echo "neovim e2e: copydesk lint failed ($status)" >&2
  exit 1
fi
passed=0
failed=0
for prefer in 0 1; do
  if COPYDESK_BIN="$bin" COPYDESK_PAGE="$work/page.txt" COPYDESK_EXPECTED="$work/expected.json" \
    COPYDESK_SNIPPET_DIR="$root/editors/neovim" COPYDESK_PREFER_UTF8=$prefer XDG_STATE_HOME="$work/state" \
    XDG_CACHE_HOME="$work/cache" timeout 180 nvim --headless --clean -u NONE -i NONE -n \
    -c "luafile $here/test.lua" </dev/null; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo
echo "neovim e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
