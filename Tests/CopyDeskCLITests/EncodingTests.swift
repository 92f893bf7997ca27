import Foundation
import Testing

/// UTF-16 is read strictly and answered in kind; GB18030 (and GBK) pages are read, checked like their UTF-8 copy
/// and written back in GB18030, or refused when they would not come back byte for byte.
@Suite struct EncodingTests {
  let page = "标题\n\n本报讯 会议于昨日召开,共有300余人参加𠮷.\n"
  let fixedPage = "标题\n\n本报讯 会议于昨日召开，共有300余人参加𠮷。\n"

  @Test func malformedUTF16IsAnErrorAndTheFileStaysByteIdentical() throws {
    let dir = try temporaryDirectory()
    let odd = dir.appendingPathComponent("odd.txt")
    let oddBytes = utf16("会议,开始\n", littleEndian: true) + [0x41]
    try write(oddBytes, to: odd)
    let r = try copydesk(["fix", "odd.txt"], cwd: dir)
    #expect(r.status == 2)
    #expect(
      r.stderr.hasPrefix(
        "copydesk: odd.txt:2:1: odd number of bytes: the UTF-16 text ends in half a character (byte offset 14)\n"))
    #expect(try bytes(of: odd) == oddBytes)
    let lone = dir.appendingPathComponent("lone.txt")
    let loneBytes = utf16("会", littleEndian: false) + [0xD8, 0x00] + utf16(",开始\n", littleEndian: false, bom: false)
    try write(loneBytes, to: lone)
    let l = try copydesk(["lint", "lone.txt"], cwd: dir)
    #expect(l.status == 2)
    #expect(l.stderr == "copydesk: lone.txt:1:2: unpaired UTF-16 surrogate 0xD800 (byte offset 4)\n")
    #expect(try copydesk(["fix", "lone.txt"], cwd: dir).status == 2)
    #expect(try bytes(of: lone) == loneBytes)
  }

  @Test func fixOnStandardInputAnswersInTheInputsEncoding() throws {
    for littleEndian in [true, false] {
      let r = try copydeskBytes(["fix", "-"], stdin: utf16(page, littleEndian: littleEndian))
      #expect(r.status == 0)
      #expect(r.stdout == utf16(fixedPage, littleEndian: littleEndian))
    }
    let gb = try copydeskBytes(["fix", "-"], stdin: gb18030(page))
    #expect(gb.stdout == gb18030(fixedPage))
    let bom = try copydeskBytes(["fix", "-"], stdin: Array(("\u{FEFF}" + page).utf8))
    #expect(bom.stdout == Array(("\u{FEFF}" + fixedPage).utf8))
  }

  @Test func gb18030PagesHaveTheFindingsOfTheirUTF8CopyAndAreWrittenBackInGB18030() throws {
    let dir = try temporaryDirectory()
    for sub in ["u", "g"] {
      try FileManager.default.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    try write(Array(page.utf8), to: dir.appendingPathComponent("u/page.txt"))
    try write(gb18030(page), to: dir.appendingPathComponent("g/page.txt"))
    for format in ["concise", "json"] {
      let u = try copydesk(["lint", "--format", format, "page.txt"], cwd: dir.appendingPathComponent("u"))
      let g = try copydesk(["lint", "--format", format, "page.txt"], cwd: dir.appendingPathComponent("g"))
      #expect(u.status == 1 && g.status == 1)
      #expect(g.stdout == u.stdout && g.stderr.isEmpty, "\(format)")
    }
    let r = try copydesk(["fix", "page.txt"], cwd: dir.appendingPathComponent("g"))
    #expect(r.status == 0)
    #expect(try bytes(of: dir.appendingPathComponent("g/page.txt")) == gb18030(fixedPage))
    // Read as UTF-8 by force, the GB18030 page is an error at its first non-UTF-8 byte.
    let forced = try copydesk(["lint", "--encoding", "utf-8", "page.txt"], cwd: dir.appendingPathComponent("g"))
    #expect(forced.status == 2)
    #expect(forced.stderr == "copydesk: page.txt:1:1: not valid UTF-8 (byte offset 0)\n")
  }

  @Test func theEncodingCanBeNamedOnTheCommandLineOrInTheConfiguration() throws {
    // UTF-8 "中文" is also valid GB18030 (three other characters). Read as GB18030 by choice, the comma between
    // them is fixed to GB18030 "，" (A3 AC); detected, the bytes are UTF-8 and the comma becomes EF BC 8C.
    let word: [UInt8] = [0xE4, 0xB8, 0xAD, 0xE6, 0x96, 0x87]
    let input = word + [0x2C] + word + [0x0A]
    let asGB = word + [0xA3, 0xAC] + word + [0x0A]
    #expect(try copydeskBytes(["fix", "--encoding", "gb18030", "-"], stdin: input).stdout == asGB)
    #expect(try copydeskBytes(["fix", "-"], stdin: input).stdout == word + [0xEF, 0xBC, 0x8C] + word + [0x0A])
    let dir = try temporaryDirectory()
    try #"{"encoding": "gbk"}"#.write(
      to: dir.appendingPathComponent(".copydesk.json"), atomically: true, encoding: .utf8)
    try write(input, to: dir.appendingPathComponent("a.txt"))
    #expect(try copydesk(["fix", "a.txt"], cwd: dir).status == 0)
    #expect(try bytes(of: dir.appendingPathComponent("a.txt")) == asGB)
    let usage = try copydesk(["lint", "--encoding", "big5", "a.txt"], cwd: dir)
    #expect(usage.status == 2)
    #expect(
      usage.stderr == "copydesk lint: --encoding must be one of: auto, utf-8, utf-16le, utf-16be, gb18030 (gbk)\n")
  }

  @Test func gbkBytesThatWouldNotComeBackAreLintedButNotFixed() throws {
    let dir = try temporaryDirectory()
    // 0x80 alone is € in Windows GBK (CP936); GB18030 writes € as A2 E3, so a fix would change bytes it did not fix.
    let original = gb18030("会议,开始") + [0x80] + [0x0A]
    try write(original, to: dir.appendingPathComponent("a.txt"))
    let lint = try copydesk(["lint", "--format", "concise", "a.txt"], cwd: dir)
    #expect(lint.status == 1)
    #expect(lint.stdout.hasPrefix("a.txt:1:3-1:4 error[punct-halfwidth-in-cjk]"))
    let r = try copydesk(["fix", "a.txt"], cwd: dir)
    #expect(r.status == 2)
    #expect(
      r.stderr
        == "copydesk: a.txt: its GB18030 bytes do not convert back byte for byte (a GBK-only byte such as 0x80?), so fix leaves it unchanged\nfixed 0 findings in 0 files\n"
    )
    #expect(try bytes(of: dir.appendingPathComponent("a.txt")) == original)
  }

  @Test func neitherUTF8NorGB18030IsAnError() throws {
    let dir = try temporaryDirectory()
    try write([0xE4, 0xBC, 0x9A, 0x0A, 0x41, 0xFF, 0x42], to: dir.appendingPathComponent("a.txt"))
    let r = try copydesk(["lint", "a.txt"], cwd: dir)
    #expect(r.status == 2)
    #expect(
      r.stderr
        == "copydesk: a.txt:2:2: not valid UTF-8 (byte offset 5); not GB18030 either, and UTF-16 needs a byte-order mark — convert the file, e.g. `iconv -f BIG5 -t UTF-8`, or name its encoding with --encoding\n"
    )
    let forced = try copydesk(["lint", "--encoding", "gb18030", "a.txt"], cwd: dir)
    #expect(forced.stderr == "copydesk: a.txt:1:2: not valid GB18030 (byte offset 2)\n")
  }
}
