/// Recognisers for the fixed parts of a news page: 讯头/电头 (datelines) with bylines, and photo credits.
/// They recognise malformed forms too (`本报讯(记者白莹)`, `本报记者于佳摄`, `摄影：本报记者 于佳`), so that the zone is
/// known and the dedicated format rules, not generic punctuation rules, judge them.
enum NewsPatterns {
  static let wireAgencies = ["新华社", "中新社", "中新网", "人民网", "央视网", "光明网", "央广网", "国际在线", "新京报", "工人日报"]
  static let datelineInitials: Set<UInt32> = Set("本据新中人央光国工".unicodeScalars.map(\.value))
  /// First or last characters a credit can have (摄, 摄影报道, 供图, 新华社发, 资料图片, （…摄）, 摄影：, 图/).
  static let creditEdges: Set<UInt32> = Set("摄道图发片）".unicodeScalars.map(\.value))
  static let creditRoles = [
    "本报实习记者", "本报特约记者", "本报记者", "本报通讯员", "新华社记者", "中新社记者", "新华社特约记者", "人民视觉",
    "实习记者", "特约记者", "特约摄影", "记者", "通讯员", "实习生",
  ]

  /// Length in scalars of a dateline at the start of `s` (after leading spaces), or nil.
  /// `本报讯`, `本报北京1月16日电`, `新华社北京1月16日电`, `据新华社电`, `中新社北京六月二十五日电`, `央视网消息`.
  static func datelineLength(_ s: Scalars, from start: Int) -> Int? {
    // Gate on the first character: 本 据 新 中 人 央 光 国 工.
    guard start < s.count, datelineInitials.contains(s.values[start]) else { return nil }
    if s.hasPrefix("本报讯", at: start) { return 3 }
    var k = start
    if s.hasPrefix("据", at: k) { k += 1 }
    var agencyEnd: Int?
    if s.hasPrefix("本报", at: k) { agencyEnd = k + 2 }
    for a in wireAgencies where s.hasPrefix(a, at: k) { agencyEnd = k + a.unicodeScalars.count }
    guard let afterAgency = agencyEnd else { return nil }
    if s.hasPrefix("消息", at: afterAgency) { return afterAgency + 2 - start }
    if s.hasPrefix("电", at: afterAgency) { return afterAgency + 1 - start }
    // place and date, then 电: at most 16 scalars, and a date (月/日) must be present.
    var j = afterAgency
    var sawDate = false
    while j < s.count && j - afterAgency <= 16 {
      let u = s.values[j]
      // `本报北京1月16日讯` is recognised (a malformed 电头) so that the byline rule, not prose rules, judges it.
      if u == UInt32.of("电") || u == UInt32.of("讯") { return sawDate ? j + 1 - start : nil }
      if u == UInt32.of("日") || u == UInt32.of("月") { sawDate = true }
      // `央广网北京1月2日消息`.
      if sawDate && u == UInt32.of("消") && s.hasPrefix("消息", at: j) { return j + 2 - start }
      guard CharClass.isHan(u) || CharClass.isASCIIDigit(u) || u == 0x20 else { return nil }
      j += 1
    }
    return nil
  }

  /// Scalar index where a lead's dateline starts, or nil when `s` does not open with one: after leading spaces and
  /// after a column name in 【】 (`【新春走基层】本报讯（记者 张晶）……`).
  static func leadDatelineStart(_ s: Scalars) -> Int? {
    var k = s.skipSpaces(from: 0)
    if k < s.count && s.values[k] == 0x3010 {
      var m = k + 1
      while m < s.count && m - k <= 16 && s.values[m] != 0x3011 { m += 1 }
      guard m < s.count && s.values[m] == 0x3011 else { return nil }
      k = s.skipSpaces(from: m + 1)
    }
    return datelineLength(s, from: k) != nil ? k : nil
  }

