/// What the text around a suspected non-word typo says about it. jieba's dictionary lacks most names, brands,
/// plant and product names; two characters it cannot join are as often one of those as a typo. Each test below
/// comes from a false alarm on correct copy (FCGEC, the evaluation articles), and none loses a natural typo of the
/// fixture.
extension TypoDetector {
  /// Characters a word for a person's role ends in (主持人, 记者, 演员, 歌手, 教练员, 医生, 画家, 检察官).
  static let roleEndings: Set<UInt32> = Set("人员者家师手长生官".unicodeScalars.map(\.value))
  static let enumerationComma: [UInt8] = [0xE3, 0x80, 0x81]  // 、

  /// Whether the two characters `a..<b` of run `r` read as a name rather than a typo:
  /// - an item of an enumeration (园林专家指出，海芋、马蹄莲等植物: 海芋 is a plant, not 海域);
  /// - right after a role (主持人海霞亮相: a presenter's name, not 海峡);
  /// - shortly before an organisation's ending (美国伟达国际公关公司: a firm, not 伟大).
  func looksLikeName(_ a: Int, _ b: Int, _ r: Int, _ seg: WordSegmentation) -> Bool {
    let run = seg.runs[r]
    let (lo, hi) = (run.scalars.lowerBound, run.scalars.upperBound)
    let bytes = seg.documentBytes
    if a == lo, run.bytes.lowerBound >= 3,
      bytes[(run.bytes.lowerBound - 3)..<run.bytes.lowerBound].elementsEqual(Self.enumerationComma)
    {
      return true
    }
    if b == hi, run.bytes.upperBound + 3 <= bytes.count,
      bytes[run.bytes.upperBound..<(run.bytes.upperBound + 3)].elementsEqual(Self.enumerationComma)
    {
      return true
    }
    if a > lo {
      let before = seg.tokenRange(seg.token(at: a - 1))
      if before.count >= 2 && Self.roleEndings.contains(seg.scalars[a - 1]) { return true }
    }
    let after = seg.scalars[b..<min(hi, b + 8)]
    for ending in orgEndings where after.count >= ending.count {
      if after.indices.contains(where: { k in
        k + ending.count <= after.endIndex && after[k..<(k + ending.count)].elementsEqual(ending)
      }) {
        return true
      }
    }
    return false
  }

  /// A frequent word the lexicon knows that a two- or three-character correction would rewrite: 降雪 in
  /// 累计降雪量为 (降雪量 is missing from the lexicon; 降雨量 is not a fix). Such a change swaps one real word for
  /// another, which a word-frequency model cannot judge. Four-character corrections are idioms whose whole shape
  /// decides (谈笑风声 → 谈笑风生, though 风声 is a word).
  func rewritesAWord(at i: Int, length: Int, _ seg: WordSegmentation) -> Bool {
    guard length < 4, !seg.isLone(i) else { return false }
    let w = seg.tokenWords[seg.token(at: i)]
    return w.kinds.contains(.word) && w.frequency >= Self.trustedFrequency
  }
}
