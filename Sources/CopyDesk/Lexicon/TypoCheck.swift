/// The typo checks over a whole document: segmentation once, then the doubled-character and non-word checks on
/// every run of Han prose, leaving out 《titles》 (a book may be named anything) and, for two-character
/// corrections, short quotations, where coined words live (“京彩”暖冬, “蚁族”).
public enum TypoCheck {
  /// A quotation this short (in characters) is taken for a coined term or a name.
  static let shortQuote = 10

  public static func findings(_ doc: Document, detector: TypoDetector) -> [TypoFinding] {
    let segmentation = WordSegmentation.of(doc, lexicon: detector.lexicon)
    var out: [TypoFinding] = []
    var spans: (block: Int, titles: [Range<Int>], shortQuotes: [Range<Int>])?
    for (r, run) in segmentation.runs.enumerated() {
      let found = detector.doubled(in: segmentation, run: r) + detector.nonword(in: segmentation, run: r)
      guard !found.isEmpty else { continue }
      guard let b = blockIndex(doc, run.bytes.lowerBound) else { continue }
      if spans?.block != b {
        let (t, q) = quoteSpans(doc, doc.blocks[b].range)
        spans = (b, t, q)
      }
      for f in found {
        if spans!.titles.contains(where: { $0.overlaps(f.range) }) { continue }
        if f.kind == .nonword, f.word.unicodeScalars.count == 2,
          spans!.shortQuotes.contains(where: { $0.overlaps(f.range) })
        {
          continue
        }
        out.append(f)
      }
    }
    return out
  }

  static func blockIndex(_ doc: Document, _ offset: Int) -> Int? {
    var lo = 0
    var hi = doc.blocks.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if doc.blocks[mid].range.upperBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < doc.blocks.count && doc.blocks[lo].range.contains(offset) ? lo : nil
  }

  /// 《…》 spans, and “…” spans of at most `shortQuote` characters, in a block.
  static func quoteSpans(_ doc: Document, _ range: Range<Int>) -> ([Range<Int>], [Range<Int>]) {
    var titles: [Range<Int>] = []
    var quotes: [Range<Int>] = []
    var titleStart: [Int] = []
    var quoteStart: [(Int, Int)] = []
    var i = range.lowerBound
    var scalars = 0
    while i < range.upperBound, let (u, n) = doc.scalar(at: i) {
      switch u {
      case 0x300A: titleStart.append(i)
      case 0x300B: if let s = titleStart.popLast() { titles.append(s..<(i + n)) }
      case 0x201C: quoteStart.append((i, scalars))
      case 0x201D:
        if let (s, c) = quoteStart.popLast(), scalars - c - 1 <= shortQuote { quotes.append(s..<(i + n)) }
      default: break
      }
      i += n
      scalars += 1
    }
    // An unclosed 《 runs to the end of the paragraph.
    if let s = titleStart.first { titles.append(s..<range.upperBound) }
    return (titles, quotes)
  }
}

extension TypoDetector {
  /// The embedded lexicon and confusion sets, with the surnames of the names data (`rules/names/surnames.txt`;
  /// weak surnames such as 高, 全, 关 open everyday words and are left out).
  public static func builtin(data: RuleData) throws -> TypoDetector {
    let surnames = data.entries(for: "news-person-first-mention", section: "surnames").filter { $0["weak"] != "yes" }
      .compactMap { e -> UInt32? in e.term.unicodeScalars.count == 1 ? e.term.unicodeScalars.first?.value : nil }
    return TypoDetector(lexicon: Lexicon.builtin, confusables: Confusables.builtin, surnames: Set(surnames))
  }
}