  /// Whether a trimmed line is an editor's note in parentheses that closes a story: `（完）`, `（记者 张三）`,
  /// `（责任编辑：李四）`, `(XWT185)`. Such a line is never a headline and never half of a broken paragraph.
  static func isEndNote(_ s: Scalars, from lo: Int, to hi: Int) -> Bool {
    guard hi - lo >= 3 && hi - lo <= 30 else { return false }
    let open = s.values[lo]
    let close = s.values[hi - 1]
    guard open == 0xFF08 || open == 0x28, close == 0xFF09 || close == 0x29 else { return false }
    // One pair only: `（一）加强领导（二）…` is not a note.
    return !s.values[(lo + 1)..<(hi - 1)].contains { $0 == 0xFF08 || $0 == 0x28 || $0 == 0xFF09 || $0 == 0x29 }
      && !s.values[(lo + 1)..<(hi - 1)].contains(0x3002)
  }

  /// End (scalar index, exclusive) of the byline that follows a dateline ending at `k`: a parenthesised
  /// `（记者 张晶）` (any parenthesis width, spaces around), or an unparenthesised `记者张晶报道：`. Returns k if none.
  static func bylineEnd(_ s: Scalars, after k: Int) -> Int {
    var j = s.skipSpaces(from: k)
    guard j < s.count else { return k }
    let open = s.values[j]
    if open == 0xFF08 || open == UInt32.of("(") {
      var m = j + 1
      while m < s.count && m - j <= 48 {
        let u = s.values[m]
        if u == 0xFF09 || u == UInt32.of(")") { return m + 1 }
        if u == 0x3002 || u == 0xFF08 || u == UInt32.of("(") { return k }
        m += 1
      }
      return k
    }
    if s.hasPrefix("记者", at: j) || s.hasPrefix("通讯员", at: j) {
      var m = j
      while m < s.count && m - j <= 24 {
        let u = s.values[m]
        if u == 0xFF1A || u == UInt32.of(":") { return m + 1 }
        if u == 0x3002 || u == 0xFF0C { return k }
        m += 1
      }
      j = k
    }
    return k
  }

  static func isNameScalar(_ u: UInt32) -> Bool { CharClass.isHan(u) || u == 0xB7 }

