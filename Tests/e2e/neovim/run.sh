#!/usr/bin/env bash
# End-to-end test of `copydesk lsp` with a real editor client: headless Neovim (0.7 or later) loads the shipped
# editors/neovim/copydesk.lua, opens a seed page, waits for diagnostics, checks their count and positions against
# `copydesk lint --format json` and the first ones against fixed values, applies a quick fix through Neovim's LSP
# client and sees the diagnostic go. Runs twice: UTF-16 positions (Neovim's default) and UTF-8 (negotiated).
# Installs neovim with apt-get when it is missing and this runs as root. COPYDESK_BIN overrides the binary.
# Exit status: 0 all checks passed, 1 a check failed, 2 setup failed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
checkout="$(cd "$here/../../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/copydesk-neovim.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if ! command -v nvim > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "== installing neovim"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim) > "$work/apt.log" 2>&1 \
      || { tail -20 "$work/apt.log"; echo "cannot install Neovim"; exit 2; }
  fi
  command -v nvim > /dev/null || { echo "Neovim is not available (apt-get install neovim)"; exit 2; }
fi
nvim --version | head -1

if [ -z "${COPYDESK_BIN:-}" ]; then
  echo "== building copydesk"
  (cd "$checkout" && swift build --product copydesk 2>&1 | tail -1) || { echo "swift build failed"; exit 2; }
  COPYDESK_BIN="$(cd "$checkout" && swift build --show-bin-path)/copydesk"
fi
[ -x "$COPYDESK_BIN" ] || { echo "no copydesk binary at $COPYDESK_BIN"; exit 2; }

# A copy outside the checkout: no .copydesk.json applies, so CLI and server both use the built-in configuration.
cp "$checkout/seeds/004_272e18b5ed2af28f.txt" "$work/page.txt"
status=0
"$COPYDESK_BIN" lint --format json "$work/page.txt" > "$work/expected.json" || status=$?
[ "$status" -le 1 ] || { echo "copydesk lint failed (status $status)"; exit 2; }

passed=0
failed=0
for prefer_utf8 in 0 1; do
  if COPYDESK_BIN="$COPYDESK_BIN" COPYDESK_PAGE="$work/page.txt" COPYDESK_EXPECTED="$work/expected.json" \
    COPYDESK_SNIPPET_DIR="$checkout/editors/neovim" COPYDESK_PREFER_UTF8="$prefer_utf8" \
    XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache" HOME="$work" \
    timeout 180 nvim --headless --clean -u NONE -i NONE -n -c "luafile $here/test.lua" < /dev/null; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo
echo "neovim e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || exit 1
