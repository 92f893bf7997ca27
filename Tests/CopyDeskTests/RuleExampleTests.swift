import CopyDesk
import Testing

/// Every rule's description examples are its tests (SwiftLint's model): triggering examples must be reported
/// (and fixed to `fixed`), non-triggering ones must not, and both survive a non-BMP prefix and CRLF line endings.
@Suite struct RuleExampleTests {
  static let rules = RuleRegistry.all.map { $0.description.id }

  @Test(arguments: rules)
  func descriptionIsComplete(_ id: String) throws {
    let d = try #require(RuleRegistry.description(of: id))
    #expect(
      d.id.range(of: #"^[a-z]+(-[a-z0-9]+)+$"#, options: .regularExpression) != nil,
      "id must be kebab-case with a family prefix")
    #expect(!d.summary.zh.isEmpty && !d.summary.en.isEmpty && !d.rationale.zh.isEmpty && !d.rationale.en.isEmpty)
    #expect(!d.clause.isEmpty, "cite the clause the rule enforces")
    #expect(d.triggering.count >= 1, "at least one example that must trigger")
    #expect(d.nonTriggering.count >= 3, "at least three examples that must not trigger")
    if d.fix != .none {
      #expect(d.triggering.contains { $0.fixed != nil }, "a fixable rule shows its fix in an example")
    }
  }

  @Test(arguments: rules)
  func triggeringExamples(_ id: String) throws {
    let d = try #require(RuleRegistry.description(of: id))
    for e in d.triggering {
      let found = try findings(id, e.text, options: e.options)
      #expect(!found.isEmpty, "must trigger: \(e.text)")
      if let expected = e.fixed {
        #expect(try fixed(id, e.text, options: e.options) == expected, "fix of: \(e.text)")
      }
      guard e.variants else { continue }
      // A non-BMP prefix moves line-1 findings by exactly one column (two UTF-16 units) and nothing else.
      let prefixed = try findings(id, "𠮷" + e.text, options: e.options)
      #expect(prefixed.count == found.count, "same findings after a non-BMP prefix: \(e.text)")
      let plainDoc = Document(text: e.text)
      let prefixedDoc = Document(text: "𠮷" + e.text)
      for (a, b) in zip(found, prefixed) {
        let pa = plainDoc.position(ofOffset: a.range.lowerBound)
        let pb = prefixedDoc.position(ofOffset: b.range.lowerBound)
        #expect(pb.line == pa.line)
        #expect(pb.column == pa.column + (pa.line == 1 ? 1 : 0), "column after 𠮷 prefix: \(e.text)")
        let ua = plainDoc.lineAndCharacter(ofOffset: a.range.lowerBound, encoding: .utf16)
        let ub = prefixedDoc.lineAndCharacter(ofOffset: b.range.lowerBound, encoding: .utf16)
        #expect(ub.character == ua.character + (pa.line == 1 ? 2 : 0))
      }
      if let expected = e.fixed {
        #expect(try fixed(id, "𠮷" + e.text, options: e.options) == "𠮷" + expected)
      }
      // CRLF line endings: same findings at the same lines and columns; fixes keep CRLF.
      let crlf = e.text.replacingOccurrences(of: "\n", with: "\r\n")
      let crlfFound = try findings(id, crlf, options: e.options)
      #expect(crlfFound.count == found.count, "same findings with CRLF: \(e.text)")
      let crlfDoc = Document(text: crlf)
      for (a, b) in zip(found, crlfFound) {
        let pa = plainDoc.position(ofOffset: a.range.lowerBound)
        let pb = crlfDoc.position(ofOffset: b.range.lowerBound)
        #expect(pa.line == pb.line && pa.column == pb.column, "CRLF position: \(e.text)")
      }
      if let expected = e.fixed,
        !expected.contains("\n") || expected.filter({ $0 == "\n" }).count == e.text.filter({ $0 == "\n" }).count
      {
        #expect(try fixed(id, crlf, options: e.options) == expected.replacingOccurrences(of: "\n", with: "\r\n"))
      }
    }
  }

  @Test(arguments: rules)
  func nonTriggeringExamples(_ id: String) throws {
    let d = try #require(RuleRegistry.description(of: id))
    for e in d.nonTriggering {
      let found = try findings(id, e.text, options: e.options)
      #expect(
        found.isEmpty, "must not trigger: \(e.text) — got \(found.map { Document(text: e.text).slice($0.range) })")
      guard e.variants else { continue }
      #expect(
        try findings(id, e.text.replacingOccurrences(of: "\n", with: "\r\n"), options: e.options).isEmpty,
        "CRLF: \(e.text)")
    }
  }
}

/// Inline tests in data files (`@trigger`, `@clean`): each file proves its own entries.
@Suite struct DataFileTests {
  static let files = (try? RuleData.builtin().files.map(\.name)) ?? []

  @Test(arguments: files)
  func inlineTests(_ name: String) throws {
    let file = try #require(try RuleData.builtin().files.first { $0.name == name })
    #expect(RuleRegistry.description(of: file.rule) != nil, "\(name): @rule \(file.rule) is not a known rule")
    for (line, text) in file.triggers {
      #expect(!(try findings(file.rule, text)).isEmpty, "\(name):\(line): @trigger must trigger \(file.rule)")
    }
    for (line, text) in file.cleans {
      #expect((try findings(file.rule, text)).isEmpty, "\(name):\(line): @clean must not trigger \(file.rule)")
    }
  }
}
