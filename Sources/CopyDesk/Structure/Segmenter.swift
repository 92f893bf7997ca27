/// Splits a page into blocks and articles and assigns every byte a zone.
///
/// Pages come from PDFs, CMS exports, Word, wire feeds and Markdown editors: articles follow each other as headline
/// block → lead (opening with a dateline and byline) → body paragraphs → caption/credit. Markup lines (front
/// matter, code, `<script>`, tables, container markers) are set apart first (`MarkupLines`); the lines of copy
/// between them are grouped into paragraphs by how the page marks paragraphs (`LineBreaks`: blank lines, one per
/// line, `　　` indents, or column wraps); then each block is classified (`BlockClassifier`) and blocks a column
/// break cut from their paragraph are linked to it (`Continuation`).
enum Segmenter {
  struct Result {
    var blocks: [Block]
    /// The articles by position (block index ranges); `articles(…)` turns them into articles on demand.
    var runs: [Range<Int>]
    var zones: [Zone]
    /// Lines that are markup only (tags, container markers): masked, never prose.
    var markupLines: [Range<Int>]
  }

  static func segment(bytes: [UInt8], lines lineRanges: [Range<Int>], format: SourceFormat) -> Result {
    let facts = lineRanges.map { LineFacts.read(bytes, $0) }
    let (roles, spans) = MarkupLines.scan(bytes, facts)
    // Runs of lines of copy; directive comments are transparent.
    var chunks: [[Int]] = []
    var current: [Int] = []
    for (i, role) in roles.enumerated() {
      switch role {
      case .text: current.append(i)
      case .comment: continue
      default:
        if !current.isEmpty { chunks.append(current) }
        current = []
      }
    }
    if !current.isEmpty { chunks.append(current) }
    // Asked several times per line: decided once.
    let opening = facts.map { opensUnit(bytes, $0) }
    let closing = facts.map { closesUnit(bytes, $0) }
    let opens = { (i: Int) -> Bool in opening[i] }
    let closes = { (i: Int) -> Bool in closing[i] }
    let reader = LineBreaks(bytes, facts, chunks: chunks, opensUnit: opens)
    var blocks: [Block] = []
    var strongCuts = 0
    var weakCuts = 0
    var columnedChunks = 0
    for chunk in chunks {
      let (breaks, columned) = reader.breaks(bytes, facts, chunk: chunk, opensUnit: opens, closesUnit: closes)
      if columned { columnedChunks += 1 }
      var first = chunk[0]
      var unproven: [Int] = []
      var kept: [Int] = []
      for (n, b) in breaks.enumerated() {
        let l = chunk[n]
        switch b {
        case .paragraph:
          blocks.append(paragraph(facts, first, l, unproven, kept))
          first = chunk[n + 1]
          unproven = []
          kept = []
        case .kept: kept.append(l)
        case .wrap(let evidence):
          if evidence == .possible { unproven.append(l) }
          if LayoutMarks.isContinuingMark(facts[l].last) || LayoutMarks.cannotStartParagraph(facts[chunk[n + 1]].first)
          {
            strongCuts += 1
          }
        }
      }
      blocks.append(paragraph(facts, first, chunk[chunk.count - 1], unproven, kept))
    }
    for span in spans {
      let range = facts[span.lines.lowerBound].range.lowerBound..<facts[span.lines.upperBound - 1].range.upperBound
      switch span.role {
      case .frontMatter: blocks.append(Block(kind: .frontMatter, range: range, lines: span.lines))
      case .code: blocks.append(Block(kind: .code, range: range, lines: span.lines))
      case .table: blocks.append(Block(kind: .table, range: range, lines: span.lines))
      case .heading: blocks.append(Block(kind: .headline, range: range, lines: span.lines, level: span.level))
      default: continue
      }
    }
    blocks.sort { $0.range.lowerBound < $1.range.lowerBound }
    BlockClassifier.classifyLeadsAndCredits(&blocks, bytes: bytes)
    // Cuts between blocks: strong ones count as evidence that a PDF cut this page.
    var strengths = [Continuation.Strength?](repeating: nil, count: blocks.count)
    // Where the paragraph of each block starts: a strong cut joins it to the one before, so an open quote there
    // still counts after the join (`“大家辛苦啦，…为大家所⏎⏎据了解，…户外工⏎⏎……`).
    var paragraphStart = blocks.map(\.range.lowerBound)
    for k in blocks.indices.dropFirst() where onlyBlankBetween(roles, blocks[k - 1], blocks[k]) {
      strengths[k] = Continuation.strength(
        bytes, blocks[k - 1], blocks[k], aLast: facts[blocks[k - 1].lines.upperBound - 1],
        bFirst: facts[blocks[k].lines.lowerBound], from: paragraphStart[k - 1])
      if strengths[k] == .strong { paragraphStart[k] = paragraphStart[k - 1] }
      if reader.indentedParagraphs && facts[blocks[k].lines.lowerBound].isIndented && strengths[k] == .weak {
        strengths[k] = nil
      }
      if strengths[k] == .strong { strongCuts += 1 }
      if strengths[k] == .weak { weakCuts += 1 }
    }
    // A page a PDF cut shows it more than once: two marks no paragraph ends or starts with, or one and two prose
    // paragraphs that stop without a final mark, or four such paragraphs (a page whose paragraphs merely lack a
    // `。` here and there is not read as cut).
    let cutPage = reader.columnWidth != nil || columnedChunks > 0 || strongCuts * 2 + weakCuts >= 4
    BlockClassifier.classifyHeadlines(&blocks, bytes: bytes, cutPage: cutPage) {
      $0 + 1 < strengths.count && strengths[$0 + 1] == .strong
    }
    for k in blocks.indices.dropFirst() {
      guard let s = strengths[k], blocks[k - 1].kind == .lead || blocks[k - 1].kind == .body,
        blocks[k].kind == .body
      else { continue }
      blocks[k].continues = s == .strong || cutPage ? .proven : .possible
    }
    BlockClassifier.splitHeadlineLines(&blocks, lines: lineRanges, bytes: bytes)
    let runs = positionalRuns(blocks)
    var zones = [Zone](repeating: .none, count: bytes.count)
    for b in blocks {
      let z: Zone
      switch b.kind {
      case .headline: z = .headline
      case .lead: z = .lead
      case .body, .table: z = .body
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
    for (i, role) in roles.enumerated() where role == .comment { fill(&zones, facts[i].range, .comment) }
    var markup: [Range<Int>] = []
    for span in spans where span.role == .markup {
      markup.append(facts[span.lines.lowerBound].range.lowerBound..<facts[span.lines.upperBound - 1].range.upperBound)
    }
    return Result(blocks: blocks, runs: runs, zones: zones, markupLines: markup)
  }

  private static func paragraph(_ facts: [LineFacts], _ first: Int, _ last: Int, _ unproven: [Int], _ kept: [Int])
    -> Block
  {
    // The block starts at its text: an indent (`　　`, or the space a PDF left) is layout, not part of it.
    var b = Block(kind: .body, range: facts[first].start..<facts[last].range.upperBound, lines: first..<(last + 1))
    b.unprovenBreaks = unproven
    b.keptBreaks = kept
    return b
  }

  /// Only blank lines (or directive comments) between two blocks: a break a column could have made.
  private static func onlyBlankBetween(_ roles: [MarkupLines.Role], _ a: Block, _ b: Block) -> Bool {
    (a.lines.upperBound..<b.lines.lowerBound).allSatisfy { roles[$0] == .blank || roles[$0] == .comment }
  }

  /// One zone over a byte range, as a memset: zones are per byte, so this runs over the whole page.
  private static func fill(_ zones: inout [Zone], _ r: Range<Int>, _ z: Zone) {
    zones.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[r]).update(repeating: z) }
  }

