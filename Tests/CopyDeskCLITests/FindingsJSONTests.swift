import CopyDesk
import Foundation
import Testing

@testable import CopyDeskCLI

/// `lint --format json` writes bytes directly (`FindingsJSON`); the text must be exactly what the `JSONValue`
/// objects of `JSONFormatter` serialize to, since editors and CI parse it.
@Suite struct FindingsJSONTests {
  func reference(_ reports: [FileReport], _ language: Language) -> String {
    JSONFormatter.format(reports, language: language)
  }

  func written(_ reports: [FileReport], _ language: Language) -> String {
    String(
      decoding: FindingsJSON.bytes(reports.map { ($0.display, $0.document, $0.diagnostics) }, language: language),
      as: UTF8.self)
  }

  @Test func seedPagesGiveTheSameText() throws {
    let linter = try Linter(configuration: .builtin())
    let dir = repositoryRoot.appendingPathComponent("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
    var reports: [FileReport] = []
    for name in names {
      let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
      let doc = Document(text: text, path: name)
      reports.append(FileReport(display: "seeds/" + name, document: doc, diagnostics: linter.lint(doc)))
    }
    #expect(reports.map(\.diagnostics.count).reduce(0, +) > 100)
    for language in [Language.zh, .en] {
      #expect(written(reports, language) == reference(reports, language))
    }
  }

  @Test func escapesPositionsAndEmptyOutputMatch() {
    // Non-BMP characters, CRLF, a byte-order mark, offsets inside a character and past the end, and messages,
    // replacements and a path with quotes, backslashes and control characters.
    let doc = Document(text: "\u{FEFF}𠮷a😀b\r\n中\"\\\r\n\tx\u{1}y")
    let odd = "q\"b\\s\n\r\t\u{1}\u{1F}𬌗"
    let diagnostics = [
      Diagnostic(rule: "x-a", severity: .info, message: Message(zh: odd, en: "e"), range: 0..<3),
      Diagnostic(
        rule: "x-b", severity: .warning, message: Message(zh: "甲", en: odd), range: 4..<9,
        fix: Fix(.safe, edits: [TextEdit(range: 8..<9, replacement: odd), TextEdit(range: 4..<5, replacement: "")])),
      Diagnostic(
        rule: "x-c", severity: .error, message: Message(zh: "乙", en: "b"), range: 14..<40,
        fix: Fix(.unsafe, edits: [TextEdit(range: 30..<99, replacement: "z")])),
    ]
    let reports = [FileReport(display: "d\"i\\r/𠮷.txt", document: doc, diagnostics: diagnostics)]
    for language in [Language.zh, .en] {
      #expect(written(reports, language) == reference(reports, language))
    }
    #expect(written([], .zh) == "[]\n")
    #expect(written([FileReport(display: "a", document: doc, diagnostics: [])], .zh) == "[]\n")
  }

  @Test func integersAndEscapesOfTheByteWriter() {
    var j = JSONBytes()
    for n in [0, 7, 10, 99, 100, 12_345, -1, -908, Int.max, Int.min] {
      j.out = []
      j.int(n)
      #expect(String(decoding: j.out, as: UTF8.self) == String(n))
    }
    for s in ["", "a", "\"", "\\", "中\u{0}\u{7F}", "\u{1F}x\u{20}"] {
      j.out = []
      j.string(s)
      var reference = ""
      JSONValue.escape(s, into: &reference)
      #expect(String(decoding: j.out, as: UTF8.self) == reference)
    }
  }
}
