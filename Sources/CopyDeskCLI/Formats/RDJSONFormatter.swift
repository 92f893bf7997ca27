import CopyDesk

/// Reviewdog Diagnostic Format, `rdjson` flavour: one `DiagnosticResult` object for the whole run
/// (`copydesk lint --format rdjson … | reviewdog -f=rdjson -reporter=github-pr-review`).
///
/// Positions follow the format's definition: 1-based lines, 1-based columns counted in UTF-8 bytes (a Chinese
/// character is three columns), end positions exclusive. Each fix becomes one suggestion covering the fix's whole
/// span, so a fix with several edits is still one reviewable replacement.
enum RDJSONFormatter {
  static func severity(_ s: Severity) -> String {
    switch s {
    case .error: "ERROR"
    case .warning: "WARNING"
    case .info: "INFO"
    }
  }

  static func position(_ doc: Document, _ offset: Int) -> JSONValue {
    let p = doc.lineColumn(ofOffset: offset, encoding: .utf8)
    return .object(["line": .number(Double(p.line)), "column": .number(Double(p.column))])
  }

  static func range(_ doc: Document, _ r: Range<Int>) -> JSONValue {
    .object(["start": position(doc, r.lowerBound), "end": position(doc, r.upperBound)])
  }

  /// The text of `fix.span` after the fix's edits.
  static func replacement(_ fix: Fix, in doc: Document) -> String {
    var out = ""
    var cursor = fix.span.lowerBound
    for e in fix.edits {
      out += doc.slice(cursor..<e.range.lowerBound) + e.replacement
      cursor = e.range.upperBound
    }
    return out + doc.slice(cursor..<fix.span.upperBound)
  }

  static func diagnostic(_ d: Diagnostic, _ r: FileReport, language: Language) -> JSONValue {
    var o: [String: JSONValue] = [
      "message": .string(d.message.text(language)),
      "location": .object(["path": .string(r.reportPath), "range": range(r.document, d.range)]),
      "severity": .string(severity(d.severity)),
      "code": .object(["value": .string(d.rule)]),
    ]
    if let fix = d.fix {
      o["suggestions"] = .array([
        .object(["range": range(r.document, fix.span), "text": .string(replacement(fix, in: r.document))])
      ])
    }
    return .object(o)
  }

  static func format(_ reports: [FileReport], language: Language) -> String {
    let result: JSONValue = .object([
      "source": .object(["name": .string("copydesk")]),
      "diagnostics": .array(reports.flatMap { r in r.diagnostics.map { diagnostic($0, r, language: language) } }),
    ])
    return result.serialized + "\n"
  }
}
