/// Curly-quote structure of one paragraph, shared by `punct-quote-nesting`, `punct-unbalanced-pair` and
/// `punct-ascii-quotes` so that the three rules agree on which quote is wrong and report it once.
///
/// GB/T 15834—2011 §4.8: double quotes “” at the first level, single quotes ‘’ inside them, double again at the
/// third level. A paragraph is *balanced* when every quote pairs up; a balanced paragraph is *well nested* when no
/// double quote opens directly at an even level.
struct QuoteAnalysis {
  struct Token {
    var offset: Int
    var isDouble: Bool
    var isOpen: Bool
  }

  struct Pair {
    var open: Int
    var close: Int
    /// 1 for a top-level quotation.
    var level: Int
    var isDouble: Bool
  }

  /// A reading of the paragraph in which some quotes are turned round: `”十四五“` → `“十四五”`.
  struct Flip {
    var tokens: [Int]
  }

  var tokens: [Token] = []
  /// Unmatched unmasked straight double quotes (`"`, `＂`) seen in the paragraph: `punct-ascii-quotes` owns them.
  var straightDoubles = 0

  /// Collects the curly quotes of `range` that lie in prose zones. Apostrophes are not quotes: `Xi’an`, `Let’s`,
  /// `students’ books`, and the foot and inch marks of `5’6”`.
  /// `quotes`: this paragraph's slice of `PairedMarks.quotes`; nil to find them in `range`.
  init(_ buf: PunctScan.Buffers, _ range: Range<Int>, quotes: ArraySlice<Int>? = nil) {
    let slice = quotes ?? Self.quotes(buf, in: range)
    for k in slice {
      let u = buf.eventScalars[k]
      let i = buf.eventOffsets[k]
      if u == 0x22 || u == 0xFF02 {
        if buf.masks[i] == .none && buf.open(i, .proseZones) && !CharClass.isASCIIDigit(buf.before(i).0) {
          straightDoubles += 1
        }
        continue
      }
      guard u >= U.leftSingleQuote && u <= U.rightDoubleQuote && u != 0x201A && u != 0x201B, buf.open(i, .proseZones)
      else { continue }
      let (l, _) = buf.before(i)
      let r = buf.value(at: i + 3)
      if u == U.rightSingleQuote {
        if CharClass.isASCIILetter(l) && CharClass.isASCIILetter(r) { continue }  // Xi’an, Let’s
        if CharClass.isASCIILetter(l) && r == 0x20 { continue }  // students’ books
        if CharClass.isASCIIDigit(l) && CharClass.isASCIIDigit(r) { continue }  // 5’6”
      }
      if u == U.rightDoubleQuote && CharClass.isASCIIDigit(l) {
        // 5’6”: an inch mark after a foot mark.
        let (l2, s2) = buf.before(i)
        let (l3, _) = buf.before(s2)
        if CharClass.isASCIIDigit(l2) && l3 == U.rightSingleQuote { continue }
      }
      tokens.append(
        Token(
          offset: i, isDouble: u == U.leftDoubleQuote || u == U.rightDoubleQuote,
          isOpen: u == U.leftDoubleQuote || u == U.leftSingleQuote))
    }
  }

  /// The quote events of `range`.
  static func quotes(_ buf: PunctScan.Buffers, in range: Range<Int>) -> ArraySlice<Int> {
    let all = buf.document.analysis(PairedMarks.self).quotes
    return all[slice(all, buf, range)]
  }