  private static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }
  private static let exactCredits = ["新华社发", "受访者供图", "资料图片", "本报资料图片", "视觉中国供图"].map(scalars)
  private static let roleScalars = creditRoles.map(scalars)
  private static let she = UInt32.of("摄")
  private static let sheyingbaodao = scalars("摄影报道")

  private static let columnistRoles = ["本报特约评论员", "本报评论员", "特约评论员", "评论员"].map(scalars)

  /// Whether the whole (trimmed) text is a feature's or commentary's byline line under its headline: `本报记者 陈曦`,
  /// `本报记者 张晶 通讯员 李明`, `本报评论员`. Roles first, then names; no 摄 (that is a credit).
  static func isBylineLine(_ s: Scalars) -> Bool {
    let lo = s.skipSpaces(from: 0)
    var hi = s.count
    while hi > lo && CharClass.isInlineSpace(s.values[hi - 1]) { hi -= 1 }
    guard hi - lo >= 3 && hi - lo <= 30, s.end >= s.offset(hi) else { return false }
    let t = s.values[lo..<hi]
    if columnistRoles.contains(where: { t.elementsEqual($0) }) { return true }
    var rest = t
    var roles = 0
    var names = 0
    while !rest.isEmpty {
      while let f = rest.first, CharClass.isInlineSpace(f) || f == 0x3001 { rest = rest.dropFirst() }
      guard !rest.isEmpty else { break }
      if let role = roleScalars.first(where: { rest.starts(with: $0) }) {
        roles += 1
        rest = rest.dropFirst(role.count)
        continue
      }
      guard roles > 0 else { return false }
      var end = rest.startIndex
      while end < rest.endIndex && isNameScalar(rest[end]) { end += 1 }
      let length = end - rest.startIndex
      guard length >= 2 && (length <= 4 || rest[rest.startIndex..<end].contains(0xB7)) else { return false }
      guard end == rest.endIndex || CharClass.isInlineSpace(rest[end]) || rest[end] == 0x3001 else { return false }
      names += 1
      rest = rest[end...]
    }
    return roles > 0 && names > 0
  }

  /// Whether the whole (trimmed) text is a photo credit, well-formed or not. Works on scalars, not Strings:
  /// it runs for every short line of every page.
  static func isCredit(_ s: Scalars) -> Bool {
    let lo = s.skipSpaces(from: 0)
    var hi = s.count
    while hi > lo && CharClass.isInlineSpace(s.values[hi - 1]) { hi -= 1 }
    let n = hi - lo
    guard n >= 3 && n <= 40 else { return false }
    // Cheap gate: credits end in 摄/摄影报道/供图/新华社发/资料图片/（…摄） or start 摄影：/图/.
    let last = s.values[hi - 1]
    let first = s.values[lo]
    guard
      last == she || last == UInt32.of("道") || last == UInt32.of("图") || last == UInt32.of("发")
        || last == UInt32.of("片") || last == 0xFF09 || first == she || first == UInt32.of("图")
    else { return false }
    let t = Array(s.values[lo..<hi])
    // `k >= 0`: `ends` asks at `t.count - p.count`, negative for a line shorter than the pattern (`（完）`).
    func has(_ p: [UInt32], at k: Int) -> Bool {
      k >= 0 && k + p.count <= t.count && t[k..<(k + p.count)].elementsEqual(p)
    }
    func ends(_ p: [UInt32]) -> Bool { has(p, at: t.count - p.count) }
    if exactCredits.contains(t) { return true }
    if has(scalars("新华社发（"), at: 0) && ends(scalars("摄）")) { return true }
    let hasFullStop = t.contains(0x3002)
    if (has(scalars("摄影："), at: 0) || has(scalars("摄影:"), at: 0) || has(scalars("图/"), at: 0)
      || has(scalars("图："), at: 0))
      && !hasFullStop && n <= 24
    {
      return true
    }
    if ends(scalars("供图")) && n <= 14 && !t.contains(0xFF0C) { return true }
    var body: ArraySlice<UInt32>
    if ends(sheyingbaodao) {
      body = t[..<(t.count - 4)]
    } else if last == she {
      body = t[..<(t.count - 1)]
    } else {
      return false
    }
    let spaceBeforeMark = body.last.map(CharClass.isInlineSpace) ?? false
    while let f = body.first, CharClass.isInlineSpace(f) { body = body.dropFirst() }
    while let l = body.last, CharClass.isInlineSpace(l) { body = body.dropLast() }
    guard !body.isEmpty else { return false }
    // Tokens: roles and names, separated by spaces or 、 (or glued, in the malformed `本报记者于佳摄`).
    var rest = body
    var sawRole = false
    var names = 0
    func roleAt(_ k: Int) -> [UInt32]? {
      roleScalars.first { r in k + r.count <= rest.endIndex && rest[k..<(k + r.count)].elementsEqual(r) }
    }
    while !rest.isEmpty {
      while let f = rest.first, CharClass.isInlineSpace(f) || f == 0x3001 { rest = rest.dropFirst() }
      if rest.isEmpty { break }
      if let role = roleAt(rest.startIndex) {
        sawRole = true
        rest = rest.dropFirst(role.count)
        continue
      }
      // A name token is 2–4 Han (or a transliteration with ·); it stops at a space, a role or the end.
      var end = rest.startIndex
      while end < rest.endIndex && isNameScalar(rest[end]) && roleAt(end) == nil { end += 1 }
      let length = end - rest.startIndex
      let hasDot = rest[rest.startIndex..<end].contains(0xB7)
      guard length >= 2 && (length <= 4 || hasDot) else { return false }
      names += 1
      rest = rest[end...]
    }
    return names >= 1 && (sawRole || spaceBeforeMark)
  }
}
