/// Masking before matching: marks numbers, URLs, e-mails, Latin words and phrases, code and markup so that
/// rules never fire inside them (`10:00`, `1,000`, `3.5`, `2024-01-16`, `https://…`, `Tim Cook`, `` `code` ``).
/// Masks are per byte, so offsets never move.
enum Masker {
  static func mask(bytes: [UInt8], blocks: [Block], format: SourceFormat, markupLines: [Range<Int>] = []) -> [MaskKind]
  {
    var m = [MaskKind](repeating: .none, count: bytes.count)
    bytes.withUnsafeBufferPointer { b in
      m.withUnsafeMutableBufferPointer { out in
        scan(b, out, markdown: format == .markdown)
        for r in markupLines { fill(out, r, .markup) }
        for block in blocks where block.kind == .table { maskTable(b, out, block.range) }
      }
    }
    for block in blocks where block.kind == .code || block.kind == .frontMatter {
      for k in block.range { m[k] = .code }
    }
    return m
  }

  /// A table's pipes, the spaces that pad its cells and its delimiter row are markup; the cell text is prose
  /// (`| 香蕉,梨  | 20   |`: the `,` is checked, the padding is not).
  private static func maskTable(
    _ b: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutableBufferPointer<MaskKind>, _ r: Range<Int>
  ) {
    var lineStart = r.lowerBound
    while lineStart < r.upperBound {
      var lineEnd = lineStart
      while lineEnd < r.upperBound && b[lineEnd] != 0x0A && b[lineEnd] != 0x0D { lineEnd += 1 }
      if MarkupLines.isDelimiterRow(Array(b[lineStart..<lineEnd])[...]) {
        fill(out, lineStart..<lineEnd, .markup)
      } else {
        var i = lineStart
        while i < lineEnd {
          guard b[i] == 0x7C, i == lineStart || b[i - 1] != 0x5C else {
            i += 1
            continue
          }
          var lo = i
          while lo > lineStart && (b[lo - 1] == 0x20 || b[lo - 1] == 0x09) { lo -= 1 }
          var hi = i + 1
          while hi < lineEnd && (b[hi] == 0x20 || b[hi] == 0x09) { hi += 1 }
          fill(out, lo..<hi, .markup)
          i = hi
        }
        // Leading spaces before the first pipe too.
        var j = lineStart
        while j < lineEnd && (b[j] == 0x20 || b[j] == 0x09) { j += 1 }
        fill(out, lineStart..<j, .markup)
      }
      lineStart = lineEnd
      while lineStart < r.upperBound && (b[lineStart] == 0x0A || b[lineStart] == 0x0D) { lineStart += 1 }
    }
  }

  @inline(__always) private static func isWordByte(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
  }
  @inline(__always) private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
  @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  private static func fill(_ out: UnsafeMutableBufferPointer<MaskKind>, _ r: Range<Int>, _ k: MaskKind) {
    for i in r { out[i] = k }
  }

  private static func scan(_ b: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutableBufferPointer<MaskKind>, markdown: Bool)
  {
    let n = b.count
    var i = 0
    var lineStart = true
    while i < n {
      let c = b[i]
      if c >= 0x80 {
        i += UTF8Scan.length(lead: c)
        lineStart = false
        continue
      }
      if c == 0x0A || c == 0x0D {
        lineStart = true
        i += 1
        continue
      }
      if lineStart {
        lineStart = false
        if let e = lineMarkup(b, i, markdown: markdown) {
          fill(out, i..<e, .markup)
          i = e
          continue
        }
      }
      switch c {
      case 0x3C:  // <
        if let e = htmlEnd(b, i) {
          fill(out, i..<e, .markup)
          i = e
          continue
        }
      case 0x26:  // &
        if let e = entityEnd(b, i) {
          fill(out, i..<e, .markup)
          i = e
          continue
        }
      case 0x60:  // `
        var e = i + 1
        while e < n && b[e] != 0x60 && b[e] != 0x0A { e += 1 }
        if e < n && b[e] == 0x60 {
          fill(out, i..<(e + 1), .code)
          i = e + 1
          continue
        }
      case 0x5D where markdown && i + 1 < n && b[i + 1] == 0x28:  // ](url)
        var e = i + 2
        while e < n && b[e] != 0x29 && b[e] != 0x0A { e += 1 }
        if e < n && b[e] == 0x29 {
          fill(out, i..<(e + 1), .url)
          i = e + 1
          continue
        }
      default: break
      }
      if isWordByte(c) {
        let e = wordRunEnd(b, i, out)
        i = e
        continue
      }
      i += 1
    }
  }

