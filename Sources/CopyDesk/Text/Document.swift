/// Plain text or Markdown. Both get Markdown structure detection (seed pages use `#` headings in .txt files),
/// but only Markdown gets inline syntax such as emphasis, links and list markers masked.
public enum SourceFormat: String, Sendable, Codable {
  case plain, markdown

  public static func guess(path: String?) -> SourceFormat {
    guard let path else { return .plain }
    let lower = path.lowercased()
    return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .plain
  }
}

/// A 1-based line and column (column counted in Unicode scalars) plus the 0-based UTF-8 byte offset.
public struct SourcePosition: Sendable, Hashable, Codable {
  public var line: Int
  public var column: Int
  public var offset: Int

  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }
}

/// The unit an LSP client counts characters in.
public enum PositionEncoding: String, Sendable, Codable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
  case utf32 = "utf-32"
}

/// A text analysed once: bytes, line index, structure (blocks, articles, zones), masks and directives.
/// Everything inside is addressed by UTF-8 byte offset; lines and columns are computed only at the edges.
public final class Document: Sendable {
  public let path: String?
  public let format: SourceFormat
  public let text: String
  public let bytes: [UInt8]
  /// 3 when the text starts with a byte-order mark, else 0. Columns on line 1 start after it.
  public let bomLength: Int
  /// Byte offset of each line's first byte.
  public let lineStarts: [Int]
  /// Per byte: what masking found there (numbers, URLs, Latin phrases, code, markup).
  public let masks: [MaskKind]
  /// Per byte: the structural zone (headline, byline, body, credit…).
  public let zones: [Zone]
  public let blocks: [Block]
  public let articles: [Article]
  public let directives: Directives
  /// Structures rules derive from this document and share (see `DerivedData`).
  public let derived = DerivedData()

  public init(text: String, path: String? = nil, format: SourceFormat? = nil) {
    self.path = path
    self.format = format ?? SourceFormat.guess(path: path)
    self.text = text
    let bytes = Array(text.utf8)
    self.bytes = bytes
    self.bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
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
    self.lineStarts = starts
    let lines = Document.lineRanges(bytes: bytes, starts: starts, bomLength: bomLength)
    let structure = Segmenter.segment(bytes: bytes, lines: lines, format: self.format)
    self.blocks = structure.blocks
    self.articles = structure.articles
    self.zones = structure.zones
    self.masks = Masker.mask(bytes: bytes, blocks: structure.blocks, format: self.format)
    self.directives = Directives.parse(bytes: bytes, lineStarts: starts)
  }

  /// Content ranges of lines, excluding line terminators (and the BOM on line 1).
  static func lineRanges(bytes: [UInt8], starts: [Int], bomLength: Int) -> [Range<Int>] {
    var out: [Range<Int>] = []
    out.reserveCapacity(starts.count)
    for (n, s) in starts.enumerated() {
      var e = n + 1 < starts.count ? starts[n + 1] : bytes.count
      while e > s && (bytes[e - 1] == 0x0A || bytes[e - 1] == 0x0D) { e -= 1 }
      out.append((n == 0 ? min(bomLength, e) : s)..<e)
    }
    return out
  }

  public var lineCount: Int { lineStarts.count }

  /// 0-based line containing a byte offset.
  public func lineIndex(ofOffset offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// Content range of a 0-based line (without its line terminator).
  public func lineContentRange(_ line: Int) -> Range<Int> {
    let s = line == 0 ? min(bomLength, bytes.count) : lineStarts[line]
    var e = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    while e > s && (bytes[e - 1] == 0x0A || bytes[e - 1] == 0x0D) { e -= 1 }
    return s..<e
  }

  /// Line and column (1-based, column in Unicode scalars) of a byte offset.
  public func position(ofOffset offset: Int) -> SourcePosition {
    let clamped = max(0, min(offset, bytes.count))
    let line = lineIndex(ofOffset: clamped)
    let start = line == 0 ? min(bomLength, clamped) : lineStarts[line]
    var column = 1
    var i = start
    while i < clamped {
      if !UTF8Scan.isContinuation(bytes[i]) { column += 1 }
      i += 1
    }
    return SourcePosition(line: line + 1, column: column, offset: clamped)
  }

  /// 0-based line and character in the given encoding (the LSP's coordinates).
  public func lineAndCharacter(ofOffset offset: Int, encoding: PositionEncoding) -> (line: Int, character: Int) {
    let clamped = max(0, min(offset, bytes.count))
    let line = lineIndex(ofOffset: clamped)
    let start = line == 0 ? min(bomLength, clamped) : lineStarts[line]
    var units = 0
    var i = start
    while i < clamped {
      let n = UTF8Scan.length(lead: bytes[i])
      switch encoding {
      case .utf8: units += n
      case .utf16: units += UTF8Scan.utf16Units(utf8Length: n)
      case .utf32: units += 1
      }
      i += n
    }
    return (line, units)
  }

  /// Byte offset of a 0-based line and character in the given encoding. Out-of-range values are clamped:
  /// a line past the end maps to the end of the text, a character past the line's end to the line's end,
  /// and a position inside a surrogate pair or a multi-byte sequence to the start of that character.
  public func offset(line: Int, character: Int, encoding: PositionEncoding) -> Int {
    if line < 0 { return min(bomLength, bytes.count) }
    if line >= lineStarts.count { return bytes.count }
    let range = lineContentRange(line)
    var units = 0
    var i = range.lowerBound
    while i < range.upperBound {
      let n = UTF8Scan.length(lead: bytes[i])
      let step: Int
      switch encoding {
      case .utf8: step = n
      case .utf16: step = UTF8Scan.utf16Units(utf8Length: n)
      case .utf32: step = 1
      }
      if units + step > character { return i }
      units += step
      i += n
    }
    return range.upperBound
  }

  /// The text of a byte range.
  public func slice(_ range: Range<Int>) -> String {
    let r = max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))
    return String(decoding: bytes[r], as: UTF8.self)
  }

  @inline(__always)
  public func zone(at offset: Int) -> Zone { offset >= 0 && offset < zones.count ? zones[offset] : .none }

  @inline(__always)
  public func mask(at offset: Int) -> MaskKind { offset >= 0 && offset < masks.count ? masks[offset] : .none }

  /// The article a byte offset belongs to, if the page was segmented into articles.
  public func article(containing offset: Int) -> Article? {
    articles.first { $0.range.contains(offset) }
  }
}
