/// Character classes over Unicode scalar values, the vocabulary every rule shares.
public enum CharClass {
  /// Han ideographs, including the supplementary planes (𠮷 U+20BB7, 𬌗 U+2C317) and 〇.
  @inline(__always)
  public static func isHan(_ u: UInt32) -> Bool {
    (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x20000 && u <= 0x3134F)
      || (u >= 0xF900 && u <= 0xFAFF) || u == 0x3007
  }

  /// Full-width (CJK) punctuation as used in mainland copy (GB/T 15834 §4).
  @inline(__always)
  public static func isFullwidthPunct(_ u: UInt32) -> Bool {
    switch u {
    case 0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301F: true  // 、。〃 〈〉《》「」『』【】 〔〕…
    case 0xFF01, 0xFF08, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F: true  // ！（），．：；？
    case 0xFF5E: true  // ～
    case 0x2014, 0x2026: true  // — …
    case 0x2018, 0x2019, 0x201C, 0x201D: true  // ‘’“”
    case 0x00B7: true  // ·
    default: false
    }
  }

  /// Opening full-width marks: a half-width mark before one of these still sits in Chinese text.
  @inline(__always)
  public static func isOpeningPunct(_ u: UInt32) -> Bool {
    switch u {
    case 0x201C, 0x2018, 0xFF08, 0x300A, 0x3008, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016: true
    default: false
    }
  }

  /// Closing full-width marks: a half-width mark after one of these is still in Chinese text.
  @inline(__always)
  public static func isClosingPunct(_ u: UInt32) -> Bool {
    switch u {
    case 0x201D, 0x2019, 0xFF09, 0x300B, 0x3009, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017: true
    default: false
    }
  }

  /// Han or full-width punctuation: "Chinese text" for neighbourhood tests.
  @inline(__always)
  public static func isCJK(_ u: UInt32) -> Bool { isHan(u) || isFullwidthPunct(u) }

  @inline(__always)
  public static func isASCIILetter(_ u: UInt32) -> Bool { (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A }

  @inline(__always)
  public static func isASCIIDigit(_ u: UInt32) -> Bool { u >= 0x30 && u <= 0x39 }

  @inline(__always)
  public static func isASCIIAlnum(_ u: UInt32) -> Bool { isASCIILetter(u) || isASCIIDigit(u) }

  /// Symbols written right after a number as its unit: `%` `％` `‰` `°` `℃` `℉` (`3%`, `90°`, `25℃`). A token ending
  /// in one of them is a figure, like a token ending in a digit.
  @inline(__always)
  public static func isUnitSymbol(_ u: UInt32) -> Bool {
    u == 0x25 || u == 0xFF05 || u == 0x2030 || u == 0xB0 || u == 0x2103 || u == 0x2109
  }

  /// Spaces that can separate words inside a line (not line breaks).
  @inline(__always)
  public static func isInlineSpace(_ u: UInt32) -> Bool { u == 0x20 || u == 0x09 || u == 0x3000 || u == 0xA0 }

  /// Sentence-final marks (GB/T 15834 §4.1–4.3, §4.11).
  @inline(__always)
  public static func isSentenceEnd(_ u: UInt32) -> Bool {
    u == 0x3002 || u == 0xFF01 || u == 0xFF1F || u == 0x2026 || u == 0xFF1B
  }

  /// Terminal width of a scalar in a monospace terminal (for caret underlines).
  public static func displayWidth(_ u: UInt32) -> Int {
    if u < 0x20 { return 0 }
    if u < 0x1100 { return 1 }
    if (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
      || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
      || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x1F300 && u <= 0x1FAFF) || (u >= 0x20000 && u <= 0x3FFFD)
      || u == 0x2014 || u == 0x2026 || u == 0x201C || u == 0x201D || u == 0x2018 || u == 0x2019
    {
      return 2
    }
    return 1
  }
}