  /// Markdown line syntax: heading markers, list bullets, blockquote markers. Ordinals like `1.` in prose are
  /// left alone (GB/T 15834 B.3.3 uses them in Chinese copy), so only bullets and `>` are masked in plain text.
  private static func lineMarkup(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, markdown: Bool) -> Int? {
    var j = i
    while j < b.count && b[j] == 0x20 { j += 1 }
    guard j < b.count else { return nil }
    if b[j] == 0x23 {  // #
      var k = j
      while k < b.count && b[k] == 0x23 { k += 1 }
      if k - j <= 6 && k < b.count && b[k] == 0x20 { return k + 1 }
    }
    if markdown && (b[j] == 0x2D || b[j] == 0x2A || b[j] == 0x2B || b[j] == 0x3E) && j + 1 < b.count && b[j + 1] == 0x20
    {
      return j + 2
    }
    // An ordered list item's marker with its space (`1. 《东坡志林》`): Markdown syntax, not an ordinal of the text.
    if markdown {
      var k = j
      while k < b.count && k - j < 9 && isDigit(b[k]) { k += 1 }
      if k > j && k + 1 < b.count && (b[k] == 0x2E || b[k] == 0x29) && b[k + 1] == 0x20 { return k + 2 }
    }
    return nil
  }

  private static func htmlEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
    let n = b.count
    if i + 3 < n && b[i + 1] == 0x21 && b[i + 2] == 0x2D && b[i + 3] == 0x2D {  // <!--
      var e = i + 4
      while e + 2 < n && !(b[e] == 0x2D && b[e + 1] == 0x2D && b[e + 2] == 0x3E) { e += 1 }
      return e + 2 < n ? e + 3 : n
    }
    guard i + 1 < n, isLetter(b[i + 1]) || b[i + 1] == 0x2F else { return nil }
    // Attribute values may hold `>` and spaces (`title="说明 文字"`): quotes are skipped whole.
    var e = i + 1
    var quote: UInt8 = 0
    while e < n && e - i < 400 && b[e] != 0x0A {
      let c = b[e]
      if quote != 0 {
        if c == quote { quote = 0 }
      } else if c == 0x22 || c == 0x27 {
        quote = c
      } else if c == 0x3E || c == 0x3C {
        break
      }
      e += 1
    }
    return e < n && b[e] == 0x3E && quote == 0 ? e + 1 : nil
  }

  private static func entityEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
    var e = i + 1
    if e < b.count && b[e] == 0x23 { e += 1 }
    let s = e
    while e < b.count && e - s < 10 && isWordByte(b[e]) { e += 1 }
    return e > s && e < b.count && b[e] == 0x3B ? e + 1 : nil
  }

  /// From an ASCII letter or digit: a URL, an e-mail, a number, or a run of Latin words.
  private static func wordRunEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ out: UnsafeMutableBufferPointer<MaskKind>)
    -> Int
  {
    let n = b.count
    // URL schemes and www.
    if let e = urlEnd(b, i) {
      fill(out, i..<e, .url)
      return e
    }
    // Plain token: letters, digits and the connectors that stay inside ASCII tokens.
    var e = i
    var hasLetter = false
    var hasDigit = false
    while e < n {
      let c = b[e]
      if isWordByte(c) {
        if isDigit(c) { hasDigit = true } else { hasLetter = true }
        e += 1
      } else if (c == 0x2E || c == 0x3A || c == 0x2C || c == 0x2D || c == 0x2F || c == 0x27 || c == 0x5F)
        && e + 1 < n && isWordByte(b[e + 1]) && !(c == 0x2C && !isDigit(b[e + 1]))
      {
        // `3.5` `10:00` `1,000` `2024-01-16` `1/3` `Xi'an` `COVID-19` `No.1` `U.S` — but `a,b` is a list.
        e += 1
      } else {
        break
      }
    }
    if e < n && b[e] == 0x40, let mailEnd = domainEnd(b, e + 1) {  // e-mail
      fill(out, i..<mailEnd, .email)
      return mailEnd
    }
    // Abbreviation dots: `U.S.`, `e.g.`, `Ph.D.`, `Inc.` keep their final period when a dot is inside.
    if e < n && b[e] == 0x2E && hasLetter && b[i..<e].contains(0x2E) { e += 1 }
    if !hasLetter {
      fill(out, i..<e, .number)
      return e
    }
    // A letter token: extend over following Latin words separated by spaces or ASCII punctuation + space.
    var runEnd = e
    var words = 1
    var k = e
    while k < n {
      var j = k
      if j < n && (b[j] == 0x2C || b[j] == 0x3B || b[j] == 0x3A || b[j] == 0x2E || b[j] == 0x21 || b[j] == 0x3F) {
        j += 1
      }
      guard j < n && b[j] == 0x20 else { break }
      while j < n && b[j] == 0x20 { j += 1 }
      guard j < n && isLetter(b[j]) else { break }
      var w = j
      while w < n
        && (isWordByte(b[w]) || ((b[w] == 0x27 || b[w] == 0x2D || b[w] == 0x2E) && w + 1 < n && isWordByte(b[w + 1])))
      {
        w += 1
      }
      words += 1
      runEnd = w
      k = w
    }
    if words >= 2 {
      // English sentences keep their closing punctuation: `Stay hungry, stay foolish.`
      if runEnd < n && (b[runEnd] == 0x2E || b[runEnd] == 0x21 || b[runEnd] == 0x3F) { runEnd += 1 }
      fill(out, i..<runEnd, .latinPhrase)
      return runEnd
    }
    fill(out, i..<e, hasDigit && !hasLetter ? .number : .latinWord)
    return e
  }

  private static func urlEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
    let n = b.count
    func has(_ s: String, at k: Int) -> Bool {
      var t = k
      for c in s.utf8 {
        guard t < n, (b[t] | 0x20) == c || b[t] == c else { return false }
        t += 1
      }
      return true
    }
    let scheme = has("http://", at: i) || has("https://", at: i) || has("ftp://", at: i)
    guard scheme || has("www.", at: i) else { return nil }
    var e = i
    // The path starts at the first `/` after the host; before it a URL is ASCII.
    var hostStart = i
    if scheme { while hostStart < n && b[hostStart] != 0x2F { hostStart += 1 } }
    hostStart += scheme ? 2 : 0
    var inPath = false
    while e < n {
      let c = b[e]
      if c > 0x20 && c < 0x80 && c != 0x3C && c != 0x22 {
        if c == 0x2F && e >= hostStart { inPath = true }
        // Sentence punctuation before Chinese ends the URL: `…/wiki/北京,了解更多`.
        if inPath && (c == 0x2C || c == 0x3B || c == 0x21 || c == 0x29) && e + 1 < n && b[e + 1] >= 0x80 { break }
        e += 1
      } else if c >= 0x80 && inPath, let end = nonASCIIPathEnd(b, e, urlStart: i) {
        e = end
      } else {
        break
      }
    }
    // Trailing sentence punctuation belongs to the sentence, not the URL.
    while e > i && [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29].contains(b[e - 1]) { e -= 1 }
    return e
  }

  /// A URL path may hold Chinese (`https://zh.wikipedia.org/wiki/北京`, `https://google.com/这是URL文件名.html`):
  /// the letters from `e` on belong to the URL, unless the path segment before them ends in a file name
  /// (`a.html了解更多`: the Chinese is the sentence going on). Returns the end of the letters, or nil.
  private static func nonASCIIPathEnd(_ b: UnsafeBufferPointer<UInt8>, _ e: Int, urlStart: Int) -> Int? {
    if b[e - 1] < 0x80 {
      var s = e
      while s > urlStart && b[s - 1] != 0x2F && b[s - 1] != 0x2E && b[s - 1] < 0x80 { s -= 1 }
      if s > urlStart && b[s - 1] == 0x2E && e - s >= 2 && e - s <= 5 { return nil }
    }
    var j = e
    while j < b.count && b[j] >= 0x80 {
      let (u, len) = UTF8Scan.decode(b, at: j)
      guard
        CharClass.isHan(u) || (u >= 0x3040 && u <= 0x30FF) || (u >= 0xAC00 && u <= 0xD7A3)
          || (u >= 0xC0 && u <= 0x24F)
      else { break }
      j += len
    }
    return j > e ? j : nil
  }

  private static func domainEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
    var e = i
    var dots = 0
    while e < b.count && (isWordByte(b[e]) || b[e] == 0x2D || (b[e] == 0x2E && e + 1 < b.count && isWordByte(b[e + 1])))
    {
      if b[e] == 0x2E { dots += 1 }
      e += 1
    }
    return dots > 0 && e > i ? e : nil
  }
}
