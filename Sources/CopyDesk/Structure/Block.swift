/// The structural zone of a byte. Rules ask for it to know where they are: generic punctuation and spacing
/// rules stay out of bylines and credits (house templates), headlines have their own conventions.
public enum Zone: UInt8, Sendable, Codable {
  /// Blank lines, line terminators between blocks.
  case none = 0
  case headline, lead, body, caption
  /// 讯头/电头 and the byline in parentheses at the start of a lead: `本报讯（记者 张晶）`.
  case byline
  /// Photo credit: `本报记者 于佳 摄`.
  case credit
  case code, frontMatter, comment

  /// Running prose that generic rules check.
  public var isProse: Bool { self == .lead || self == .body || self == .caption || self == .headline }
}

/// What masking found at a byte. Rules treat masked bytes as opaque: never report inside them.
public enum MaskKind: UInt8, Sendable, Codable {
  case none = 0
  /// `10:00`, `1,000`, `3.5`, `2024-01-16`, `2023`.
  case number
  case url, email
  /// A single ASCII word (`EMS`, `and`, `Xi'an`): visible to script rules, opaque to punctuation rules.
  case latinWord
  /// Two or more ASCII words: English text keeps its own punctuation (`Tim Cook`, `Stay hungry, stay foolish.`).
  case latinPhrase
  /// Code spans and fenced code.
  case code
  /// HTML comments, tags, entities, Markdown syntax.
  case markup

  /// Whether rules about Chinese punctuation and spacing must ignore this byte.
  public var isOpaque: Bool { self != .none && self != .latinWord && self != .number }
}

public enum BlockKind: String, Sendable, Codable {
  /// Headline, kicker or subhead (`level` 1 for the main line or `#`, 2 for the others or `##`+).
  case headline
  /// First paragraph of a story, opening with a dateline/byline.
  case lead
  case body
  /// A photo caption (a short paragraph ending with a credit).
  case caption
  /// A credit on a line of its own.
  case credit
  case code
  case frontMatter
  /// A Markdown table: cell text is prose, the pipes and their padding are markup.
  case table

  /// The words of a story (not its headlines, credits, code or metadata).
  var isStoryText: Bool { self == .lead || self == .body || self == .caption }
}

/// A paragraph-level unit of the page.
public struct Block: Sendable, Hashable, Codable {
  public var kind: BlockKind
  /// Bytes from the first line's content start to the last line's content end.
  public var range: Range<Int>
  /// 0-based line numbers.
  public var lines: Range<Int>
  public var level: Int
  /// For leads: the 讯头/电头 with its byline, e.g. `本报讯（记者 张晶）`.
  public var bylineRange: Range<Int>?
  /// A credit at the end of the block: `本报记者 边磊 通讯员 赵紫明 摄影报道`.
  public var creditRange: Range<Int>?
  /// Set when this block goes on with the sentence the previous block stopped in — a column or page break of a PDF
  /// cut the paragraph (`……等地进行⏎⏎实地考察。`). `.proven` blocks are one paragraph with the previous one.
  public var continues: Evidence?
  /// Line breaks inside the block (0-based line numbers of the lines they end) that the page does not prove to
  /// be wraps: a full-width line that ends a sentence on a page that does not mark its paragraphs. Joining there
  /// might merge two paragraphs.
  public var unprovenBreaks: [Int] = []
  /// Line breaks the page keeps inside the block by design, not wraps: a dateline and byline alone on their line
  /// above the lead's text (`新华社北京6月11日电（记者 李松涛）⏎……`).
  public var keptBreaks: [Int] = []

  public init(kind: BlockKind, range: Range<Int>, lines: Range<Int>, level: Int = 0) {
    self.kind = kind
    self.range = range
    self.lines = lines
    self.level = level
  }

  /// The block with its byte offsets moved by `bytes` and its line numbers by `lines` (a block of a page seen from
  /// a part of it, `DocumentPart`, or compared with the same block in an earlier version, `IncrementalLint`).
  public func moved(bytes: Int, lines: Int) -> Block {
    func m(_ r: Range<Int>) -> Range<Int> { (r.lowerBound + bytes)..<(r.upperBound + bytes) }
    var b = self
    b.range = m(range)
    b.lines = (lines + self.lines.lowerBound)..<(lines + self.lines.upperBound)
    b.bylineRange = bylineRange.map(m)
    b.creditRange = creditRange.map(m)
    b.unprovenBreaks = unprovenBreaks.map { $0 + lines }
    b.keptBreaks = keptBreaks.map { $0 + lines }
    return b
  }
}

/// How sure the page is that two pieces of text are one paragraph.
public enum Evidence: UInt8, Sendable, Codable, Hashable {
  /// The page proves it: a mark no paragraph ends or starts with, a line filled to the column width, a page whose
  /// other breaks show it was cut by a PDF's columns.
  case proven
  /// Only the text suggests it (a paragraph that ends without a final mark): it could be two paragraphs.
  case possible
}

/// One story on a page: headline block(s) → lead → body → captions and credits.
public struct Article: Sendable, Hashable, Codable {
  public var index: Int
  /// The story's own run of blocks. A headline the layout put elsewhere on the page (see `HeadlineOwners`) is in
  /// `blocks` and `headlines` but outside this range.
  public var range: Range<Int>
  /// Indices into `Document.blocks`, ascending.
  public var blocks: [Int]
  public var headlines: [Int]
  /// The level of each headline within this story: 1 for the main line, 2 for kickers and subheads.
  public var levels: [Int]
  public var lead: Int?
}

/// The articles of a page and the article of each block.
public struct ArticleIndex: Sendable {
  public var articles: [Article]
  /// Per block: index into `articles` (nil when the page has no blocks in articles).
  public var ofBlock: [Int?]
}
