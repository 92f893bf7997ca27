/// An article's prose as one run of scalars, each mapped back to its bytes, so that names and titles are matched
/// across the layout of a page: line breaks inside a paragraph are dropped (`常\n务副主席` is `常务副主席`), spaces
/// between Chinese characters are dropped (PDF exports put them anywhere), and a paragraph broken by a column
/// break (`美团外卖员\n\n于德力告诉记者`) continues into the next one. Bylines, credits, code and markup are not
/// part of it: they never name a subject of the story. Paragraphs are separated by a line feed.
struct ArticleText {
  static let separator: UInt32 = 0x0A

  var article: Int
  var s: [UInt32] = []
  /// Byte offset where each scalar starts and ends (a separator is empty).
  var starts: [Int] = []
  var ends: [Int] = []
  var zones: [Zone] = []
  /// Inside “…” or 「…」 (quoted speech or a quoted name), marks included.
  var quoted: [Bool] = []

  init(_ doc: Document, article: Article) {
    self.article = article.index
    var b = Builder()
    b.reserve(article.range.count / 2)
    var previousJoinable = false
    // Lines of the body and lead blocks, one list per block: their scalars, how many characters the line has in the
    // source (a dateline or byline counts, though it is not part of the text) and whether it holds one.
    var blockLines: [[Line]] = []
    doc.bytes.withUnsafeBufferPointer { bytes in
      for bi in article.blocks {
        let block = doc.blocks[bi]
        let isProse = block.kind == .headline || block.kind == .lead || block.kind == .body || block.kind == .caption
        guard isProse else {
          previousJoinable = false
          continue
        }
        if !(previousJoinable && block.kind == .body && !b.s.isEmpty) { b.separator(at: block.range.lowerBound) }
        let isParagraph = block.kind == .body || block.kind == .lead
        var lineStart = b.s.count
        var lineLength = 0
        var lineHasByline = false
        var lines: [Line] = []
        var pendingSpace: Int?
        var punctuated = false
        var i = block.range.lowerBound
        while i < block.range.upperBound {
          let (u, n) = UTF8Scan.decode(bytes, at: i)
          defer { i += n }
          let z = doc.zones[i]
          if u != 0x0A && u != 0x0D && !CharClass.isInlineSpace(u) { lineLength += 1 }
          if !ZoneSet.prose.contains(z) || doc.masks[i].isOpaque {
            lineHasByline = true
            // A byline, credit or markup inside the block: a boundary, never glue.
            if b.s.last != Self.separator && b.s.last != 0x20 { b.append(0x20, i, i, z) }
            pendingSpace = nil
            continue
          }
          if u == 0x0A || u == 0x0D {
            // Each line of a headline block is a headline of its own; paragraph lines are one text.
            if block.kind == .headline && b.s.last != 0x20 { b.append(0x20, i, i, z) }
            if isParagraph && u == 0x0A && b.s.count > lineStart {
              lines.append(Line(scalars: lineStart..<b.s.count, length: lineLength, byline: lineHasByline))
              (lineStart, lineLength, lineHasByline) = (b.s.count, 0, false)
            }
            continue
          }
          if CharClass.isInlineSpace(u) {
            if pendingSpace == nil { pendingSpace = i }
            continue
          }
          if let sp = pendingSpace {
            pendingSpace = nil
            let glue = b.s.last.map { CharClass.isCJK($0) } ?? true
            if !(glue && CharClass.isCJK(u)) { b.append(0x20, sp, sp + 1, z) }
          }
          if u == 0xFF0C || u == 0x3002 || u == 0xFF1B || u == 0x2C { punctuated = true }
          b.append(u, i, i + n, z)
        }
        if isParagraph {
          if b.s.count > lineStart {
            lines.append(Line(scalars: lineStart..<b.s.count, length: lineLength, byline: lineHasByline))
          }
          blockLines.append(lines)
        }
        // A body paragraph that stops without closing its sentence continues in the next body paragraph; a line
        // with no comma or full stop at all is more likely an unrecognised headline than half a sentence.
        let last = b.s.last ?? Self.separator
        previousJoinable =
          punctuated && (block.kind == .body || block.kind == .lead) && block.creditRange == nil
          && last != Self.separator
          && !CharClass.isSentenceEnd(last) && !CharClass.isClosingPunct(last) && last != 0xFF1A && last != 0x3A
      }
    }
    // Headlines the layout put after the story (`HeadlineOwners`) end past the article's own range.
    b.separator(at: max(article.range.upperBound, article.blocks.last.map { doc.blocks[$0].range.upperBound } ?? 0))
    s = b.s
    starts = b.starts
    ends = b.ends
    zones = b.zones
    quoted = [Bool](repeating: false, count: b.s.count)
    markQuotes()
    for lines in blockLines { markDisplayLines(lines) }
  }

