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
  /// The bytes of the text the correction rewrites into `word` (布署 for 布 → 部), for the message.
  public var span: Range<Int>? = nil
}

/// The two typo checks as pure functions over a segmented run of Han characters.
public struct TypoDetector: Sendable {
  public let lexicon: Lexicon
  public let confusables: Confusables
  /// Characters that open a Chinese name (王, 李, 刘…): a two-character fragment starting with one is taken for a
  /// name (刘芳, 费立鹏), never corrected into a word (流芳, 李鹏).
  public let surnames: Set<UInt32>
  /// Words that end an organisation's name (公司, 集团, 委员会; `rules/names/orgs.txt`): two unknown characters
  /// shortly before one are a brand (美国伟达国际公关公司), not a typo for 伟大.
  public let orgEndings: [[UInt32]]

  public init(lexicon: Lexicon, confusables: Confusables, surnames: Set<UInt32>, orgEndings: [[UInt32]] = []) {
    self.lexicon = lexicon
    self.confusables = confusables
    self.surnames = surnames
    self.orgEndings = orgEndings
  }

  /// Particles that double legitimately after a word (死心塌地地承认, 目的的确): the function-word list of
  /// `word-dup-char` decides those.
  static let particles: Set<UInt32> = Set("的地得了着过们".unicodeScalars.map(\.value))
  static let yi: UInt32 = 0x4E00
  static let negations: Set<UInt32> = Set("不没".unicodeScalars.map(\.value))
  /// A unit and its head or member: 运维班|班长, 攻坚组|组长, 三连|连长 — the unit's name the lexicon lacks ends in
  /// the character the title starts with.
  static let units: Set<UInt32> = Set("班组队科处局所站院部厂村校社馆室团会委区县镇乡市省司署台办系连排营师军".unicodeScalars.map(\.value))
  static let unitRoles: Set<UInt32> = Set("长员".unicodeScalars.map(\.value))

  /// A word this frequent or more is trusted to end or start where the segmentation says (深入 4933, 全面 ≥ 50).
  static let trustedFrequency = 50

  /// `XY|Y` (深入入推进) or `Y|YZ` (落落实): a character doubled next to a word, where dropping one copy leaves
  /// that word, the pair `YY` is no word (常常, 深深) and the lone copy starts or ends no word of its own
  /// (学习|习近平, 推进|进程, 提高|高校).
  public func doubled(in seg: WordSegmentation, run r: Int) -> [TypoFinding] {
    let run = seg.runs[r]
    let s = seg.scalars
    let (lo, hi) = (run.scalars.lowerBound, run.scalars.upperBound)
    var out: [TypoFinding] = []
    guard hi - lo >= 2 else { return out }
    for i in lo..<(hi - 1) where s[i] == s[i + 1] && !Self.particles.contains(s[i]) {
      if i + 2 < hi && s[i + 2] == s[i] { continue }
      if i > lo && s[i - 1] == s[i] { continue }
      // AABB (认认真真), ABB after a doubled pair, and 一 + a doubled measure word (一天天, 一幅幅).
      if i + 3 < hi && s[i + 2] == s[i + 3] { continue }
      if i >= lo + 2 && s[i - 2] == s[i - 1] { continue }
      if i > lo && s[i - 1] == Self.yi { continue }
      // A-not-A questions: 技能|能不能 得到认可 is 技能 + 能不能, not a doubled 能.
      if i + 3 < hi && Self.negations.contains(s[i + 2]) && s[i + 3] == s[i] { continue }
      let ti = seg.token(at: i)
      let tj = seg.token(at: i + 1)
      if ti == tj || lexicon.word(s[i..<(i + 2)]).exists { continue }
      let left = seg.tokenRange(ti)
      let right = seg.tokenRange(tj)
      // A stray copy at a line break may be the first half of a word the next line ends (PDF copy:
      // 北京市职工技术协会会⏎长周振宇 is 协会|会长), or the second half of one the line before began.
      if left.count >= 2, right.count == 1, trusted(seg.tokenWords[ti]), !wordStarts(at: i + 1, before: hi, seg),
        i + 2 < hi || !Self.breaksLine(after: run, seg)
      {
        out.append(
          TypoFinding(
            kind: .doubled, range: seg.byteOffset(left.lowerBound, in: run)..<seg.byteOffset(i + 2, in: run),
            replacement: seg.text(left.lowerBound, i + 1, in: run), word: seg.text(left.lowerBound, i + 1, in: run),
            score: 0))
      } else if right.count >= 2, left.count == 1, trusted(seg.tokenWords[tj]), !wordEnds(at: i + 1, after: lo, seg),
        left.lowerBound == lo || seg.tokenRange(ti - 1).count == 1, i > lo || !Self.breaksLine(before: run, seg),
        !(Self.units.contains(s[i]) && Self.unitRoles.contains(s[i + 2]))
      {
        // Y|YZ only after a single character or the run's start (要落落实): after a word, `XY` may be a compound
        // the lexicon lacks (索道站|站长, 该年|年底).
        out.append(
          TypoFinding(
            kind: .doubled, range: seg.byteOffset(i, in: run)..<seg.byteOffset(right.upperBound, in: run),
            replacement: seg.text(i + 1, right.upperBound, in: run), word: seg.text(i + 1, right.upperBound, in: run),
            score: 0))
      }
    }
    return out
  }

  /// Whether white space (a wrapped line) follows the run.
  static func breaksLine(after run: WordSegmentation.Run, _ seg: WordSegmentation) -> Bool {
    let e = run.bytes.upperBound
    return e < seg.documentBytes.count && isBreak(seg.documentBytes[e])
  }

  /// Whether white space (a wrapped line) precedes the run.
  static func breaksLine(before run: WordSegmentation.Run, _ seg: WordSegmentation) -> Bool {
    let b = run.bytes.lowerBound
    return b > 0 && isBreak(seg.documentBytes[b - 1])
  }

  private static func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D || byte == 0x20 || byte == 0x09 }

  private func trusted(_ w: PackedWord) -> Bool {
    w.kinds.contains(.word) && !w.kinds.contains(.person) && w.frequency >= Self.trustedFrequency
  }

  /// Whether some word of two or more characters starts at character `a` (and ends by `end`).
  private func wordStarts(at a: Int, before end: Int, _ seg: WordSegmentation) -> Bool {
    var c = lexicon.root
    var j = a
    while j < min(end, a + PackedTrie.maxWordLength) {
      c = lexicon.step(c, seg.scalars[j])
      if c.isDead { return false }
      j += 1
      if j - a >= 2 && lexicon.word(c).exists { return true }
    }
    return false
  }

  /// Whether some word of two or more characters ends right before character `end` (and starts at `start` or later).
  private func wordEnds(at end: Int, after start: Int, _ seg: WordSegmentation) -> Bool {
    for a in max(start, end - PackedTrie.maxWordLength)..<max(start, end - 1)
    where lexicon.word(seg.scalars[a..<end]).exists {
      return true
    }
    return false
  }

  /// The two characters `a`, `a+1` are lone tokens, the typo among them, with a word, punctuation or the run's
  /// edge on each side, and the first is no surname.
  func twoCharacterFragment(_ a: Int, _ b: Int, _ lo: Int, _ hi: Int, _ seg: WordSegmentation) -> Bool {
    guard seg.isLone(a), seg.isLone(a + 1), !surnames.contains(seg.scalars[a]) else { return false }
    if a > lo && seg.isLone(a - 1) { return false }
    if b < hi && seg.isLone(b) { return false }
    return true
  }
}
