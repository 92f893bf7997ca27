/// A page cut into parts that rules can be run on separately (see `RuleScope`): *stretches* for paragraph rules and
/// *article groups* for article rules. Both are runs of whole blocks; each part also owns the blank lines and
/// comments after its last block, so the parts tile the page's bytes: part `k` is
/// `starts[k]..<starts[k + 1]`, the first starts at 0 and the last ends at the end of the page.
struct PageParts: Sendable {
  /// First block of each part, then `blocks.count`.
  var blockStarts: [Int]
  /// First byte of each part (the start of its first block's first line; 0 for the first), then the page's length.
  var starts: [Int]

  var count: Int { starts.count - 1 }

  func bytes(_ k: Range<Int>) -> Range<Int> { starts[k.lowerBound]..<starts[k.upperBound] }
  func blocks(_ k: Range<Int>) -> Range<Int> { blockStarts[k.lowerBound]..<blockStarts[k.upperBound] }

  /// The part holding byte `offset` (the last part for the page's end).
  func part(containing offset: Int) -> Int {
    var lo = 0
    var hi = count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// Parts that start before block `b` when `cut(b)` says so (and never inside a line two blocks share).
  init(_ doc: Document, cut: (Int) -> Bool) {
    var blockStarts = [0]
    var starts = [0]
    let blocks = doc.blocks
    for b in blocks.indices.dropFirst() where blocks[b].lines.lowerBound >= blocks[b - 1].lines.upperBound && cut(b) {
      blockStarts.append(b)
      starts.append(doc.lineStarts[blocks[b].lines.lowerBound])
    }
    blockStarts.append(blocks.count)
    starts.append(doc.bytes.count)
    self.blockStarts = blockStarts
    self.starts = starts
  }

  /// Stretches: a new one starts at each block unless a paragraph rule may read the two blocks as one paragraph.
  /// Punctuation rules join a body block to the lead or body block before it when that one stops mid-sentence
  /// (its last character a Han character, a letter or digit, ， or 、: `PunctScan.paragraphs`); this cuts only where
  /// the block before ends with a mark that never continues a sentence, so every such paragraph stays inside one
  /// stretch whatever the exact test is.
  static func stretches(_ doc: Document) -> PageParts {
    PageParts(doc) { b in
      let prev = doc.blocks[b - 1]
      let next = doc.blocks[b]
      guard next.kind == .body, prev.kind == .lead || prev.kind == .body || prev.kind == .caption else { return true }
      let end = doc.skipSpaces(backFrom: prev.range.upperBound)
      guard end > prev.range.lowerBound, let (u, _) = doc.scalar(before: end) else { return false }
      return finalMarks.contains(u)
    }
  }

  /// Marks after which no paragraph rule joins a block to the next: sentence ends, closing quotes and brackets,
  /// semicolons and colons.
  static let finalMarks: Set<UInt32> = [
    0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x2026, 0x201D, 0x2019, 0xFF09, 0x300B, 0x300D, 0x300F, 0xFF1B, 0xFF1A,
  ]

  /// Article groups: the articles of the page with the blocks between their first and last (a headline the layout
  /// put elsewhere belongs to its story, `HeadlineOwners`, so stories can interleave: those form one group).
  static func articleGroups(_ doc: Document) -> PageParts {
    let index = doc.articleIndex
    // The last block of the group that starts at each block: every article reaches to its last block.
    var reach = Array(doc.blocks.indices)
    for a in index.articles {
      guard let first = a.blocks.first, let last = a.blocks.last else { continue }
      reach[first] = max(reach[first], last)
    }
    var cutBefore = [Bool](repeating: true, count: doc.blocks.count)
    var far = -1
    for b in doc.blocks.indices {
      if b <= far { cutBefore[b] = false }
      far = max(far, reach[b])
    }
    return PageParts(doc) { cutBefore[$0] }
  }
}
