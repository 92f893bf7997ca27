/// Decides what each paragraph block is: a lead (opening with a dateline and byline), a credit, a caption, a
/// headline or subhead, or body copy.
///
/// A short unpunctuated block is a headline when a chain of such blocks leads to a lead, a caption or a credit. On
/// a page cut by a PDF's columns that is all: a short fragment there is usually half a sentence
/// (`随后，全国总工会一行到达`). On a page that shows no such cuts (copy from a CMS, Word or a wire feed), a short line
/// without a sentence's final mark followed by its paragraph is a subhead too — a roundup's item headline
/// (`地铁3号线一期工程开通试运营`), a section head (`坚持党建引领`) — even without blank lines around it.
enum BlockClassifier {
  /// Lead, credit and trailing-credit decisions: they depend on the block's own text only.
  static func classifyLeadsAndCredits(_ blocks: inout [Block], bytes: [UInt8]) {
    for n in blocks.indices where blocks[n].kind == .body {
      // Only blocks whose first character can open a dateline (or a column name) can be leads.
      if let u = firstScalar(bytes, blocks[n].range), NewsPatterns.datelineInitials.contains(u) || u == 0x3010,
        case let head = Scalars(bytes, blocks[n].range, limit: 80), let start = NewsPatterns.leadDatelineStart(head),
        let d = NewsPatterns.datelineLength(head, from: start)
      {
        blocks[n].kind = .lead
        // The byline owns the spaces after it (`（记者 王路曼 ） 近日`, `新华社北京6月11日电 `): the byline rule
        // judges them.
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
      if let credit = trailingCredit(bytes, blocks[n].range) { blocks[n].creditRange = credit }
    }
  }

  /// Confirms chains of headline candidates (and Markdown headings) that lead to a lead, a caption or a credit —
  /// or, on a page with no sign of PDF cuts (`cutPage` false), to a paragraph.
  /// `cut[n]`: block n + 1 is, by strong evidence, the rest of block n's sentence; block n is then no headline.
  static func classifyHeadlines(_ blocks: inout [Block], bytes: [UInt8], cutPage: Bool, cut: (Int) -> Bool) {
    // Strict candidates (a PDF page's short unpunctuated blocks) and display lines (up to 60 characters, a comma
    // allowed); a subhead that heads a paragraph (not a lead) is plainer still: no comma, quotes closed.
    var strict = [Bool](repeating: false, count: blocks.count)
    var display = [Bool](repeating: false, count: blocks.count)
    var subheadLike = [Bool](repeating: false, count: blocks.count)
    var bylineLine = [Bool](repeating: false, count: blocks.count)
    for n in blocks.indices where blocks[n].kind == .body && blocks[n].creditRange == nil && !cut(n) {
      // Long blocks are neither; the text of short ones is read once for both tests.
      guard blocks[n].lines.count <= 3, blocks[n].range.count <= 3 * 40 * 3 else { continue }
      let t = TextShape(bytes, blocks[n].range, limit: 120)
      strict[n] = looksLikeHeadline(bytes, blocks[n], t)
      if displayLine(bytes, blocks[n], t) {
        display[n] = true
        subheadLike[n] = t.commas == 0 && t.quotesClosed
        bylineLine[n] = blocks[n].range.count <= 120 && NewsPatterns.isBylineLine(Scalars(bytes, blocks[n].range))
      }
    }
    let hasLead = blocks.contains { $0.kind == .lead }
    func opensStoryBlock(_ b: Block?) -> Bool {
      guard let b else { return false }
      return b.kind == .lead || (b.creditRange != nil && b.kind == .body) || b.kind == .credit
    }
    // Where a chain of members starting at each block ends, computed once from the end: the loop below may ask
    // again at every block of a long chain that did not count (a page of 64,000 short blocks took 2 s). Kinds the
    // loop changes lie before the block it asks about next, so the precomputed ends stay right.
    func chainEnds(_ member: [Bool]) -> [Int] {
      var ends = [Int](repeating: blocks.count, count: blocks.count + 1)
      var k = blocks.count - 1
      while k >= 0 {
        ends[k] = member[k] || blocks[k].kind == .headline ? ends[k + 1] : k
        k -= 1
      }
      return ends
    }
    let displayEnds = chainEnds(display)
    let strictEnds = chainEnds(strict)
    var sawStory = false
    var n = 0
    while n < blocks.count {
      guard display[n] || strict[n] || (blocks[n].kind == .headline) else {
        // A credit or an end note (`（完）`) closes a story: a chain after it opens the next one (a roundup's
        // section after a wire story).
        if blocks[n].kind == .credit || isNote(bytes, blocks[n].range) {
          sawStory = false
        } else if blocks[n].kind.isStoryText {
          sawStory = true
        }
        n += 1
        continue
      }
      // A chain of display lines counts when it reaches a story (a lead, a captioned photo) or ends with a
      // feature's byline line; on a PDF page otherwise only strict candidates chain.
      var m = displayEnds[n]
      var next = m < blocks.count ? blocks[m] : nil
      let endsWithByline = m > n && bylineLine[m - 1]
      if cutPage && !opensStoryBlock(next) && !endsWithByline {
        m = strictEnds[n]
        next = m < blocks.count ? blocks[m] : nil
      }
      guard m > n else {
        if blocks[n].kind.isStoryText { sawStory = true }
        n += 1
        continue
      }
      let byStory = next == nil ? hasLead : opensStoryBlock(next) || (endsWithByline && next?.kind == .body)
      var bySubhead = false
      if let next, !byStory, next.kind == .body {
        bySubhead =
          (n..<m).allSatisfy { subheadLike[$0] || blocks[$0].kind == .headline }
          && isParagraph(bytes, next, after: blocks[m - 1])
      }
      let confirmed = byStory || bySubhead
      // A chain before a story opens it: its first line is the main headline. A chain inside a story (after its
      // paragraphs, before more of them) holds subheads.
      let opensStory = byStory || !sawStory
      if confirmed {
        // The first line is the main headline, unless a Markdown heading already opened the chain (`## 主题` then a
        // plain `副题` line: the plain line is a subhead).
        var first = opensStory
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
  static func trailingCredit(_ bytes: [UInt8], _ whole: Range<Int>) -> Range<Int>? {
    // Markup after the credit is not part of it: `*……。本报记者 于佳 摄*`, `……摄</p>`.
    let range = whole.lowerBound..<textEnd(bytes, whole)
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

  /// End of a block's text before trailing spaces, Markdown emphasis marks and closing HTML tags.
  static func textEnd(_ bytes: [UInt8], _ r: Range<Int>) -> Int {
    var e = r.upperBound
    while e > r.lowerBound {
      let c = bytes[e - 1]
      if c == 0x20 || c == 0x09 || c == 0x2A || c == 0x5F {
        e -= 1
      } else if c == 0x3E, let open = bytes[r.lowerBound..<e].lastIndex(of: 0x3C), open + 1 < e, bytes[open + 1] == 0x2F
      {
        e = open
      } else {
        break
      }
    }
    return e
  }

  /// The first scalar of a range after inline spaces (and U+3000), decoded in place: this runs for every block.
  static func firstScalar(_ bytes: [UInt8], _ r: Range<Int>) -> UInt32? {
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

  /// Shape of the text of a block, read once: scalars (to a limit), the longest line, sentence marks outside
  /// quotes, the last non-space scalar.
  private struct TextShape {
    var scalars = 0
    var longestLine = 0
    var commas = 0
    var stops = 0
    var last: UInt32 = 0
    var first: UInt32 = 0
    var quotesClosed = true

    init(_ bytes: [UInt8], _ range: Range<Int>, limit: Int) {
      var quoteDepth = 0
      var lineLength = 0
      var previous: UInt32 = 0
      var i = range.lowerBound
      while i < range.upperBound && scalars <= limit {
        let (u, n) = bytes.withUnsafeBufferPointer { UTF8Scan.decode($0, at: i) }
        i += n
        scalars += 1
        if u == 0x0A || u == 0x0D {
          lineLength = 0
          continue
        }
        lineLength += 1
        longestLine = max(longestLine, lineLength)
        if u == 0x201C || u == 0x300A { quoteDepth += 1 }
        if (u == 0x201D || u == 0x300B) && quoteDepth > 0 { quoteDepth -= 1 }
        // Half-width marks after Chinese are sentence punctuation typed in the wrong width (`召开,共有`).
        let afterChinese = CharClass.isCJK(previous)
        if quoteDepth == 0 && (u == 0xFF0C || (u == 0x2C && afterChinese)) { commas += 1 }
        if quoteDepth == 0 && (u == 0x3002 || u == 0xFF1B || ((u == 0x2E || u == 0x3B) && afterChinese)) { stops += 1 }
        previous = u
        if !CharClass.isInlineSpace(u) {
          if first == 0 { first = u }
          last = u
        }
      }
      quotesClosed = quoteDepth == 0
    }

    var endsLikeSentence: Bool {
      last == 0x3002 || last == 0xFF0C || last == 0xFF1B || last == 0x3001 || last == 0xFF1A || last == 0x3A
        || last == 0x2C || last == 0x3B
    }
  }

  /// Short, at most three lines, no sentence punctuation outside quotes, not ending like a sentence.
  private static func looksLikeHeadline(_ bytes: [UInt8], _ block: Block, _ t: TextShape) -> Bool {
    guard block.lines.count <= 3, block.range.count <= 3 * 40 * 3 else { return false }
    return t.scalars <= 120 && t.longestLine <= 40 && t.commas == 0 && t.stops == 0 && !t.endsLikeSentence
      && !isNote(bytes, block.range)
  }

  /// A display line of copy that marks its paragraphs: one line of at most 60 characters, no `。` or `；` outside
  /// quotes, not ending like a sentence (a comma inside is headline style: `守好“钱袋子”，护好“救命钱”`).
  private static func displayLine(_ bytes: [UInt8], _ block: Block, _ t: TextShape) -> Bool {
    guard block.lines.count == 1, block.range.count <= 60 * 4 else { return false }
    return t.scalars <= 60 && t.stops == 0 && !t.endsLikeSentence && !isNote(bytes, block.range)
  }

  /// `（完）`, `（记者 张三）` and other notes in parentheses are not headlines.
  private static func isNote(_ bytes: [UInt8], _ r: Range<Int>) -> Bool {
    guard let u = firstScalar(bytes, r), u == 0xFF08 || u == 0x28 else { return false }
    let s = Scalars(bytes, r, limit: 40)
    var hi = s.count
    while hi > 0 && CharClass.isInlineSpace(s.values[hi - 1]) { hi -= 1 }
    return s.end == r.upperBound && NewsPatterns.isEndNote(s, from: s.skipSpaces(from: 0), to: hi)
  }

  /// A paragraph a display line can head: it ends a sentence, or runs longer than the line before it.
  private static func isParagraph(_ bytes: [UInt8], _ block: Block, after head: Block) -> Bool {
    let t = TextShape(bytes, block.range, limit: 200)
    let ends =
      t.last == 0x3002 || t.last == 0xFF01 || t.last == 0xFF1F || t.last == 0x2026 || t.last == 0x201D
      || t.last == 0xFF09
    return ends || block.range.count > head.range.count * 2
  }

  /// Each line of a headline block is a headline of its own: a main line and its subhead, or, on a page extracted
  /// from a PDF, the subheads of two stories (`用于消费扶贫…工作⏎ 工会界别委员值守热线…` on seed page 002).
  static func splitHeadlineLines(_ blocks: inout [Block], lines: [Range<Int>], bytes: [UInt8]) {
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
}