  /// Headlines the page layout did not set apart (issue 13): one paragraph per line puts a roundup item's headline
  /// between two paragraphs (`……大国工匠。⏎赵国梁在浙江调研数字经济发展⏎新华社杭州5月20日电…`), and a subtitle may
  /// stand as a paragraph of its own (`——访全国人大代表、……党支部书记石海军`). A line of a paragraph block is a
  /// display line when it is short, has no sentence punctuation, follows the end of a sentence (or another display
  /// line) and is followed by a much longer line or nothing; its names are headline mentions, never first mentions.
  /// A line of a column-wrapped paragraph is as long as the next one, so it is never taken for a headline.
  private mutating func markDisplayLines(_ all: [Line]) {
    guard !all.isEmpty else { return }
    let lines = all.map(\.scalars)
    let length = all.map(\.length)
    let candidate = all.map { line -> Bool in
      guard !line.byline else { return false }
      let text = line.scalars.filter { s[$0] != 0x20 }.map { s[$0] }
      guard (2...40).contains(text.count), let last = text.last else { return false }
      let subtitle = text.starts(with: [0x2014, 0x2014])  // ——访…
      if text.contains(where: { Self.sentenceMarks.contains($0) || $0 == 0x3001 && !subtitle }) { return false }
      // A sentence closed by a half-width stop typed after Chinese (`……张晓兰出席.`) is prose too.
      if last == 0x2E || last == 0x21 || last == 0x3F, text.count >= 2, CharClass.isHan(text[text.count - 2]) {
        return false
      }
      return !Self.continuingMarks.contains(last)
    }
    // Whether what follows line k lets it be a display line: nothing, a much longer line, or more display lines.
    var followOK = [Bool](repeating: true, count: lines.count)
    for k in stride(from: lines.count - 2, through: 0, by: -1) {
      followOK[k] = length[k + 1] >= length[k] + 10 || candidate[k + 1] && followOK[k + 1] && k > 0
    }
    var display = [Bool](repeating: false, count: lines.count)
    for k in lines.indices where candidate[k] && followOK[k] {
      let previous = k > 0 ? s[lines[k - 1].upperBound - 1] : nil
      display[k] =
        k == 0
        ? lines.count == 1 || length[1] >= length[0] + 10
        : display[k - 1] || previous.map { CharClass.isSentenceEnd($0) || CharClass.isClosingPunct($0) } ?? false
      if display[k] { for i in lines[k] { zones[i] = .headline } }
    }
  }

  /// A line of a paragraph block as the page has it.
  private struct Line {
    var scalars: Range<Int>
    /// Characters of the line in the source, spaces left out.
    var length: Int
    /// The line holds a dateline, byline, credit or markup.
    var byline: Bool
  }

  /// Marks that no headline line holds: 。，；、 (a headline's clauses are separated by spaces).
  static let sentenceMarks: Set<UInt32> = [0x3002, 0xFF0C, 0xFF1B, 0x2C, 0x3B]
  /// Marks that end a line which goes on: ，、；：—… at the end of a line.
  static let continuingMarks: Set<UInt32> = [0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0x3A, 0x2014, 0x2026]

  /// Collects the scalars of an article with their byte ranges and zones.
  private struct Builder {
    var s: [UInt32] = []
    var starts: [Int] = []
    var ends: [Int] = []
    var zones: [Zone] = []

    mutating func reserve(_ n: Int) {
      s.reserveCapacity(n)
      starts.reserveCapacity(n)
      ends.reserveCapacity(n)
      zones.reserveCapacity(n)
    }

    mutating func append(_ u: UInt32, _ a: Int, _ b: Int, _ z: Zone) {
      s.append(u)
      starts.append(a)
      ends.append(b)
      zones.append(z)
    }

    mutating func separator(at offset: Int) {
      if s.last != ArticleText.separator { append(ArticleText.separator, offset, offset, .none) }
    }
  }

  /// Marks the scalars inside matched “…” and 「…」 pairs of each paragraph. An opening mark that is never closed
  /// (a quotation continued in the next paragraph, or a typo) marks nothing, so it cannot hide the rest of a page.
  private mutating func markQuotes() {
    var open: [Int] = []
    for k in s.indices {
      switch s[k] {
      case Self.separator: open.removeAll()
      case 0x201C, 0x300C: open.append(k)
      case 0x201D, 0x300D:
        if let o = open.popLast() { for m in o...k { quoted[m] = true } }
      default: break
      }
    }
  }

  var count: Int { s.count }

  /// Byte range of scalars `r`.
  func bytes(_ r: Range<Int>) -> Range<Int> {
    guard !r.isEmpty else {
      return starts[min(r.lowerBound, starts.count - 1)]..<starts[min(r.lowerBound, starts.count - 1)]
    }
    return starts[r.lowerBound]..<ends[r.upperBound - 1]
  }

  /// Whether scalars `r` are one contiguous run of the source (no line break or space was dropped inside).
  func isContiguous(_ r: Range<Int>) -> Bool {
    guard r.count > 1 else { return true }
    for k in r.lowerBound..<(r.upperBound - 1) where ends[k] != starts[k + 1] { return false }
    return true
  }

  func string(_ r: Range<Int>) -> String { TitleGrammar.string(s[r]) }

  func isHan(_ k: Int) -> Bool { k >= 0 && k < s.count && CharClass.isHan(s[k]) }

  /// Whether the scalars at `k` spell `w`.
  func has(_ w: [UInt32], at k: Int) -> Bool {
    guard k >= 0, k + w.count <= s.count else { return false }
    return s[k..<(k + w.count)].elementsEqual(w)
  }

  /// Every start index of `w`, left to right, not overlapping.
  func occurrences(of w: [UInt32]) -> [Int] {
    guard let first = w.first, !w.isEmpty else { return [] }
    var out: [Int] = []
    var k = 0
    while k + w.count <= s.count {
      if s[k] == first && has(w, at: k) {
        out.append(k)
        k += w.count
      } else {
        k += 1
      }
    }
    return out
  }

  func isHeadline(_ k: Int) -> Bool { k < zones.count && zones[k] == .headline }
}
