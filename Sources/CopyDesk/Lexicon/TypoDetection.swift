import Foundation

/// A suspected typo: the bytes to replace, the replacement, and the word it makes.
public struct TypoFinding: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    /// 深入入推进 → 深入推进.
    case doubled
    /// 按装 → 安装, 再接再励 → 再接再厉.
    case nonword
  }
  public var kind: Kind
  public var range: Range<Int>
  public var replacement: String
  /// The word the correction makes (深入, 安装), for the message.
  public var word: String
  /// How much more probable the corrected text is (natural log), for ranking.
  public var score: Double
}

/// The two typo checks as pure functions over a segmented run of Han characters.
public struct TypoDetector: Sendable {
  public let lexicon: Lexicon
  public let confusables: Confusables
  /// Characters that open a Chinese name (王, 李, 刘…): a two-character fragment starting with one is taken for a
  /// name (刘芳, 费立鹏), never corrected into a word (流芳, 李鹏).
  public let surnames: Set<UInt32>

  public init(lexicon: Lexicon, confusables: Confusables, surnames: Set<UInt32>) {
    self.lexicon = lexicon
    self.confusables = confusables
    self.surnames = surnames
  }

  /// Particles that double legitimately after a word (死心塌地地承认, 目的的确): the function-word list of
  /// `word-dup-char` decides those.
  static let particles: Set<UInt32> = Set("的地得了着过们".unicodeScalars.map(\.value))
  static let yi: UInt32 = 0x4E00

  /// A word this frequent or more is trusted to end or start where the segmentation says (深入 4933, 全面 ≥ 50).
  static let trustedFrequency = 50

  /// `XY|Y` (深入入推进) or `Y|YZ` (落落实): a character doubled next to a word, where dropping one copy leaves
  /// that word, the pair `YY` is no word (常常, 深深) and the lone copy starts or ends no word of its own
  /// (学习|习近平, 推进|进程, 提高|高校).
  public func doubled(in run: HanRun) -> [TypoFinding] {
    let s = run.scalars
    let n = s.count
    var out: [TypoFinding] = []
    guard n >= 2 else { return out }
    for i in 0..<(n - 1) where s[i] == s[i + 1] && !Self.particles.contains(s[i]) {
      if i + 2 < n && s[i + 2] == s[i] { continue }
      if i > 0 && s[i - 1] == s[i] { continue }
      // AABB (认认真真), ABB after a doubled pair, and 一 + a doubled measure word (一天天, 一幅幅).
      if i + 3 < n && s[i + 2] == s[i + 3] { continue }
      if i >= 2 && s[i - 2] == s[i - 1] { continue }
      if i >= 1 && s[i - 1] == Self.yi { continue }
      let ti = run.token(at: i)
      let tj = run.token(at: i + 1)
      if ti == tj || lexicon.contains(run.text(i, i + 2)) { continue }
      let left = run.tokenRange(ti)
      let right = run.tokenRange(tj)
      if left.count >= 2, right.count == 1, trusted(run.entries[ti]),
        !lexicon.words(startingAt: i + 1, in: run).contains(where: { $0.end >= i + 3 })
      {
        out.append(
          TypoFinding(
            kind: .doubled, range: run.byteOffset(left.lowerBound)..<run.byteOffset(i + 2),
            replacement: run.text(left.lowerBound, i + 1), word: run.text(left.lowerBound, i + 1), score: 0))
      } else if right.count >= 2, left.count == 1, trusted(run.entries[tj]), !wordEnds(at: i + 1, in: run),
        ti == 0 || run.tokenRange(ti - 1).count == 1
      {
        // Y|YZ only after a single character or the run's start (要落落实): after a word, `XY` may be a compound
        // the lexicon lacks (索道站|站长, 该年|年底).
        out.append(
          TypoFinding(
            kind: .doubled, range: run.byteOffset(i)..<run.byteOffset(right.upperBound),
            replacement: run.text(i + 1, right.upperBound), word: run.text(i + 1, right.upperBound), score: 0))
      }
    }
    return out
  }

  private func trusted(_ e: Lexicon.Entry?) -> Bool {
    guard let e else { return false }
    return e.kinds.contains(.word) && !e.kinds.contains(.person) && e.frequency >= Self.trustedFrequency
  }

  /// Whether some word of two or more characters ends right before scalar `end`.
  private func wordEnds(at end: Int, in run: HanRun) -> Bool {
    for a in max(0, end - WordTable.maxWordLength)..<(end - 1) {
      if lexicon.words(startingAt: a, in: run, limit: end - a).contains(where: { $0.end == end }) { return true }
    }
    return false
  }

