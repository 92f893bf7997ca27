#!/usr/bin/env bash
# End-to-end test of .pre-commit-hooks.yaml with the real pre-commit from PyPI:
#   1. installs pre-commit into a temporary virtual environment;
#   2. makes a temporary git repository with a bad draft (half-width punctuation) and a good one;
#   3. `pre-commit try-repo <this checkout> copydesk` fails on the bad draft with copydesk's findings and passes
#      on the good one; `copydesk-fix` rewrites the bad draft to the exact fixed text.
# try-repo clones the checkout at HEAD (uncommitted changes to tracked files go into a shadow commit, untracked
# files are left out): commit before running it. The first run builds copydesk in release mode (a few minutes).
# Exit status: 0 all checks passed, 1 a check failed, 2 setup failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
checkout="$(cd "$here/../../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/copydesk-precommit.XXXXXX")"
trap 'rm -rf "$work"' EXIT
failures=0
passes=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; passes=$((passes + 1)); }

if [ -n "$(git -C "$checkout" status --porcelain --untracked-files=no)" ]; then
  echo "note: $checkout has uncommitted changes; try-repo tests them through a shadow commit"
fi

echo "== installing pre-commit into a temporary venv"
python3 -m venv "$work/venv" || { echo "cannot create a venv (apt-get install python3-venv)"; exit 2; }
"$work/venv/bin/pip" install --quiet --disable-pip-version-check pre-commit || { echo "pip install pre-commit failed"; exit 2; }
precommit="$work/venv/bin/pre-commit"
"$precommit" --version

# One store for every call, so the hook environment (the release build) is made once.
export PRE_COMMIT_HOME="$work/store"
# pre-commit refuses to run hooks inside a repository that has its own .pre-commit-config.yaml changes; the
# drafts repository is fresh, so nothing else is needed. Colour off for stable output.
export PRE_COMMIT_COLOR=never

drafts="$work/drafts"
mkdir -p "$drafts"
cd "$drafts"
git init --quiet
git config user.email "desk@example.invalid"
git config user.name "copy desk"
printf '会议于昨日召开,共有300余人参加.\n' > bad.txt
printf '# 全市新建公园二十座\n\n本报讯（记者 张晶）会议于昨日召开，共有300余人参加。\n' > good.md
cp bad.txt tofix.txt
git add bad.txt good.md tofix.txt

run_hook() { # hook, files... → output in $out, status in $status
  local hook="$1"
  shift
  set +e
  out="$("$precommit" try-repo "$checkout" "$hook" --verbose --files "$@" 2>&1)"
  status=$?
  set -e
}

echo "== copydesk on the bad draft (the first call builds copydesk)"
start=$(date +%s)
run_hook copydesk bad.txt
echo "$out" | sed 's/^/  | /'
echo "  (took $(($(date +%s) - start)) s)"
[ "$status" -ne 0 ] && pass "bad draft fails" || fail "bad draft should fail (status $status)"
grep -q 'bad.txt:1:8: error\[punct-halfwidth-in-cjk\]' <<<"$out" && pass "finding at 1:8 reported" \
  || fail "expected bad.txt:1:8 error[punct-halfwidth-in-cjk]"
grep -q 'bad.txt:1:18: error\[punct-halfwidth-in-cjk\]' <<<"$out" && pass "finding at 1:18 reported" \
  || fail "expected bad.txt:1:18 error[punct-halfwidth-in-cjk]"
grep -q '2 findings (2 error, 0 warning, 0 info) in 1 file' <<<"$out" && pass "summary counts 2 errors" \
  || fail "expected the summary '2 findings (2 error, 0 warning, 0 info) in 1 file'"

echo "== copydesk on the good draft"
run_hook copydesk good.md
echo "$out" | sed 's/^/  | /'
[ "$status" -eq 0 ] && pass "good draft passes" || fail "good draft should pass (status $status)"
grep -q 'Passed' <<<"$out" && pass "hook reports Passed" || fail "expected 'Passed'"

echo "== copydesk-fix on a copy of the bad draft"
run_hook copydesk-fix tofix.txt
echo "$out" | sed 's/^/  | /'
[ "$status" -ne 0 ] && pass "fix hook stops the commit (files were modified)" \
  || fail "copydesk-fix should fail when it modifies files (status $status)"
expected='会议于昨日召开，共有300余人参加。'
[ "$(cat tofix.txt)" = "$expected" ] && pass "tofix.txt fixed exactly" \
  || fail "tofix.txt is '$(cat tofix.txt)', expected '$expected'"
grep -q 'files were modified by this hook' <<<"$out" && pass "pre-commit notes the modification" \
  || fail "expected 'files were modified by this hook'"

echo "== copydesk on the fixed draft"
run_hook copydesk tofix.txt
[ "$status" -eq 0 ] && pass "fixed draft passes" || { echo "$out" | sed 's/^/  | /'; fail "fixed draft should pass"; }

echo "pre-commit: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
