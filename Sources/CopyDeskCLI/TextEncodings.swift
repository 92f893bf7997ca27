import Foundation

/// The encodings copydesk reads and writes back. Pages from Windows tools and newsroom archives come as GB18030
/// or its subset GBK; Word's "Unicode text" export is UTF-16 with a byte-order mark.
public enum TextEncoding: String, Sendable, CaseIterable {
  case utf8 = "utf-8"
  case utf16LE = "utf-16le"
  case utf16BE = "utf-16be"
  case gb18030

  /// `--encoding` and the configuration's `encoding`: a name, or nil for `auto` (detect).
  public static func named(_ name: String) -> TextEncoding?? {
    switch name.lowercased() {
    case "auto": return .some(nil)
    case "utf-8", "utf8": return .utf8
    case "utf-16le": return .utf16LE
    case "utf-16be": return .utf16BE
    // GBK is a subset of GB18030: read as GB18030, a GBK page comes back byte for byte (or is refused).
    case "gb18030", "gbk", "gb2312": return .gb18030
    default: return nil
    }
  }

  static let names = "auto, utf-8, utf-16le, utf-16be, gb18030 (gbk)"

  /// Foundation's GB18030 on Linux and macOS (kCFStringEncodingGB_18030_2000), four-byte characters such as 𠮷
  /// included.
  static let foundationGB18030 = String.Encoding(rawValue: 0x8000_0632)
}

/// Input that is not valid text in its encoding: names the file and the position of the first bad byte.
public struct DecodingError: Error, CustomStringConvertible {
  public var path: String
  public var line: Int
  public var column: Int
  public var byteOffset: Int
  public var problem: String
  public var description: String { "\(path):\(line):\(column): \(problem) (byte offset \(byteOffset))\(advice)" }
  var advice = ""
}

/// Strict decoders: a file that does not decode exactly is an error, never a text with U+FFFD in it, because
/// `fix` would then write the replacement characters back over the original bytes.
enum TextDecoding {
  /// Offset of the first byte that breaks UTF-8, or nil when the data is valid.
  static func firstInvalidUTF8(_ d: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = d.count
    while i < n {
      let b = d[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let len: Int
      let minValue: UInt32
      if b & 0xE0 == 0xC0 {
        len = 2
        minValue = 0x80
      } else if b & 0xF0 == 0xE0 {
        len = 3
        minValue = 0x800
      } else if b & 0xF8 == 0xF0 {
        len = 4
        minValue = 0x10000
      } else {
        return i
      }
      guard i + len <= n else { return i }
      var v = UInt32(b) & (0x7F >> len)
      for k in 1..<len {
        guard d[i + k] & 0xC0 == 0x80 else { return i }
        v = v << 6 | UInt32(d[i + k] & 0x3F)
      }
      if v < minValue || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { return i }
      i += len
    }
    return nil
  }

  /// 1-based line and column (in characters) of byte offset `bad` in UTF-8 data that is valid before it.
  static func utf8Position(_ data: UnsafeBufferPointer<UInt8>, _ bad: Int) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for i in 0..<bad {
      if data[i] == 0x0A {
        line += 1
        column = 1
      } else if data[i] & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }

  /// UTF-16 code units to text; an odd trailing byte or an unpaired surrogate is an error at its position. The BOM
  /// stays in the text as U+FEFF so that writing back reproduces it.
  static func utf16(_ data: UnsafeBufferPointer<UInt8>, littleEndian: Bool, path: String) throws(DecodingError)
    -> String
  {
    var scalars = String.UnicodeScalarView()
    var line = 1
    var column = 1
    func unit(_ i: Int) -> UInt16 {
      littleEndian ? UInt16(data[i]) | UInt16(data[i + 1]) << 8 : UInt16(data[i]) << 8 | UInt16(data[i + 1])
    }
    func fail(_ problem: String, _ offset: Int) -> DecodingError {
      DecodingError(path: path, line: line, column: column, byteOffset: offset, problem: problem)
    }
    var i = 0
    while i + 1 < data.count {
      let u = unit(i)
      var value = UInt32(u)
      if u >= 0xD800 && u < 0xDC00 {
        guard i + 3 < data.count, case let low = unit(i + 2), low >= 0xDC00 && low < 0xE000 else {
          throw fail(String(format: "unpaired UTF-16 surrogate 0x%04X", u), i)
        }
        value = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        i += 2
      } else if u >= 0xDC00 && u < 0xE000 {
        throw fail(String(format: "unpaired UTF-16 surrogate 0x%04X", u), i)
      }
      i += 2
      scalars.append(Unicode.Scalar(value)!)
      if value == 0x0A {
        line += 1
        column = 1
      } else if !(value == 0xFEFF && i == 2) {  // the BOM is not a column, as in `Document`
        column += 1
      }
    }
    if i < data.count { throw fail("odd number of bytes: the UTF-16 text ends in half a character", i) }
    return String(scalars)
  }

  /// GB18030 (and GBK) to text, or nil when the bytes are not GB18030. `roundTrips` is false when writing the text
  /// back would not give the same bytes (Foundation reads a lone 0x80 as €, which GB18030 writes as A2 E3).
  static func gb18030(_ data: UnsafeBufferPointer<UInt8>) -> (text: String, roundTrips: Bool)? {
    guard let text = String(data: Data(buffer: data), encoding: TextEncoding.foundationGB18030) else { return nil }
    guard let back = encodeGB18030(text) else { return (text, false) }
    return (text, back.elementsEqual(data))
  }

  static func encodeGB18030(_ text: String) -> [UInt8]? {
    text.data(using: TextEncoding.foundationGB18030).map { [UInt8]($0) }
  }

  static func encode(_ text: String, as encoding: TextEncoding) -> [UInt8]? {
    switch encoding {
    case .utf8: return Array(text.utf8)
    case .utf16LE, .utf16BE:
      var out: [UInt8] = []
      out.reserveCapacity(text.utf8.count * 2)
      for u in text.utf16 {
        if encoding == .utf16LE {
          out.append(UInt8(u & 0xFF))
          out.append(UInt8(u >> 8))
        } else {
          out.append(UInt8(u >> 8))
          out.append(UInt8(u & 0xFF))
        }
      }
      return out
    case .gb18030:
      // Written only when it reads back as the same text: a converter that lost a character must not reach disk.
      guard let bytes = encodeGB18030(text),
        String(data: Data(bytes), encoding: TextEncoding.foundationGB18030) == text
      else { return nil }
      return bytes
    }
  }
}
