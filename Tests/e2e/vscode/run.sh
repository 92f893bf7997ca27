#!/usr/bin/env bash
# Runs the VS Code extension smoke test (stubbed VS Code API; see smoke.js). Installs Node.js with apt-get when it
# is missing and this runs as root. Exit status: 0 passed, 1 failed, 2 setup failed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v node > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs) > /dev/null 2>&1 || true
  fi
  command -v node > /dev/null || { echo "Node.js is not available (apt-get install nodejs)"; exit 2; }
fi
node "$here/smoke.js"
