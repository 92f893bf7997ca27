/// Splits a page into blocks and articles and assigns every byte a zone.
///
/// Pages come from PDFs and CMS exports: articles follow each other as headline block → lead (opening with a
/// dateline and byline) → body paragraphs → caption/credit, paragraphs may be hard-wrapped, and column breaks
/// leave blank lines in the middle of sentences. A short unpunctuated line is a headline only when a chain of such
/// lines leads to a lead or a caption; otherwise it is a paragraph fragment (`随后，全国总工会一行到达`).
enum Segmenter {
  struct Result {
    var blocks: [Block]
    /// The articles by position (block index ranges); `articles(…)` turns them into articles on demand.
    var runs: [Range<Int>]
    var zones: [Zone]
  }

  private struct Line {
    var range: Range<Int>
    var scalars: Scalars
    var isBlank: Bool
    var headingLevel: Int
    var isFence: Bool
    var isCommentOnly: Bool
  }

  static func segment(bytes: [UInt8], lines lineRanges: [Range<Int>], format: SourceFormat) -> Result {
    let lines = lineRanges.map { r -> Line in lineInfo(bytes, r) }
    var blocks: [Block] = []
    var current: Range<Int>?  // line indices of the open paragraph

    func close() {
      guard let c = current else { return }
      blocks.append(
        Block(
          kind: .body, range: lines[c.lowerBound].range.lowerBound..<lines[c.upperBound - 1].range.upperBound, lines: c)
      )
      current = nil
    }

    var i = 0
    // Front matter: `---` on the first line up to the next `---` or `...`.
    if let first = lines.first, bytes[first.range].elementsEqual("---".utf8) {
      if let end = lines.indices.dropFirst().first(where: {
        bytes[lines[$0].range].elementsEqual("---".utf8) || bytes[lines[$0].range].elementsEqual("...".utf8)
      }) {
        blocks.append(
          Block(kind: .frontMatter, range: first.range.lowerBound..<lines[end].range.upperBound, lines: 0..<(end + 1)))
        i = end + 1
      }
    }
    while i < lines.count {
      let line = lines[i]
      if line.isFence {
        close()
        var j = i + 1
        while j < lines.count && !lines[j].isFence { j += 1 }
        let last = min(j, lines.count - 1)
        blocks.append(
          Block(kind: .code, range: line.range.lowerBound..<lines[last].range.upperBound, lines: i..<(last + 1)))
        i = last + 1
        continue
      }
      if line.isBlank {
        close()
      } else if line.isCommentOnly {
        // Directive comments are transparent: they neither start nor end a paragraph.
      } else if line.headingLevel > 0 {
        close()
        blocks.append(Block(kind: .headline, range: line.range, lines: i..<(i + 1), level: line.headingLevel))
      } else if startsLead(line.scalars) || isWholeLineCredit(line) {
        close()
        current = i..<(i + 1)
        if isWholeLineCredit(line) { close() }
      } else if let c = current {
        current = c.lowerBound..<(i + 1)
      } else {
        current = i..<(i + 1)
      }
      i += 1
    }
    close()
    classify(&blocks, bytes: bytes)
    splitHeadlineLines(&blocks, lines: lineRanges, bytes: bytes)
    let runs = positionalRuns(blocks)
    var zones = [Zone](repeating: .none, count: bytes.count)
    for b in blocks {
      let z: Zone
      switch b.kind {
      case .headline: z = .headline
      case .lead: z = .lead
      case .body: z = .body
      case .caption: z = .caption
      case .credit: z = .credit
      case .code: z = .code
      case .frontMatter: z = .frontMatter
      }
      fill(&zones, b.range, z)
      if let r = b.bylineRange { fill(&zones, r, .byline) }
      if let r = b.creditRange { fill(&zones, r, .credit) }
    }
    // Lines that hold only a comment (directives) are not prose.
    for l in lines where l.isCommentOnly { fill(&zones, l.range, .comment) }
    return Result(blocks: blocks, runs: runs, zones: zones)
  }

