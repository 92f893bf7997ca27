import CopyDesk
import Foundation
import Testing

/// Positions: one internal unit (UTF-8 bytes), line/column only at the edges, non-BMP characters never shift columns.
@Suite struct PositionTests {
  // 𠮷 U+20BB7 and 𬌗 U+2C317 are non-BMP Han (4 UTF-8 bytes, 2 UTF-16 units); 😀 is an emoji.
  let text = "𠮷𬌗说,好\r\n😀a,\n第三行"

  @Test func lineAndColumnCountScalars() {
    let d = Document(text: text)
    let comma = Array(text.utf8).firstIndex(of: 0x2C)!
    #expect(comma == 11)
    #expect(d.position(ofOffset: comma) == SourcePosition(line: 1, column: 4, offset: 11))
    let second = Array(text.utf8).lastIndex(of: 0x2C)!
    #expect(d.position(ofOffset: second) == SourcePosition(line: 2, column: 3, offset: second))
    #expect(d.lineCount == 3)
    #expect(d.slice(d.lineContentRange(0)) == "𠮷𬌗说,好")
    #expect(d.slice(d.lineContentRange(1)) == "😀a,")
  }

  @Test func lspEncodings() {
    let d = Document(text: text)
    let comma = 11
    #expect(d.lineAndCharacter(ofOffset: comma, encoding: .utf8) == (0, 11))
    #expect(d.lineAndCharacter(ofOffset: comma, encoding: .utf16) == (0, 5))
    #expect(d.lineAndCharacter(ofOffset: comma, encoding: .utf32) == (0, 3))
    for enc in [PositionEncoding.utf8, .utf16, .utf32] {
      let (l, c) = d.lineAndCharacter(ofOffset: comma, encoding: enc)
      #expect(d.offset(line: l, character: c, encoding: enc) == comma)
    }
    // Line 2 after CRLF: "😀a," — 'a' is UTF-16 unit 2.
    let a = d.offset(line: 1, character: 2, encoding: .utf16)
    #expect(d.slice(a..<(a + 1)) == "a")
  }

  @Test func outOfRangeIsClamped() {
    let d = Document(text: text)
    #expect(d.offset(line: 0, character: 999, encoding: .utf16) == d.lineContentRange(0).upperBound)
    #expect(d.offset(line: 99, character: 0, encoding: .utf16) == d.bytes.count)
    #expect(d.offset(line: -1, character: 0, encoding: .utf16) == 0)
    // Inside a surrogate pair: the start of the character.
    #expect(d.offset(line: 0, character: 1, encoding: .utf16) == 0)
    #expect(d.position(ofOffset: 10_000).offset == d.bytes.count)
  }

  @Test func byteOrderMarkIsNotAColumn() {
    let d = Document(text: "\u{FEFF}会议,开始")
    #expect(d.bomLength == 3)
    let comma = Array(d.bytes).firstIndex(of: 0x2C)!
    #expect(d.position(ofOffset: comma).column == 3)
    #expect(d.lineAndCharacter(ofOffset: comma, encoding: .utf16).character == 2)
  }
}

@Suite struct MaskTests {
  func masks(_ text: String, _ needle: String) -> Set<MaskKind> {
    let d = Document(text: text)
    let n = Array(needle.utf8)
    let b = d.bytes
    for i in 0...(b.count - n.count) where Array(b[i..<(i + n.count)]) == n {
      return Set((i..<(i + n.count)).map { d.masks[$0] })
    }
    Issue.record("\(needle) not found")
    return []
  }

  @Test func numbersTimesDates() {
    #expect(masks("于10:00开始", "10:00") == [.number])
    #expect(masks("共1,000人", "1,000") == [.number])
    #expect(masks("增长3.5%", "3.5") == [.number])
    #expect(masks("日期2024-01-16为准", "2024-01-16") == [.number])
  }

  @Test func urlsEmailsCode() {
    #expect(masks("见https://a.cn/x?y=1，谢谢", "https://a.cn/x?y=1") == [.url])
    #expect(masks("来信ed@paper.cn。", "ed@paper.cn") == [.email])
    #expect(masks("代码`a,b`不改", "`a,b`") == [.code])
    #expect(masks("注<!-- note -->后", "<!-- note -->") == [.markup])
    #expect(masks("空格&nbsp;后", "&nbsp;") == [.markup])
  }

