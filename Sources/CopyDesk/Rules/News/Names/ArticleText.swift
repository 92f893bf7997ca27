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
    doc.bytes.withUnsafeBufferPointer { bytes in
      for bi in article.blocks {
        let block = doc.blocks[bi]
        let isProse = block.kind == .headline || block.kind == .lead || block.kind == .body || block.kind == .caption
        guard isProse else {
          previousJoinable = false
          continue
        }
        if !(previousJoinable && block.kind == .body && !b.s.isEmpty) { b.separator(at: block.range.lowerBound) }
        var pendingSpace: Int?
        var punctuated = false
        var i = block.range.lowerBound
        while i < block.range.upperBound {
          let (u, n) = UTF8Scan.decode(bytes, at: i)
          defer { i += n }
          let z = doc.zones[i]
          if !ZoneSet.prose.contains(z) || doc.masks[i].isOpaque {
            // A byline, credit or markup inside the block: a boundary, never glue.
            if b.s.last != Self.separator && b.s.last != 0x20 { b.append(0x20, i, i, z) }
            pendingSpace = nil
            continue
          }
          if u == 0x0A || u == 0x0D {
            // Each line of a headline block is a headline of its own; paragraph lines are one text.
            if block.kind == .headline && b.s.last != 0x20 { b.append(0x20, i, i, z) }
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
  }

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