  /// One zone over a byte range, as a memset: zones are per byte, so this runs over the whole page.
  private static func fill(_ zones: inout [Zone], _ r: Range<Int>, _ z: Zone) {
    zones.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[r]).update(repeating: z) }
  }

  /// What the line-level pass needs, decided from bytes where possible: decoding every line is the cost of the
  /// whole segmenter, so only lines that could open a lead or be a credit are decoded (and only their head).
  private static func lineInfo(_ bytes: [UInt8], _ r: Range<Int>) -> Line {
    var t = r.lowerBound
    while t < r.upperBound {
      let b = bytes[t]
      if b == 0x20 || b == 0x09 {
        t += 1
      } else if b == 0xE3 && t + 2 < r.upperBound && bytes[t + 1] == 0x80 && bytes[t + 2] == 0x80 {
        t += 3  // U+3000
      } else {
        break
      }
    }
    let blank = t >= r.upperBound
    var level = 0
    while t + level < r.upperBound && bytes[t + level] == 0x23 { level += 1 }
    let isHeading = level >= 1 && level <= 6 && t + level < r.upperBound && bytes[t + level] == 0x20
    func has(_ s: String) -> Bool { bytes[t..<r.upperBound].starts(with: s.utf8) }
    let fence = has("```") || has("~~~")
    let comment = has("<!--") && endsWithComment(bytes, r)
    // Decode only lines that could open a lead (first character a dateline initial) or be a credit (at most 40
    // characters, with a credit's first or last character).
    var mayMatter = false
    if !blank && bytes[t] >= 0xE0 {
      let firstScalar = bytes.withUnsafeBufferPointer { UTF8Scan.decode($0, at: t).0 }
      var e = r.upperBound
      while e > t && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09) { e -= 1 }
      let lastScalar = bytes.withUnsafeBufferPointer { b in
        UTF8Scan.decode(b, at: UTF8Scan.previousStart(b, before: e)).0
      }
      mayMatter =
        NewsPatterns.datelineInitials.contains(firstScalar)
        || (r.count <= 160
          && (NewsPatterns.creditEdges.contains(lastScalar) || NewsPatterns.creditEdges.contains(firstScalar)))
    }
    let scalars =
      mayMatter ? Scalars(bytes, r, limit: r.count <= 160 ? 44 : 24) : Scalars(bytes, r.lowerBound..<r.lowerBound)
    return Line(
      range: r, scalars: scalars, isBlank: blank, headingLevel: isHeading ? level : 0, isFence: fence,
      isCommentOnly: comment)
  }

  private static func endsWithComment(_ bytes: [UInt8], _ r: Range<Int>) -> Bool {
    var e = r.upperBound
    while e > r.lowerBound && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09) { e -= 1 }
    return e - r.lowerBound >= 7 && bytes[(e - 3)..<e].elementsEqual("-->".utf8)
  }

  private static func isWholeLineCredit(_ line: Line) -> Bool {
    line.scalars.end == line.range.upperBound && NewsPatterns.isCredit(line.scalars)
  }

  static func startsLead(_ s: Scalars) -> Bool {
    NewsPatterns.datelineLength(s, from: s.skipSpaces(from: 0)) != nil
  }

  /// Decides lead / credit / caption / headline / body for each paragraph block.
  private static func classify(_ blocks: inout [Block], bytes: [UInt8]) {
    var candidate = [Bool](repeating: false, count: blocks.count)
    for n in blocks.indices where blocks[n].kind == .body {
      // Only blocks whose first character can open a dateline can be leads.
      if let u = firstScalar(bytes, blocks[n].range), NewsPatterns.datelineInitials.contains(u),
        case let head = Scalars(bytes, blocks[n].range, limit: 80), case let start = head.skipSpaces(from: 0),
        let d = NewsPatterns.datelineLength(head, from: start)
      {
        blocks[n].kind = .lead
        // The byline owns the spaces after it (`（记者 王路曼 ） 近日`): the byline rule judges them.
        let end = head.skipSpaces(from: NewsPatterns.bylineEnd(head, after: start + d))
        blocks[n].bylineRange = head.offset(start)..<head.offset(end)
        // A one-paragraph story can end with its photo credit too.
        blocks[n].creditRange = trailingCredit(bytes, blocks[n].range)
        continue
      }
      // A credit has a credit's first or last character (摄, 图, …): most short blocks are decided without decoding.
      if blocks[n].range.count <= 160, mayBeCredit(bytes, blocks[n].range),
        case let whole = Scalars(bytes, blocks[n].range, limit: 64),
        whole.end == blocks[n].range.upperBound && NewsPatterns.isCredit(whole)
      {
        blocks[n].kind = .credit
        continue
      }
      if let credit = trailingCredit(bytes, blocks[n].range) {
        blocks[n].creditRange = credit
        continue
      }
      candidate[n] = looksLikeHeadline(bytes, blocks[n])
    }
    // Confirm chains of headline candidates (and Markdown headings) that lead to a lead or a caption.
    let hasLead = blocks.contains { $0.kind == .lead }
    var n = 0
    while n < blocks.count {
      guard candidate[n] || (blocks[n].kind == .headline) else {
        n += 1
        continue
      }
      var m = n
      while m < blocks.count && (candidate[m] || blocks[m].kind == .headline) { m += 1 }
      let next = m < blocks.count ? blocks[m] : nil
      let confirmed: Bool
      if let next {
        confirmed = next.kind == .lead || (next.creditRange != nil && next.kind == .body) || next.kind == .credit
      } else {
        confirmed = hasLead
      }
      if confirmed {
        // The first line of a chain is the main headline, unless a Markdown heading already opened the chain
        // (`## 主题` then a plain `副题` line: the plain line is a subhead).
        var first = true
        for k in n..<m {
          if blocks[k].kind == .headline && blocks[k].level > 0 {
            first = false
            continue
          }
          blocks[k].kind = .headline
          blocks[k].level = first ? 1 : 2
          first = false
        }
      }
      if let next, next.creditRange != nil, next.kind == .body, confirmed { blocks[m].kind = .caption }
      n = m
    }
    // A short paragraph that ends with a credit right after a headline or another credit is a caption.
    for k in blocks.indices where blocks[k].kind == .body && blocks[k].creditRange != nil {
      let prev = k > 0 ? blocks[k - 1].kind : .headline
      if prev == .headline || prev == .credit || prev == .caption { blocks[k].kind = .caption }
    }
  }

  /// A credit after the last sentence-final mark of a paragraph: `……关心关爱。本报记者 边磊 通讯员 赵紫明 摄影报道`.
  private static func trailingCredit(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
    // Gate on the last character's bytes: 摄 E6 91 84, 道 E9 81 93, 图 E5 9B BE.
    guard range.count >= 9 else { return nil }
    let e = range.upperBound
    let tail3 = (bytes[e - 3], bytes[e - 2], bytes[e - 1])
    guard tail3 == (0xE6, 0x91, 0x84) || tail3 == (0xE9, 0x81, 0x93) || tail3 == (0xE5, 0x9B, 0xBE) else { return nil }
    let tail = Scalars(suffixOf: bytes, range, limit: 44)
    guard tail.count > 3, tail.values.last == UInt32.of("摄") || tail.hasSuffix("摄影报道") || tail.hasSuffix("供图")
    else { return nil }
    var k = tail.count - 1
    while k >= 0 {
      let u = tail.values[k]
      if CharClass.isSentenceEnd(u) || u == 0x201D { break }
      k -= 1
    }
    guard k >= 0 else { return nil }
    var sub = Scalars(bytes, tail.offset(k + 1)..<range.upperBound)
    let start = sub.skipSpaces(from: 0)
    guard NewsPatterns.isCredit(sub) else { return nil }
    sub.end = range.upperBound
    return sub.offset(start)..<range.upperBound
  }

  /// The first scalar of a range after inline spaces (and U+3000), decoded in place: this runs for every block.
  private static func firstScalar(_ bytes: [UInt8], _ r: Range<Int>) -> UInt32? {
    bytes.withUnsafeBufferPointer { buf in
      var i = r.lowerBound
      while i < r.upperBound {
        let (u, n) = UTF8Scan.decode(buf, at: i)
        if !CharClass.isInlineSpace(u) { return u }
        i += n
      }
      return nil
    }
  }

  private static func mayBeCredit(_ bytes: [UInt8], _ r: Range<Int>) -> Bool {
    if let u = firstScalar(bytes, r), NewsPatterns.creditEdges.contains(u) { return true }
    return bytes.withUnsafeBufferPointer { buf in
      var e = r.upperBound
      while e > r.lowerBound {
        let s = UTF8Scan.previousStart(buf, before: e)
        let u = UTF8Scan.decode(buf, at: s).0
        if !CharClass.isInlineSpace(u) { return NewsPatterns.creditEdges.contains(u) }
        e = s
      }
      return false
    }
  }

  /// Short, at most three lines, no sentence punctuation outside quotes, not ending like a sentence.
  private static func looksLikeHeadline(_ bytes: [UInt8], _ block: Block) -> Bool {
    guard block.lines.count <= 3, block.range.count <= 3 * 40 * 3 else { return false }
    var scalars = 0
    var quoteDepth = 0
    var lineLength = 0
    var last: UInt32 = 0
    var i = block.range.lowerBound
    while i < block.range.upperBound {
      let (u, n) = bytes.withUnsafeBufferPointer { UTF8Scan.decode($0, at: i) }
      i += n
      scalars += 1
      if scalars > 120 { return false }
      if u == 0x0A || u == 0x0D {
        lineLength = 0
        continue
      }
      lineLength += 1
      if lineLength > 40 { return false }
      if u == 0x201C || u == 0x300A { quoteDepth += 1 }
      if (u == 0x201D || u == 0x300B) && quoteDepth > 0 { quoteDepth -= 1 }
      if quoteDepth == 0 && (u == 0xFF0C || u == 0x3002 || u == 0xFF1B) { return false }
      if !CharClass.isInlineSpace(u) { last = u }
    }
    return !(last == 0x3002 || last == 0xFF0C || last == 0xFF1B || last == 0x3001 || last == 0xFF1A)
  }

  /// Each line of a headline block is a headline of its own: a main line and its subhead, or, on a page extracted
  /// from a PDF, the subheads of two stories (`用于消费扶贫…工作⏎ 工会界别委员值守热线…` on seed page 002).
  private static func splitHeadlineLines(_ blocks: inout [Block], lines: [Range<Int>], bytes: [UInt8]) {
    guard blocks.contains(where: { $0.kind == .headline && $0.lines.count > 1 }) else { return }
    blocks = blocks.flatMap { b -> [Block] in
      guard b.kind == .headline, b.lines.count > 1 else { return [b] }
      return b.lines.enumerated().compactMap { n, l in
        var t = lines[l].lowerBound
        while n > 0 && t < lines[l].upperBound && (bytes[t] == 0x20 || bytes[t] == 0x09) { t += 1 }
        // A directive comment inside the block is not a headline.
        guard t < lines[l].upperBound, !bytes[t..<lines[l].upperBound].starts(with: "<!--".utf8) else { return nil }
        return Block(kind: .headline, range: t..<lines[l].upperBound, lines: l..<(l + 1), level: n == 0 ? b.level : 2)
      }
    }
  }

  /// Articles: a lead, with the headline chain right before it, and everything up to the next such chain; then
  /// headlines whose words name another nearby story move to it (`HeadlineOwners`). Computed when first asked
  /// for: only the outline, document symbols and the name rules need articles.
  static func articles(blocks: [Block], runs: [Range<Int>], bytes: [UInt8]) -> ArticleIndex {
    let owners = HeadlineOwners.decide(blocks: blocks, runs: runs, bytes: bytes)
    var ofBlock = [Int?](repeating: nil, count: blocks.count)
    var members = [[Int]](repeating: [], count: runs.count)
    var core = [Range<Int>?](repeating: nil, count: runs.count)
    for (r, run) in runs.enumerated() {
      for k in run {
        let owner = owners[k] ?? r
        members[owner].append(k)
        ofBlock[k] = owner
        if owner == r { core[r] = (core[r]?.lowerBound ?? k)..<(k + 1) }
      }
    }
    var articles: [Article] = []
    for r in runs.indices {
      let own = members[r].sorted()
      let span = core[r] ?? runs[r]
      let headlines = own.filter { blocks[$0].kind == .headline }
      // An article that gained or lost a headline: its first plain-text headline is the main line, the rest are
      // subheads (Markdown headings keep their level).
      let changed = own.contains { !runs[r].contains($0) } || runs[r].contains { ofBlock[$0] != r }
      let levels = headlines.enumerated().map { n, h in
        changed && bytes[blocks[h].range.lowerBound] != 0x23 ? (n == 0 ? 1 : 2) : blocks[h].level
      }
      articles.append(
        Article(
          index: r, range: blocks[span.lowerBound].range.lowerBound..<blocks[span.upperBound - 1].range.upperBound,
          blocks: own, headlines: headlines, levels: levels, lead: own.first { blocks[$0].kind == .lead }))
    }
    return ArticleIndex(articles: articles, ofBlock: ofBlock)
  }

  /// Block ranges of the articles by position: each starts at a lead or a captioned photo with the headline chain
  /// before it; blocks before the first one (page kickers) open the first.
  static func positionalRuns(_ blocks: [Block]) -> [Range<Int>] {
    var starts: [Int] = []
    for (k, b) in blocks.enumerated() where b.kind == .lead || b.kind == .caption {
      var s = k
      while s > 0 && blocks[s - 1].kind == .headline { s -= 1 }
      // A caption that follows its article's body (no headline of its own) stays in that article.
      if b.kind == .caption && s == k && !starts.isEmpty { continue }
      if starts.last != s { starts.append(s) }
    }
    if starts.isEmpty {
      guard !blocks.isEmpty else { return [] }
      starts = [0]
    } else if starts[0] != 0 {
      starts[0] = 0
    }
    return starts.indices.map { a in starts[a]..<(a + 1 < starts.count ? starts[a + 1] : blocks.count) }
  }
}
