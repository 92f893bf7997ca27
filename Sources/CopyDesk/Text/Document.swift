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
  /// The UTF-8 text. A `String` copy is made only on request (`text`): on a 100 MB page each copy is 100 MB.
  public let bytes: [UInt8]
  /// 3 when the text starts with a byte-order mark, else 0. Columns on line 1 start after it.
  public let bomLength: Int
  /// Byte offset of each line's first byte.
  public let lineStarts: [Int]
  /// The line index with its position conversions (shared with the language server's buffer).
  public let lineIndex: LineIndex
  /// Per byte: what masking found there (numbers, URLs, Latin phrases, code, markup).
  public let masks: [MaskKind]
  /// Per byte: the structural zone (headline, byline, body, credit…).
  public let zones: [Zone]
  public let blocks: [Block]
  /// The articles by position, before headlines go back to their stories (see `articleIndex`).
  let runs: [Range<Int>]
  public let directives: Directives
  /// Structures rules derive from this document and share (see `DocumentAnalysis`).
  let analyses = AnalysisStore()
  /// Where the last positions were asked for: callers that ask in order are linear (see `PositionCursor`).
  let cursors = DocumentCursors()

  public convenience init(text: String, path: String? = nil, format: SourceFormat? = nil) {
    self.init(bytes: Array(text.utf8), path: path, format: format)
  }

  /// A document over UTF-8 bytes, which must be valid UTF-8 (as every reader of copydesk checks): the array is
  /// kept, not copied, so a page read from disk is in memory once.
  public init(bytes: [UInt8], path: String? = nil, format: SourceFormat? = nil) {
    self.path = path
    self.format = format ?? SourceFormat.guess(path: path)
    self.bytes = bytes
    let index = LineIndex(bytes)
    self.lineIndex = index
    self.bomLength = index.bomLength
    self.lineStarts = index.starts
    let lines = (0..<index.lineCount).map { index.contentRange($0, in: bytes) }
    let structure = Segmenter.segment(bytes: bytes, lines: lines, format: self.format)
    self.blocks = structure.blocks
    self.runs = structure.runs
    self.zones = structure.zones
    self.masks = Masker.mask(
      bytes: bytes, blocks: structure.blocks, format: self.format, markupLines: structure.markupLines)
    self.directives = Directives.parse(bytes: bytes, lineStarts: index.starts, zones: zones, masks: masks)
  }

  /// A document whose structure is given, not found again: a part of a page (`DocumentPart`) keeps the blocks,
  /// zones and masks the whole page gave it, so that rules see exactly what they see in the page.
  init(
    path: String?, format: SourceFormat, bytes: [UInt8], masks: [MaskKind], zones: [Zone], blocks: [Block],
    runs: [Range<Int>]
  ) {
    self.path = path
    self.format = format
    self.bytes = bytes
    let index = LineIndex(bytes)
    self.lineIndex = index
    self.bomLength = index.bomLength
    self.lineStarts = index.starts
    self.masks = masks
    self.zones = zones
    self.blocks = blocks
    self.runs = runs
    self.directives = Directives.parse(bytes: bytes, lineStarts: index.starts, zones: zones, masks: masks)
  }

  public var lineCount: Int { lineStarts.count }

  /// The text as a `String` (decoded on each call).
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// 0-based line containing a byte offset.
  public func lineIndex(ofOffset offset: Int) -> Int { lineIndex.line(ofOffset: offset) }

  /// Content range of a 0-based line (without its line terminator).
  public func lineContentRange(_ line: Int) -> Range<Int> { lineIndex.contentRange(line, in: bytes) }

  /// Line and column (1-based, column in Unicode scalars: the UTF-32 count) of a byte offset. Counted from the
  /// previous answer when that is nearer than the line start, so findings asked for in order cost linear time.
  public func position(ofOffset offset: Int) -> SourcePosition {
    let clamped = max(0, min(offset, bytes.count))
    let (line, character) = cursors.locate(clamped, in: self, encoding: .utf32)
    return SourcePosition(line: line + 1, column: character + 1, offset: clamped)
  }

  /// 0-based line and character in the given encoding (the LSP's coordinates), counted like `position(ofOffset:)`.
  public func lineAndCharacter(ofOffset offset: Int, encoding: PositionEncoding) -> (line: Int, character: Int) {
    cursors.locate(offset, in: self, encoding: encoding)
  }

  /// Byte offset of a 0-based line and character in the given encoding, clamped (see `LineIndex`).
  public func offset(line: Int, character: Int, encoding: PositionEncoding) -> Int {
    lineIndex.offset(line: line, character: character, in: bytes, encoding: encoding)
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

  /// The page's articles with the article of each block, computed on first use: giving headlines back to their
  /// stories reads the top of every story, and only the outline, document symbols and name rules need it.
  public var articleIndex: ArticleIndex { analysis(ArticleIndex.self) }

  public var articles: [Article] { articleIndex.articles }

  /// The article a byte offset belongs to, if the page was segmented into articles: the article of the block
  /// holding the offset (a headline the layout put elsewhere belongs to its story), else the one whose range holds it.
  public func article(containing offset: Int) -> Article? {
    var lo = 0
    var hi = blocks.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if blocks[mid].range.upperBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    let index = articleIndex
    if lo < blocks.count, blocks[lo].range.contains(offset), let a = index.ofBlock[lo] { return index.articles[a] }
    return index.articles.first { $0.range.contains(offset) }
  }
}

extension ArticleIndex: DocumentAnalysis {
  public static func compute(_ doc: Document) -> ArticleIndex {
    Segmenter.articles(blocks: doc.blocks, runs: doc.runs, bytes: doc.bytes)
  }
}
