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

  static func string(_ s: String, into out: inout [UInt8]) {
    var json = JSONBytes(capacity: 0)
    swap(&json.out, &out)
    json.string(s)
    swap(&json.out, &out)
  }
}
