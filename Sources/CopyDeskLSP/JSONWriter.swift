import CopyDesk

/// Writes a `JSONValue` as compact UTF-8 JSON bytes. The engine's `serialized` builds a `String` scalar by scalar
/// with sorted keys (stable output for files); publishing a page's diagnostics goes through here on every edit,
/// so this writer appends bytes directly and keeps the dictionary's own key order.
public enum JSONWriter {
  public static func bytes(_ v: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(1024)
    write(v, into: &out)
    return out
  }

  static func write(_ v: JSONValue, into out: inout [UInt8]) {
    switch v {
    case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    case .bool(let b): out.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
    case .number(let n):
      if n.rounded() == n && abs(n) < 1e15 {
        out.append(contentsOf: String(Int(n)).utf8)
      } else {
        out.append(contentsOf: String(n).utf8)
      }
    case .string(let s): string(s, into: &out)
    case .array(let a):
      out.append(UInt8(ascii: "["))
      for (i, e) in a.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        write(e, into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let o):
      out.append(UInt8(ascii: "{"))
      var first = true
      for (k, e) in o {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        string(k, into: &out)
        out.append(UInt8(ascii: ":"))
        write(e, into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  static let hex = Array("0123456789abcdef".utf8)

  static func string(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { buffer in
      for b in buffer {
        switch b {
        case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0..<0x20:
          out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        default: out.append(b)
        }
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