  /// The part of `list` (event indices) whose offsets lie in `range`.
  static func slice(_ list: [Int], _ buf: PunctScan.Buffers, _ range: Range<Int>) -> Range<Int> {
    func first(_ offset: Int) -> Int {
      var lo = 0
      var hi = list.count
      while lo < hi {
        let mid = (lo + hi) >> 1
        if buf.eventOffsets[list[mid]] < offset { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
    return first(range.lowerBound)..<first(range.upperBound)
  }

  struct Result {
    var pairs: [Pair] = []
    /// Token indices of quotes that pair with nothing.
    var unmatched: [Int] = []
    /// Pairs of double quotes at an even level (they should be single quotes).
    var misnested: [Pair] { pairs.filter { $0.level % 2 == 0 && $0.isDouble } }
  }

  static func match(_ tokens: [Token]) -> Result {
    var r = Result()
    var stack: [Int] = []
    for (k, t) in tokens.enumerated() {
      if t.isOpen {
        stack.append(k)
        continue
      }
      if let top = stack.last, tokens[top].isDouble == t.isDouble {
        stack.removeLast()
        r.pairs.append(Pair(open: top, close: k, level: stack.count + 1, isDouble: t.isDouble))
      } else if let at = stack.lastIndex(where: { tokens[$0].isDouble == t.isDouble }) {
        r.unmatched.append(contentsOf: stack[(at + 1)...])
        r.pairs.append(Pair(open: stack[at], close: k, level: at + 1, isDouble: t.isDouble))
        stack.removeSubrange(at...)
      } else {
        r.unmatched.append(k)
      }
    }
    r.unmatched.append(contentsOf: stack)
    r.unmatched.sort()
    return r
  }

  var result: Result { Self.match(tokens) }

  /// For an unbalanced paragraph: the one way of turning quotes round that balances it with correct nesting —
  /// a single quote facing the wrong way (`“十一“黄金周` → `“十一”黄金周`) or a reversed pair (`”十四五“`).
  /// nil when the paragraph is balanced, when no such reading exists, or when several do (then nobody can say
  /// which quote is wrong, and `punct-unbalanced-pair` reports the unmatched ones instead).
  func flip() -> Flip? {
    guard tokens.count <= 200, !Self.match(tokens).unmatched.isEmpty else { return nil }
    var found: [Flip] = []
    func works(_ ks: [Int]) -> Bool {
      var t = tokens
      for k in ks { t[k].isOpen.toggle() }
      let m = Self.match(t)
      return m.unmatched.isEmpty && m.misnested.isEmpty
    }
    for k in tokens.indices where works([k]) { found.append(Flip(tokens: [k])) }
    if found.isEmpty {
      for k in tokens.indices.dropLast()
      where !tokens[k].isOpen && tokens[k + 1].isOpen && tokens[k].isDouble == tokens[k + 1].isDouble
        && works([k, k + 1])
      {
        found.append(Flip(tokens: [k, k + 1]))
      }
    }
    return found.count == 1 ? found[0] : nil
  }

  /// Whether the only unmatched quote is a top-level “ and the next paragraph opens with “: a quotation that runs
  /// over several paragraphs, each opening with “ and only the last closing (GB/T 15834—2011 §4.8.3). The first of
  /// them may open the quotation anywhere (`他说：“……`), the others open with it.
  func isContinuedQuotation(_ unmatched: [Int], paragraphStart: Int, nextOpensWithQuote: Bool) -> Bool {
    guard nextOpensWithQuote, unmatched.count == 1 else { return false }
    let t = tokens[unmatched[0]]
    return t.isDouble && t.isOpen
  }

  /// Curly double-quote depth just before `offset` (counting only “ and ”), for choosing “” or ‘’.
  func doubleDepth(before offset: Int) -> Int {
    var depth = 0
    for t in tokens where t.isDouble {
      if t.offset >= offset { break }
      depth = max(0, depth + (t.isOpen ? 1 : -1))
    }
    return depth
  }
}

/// The stretches of text whose quotes must balance. Normally a paragraph (`PunctScan.paragraphs`). A block can
/// also hold one paragraph per line with no blank lines between (CMS exports, sentence lists): when a paragraph's
/// quotes do not balance as a whole, it is cut after every line that ends a sentence, and neighbouring pieces are
/// joined again where one leaves a quote open that the next closes (a quotation hard-wrapped after a full stop).
struct QuoteUnits: DocumentAnalysis {
  struct Unit {
    var range: Range<Int>
    var quotes: QuoteAnalysis
    /// nil when the unit has no quotes.
    var result: QuoteAnalysis.Result?
  }

  let units: [Unit]

  static func compute(_ doc: Document) -> QuoteUnits {
    QuoteUnits(units: PunctScan.withBuffers(doc) { units(doc, $0, doc.analysis(PairedMarks.self)) })
  }

  static func units(_ doc: Document, _ buf: PunctScan.Buffers, _ marks: PairedMarks) -> [Unit] {
    var out: [Unit] = []
    for (n, p) in buf.paragraphs.enumerated() {
      let whole = QuoteAnalysis(buf, p, quotes: marks.quotes[marks.paragraphQuotes[n]])
      if whole.tokens.isEmpty {
        out.append(Unit(range: p, quotes: whole, result: nil))
        continue
      }
      let result = whole.result
      if result.unmatched.isEmpty || whole.flip() != nil {
        out.append(Unit(range: p, quotes: whole, result: result))
        continue
      }
      var ranges = split(buf, p)
      var pieces = ranges.map { QuoteAnalysis(buf, $0) }
      var k = 0
      while k + 1 < pieces.count {
        let aq = pieces[k]
        let bq = pieces[k + 1]
        let aOpen = aq.result.unmatched.contains { aq.tokens[$0].isOpen }
        let bClose = bq.result.unmatched.contains { !bq.tokens[$0].isOpen }
        if aOpen && bClose {
          ranges[k] = ranges[k].lowerBound..<ranges[k + 1].upperBound
          ranges.remove(at: k + 1)
          pieces.remove(at: k + 1)
          pieces[k] = QuoteAnalysis(buf, ranges[k])
        } else {
          k += 1
        }
      }
      for (r, q) in zip(ranges, pieces) {
        out.append(Unit(range: r, quotes: q, result: q.tokens.isEmpty ? nil : q.result))
      }
    }
    return out
  }

  /// Whether the unit after `index` opens with `“`.
  static func nextOpensWithQuote(_ doc: Document, _ units: [Unit], after index: Int) -> Bool {
    guard index + 1 < units.count else { return false }
    let start = doc.skipSpaces(from: units[index + 1].range.lowerBound)
    return doc.scalar(at: start)?.value == U.leftDoubleQuote
  }

  /// Cuts after each line of `p` that ends with a sentence-final mark (optionally followed by closing quotes or
  /// brackets).
  private static func split(_ buf: PunctScan.Buffers, _ p: Range<Int>) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    var start = p.lowerBound
    for k in buf.events(in: p) where buf.eventScalars[k] == 0x0A {
      let i = buf.eventOffsets[k]
      var j = buf.skipSpaces(backFrom: i, limit: start)
      if j > start && buf.bytes[j - 1] == 0x0D { j -= 1 }
      var (u, s) = buf.before(j)
      while j > start && (u == U.rightDoubleQuote || u == U.rightSingleQuote || u == U.rightParen || u == U.rightTitle)
      {
        j = s
        (u, s) = buf.before(j)
      }
      if j > start && (CharClass.isSentenceEnd(u) || u == 0xFF0E || u == 0x2E || u == 0x21 || u == 0x3F) {
        pieces.append(start..<(i + 1))
        start = i + 1
      }
    }
    if start < p.upperBound { pieces.append(start..<p.upperBound) }
    return pieces
  }
}
