/// The 点号 events some rules of the pack look for, picked out of the `PunctIndex` once per document.
struct PauseMarks: DocumentAnalysis {
  /// 、 (the dunhao rules).
  let dunhao: [Int]
  /// ， directly followed by 等 (`苹果、香蕉，等水果`): the only commas a rule looks at.
  let commaBeforeDeng: [Int]
  /// Starts of runs of two or more adjacent 点号 (，。、；：！？): doubled marks, `。。。`, `？！`.
  let runs: [Int]

  static func compute(_ doc: Document) -> PauseMarks {
    let index = doc.analysis(PunctIndex.self)
    let offsets = index.offsets
    let scalars = index.scalars
    let n = scalars.count
    var dunhao = PunctIndex.Scratch<Int>(capacity: n)
    var commaBeforeDeng = PunctIndex.Scratch<Int>(capacity: n)
    var runs = PunctIndex.Scratch<Int>(capacity: n)
    defer {
      for p in [dunhao.base, commaBeforeDeng.base, runs.base] { p.deallocate() }
    }
    doc.bytes.withUnsafeBufferPointer { bytes in
      for k in 0..<n where PunctIndex.isPause(scalars[k]) {
        let u = scalars[k]
        let o = offsets[k]
        if u == U.dunhao { dunhao.append(k) }
        // 等 is E7 AD 89.
        if u == U.comma && o + 6 <= bytes.count && bytes[o + 3] == 0xE7 && bytes[o + 4] == 0xAD && bytes[o + 5] == 0x89
        {
          commaBeforeDeng.append(k)
        }
        let nextAdjacent = k + 1 < n && offsets[k + 1] == o + 3 && PunctIndex.isPause(scalars[k + 1])
        let prevAdjacent = k > 0 && offsets[k - 1] + 3 == o && PunctIndex.isPause(scalars[k - 1])
        if nextAdjacent && !prevAdjacent { runs.append(k) }
      }
    }
    return PauseMarks(dunhao: dunhao.array(), commaBeforeDeng: commaBeforeDeng.array(), runs: runs.array())
  }
}

/// Quotes (“”‘’ and straight double quotes) and brackets (（）()《》〈〉【】〔〕〖〗) with each paragraph's share:
/// what the quote and bracket rules pair up.
struct PairedMarks: DocumentAnalysis {
  /// Event indices (into `PunctIndex`) of quotes and of brackets.
  let quotes: [Int]
  let brackets: [Int]
  /// For each paragraph of `PunctIndex.paragraphs`, its part of `quotes` and of `brackets`.
  let paragraphQuotes: [Range<Int>]
  let paragraphBrackets: [Range<Int>]

  static func compute(_ doc: Document) -> PairedMarks {
    let index = doc.analysis(PunctIndex.self)
    var quotes: [Int] = []
    var brackets: [Int] = []
    for (k, u) in index.scalars.enumerated() {
      if (u >= U.leftSingleQuote && u <= U.rightDoubleQuote) || u == 0x22 || u == 0xFF02 { quotes.append(k) }
      // U+3008–3017 〈〉《》「」『』【】〒〓〔〕〖〗 but the corner brackets 「」『』 (quotes in other styles) and 〒〓.
      if u == 0xFF08 || u == 0xFF09 || u == 0x28 || u == 0x29
        || (u >= 0x3008 && u <= 0x3017 && !(u >= 0x300C && u <= 0x300F) && u != 0x3012 && u != 0x3013)
      {
        brackets.append(k)
      }
    }
    return PairedMarks(
      quotes: quotes, brackets: brackets,
      paragraphQuotes: PunctIndex.eventRanges(index.paragraphs, quotes.map { index.offsets[$0] }),
      paragraphBrackets: PunctIndex.eventRanges(index.paragraphs, brackets.map { index.offsets[$0] }))
  }
}
