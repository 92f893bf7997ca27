import CopyDesk
import Foundation

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
///
/// Columns are 1-based UTF-16 code units: SARIF's default `columnKind`, the one GitHub code scanning and the
/// VS Code SARIF viewer assume; the run states it explicitly. `endColumn` is exclusive (one past the last
/// character), as SARIF defines it. Chinese text is in the BMP, so for it a column is one character; a non-BMP
/// character such as 𠮷 counts two.
enum SARIFFormatter {
  static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
  static let fingerprintKey = "copydeskContext/v1"

  static func format(
    _ reports: [FileReport], language: Language, rules: [RuleDescription] = RuleRegistry.descriptions,
    executionSuccessful: Bool = true
  ) -> String {
    let sortedRules = rules.sorted { $0.id < $1.id }
    let ruleIndex = Dictionary(uniqueKeysWithValues: sortedRules.enumerated().map { ($1.id, $0) })
    let docsByPath = Dictionary(
      reports.compactMap { r in r.document.path.map { ($0, r) } }, uniquingKeysWith: { a, _ in a })
    var results: [JSONValue] = []
    for r in reports {
      var seen: [String: Int] = [:]
      for d in r.diagnostics {
        let key = FindingKey(d, in: r.document, path: r.reportPath).contextHash
        seen[key, default: 0] += 1
        results.append(
          result(
            d, r, language: language, ruleIndex: ruleIndex[d.rule], fingerprint: "\(key):\(seen[key]!)", docsByPath))
      }
    }
    let run: JSONValue = .object([
      "tool": .object([
        "driver": .object([
          "name": .string("copydesk"), "version": .string(CLI.version), "semanticVersion": .string(CLI.version),
          "rules": .array(sortedRules.map { rule($0, language: language) }),
        ])
      ]),
      "language": .string(language == .zh ? "zh-CN" : "en-US"),
      "columnKind": .string("utf16CodeUnits"),
      "invocations": .array([.object(["executionSuccessful": .bool(executionSuccessful)])]),
      "results": .array(results),
    ])
    let log: JSONValue = .object([
      "$schema": .string(schemaURI), "version": .string("2.1.0"), "runs": .array([run]),
    ])
    return log.serialized + "\n"
  }

  /// `error`, `warning`, `note`: SARIF's names for copydesk's severities.
  static func level(_ s: Severity) -> String {
    switch s {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  /// `punct-halfwidth-in-cjk` → `PunctHalfwidthInCjk` (SARIF's `name` is an identifier-like name).
  static func ruleName(_ id: String) -> String {
    id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  static func rule(_ d: RuleDescription, language: Language) -> JSONValue {
    let clauseLabel = language == .zh ? "依据" : "Clause"
    return .object([
      "id": .string(d.id),
      "name": .string(ruleName(d.id)),
      "shortDescription": .object(["text": .string(d.summary.text(language))]),
      "fullDescription": .object(["text": .string("\(d.rationale.text(language)) \(clauseLabel): \(d.clause)")]),
      "help": .object([
        "text": .string(d.explanation(language)), "markdown": .string(d.explanation(language, markdown: true)),
      ]),
      "defaultConfiguration": .object([
        "level": .string(level(d.defaultSeverity)), "enabled": .bool(d.enabledByDefault),
      ]),
      "properties": .object([
        "tags": .array([.string("copydesk"), .string(d.family)]), "clause": .string(d.clause),
        "fix": .string(d.fix.rawValue),
      ]),
    ])
  }

  /// A region in UTF-16 columns, with the covered text as its snippet.
  static func region(_ doc: Document, _ range: Range<Int>, snippet: Bool = true) -> JSONValue {
    let s = doc.lineColumn(ofOffset: range.lowerBound, encoding: .utf16)
    let e = doc.lineColumn(ofOffset: range.upperBound, encoding: .utf16)
    var o: [String: JSONValue] = [
      "startLine": .number(Double(s.line)), "startColumn": .number(Double(s.column)),
      "endLine": .number(Double(e.line)), "endColumn": .number(Double(e.column)),
    ]
    if snippet { o["snippet"] = .object(["text": .string(doc.slice(range))]) }
    return .object(o)
  }

  /// A relative path as a URI reference (percent-encoded UTF-8, `/` kept) against `%SRCROOT%`; an absolute
  /// path as a `file://` URI.
  static func artifactLocation(_ path: String) -> JSONValue {
    var allowed = CharacterSet.alphanumerics.intersection(
      CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(0x80)))
    allowed.insert(charactersIn: "-._~/")
    let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    if path.hasPrefix("/") { return .object(["uri": .string("file://" + encoded)]) }
    return .object(["uri": .string(encoded), "uriBaseId": .string("%SRCROOT%")])
  }

  static func result(
    _ d: Diagnostic, _ r: FileReport, language: Language, ruleIndex: Int?, fingerprint: String,
    _ docsByPath: [String: FileReport]
  ) -> JSONValue {
    let location = artifactLocation(r.reportPath)
    var o: [String: JSONValue] = [
      "ruleId": .string(d.rule),
      "level": .string(level(d.severity)),
      "message": .object(["text": .string(d.message.text(language))]),
      "locations": .array([
        .object(["physicalLocation": .object(["artifactLocation": location, "region": region(r.document, d.range)])])
      ]),
      "partialFingerprints": .object([fingerprintKey: .string(fingerprint)]),
    ]
    if let ruleIndex { o["ruleIndex"] = .number(Double(ruleIndex)) }
    if let fix = d.fix {
      let safe = fix.applicability == .safe
      let description =
        language == .zh
        ? (safe ? "安全修正（copydesk fix 自动应用）" : "建议修正，需人工确认（copydesk fix --unsafe）")
        : (safe ? "Safe fix (applied by copydesk fix)" : "Suggested fix, needs review (copydesk fix --unsafe)")
      o["fixes"] = .array([
        .object([
          "description": .object(["text": .string(description)]),
          "artifactChanges": .array([
            .object([
              "artifactLocation": location,
              "replacements": .array(
                fix.edits.map { e in
                  .object([
                    "deletedRegion": region(r.document, e.range, snippet: false),
                    "insertedContent": .object(["text": .string(e.replacement)]),
                  ])
                }),
            ])
          ]),
        ])
      ])
    }
    if !d.related.isEmpty {
      o["relatedLocations"] = .array(
        d.related.enumerated().map { k, rel in
          var physical: [String: JSONValue] = ["artifactLocation": location]
          if let p = rel.path, p != r.document.path {
            if let other = docsByPath[p] {
              physical = [
                "artifactLocation": artifactLocation(other.reportPath), "region": region(other.document, rel.range),
              ]
            } else {
              physical = ["artifactLocation": artifactLocation(p)]
            }
          } else {
            physical["region"] = region(r.document, rel.range)
          }
          return .object([
            "id": .number(Double(k + 1)), "message": .object(["text": .string(rel.message.text(language))]),
            "physicalLocation": .object(physical),
          ])
        })
    }
    return .object(o)
  }
}
