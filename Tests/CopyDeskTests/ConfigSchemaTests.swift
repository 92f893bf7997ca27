import CopyDesk
import Foundation
import Testing

/// The generated schema (`rules/copydesk.schema.json`, compared byte for byte in GeneratedFilesTests) describes
/// every rule's options with their types, so that an editor completes and checks them as copydesk does.
@Suite struct ConfigSchemaTests {
  static let schemaFile = repositoryRoot.appendingPathComponent("rules/copydesk.schema.json")

  /// The options object of `rule` in the schema.
  static func options(_ schema: JSONValue, _ rule: String) -> JSONValue? {
    schema["properties"]?["rules"]?["properties"]?[rule]?["anyOf"]?.arrayValue?.last?["properties"]?["options"]
  }

  @Test func everyRuleHasItsTypedOptions() throws {
    let schema = try JSONC.parse(String(contentsOf: Self.schemaFile, encoding: .utf8)).value
    #expect(schema["properties"]?["rules"]?["additionalProperties"] == .bool(false))
    for type in RuleRegistry.all {
      let id = type.description.id
      let options = try #require(Self.options(schema, id), "\(id) has no options object in the schema")
      #expect(options["additionalProperties"] == .bool(false), "\(id): unknown options must not validate")
      let properties = try #require(options["properties"]?.objectValue)
      #expect(Set(properties.keys) == Set(type.optionDeclarations.map(\.key)), "\(id)")
      for d in type.optionDeclarations {
        let p = try #require(properties[d.key])
        #expect(p["type"] != nil || p["enum"] != nil, "\(id).\(d.key) has a type")
        #expect(p["description"]?.stringValue?.isEmpty == false, "\(id).\(d.key) is described")
        #expect(p["default"] == d.defaultValue, "\(id).\(d.key) default")
        // A declared default is a valid value of its own option.
        if let value = d.defaultValue {
          #expect(throws: Never.self) { try type.checkOptions([d.key: value], origins: [:]) }
        }
      }
    }
  }

  /// The options there are today, with their types: a new option shows up here and in the README.
  @Test func theDeclaredOptions() {
    var found: [String: [String]] = [:]
    for type in RuleRegistry.all where !type.optionDeclarations.isEmpty {
      found[type.description.id] = type.optionDeclarations.map { d in
        "\(d.key): " + (d.schema["type"]?.stringValue ?? d.schema["enum"].map { "enum \($0.serialized)" } ?? "?")
      }
    }
    #expect(
      found == [
        "news-byline-format": [
          "spaceBeforeParenthesis: boolean", "roleSpace: boolean", "roles: array",
          #"nameSeparator: enum ["keep"," ","、"]"#,
        ],
        "news-org-abbrev": ["quoted: boolean", "parens: boolean"],
        "news-register-title": ["date: string"],
        "news-leader-order": ["date: string"],
        "punct-range-connector": [#"connector: enum ["—","～"]"#],
        "layout-hard-line-break": ["enabled: boolean"],
        "space-cjk-latin": [#"mode: enum ["forbid","require"]"#],
      ])
  }

  /// A JSON Schema validator (python's jsonschema, where installed) agrees with copydesk: the profiles and a
  /// desk's configuration validate; an unknown option, a wrong type and a bad enum value do not.
  @Test func aValidatorAcceptsWhatCopydeskAcceptsAndRejectsTheRest() throws {
    let good =
      #"{"profile": "web", "rules": {"space-cjk": "off", "news-org-abbrev": {"severity": "info", "options": {"quoted": false}}}}"#
    let bad = [
      #"{"rules": {"news-byline-format": {"options": {"roleSapce": false}}}}"#,
      #"{"rules": {"news-byline-format": {"options": {"roleSpace": "yes"}}}}"#,
      #"{"rules": {"space-cjk-latin": {"options": {"mode": "always"}}}}"#,
      #"{"rules": {"space-cjk": {"options": {"mode": "forbid"}}}}"#,
    ]
    let profiles = try Profiles.names.sorted().map { name in
      try String(contentsOf: repositoryRoot.appendingPathComponent("rules/profiles/\(name).json"), encoding: .utf8)
    }
    let instances = (profiles + [good] + bad).map { try! JSONC.parse($0).value.serialized }
    guard let (status, verdicts) = Self.validate(instances), status != 3, status != 127 else {
      print("skipping: python3 with jsonschema is not installed")
      return
    }
    #expect(status == 0, "the schema is not a valid draft-07 schema")
    #expect(verdicts == Array(repeating: "valid", count: profiles.count + 1) + Array(repeating: "invalid", count: 4))
    for text in profiles + [good] { #expect(throws: Never.self) { try ConfigFile.parse(text: text, path: "x.json") } }
    for text in bad {
      #expect(throws: RuleConfigurationError.self) { try ConfigFile.parse(text: text, path: "x.json") }
    }
  }

  /// The exit status (3: no jsonschema, 127: no python3) and "valid" or "invalid" per instance, or nil when python3 cannot run.
  static func validate(_ instances: [String]) -> (status: Int32, verdicts: [String])? {
    let script = """
      import json, sys
      try:
          import jsonschema
      except ImportError:
          sys.exit(3)
      schema = json.load(open(sys.argv[1], encoding="utf-8"))
      jsonschema.Draft7Validator.check_schema(schema)
      validator = jsonschema.Draft7Validator(schema)
      for line in sys.stdin.read().splitlines():
          print("valid" if validator.is_valid(json.loads(line)) else "invalid")
      """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script, schemaFile.path]
    let input = Pipe()
    let output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return nil }
    input.fileHandleForWriting.write(Data(instances.joined(separator: "\n").utf8))
    try? input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
  }
}
