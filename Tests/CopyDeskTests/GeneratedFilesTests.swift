import CopyDesk
import Foundation
import Testing

/// Files generated from a single source must not drift: the embedded rule data (from `rules/`) and the config
/// schema (from the rule registry). `COPYDESK_RECORD=1 swift test --filter GeneratedFilesTests` regenerates them.
@Suite struct GeneratedFilesTests {
  static func embeddedSource() throws -> String {
    let root = repositoryRoot.appendingPathComponent("rules")
    // Licence notices kept beside embedded data (rules/news/names/LICENSE-jieba.txt) are not data.
    let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter {
      // The lexicon (word/lexicon/) has its own generated file and drift test (EmbeddedLexiconTests).
      ($0.hasSuffix(".txt") && !($0 as NSString).lastPathComponent.hasPrefix("LICENSE") && !$0.contains("lexicon/"))
        || ($0.hasPrefix("profiles/") && $0.hasSuffix(".json"))
    }.sorted()
    var out = [
      "// swift-format-ignore-file",
      "// Generated from rules/ by `COPYDESK_RECORD=1 swift test --filter GeneratedFilesTests`. Do not edit.",
      "// The binary embeds the default rule data so that it works from any directory with no files beside it.",
      "public enum EmbeddedRules {", "  public static let files: [(name: String, content: String)] = [",
    ]
    for rel in paths {
      let c = try String(contentsOf: root.appendingPathComponent(rel), encoding: .utf8).replacingOccurrences(
        of: "\r\n", with: "\n")
      out.append("    (")
      out.append("      \"\(rel)\",")
      out.append("      ####\"\"\"")
      var body = c.hasSuffix("\n") ? c : c + "\n"
      if c.hasSuffix("\n") { body += "\n" }
      out.append(body + "\"\"\"####")
      out.append("    ),")
    }
    out.append("  ]")
    out.append("}")
    return out.joined(separator: "\n") + "\n"
  }

  @Test func embeddedRulesMatchRulesDirectory() throws {
    let path = repositoryRoot.appendingPathComponent("Sources/CopyDesk/Data/EmbeddedRules.swift")
    let expected = try Self.embeddedSource()
    if recording { try expected.write(to: path, atomically: true, encoding: .utf8) }
    let actual = try String(contentsOf: path, encoding: .utf8)
    #expect(
      actual == expected, "rules/ changed: run COPYDESK_RECORD=1 swift test --filter GeneratedFilesTests, then rebuild")
  }

  @Test func ruleReferenceMatchesRegistry() throws {
    let path = repositoryRoot.appendingPathComponent("docs/rules.md")
    if recording {
      try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
      try RuleReference.markdown().write(to: path, atomically: true, encoding: .utf8)
    }
    let actual = try String(contentsOf: path, encoding: .utf8)
    #expect(
      actual == RuleReference.markdown(),
      "rule descriptions changed: run COPYDESK_RECORD=1 swift test --filter GeneratedFilesTests")
  }

  @Test func configSchemaMatchesRegistry() throws {
    let path = repositoryRoot.appendingPathComponent("rules/copydesk.schema.json")
    if recording { try ConfigSchema.json().write(to: path, atomically: true, encoding: .utf8) }
    let actual = try String(contentsOf: path, encoding: .utf8)
    #expect(
      actual == ConfigSchema.json(), "rule set changed: run COPYDESK_RECORD=1 swift test --filter GeneratedFilesTests")
  }
}
