/// Chinese numerals as GB/T 15835—2011 writes them: 计量 with 零 (`三千零五十二`), 编号 and years digit by digit
/// with 〇 (`二〇一二`). The number rules read them (`二百三十五点六公里`, `二〇二三年`) and write them in fixes
/// (`星期5` → `星期五`, `党的20大` → `党的二十大`, `10几年` → `十几年`).
enum ChineseNumerals {
  static let ling: UInt32 = 0x96F6  // 零
  static let circleZero: UInt32 = 0x3007  // 〇, the zero of years and numbering
  static let shi: UInt32 = 0x5341  // 十
  static let bai: UInt32 = 0x767E  // 百
  static let qian: UInt32 = 0x5343  // 千
  static let wan: UInt32 = 0x4E07  // 万
  static let yi: UInt32 = 0x4EBF  // 亿
  static let liang: UInt32 = 0x4E24  // 两

  /// 〇 零 一 二 两 三 … 九 with their values.
  @inline(__always)
  static func digit(_ u: UInt32) -> Int? {
    switch u {
    case 0x3007, 0x96F6: 0
    case 0x4E00: 1
    case 0x4E8C, 0x4E24: 2
    case 0x4E09: 3
    case 0x56DB: 4
    case 0x4E94: 5
    case 0x516D: 6
    case 0x4E03: 7
    case 0x516B: 8
    case 0x4E5D: 9
    default: nil
    }
  }

  /// 十 百 千.
  @inline(__always)
  static func smallUnit(_ u: UInt32) -> Int? {
    switch u {
    case 0x5341: 10
    case 0x767E: 100
    case 0x5343: 1000
    default: nil
    }
  }

  /// A character of a Chinese numeral: a digit, 十 百 千 万 亿.
  @inline(__always)
  static func isNumeral(_ u: UInt32) -> Bool { digit(u) != nil || smallUnit(u) != nil || u == wan || u == yi }

  /// The value of a numeral read as a quantity (`二百三十五` 235, `十二` 12, `三千零五十二` 3052, `一万二千` 12000) or
  /// digit by digit (`二〇二三` 2023, `一九九七` 1997); nil for what is no number.
  static func value(_ s: [UInt32]) -> Int? {
    guard !s.isEmpty else { return nil }
    if s.count >= 2 && s.allSatisfy({ digit($0) != nil }) {
      // Digit by digit: years and numbering. 两 never stands in such a string.
      guard !s.contains(liang) else { return nil }
      return s.reduce(0) { $0 * 10 + digit($1)! }
    }
    var total = 0
    var section = 0  // the part below 万 (or below 亿 before a 万)
    var number = 0
    var hasNumber = false  // a digit waiting for its unit
    for u in s {
      if let d = digit(u) {
        if d == 0 { continue }  // 三千零五十二
        if hasNumber { return nil }  // 二三 is an approximation, not one number
        number = d
        hasNumber = true
      } else if let unit = smallUnit(u) {
        section += (hasNumber ? number : 1) * unit
        number = 0
        hasNumber = false
      } else if u == wan || u == yi {
        section += number
        if u == wan {
          guard section > 0 else { return nil }
          total += section * 10_000
        } else {
          guard section > 0 || total > 0 else { return nil }
          total = (total + section) * 100_000_000
        }
        section = 0
        number = 0
        hasNumber = false
      } else {
        return nil
      }
    }
    return total + section + number
  }

  static let digitChars: [String] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// `n` as a quantity, 0 ≤ n < 10,000: 12 → 十二, 20 → 二十, 105 → 一百零五, 3052 → 三千零五十二.
  static func quantity(_ n: Int) -> String {
    guard n > 0 && n < 10_000 else { return n == 0 ? "零" : String(n) }
    if n < 20 && n >= 10 { return "十" + (n > 10 ? digitChars[n - 10] : "") }
    var out = ""
    var zero = false
    for (unit, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
      let d = (n / unit) % 10
      if d == 0 {
        if !out.isEmpty { zero = true }
        continue
      }
      if zero { out += "零" }
      zero = false
      out += digitChars[d] + name
    }
    return out
  }

  /// `n` digit by digit with 〇: 2023 → 二〇二三.
  static func digits(_ n: Int) -> String {
    String(n).compactMap { $0.wholeNumberValue.map { digitChars[$0] } }.joined()
  }
}
