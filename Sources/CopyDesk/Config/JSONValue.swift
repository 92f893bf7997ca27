/// A JSON value. Used for configuration, rule options and the LSP's payloads.
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public subscript(key: String) -> JSONValue? {
    if case .object(let o) = self { return o[key] }
    return nil
  }

  public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
  public var boolValue: Bool? { if case .bool(let b) = self { b } else { nil } }
  public var numberValue: Double? { if case .number(let n) = self { n } else { nil } }
  /// The number as an Int when it is a whole number in range (`1e300` or `2.5` are not: nil, never a trap).
  public var intValue: Int? { numberValue.flatMap { Int(exactly: $0) } }
  public var arrayValue: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
  public var objectValue: [String: JSONValue]? { if case .object(let o) = self { o } else { nil } }

  /// Deep merge: objects merge key by key, anything else is replaced by `other`.
  public func merging(_ other: JSONValue) -> JSONValue {
    guard case .object(var a) = self, case .object(let b) = other else { return other }
    for (k, v) in b { a[k] = a[k].map { $0.merging(v) } ?? v }
    return .object(a)
  }

  /// Compact JSON text with sorted keys (stable output).
  public var serialized: String {
    var out = ""
    write(to: &out, indent: nil)
    return out
  }

  /// JSON text with sorted keys, two-space indentation and arrays of plain values on one line: for files people
  /// read in review (the configuration schema).
  public var pretty: String {
    var out = ""
    write(to: &out, indent: "")
    return out
  }

  private var isContainer: Bool {
    switch self {
    case .array, .object: true
    default: false
    }
  }

  /// `indent`: nil for compact output, else the indentation of the line this value starts on.
  private func write(to out: inout String, indent: String?) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n):
      if n.rounded() == n && abs(n) < 1e15 { out += String(Int(n)) } else { out += String(n) }
    case .string(let s): JSONValue.escape(s, into: &out)
    case .array(let a):
      let inner = indent.flatMap { i in a.contains(where: \.isContainer) ? i + "  " : nil }
      out += "["
      for (k, v) in a.enumerated() {
        out += k > 0 ? (inner == nil && indent != nil ? ", " : ",") : ""
        if let inner { out += "\n" + inner }
        v.write(to: &out, indent: inner)
      }
      if let indent, inner != nil { out += "\n" + indent }
      out += "]"
    case .object(let o):
      // A small object of plain values stays on one line: `{"type": "boolean"}`.
      let flat = indent != nil && o.values.allSatisfy { !$0.isContainer } && serialized.unicodeScalars.count <= 60
      let inner = indent.flatMap { o.isEmpty || flat ? nil : $0 + "  " }
      out += "{"
      for (k, key) in o.keys.sorted().enumerated() {
        if k > 0 { out += inner == nil && indent != nil ? ", " : "," }
        if let inner { out += "\n" + inner }
        JSONValue.escape(key, into: &out)
        out += indent == nil ? ":" : ": "
        o[key]!.write(to: &out, indent: inner)
      }
      if let indent, inner != nil { out += "\n" + indent }
      out += "}"
    }
  }

  public static func escape(_ s: String, into out: inout String) {
    out += "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where u.value < 0x20:
        let hex = String(u.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(u)
      }
    }
    out += "\""
  }
}
