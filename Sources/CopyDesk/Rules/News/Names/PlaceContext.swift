/// The places an article names as the seat of a body, by level: `陕西省委书记` (陕西省), `海淀区委常委会` (海淀区),
/// `通州区区长` (通州区), `北京市政府` (北京市). National and provincial copy names the place once and then writes
/// relative organisations — `陕西省委书记邢志华，省委副书记、省长邝建国`, `海淀区委常委会召开会议。区委书记孟庆丰…` — so
/// a relative organisation (省委, 区委, a 区长 without a district) is its level's place when the article names exactly
/// one place of that level. A roundup of several districts resolves nothing.
struct PlaceContext {
  /// The levels a relative organisation opens with (区委, 市政府, 省长, 县委).
  static let levels: Set<Character> = ["省", "市", "区", "县"]
  private static let levelScalars: Set<UInt32> = Set("省市区县".unicodeScalars.map(\.value))
  /// What follows a place that is the seat of a body: `海淀区委`, `陕西省人大`, `北京市政府`, `密云县总工会`.
  private static let bodies: [[UInt32]] = ["委", "人大", "政协", "人民政府", "政府", "纪委", "监委", "总工会", "党委", "党工委"]
    .map { $0.unicodeScalars.map(\.value) }

  /// Level → the one place of that level, or nil when the article names none or several.
  private var only: [Character: String] = [:]

  init(_ t: ArticleText, _ lex: NameLexicon) {
    var found: [Character: [String]] = [:]
    for k in 0..<t.count where Self.levelScalars.contains(t.s[k]) {
      let q = k + 1
      let seat = Self.bodies.contains { t.has($0, at: q) } || lex.grammar.bases.longest(in: t.s, at: q) > 0
      guard seat, let level = Unicode.Scalar(t.s[k]).map(Character.init) else { continue }
      // The name of the place: back over at most four characters, to punctuation, a word or character that ends
      // no place (`记者从海淀区`, `主持召开省委`), or another level (`北京市海淀区`).
      var a = k
      while a > 0, k - a < 4, t.isHan(a - 1), !Self.levelScalars.contains(t.s[a - 1]),
        !lex.neverLast.contains(t.s[a - 1]), lex.orgStop.longest(in: t.s, endingAt: a) == 0,
        lex.postName.longest(in: t.s, endingAt: a) < 2
      {
        a -= 1
      }
      guard a < k else { continue }
      var place = Substring(t.string(a..<(k + 1)))
      for p in ["中国共产党", "中共"] where place.hasPrefix(p) && place.count > p.count + 1 {
        place = place.dropFirst(p.count)
      }
      found[level, default: []].append(String(place))
    }
    for (level, names) in found {
      // One place written longer or shorter (`赣州市` / `中共赣州市`) is still one place.
      let shortest = names.min { $0.count < $1.count }!
      if names.allSatisfy({ $0.hasSuffix(shortest) }) { only[level] = shortest }
    }
  }

  /// The one place of `level` the article names, or nil.
  func only(_ level: Character) -> String? { only[level] }
}
