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
    write(to: &out)
    return out
  }

  private func write(to out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n):
      if n.rounded() == n && abs(n) < 1e15 { out += String(Int(n)) } else { out += String(n) }
    case .string(let s): JSONValue.escape(s, into: &out)
    case .array(let a):
      out += "["
      for (i, v) in a.enumerated() {
        if i > 0 { out += "," }
        v.write(to: &out)
      }
      out += "]"
    case .object(let o):
      out += "{"
      for (i, k) in o.keys.sorted().enumerated() {
        if i > 0 { out += "," }
        JSONValue.escape(k, into: &out)
        out += ":"
        o[k]!.write(to: &out)
      }
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