  /// Lines that open a paragraph by their form: a lead, a credit, a list item, an editor's note, a column name,
  /// an HTML element, a blockquote.
  static func opensUnit(_ bytes: [UInt8], _ f: LineFacts) -> Bool {
    if f.isBlank { return false }
    if f.startsLead || f.isCredit || f.isEndNote || f.isColumnName { return true }
    let c = bytes[f.start..<f.end]
    if c.first == 0x3C, c.count > 1, isASCIILetter(c[c.startIndex + 1]) { return true }  // <p>
    if c.first == 0x3E { return true }  // > quote
    return ListMarkers.isListItem(c)
  }

  /// Lines that close their paragraph: a credit, an editor's note, a column name, an HTML element's end tag.
  static func closesUnit(_ bytes: [UInt8], _ f: LineFacts) -> Bool {
    f.isCredit || f.isEndNote || f.isColumnName || (f.last == 0x3E && bytes[f.start..<f.end].contains(0x3C))
  }

  @inline(__always) private static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

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

  /// Block ranges of the articles by position: each starts at a lead, a captioned photo or a main headline, with the
  /// headline chain before it; blocks before the first one (page kickers) open the first.
  static func positionalRuns(_ blocks: [Block]) -> [Range<Int>] {
    var starts: [Int] = []
    // A main headline (level 1) over body copy opens a story too: a roundup's section (`体育短讯`) after a wire
    // story, a feature without a dateline. (One at the page's end, as PDF pages put them, opens nothing.)
    func headsBody(_ k: Int) -> Bool {
      guard blocks[k].kind == .headline, blocks[k].level == 1, k > 0, blocks[k - 1].kind != .headline else {
        return false
      }
      var m = k
      while m < blocks.count && blocks[m].kind == .headline { m += 1 }
      return m < blocks.count && blocks[m].kind == .body
    }
    for (k, b) in blocks.enumerated() where b.kind == .lead || b.kind == .caption || headsBody(k) {
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
