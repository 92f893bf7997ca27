/// Where a name ends. Chinese has no spaces: after `副主席` the name may be two characters (`张良一行`) or three
/// (`张晓兰来到`). The evidence, in order: a character that never ends a name (`李伟等`), the house register,
/// what follows each reading (punctuation, a title, a word like 表示 or 一行), and the same name elsewhere in the
/// article (`张良指出`). Surnames that also open everyday words (高度, 关于) need a clear boundary or a recurrence.
struct NameBoundaries {
  let t: ArticleText
  let lex: NameLexicon
  let registerNames: Set<String>
  let grams: GramIndex

  init(t: ArticleText, lex: NameLexicon, registerNames: Set<String>) {
    self.t = t
    self.lex = lex
    self.registerNames = registerNames
    grams = GramIndex(t)
  }

  /// Characters that end an organisation's name; a name never ends with one (`海淀区`, `交通局`).
  static let orgEndings: Set<UInt32> = Set("区县镇乡村市省局会委部厅院所站科处司署馆社台厂团队组办".unicodeScalars.map(\.value))

  /// Function words that end no name even before punctuation (`王强、李伟等，`).
  static let hardFunctionWords: Set<UInt32> = Set("等的了着过们和与及或并说是在被把将也都还就又再很最不没".unicodeScalars.map(\.value))

  /// Characters that end a place name; no name ends with one (`阳镇`).
  static let placeEndings: Set<UInt32> = Set("区县镇乡村省".unicodeScalars.map(\.value))

  /// How clearly a name would end right before `q`: 3 for punctuation, a title or a multi-character word that
  /// follows names (表示, 一行), 2 for a character that never ends a name (等, 在), else 0.
  func strength(after q: Int) -> Int {
    guard q < t.count, CharClass.isHan(t.s[q]) else { return 3 }
    if startsTitle(at: q) || lex.postName.longest(in: t.s, at: q) >= 2 { return 3 }
    return lex.neverLast.contains(t.s[q]) ? 2 : 0
  }

  /// Whether a title (with its modifiers or 副) starts at `q`.
  func startsTitle(at q: Int) -> Bool {
    let g = lex.grammar
    if g.bases.longest(in: t.s, at: q) > 0 { return true }
    var k = q
    let m = g.modifiers.longest(in: t.s, at: k)
    if m > 0 { k += m }
    if k < t.count && t.s[k] == TitleGrammar.deputy { k += 1 }
    return k > q && g.bases.longest(in: t.s, at: k) > 0
  }

  /// Rejects readings that are words, not names: 高度重视, 区委书记, 向记者介绍, 张某. `strict` (a name found
  /// without a title before it) also rejects readings that end like an organisation (海淀区, 交通局).
  func isPlausible(_ r: Range<Int>, surname: Int, strict: Bool = false) -> Bool {
    guard r.upperBound <= t.count, r.allSatisfy({ t.isHan($0) }) else { return false }
    if lex.notNames.longest(in: t.s, at: r.lowerBound) >= 2 { return false }
    let given = (r.lowerBound + surname)..<r.upperBound
    if given.isEmpty || t.s[given.lowerBound] == 0x67D0 { return false }  // 张某, 张某某: anonymised
    if given.count == 2 && lex.givenStop.contains(t.s[given]) { return false }
    if startsTitle(at: r.lowerBound) || startsTitle(at: given.lowerBound) { return false }
    // 向政协委员, 房山区长阳镇总工会: an organisation's name inside or right after the reading.
    for k in given where lex.orgSuffixes.longest(in: t.s, at: k) >= 2 { return false }
    // 苏丹武装部队, 韩国总统: a country is not a person unless a title stands before it (市政协副主席苏丹丹).
    if strict && lex.places.longest(in: t.s, at: r.lowerBound) > 0 { return false }
    // 成长为技师: without a title before it, a surname that opens everyday words opening a verb or adverb is that word.
    if strict && surname == 1 && lex.isWeakSurname(t.s[r.lowerBound..<(r.lowerBound + 1)])
      && lex.postName.longest(in: t.s, at: r.lowerBound) == 2
    {
      return false
    }
    if lex.orgSuffixes.longest(in: t.s, at: r.upperBound) >= 2 || Self.placeEndings.contains(t.s[r.upperBound - 1]) {
      return false
    }
    return !(strict && Self.orgEndings.contains(t.s[r.upperBound - 1]))
  }

  /// Other places the reading `r` occurs followed by a boundary of at least `minStrength`.
  func recurrences(_ r: Range<Int>, minStrength: Int) -> Int {
    grams.occurrences(of: r).filter { $0 != r.lowerBound && strength(after: $0 + r.count) >= minStrength }.count
  }

