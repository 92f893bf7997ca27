import Foundation

/// A text file as read from disk, with what is needed to write it back unchanged but for the edits:
/// its encoding (UTF-8 with or without BOM, UTF-16 LE/BE with BOM). Line endings live in the text itself and
/// fixes never rewrite them.
public struct TextFile: Sendable {
  public enum Encoding: String, Sendable {
    case utf8
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
  }

  public var path: String
  public var text: String
  public var encoding: Encoding

  /// Input that is not valid text: names the file and the position of the first bad byte.
  public struct DecodingError: Error, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var byteOffset: Int
    public var description: String {
      "\(path):\(line):\(column): not valid UTF-8 (byte offset \(byteOffset)); copydesk reads UTF-8 and UTF-16 with a BOM — convert the file, e.g. `iconv -f GB18030 -t UTF-8`"
    }
  }

  public static func decode(_ data: [UInt8], path: String) throws(DecodingError) -> TextFile {
    if data.count >= 2 && data[0] == 0xFF && data[1] == 0xFE {
      return TextFile(path: path, text: decodeUTF16(data, littleEndian: true), encoding: .utf16LE)
    }
    if data.count >= 2 && data[0] == 0xFE && data[1] == 0xFF {
      return TextFile(path: path, text: decodeUTF16(data, littleEndian: false), encoding: .utf16BE)
    }
    if let bad = firstInvalidUTF8(data) {
      var line = 1
      var column = 1
      var i = 0
      while i < bad {
        if data[i] == 0x0A {
          line += 1
          column = 1
        } else if data[i] & 0xC0 != 0x80 {
          column += 1
        }
        i += 1
      }
      throw DecodingError(path: path, line: line, column: column, byteOffset: bad)
    }
    return TextFile(path: path, text: String(decoding: data, as: UTF8.self), encoding: .utf8)
  }

  static func decodeUTF16(_ data: [UInt8], littleEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(data.count / 2)
    var i = 0
    while i + 1 < data.count {
      units.append(
        littleEndian ? UInt16(data[i]) | UInt16(data[i + 1]) << 8 : UInt16(data[i]) << 8 | UInt16(data[i + 1]))
      i += 2
    }
    // The BOM stays in the text as U+FEFF so that writing back reproduces it.
    return String(decoding: units, as: UTF16.self)
  }

  /// Offset of the first byte that breaks UTF-8, or nil when the data is valid.
  static func firstInvalidUTF8(_ d: [UInt8]) -> Int? {
    var i = 0
    let n = d.count
    while i < n {
      let b = d[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let len: Int
      var minValue: UInt32
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
      minValue = 0
    }
    return nil
  }

  public static func read(path: String) throws -> TextFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CLIError("\(path): cannot read file")
    }
    return try decode([UInt8](data), path: path)
  }

  public func encoded(_ text: String) -> [UInt8] {
    switch encoding {
    case .utf8: return Array(text.utf8)
    case .utf16LE: return text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    case .utf16BE: return text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }
  }

  /// Writes atomically: a temporary file in the same directory, then rename, keeping the file's permissions.
  public func write(_ newText: String) throws {
    let data = Data(encoded(newText))
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    let tmp = dir.appendingPathComponent(
      ".\(url.lastPathComponent).copydesk-\(ProcessInfo.processInfo.processIdentifier).tmp")
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    do {
      try data.write(to: tmp)
      if let perms = attributes?[.posixPermissions] {
        try? FileManager.default.setAttributes([.posixPermissions: perms], ofItemAtPath: tmp.path)
      }
      if rename(tmp.path, path) != 0 { throw CLIError("\(path): cannot replace file (errno \(errno))") }
    } catch {
      try? FileManager.default.removeItem(at: tmp)
      throw error
    }
  }
}

public struct CLIError: Error, CustomStringConvertible {
  public var description: String
  public init(_ d: String) { description = d }
}
