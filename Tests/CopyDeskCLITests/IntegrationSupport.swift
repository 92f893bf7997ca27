import CopyDesk
import Foundation

@testable import CopyDeskCLI

/// Helpers for the CI-format and baseline tests (names prefixed so they do not clash with other suites' helpers).
enum IntegrationSupport {
  /// The checkout's root, from this file's path (Tests/CopyDeskCLITests/IntegrationSupport.swift).
  static let checkoutRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A report built from hand-made findings, so format tests do not depend on any rule's wording.
  static func report(_ text: String, path: String, _ diagnostics: [Diagnostic]) -> FileReport {
    FileReport(display: path, document: Document(text: text, path: path), diagnostics: diagnostics)
  }

  /// A finding on the first occurrence of `needle` in `text`.
  static func finding(
    _ rule: String, on needle: String, in text: String, occurrence: Int = 1, severity: Severity = .error,
    zh: String = "消息", en: String = "message", fix: String? = nil, unsafe: Bool = false
  ) -> Diagnostic {
    let range = byteRange(of: needle, in: text, occurrence: occurrence)
    return Diagnostic(
      rule: rule, severity: severity, message: Message(zh: zh, en: en), range: range,
      fix: fix.map { .replace(range, with: $0, unsafe ? .unsafe : .safe) })
  }

  static func byteRange(of needle: String, in text: String, occurrence: Int = 1) -> Range<Int> {
    let bytes = Array(text.utf8)
    let n = Array(needle.utf8)
    var seen = 0
    var i = 0
    while i + n.count <= bytes.count {
      if Array(bytes[i..<(i + n.count)]) == n {
        seen += 1
        if seen == occurrence { return i..<(i + n.count) }
      }
      i += 1
    }
    fatalError("\(needle) not found \(occurrence) times")
  }

  /// Lints texts as files would be linted (one configuration, only the given rules).
  static func lint(_ files: [(path: String, text: String)], only rules: Set<String>) throws -> [FileReport] {
    let linter = try Linter(configuration: Configuration.builtin(), only: rules)
    let docs = files.map { Document(text: $0.text, path: $0.path) }
    let results = linter.lint(corpus: docs)
    return zip(files, zip(docs, results)).map { f, dr in FileReport(display: f.path, document: dr.0, diagnostics: dr.1)
    }
  }

  /// `line:column` (1-based, scalar columns) of a byte offset, for readable assertions.
  static func lc(_ doc: Document, _ offset: Int) -> String {
    let p = doc.position(ofOffset: offset)
    return "\(p.line):\(p.column)"
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.path
  }

  static var isCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false }
}
