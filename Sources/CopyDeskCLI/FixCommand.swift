import CopyDesk
import Foundation

/// `copydesk fix [PATH|-]...`
enum FixCommand: Command {
  static let name = "fix"
  static let summary = "apply safe fixes (atomic writes; --diff to preview)"
  static let help = """
    Usage: copydesk fix [options] [PATH|-]...

    Applies safe fixes in place, repeating until nothing changes; overlapping edits wait for the next pass.
    Files are written atomically (temporary file + rename) and keep their encoding, BOM and line endings.
    '-' reads standard input and writes the fixed text to standard output.
    Exit status: 0 nothing left at or above --fail-on, 1 findings remain, 2 usage, configuration or I/O error.

    Options:
      --unsafe               also apply unsafe fixes (suggestions that need review)
      --diff                 print a unified diff instead of writing files
      --fail-on error|warning|info  (default error)

    """ + CommonOptions.help + "\n"

  static func run(_ argv: [String]) throws -> Int32 {
    let a = try Arguments(argv, valued: CommonOptions.valued.union(["--fail-on"]), flags: ["--unsafe", "--diff"])
    let common = try CommonOptions(a)
    let failOn = try LintCommand.severityOption(a.value("--fail-on") ?? "error", "--fail-on")
    let inputs = try common.workspace.collect(
      a.positionals.isEmpty ? ["."] : a.positionals, extensions: common.extensions)
    var failed = false
    var remaining = false
    var changedFiles = 0
    var appliedTotal = 0
    for input in inputs {
      do {
        let file = try common.read(input)
        let linter = try common.workspace.linter(forFile: common.configPathKey(input))
        let result = Fixer.fix(
          text: file.text, path: input.isStdin ? common.stdinFilename : input.path, format: nil, linter: linter,
          includeUnsafe: a.has("--unsafe"))
        if result.remaining.contains(where: { $0.severity >= failOn }) { remaining = true }
        appliedTotal += result.applied
        if input.isStdin && !a.has("--diff") {
          Printer.stdout(result.text)
          continue
        }
        guard result.text != file.text else { continue }
        changedFiles += 1
        if a.has("--diff") {
          Printer.stdout(UnifiedDiff.make(old: file.text, new: result.text, path: input.display))
        } else {
          try file.write(result.text)
        }
      } catch {
        Printer.stderr("copydesk: \(error)\n")
        failed = true
      }
    }
    if !a.has("--diff") && !(inputs.count == 1 && inputs[0].isStdin) {
      Printer.stderr(
        "fixed \(appliedTotal) finding\(appliedTotal == 1 ? "" : "s") in \(changedFiles) file\(changedFiles == 1 ? "" : "s")\n"
      )
    }
    return failed ? 2 : (remaining ? 1 : 0)
  }
}

/// A unified diff of two texts, by lines (longest common subsequence after trimming the common ends).
enum UnifiedDiff {
  static func make(old: String, new: String, path: String, context: Int = 3) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var prefix = 0
    while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
      suffix += 1
    }
    let am = Array(a[prefix..<(a.count - suffix)])
    let bm = Array(b[prefix..<(b.count - suffix)])
    // LCS table over the differing middle.
    var lcs = [[Int]](repeating: [Int](repeating: 0, count: bm.count + 1), count: am.count + 1)
    for i in stride(from: am.count - 1, through: 0, by: -1) {
      for j in stride(from: bm.count - 1, through: 0, by: -1) {
        lcs[i][j] = am[i] == bm[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
      }
    }
    enum Op { case same(String), del(String), add(String) }
    var ops: [Op] = a[..<prefix].map { .same($0) }
    var i = 0
    var j = 0
    while i < am.count || j < bm.count {
      if i < am.count && j < bm.count && am[i] == bm[j] {
        ops.append(.same(am[i]))
        i += 1
        j += 1
      } else if i < am.count && (j == bm.count || lcs[i + 1][j] >= lcs[i][j + 1]) {
        ops.append(.del(am[i]))  // deletions before additions, as diff and git print them
        i += 1
      } else {
        ops.append(.add(bm[j]))
        j += 1
      }
    }
    ops += a[(a.count - suffix)...].map { .same($0) }
    // Group into hunks with context.
    let shown = path.hasPrefix("/") ? String(path.dropFirst()) : path
    var out = "--- a/\(shown)\n+++ b/\(shown)\n"
    let changed = ops.indices.filter { if case .same = ops[$0] { false } else { true } }
    var k = 0
    while k < changed.count {
      var lo = max(0, changed[k] - context)
      var hi = min(ops.count, changed[k] + context + 1)
      while k + 1 < changed.count && changed[k + 1] - context <= hi {
        k += 1
        hi = min(ops.count, changed[k] + context + 1)
      }
      lo = max(0, lo)
      var oldStart = 1
      var newStart = 1
      for op in ops[..<lo] {
        switch op {
        case .same:
          oldStart += 1
          newStart += 1
        case .del: oldStart += 1
        case .add: newStart += 1
        }
      }
      var body = ""
      var oldCount = 0
      var newCount = 0
      for op in ops[lo..<hi] {
        switch op {
        case .same(let s):
          body += " \(s)\n"
          oldCount += 1
          newCount += 1
        case .del(let s):
          body += "-\(s)\n"
          oldCount += 1
        case .add(let s):
          body += "+\(s)\n"
          newCount += 1
        }
      }
      out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n" + body
      k += 1
    }
    return out
  }
}
