/// Renders a rule's description for people: `copydesk explain`, LSP hover, the docs. One source for all.
extension RuleDescription {
  public func explanation(_ language: Language, markdown: Bool = false) -> String {
    let zh = language == .zh
    let h = markdown ? "**" : ""
    var s = "\(h)\(id)\(h) — \(summary.text(language))\n\n"
    s += rationale.text(language) + "\n\n"
    s += "\(zh ? "依据" : "Clause"): \(clause)\n"
    s += "\(zh ? "默认级别" : "Default severity"): \(defaultSeverity.rawValue)"
    s += "; \(zh ? "自动修正" : "Fix"): \(fix?.rawValue ?? (zh ? "无" : "none"))\n"
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
        "language": .object(["description": .string("Message language"), "enum": .array([.string("zh"), .string("en")])]),
        "extensions": .object(["type": .string("array"), "items": .object(["type": .string("string")])]),
        "rules": .object(["type": .string("object"), "additionalProperties": .bool(false), "properties": .object(ruleProps)]),
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
