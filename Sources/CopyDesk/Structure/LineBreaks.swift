/// Reads a page's line breaks as a desk does: which break ends a paragraph and which is a wrap.
///
/// Copy arrives in several shapes, often without saying which: paragraphs separated by blank lines; one paragraph
/// per line (CMS exports, Word's "save as text", wire feeds); paragraphs indented with `　　`; and text extracted
/// from a PDF column, hard-wrapped at a near-constant width (seed page 002, 14–17 characters a line). A break is a
/// wrap only on evidence:
/// - a mark no paragraph ends with (`，` `、` `“` `（` `——`) before it, or one no paragraph starts with after it;
/// - or a line that ends mid-sentence filled to the page's column width — the width most mid-sentence line ends
///   on the page share (a PDF page), never one guessed from a single line.
///
/// A full-width line that ends a sentence on a column-wrapped page is a wrap too, but proven only when the page
/// marks its paragraphs otherwise (blank lines between them, or `　　` indents); else it is an unproven wrap, and a
/// fix that joins it is not safe. Everything else is a paragraph break: a headline followed by its story, a lead-in
/// ending with `：`, one paragraph per line.
struct LineBreaks {
  enum Break: Equatable {
    case paragraph
    case wrap(Evidence)
    /// Kept in the paragraph but not a wrap: a dateline and byline on their own line above the lead's text.
    case kept
  }

  /// The page's column width in display columns, when its lines show one.
  var columnWidth: Int?
  /// Paragraphs are separated by blank lines on this page (at least two blank-line gaps after a sentence's end).
  var blankLineParagraphs = false
  /// Paragraphs are marked by a `　　` indent on this page (at least two indented lines of copy).
  var indentedParagraphs = false

  var marksParagraphs: Bool { blankLineParagraphs || indentedParagraphs }

  /// How far a filled line's width may fall short of (or pass) the column width: justified PDF lines differ by a
  /// character or two where Latin, digits or a carried mark sit.
  static func tolerance(_ width: Int) -> Int { 4 + width / 20 }
  /// The first line of a paragraph is two characters shorter: its indent was dropped in extraction.
  static let indentAllowance = 4
  static let widthRange = 16...100

  /// Page-level evidence from the chunks (runs of consecutive lines of copy), `opensUnit(i)` telling which lines
  /// start a paragraph by their form alone (a lead, a credit, a list item, an indent).
  init(_ bytes: [UInt8], _ facts: [LineFacts], chunks: [[Int]], opensUnit: (Int) -> Bool) {
    var gapsAfterSentence = 0
    var indented = 0
    var midWidths: [Int] = []
    for chunk in chunks {
      if let last = chunk.last, facts[last].endsSentence, last + 1 < facts.count, facts[last + 1].isBlank {
        gapsAfterSentence += 1
      }
      for (n, l) in chunk.enumerated() {
        if facts[l].isIndented && (n > 0 || l > 0) { indented += 1 }
        guard let next = n + 1 < chunk.count ? chunk[n + 1] : Self.lineAfterGap(facts, l), !opensUnit(next) else {
          continue
        }
        if Self.isWrapCandidate(bytes, facts, l, next: next) { midWidths.append(facts[l].width) }
      }
    }
    blankLineParagraphs = gapsAfterSentence >= 2
    indentedParagraphs = indented >= 2
    columnWidth = Self.commonWidth(midWidths, minimum: 3)
  }

  /// The line of copy after the blank lines below `l` (a column break leaves up to a few), if any.
  static func lineAfterGap(_ facts: [LineFacts], _ l: Int) -> Int? {
    var k = l + 1
    while k < facts.count && facts[k].isBlank && k - l <= 4 { k += 1 }
    return k < facts.count && k > l + 1 && !facts[k].isBlank ? k : nil
  }

  /// A line whose width tells the column width: it stops mid-sentence, and it is prose (it holds a sentence mark)
  /// or a mark proves it a wrap. Headlines stop without a mark too, but hold none: a roundup's item headlines
  /// of one length are no column.
  static func isWrapCandidate(_ bytes: [UInt8], _ facts: [LineFacts], _ l: Int, next: Int) -> Bool {
    let f = facts[l]
    guard !f.endsSentence && !f.endsClause && widthRange.contains(f.width) else { return false }
    if LayoutMarks.isContinuingMark(f.last) || LayoutMarks.cannotStartParagraph(facts[next].first) { return true }
    return holdsSentenceMark(bytes, f)
  }

  /// Whether a line holds `、` `。` `，` `：` `；` `！` `？` (or `,` `;` after Chinese): prose, not a headline.
  static func holdsSentenceMark(_ bytes: [UInt8], _ f: LineFacts) -> Bool {
    bytes[f.start..<f.end].withUnsafeBufferPointer { b in
      var i = 0
      while i + 2 < b.count {
        // 、 E3 80 81, 。 E3 80 82, full-width ，：；！？ EF BC 8C/9A/9B/81/9F.
        if b[i] == 0xE3 && b[i + 1] == 0x80 && (b[i + 2] == 0x81 || b[i + 2] == 0x82) { return true }
        if b[i] == 0xEF && b[i + 1] == 0xBC {
          switch b[i + 2] {
          case 0x8C, 0x9A, 0x9B, 0x81, 0x9F: return true
          default: break
          }
        }
        // A half-width comma or semicolon typed after Chinese (`制度流程,把`): the same mark in the wrong width.
        if (b[i + 2] == 0x2C || b[i + 2] == 0x3B) && b[i + 1] >= 0x80 { return true }
        i += 1
      }
      return false
    }
  }

