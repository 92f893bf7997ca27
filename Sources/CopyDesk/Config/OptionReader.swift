/// Where a configuration value comes from. Options merge in this order, later layers winning key by key.
public enum ConfigLayer: Sendable, Hashable, CustomStringConvertible {
  /// A built-in profile (`rules/profiles/newspaper.json`).
  case profile(String)
  /// `.copydesk.json`, `--config FILE`, or the editor's settings read as one.
  case configFile
  /// A command-line flag such as `--date`.
  case commandLine(String)

  public var description: String {
    switch self {
    case .profile(let name): "profile \"\(name)\""
    case .configFile: "the configuration file"
    case .commandLine(let flag): "\(flag) on the command line"
    }
  }
}

/// A line (1-based) and column (1-based, in Unicode scalars) in a configuration file.
public struct ConfigPosition: Sendable, Hashable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}

/// Where one option was set: layer, file, key path and positions of the key, the value and the values inside it.
public struct OptionOrigin: Sendable, Hashable {
  public var layer: ConfigLayer
  public var file: String
  /// `rules.news-byline-format.options.roleSpace`
  public var path: String
  public var key: ConfigPosition?
  public var value: ConfigPosition?
  /// Positions of the values inside an array or object value, by JSON pointer below it (`/1`).
  public var nested: [String: ConfigPosition]

  public init(
    layer: ConfigLayer, file: String, path: String, key: ConfigPosition? = nil, value: ConfigPosition? = nil,
    nested: [String: ConfigPosition] = [:]
  ) {
    self.layer = layer
    self.file = file
    self.path = path
    self.key = key
    self.value = value
    self.nested = nested
  }
}

/// The one reader of rule options: each read declares an option (key, type, default, doc) and converts its
/// configured value, and every error names the file, line, column, key path and layer the value came from.
public struct OptionReader {
  let rule: String
  let values: [String: JSONValue]
  let origins: [String: OptionOrigin]
  /// The options read so far, in order.
  public private(set) var declared: [OptionDeclaration] = []

  init(rule: String, values: [String: JSONValue], origins: [String: OptionOrigin]) {
    self.rule = rule
    self.values = values
    self.origins = origins
  }

  /// The option's configured value, or `default` when no layer sets it.
  public mutating func read<V: OptionValue>(_ key: String, default value: V, doc: String)
    throws(RuleConfigurationError) -> V
  {
    try read(key, OptionDeclaration(key: key, doc: doc, schema: V.schema, defaultValue: value.json)) ?? value
  }

  /// The option's configured value, or nil when no layer sets it (the rule then decides, e.g. per document).
  public mutating func read<V: OptionValue>(_ key: String, doc: String) throws(RuleConfigurationError) -> V? {
    try read(key, OptionDeclaration(key: key, doc: doc, schema: V.schema, defaultValue: nil))
  }

  private mutating func read<V: OptionValue>(_ key: String, _ declaration: OptionDeclaration)
    throws(RuleConfigurationError) -> V?
  {
    declared.append(declaration)
    guard let json = values[key] else { return nil }
    switch V.decode(json) {
    case .success(let v): return v
    case .failure(let m):
      throw error(key, below: m.pointer, "expected \(m.expected), found \(m.found.serialized)")
    }
  }

  /// An error about a configured option, at its value (or at its key), naming the key path and the layer.
  public func error(_ key: String, below pointer: String = "", atKey: Bool = false, _ message: String)
    -> RuleConfigurationError
  {
    let origin = origins[key]
    let path = (origin?.path ?? "rules.\(rule).options.\(key)") + Self.dotted(pointer)
    let position = atKey ? origin?.key : (origin?.nested[pointer] ?? origin?.value)
    let layer = origin.map { " (from \($0.layer))" } ?? ""
    return RuleConfigurationError(
      file: origin?.file ?? "options of \(rule)", line: position?.line ?? 0, column: position?.column ?? 0,
      message: "\(path): \(message)\(layer)")
  }

  /// Keys no read declared are errors, reported at the key: a misspelt option would otherwise be ignored.
  func rejectUndeclaredKeys() throws(RuleConfigurationError) {
    let known = declared.map(\.key)
    for key in values.keys.sorted() where !known.contains(key) {
      let expected =
        known.isEmpty ? "\(rule) takes no options" : "expected one of: \(known.sorted().joined(separator: ", "))"
      throw error(key, atKey: true, "unknown option of \(rule); \(expected)")
    }
  }

  /// `/2/x` → `[2].x`, for messages.
  static func dotted(_ pointer: String) -> String {
    pointer.split(separator: "/").map { p in p.allSatisfy(\.isNumber) ? "[\(p)]" : ".\(p)" }.joined()
  }
}
