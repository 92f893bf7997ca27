import CopyDesk
import Foundation

/// The repository root, found from this file's path (Tests/CopyDeskTests/Support.swift).
let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// Whether goldens and generated files should be re-recorded instead of compared.
let recording = ProcessInfo.processInfo.environment["COPYDESK_RECORD"] == "1"

/// A linter running only `rule` (with optional JSON options), on the built-in data.
func linter(only rule: String, options: String? = nil, profile: String = "newspaper") throws -> Linter {
  var config = try Configuration.builtin(profile: profile)
  if let options {
    let parsed = try JSONC.parse(options).value
    var s = config.settings[rule] ?? RuleSetting()
    s.options = (s.options ?? .object([:])).merging(parsed)
    s.enabled = true
    config.settings[rule] = s
  }
  return try Linter(configuration: config, only: [rule])
}

/// Findings of `rule` on `text`.
func findings(_ rule: String, _ text: String, options: String? = nil, path: String? = nil) throws -> [Diagnostic] {
  try linter(only: rule, options: options).lint(Document(text: text, path: path)).filter { $0.rule == rule }
}

/// Applies every fix (safe and unsafe) of `rule` until stable.
func fixed(_ rule: String, _ text: String, options: String? = nil) throws -> String {
  Fixer.fix(text: text, path: nil, format: nil, linter: try linter(only: rule, options: options), includeUnsafe: true)
    .text
}

extension Document {
  /// `line:column` (1-based) of a byte offset, for readable assertions.
  func lc(_ offset: Int) -> String {
    let p = position(ofOffset: offset)
    return "\(p.line):\(p.column)"
  }
}

/// The punctuation pack as filed (GB/T 15834 marks, spacing, width, invisible characters): its corpus and seed
/// records predate the family folders and leave out the first four rules (half-width marks, spaces next to
/// full-width marks, spaces between Chinese characters, stray English words).
let punctuationPackIDs: Set<String> = Set(
  (PunctRules.all + SpaceRules.all + ScriptRules.all + WidthRules.all + NumRules.all).map { $0.description.id }
).subtracting(["punct-halfwidth-in-cjk", "punct-space-around-fullwidth", "space-cjk", "script-stray-ascii"])
