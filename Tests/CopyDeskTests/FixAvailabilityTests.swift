import CopyDesk
import Foundation
import Testing

/// A rule's `fix:` declaration is a promise `copydesk fix` relies on: it applies safe fixes unreviewed. No rule may
/// emit a fix more applicable than it declares (or any fix when it declares none), on its own examples, on the seed
/// pages or on the FCGEC sentences.
@Suite struct FixAvailabilityTests {
  /// Every rule, opt-in ones included; or one rule with the options of an example.
  static func linter(_ rule: String? = nil, options: String? = nil) throws -> Linter {
    var config = try Configuration.builtin()
    guard let rule, let options else {
      return try Linter(configuration: config, only: Set(RuleRegistry.all.map { $0.description.id }))
    }
    var s = config.settings[rule] ?? RuleSetting()
    s.options = (s.options ?? .object([:])).merging(try JSONC.parse(options).value)
    config.settings[rule] = s
    return try Linter(configuration: config, only: [rule])
  }

  /// The findings whose fix breaks its rule's declaration, as `rule: applicability (declared …) at 'text'`.
  static func broken(_ found: [Diagnostic], _ doc: Document) -> [String] {
    found.compactMap { d in
      guard let fix = d.fix, let declared = RuleRegistry.description(of: d.rule)?.fix else { return nil }
      if let ceiling = declared.ceiling, fix.applicability <= ceiling { return nil }
      return "\(d.rule): \(fix.applicability.rawValue) fix (declared \(declared.rawValue)) at '\(doc.slice(d.range))'"
    }
  }

  @Test func rulesKeepTheirDeclarationOnTheirExamples() throws {
    var fixes = 0
    let plain = try Self.linter()
    for d in RuleRegistry.descriptions {
      for e in d.triggering + d.nonTriggering {
        let doc = Document(text: e.text)
        // Every rule on the example; the example's own rule also with the example's options.
        let found = try plain.lint(doc) + (e.options.map { try Self.linter(d.id, options: $0).lint(doc) } ?? [])
        fixes += found.filter { $0.fix != nil }.count
        #expect(Self.broken(found, doc).isEmpty, "\(Self.broken(found, doc))")
      }
    }
    #expect(fixes > 100, "the examples exercise the fixes")
  }

  @Test func rulesKeepTheirDeclarationOnSeedsAndCorpus() throws {
    let seeds = try FileManager.default.contentsOfDirectory(
      at: repositoryRoot.appendingPathComponent("seeds"), includingPropertiesForKeys: nil
    ).filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    #expect(seeds.count >= 5)
    var docs = try seeds.map { Document(text: try String(contentsOf: $0, encoding: .utf8), path: $0.path) }
    let corpus = repositoryRoot.deletingLastPathComponent().appendingPathComponent(
      "shared/corpus/fcgec-clean-sentences.txt")
    if let text = try? String(contentsOf: corpus, encoding: .utf8) {
      docs += text.split(separator: "\n").map { Document(text: String($0)) }
    } else {
      print("skipping the FCGEC sentences: \(corpus.path) not found")
    }
    let linter = try Self.linter()
    var applicabilities: Set<Applicability> = []
    for (doc, found) in zip(docs, linter.lint(corpus: docs)) {
      applicabilities.formUnion(found.compactMap { $0.fix?.applicability })
      #expect(Self.broken(found, doc).isEmpty, "\(doc.path ?? "FCGEC"): \(Self.broken(found, doc))")
    }
    #expect(applicabilities == [.safe, .unsafe], "the seeds have safe and unsafe fixes to check")
  }

  /// A report states no applicability unless the rule is `sometimes-safe`; the sink fills in the declared one.
  @Test func reportsTakeTheDeclaredApplicability() {
    func reported(_ declared: FixAvailability, _ stated: Applicability?) -> Applicability? {
      var sink = DiagnosticSink(rule: "x-test", severity: .error, fixAvailability: declared)
      sink.report(0..<1, Message(zh: "", en: ""), fix: .replace(0..<1, with: "a", stated))
      return sink.diagnostics.first?.fix?.applicability
    }
    #expect(reported(.safe, nil) == .safe)
    #expect(reported(.unsafe, nil) == .unsafe)
    #expect(reported(.sometimesSafe, nil) == .unsafe)
    #expect(reported(.sometimesSafe, .safe) == .safe)
    #expect(FixAvailability.none.ceiling == nil && FixAvailability.sometimesSafe.ceiling == .safe)
    #expect(Applicability.unsafe < .safe)
  }

  /// Declarations the rules make today, so that a change to one is deliberate.
  @Test func declarationsOfTheMixedRules() {
    let mixed = RuleRegistry.descriptions.filter { $0.fix == .sometimesSafe }.map(\.id).sorted()
    #expect(mixed == ["punct-doubled", "punct-ellipsis-form", "punct-halfwidth-in-cjk"])
  }

  /// A desk's word list cannot raise a rule's fixes above its declaration: `copydesk fix` would apply them unread.
  @Test func aWordListEntryCannotBeSaferThanItsRule() throws {
    let text = "@rule word-confusable\n做出 => 作出 | fix=safe\n"
    let file = try DataFile.parse(name: "desk/confusables.txt", text: text)
    var data = try RuleData.builtin()
    data.files.append(file)
    var config = try Configuration.builtin()
    config.data = data
    do {
      _ = try Linter(configuration: config)
      Issue.record("expected an error")
    } catch let e as RuleConfigurationError {
      #expect(e.description == "desk/confusables.txt:2:1: fix=safe is not allowed: word-confusable declares fix unsafe")
    }
    let lower = try DataFile.parse(name: "desk/typos.txt", text: "@rule word-typo\n布署 => 部署 | fix=unsafe\n")
    config.data = try RuleData.builtin()
    config.data.files.removeAll { $0.rule == "word-typo" }
    config.data.files.append(lower)
    let found = try Linter(configuration: config).lint(Document(text: "各项工作已布署到位。"))
    #expect(found.first { $0.rule == "word-typo" }?.fix?.applicability == .unsafe)
  }
}
