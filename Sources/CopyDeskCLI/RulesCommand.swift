import CopyDesk

/// `copydesk rules`: the table of rules.
enum RulesCommand: Command {
  static let name = "rules"
  static let summary = "list rules: id, family, default severity, fix, summary"
  static let help = "Usage: copydesk rules [--lang zh|en] [--format text|json]\n"

  static func run(_ argv: [String]) throws -> Int32 {
    let a = try Arguments(argv, valued: ["--lang", "--format"], flags: [])
    let lang = Language(rawValue: a.value("--lang") ?? "zh") ?? .zh
    let ds = RuleRegistry.descriptions.sorted { $0.id < $1.id }
    if a.value("--format") == "json" {
      let items: [JSONValue] = ds.map { d in
        .object([
          "id": .string(d.id), "family": .string(d.family), "severity": .string(d.defaultSeverity.rawValue),
          "fix": d.fix == .none ? .null : .string(d.fix.rawValue), "summary": .string(d.summary.text(lang)),
          "clause": .string(d.clause), "enabled": .bool(d.enabledByDefault),
        ])
      }
      Printer.stdout(JSONValue.array(items).serialized + "\n")
      return 0
    }
    let width = (ds.map(\.id.count).max() ?? 10) + 2
    Printer.stdout("ID".padding(toLength: width, withPad: " ", startingAt: 0) + "FAMILY   SEVERITY FIX     SUMMARY\n")
    for d in ds {
      let fix = d.fix == .none ? "-" : d.fix.rawValue
      Printer.stdout(
        d.id.padding(toLength: width, withPad: " ", startingAt: 0)
          + d.family.padding(toLength: 9, withPad: " ", startingAt: 0)
          + d.defaultSeverity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
          + fix.padding(toLength: 8, withPad: " ", startingAt: 0) + d.summary.text(lang) + "\n")
    }
    return 0
  }
}

/// `copydesk explain RULE`: rationale, clause, examples.
enum ExplainCommand: Command {
  static let name = "explain"
  static let summary = "explain a rule: rationale, standard clause, examples"
  static let help = "Usage: copydesk explain RULE [--lang zh|en]\n"

  static func run(_ argv: [String]) throws -> Int32 {
    let a = try Arguments(argv, valued: ["--lang"], flags: [])
    guard let id = a.positionals.first else { throw UsageError("explain needs a rule id (see `copydesk rules`)") }
    guard let d = RuleRegistry.description(of: id) else {
      throw UsageError("unknown rule '\(id)' (see `copydesk rules`)")
    }
    Printer.stdout(d.explanation(Language(rawValue: a.value("--lang") ?? "zh") ?? .zh))
    return 0
  }
}

/// `copydesk schema`: the JSON Schema of `.copydesk.json`.
enum SchemaCommand: Command {
  static let name = "schema"
  static let summary = "print the JSON Schema of .copydesk.json"
  static let help = "Usage: copydesk schema\n"

  static func run(_ argv: [String]) throws -> Int32 {
    Printer.stdout(ConfigSchema.json())
    return 0
  }
}
