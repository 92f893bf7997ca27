/// The JSON Schema of `.copydesk.json`, generated from the rule registry so that editors complete rule ids and
/// each rule's options — their types, allowed values, defaults and descriptions — and flag unknown ones, as
/// copydesk itself does. `rules/copydesk.schema.json` holds a copy (the VS Code extension ships it); a test keeps
/// it in sync.
public enum ConfigSchema {
  public static func json() -> String {
    var rules: [String: JSONValue] = [:]
    for type in RuleRegistry.all {
      rules[type.description.id] = rule(type.description, options: type.optionDeclarations)
    }
    let strings: JSONValue = .object(["type": .string("array"), "items": .object(["type": .string("string")])])
    let schema: JSONValue = .object([
      "$schema": .string("http://json-schema.org/draft-07/schema#"),
      "title": .string("copydesk configuration (.copydesk.json)"),
      "definitions": .object([
        "severity": .object([
          "description": .string("off, or the severity findings are reported at"),
          "enum": .array(["off", "info", "warning", "error"].map { .string($0) }),
        ])
      ]),
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
        "extensions": strings,
        "rules": .object([
          "type": .string("object"), "additionalProperties": .bool(false), "properties": .object(rules),
        ]),
        "data": .object([
          "type": .string("object"), "additionalProperties": .bool(false),
          "properties": .object([
            "add": strings.merging(
              .object([
                "description": .string("Data files (word lists, registers) to add; each names its rule with @rule")
              ])
            ),
            "replace": .object([
              "description": .string("Built-in data file (path under rules/) → replacement file, or \"\" to remove it"),
              "type": .string("object"), "additionalProperties": .object(["type": .string("string")]),
            ]),
          ]),
        ]),
      ]),
    ])
    return schema.pretty + "\n"
  }

  /// A rule's entry: a severity, a switch, or an object with severity, switch and its typed options.
  static func rule(_ d: RuleDescription, options: [OptionDeclaration]) -> JSONValue {
    let severity: JSONValue = .object(["$ref": .string("#/definitions/severity")])
    var properties: [String: JSONValue] = [:]
    for o in options {
      var p = o.schema
      p["description"] = .string(o.doc)
      if let d = o.defaultValue { p["default"] = d }
      properties[o.key] = .object(p)
    }
    let fix = d.fix == .none ? "" : ", fix \(d.fix.rawValue)"
    return .object([
      "description": .string("\(d.summary.en) (\(d.clause)); default \(d.defaultSeverity.rawValue)\(fix)"),
      "anyOf": .array([
        severity,
        .object(["type": .string("boolean")]),
        .object([
          "type": .string("object"), "additionalProperties": .bool(false),
          "properties": .object([
            "severity": severity, "enabled": .object(["type": .string("boolean")]),
            "options": .object([
              "type": .string("object"), "additionalProperties": .bool(false), "properties": .object(properties),
            ]),
          ]),
        ]),
      ]),
    ])
  }
}
