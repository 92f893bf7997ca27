import CopyDesk

/// A strict JSON (RFC 8259) parser over UTF-8 bytes into the engine's `JSONValue`.
/// The engine's JSONC parser is made for config files (comments, positions per value); LSP traffic needs a fast,
/// strict reader that works on the framed bytes directly, so this one has no positions and no leniency.
public struct JSONParser {
  public struct Error: Swift.Error, Sendable, CustomStringConvertible, Equatable {
    public var offset: Int
    public var message: String
    public var description: String { "byte \(offset): \(message)" }
  }

  private let b: [UInt8]
  private var i = 0
  private var depth = 0

  public static func parse(_ bytes: [UInt8]) throws(Error) -> JSONValue {
    var p = JSONParser(b: bytes)
    p.skipSpace()
    let v = try p.value()
    p.skipSpace()
    if p.i < p.b.count { throw p.fail("unexpected data after the JSON value") }
    return v
  }

  public static func parse(_ text: String) throws(Error) -> JSONValue { try parse(Array(text.utf8)) }

  private init(b: [UInt8]) { self.b = b }

  private func fail(_ m: String) -> Error { Error(offset: i, message: m) }

  private mutating func skipSpace() {
    while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
  }

  private mutating func value() throws(Error) -> JSONValue {
    guard i < b.count else { throw fail("unexpected end of input") }
    switch b[i] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw fail("unexpected character")
    }
  }

  private mutating func literal(_ word: String, _ v: JSONValue) throws(Error) -> JSONValue {
    let w = Array(word.utf8)
    let n = w.count
    guard i + n <= b.count else { throw fail("unexpected end of input") }
    for k in 0..<n where b[i + k] != w[k] { throw fail("invalid literal") }
    i += n
    return v
  }

  private mutating func enter() throws(Error) {
    depth += 1
    if depth > 512 { throw fail("nesting too deep") }
  }

  private mutating func object() throws(Error) -> JSONValue {
    try enter()
    i += 1
    var o: [String: JSONValue] = [:]
    skipSpace()
    if i < b.count, b[i] == UInt8(ascii: "}") {
      i += 1
      depth -= 1
      return .object(o)
    }
    while true {
      skipSpace()
      guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
      let k = try string()
      skipSpace()
      guard i < b.count, b[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
      i += 1
      skipSpace()
      o[k] = try value()
      skipSpace()
      guard i < b.count else { throw fail("unterminated object") }
      if b[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      guard b[i] == UInt8(ascii: "}") else { throw fail("expected ',' or '}'") }
      i += 1
      depth -= 1
      return .object(o)
    }
  }

  private mutating func array() throws(Error) -> JSONValue {
    try enter()
    i += 1
    var a: [JSONValue] = []
    skipSpace()
    if i < b.count, b[i] == UInt8(ascii: "]") {
      i += 1
      depth -= 1
      return .array(a)
    }
    while true {
      skipSpace()
      a.append(try value())
      skipSpace()
      guard i < b.count else { throw fail("unterminated array") }
      if b[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      guard b[i] == UInt8(ascii: "]") else { throw fail("expected ',' or ']'") }
      i += 1
      depth -= 1
      return .array(a)
    }
  }

  private mutating func number() throws(Error) -> JSONValue {
    let start = i
    if b[i] == UInt8(ascii: "-") { i += 1 }
    func digits(_ p: inout JSONParser) -> Int {
      let s = p.i
      while p.i < p.b.count, p.b[p.i] >= 0x30, p.b[p.i] <= 0x39 { p.i += 1 }
      return p.i - s
    }
    guard digits(&self) > 0 else { throw fail("invalid number") }
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      guard digits(&self) > 0 else { throw fail("invalid number") }
    }
    if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
      i += 1
      if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
      guard digits(&self) > 0 else { throw fail("invalid number") }
    }
    let text = String(decoding: b[start..<i], as: UTF8.self)
    guard let d = Double(text) else { throw fail("invalid number") }
    return .number(d)
  }

  private mutating func string() throws(Error) -> String {
    i += 1
    // Fast path: no escapes.
    let start = i
    while i < b.count, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\"), b[i] >= 0x20 { i += 1 }
    guard i < b.count else { throw fail("unterminated string") }
    if b[i] == UInt8(ascii: "\"") {
      i += 1
      return String(decoding: b[start..<(i - 1)], as: UTF8.self)
    }
    var out = Array(b[start..<i])
    while true {
      guard i < b.count else { throw fail("unterminated string") }
      let c = b[i]
      if c == UInt8(ascii: "\"") {
        i += 1
        return String(decoding: out, as: UTF8.self)
      }
      if c < 0x20 { throw fail("control character in string") }
      if c != UInt8(ascii: "\\") {
        out.append(c)
        i += 1
        continue
      }
      i += 1
      guard i < b.count else { throw fail("unterminated escape") }
      let e = b[i]
      i += 1
      switch e {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar) {
          // A high surrogate pairs with an escaped low surrogate right after it. A lone one becomes U+FFFD — one
          // UTF-16 unit, as in the editor's buffer, so positions stay aligned — and an escape after it that is
          // not a low surrogate (`\ud800\u4e2d`) is read again as a character of its own, never dropped.
          if i + 5 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") {
            let resume = i
            i += 2
            let low = try hex4()
            if (0xDC00..<0xE000).contains(low) {
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else {
              scalar = 0xFFFD
              i = resume
            }
          } else {
            scalar = 0xFFFD
          }
        } else if (0xDC00..<0xE000).contains(scalar) {
          scalar = 0xFFFD
        }
        out.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
      default: throw fail("invalid escape")
      }
    }
  }

  private mutating func hex4() throws(Error) -> UInt32 {
    guard i + 4 <= b.count else { throw fail("truncated \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let c = b[i]
      let d: UInt8
      switch c {
      case 0x30...0x39: d = c - 0x30
      case 0x41...0x46: d = c - 0x41 + 10
      case 0x61...0x66: d = c - 0x61 + 10
      default: throw fail("invalid \\u escape")
      }
      v = v << 4 | UInt32(d)
      i += 1
    }
    return v
  }
}
