/// A JSON parser that also accepts comments (`//`, `/* */`) and trailing commas, and reports errors and value
/// positions as line and column, so a bad `.copydesk.json` is named precisely.
public struct JSONC {
  public struct ParseError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "\(line):\(column): \(message)" }
  }

  /// Position (1-based line, column in scalars) of each value, keyed by JSON pointer (`/rules/space-cjk`).
  public private(set) var positions: [String: (line: Int, column: Int)] = [:]
  public private(set) var value: JSONValue = .null

  private let s: [Unicode.Scalar]
  private var i = 0
  /// Arrays and objects open around the current value. A configuration is a few levels deep; 100,000 `[` would
  /// overflow the stack of this recursive parser, so nesting beyond `maximumDepth` is an error.
  private var depth = 0
  public static let maximumDepth = 256
  private var line = 1
  private var column = 1

  public static func parse(_ text: String) throws(ParseError) -> JSONC {
    var p = JSONC(scalars: Array(text.unicodeScalars))
    try p.skipTrivia()
    p.value = try p.parseValue(pointer: "")
    try p.skipTrivia()
    if p.i < p.s.count { throw p.error("unexpected '\(p.s[p.i])' after the end of the JSON value") }
    return p
  }

  private init(scalars: [Unicode.Scalar]) { s = scalars }

  public func position(of pointer: String) -> (line: Int, column: Int)? { positions[pointer] }

  private func error(_ message: String) -> ParseError { ParseError(line: line, column: column, message: message) }

  private func hex(_ v: UInt32) -> String {
    let h = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - h.count)) + h
  }

  private mutating func advance() {
    if s[i] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    i += 1
  }

  private mutating func skipTrivia() throws(ParseError) {
    while i < s.count {
      let c = s[i]
      if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{FEFF}" {
        advance()
      } else if c == "/" && i + 1 < s.count && s[i + 1] == "/" {
        while i < s.count && s[i] != "\n" { advance() }
      } else if c == "/" && i + 1 < s.count && s[i + 1] == "*" {
        let (l, col) = (line, column)
        advance()
        advance()
        while i < s.count && !(s[i] == "*" && i + 1 < s.count && s[i + 1] == "/") { advance() }
        if i >= s.count { throw ParseError(line: l, column: col, message: "unterminated /* comment") }
        advance()
        advance()
      } else {
        return
      }
    }
  }

  private mutating func parseValue(pointer: String) throws(ParseError) -> JSONValue {
    guard i < s.count else { throw error("expected a value, found the end of the file") }
    positions[pointer] = (line, column)
    switch s[i] {
    case "{", "[":
      guard depth < Self.maximumDepth else {
        throw error("arrays and objects nested more than \(Self.maximumDepth) deep")
      }
      depth += 1
      defer { depth -= 1 }
      return s[i] == "{" ? try parseObject(pointer: pointer) : try parseArray(pointer: pointer)
    case "\"": return .string(try parseString())
    case "t": return try literal("true", .bool(true))
    case "f": return try literal("false", .bool(false))
    case "n": return try literal("null", .null)
    case "-", "0"..."9": return try parseNumber()
    default: throw error("expected a value, found '\(s[i])'")
    }
  }

  private mutating func literal(_ word: String, _ v: JSONValue) throws(ParseError) -> JSONValue {
    for c in word.unicodeScalars {
      guard i < s.count, s[i] == c else { throw error("expected '\(word)'") }
      advance()
    }
    return v
  }

  private mutating func parseNumber() throws(ParseError) -> JSONValue {
    var text = ""
    while i < s.count, "+-0123456789.eE".unicodeScalars.contains(s[i]) {
      text.unicodeScalars.append(s[i])
      advance()
    }
    guard let d = Double(text) else { throw error("invalid number '\(text)'") }
    return .number(d)
  }

  private mutating func parseString() throws(ParseError) -> String {
    advance()  // opening quote
    var out = String.UnicodeScalarView()
    while true {
      guard i < s.count else { throw error("unterminated string") }
      let c = s[i]
      if c == "\"" {
        advance()
        return String(out)
      }
      if c == "\n" { throw error("line break inside a string") }
      if c == "\\" {
        let (el, ec) = (line, column)
        advance()
        guard i < s.count else { throw error("unterminated escape") }
        let e = s[i]
        advance()
        switch e {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "r": out.append("\r")
        case "b": out.append("\u{8}")
        case "f": out.append("\u{C}")
        case "\"", "\\", "/": out.append(e)
        case "u":
          var code: UInt32 = 0
          for _ in 0..<4 {
            guard i < s.count, let h = UInt32(String(s[i]), radix: 16) else { throw error("bad \\u escape") }
            code = code * 16 + h
            advance()
          }
          // A surrogate must come as a high-low pair of escapes. A lone one is an error, not U+FFFD: a config or
          // baseline is written by tools or by hand, and a silently replaced character would never match.
          if code >= 0xD800 && code < 0xDC00 {
            guard i + 1 < s.count, s[i] == "\\", s[i + 1] == "u" else {
              throw ParseError(
                line: el, column: ec,
                message:
                  "lone UTF-16 surrogate \\u\(hex(code)): a high surrogate must be followed by a low one (\\uDC00–\\uDFFF)"
              )
            }
            advance()
            advance()
            var low: UInt32 = 0
            for _ in 0..<4 {
              guard i < s.count, let h = UInt32(String(s[i]), radix: 16) else { throw error("bad \\u escape") }
              low = low * 16 + h
              advance()
            }
            guard low >= 0xDC00 && low < 0xE000 else {
              throw ParseError(
                line: el, column: ec,
                message:
                  "lone UTF-16 surrogate \\u\(hex(code)): a high surrogate must be followed by a low one (\\uDC00–\\uDFFF), not \\u\(hex(low))"
              )
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          } else if code >= 0xDC00 && code < 0xE000 {
            throw ParseError(
              line: el, column: ec,
              message: "lone UTF-16 surrogate \\u\(hex(code)): a low surrogate must follow a high one")
          }
          guard let u = Unicode.Scalar(code) else { throw error("invalid code point in \\u escape") }
          out.append(u)
        default: throw error("unknown escape '\\\(e)'")
        }
        continue
      }
      out.append(c)
      advance()
    }
  }

  private mutating func parseArray(pointer: String) throws(ParseError) -> JSONValue {
    advance()
    var items: [JSONValue] = []
    while true {
      try skipTrivia()
      guard i < s.count else { throw error("unterminated array: expected ']'") }
      if s[i] == "]" {
        advance()
        return .array(items)
      }
      items.append(try parseValue(pointer: pointer + "/\(items.count)"))
      try skipTrivia()
      guard i < s.count else { throw error("unterminated array: expected ']'") }
      if s[i] == "," {
        advance()
      } else if s[i] != "]" {
        throw error("expected ',' or ']' in array, found '\(s[i])'")
      }
    }
  }

  private mutating func parseObject(pointer: String) throws(ParseError) -> JSONValue {
    advance()
    var members: [String: JSONValue] = [:]
    while true {
      try skipTrivia()
      guard i < s.count else { throw error("unterminated object: expected '}'") }
      if s[i] == "}" {
        advance()
        return .object(members)
      }
      guard s[i] == "\"" else { throw error("expected a quoted key, found '\(s[i])'") }
      let (kl, kc) = (line, column)
      let key = try parseString()
      if members[key] != nil { throw ParseError(line: kl, column: kc, message: "duplicate key \"\(key)\"") }
      positions["\(pointer)/\(key)#key"] = (kl, kc)
      try skipTrivia()
      guard i < s.count, s[i] == ":" else { throw error("expected ':' after key \"\(key)\"") }
      advance()
      try skipTrivia()
      members[key] = try parseValue(pointer: pointer + "/" + key)
      try skipTrivia()
      guard i < s.count else { throw error("unterminated object: expected '}'") }
      if s[i] == "," {
        advance()
      } else if s[i] != "}" {
        throw error("expected ',' or '}' in object, found '\(s[i])'")
      }
    }
  }
}
