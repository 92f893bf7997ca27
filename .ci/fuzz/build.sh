#!/usr/bin/env bash
# Builds the libFuzzer targets (default both: bash .ci/fuzz/build.sh [engine] [lsp]) into .build/fuzz/: `engine` (Sources/CopyDesk plus the CLI's text readers and
# diff) and `lsp` (Sources/CopyDesk plus Sources/CopyDeskLSP). Each is one Swift module compiled with
# -sanitize=fuzzer,address, so the `import CopyDesk` lines of the non-engine sources are stripped in a copy.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=.build/fuzz
src=$out/src
rm -rf "$src"
mkdir -p "$src/engine" "$src/lsp"
engine_sources=$(find Sources/CopyDesk -name '*.swift' | sort)
strip_imports() { sed -E '/^import (CopyDesk|CopyDeskLSP)$/d; /^@testable import/d' "$1" > "$2/$(basename "$1")"; }
for f in Sources/CopyDeskCLI/TextFile.swift Sources/CopyDeskCLI/TextEncodings.swift Sources/CopyDeskCLI/SafeReplace.swift \
  Sources/CopyDeskCLI/UnifiedDiff.swift Sources/CopyDeskCLI/Myers.swift; do
  strip_imports "$f" "$src/engine"
done
for f in $(find Sources/CopyDeskLSP -name '*.swift' | sort); do strip_imports "$f" "$src/lsp"; done
# FUZZ_OPT=-Onone builds faster and fuzzes slower.
flags=(-sanitize=fuzzer,address -use-ld=lld -parse-as-library "${FUZZ_OPT:--O}" -g -swift-version 6 -module-name Fuzz)
targets=${*:-engine lsp}
for target in $targets; do
  echo "building $out/$target"
  case $target in
    engine) swiftc "${flags[@]}" $engine_sources "$src"/engine/*.swift .ci/fuzz/EngineFuzz.swift -o "$out/engine" ;;
    lsp) swiftc "${flags[@]}" $engine_sources "$src"/lsp/*.swift .ci/fuzz/LSPFuzz.swift -o "$out/lsp" ;;
    *) echo "unknown fuzz target $target" >&2; exit 2 ;;
  esac
done