  /// Minimum gain in log-probability for a correction: a 3- or 4-character word (an idiom: 再接再厉) against the
  /// pieces it replaces, and a two-character word, where chance matches are far more common.
  static let longGain = 8.0
  /// log-probability of the most frequent word (了, 883,634 of jieba's 60 million).
  static let bestLogProbability = log(883_634.0 / 60_101_967.0)
  static let shortGain = 10.0

  /// `word-nonword-typo`: one character whose same-sound or same-shape substitute turns a non-word fragment into a
  /// word of the lexicon that fits the words on both sides (its edges are word boundaries of the text).
  /// Two-character corrections need more: the fragment is exactly two lone characters between words or
  /// punctuation, not opening with a surname (`按装` → `安装`; not `刘芳` → `流芳`, not `发改委` → `改为`).
  public func nonword(in run: HanRun) -> [TypoFinding] {
    let s = run.scalars
    let n = s.count
    guard n >= 2 else { return [] }
    var isStart = [Bool](repeating: false, count: n + 1)
    for b in run.bounds { isStart[b] = true }
    var single = [Bool](repeating: false, count: n)
    var named = [Bool](repeating: false, count: n)
    for t in 0..<run.entries.count {
      let r = run.tokenRange(t)
      let k = run.entries[t]?.kinds ?? []
      for i in r {
        single[i] = r.count == 1
        named[i] = (k.contains(.person) || k.contains(.place)) && !k.contains(.word)
      }
    }
    var best: [TypoFinding] = []
    for i in 0..<n where !named[i] {
      let candidates = confusables.candidates(for: s[i])
      guard !candidates.isEmpty else { continue }
      var top: TypoFinding?
      for a in max(0, i - 3)...i where isStart[a] {
        // The longest window from `a` that ends on a boundary and holds no name.
        var maxEnd = i + 1
        while maxEnd < min(n, a + 4) && !named[maxEnd] { maxEnd += 1 }
        if (a..<i).contains(where: { named[$0] }) { continue }
        // The gain can only be reached if some word is frequent enough: most windows are made of common words
        // (的|是, 推进|工作) that no correction could beat, and are never searched.
        var widest = maxEnd
        while widest > i + 1 && !isStart[widest] { widest -= 1 }
        guard isStart[widest], Self.longGain + originalScore(a, widest, run) <= Self.bestLogProbability else {
          continue
        }
        lexicon.substitutions(in: run, at: i, from: a, maxEnd: maxEnd, candidates: candidates) { b, ci, e in
          guard isStart[b], b - a >= 2, e.kinds.contains(.word) else { return }
          if b - a == 2 && !twoCharacterFragment(a, b, i, run, single) { return }
          let gain = lexicon.logProbability(e.frequency) - originalScore(a, b, run)
          guard gain >= (b - a == 2 ? Self.shortGain : Self.longGain) else { return }
          if let t = top, t.score >= gain { return }
          if lexicon.contains(run.text(a, b)) { return }
          var w = String.UnicodeScalarView()
          for k in a..<b { w.append(Unicode.Scalar(k == i ? candidates[ci].scalar : s[k])!) }
          top = TypoFinding(
            kind: .nonword, range: run.byteOffset(i)..<run.byteOffset(i + 1),
            replacement: String(Unicode.Scalar(candidates[ci].scalar)!), word: String(w), score: gain)
        }
      }
      if let top { best.append(top) }
    }
    // Overlapping corrections: the most probable wins.
    var out: [TypoFinding] = []
    for f in best.sorted(by: { $0.score > $1.score }) where !out.contains(where: { $0.range.overlaps(f.range) }) {
      out.append(f)
    }
    return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  private func originalScore(_ a: Int, _ b: Int, _ run: HanRun) -> Double {
    var sum = 0.0
    for t in run.token(at: a)...run.token(at: b - 1) {
      sum += lexicon.logProbability(run.entries[t]?.frequency ?? 1)
    }
    return sum
  }

  /// The two characters `a`, `a+1` are lone tokens, the typo among them, with a word, punctuation or the run's
  /// edge on each side, and the first is no surname.
  private func twoCharacterFragment(_ a: Int, _ b: Int, _ i: Int, _ run: HanRun, _ single: [Bool]) -> Bool {
    guard single[a], single[a + 1], !surnames.contains(run.scalars[a]) else { return false }
    if a > 0 && single[a - 1] { return false }
    if b < run.count && single[b] { return false }
    return true
  }
}
