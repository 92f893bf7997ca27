import CopyDesk
import Foundation
import Testing

@testable import CopyDeskCLI

/// SARIF 2.1.0: exact fields, then validation of real output against the official schema.
@Suite struct SARIFTests {
  typealias S = IntegrationSupport

  static func parse(_ s: String) throws -> JSONValue { try JSONC.parse(s).value }

  static func firstResult(_ log: JSONValue) -> JSONValue? {
    log["runs"]?.arrayValue?.first?["results"]?.arrayValue?.first
  }

  @Test func regionsUseUTF16ColumnsWithExclusiveEnd() throws {
    let text = "𠮷会议,\n"
    let r = S.report(text, path: "./a.txt", [S.finding("punct-halfwidth-in-cjk", on: ",", in: text, fix: "，")])
    let log = try Self.parse(SARIFFormatter.format([r], language: .zh))
    #expect(log["version"] == .string("2.1.0"))
    #expect(log["runs"]?.arrayValue?.first?["columnKind"] == .string("utf16CodeUnits"))
    let result = try #require(Self.firstResult(log))
    let physical = result["locations"]?.arrayValue?.first?["physicalLocation"]
    #expect(physical?["artifactLocation"] == .object(["uri": .string("a.txt"), "uriBaseId": .string("%SRCROOT%")]))
    // 𠮷 is two UTF-16 units, 会议 two more: the comma is column 5.
    #expect(
      physical?["region"]
        == .object([
          "startLine": .number(1), "startColumn": .number(5), "endLine": .number(1), "endColumn": .number(6),
          "snippet": .object(["text": .string(",")]),
        ]))
    #expect(result["ruleId"] == .string("punct-halfwidth-in-cjk"))
    #expect(result["level"] == .string("error"))
    #expect(result["message"] == .object(["text": .string("消息")]))
    let index = try #require(result["ruleIndex"]?.intValue)
    let rules = try #require(log["runs"]?.arrayValue?.first?["tool"]?["driver"]?["rules"]?.arrayValue)
    #expect(rules[index]["id"] == .string("punct-halfwidth-in-cjk"))
    let replacement = result["fixes"]?.arrayValue?.first?["artifactChanges"]?.arrayValue?.first?["replacements"]?
      .arrayValue?.first
    #expect(
      replacement
        == .object([
          "deletedRegion": .object([
            "startLine": .number(1), "startColumn": .number(5), "endLine": .number(1), "endColumn": .number(6),
          ]),
          "insertedContent": .object(["text": .string("，")]),
        ]))
  }

  @Test func ruleMetadataCarriesClauseAndDefaultLevel() throws {
    let d = RuleDescription(
      id: "punct-demo-rule", summary: Message(zh: "示例", en: "Demo"), rationale: Message(zh: "理由。", en: "Why."),
      clause: "GB/T 15834—2011 §4.1", defaultSeverity: .info, fix: .safe, triggering: [], nonTriggering: [])
    let log = try Self.parse(SARIFFormatter.format([], language: .en, rules: [d]))
    let rule = try #require(log["runs"]?.arrayValue?.first?["tool"]?["driver"]?["rules"]?.arrayValue?.first)
    #expect(rule["id"] == .string("punct-demo-rule"))
    #expect(rule["name"] == .string("PunctDemoRule"))
    #expect(rule["shortDescription"] == .object(["text": .string("Demo")]))
    #expect(rule["fullDescription"] == .object(["text": .string("Why. Clause: GB/T 15834—2011 §4.1")]))
    #expect(rule["help"]?["text"] == .string(d.explanation(.en)))
    #expect(rule["help"]?["markdown"] == .string(d.explanation(.en, markdown: true)))
    #expect(rule["defaultConfiguration"] == .object(["level": .string("note"), "enabled": .bool(true)]))
  }

  @Test func artifactURIsArePercentEncoded() {
    #expect(
      SARIFFormatter.artifactLocation("稿件/第 1 版.txt")
        == .object([
          "uri": .string("%E7%A8%BF%E4%BB%B6/%E7%AC%AC%201%20%E7%89%88.txt"), "uriBaseId": .string("%SRCROOT%"),
        ]))
    #expect(SARIFFormatter.artifactLocation("/srv/a#b.txt") == .object(["uri": .string("file:///srv/a%23b.txt")]))
  }

  @Test func duplicateFindingsGetDistinctFingerprints() throws {
    let text = "中文 中文\n中文 中文\n"
    let r = S.report(
      text, path: "a.txt",
      [S.finding("space-cjk", on: " ", in: text), S.finding("space-cjk", on: " ", in: text, occurrence: 2)])
    let log = try Self.parse(SARIFFormatter.format([r], language: .zh))
    let prints = (log["runs"]?.arrayValue?.first?["results"]?.arrayValue ?? []).compactMap {
      $0["partialFingerprints"]?[SARIFFormatter.fingerprintKey]?.stringValue
    }
    #expect(prints.count == 2)
    #expect(prints[0].hasSuffix(":1") && prints[1].hasSuffix(":2"))
    #expect(prints[0].dropLast(2) == prints[1].dropLast(2))
  }

  // MARK: Schema validation

  /// The official schema: ../shared/schemas beside the checkout (where CI puts shared/).
  static let schemaPath = IntegrationSupport.checkoutRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json").path

  static let python = ProcessInfo.processInfo.environment["COPYDESK_PYTHON"] ?? "python3"

  /// Runs python3 with `jsonschema`; returns (exit status, output). Status 3 means jsonschema is not importable.
  static func runValidator(instance: String) throws -> (Int32, String) {
    let script = """
      import json, sys
      try:
          import jsonschema
      except ImportError:
          sys.exit(3)
      schema = json.load(open(sys.argv[1], encoding="utf-8"))
      instance = json.load(open(sys.argv[2], encoding="utf-8"))
      errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(instance), key=lambda e: list(e.path))
      for e in errors[:10]:
          print("/".join(str(p) for p in e.path), e.message)
      sys.exit(1 if errors else 0)
      """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [python, "-c", script, schemaPath, instance]
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    try p.run()
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: out, as: UTF8.self))
  }

  /// Whether validation can run here; outside CI a missing tool is a skip, in CI (CI=true) a failure.
  static let validatorProblem: String? = {
    guard FileManager.default.fileExists(atPath: schemaPath) else { return "SARIF schema not found at \(schemaPath)" }
    guard let (status, _) = try? runValidator(instance: "/dev/null") else { return "\(python) not found" }
    if status == 3 { return "\(python) has no jsonschema module (apt-get install python3-jsonschema)" }
    if status == 127 { return "\(python) not found" }
    return nil
  }()

  static var canValidate: Bool { validatorProblem == nil || IntegrationSupport.isCI }

  static func validate(_ sarif: String) throws {
    if let problem = validatorProblem {
      Issue.record("cannot validate SARIF in CI: \(problem)")
      return
    }
    let file = try IntegrationSupport.temporaryDirectory() + "/out.sarif"
    try sarif.write(toFile: file, atomically: true, encoding: .utf8)
    let (status, output) = try runValidator(instance: file)
    #expect(status == 0, "SARIF does not match the 2.1.0 schema:\n\(output)")
  }

  @Test(
    .enabled(if: canValidate, "\(validatorProblem ?? "") — install python3 with jsonschema to run it"))
  func realOutputOnSeedPagesMatchesTheOfficialSchema() throws {
    let seeds = IntegrationSupport.checkoutRoot.appendingPathComponent("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
    let files = try names.map {
      ("seeds/" + $0, try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8))
    }
    let linter = try Linter(configuration: Configuration.builtin())
    let docs = files.map { Document(text: $0.1, path: $0.0) }
    let reports = zip(files, zip(docs, linter.lint(corpus: docs))).map {
      FileReport(display: $0.0, document: $1.0, diagnostics: $1.1)
    }
    #expect(reports.contains { !$0.diagnostics.isEmpty }, "the seed pages should give some findings to validate")
    try Self.validate(SARIFFormatter.format(reports, language: .zh))
    try Self.validate(SARIFFormatter.format(reports, language: .en, executionSuccessful: false))
  }

  @Test(.enabled(if: canValidate, "\(validatorProblem ?? "") — install python3 with jsonschema to run it"))
  func fixesRelatedLocationsAndAbsolutePathsMatchTheOfficialSchema() throws {
    let text = "他说(好)。\n张三 李四\n"
    let open = S.byteRange(of: "(", in: text)
    let close = S.byteRange(of: ")", in: text)
    let related = Diagnostic(
      rule: "news-name", severity: .info, message: Message(zh: "人名", en: "name"),
      range: S.byteRange(of: "李四", in: text),
      related: [
        RelatedLocation(range: S.byteRange(of: "张三", in: text), message: Message(zh: "首次", en: "first")),
        RelatedLocation(path: "/elsewhere.txt", range: 0..<3, message: Message(zh: "别处", en: "elsewhere")),
      ])
    let pair = Diagnostic(
      rule: "punct-pair", severity: .warning, message: Message(zh: "括号", en: "brackets"),
      range: open.lowerBound..<close.upperBound,
      fix: Fix(.unsafe, edits: [TextEdit(range: open, replacement: "（"), TextEdit(range: close, replacement: "）")]))
    let insertion = Diagnostic(
      rule: "punct-end", severity: .error, message: Message(zh: "句末", en: "end"),
      range: text.utf8.count..<text.utf8.count,
      fix: .replace(text.utf8.count..<text.utf8.count, with: "。"))
    let r = S.report(text, path: "/abs/稿件 一.txt", [pair, related, insertion])
    try Self.validate(SARIFFormatter.format([r], language: .zh))
  }
}
