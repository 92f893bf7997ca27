#!/usr/bin/env python3
"""AutoCorrect's side of issue 18's comparison: its Rust core, in process (PyPI `autocorrect-py`), on the same files
copydesk-bench --throughput writes, with JSON out as copydesk gives it.

    python3 -m venv /tmp/ac && /tmp/ac/bin/pip install autocorrect-py
    /tmp/ac/bin/python .ci/autocorrect-bench.py FILE [FILE ...]        # best of 3 runs per file

A file is linted in pieces of about 64 KB cut at line breaks (its parser refuses a multi-megabyte document).
Prints one line per file: MB/s by the wall clock for lint_for + JSON, the findings and the time without JSON.
`--article FILE` times a lint of one article many times (median and p99 in ms), the language server's comparison.
"""
import json
import statistics
import sys
import time

import autocorrect_py as ac


def chunks(text, size=64 * 1024):
    """The text cut at line breaks into pieces of about `size` characters, with the line each starts at: AutoCorrect's
    parser stops a multi-megabyte document with "call limit reached", so a large file is linted piece by piece."""
    start, line = 0, 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        yield text[start:end], line
        line += text.count("\n", start, end)
        start = end


def lint_json(text, name):
    rows = []
    for piece, first_line in chunks(text):
        for r in ac.lint_for(piece, name).lines:
            rows.append(
                {"line": r.line + first_line, "col": r.col, "old": r.old, "new": r.new, "severity": str(r.severity)}
            )
    return json.dumps(rows, ensure_ascii=False), len(rows)


def main(argv):
    if len(argv) >= 2 and argv[0] == "--article":
        text = open(argv[1], encoding="utf-8").read()
        times = []
        for _ in range(200):
            t0 = time.perf_counter()
            lint_json(text, "article.txt")
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        print(
            f"autocorrect article {len(text)} chars: median {statistics.median(times):.2f} ms, "
            f"p99 {times[int(len(times) * 0.99) - 1]:.2f} ms"
        )
        return
    for path in argv:
        text = open(path, encoding="utf-8").read()
        size = len(text.encode("utf-8")) / 1e6
        best = None
        for _ in range(3):
            t0 = time.perf_counter()
            out, n = lint_json(text, "page.txt")
            t1 = time.perf_counter()
            best = min(best or 1e9, t1 - t0)
        t0 = time.perf_counter()
        for piece, _ in chunks(text):
            ac.lint_for(piece, "page.txt")
        bare = time.perf_counter() - t0
        print(f"autocorrect {path}: {size:.1f} MB, {size / best:.1f} MB/s with JSON ({best:.2f} s), {n} findings, "
              f"{size / bare:.1f} MB/s lint alone")


if __name__ == "__main__":
    main(sys.argv[1:])
