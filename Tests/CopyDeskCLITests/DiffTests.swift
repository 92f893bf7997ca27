import Foundation
import Testing

import CopyDesk
@testable import CopyDeskCLI

/// `fix --diff` is a patch: `git apply` takes it, and applying it gives exactly what `fix` writes.
@Suite struct DiffTests {
  /// Applies a unified diff to `old` the way patch does, strictly (context must match), or nil.
  static func apply(_ diff: String, to old: String) -> String? {
    var oldLines = UnifiedDiff.lines(Array(old.utf8)).map { Array(Array(old.utf8)[$0]) }
    var out: [[UInt8]] = []
    var cursor = 0
    // On bytes: a Swift Character joins CR and LF, so splitting the String at "\n" would not split CRLF lines.
    var lines = Array(diff.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
    if lines.last == [] { lines.removeLast() }
    var k = 2  // after the --- and +++ lines
    while k < lines.count {
      let header = String(decoding: lines[k], as: UTF8.self)
      guard header.hasPrefix("@@ -"), let start = Int(header.dropFirst(4).prefix { $0 != "," }) else { return nil }
      let first = max(0, start - 1)
      let oldCount = Int(header.split(separator: " ")[1].split(separator: ",")[1])!
      let from = oldCount == 0 ? start : first
      guard from >= cursor, from <= oldLines.count else { return nil }
      out += oldLines[cursor..<from]
      cursor = from
      k += 1
      while k < lines.count, let tag = lines[k].first, tag != UInt8(ascii: "@") {
        var line = Array(lines[k].dropFirst()) + [0x0A]
        if k + 1 < lines.count, lines[k + 1] == Array("\\ No newline at end of file".utf8) {
          line.removeLast()
          k += 1
        }
        switch tag {
        case UInt8(ascii: " "), UInt8(ascii: "-"):
          guard cursor < oldLines.count, oldLines[cursor] == line else { return nil }
          if tag == UInt8(ascii: " ") { out.append(line) }
          cursor += 1
        case UInt8(ascii: "+"): out.append(line)
        default: return nil
        }
        k += 1
      }
    }
    out += oldLines[cursor...]
    oldLines = out
    return String(decoding: oldLines.flatMap { $0 }, as: UTF8.self)
  }

  @Test(arguments: [
    "标题\r\n\r\n会议,开始\r\n第二段,内容\r\n",  // CRLF
    "标题\n\n会议,开始\n末行,没有换行",  // no final newline
    "标题\r\n会议,开始\n\r\n第二段,内容\r",  // mixed, a CR at the very end
    "会议,开始",  // one line, no newline
  ])
  func gitApplyAcceptsTheDiff(_ page: String) throws {
    let dir = try temporaryDirectory()
    #expect(try git(["init", "-q"], in: dir).status == 0)
    let file = dir.appendingPathComponent("page.txt")
    try write(Array(page.utf8), to: file)
    let diff = try copydesk(["fix", "--diff", "page.txt"], cwd: dir)
    #expect(diff.status == 0 && !diff.stdout.isEmpty)
    try diff.stdout.write(to: dir.appendingPathComponent("fix.patch"), atomically: true, encoding: .utf8)
    let applied = try git(["apply", "--whitespace=nowarn", "fix.patch"], in: dir)
    #expect(applied.status == 0, "\(applied.output)")
    let patched = try bytes(of: file)
    try write(Array(page.utf8), to: file)
    #expect(try copydesk(["fix", "page.txt"], cwd: dir).status == 0)
    #expect(patched == (try bytes(of: file)))
    #expect(Self.apply(diff.stdout, to: page) == String(decoding: patched, as: UTF8.self))
  }

  @Test func aGB18030PageGetsAPatchInGB18030() throws {
    let dir = try temporaryDirectory()
    #expect(try git(["init", "-q"], in: dir).status == 0)
    let page = "标题\r\n\r\n会议,开始𠮷\r\n"
    let file = dir.appendingPathComponent("page.txt")
    try write(gb18030(page), to: file)
    let diff = try copydeskBytes(["fix", "--diff", "page.txt"], cwd: dir)
    try write(diff.stdout, to: dir.appendingPathComponent("fix.patch"))
    #expect(try git(["apply", "--whitespace=nowarn", "fix.patch"], in: dir).status == 0)
    #expect(try bytes(of: file) == gb18030("标题\r\n\r\n会议，开始𠮷\r\n"))
  }

  @Test func noPhantomLineAndHunksOnlyWhereTextChanged() {
    let old = (1...20).map { "第\($0)段。\n" }.joined()
    let new = old.replacingOccurrences(of: "第2段", with: "第二段").replacingOccurrences(of: "第19段", with: "第十九段")
    #expect(
      UnifiedDiff.make(old: old, new: new, path: "p.txt") == """
        --- a/p.txt
        +++ b/p.txt
        @@ -1,5 +1,5 @@
         第1段。
        -第2段。
        +第二段。
         第3段。
         第4段。
         第5段。
        @@ -16,5 +16,5 @@
         第16段。
         第17段。
         第18段。
        -第19段。
        +第十九段。
         第20段。

        """)
  }

