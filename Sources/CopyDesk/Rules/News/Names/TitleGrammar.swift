/// A title as printed: [former marker] [modifiers] [副] BASE — `原党组副书记`, `常务副主席`, `兼职副主席`, `区长`.
struct TitleHit: Sendable {
  /// Scalar indices: the whole title, and where its base starts.
  var start: Int
  var end: Int
  var baseStart: Int
  var info: TitleInfo
  var base: String
  var deputy: Bool
  var former: Bool
  /// 党组, 党委, 党支部…: part of the organisation when titles are compared (北京市总工会党组 + 书记).
  var partyOrgan: String?
  /// The title without former marker and party organ: 书记, 副书记, 常务副主席.
  var rank: String

  /// A member-type title (委员, 常委, 成员) or a deputy never has a single holder.
  var isExclusive: Bool { info.exclusive && !deputy && !former && info.kind == .official }

  /// Whether `other` names the same post, perhaps shortened (常务副主席 → 副主席): same base, same deputy rank.
  func sameRank(as other: TitleHit) -> Bool { base == other.base && deputy == other.deputy }

  /// Two forms that cannot both be right for one person in one organisation: 主席 / 副主席, 书记 / 副书记,
  /// and the rungs of a party organ (党组书记 / 党组成员), where 常委 and 委员 (成员) do not exclude each other.
  func isRival(of other: TitleHit) -> Bool {
    if sameRank(as: other) || former || other.former { return false }
    if base == other.base { return true }
    guard info.ladder && other.info.ladder else { return false }
    let leading: Set<String> = ["书记"]
    return leading.contains(base) || leading.contains(other.base)
  }
}

/// Finds titles in text and parses title strings, from the lexicon's base titles, modifiers and former markers.
struct TitleGrammar: Sendable {
  let titles: [[UInt32]: TitleInfo]
  /// Base titles as strings, made once (hits are many: 职工 and 主任 recur on every page).
  let baseNames: [[UInt32]: String]
  let bases: ScalarSet
  let modifiers: ScalarSet
  let former: ScalarSet
  static let deputy = UInt32(0x526F)  // 副
  /// A base followed by one of these is part of another word: 委员会, 常委会, 书记处, 主席团, 主任办公室, 成员国.
  static let orgContinuations: Set<UInt32> = Set("会处团室办国".unicodeScalars.map(\.value))
  /// Verbs that open with one of those: a base before them is a title (市长会见, 局长会晤).
  static let meetingVerbs = ScalarSet(["会见", "会晤", "会谈"])

  init(titles: [[UInt32]: TitleInfo], modifiers: ScalarSet, former: ScalarSet) {
    self.titles = titles
    self.bases = ScalarSet(keys: Array(titles.keys))
    self.baseNames = Dictionary(uniqueKeysWithValues: titles.keys.map { ($0, Self.string($0[...])) })
    self.modifiers = modifiers
    self.former = former
  }

  /// Every title in `s`, left to right, without overlaps.
  func hits(in s: [UInt32]) -> [TitleHit] {
    var out: [TitleHit] = []
    var i = 0
    var floor = 0
    while i < s.count {
      let n = bases.longest(in: s, at: i)
      guard n > 0 else {
        i += 1
        continue
      }
      let e = i + n
      if e < s.count && Self.orgContinuations.contains(s[e]) && Self.meetingVerbs.longest(in: s, at: e) == 0 {
        i = e
        continue
      }
      out.append(extend(s, baseStart: i, end: e, floor: floor))
      floor = e
      i = e
    }
    return out
  }

  /// Extends the base at `b..<e` leftwards over 副, modifiers and one former marker, never before `floor`.
  func extend(_ s: [UInt32], baseStart b: Int, end e: Int, floor: Int) -> TitleHit {
    let base = Array(s[b..<e])
    var start = b
    var deputy = false
    var party: String?
    var rankStart = b
    if start > floor && s[start - 1] == Self.deputy {
      deputy = true
      start -= 1
      rankStart = start
    }
    while start > floor {
      let m = modifiers.longest(in: s, endingAt: start)
      guard m > 0 && start - m >= floor else { break }
      let word = Self.string(s[(start - m)..<start])
      start -= m
      if NameLexicon.partyOrgans.contains(word) {
        party = word
        break  // a party organ is the outermost modifier: 党组 + 副书记
      }
      rankStart = start
      if !deputy && start > floor && s[start - 1] == Self.deputy {
        deputy = true
        start -= 1
        rankStart = start
      }
    }
    var isFormer = false
    let f = former.longest(in: s, endingAt: start)
    if f > 0 && start - f >= floor {
      isFormer = true
      start -= f
    }
    // The rank skips the former marker and the party organ, which sit at the left: 原党组副书记 → 副书记.
    let baseName = baseNames[base] ?? Self.string(base[...])
    return TitleHit(
      start: start, end: e, baseStart: b, info: titles[base] ?? TitleInfo(), base: baseName, deputy: deputy,
      former: isFormer, partyOrgan: party, rank: rankStart == b ? baseName : Self.string(s[rankStart..<e]))
  }

  /// Parses a whole string as one title (`党组副书记`), or nil when it is not one.
  func parse(_ title: String) -> TitleHit? {
    let s = title.unicodeScalars.map(\.value)
    guard !s.isEmpty else { return nil }
    // The base is the longest lexicon title that ends the string.
    var b = 0
    while b < s.count {
      if titles[Array(s[b...])] != nil { break }
      b += 1
    }
    guard b < s.count else { return nil }
    let hit = extend(s, baseStart: b, end: s.count, floor: 0)
    return hit.start == 0 ? hit : nil
  }

  /// The text of scalars, encoded to UTF-8 directly (this runs for every title and name of every article).
  static func string(_ s: ArraySlice<UInt32>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(s.count * 3)
    for u in s {
      switch u {
      case 0..<0x80: bytes.append(UInt8(u))
      case 0x80..<0x800: bytes += [UInt8(0xC0 | u >> 6), UInt8(0x80 | u & 0x3F)]
      case 0x800..<0x10000: bytes += [UInt8(0xE0 | u >> 12), UInt8(0x80 | u >> 6 & 0x3F), UInt8(0x80 | u & 0x3F)]
      default:
        bytes += [
          UInt8(0xF0 | u >> 18), UInt8(0x80 | u >> 12 & 0x3F), UInt8(0x80 | u >> 6 & 0x3F), UInt8(0x80 | u & 0x3F),
        ]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
