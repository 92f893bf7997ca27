/// Reads the dates of running copy — `2023年12月29日`, `二〇二三年十二月二十九日`, `12月29号`, `正月初五` — into
/// their parts, each with its form (Arabic or Chinese), for `num-date-form`.
struct DateReader {
  struct Part {
    var range: Range<Int>
    var value: Int
    var chinese: Bool
    /// 正月, 腊月, 初五, 廿三: the lunar calendar, which stays Chinese (GB/T 15835 §4.2).
    var lunar = false
  }

  struct Date {
    var year: Part?
    var month: Part
    var day: Part?
    /// The 日 or 号 after the day.
    var marker: Range<Int>?
    var parts: [Part] { [year, month, day].compactMap { $0 } }
    var range: Range<Int> { (year ?? month).range.lowerBound..<(day ?? month).range.upperBound }
  }

  let doc: Document

  static let nian: UInt32 = 0x5E74  // 年
  static let yue: UInt32 = 0x6708  // 月
  static let ri: UInt32 = 0x65E5  // 日
  static let hao: UInt32 = 0x53F7  // 号
  /// Zeros that are not 〇 but turn up in Chinese years: ○ (U+25CB), ◯, 零, Latin O, Ｏ, 0, ０.
  static let wrongZeros: Set<UInt32> = [0x25CB, 0x25EF, 0x96F6, 0x4F, 0xFF2F, 0x30, 0xFF10]
  static let lunarMonths: Set<UInt32> = NumText.scalars("正腊冬闰")
  static let lunarDays: Set<UInt32> = NumText.scalars("初廿卅")
  /// After 号, words in which 号 is no day: `1号线`, `3号楼`, `5号文件` (after a month and day, `号召` would not be the verb: `29号召开`).
  static let haoWords: Set<UInt32> = NumText.scalars("线楼院文令馆门口床房位机坑店车厅台桥码种字舱洞井站窗柜球队称角手选外仓卡箱航桩厂区街路巷牌病舍展池桌座段册版件稿")
  /// After 日, words in which 日 is no day: `一日游`, `一日三餐`.
  static let riWords: Set<UInt32> = NumText.scalars("游三两")

  /// 农历, 阴历, 夏历 shortly before a date make it lunar even in Arabic (`农历2024年`).
  static let lunarWords = NumText.bytes(["农历", "阴历", "夏历"])

  /// The date whose 月 is at `yue`, if its month is a numeral.
  func date(monthMarkerAt yue: Int) -> Date? {
    guard var month = monthBefore(yue) else { return nil }
    var date = Date(month: month)
    // The year: `2023年` or `二〇二三年` right before the month.
    if let (n, s) = doc.scalar(before: month.range.lowerBound).map({ ($0.value, $0.start) }), n == Self.nian {
      date.year = yearBefore(s)
    }
    // The day: `29日`, `二十九日`, `初五`.
    let after = yue + 3
    if let (day, next) = dayAfter(after) {
      date.day = day
      if next.value == Self.ri || next.value == Self.hao { date.marker = next.range }
      if day.lunar { month.lunar = true }
    }
    date.month = month
    return date
  }

  /// The month numeral ending at `end`: 1–12 in digits or Chinese, or a lunar month name (正 腊 冬).
  func monthBefore(_ end: Int) -> Part? {
    if let p = arabicBefore(end, maxDigits: 2), p.value >= 1 && p.value <= 12 { return p }
    guard let (u, s) = doc.scalar(before: end).map({ ($0.value, $0.start) }) else { return nil }
    if Self.lunarMonths.contains(u) { return Part(range: s..<end, value: 0, chinese: true, lunar: true) }
    guard let p = chineseBefore(end, maxChars: 3, allow: { $0 != ChineseNumerals.liang && $0 != 0x96F6 }),
      p.value >= 1 && p.value <= 12
    else { return nil }
    // `十二月党人` has no 年 or day, and a month alone is never compared; but `一个月`, `两月`, `几月` are no months.
    return p
  }

  /// The year ending at `end` (where 年 starts): four digits, or four Chinese digits (wrong zeros included).
  func yearBefore(_ end: Int) -> Part? {
    if let p = arabicBefore(end, maxDigits: 4), p.range.count == 4 { return p }
    guard let run = yearRun(endingAt: end) else { return nil }
    let value = run.scalars.reduce(0) { $0 * 10 + (ChineseNumerals.digit($1) ?? 0) }
    return Part(range: run.range, value: value, chinese: true)
  }