  @Test func randomEditsDiffToValidPatches() {
    var rng = SplitMix64(seed: 17)
    let alphabet = ["a\n", "b\n", "c\n", "a\r\n", "\n", "d"]
    for _ in 0..<400 {
      let a = (0..<Int(rng.next() % 30)).map { _ in alphabet[Int(rng.next() % 5)] }.joined()
      var b = UnifiedDiff.lines(Array(a.utf8)).map { String(decoding: Array(a.utf8)[$0], as: UTF8.self) }
      for _ in 0..<Int(rng.next() % 6) {
        let at = Int(rng.next() % UInt64(b.count + 1))
        if rng.next() % 2 == 0 || b.isEmpty {
          b.insert(alphabet[Int(rng.next() % 5)], at: at)
        } else {
          b.remove(at: min(at, b.count - 1))
        }
      }
      if rng.next() % 4 == 0 { b.append(alphabet[5]) }
      let new = b.joined()
      let diff = UnifiedDiff.make(old: a, new: new, path: "p")
      #expect(
        a == new ? diff == "--- a/p\n+++ b/p\n" : Self.apply(diff, to: a) == new,
        "\(a.debugDescription) → \(new.debugDescription)")
    }
  }

  @Test func myersFindsAShortestScriptBelowTheCostBound() {
    var rng = SplitMix64(seed: 3)
    for _ in 0..<300 {
      let a = (0..<Int(rng.next() % 40)).map { _ in Int32(rng.next() % 4) }
      let b = (0..<Int(rng.next() % 40)).map { _ in Int32(rng.next() % 4) }
      var m = Myers(a: a, b: b)
      m.run()
      // Longest common subsequence by dynamic programming.
      var t = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
      for i in stride(from: a.count - 1, through: 0, by: -1) {
        for j in stride(from: b.count - 1, through: 0, by: -1) {
          t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : max(t[i + 1][j], t[i][j + 1])
        }
      }
      let kept = zip(a, m.removed).filter { !$0.1 }.map(\.0)
      #expect(kept == zip(b, m.added).filter { !$0.1 }.map(\.0))
      #expect(kept.count == t[0][0])
    }
  }

  @Test func tenThousandChangedParagraphsGiveAValidPatch() {
    let old = (0..<10_000).map { "第\($0)段,内容\n\n" }.joined()
    let new = old.replacingOccurrences(of: ",", with: "，")
    let diff = UnifiedDiff.make(old: old, new: new, path: "p")
    let diffLines = diff.split(separator: "\n")
    #expect(diffLines.filter { $0.hasPrefix("-第") }.count == 10_000)
    #expect(diffLines.filter { $0.hasPrefix("+第") }.count == 10_000)
    #expect(diffLines.filter { $0 == " " }.count == 10_000)
    #expect(Self.apply(diff, to: old) == new)
    // Interleaved insertions and deletions beyond the search's cost bound still give a valid patch.
    let a = (0..<3000).map { "\($0 % 7)\n" }.joined()
    let b = (0..<3000).map { "\(($0 * 5) % 7)\n" }.joined()
    #expect(Self.apply(UnifiedDiff.make(old: a, new: b, path: "p"), to: a) == b)
  }
}

@Suite struct DiffPathTests {
  @Test func pathsAreWhatGitAccepts() {
    #expect(UnifiedDiff.make(old: "a\n", new: "b\n", path: "./d/p.txt").hasPrefix("--- a/d/p.txt\n+++ b/d/p.txt\n"))
    #expect(
      UnifiedDiff.make(old: "a\n", new: "b\n", path: "/tmp/p.txt").hasPrefix("--- a/tmp/p.txt\n+++ b/tmp/p.txt\n"))
  }
}
