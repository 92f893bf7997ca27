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
    if !enabledByDefault {
      let on = profilesTurningOn
      if on.isEmpty {
        s += zh ? "默认关闭，需在配置中开启。\n" : "Off by default; enable it in the configuration.\n"
      } else {
        let names = on.joined(separator: ", ")
        s += zh ? "引擎默认关闭，内置配置方案 \(names) 开启。\n" : "Off in the engine; on in the built-in profile \(names).\n"
      }
    }
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

  /// The built-in profiles that turn an opt-in rule on (`word-nonword-typo`: newspaper).
  public var profilesTurningOn: [String] {
    // The profiles' own settings only: a built-in profile is applied to the defaults (`Configuration.builtin`).
    Profiles.names.sorted().filter { (try? Profiles.load($0))?.rules[id]?.enabled == true }
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
      if !d.enabledByDefault {
        let on = d.profilesTurningOn
        s +=
          on.isEmpty
          ? "- Off by default\n" : "- Off in the engine; on in the built-in profile \(on.joined(separator: ", "))\n"
      }
      if !d.supersedes.isEmpty { s += "- Supersedes: \(d.supersedes.joined(separator: ", "))\n" }
      s += "\nMust trigger:\n\n"
      for e in d.triggering {
        s += "- `\(e.text.replacingNewlines)`" + (e.fixed.map { " → `\($0.replacingNewlines)`" } ?? "")
        s += e.setting + "\n"
      }
      s += "\nMust not trigger:\n\n"
      for e in d.nonTriggering { s += "- `\(e.text.replacingNewlines)`" + e.setting + "\n" }
    }
    return s
  }
}

extension Example {
  /// ` (web profile, Markdown)` for an example that does not run as plain newspaper copy.
  fileprivate var setting: String {
    let parts = (profile.map { ["\($0) profile"] } ?? []) + (markdown ? ["Markdown"] : [])
    return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
  }
}