  /// A run of four Chinese year digits ending at `end`, each zero written any way (`二○二四`, `二O二四`, `二零二四`),
  /// with at least two real Chinese digits, not preceded by another numeral or a Latin letter or digit.
  func yearRun(endingAt end: Int) -> (range: Range<Int>, scalars: [UInt32])? {
    var i = end
    var scalars: [UInt32] = []
    while scalars.count < 5, let (u, s) = doc.scalar(before: i).map({ ($0.value, $0.start) }),
      (ChineseNumerals.digit(u) != nil && u != ChineseNumerals.liang) || Self.wrongZeros.contains(u)
    {
      scalars.insert(u, at: 0)
      i = s
    }
    guard scalars.count == 4, scalars.filter({ ChineseNumerals.digit($0) != nil && $0 != 0x96F6 }).count >= 2
    else { return nil }
    let p = NumText.before(doc, i)
    if ChineseNumerals.isNumeral(p) || CharClass.isASCIIAlnum(p) || (p >= 0xFF10 && p <= 0xFF5A) { return nil }
    return (i..<end, scalars)
  }

  /// The day after `start` and the scalar after it (its marker): `29日`, `二十九日`, `初五`.
  func dayAfter(_ start: Int) -> (Part, (value: UInt32, range: Range<Int>))? {
    var i = start
    var chinese: [UInt32] = []
    var digits = 0
    while let (u, n) = doc.scalar(at: i) {
      if CharClass.isASCIIDigit(u) && chinese.isEmpty && digits < 2 {
        digits += 1
      } else if digits == 0 && chinese.count < 3
        && ((ChineseNumerals.digit(u) != nil && u != ChineseNumerals.liang && u != 0x96F6 && u != 0x3007)
          || u == ChineseNumerals.shi || Self.lunarDays.contains(u))
      {
        chinese.append(u)
      } else {
        break
      }
      i += n
    }
    guard i > start, let (next, n) = doc.scalar(at: i) else { return nil }
    if CharClass.isASCIIDigit(next) { return nil }
    let word = NumText.at(doc, i + n)
    if (next == Self.hao && Self.haoWords.contains(word)) || (next == Self.ri && Self.riWords.contains(word)) {
      return nil
    }
    let range = start..<i
    if digits > 0 {
      guard let v = Int(doc.slice(range)), v >= 1 && v <= 31, next == Self.ri || next == Self.hao else { return nil }
      return (Part(range: range, value: v, chinese: false), (next, i..<(i + n)))
    }
    if let f = chinese.first, Self.lunarDays.contains(f) {
      return (Part(range: range, value: 0, chinese: true, lunar: true), (next, i..<(i + n)))
    }
    // 二月二 (龙抬头) is lunar: a Chinese day without 日.
    guard let v = ChineseNumerals.value(chinese), v >= 1 && v <= 31 else { return nil }
    if next != Self.ri && next != Self.hao {
      return (Part(range: range, value: v, chinese: true, lunar: true), (next, i..<(i + n)))
    }
    return (Part(range: range, value: v, chinese: true), (next, i..<(i + n)))
  }

  /// Digits ending at `end` (not part of a longer number, a decimal or a code).
  func arabicBefore(_ end: Int, maxDigits: Int) -> Part? {
    var i = end
    while i > 0 && CharClass.isASCIIDigit(UInt32(doc.bytes[i - 1])) { i -= 1 }
    guard i < end, end - i <= maxDigits else { return nil }
    let p = NumText.before(doc, i)
    if CharClass.isASCIIAlnum(p) || p == 0x2E || p == 0x2F || p == 0x2D { return nil }
    return Part(range: i..<end, value: Int(doc.slice(i..<end)) ?? 0, chinese: false)
  }

  /// A Chinese numeral (一…九, 十) of at most `maxChars` ending at `end`, read as a quantity.
  func chineseBefore(_ end: Int, maxChars: Int, allow: (UInt32) -> Bool) -> Part? {
    var i = end
    var scalars: [UInt32] = []
    while scalars.count <= maxChars, let (u, s) = doc.scalar(before: i).map({ ($0.value, $0.start) }),
      (ChineseNumerals.digit(u) != nil || u == ChineseNumerals.shi) && allow(u)
    {
      scalars.insert(u, at: 0)
      i = s
    }
    guard !scalars.isEmpty, scalars.count <= maxChars, let v = ChineseNumerals.value(scalars) else { return nil }
    // 第十二月, 十几月: an ordinal or an approximation before the numeral.
    let p = NumText.before(doc, i)
    if p == 0x7B2C || ChineseNumerals.isNumeral(p) || p == 0x51E0 { return nil }
    return Part(range: i..<end, value: v, chinese: true)
  }

  /// Whether 农历/阴历/夏历 stands within a few characters before `offset`.
  func lunarContext(before offset: Int) -> Bool {
    var i = offset
    for _ in 0..<4 {
      if NumText.match(doc, Self.lunarWords, before: i) != nil { return true }
      guard let (_, s) = doc.scalar(before: i).map({ ($0.value, $0.start) }) else { return false }
      i = s
    }
    return NumText.match(doc, Self.lunarWords, before: i) != nil
  }
}
