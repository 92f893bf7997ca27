/// A rule's options as a type: `init(from:)` reads each option through the reader with its key, type, default and
/// doc, and that read *is* the option's declaration — the schema (`copydesk schema`), the unknown-key check and
/// the error messages all come from it, so an option is stated once.
///
///     struct Options: RuleOptions {
///       var connector: Connector
///       init(from reader: inout OptionReader) throws(RuleConfigurationError) {
///         connector = try reader.read("connector", default: .emDash, doc: "The connector of a numeric range")
///       }
///     }
///
/// Read every option unconditionally and in the order the schema should list them: the declarations are found by
/// reading an empty configuration.
public protocol RuleOptions: Sendable {
  init(from reader: inout OptionReader) throws(RuleConfigurationError)
}

extension RuleOptions {
  /// The options this type reads, in order.
  public static var declarations: [OptionDeclaration] {
    var reader = OptionReader(rule: "", values: [:], origins: [:])
    _ = try? Self(from: &reader)
    return reader.declared
  }

  /// Reads the options of `rule` from the configured values; unknown keys are errors.
  static func read(rule: String, values: [String: JSONValue], origins: [String: OptionOrigin])
    throws(RuleConfigurationError) -> Self
  {
    var reader = OptionReader(rule: rule, values: values, origins: origins)
    let options = try Self(from: &reader)
    try reader.rejectUndeclaredKeys()
    return options
  }
}

/// The options of a rule that has none: any key is an error.
public struct NoOptions: RuleOptions {
  public init() {}
  public init(from reader: inout OptionReader) {}
}

/// One declared option, as the schema and the error messages show it.
public struct OptionDeclaration: Sendable {
  public var key: String
  public var doc: String
  /// The JSON Schema of the value: `{"type": "boolean"}`, `{"enum": ["forbid", "require"]}`.
  public var schema: [String: JSONValue]
  /// nil when the option has no default (`date`: the article's own date).
  public var defaultValue: JSONValue?
}

/// A type an option can have. Conversions are explicit: a string is never read as a number or a boolean.
public protocol OptionValue: Sendable {
  static var schema: [String: JSONValue] { get }
  /// What the value must be, for messages: `true or false`, `"forbid" or "require"`.
  static var expected: String { get }
  /// The value, or where below it (a JSON pointer, "" for the value itself) it goes wrong and what was expected.
  static func decode(_ json: JSONValue) -> Result<Self, OptionMismatch>
  var json: JSONValue { get }
}

public struct OptionMismatch: Error, Sendable {
  /// JSON pointer below the option's value: "" for the value itself, "/2" for the third item of an array.
  public var pointer: String
  public var expected: String
  public var found: JSONValue
}

extension OptionValue {
  static func mismatch(_ found: JSONValue) -> Result<Self, OptionMismatch> {
    .failure(OptionMismatch(pointer: "", expected: expected, found: found))
  }
}

extension Bool: OptionValue {
  public static var schema: [String: JSONValue] { ["type": .string("boolean")] }
  public static var expected: String { "true or false" }
  public static func decode(_ json: JSONValue) -> Result<Bool, OptionMismatch> {
    json.boolValue.map { .success($0) } ?? mismatch(json)
  }
  public var json: JSONValue { .bool(self) }
}

extension String: OptionValue {
  public static var schema: [String: JSONValue] { ["type": .string("string")] }
  public static var expected: String { "a string" }
  public static func decode(_ json: JSONValue) -> Result<String, OptionMismatch> {
    json.stringValue.map { .success($0) } ?? mismatch(json)
  }
  public var json: JSONValue { .string(self) }
}

extension Array: OptionValue where Element: OptionValue {
  public static var schema: [String: JSONValue] { ["type": .string("array"), "items": .object(Element.schema)] }
  public static var expected: String { "an array, each item \(Element.expected)" }
  public static func decode(_ json: JSONValue) -> Result<[Element], OptionMismatch> {
    guard let items = json.arrayValue else { return mismatch(json) }
    var out: [Element] = []
    for (i, item) in items.enumerated() {
      switch Element.decode(item) {
      case .success(let v): out.append(v)
      case .failure(let m):
        return .failure(OptionMismatch(pointer: "/\(i)" + m.pointer, expected: m.expected, found: m.found))
      }
    }
    return .success(out)
  }
  public var json: JSONValue { .array(map(\.json)) }
}

/// An option with a fixed set of string values: `enum Mode: String, OptionEnum { case forbid, require }`.
public protocol OptionEnum: OptionValue, CaseIterable, RawRepresentable where RawValue == String {}

extension OptionEnum {
  public static var schema: [String: JSONValue] { ["enum": .array(allCases.map { .string($0.rawValue) })] }
  public static var expected: String {
    let names = allCases.map { "\"\($0.rawValue)\"" }
    return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
  }
  public static func decode(_ json: JSONValue) -> Result<Self, OptionMismatch> {
    json.stringValue.flatMap(Self.init(rawValue:)).map { .success($0) } ?? mismatch(json)
  }
  public var json: JSONValue { .string(rawValue) }
}
