/// A run of whole blocks of a page as a document of its own, for rules that look no further (`RuleScope`): the
/// bytes, zones, masks and blocks are the page's, copied, not found again, so a rule sees the part exactly as it
/// sees it in the page. The page's front matter (`date:` for the house register) is put before every part that does
/// not hold it. Offsets in the part map back to the page with `pageOffset`.
struct DocumentPart: Sendable {
  let document: Document
  /// The page's bytes the part holds after its prefix.
  let window: Range<Int>
  /// Bytes of the page's front matter put before the window (0 when none).
  let prefixLength: Int

  /// Blocks `blocks` of `page`, which lie in `window` (a range from a line start to a line start or the end).
  /// `articles`: give the part the page's articles inside the blocks (for article rules), renumbered.
  init(_ page: Document, window: Range<Int>, blocks: Range<Int>, articles: Bool) {
    self.window = window
    // The front matter, when the page has one and the window does not start with it.
    var prefixBlocks = 0..<0
    var prefixEnd = 0
    if window.lowerBound > 0, let first = page.blocks.first, first.kind == .frontMatter, blocks.lowerBound > 0 {
      prefixBlocks = 0..<1
      let nextLine = first.lines.upperBound
      prefixEnd = nextLine < page.lineStarts.count ? page.lineStarts[nextLine] : page.bytes.count
      prefixEnd = min(prefixEnd, window.lowerBound)
    }
    prefixLength = prefixEnd
    let shift = prefixEnd - window.lowerBound
    let lineShift =
      (prefixBlocks.isEmpty ? 0 : page.blocks[0].lines.upperBound) - page.lineIndex(ofOffset: window.lowerBound)
    var bytes = [UInt8]()
    bytes.reserveCapacity(prefixEnd + window.count)
    bytes.append(contentsOf: page.bytes[0..<prefixEnd])
    bytes.append(contentsOf: page.bytes[window])
    var masks = [MaskKind]()
    masks.reserveCapacity(bytes.count)
    masks.append(contentsOf: page.masks[0..<prefixEnd])
    masks.append(contentsOf: page.masks[window])
    var zones = [Zone]()
    zones.reserveCapacity(bytes.count)
    zones.append(contentsOf: page.zones[0..<prefixEnd])
    zones.append(contentsOf: page.zones[window])
    func moved(_ r: Range<Int>) -> Range<Int> { (r.lowerBound + shift)..<(r.upperBound + shift) }
    var partBlocks = prefixBlocks.map { page.blocks[$0] }
    for b in page.blocks[blocks] { partBlocks.append(b.moved(bytes: shift, lines: lineShift)) }
    let blockShift = prefixBlocks.count - blocks.lowerBound
    // The page's positional runs, cut to the part (a part's own articles are given below when asked for).
    var runs: [Range<Int>] = []
    for r in page.runs where r.overlaps(blocks) {
      let lo = max(r.lowerBound, blocks.lowerBound) + blockShift
      let hi = min(r.upperBound, blocks.upperBound) + blockShift
      runs.append(lo..<hi)
    }
    document = Document(
      path: page.path, format: page.format, bytes: bytes, masks: masks, zones: zones, blocks: partBlocks, runs: runs)
    guard articles else { return }
    let index = page.articleIndex
    var ofBlock = [Int?](repeating: nil, count: partBlocks.count)
    var partArticles: [Article] = []
    for a in index.articles {
      guard let first = a.blocks.first, blocks.contains(first) else { continue }
      var moved = a
      moved.index = partArticles.count
      moved.range = (a.range.lowerBound + shift)..<(a.range.upperBound + shift)
      moved.blocks = a.blocks.map { $0 + blockShift }
      moved.headlines = a.headlines.map { $0 + blockShift }
      moved.lead = a.lead.map { $0 + blockShift }
      for b in moved.blocks where b >= 0 && b < ofBlock.count { ofBlock[b] = moved.index }
      partArticles.append(moved)
    }
    document.preset(ArticleIndex(articles: partArticles, ofBlock: ofBlock))
  }

  /// The page offset of an offset in the part.
  @inline(__always)
  func pageOffset(_ o: Int) -> Int { o < prefixLength ? o : o - prefixLength + window.lowerBound }

  func pageRange(_ r: Range<Int>) -> Range<Int> {
    let lo = pageOffset(r.lowerBound)
    return lo..<max(lo, pageOffset(r.upperBound))
  }

  /// A finding of the part in the page's offsets.
  func toPage(_ d: Diagnostic) -> Diagnostic {
    var d = d
    d.range = pageRange(d.range)
    if var fix = d.fix {
      for k in fix.edits.indices { fix.edits[k].range = pageRange(fix.edits[k].range) }
      d.fix = fix
    }
    for k in d.related.indices where d.related[k].path == nil {
      d.related[k].range = pageRange(d.related[k].range)
    }
    return d
  }
}
