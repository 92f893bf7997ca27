import Foundation
import Testing

/// Which files a command reads, and hostile inputs beside them (configurations, baselines, data files).
@Suite struct InputSetTests {
  let finding = "1:3-1:4 error[punct-halfwidth-in-cjk] 中文语境中应使用全角“，”，不用半角“,” | safe: \",\"→\"，\"\n"

  @Test func theSameFileTwiceIsReportedOnce() throws {
    let dir = try temporaryDirectory()
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("d"), withIntermediateDirectories: true)
    try "会议,开始\n".write(to: dir.appendingPathComponent("d/a.txt"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: dir.appendingPathComponent("d/link.txt").path, withDestinationPath: "a.txt")
    for args in [["d/a.txt", "d/a.txt"], ["d", "d/a.txt"], ["d/a.txt", "./d/a.txt", "d/link.txt"]] {
      let r = try copydesk(["lint", "--format", "concise"] + args, cwd: dir)
      #expect(r.status == 1)
      #expect(r.stdout == "d/a.txt:" + finding, "\(args)")
    }
    let stdin = try copydesk(["lint", "--format", "concise", "-", "-"], stdin: "会议,开始\n", cwd: dir)
    #expect(stdin.stdout == "-:" + finding)
    let b = try copydesk(["baseline", "d/a.txt", "d", "d/a.txt"], cwd: dir)
    #expect(b.status == 0)
    #expect(b.stderr == "wrote 1 finding in 1 file to .copydesk-baseline.json\n")
    let fix = try copydesk(["fix", "d/a.txt", "d/a.txt"], cwd: dir)
    #expect(fix.stderr == "fixed 1 finding in 1 file\n")
  }

  @Test func anUnreadableSubdirectoryIsNamedAndFailsTheRun() throws {
    let dir = try sharedTemporaryDirectory()
    let locked = dir.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try "会议,开始\n".write(to: locked.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    try "会议,开始\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    chmod(locked.path, 0)
    defer { chmod(locked.path, 0o755) }
    let r = try copydeskBytes(["lint", "--format", "concise", "."], cwd: dir, asNobody: true)
    #expect(r.status == 2)
    #expect(r.stderr == "copydesk: ./locked: cannot read directory (Permission denied); its pages were not checked\n")
    #expect(String(decoding: r.stdout, as: UTF8.self) == "./a.txt:" + finding)
  }

  @Test func baselineWithLoneSurrogateOrHugeCounts() throws {
    let dir = try temporaryDirectory()
    try "会议,开始。\n\n会议,开始。\n\n会议,开始。\n".write(
      to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    let key = #""path": "a.txt", "rule": "punct-halfwidth-in-cjk", "before": "会议", "text": ",", "after": "开始。""#
    try
      "{\"version\": 1, \"findings\": [\n  {\(key), \"count\": 4611686018427387904},\n  {\(key), \"count\": 4611686018427387904}\n]}\n"
      .write(to: dir.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
    let huge = try copydesk(["lint", "--baseline", "b.json", "a.txt"], cwd: dir)
    #expect(huge.status == 0)
    #expect(
      huge.stdout
        == "0 findings (0 error, 0 warning, 0 info) in 1 file\n3 more findings suppressed by the baseline b.json\n")
    try "{\"version\": 1, \"findings\": [\n  {\"path\": \"a\\uD800\\u0041\"}\n]}\n".write(
      to: dir.appendingPathComponent("s.json"), atomically: true, encoding: .utf8)
    let lone = try copydesk(["lint", "--baseline", "s.json", "a.txt"], cwd: dir)
    #expect(lone.status == 2)
    #expect(
      lone.stderr
        == "copydesk: s.json:2:14: lone UTF-16 surrogate \\uD800: a high surrogate must be followed by a low one (\\uDC00–\\uDFFF), not \\u0041\n"
    )
  }

  @Test func hostileConfigurationsAndDataFilesAreSentences() throws {
    let dir = try temporaryDirectory()
    try "会议,开始\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    let cfg = dir.appendingPathComponent(".copydesk.json")
    try (String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).write(
      to: cfg, atomically: true, encoding: .utf8)
    let deep = try copydesk(["lint", "a.txt"], cwd: dir)
    #expect(deep.status == 2)
    #expect(deep.stderr == "copydesk: \(cfg.path):1:257: arrays and objects nested more than 256 deep\n")
    // A CRLF data file is read; a bad line in it is named by line, and the file is not echoed.
    try "@rule word-typo\r\n会议 => 会仪\r\n".write(
      to: dir.appendingPathComponent("desk.txt"), atomically: true, encoding: .utf8)
    try #"{"data": {"add": ["desk.txt"]}}"#.write(to: cfg, atomically: true, encoding: .utf8)
    let crlf = try copydesk(["lint", "--format", "concise", "--rule", "word-typo", "a.txt"], cwd: dir)
    #expect(crlf.stdout.hasPrefix("a.txt:1:1-1:3 "))
    try "@rule word-typo\r\n会议 | =\r\n开始 => 开启\r\n".write(
      to: dir.appendingPathComponent("desk.txt"), atomically: true, encoding: .utf8)
    let bad = try copydesk(["lint", "a.txt"], cwd: dir)
    #expect(bad.status == 2)
    #expect(
      bad.stderr == "copydesk: \(dir.appendingPathComponent("desk.txt").path):2:1: attribute '=' is not key=value\n")
    // A discovered configuration may not name files outside its directory; one given with --config may.
    try #"{"data": {"add": ["/etc/passwd"]}}"#.write(to: cfg, atomically: true, encoding: .utf8)
    let outside = try copydesk(["lint", "a.txt"], cwd: dir)
    #expect(outside.status == 2)
    #expect(outside.stderr.hasPrefix("copydesk: \(cfg.path):1:19: data file \"/etc/passwd\" is outside the directory"))
    #expect(!outside.stderr.contains("root:"))
    let explicit = try copydesk(["lint", "--config", cfg.path, "a.txt"], cwd: dir)
    #expect(explicit.stderr.hasPrefix("copydesk: /etc/passwd:1:1: entry before the @rule line"))
  }
}