  /// The name that starts at `p` (after a title), or nil.
  func name(at p: Int) -> Range<Int>? {
    if let f = foreignName(at: p) { return f }
    let sl = lex.surnameLength(in: t.s, at: p)
    guard sl > 0 else { return nil }
    let short = p..<(p + sl + 1)
    let long = p..<(p + sl + 2)
    guard isPlausible(short, surname: sl) else { return nil }
    let last = long.upperBound <= t.count ? t.s[long.upperBound - 1] : 0
    // `张茹先，`: before punctuation only the commonest function words (等, 的, 说…) rule a reading out.
    let beforePunctuation = long.upperBound < t.count && !t.isHan(long.upperBound)
    // `戴清和出席会议`: 和 before a word that follows names ends the name (和出席 is no phrase) — unless 的 follows in
    // the clause, which makes it a phrase after all (`王伟和参加培训的学员交流`).
    let givenHe =
      last == 0x548C && lex.postName.longest(in: t.s, at: long.upperBound) >= 2 && !clauseHasDe(after: long.upperBound)
    let longOK =
      isPlausible(long, surname: sl)
      && (givenHe || !(lex.neverLast.contains(last) && (!beforePunctuation || Self.hardFunctionWords.contains(last))))
    var chosen = short
    if longOK {
      let a2 = strength(after: short.upperBound)
      let a3 = strength(after: long.upperBound)
      if registerNames.contains(t.string(long)) {
        chosen = long
      } else if registerNames.contains(t.string(short)) {
        chosen = short
      } else if a2 >= 3 && a3 < 3 {
        chosen = short
      } else if a3 >= 3 && a2 < 3 {
        chosen = long
      } else if recurrences(long, minStrength: 2) > 0 {
        chosen = long
      } else if recurrences(short, minStrength: 3) > 0 {
        chosen = short
      } else if a2 == a3 && !lex.givenLast.isEmpty && !lex.givenLast.contains(last) {
        chosen = short  // `方强专程…`: no three-character name ends in 专
      } else {
        chosen = a2 > a3 ? short : long
      }
    }
    if lex.isWeakSurname(t.s[p..<(p + sl)]) && strength(after: chosen.upperBound) < 2
      && recurrences(chosen, minStrength: 0) == 0 && !registerNames.contains(t.string(chosen))
    {
      return nil
    }
    return chosen
  }

  /// Whether 的 comes before the end of the clause that starts at `q`.
  func clauseHasDe(after q: Int) -> Bool {
    var k = q
    while k < t.count && t.isHan(k) {
      if t.s[k] == 0x7684 { return true }
      k += 1
    }
    return false
  }

  /// Middle dots of transliterated names: 马丁·奥尔森 (U+00B7, and the katakana and hyphenation points PDFs give).
  static let dots: Set<UInt32> = [0xB7, 0x30FB, 0x2027]

  /// Function words that end a transliterated name (`奥尔森等到机场迎接`, `彼得·韦伯率领`); the longer list of
  /// characters that end no Chinese name is not used, as transliterations are made of them (迪亚拉, 诺拉).
  static let foreignEnds: Set<UInt32> = hardFunctionWords.union("率于向对从已今昨".unicodeScalars.map(\.value))

  /// A transliterated name at `p` (after a title): parts of at most seven Han characters joined by middle dots
  /// (马丁·奥尔森, 宋赛·西潘敦), the last part ending at punctuation, a title, a word that follows names or a
  /// function word (`马克·温特将于`, `阿兹兰·哈米德举行会谈`).
  func foreignName(at p: Int) -> Range<Int>? {
    // The first part: at most five characters and no title in it (`副首相兼外交大臣马克·温特` is 马克·温特).
    var k = p
    while k < t.count && t.isHan(k) && k - p < 6 {
      if k > p && startsTitle(at: k) { return nil }
      k += 1
    }
    guard k > p, k < t.count, Self.dots.contains(t.s[k]) else { return nil }
    while k < t.count && Self.dots.contains(t.s[k]) {
      let start = k + 1
      var e = start
      while e < t.count && t.isHan(e) && e - start < 7 {
        if e > start
          && (startsTitle(at: e) || lex.postName.longest(in: t.s, at: e) >= 2
            || Self.foreignEnds.contains(t.s[e]))
        {
          break
        }
        e += 1
      }
      guard e > start else { return nil }
      k = e
    }
    return p..<k
  }

  /// The name written right before a title at `titleStart` (`王强局长`, `经开区管委会石威副主任`), or nil.
  /// The name must start after punctuation, an organisation's name, a title or a word like 与/由.
  func name(before titleStart: Int, titleEnds: Set<Int>) -> Range<Int>? {
    for length in 2...4 {
      let a = titleStart - length
      guard a >= 0 else { break }
      let sl = lex.surnameLength(in: t.s, at: a)
      guard sl > 0, (1...2).contains(length - sl) else { continue }
      let r = a..<titleStart
      guard isPlausible(r, surname: sl, strict: true), !lex.neverLast.contains(t.s[r.upperBound - 1]) else { continue }
      let leftOK =
        a == 0 || !t.isHan(a - 1) || lex.preName.contains(t.s[a - 1]) || titleEnds.contains(a)
        || lex.orgSuffixes.longest(in: t.s, endingAt: a) > 0
      if leftOK { return r }
    }
    return nil
  }

