import Foundation

/// A text file as read from disk, with what is needed to write it back unchanged but for the edits: its encoding
/// (UTF-8 with or without BOM, UTF-16 LE/BE, GB18030) and what the file was when read (`fix` replaces it only
/// while it still is). Line endings and a BOM live in the text itself and fixes never rewrite them.
public struct TextFile: Sendable {
  public var path: String
  /// The text in UTF-8 (for a UTF-8 file, the bytes as read: a page is in memory once, and `Document(bytes:)`
  /// keeps this same array).
  public var utf8: [UInt8]
  public var encoding: TextEncoding
  /// False for GB18030 bytes that do not convert back byte for byte: `lint` reads them, `fix` refuses to write.
  public var roundTrips = true
  /// The file as read (nil for standard input).
  var snapshot: FileSnapshot?

  init(path: String, utf8: [UInt8], encoding: TextEncoding, roundTrips: Bool = true) {
    self.path = path
    self.utf8 = utf8
    self.encoding = encoding
    self.roundTrips = roundTrips
  }

  init(path: String, text: String, encoding: TextEncoding, roundTrips: Bool = true) {
    self.init(path: path, utf8: Array(text.utf8), encoding: encoding, roundTrips: roundTrips)
  }

  /// The text as a `String` (decoded on each call).
  public var text: String { String(decoding: utf8, as: UTF8.self) }

  /// Decodes bytes in `forced` encoding, or detects it: a UTF-16 or UTF-8 byte-order mark, else UTF-8 when the
  /// bytes are valid UTF-8, else GB18030 when they are valid GB18030. Anything else is an error naming the first
  /// bad byte.
  public static func decode(_ data: [UInt8], path: String, encoding forced: TextEncoding? = nil) throws(DecodingError)
    -> TextFile
  {
    let result = data.withUnsafeBufferPointer { buf -> Result<TextFile?, DecodingError> in
      Result { () throws(DecodingError) -> TextFile? in try decode(buf, path: path, encoding: forced) }
    }
    // nil: valid UTF-8, kept as it is.
    return try result.get() ?? TextFile(path: path, utf8: data, encoding: .utf8)
  }

  /// The decoded file, or nil when the bytes are UTF-8 to be taken as they are.
  static func decode(_ data: UnsafeBufferPointer<UInt8>, path: String, encoding forced: TextEncoding?)
    throws(DecodingError) -> TextFile?
  {
    let bomLE = data.count >= 2 && data[0] == 0xFF && data[1] == 0xFE
    let bomBE = data.count >= 2 && data[0] == 0xFE && data[1] == 0xFF
    switch forced {
    case .utf16LE?:
      return TextFile(
        path: path, text: try TextDecoding.utf16(data, littleEndian: true, path: path), encoding: .utf16LE)
    case .utf16BE?:
      return TextFile(
        path: path, text: try TextDecoding.utf16(data, littleEndian: false, path: path), encoding: .utf16BE)
    case .gb18030?:
      guard let (text, roundTrips) = TextDecoding.gb18030(data) else { throw gb18030Error(data, path: path) }
      return TextFile(path: path, text: text, encoding: .gb18030, roundTrips: roundTrips)
    case .utf8?:
      if let bad = TextDecoding.firstInvalidUTF8(data) { throw utf8Error(data, bad, path: path, advice: "") }
    case nil:
      if bomLE || bomBE {
        return TextFile(
          path: path, text: try TextDecoding.utf16(data, littleEndian: bomLE, path: path),
          encoding: bomLE ? .utf16LE : .utf16BE)
      }
      if let bad = TextDecoding.firstInvalidUTF8(data) {
        guard let (text, roundTrips) = TextDecoding.gb18030(data) else {
          throw utf8Error(
            data, bad, path: path,
            advice:
              "; not GB18030 either, and UTF-16 needs a byte-order mark — convert the file, e.g. `iconv -f BIG5 -t UTF-8`, or name its encoding with --encoding"
          )
        }
        return TextFile(path: path, text: text, encoding: .gb18030, roundTrips: roundTrips)
      }
    }
    return nil
  }

  static func utf8Error(_ data: UnsafeBufferPointer<UInt8>, _ bad: Int, path: String, advice: String) -> DecodingError {
    let (line, column) = TextDecoding.utf8Position(data, bad)
    return DecodingError(
      path: path, line: line, column: column, byteOffset: bad, problem: "not valid UTF-8", advice: advice)
  }

  /// The first byte that breaks GB18030's structure (one byte 00–7F; two bytes 81–FE + 40–7E/80–FE; four bytes
  /// 81–FE 30–39 81–FE 30–39), with its line and column.
  static func gb18030Error(_ d: UnsafeBufferPointer<UInt8>, path: String) -> DecodingError {
    var i = 0
    var line = 1
    var column = 1
    while i < d.count {
      let b = d[i]
      var len = 0
      if b < 0x80 {
        len = 1
      } else if b >= 0x81 && b <= 0xFE && i + 1 < d.count {
        let t = d[i + 1]
        if (t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE) {
          len = 2
        } else if t >= 0x30 && t <= 0x39 && i + 3 < d.count && d[i + 2] >= 0x81 && d[i + 2] <= 0xFE
          && d[i + 3] >= 0x30 && d[i + 3] <= 0x39
        {
          len = 4
        }
      }
      if len == 0 { break }
      if b == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
      i += len
    }
    return DecodingError(
      path: path, line: line, column: column, byteOffset: min(i, d.count), problem: "not valid GB18030")
  }

  /// Reads a file in one piece (no Foundation copy of it) and remembers what it read.
  public static func read(path: String, encoding: TextEncoding? = nil) throws -> TextFile {
    let (bytes, snapshot) = try FileSnapshot.read(path: path)
    var file = try decode(bytes, path: path, encoding: encoding)
    file.snapshot = snapshot
    return file
  }

  /// The text in the file's encoding; nil when the encoding cannot hold it exactly (see `TextDecoding.encode`).
  public func encoded(_ text: String) -> [UInt8]? { TextDecoding.encode(text, as: encoding) }

  /// Replaces the file with `newText` in its encoding, safely (see `SafeReplace`).
  public func write(_ newText: String) throws {
    guard roundTrips else {
      throw CLIError(
        "\(path): its GB18030 bytes do not convert back byte for byte (a GBK-only byte such as 0x80?), so fix leaves it unchanged"
      )
    }
    guard let bytes = encoded(newText) else {
      throw CLIError("\(path): the fixed text cannot be written back in \(encoding.rawValue) exactly; left unchanged")
    }
    guard let snapshot else { throw CLIError("\(path): not read from a file") }
    try SafeReplace.replace(path: path, with: bytes, expecting: snapshot)
  }
}

public struct CLIError: Error, CustomStringConvertible {
  public var description: String
  public init(_ d: String) { description = d }
}