  @Test func latinWordsAndPhrases() {
    #expect(masks("苹果CEO Tim Cook访华", "Tim Cook") == [.latinPhrase])
    #expect(masks("邮政所EMS快递", "EMS") == [.latinWord])
    #expect(masks("他说“Stay hungry, stay foolish.”", "Stay hungry, stay foolish.") == [.latinPhrase])
    #expect(masks("排名No.1的", "No.1") == [.latinWord])
    #expect(masks("他在U.S.工作", "U.S.") == [.latinWord])
  }
}

@Suite struct DirectiveTests {
  @Test func nextLineAndRanges() throws {
    let text = """
      <!-- copydesk-disable-next-line space-cjk -- 原文如此 -->
      意见建议 和政协委员
      意见建议 和政协委员
      <!-- copydesk-disable space-cjk,punct-halfwidth-in-cjk -->
      意见建议 和政协委员,好
      <!-- copydesk-enable -->
      意见建议 和政协委员
      """
    let l = try linter(only: "space-cjk")
    let d = Document(text: text)
    let lines = l.lint(d).filter { $0.rule == "space-cjk" }.map { d.position(ofOffset: $0.range.lowerBound).line }
    #expect(lines == [3, 7])
  }

  @Test func unknownRuleInDirectiveIsReported() throws {
    let d = Document(text: "<!-- copydesk-disable-next-line space-cjkk -- 标语 -->\n奋进 新时代")
    let all = try Linter(configuration: .builtin()).lint(d)
    let unknown = all.filter { $0.rule == "directive-unknown-rule" }
    #expect(unknown.count == 1)
    #expect(d.slice(unknown[0].range) == "space-cjkk")
    // The misspelt directive suppresses nothing.
    #expect(all.contains { $0.rule == "space-cjk" })
  }
}

@Suite struct FixerTests {
  @Test func overlappingEditsWaitForTheNextPass() {
    let text = "abcdef"
    let a = Fix.replace(1..<3, with: "X")
    let b = Fix.replace(2..<4, with: "Y")
    let c = Fix.replace(4..<5, with: "Z")
    let (out, n) = Fixer.apply([b, a, c], to: text)
    #expect(out == "aXdZf")
    #expect(n == 2)
  }

  @Test func fixIsIdempotentOnSeeds() throws {
    let l = try Linter(configuration: .builtin())
    for page in try seedPages() {
      let once = Fixer.fix(text: page.text, path: page.name, format: nil, linter: l, includeUnsafe: false)
      let twice = Fixer.fix(text: once.text, path: page.name, format: nil, linter: l, includeUnsafe: false)
      #expect(twice.text == once.text, "fixing \(page.name) a second time changes it")
      #expect(twice.applied == 0)
      #expect(!once.remaining.contains { $0.fix?.applicability == .safe }, "safe fixes left in \(page.name)")
    }
  }
}

func seedPages() throws -> [(name: String, text: String)] {
  let dir = repositoryRoot.appendingPathComponent("seeds")
  return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted().map {
    ($0, try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8))
  }
}

@Suite struct HalfwidthFixSafetyTests {
  func applicability(_ text: String) throws -> [String] {
    try findings("punct-halfwidth-in-cjk", text).map { $0.fix?.applicability.rawValue ?? "none" }
  }

  @Test func sentenceFinalMarksAreSafeMidSentenceGuessesAreNot() throws {
    #expect(try applicability("这笔钱去哪儿了?") == ["safe"])
    #expect(try applicability("成本呢?我们的回答") == ["safe"])
    #expect(try applicability("“股神”沃伦?巴菲特") == ["unsafe"])
    #expect(try applicability("提高思想认识.艺术修养") == ["unsafe"])
    #expect(try applicability("会议于昨日召开.") == ["safe"])
    #expect(try applicability("他表示:要把实事办实") == ["safe"])
  }
}
