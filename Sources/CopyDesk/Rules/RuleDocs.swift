/// Renders a rule's description for people: `copydesk explain`, LSP hover, the docs. One source for all.
extension RuleDescription {
  public func explanation(_ language: Language, markdown: Bool = false) -> String {
    let zh = language == .zh
    let h = markdown ? "**" : ""
    var s = "\(h)\(id)\(h) — \(summary.text(language))\n\n"
    s += rationale.text(language) + "\n\n"
    s += "\(zh ? "依据" : "Clause"): \(clause)\n"
    s += "\(zh ? "默认级别" : "Default severity"): \(defaultSeverity.rawValue)"
    s += "; \(zh ? "自动修正" : "Fix"): \(fix == .none ? (zh ? "无" : "none") : fix.rawValue)\n"
    if !enabledByDefault { s += zh ? "默认关闭，需在配置中开启。\n" : "Off by default; enable it in the configuration.\n" }
    if !triggering.isEmpty {
      s += "\n\(zh ? "错误示例" : "Incorrect"):\n"
      for e in triggering {
        s += "  ✗ \(e.text.replacingNewlines)\n"
        if let f = e.fixed { s += "  ✓ \(f.replacingNewlines)\n" }
      }
    }
    if !nonTriggering.isEmpty {
      s += "\n\(zh ? "正确示例（不报）" : "Correct (not reported)"):\n"
      for e in nonTriggering { s += "  ✓ \(e.text.replacingNewlines)\n" }
    }
    return s
  }
}

extension String {
  var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ⏎ ") }
}

/// `docs/rules.md`: every rule's description, generated from the registry (a test keeps the file in sync).
public enum RuleReference {
  public static func markdown() -> String {
    let ds = RuleRegistry.descriptions.sorted { ($0.family, $0.id) < ($1.family, $1.id) }
    var s = "# copydesk rules\n\nGenerated from the rule descriptions (`copydesk explain RULE` prints the same text). "
    s += "Do not edit: run `COPYDESK_RECORD=1 swift test --filter GeneratedFilesTests`.\n\n"
    s += "| id | severity | fix | summary | clause |\n|---|---|---|---|---|\n"
    for d in ds {
      s +=
        "| [`\(d.id)`](#\(d.id)) | \(d.defaultSeverity.rawValue) | \(d.fix == .none ? "–" : d.fix.rawValue) | \(d.summary.zh) / \(d.summary.en) | \(d.clause) |\n"
    }
    for d in ds {
      s += "\n## \(d.id)\n\n\(d.summary.zh) — \(d.summary.en)\n\n\(d.rationale.zh)\n\n\(d.rationale.en)\n\n"
      s +=
        "- Clause: \(d.clause)\n- Default severity: \(d.defaultSeverity.rawValue)\n- Fix: \(d.fix.rawValue)\n"
      if !d.enabledByDefault { s += "- Off by default\n" }
      if !d.supersedes.isEmpty { s += "- Supersedes: \(d.supersedes.joined(separator: ", "))\n" }
      s += "\nMust trigger:\n\n"
      for e in d.triggering {
        s += "- `\(e.text.replacingNewlines)`" + (e.fixed.map { " → `\($0.replacingNewlines)`" } ?? "") + "\n"
      }
      s += "\nMust not trigger:\n\n"
      for e in d.nonTriggering { s += "- `\(e.text.replacingNewlines)`\n" }
    }
    return s
  }
}

/// The JSON Schema of `.copydesk.json`, generated from the rule registry so that editors complete rule ids.
/// `rules/copydesk.schema.json` holds a copy; a test keeps it in sync.
public enum ConfigSchema {
  public static func json() -> String {
    let severity: JSONValue = .object(["enum": .array(["off", "info", "warning", "error"].map { .string($0) })])
    var ruleProps: [String: JSONValue] = [:]
    for d in RuleRegistry.descriptions {
      ruleProps[d.id] = .object([
        "description": .string("\(d.summary.en) (\(d.clause)); default \(d.defaultSeverity.rawValue)"),
        "anyOf": .array([
          severity,
          .object([
            "type": .string("object"), "additionalProperties": .bool(false),
            "properties": .object([
              "severity": severity, "enabled": .object(["type": .string("boolean")]),
              "options": .object(["type": .string("object")]),
            ]),
          ]),
        ]),
      ])
    }
    let schema: JSONValue = .object([
      "$schema": .string("http://json-schema.org/draft-07/schema#"),
      "title": .string("copydesk configuration (.copydesk.json)"),
      "type": .string("object"), "additionalProperties": .bool(false),
      "properties": .object([
        "$schema": .object(["type": .string("string")]),
        "description": .object(["type": .string("string")]),
        "profile": .object([
          "description": .string("House profile: newspaper (no space between Chinese and Latin/digits) or web"),
          "enum": .array(Profiles.names.sorted().map { .string($0) }),
        ]),
        "language": .object([
          "description": .string("Message language"), "enum": .array([.string("zh"), .string("en")]),
        ]),
        "extensions": .object(["type": .string("array"), "items": .object(["type": .string("string")])]),
        "rules": .object([
          "type": .string("object"), "additionalProperties": .bool(false), "properties": .object(ruleProps),
        ]),
        "data": .object([
          "type": .string("object"), "additionalProperties": .bool(false),
          "properties": .object([
            "add": .object([
              "description": .string("Data files (word lists, registers) to add; each names its rule with @rule"),
              "type": .string("array"), "items": .object(["type": .string("string")]),
            ]),
            "replace": .object([
              "description": .string("Built-in data file (path under rules/) → replacement file, or \"\" to remove it"),
              "type": .string("object"), "additionalProperties": .object(["type": .string("string")]),
            ]),
          ]),
        ]),
      ]),
    ])
    return schema.serialized + "\n"
  }
}
