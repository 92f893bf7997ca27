/// JSON written straight to UTF-8 bytes: the CLI's `--format json` and the language server's diagnostics both write
/// one object per finding, and building a `JSONValue` tree (a dictionary per object, a `String` per number) cost as
/// much as linting the page. Escaping is the same as `JSONValue.escape`: `"`, `\`, `\n`, `\r`, `\t` by name, other
/// control characters as `\u00XX` (lower-case hex), everything else as it is.
public struct JSONBytes: Sendable {
  public var out: [UInt8]

  public init(capacity: Int = 256) {
    out = []
    out.reserveCapacity(capacity)
  }

  @inline(__always)
  public mutating func raw(_ s: StaticString) {
    s.withUTF8Buffer { out.append(contentsOf: $0) }
  }

  @inline(__always)
  public mutating func byte(_ b: UInt8) { out.append(b) }

  public mutating func int(_ n: Int) {
    if n < 0 {
      out.append(UInt8(ascii: "-"))
      // -Int.min does not exist: its magnitude is written digit by digit.
      if n == Int.min {
        raw("9223372036854775808")
        return
      }
      int(-n)
      return
    }
    if n < 10 {
      out.append(UInt8(ascii: "0") &+ UInt8(n))
      return
    }
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var v = n
    withUnsafeMutableBytes(of: &digits) { d in
      while v > 0 {
        d[count] = UInt8(ascii: "0") &+ UInt8(v % 10)
        v /= 10
        count += 1
      }
      for k in stride(from: count - 1, through: 0, by: -1) { out.append(d[k]) }
    }
  }

  static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// A JSON string literal of `s`.
  public mutating func string(_ s: String) {
    var s = s
    s.withUTF8 { string(utf8: $0) }
  }

  /// A JSON string literal of UTF-8 bytes (which must be valid UTF-8).
  public mutating func string(utf8 buffer: UnsafeBufferPointer<UInt8>) {
    out.append(UInt8(ascii: "\""))
    var start = 0
    var i = 0
    let n = buffer.count
    while i < n {
      let b = buffer[i]
      if b >= 0x20 && b != 0x22 && b != 0x5C {
        i += 1
        continue
      }
      if start < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<i])) }
      switch b {
      case 0x22: out.append(contentsOf: [0x5C, 0x22])
      case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      default:
        out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]])
      }
      i += 1
      start = i
    }
    if start < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<n])) }
    out.append(UInt8(ascii: "\""))
  }
}
