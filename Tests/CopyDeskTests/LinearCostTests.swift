import CopyDesk
import Testing

@testable import CopyDesk

/// The structures that replaced per-finding scans (positions, suppressions, superseded findings) answer exactly
/// what the scans answered. Their speed is measured by `copydesk-bench --linearity`, never here.
@Suite struct LinearCostTests {
  struct Rng {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(n))
    }
  }

  @Test(arguments: ["\u{FEFF}𠮷a😀b\r\n中,𬌗😀\r\rz\n", "会议,开始" + String(repeating: "𠮷,a。", count: 300), ""])
  func documentPositionsEqualCountingFromTheLineStart(_ text: String) {
    let doc = Document(text: text)
    var rng = Rng(state: 11)
    // Sorted runs (as findings come), runs backwards, jumps, offsets inside characters and outside the text.
    var offsets = Array(-1...(doc.bytes.count + 1))
    offsets += offsets.reversed()
    for _ in 0..<500 { offsets.append(rng.next(doc.bytes.count + 3) - 1) }
    for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
      for o in offsets {
        let want = doc.lineIndex.lineAndCharacter(ofOffset: o, in: doc.bytes, encoding: encoding)
        let got = doc.lineAndCharacter(ofOffset: o, encoding: encoding)
        #expect(got.line == want.line && got.character == want.character, "\(o) \(encoding)")
      }
    }
    var cursor = PositionCursor(doc)
    for o in offsets {
      let want = doc.lineIndex.lineAndCharacter(ofOffset: o, in: doc.bytes, encoding: .utf32)
      let clamped = max(0, min(o, doc.bytes.count))
      #expect(
        cursor.position(of: o) == SourcePosition(line: want.line + 1, column: want.character + 1, offset: clamped))
    }
  }

  @Test func columnsOnALongLineWithManyFindings() throws {
    // One pasted line: 2,000 half-width commas, each after a 𠮷 (two UTF-16 units).
    let text = String(repeating: "𠮷,", count: 2000)
    let found = try findings("punct-halfwidth-in-cjk", text)
    #expect(found.count == 2000)
    let doc = Document(text: text)
    let columns = found.map { doc.position(ofOffset: $0.range.lowerBound).column }
    let expected = (0..<2000).map { 2 * $0 + 2 }
    let firstDifference = zip(columns, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    #expect(columns.count == expected.count && firstDifference == nil)
    #expect(doc.lineAndCharacter(ofOffset: found[1999].range.upperBound, encoding: .utf16) == (0, 6000))
  }

  /// The suppression rule as it was written first: every directive, in order, for every finding.
  func suppressedByScan(_ items: [Directives.Directive], rule: String, offset: Int, line: Int) -> Bool {
    var disabled = false
    for d in items where d.rules.isEmpty || d.rules.contains(rule) {
      switch d.kind {
      case .disableNextLine: if line == d.line + 1 { return true }
      case .disable: if d.range.upperBound <= offset { disabled = true }
      case .enable: if d.range.upperBound <= offset { disabled = false }
      }
    }
    return disabled
  }

  @Test func suppressionIndexAnswersLikeTheScan() {
    var rng = Rng(state: 5)
    let kinds = ["disable", "enable", "disable-next-line"]
    let rules = ["", " space-cjk", " punct-doubled", " space-cjk,punct-doubled", " space-cjk space-cjk"]
    for _ in 0..<20 {
      var text = ""
      for _ in 0..<40 {
        if rng.next(2) == 0 {
          text += "<!-- copydesk-\(kinds[rng.next(3)])\(rules[rng.next(rules.count)]) -->"
        }
        text += rng.next(3) == 0 ? "\n" : "意见 建议"
      }
      let doc = Document(text: text)
      for offset in 0...doc.bytes.count {
        let line = doc.lineIndex(ofOffset: offset)
        for rule in ["space-cjk", "punct-doubled", "word-typo"] {
          #expect(
            doc.directives.suppresses(rule: rule, offset: offset, line: line)
              == suppressedByScan(doc.directives.items, rule: rule, offset: offset, line: line))
        }
      }
    }
  }

  @Test func laterDirectiveWinsWhetherForAllRulesOrOne() throws {
    let text = """
      <!-- copydesk-disable -->
      意见 建议
      <!-- copydesk-enable space-cjk -->
      意见 建议
      <!-- copydesk-enable -->
      <!-- copydesk-disable space-cjk -->
      意见 建议
      """
    let doc = Document(text: text)
    let lines = try linter(only: "space-cjk").lint(doc).map { doc.position(ofOffset: $0.range.lowerBound).line }
    #expect(lines == [4])
  }

  @Test func supersededFindingsAreDroppedAsByComparingEveryPair() {
    // punct-halfwidth-in-cjk supersedes space rules; "space-duplicate" supersedes the single-space rules.
    guard let (winner, victims) = RuleRegistry.supersedes.first(where: { !$0.value.isEmpty }) else {
      Issue.record("no rule supersedes another")
      return
    }
    let victim = victims[0]
    var rng = Rng(state: 9)
    for _ in 0..<200 {
      var ds: [Diagnostic] = []
      for _ in 0..<12 {
        let lo = rng.next(30)
        let r = lo..<(lo + rng.next(4))
        ds.append(
          Diagnostic(
            rule: rng.next(2) == 0 ? winner : victim, severity: .error, message: Message(zh: "", en: ""), range: r))
      }
      let covering = ds.filter { $0.rule == winner }.map(\.range)
      let expected = ds.filter { d in
        d.rule != victim
          || !covering.contains { r in r.overlaps(d.range) || (r.isEmpty && d.range.contains(r.lowerBound)) }
      }
      #expect(Linter.dropSuperseded(ds) == expected)
    }
  }
}
