/// Whether a block goes on with the sentence the block before it stopped in: a PDF's column or page break turned
/// into a paragraph break (`……等地进行⏎⏎实地考察。`, `随后，全国总工会一行到达⏎⏎⏎⏎天通苑北街道……`).
///
/// Strong evidence is a mark: no paragraph ends with `，` `、` `“` `（` `——`, none starts with `，` `。` `”` `）`; a
/// number cut from its unit (`2019⏎⏎年以来`); a function word left dangling (`……为⏎⏎职工群众写福字`); a verb of
/// saying cut from its subject (`负责人⏎⏎表示，`). Weak evidence is a paragraph of prose that ends without a final
/// mark: it is a cut on a page whose other breaks show PDF cuts, and only possibly one elsewhere (a paragraph may
/// just lack its `。`). Headlines, subheads, bylines, credits and editor's notes end without marks by design and are
/// never the first half.
enum Continuation {
  enum Strength { case strong, weak }

  /// `from`: where a's paragraph starts (a's own start, or earlier when a is itself the tail of a cut paragraph).
  static func strength(
    _ bytes: [UInt8], _ a: Block, _ b: Block, aLast: LineFacts, bFirst: LineFacts, from: Int
  ) -> Strength? {
    guard a.kind == .lead || a.kind == .body, a.creditRange == nil, b.kind == .body, !aLast.hasHardBreak else {
      return nil
    }
    let last = aLast.last
    let first = bFirst.first
    guard last != 0, first != 0, !aLast.endsSentence, !aLast.endsClause, !CharClass.isClosingPunct(last),
      !bFirst.isEndNote, !bFirst.isColumnName
    else { return nil }
    let leftOK = CharClass.isHan(last) || CharClass.isASCIIAlnum(last) || LayoutMarks.isContinuingMark(last)
    let rightOK =
      CharClass.isHan(first) || CharClass.isASCIIAlnum(first) || LayoutMarks.cannotStartParagraph(first)
      || first == 0x201C
    guard leftOK && rightOK else { return nil }
    // A long or multi-line block, or one with sentence punctuation, is prose, not a subhead: ending without a final
    // mark means it is cut, or lacks its mark. (Quoted speech may hold all its punctuation inside an unclosed “.)
    let scalars = bytes[a.range].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    let prose = a.lines.count > 1 || scalars > 40 || containsSentencePunctuation(bytes, a.range)
    if LayoutMarks.isStrongCut(last: last, first: first, head: bytes[bFirst.start..<bFirst.end], prose: prose) {
      return .strong
    }
    if LayoutMarks.leavesPairOpen(bytes, from..<aLast.end) { return .strong }
    return prose ? .weak : nil
  }

  private static func containsSentencePunctuation(_ bytes: [UInt8], _ r: Range<Int>) -> Bool {
    bytes.withUnsafeBufferPointer { b in
      var i = r.lowerBound
      var depth = 0
      while i < r.upperBound {
        let (u, len) = UTF8Scan.decode(b, at: i)
        if u == 0x201C || u == 0x300A { depth += 1 }
        if (u == 0x201D || u == 0x300B) && depth > 0 { depth -= 1 }
        if depth == 0 && (u == 0xFF0C || u == 0x3002 || u == 0xFF1B || u == 0xFF01 || u == 0xFF1F || u == 0x2C) {
          return true
        }
        i += len
      }
      return false
    }
  }
}
