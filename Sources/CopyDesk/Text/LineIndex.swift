/// Where lines start in UTF-8 text (after LF, CR or CRLF) and conversions between byte offsets and line/character
/// positions in UTF-8, UTF-16 or UTF-32 units. Shared by the engine's `Document` and the language server's editable
/// buffer, so both count exactly alike. A byte-order mark is not a character: line 1 starts after it.
public struct LineIndex: Sendable, Equatable {
  /// Byte offset of each line's first byte.
  public private(set) var starts: [Int]
  /// 3 when the text starts with a byte-order mark, else 0.
  public private(set) var bomLength: Int

  public init(_ bytes: [UInt8]) {
    starts = [0]
    bomLength = 0
    rebuild(bytes, from: 0)
  }

  /// Re-indexes after the bytes changed from offset `changeStart` on; lines that start before it are kept, except
  /// the one holding it (a CR right before the change may now pair with an LF).
  public mutating func update(_ bytes: [UInt8], changedFrom changeStart: Int) {
    var keep = starts.count
    while keep > 1 && starts[keep - 1] >= changeStart { keep -= 1 }
    if keep > 1 { keep -= 1 }
    let restart = starts[keep - 1]
    starts.removeSubrange(keep...)
    rebuild(bytes, from: restart)
  }

  private mutating func rebuild(_ bytes: [UInt8], from restart: Int) {
    bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    bytes.withUnsafeBufferPointer { buf in
      let n = buf.count
      var i = restart
      // Text without CR (the usual case) is indexed with memchr, many bytes at a time; CR needs the byte loop.
      if UTF8Scan.find(0x0D, in: buf, from: restart) == nil {
        while let k = UTF8Scan.find(0x0A, in: buf, from: i) {
          i = k + 1
          starts.append(i)
        }
        return
      }
      while i < n {
        let b = buf[i]
        if b == 0x0A {
          starts.append(i + 1)
        } else if b == 0x0D {
          if i + 1 < n && buf[i + 1] == 0x0A { i += 1 }
          starts.append(i + 1)
        }
        i += 1
      }
    }
  }

  public var lineCount: Int { starts.count }

  /// 0-based line containing a byte offset.
  public func line(ofOffset offset: Int) -> Int {
    var lo = 0
    var hi = starts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// Content range of a 0-based line, without its line terminator (and without the BOM on line 1).
  public func contentRange(_ line: Int, in bytes: [UInt8]) -> Range<Int> {
    let s = line == 0 ? min(bomLength, bytes.count) : starts[line]
    var e = line + 1 < starts.count ? starts[line + 1] : bytes.count
    while e > s && (bytes[e - 1] == 0x0A || bytes[e - 1] == 0x0D) { e -= 1 }
    return s..<e
  }

  @inline(__always)
  static func units(utf8Length n: Int, _ encoding: PositionEncoding) -> Int {
    switch encoding {
    case .utf8: n
    case .utf16: UTF8Scan.utf16Units(utf8Length: n)
    case .utf32: 1
    }
  }

  /// Length of a byte range in the given units.
  public func units(_ r: Range<Int>, in bytes: [UInt8], _ encoding: PositionEncoding) -> Int {
    var n = 0
    var i = r.lowerBound
    while i < r.upperBound {
      let len = UTF8Scan.length(lead: bytes[i])
      n += Self.units(utf8Length: len, encoding)
      i += len
    }
    return n
  }

  /// 0-based line and character of a byte offset (clamped to the text).
  public func lineAndCharacter(ofOffset offset: Int, in bytes: [UInt8], encoding: PositionEncoding) -> (
    line: Int, character: Int
  ) {
    let clamped = max(0, min(offset, bytes.count))
    let line = line(ofOffset: clamped)
    let start = line == 0 ? min(bomLength, clamped) : starts[line]
    return (line, units(start..<clamped, in: bytes, encoding))
  }

  /// Byte offset of a 0-based line and character. Out-of-range values are clamped: a line past the end maps to the
  /// end of the text, a character past the line's end to the line's end, and a position inside a surrogate pair or
  /// a multi-byte sequence to the start of that character.
  public func offset(line: Int, character: Int, in bytes: [UInt8], encoding: PositionEncoding) -> Int {
    if line < 0 { return min(bomLength, bytes.count) }
    if line >= starts.count { return bytes.count }
    let range = contentRange(line, in: bytes)
    var units = 0
    var i = range.lowerBound
    while i < range.upperBound {
      let n = UTF8Scan.length(lead: bytes[i])
      let step = Self.units(utf8Length: n, encoding)
      if units + step > character { return i }
      units += step
      i += n
    }
    return range.upperBound
  }
}
