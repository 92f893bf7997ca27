/// List items open a paragraph of their own by their form: `- `, `* `, `+ `, `1. `, `1.提高政治站位`, `1、`, `1）`,
/// `（1）`, `①`, `一、加强组织领导`, `（一）`. A wrapped line never starts so by chance — except a number or a range cut
/// at a line end (`…同比增长⏎1.5%`, `…地铁⏎3、4号线`, `…⏎一、二等奖`), which the mark's next character tells apart.
enum ListMarkers {
  static let chineseNumerals: Set<UInt32> = Set("一二三四五六七八九十".unicodeScalars.map(\.value))

  static func isListItem(_ c: ArraySlice<UInt8>) -> Bool {
    guard let b0 = c.first else { return false }
    let s = c.startIndex
    if (b0 == 0x2D || b0 == 0x2A || b0 == 0x2B) && c.count > 1 && c[s + 1] == 0x20 { return true }
    // Gate on the first character before decoding: a digit, `(`, or the lead byte of 一…十, （ or ①…⑳.
    guard (b0 >= 0x30 && b0 <= 0x39) || b0 == 0x28 || b0 == 0xE4 || b0 == 0xE5 || b0 == 0xEF || b0 == 0xE2 else {
      return false
    }
    // The first scalar decides most lines; the first few are decoded only for a numeral (this runs for every line).
    let first = c.withUnsafeBufferPointer { UTF8Scan.decode($0, at: 0).0 }
    guard isNumeral(first) || first == 0xFF08 || first == 0x28 || (first >= 0x2460 && first <= 0x2473) else {
      return false
    }
    var scalars: [UInt32] = []
    scalars.reserveCapacity(6)
    c.withUnsafeBufferPointer { b in
      var i = 0
      while i < b.count && scalars.count < 6 {
        let (u, n) = UTF8Scan.decode(b, at: i)
        scalars.append(u)
        i += n
      }
    }
    guard let u0 = scalars.first, isNumeral(u0) || u0 == 0xFF08 || u0 == 0x28 || (u0 >= 0x2460 && u0 <= 0x2473) else {
      return false
    }
    if u0 >= 0x2460 && u0 <= 0x2473 { return true }  // ① … ⑳
    // `（一）`, `(1)`: an opening parenthesis, one to three numerals, the closing one.
    if u0 == 0xFF08 || u0 == 0x28 {
      var k = 1
      while k < scalars.count && k <= 3 && isNumeral(scalars[k]) { k += 1 }
      return k > 1 && k < scalars.count && (scalars[k] == 0xFF09 || scalars[k] == 0x29)
    }
    var k = 0
    while k < scalars.count && k < 3 && isNumeral(scalars[k]) { k += 1 }
    guard k > 0, k + 1 < scalars.count else { return false }
    let mark = scalars[k]
    let after = scalars[k + 1]
    let digits = CharClass.isASCIIDigit(u0)
    // The next character must not go on with a number: `1.5%`, `3、4号线`, `一、二等奖`.
    guard !CharClass.isASCIIDigit(after), !chineseNumerals.contains(after) else { return false }
    if mark == 0x3001 { return true }  // 、
    return digits && (mark == 0x2E || mark == 0xFF0E || mark == 0xFF09 || mark == 0x29)
  }

  @inline(__always) private static func isNumeral(_ u: UInt32) -> Bool {
    CharClass.isASCIIDigit(u) || chineseNumerals.contains(u)
  }
}
