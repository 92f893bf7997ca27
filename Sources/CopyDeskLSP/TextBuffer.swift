import CopyDesk

/// An open document's text as UTF-8 bytes with a line index, cheap to edit. The store applies incremental edits
/// here instead of building an engine `Document` per edit (segmentation and masking are not needed to find an
/// offset). Its conversions follow `Document.offset(line:character:encoding:)` exactly — same line terminators
/// (LF, CR, CRLF), same BOM handling, same clamping; a test checks both agree on every position.
public struct TextBuffer: Sendable, Equatable {
  public private(set) var bytes: [UInt8]
  public private(set) var lineStarts: [Int]

  public init(_ text: String) {
    bytes = Array(text.utf8)
    lineStarts = Self.lineStarts(of: bytes)
  }

  public var text: String { String(decoding: bytes, as: UTF8.self) }

  var bomLength: Int { bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 }

  static func lineStarts(of bytes: [UInt8]) -> [Int] {
    var starts = [0]
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0A {
        starts.append(i + 1)
      } else if b == 0x0D {
        if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    return starts
  }

  /// Whether an LSP position lies outside the text (a line past the end or a character past the line's end).
  public func isOutOfRange(line: Int, character: Int, encoding: PositionEncoding) -> Bool {
    if line < 0 || character < 0 || line >= lineStarts.count { return true }
    let r = lineContentRange(line)
    return character > units(r, encoding)
  }

  func lineContentRange(_ line: Int) -> Range<Int> {
    let s = line == 0 ? min(bomLength, bytes.count) : lineStarts[line]
    var e = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    while e > s && (bytes[e - 1] == 0x0A || bytes[e - 1] == 0x0D) { e -= 1 }
    return s..<e
  }

  func units(_ r: Range<Int>, _ encoding: PositionEncoding) -> Int {
    var n = 0
    var i = r.lowerBound
    while i < r.upperBound {
      let len = UTF8Scan.length(lead: bytes[i])
      n += encoding == .utf8 ? len : encoding == .utf16 ? UTF8Scan.utf16Units(utf8Length: len) : 1
      i += len
    }
    return n
  }

  /// The byte offset of an LSP position, clamped like the engine's `Document.offset(line:character:encoding:)`.
  public func offset(line: Int, character: Int, encoding: PositionEncoding) -> Int {
    if line < 0 { return min(bomLength, bytes.count) }
    if line >= lineStarts.count { return bytes.count }
    let range = lineContentRange(line)
    var units = 0
    var i = range.lowerBound
    while i < range.upperBound {
      let n = UTF8Scan.length(lead: bytes[i])
      let step = encoding == .utf8 ? n : encoding == .utf16 ? UTF8Scan.utf16Units(utf8Length: n) : 1
      if units + step > character { return i }
      units += step
      i += n
    }
    return range.upperBound
  }

  /// Replaces a byte range and updates the line index around it (the prefix of the index is kept).
  public mutating func replace(_ range: Range<Int>, with text: String) {
    let lo = max(0, min(range.lowerBound, bytes.count))
    let hi = max(lo, min(range.upperBound, bytes.count))
    bytes.replaceSubrange(lo..<hi, with: text.utf8)
    // Lines starting at or before `lo` are unchanged, except that a CR right before `lo` may now pair with an LF.
    var keep = lineStarts.count
    while keep > 1 && lineStarts[keep - 1] >= lo { keep -= 1 }
    if keep > 1 { keep -= 1 }
    let restart = lineStarts[keep - 1]
    lineStarts.removeSubrange(keep...)
    var i = restart
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0A {
        lineStarts.append(i + 1)
      } else if b == 0x0D {
        if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
        lineStarts.append(i + 1)
      }
      i += 1
    }
  }
}
