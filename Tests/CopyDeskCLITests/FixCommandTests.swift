import Foundation
import Testing

@Suite struct FixCommandTests {
  @Test func keepsCRLFAndBOMAndIsIdempotent() throws {
    let dir = try temporaryDirectory()
    let file = dir.appendingPathComponent("a.txt")
    let original = "\u{FEFF}会议于昨日召开,共有300余人参加.\r\n据统计， 2022年投入资金。\r\n"
    try Data(original.utf8).write(to: file)
    let r = try copydesk(["fix", file.path])
    #expect(r.status == 0)
    let fixed = try Data(contentsOf: file)
    #expect(String(decoding: fixed, as: UTF8.self) == "\u{FEFF}会议于昨日召开，共有300余人参加。\r\n据统计，2022年投入资金。\r\n")
    #expect(Array(fixed.prefix(3)) == [0xEF, 0xBB, 0xBF])
    // A second run changes nothing.
    _ = try copydesk(["fix", file.path])
    #expect(try Data(contentsOf: file) == fixed)
  }

  @Test func keepsUTF16() throws {
    let dir = try temporaryDirectory()
    let file = dir.appendingPathComponent("u16.txt")
    var bytes: [UInt8] = [0xFF, 0xFE]
    for u in "会议,开始\n".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    try Data(bytes).write(to: file)
    #expect(try copydesk(["fix", file.path]).status == 0)
    var expected: [UInt8] = [0xFF, 0xFE]
    for u in "会议，开始\n".utf16 { expected += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    #expect([UInt8](try Data(contentsOf: file)) == expected)
  }

  @Test func diffDoesNotWrite() throws {
    let dir = try temporaryDirectory()
    let file = dir.appendingPathComponent("a.txt")
    try "第一行。\n会议,开始\n".write(to: file, atomically: true, encoding: .utf8)
    let r = try copydesk(["fix", "--diff", file.path])
    let shown = String(file.path.dropFirst())
    // No phantom empty line after the last newline (git apply counts lines exactly).
    #expect(r.stdout == "--- a/\(shown)\n+++ b/\(shown)\n@@ -1,2 +1,2 @@\n 第一行。\n-会议,开始\n+会议，开始\n")
    #expect(try String(contentsOf: file, encoding: .utf8) == "第一行。\n会议,开始\n")
  }

  @Test func stdinToStdoutAndUnsafeOnlyWhenAsked() throws {
    let safe = try copydesk(["fix", "-"], stdin: "精神 and 中央,开始")
    #expect(safe.stdout == "精神 and 中央，开始")
    let unsafe = try copydesk(["fix", "--unsafe", "-"], stdin: "精神 and 中央,开始")
    #expect(unsafe.stdout == "精神和中央，开始")
  }

  @Test func unreadableInputLeavesNothingBehind() throws {
    let dir = try temporaryDirectory()
    let file = dir.appendingPathComponent("bad.txt")
    try Data([0x41, 0xFF, 0x42]).write(to: file)
    let r = try copydesk(["fix", file.path])
    #expect(r.status == 2)
    #expect([UInt8](try Data(contentsOf: file)) == [0x41, 0xFF, 0x42])
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["bad.txt"])
  }
}