  /// The width most of the given line widths sit at: at least three lines, 60% of them within tolerance of the
  /// upper median (or four short of it, for first lines). Lines of one-paragraph-per-line copy that end without a
  /// mark are headlines of any length and share no width.
  static func commonWidth(_ widths: [Int], minimum: Int) -> Int? {
    guard widths.count >= minimum else { return nil }
    let sorted = widths.sorted()
    let w = sorted[sorted.count / 2]
    let tol = tolerance(w)
    let near = sorted.filter { $0 <= w + tol && $0 >= w - tol - indentAllowance }.count
    return near * 5 >= sorted.count * 3 ? w : nil
  }

  /// Whether line `l` is filled to the column: its width (or its width plus the Latin word on the next line that
  /// did not fit) is within tolerance of the column width.
  func isFull(_ facts: [LineFacts], _ l: Int, next: Int, width: Int?, firstOfParagraph: Bool) -> Bool {
    guard let w = width else { return false }
    let tol = Self.tolerance(w)
    let f = facts[l]
    guard f.width <= w + tol else { return false }
    let slack = tol + (firstOfParagraph || f.isIndented ? Self.indentAllowance : 0)
    return f.width >= w - slack || (facts[next].leadingWordWidth > 0 && f.width + facts[next].leadingWordWidth >= w)
  }

  /// The breaks of one chunk, in order (one fewer than its lines), and whether the chunk shows a column of its
  /// own (lines of prose of one width): evidence, like the page's width, that a PDF wrapped the page.
  func breaks(
    _ bytes: [UInt8], _ facts: [LineFacts], chunk: [Int], opensUnit: (Int) -> Bool, closesUnit: (Int) -> Bool
  ) -> (breaks: [Break], columned: Bool) {
    // A chunk on a page without a common width may still show its own (a column-wrapped paragraph pasted alone).
    // Within one chunk two lines of prose of one width will do (`……完善新⏎……机制，⏎……`).
    // The page's column holds only for a chunk whose lines fit it: a run of one-paragraph-per-line copy on the same
    // page (lines far wider than the column) is read on its own.
    var width = columnWidth
    if let w = width, chunk.contains(where: { facts[$0].width > w + Self.tolerance(w) + 8 }) { width = nil }
    if width == nil {
      // The last line counts too when a column break cut it from the rest of its sentence (`……该活⏎⏎动将为`).
      let mids = chunk.indices.filter {
        guard let next = $0 + 1 < chunk.count ? chunk[$0 + 1] : Self.lineAfterGap(facts, chunk[$0]) else {
          return false
        }
        return !opensUnit(next) && Self.isWrapCandidate(bytes, facts, chunk[$0], next: next)
      }
      // On a page that separates its paragraphs by blank lines one such line is enough: a line of prose that stops
      // mid-sentence with the next line right below it, not after a gap, can only be wrapped, and it shows the
      // column (`免去宋立成的……委员会副⏎主任职务；免去……副局长⏎职务。`, a short page with no common width). Indents
      // alone prove less: a feature's byline stands unindented under its subtitle.
      width = Self.commonWidth(mids.map { facts[chunk[$0]].width }, minimum: blankLineParagraphs ? 1 : 2)
    }
    let columned = width != nil && (width != columnWidth || chunk.count > 2)
    var out: [Break] = []
    var firstOfParagraph = true
    var paragraphStart = facts[chunk[0]].start
    for n in 0..<(chunk.count - 1) {
      let (l, next) = (chunk[n], chunk[n + 1])
      let b = decide(
        bytes, facts, l, next, width: width, firstOfParagraph: firstOfParagraph, from: paragraphStart, opensUnit,
        closesUnit)
      out.append(b)
      firstOfParagraph = b == .paragraph || b == .kept
      if b == .paragraph { paragraphStart = facts[next].start }
    }
    return (out, columned && out.contains { $0 == .wrap(.proven) || $0 == .wrap(.possible) })
  }

  private func decide(
    _ bytes: [UInt8], _ facts: [LineFacts], _ l: Int, _ next: Int, width: Int?, firstOfParagraph: Bool, from: Int,
    _ opensUnit: (Int) -> Bool,
    _ closesUnit: (Int) -> Bool
  ) -> Break {
    let f = facts[l]
    if opensUnit(next) || closesUnit(l) || f.hasHardBreak { return .paragraph }
    // A dateline and byline alone on their line: the lead goes on below (`本报讯（记者 张晶）⏎市总工会……`).
    if f.leavesBylineOpen { return .wrap(.proven) }
    let n = facts[next]
    if LayoutMarks.isContinuingMark(f.last) || LayoutMarks.cannotStartParagraph(n.first) { return .wrap(.proven) }
    let full = isFull(facts, l, next: next, width: width, firstOfParagraph: firstOfParagraph)
    // A dateline line filled to the column was wrapped there; a shorter one stands on its own line by design.
    if f.isDatelineOnly { return full ? .wrap(.proven) : .kept }
    if f.endsSentence || f.endsClause {
      // A filled line that happens to end a sentence: the paragraph may end here or go on.
      guard full else { return .paragraph }
      return .wrap(marksParagraphs ? .proven : .possible)
    }
    let prose = f.width > 80 || Self.holdsSentenceMark(bytes, f)
    if full || LayoutMarks.isStrongCut(last: f.last, first: n.first, head: bytes[n.start..<n.end], prose: prose) {
      return .wrap(.proven)
    }
    // A line that leaves a quote or parenthesis open and stops mid-sentence (`推广普及“北京 i⏎会员”`).
    return LayoutMarks.leavesPairOpen(bytes, from..<f.end) ? .wrap(.proven) : .paragraph
  }
}
