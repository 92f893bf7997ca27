/// The typo checks over a whole document: segmentation once, then the doubled-character and non-word checks on
/// every run of Han prose, leaving out 《titles》 (a book may be named anything), quoted classical verse and, for
/// two-character corrections, short quotations, where coined words live (“京彩”暖冬, “蚁族”).
public enum TypoCheck {
  /// A quotation this short (in characters) is taken for a coined term or a name.
  static let shortQuote = 10

  /// The findings of the checks of `kinds` (`word-dup-char` asks for doubled characters, `word-nonword-typo` for
  /// non-words; the evaluation for both).
  public static func findings(
    _ doc: Document, detector: TypoDetector, kinds: Set<TypoFinding.Kind> = [.doubled, .nonword]
  ) -> [TypoFinding] {
    let segmentation = WordSegmentation.of(doc, lexicon: detector.lexicon)
    var out: [TypoFinding] = []
    var spans: (block: Int, skipped: [Range<Int>], shortQuotes: [Range<Int>])?
    var marks = CandidateMarks()
    for (r, run) in segmentation.runs.enumerated() {
      let found =
        (kinds.contains(.doubled) ? detector.doubled(in: segmentation, run: r) : [])
        + (kinds.contains(.nonword) ? detector.nonword(in: segmentation, run: r, marks: &marks) : [])
      guard !found.isEmpty else { continue }
      guard let b = blockIndex(doc, run.bytes.lowerBound) else { continue }
      if spans?.block != b {
        let (t, q) = quoteSpans(doc, doc.blocks[b].range)
        spans = (b, t, q)
      }
      for f in found {
        if spans!.skipped.contains(where: { $0.overlaps(f.range) }) { continue }
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

  /// 《…》 spans and quoted verse (skipped), and “…” spans of at most `shortQuote` characters, in a block.
  static func quoteSpans(_ doc: Document, _ range: Range<Int>) -> ([Range<Int>], [Range<Int>]) {
    var skipped: [Range<Int>] = []
    var quotes: [Range<Int>] = []
    var titleStart: [Int] = []
    var open: [Quotation] = []
    var i = range.lowerBound
    var scalars = 0
    while i < range.upperBound, let (u, n) = doc.scalar(at: i) {
      switch u {
      case 0x300A: titleStart.append(i)
      case 0x300B: if let s = titleStart.popLast() { skipped.append(s..<(i + n)) }
      case 0x201C: open.append(Quotation(start: i, scalars: scalars))
      case 0x201D:
        if var q = open.popLast() {
          if scalars - q.scalars - 1 <= shortQuote { quotes.append(q.start..<(i + n)) }
          if q.isVerse() { skipped.append(q.start..<(i + n)) }
        }
      default: if !open.isEmpty { open[open.count - 1].add(u) }
      }
      i += n
      scalars += 1
    }
    // An unclosed 《 runs to the end of the paragraph.
    if let s = titleStart.first { skipped.append(s..<range.upperBound) }
    return (skipped, quotes)
  }

  /// A quotation read clause by clause, to tell classical verse: lines of five or seven characters, all alike
  /// (“青霄有路终须到，金榜无名誓不归”). Its words are not today's: 无名誓 is no typo for 无名氏.
  struct Quotation {
    let start: Int
    let scalars: Int
    var lines: [Int] = []
    var current = 0
    var prose = false

    mutating func add(_ u: UInt32) {
      if CharClass.isHan(u) {
        current += 1
      } else if "，。；！？、".unicodeScalars.contains(where: { $0.value == u }) {
        close()
      } else {
        prose = true
      }
    }

    private mutating func close() {
      if current > 0 { lines.append(current) }
      current = 0
    }

    mutating func isVerse() -> Bool {
      close()
      return !prose && lines.count >= 2 && (lines[0] == 5 || lines[0] == 7) && lines.allSatisfy { $0 == lines[0] }
    }
  }
}

extension TypoDetector {
  /// The configuration's lexicon (`Lexicon.configured(for:)`) and the embedded confusion sets, with the surnames of the names data (`rules/names/surnames.txt`;
  /// weak surnames such as 高, 全, 关 open everyday words and are left out).
  public static func builtin(data: RuleData) throws -> TypoDetector {
    let surnames = data.entries(for: "news-person-first-mention", section: "surnames").filter { $0["weak"] != "yes" }
      .compactMap { e -> UInt32? in e.term.unicodeScalars.count == 1 ? e.term.unicodeScalars.first?.value : nil }
    let orgEndings = data.entries(for: "news-org-abbrev", section: "suffixes").flatMap { $0.term.split(separator: " ") }
      .map { $0.unicodeScalars.map(\.value) }.filter { $0.count >= 2 }
    return TypoDetector(
      lexicon: Lexicon.configured(for: data), confusables: Confusables.builtin, surnames: Set(surnames),
      orgEndings: orgEndings)
  }
}
