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