  /// Whether the name ending at `end` is part of something named after the person (`张良工作室`,
  /// `高凤林大师劳模创新工作室`): an eponym ending within a few characters, with no verb between.
  func isEponym(after end: Int) -> Bool {
    var j = end
    while j < t.count && t.isHan(j) && j - end <= 10 {
      if lex.eponym.longest(in: t.s, at: j) > 0 { return true }
      if lex.neverLast.contains(t.s[j]) || lex.postName.longest(in: t.s, at: j) >= 2 { return false }
      j += 1
    }
    return false
  }
}

/// Where a string of two to four Han characters recurs in an article. The first lookups scan the text (a page has a
/// handful); once the scans add up to a few readings of the article, it is indexed, so that an article with 10,000
/// names is read a bounded number of times, not 10,000.
final class GramIndex {
  private let t: ArticleText
  private var positions: Positions?
  /// Scalars scanned so far without the index.
  private var scanned = 0

  init(_ t: ArticleText) { self.t = t }

  /// FNV-1a over the scalars, with the length mixed in last, so that `build` extends one hash from 2 to 4 scalars.
  private static func key(_ s: ArraySlice<UInt32>) -> UInt64 {
    var h = basis
    for u in s { h = step(h, u) }
    return h ^ UInt64(s.count) << 56
  }

  private static let basis: UInt64 = 0xCBF2_9CE4_8422_2325
  @inline(__always) private static func step(_ h: UInt64, _ u: UInt32) -> UInt64 { (h ^ UInt64(u)) &* 0x100_0000_01B3 }

  /// Every start of the text of `r` in the article, `r` included.
  func occurrences(of r: Range<Int>) -> [Int] {
    guard (2...4).contains(r.count), r.upperBound <= t.count else { return [] }
    let w = t.s[r]
    if positions == nil && scanned < 8 * t.count {
      scanned += t.count
      var out: [Int] = []
      var k = 0
      while k + w.count <= t.count {
        if t.s[k] == w.first! && t.s[k..<(k + w.count)].elementsEqual(w) { out.append(k) }
        k += 1
      }
      return out
    }
    if positions == nil { positions = build() }
    // Keys are hashes: each position is checked against the text.
    return positions!.starts(of: Self.key(w)).filter { t.s[$0..<($0 + r.count)].elementsEqual(w) }
  }

  /// The starts of each hashed 2- to 4-character Han gram, in one open-addressed table whose slots head chains of
  /// entries: built in one pass with four flat arrays. A dictionary of arrays (one allocation per distinct gram)
  /// cost a third of the names pass on long articles, building and freeing it (issue 18, callgrind).
  struct Positions {
    var slotKeys: [UInt64]
    /// Per slot: its last entry, or -1 for an empty slot.
    var heads: [Int32]
    /// Per entry: its start and the entry before it with the same key (-1: none).
    var starts: [Int32] = []
    var next: [Int32] = []

    init(capacity: Int) {
      var size = 16
      while size < 2 * capacity { size <<= 1 }
      slotKeys = [UInt64](repeating: 0, count: size)
      heads = [Int32](repeating: -1, count: size)
      starts.reserveCapacity(capacity)
      next.reserveCapacity(capacity)
    }

    private func slot(_ key: UInt64) -> Int {
      let mask = heads.count - 1
      var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
      while heads[i] >= 0 && slotKeys[i] != key { i = (i + 1) & mask }
      return i
    }

    mutating func add(_ key: UInt64, _ start: Int) {
      let i = slot(key)
      slotKeys[i] = key
      next.append(heads[i])
      heads[i] = Int32(starts.count)
      starts.append(Int32(start))
    }

    /// The starts with this key, ascending.
    func starts(of key: UInt64) -> [Int] {
      var out: [Int] = []
      var e = heads[slot(key)]
      while e >= 0 {
        out.append(Int(starts[Int(e)]))
        e = next[Int(e)]
      }
      return out.reversed()
    }
  }

  private func build() -> Positions {
    var out = Positions(capacity: 3 * t.count)
    for k in 0..<t.count where t.isHan(k) {
      var h = Self.step(Self.basis, t.s[k])
      for n in 2...4 {
        guard k + n <= t.count, t.isHan(k + n - 1) else { break }
        h = Self.step(h, t.s[k + n - 1])
        out.add(h ^ UInt64(n) << 56, k)
      }
    }
    return out
  }
}
