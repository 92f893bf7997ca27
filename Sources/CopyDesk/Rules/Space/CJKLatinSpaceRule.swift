/// `space-cjk-latin`: spacing between Chinese and Latin letters or digits, set by the house profile (option
/// `mode`). Print newspapers write no space (`同比增长5.2%`, `5G网络`): mode `forbid` (the `newspaper` profile)
/// flags a single space there. Web copy following the copywriting guidelines puts one in (`在 LeanCloud 上`,
/// `花了 5000 元`): mode `require` (the `web` profile) flags its absence — at both edges of a run of Latin words
/// (`使用 Visual Studio 开发`), after a name ending in a symbol (`Yahoo!`, `C++`, `C#`) or a figure's unit sign
/// (`25℃ 的`), and around inline Markdown (`详见 **指南** 和 [官网](…) 说明`, see `InlineMarkupSpacing`).
///
/// Never judged: spaces inside Latin runs (`Tim Cook`), the single space that separates two clauses of a headline
/// (`多起枪击 6人死亡`), slogans and titles in quotes, bylines and credits, URLs, e-mails and code. Runs of two or
/// more spaces and tabs are `space-duplicate`'s; an NBSP is `script-invisible-char`'s.
public struct CJKLatinSpaceRule: Rule {
  public static let description = RuleDescription(
    id: "space-cjk-latin",
    summary: Message(
      zh: "中文与西文、数字之间的空格（按报纸或网页规范）", en: "Space between Chinese and Latin letters or digits (per house profile)"),
    rationale: Message(
      zh:
        "报纸排版中汉字与阿拉伯数字、外文字母之间不加空格（2023年12月29日、5G网络、同比增长5.2%）；网页文案规范则要求加一个空格。由配置中的 mode 选项决定：newspaper 档为 forbid，web 档为 require。西文词组内部、标题中分隔两个分句的单个空格、引号内的标语、讯头和图片署名不在此列。",
      en:
        "Print copy puts no space between Chinese and digits or Latin letters (2023年12月29日, 5G网络, 同比增长5.2%); web copywriting guidelines require one. Option `mode`: forbid (newspaper profile) or require (web profile). Spaces inside Latin runs, the clause-separating space of headlines, quoted slogans, bylines and credits are exempt."
    ),
    clause: "house-style §1.1 and E space-cjk-latin (clreq; sparanoid/chinese-copywriting-guidelines)",
    defaultSeverity: .warning, fix: .safe,
    triggering: [
      Example("今年同比增长 5.2%", fixed: "今年同比增长5.2%", options: #"{"mode": "forbid"}"#),
      Example("使用 5G 网络", fixed: "使用5G网络", options: #"{"mode": "forbid"}"#),
      Example("在LeanCloud上花了5000元", fixed: "在 LeanCloud 上花了 5000 元", options: #"{"mode": "require"}"#),
      Example("同比增长5% 以上，C++ 编译", fixed: "同比增长5%以上，C++编译", options: #"{"mode": "forbid"}"#),
      // Web copy: both edges of a multi-word Latin run, a name ending in a symbol, a figure with its unit sign.
      Example("使用Visual Studio开发", fixed: "使用 Visual Studio 开发", options: #"{"mode": "require"}"#),
      Example(
        "来自Yahoo!的文档，对比C++的差别，气温25℃的时候", fixed: "来自 Yahoo! 的文档，对比 C++ 的差别，气温 25℃ 的时候",
        options: #"{"mode": "require"}"#),
      // Inline Markdown: outside the markers, never inside.
      Example(
        "详见**指南**和[官方网站](https://example.com)说明，代码`a b`照录",
        fixed: "详见 **指南** 和 [官方网站](https://example.com) 说明，代码 `a b` 照录", options: #"{"mode": "require"}"#,
        markdown: true),
    ],
    nonTriggering: [
      Example("运行时 + 编译器的组合，欢迎关注 @huacnlee 账号。", options: #"{"mode": "forbid"}"#),
      Example("苹果公司CEO Tim Cook访华，同比增长5.2%。", options: #"{"mode": "forbid"}"#),
      Example("美国芝加哥周末发生多起枪击 6人死亡\n\n本报讯（记者 张晶）近日，芝加哥发生枪击。", options: #"{"mode": "forbid"}"#, variants: false),
      Example("本报讯（记者 张晶）2023年12月29日10:00举行。\n\n本报记者 于佳 摄", options: #"{"mode": "forbid"}"#, variants: false),
      Example("“京彩暖冬 2024”系列活动", options: #"{"mode": "forbid"}"#),
      Example("在 LeanCloud 上花了 5000 元，占 5.2%。", options: #"{"mode": "require"}"#),
      Example("详见https://example.com，代码`a b`不改。", options: #"{"mode": "require"}"#),
      Example("推广“北京i会员”，A股上涨。", options: #"{"mode": "require"}"#),
      Example("详见 **指南** 和 [官方网站](https://example.com) 说明。", options: #"{"mode": "require"}"#, markdown: true),
      Example("详见**指南**和`a b`照录。", options: #"{"mode": "require"}"#),
      Example("访问https://zh.wikipedia.org/wiki/北京词条", options: #"{"mode": "require"}"#),
    ])

  public struct Options: RuleOptions {
    enum Mode: String, OptionEnum { case forbid, require }
    var mode: Mode
    public init(from reader: inout OptionReader) throws(RuleConfigurationError) {
      mode = try reader.read(
        "mode", default: .forbid,
        doc:
          "forbid: no space between Chinese and Latin letters or digits (newspaper profile); require: one space (web profile)"
      )
    }
  }

  let options: Options
  /// `script-stray-ascii`'s function words (its data), whose spaces that rule reports with the word.
  let strayWords: Set<String>
  /// Chinese–Latin compounds written without a space even in web copy (`A股`, `北京i会员`), from the data file.
  let glued: [GluedTerm]

  public init(setup: RuleSetup) throws {
    options = try setup.options()
    strayWords = Set(setup.data.entries(for: "script-stray-ascii", section: "words").map { $0.term.lowercased() })
    glued = setup.data.entries(for: Self.description.id, section: "glued").compactMap { e in
      let bytes = Array(e.term.utf8)
      guard let a = bytes.firstIndex(where: { $0 < 0x80 }), let z = bytes.lastIndex(where: { $0 < 0x80 }) else {
        return nil
      }
      return GluedTerm(bytes: bytes, asciiStart: a, asciiEnd: z + 1)
    }
  }

  /// A term such as `A股` or `北京i会员`: its bytes and where its ASCII part lies.
  struct GluedTerm: Sendable {
    var bytes: [UInt8]
    var asciiStart: Int
    var asciiEnd: Int
  }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    switch options.mode {
    case .forbid: forbid(doc, &sink)
    case .require: require(doc, &sink)
    }
  }

  private func forbid(_ doc: Document, _ sink: inout DiagnosticSink) {
    SpaceRuns.forEach(doc) { run in
      guard run.count == 1, !run.hasTab, !run.hasNBSP, ZoneSet.bodyCopy.contains(run.zone), !run.mask.isOpaque
      else { return }
      // The space after a URL ends it: without it the Chinese after would run on into the address.
      if doc.mask(at: run.range.lowerBound - 1) == .url || doc.mask(at: run.range.lowerBound - 1) == .email { return }
      let (l, r) = (run.before, run.after)
      // A figure with its unit symbol ends a token like a digit: `增长5% 以上`, `C++ 编译`.
      // A `+` ends a token only when it is written onto one (`C++ 编译`); spaced on both sides it is an operator
      // (`运行时 + 编译器`), and removing one of its spaces would leave it lopsided.
      let start = run.range.lowerBound
      let plusOfToken = l == 0x2B && start >= 2 && doc.bytes[start - 2] != 0x20
      let leftToken = CharClass.isASCIIAlnum(l) || CharClass.isUnitSymbol(l) || plusOfToken
      guard (CharClass.isHan(l) && CharClass.isASCIIAlnum(r)) || (leftToken && CharClass.isHan(r)) else {
        return
      }
      // A handle or tag (`关注 @huacnlee 账号`, `#话题 讨论`) keeps the spaces that set it off on both sides.
      if CharClass.isASCIIAlnum(l) && Self.followsHandleMark(doc.bytes, before: start) { return }
      if run.quoteDepth > 0 && separatesQuotedPhrases(doc, run.range) { return }
      if besideStrayWord(doc, run.range, latinOnRight: CharClass.isASCIIAlnum(r)) { return }
      sink.report(
        run.range, Message(zh: "汉字与数字、西文之间不加空格", en: "no space between Chinese and digits or Latin letters"),
        fix: .replace(run.range, with: ""))
    }
  }

  /// Whether the Latin word ending at `end` opens with `@` or `#` (a handle or a tag).
  static func followsHandleMark(_ b: [UInt8], before end: Int) -> Bool {
    var j = end
    while j > 0 && end - j < 64 && (CharClass.isASCIIAlnum(UInt32(b[j - 1])) || b[j - 1] == 0x5F) { j -= 1 }
    return j > 0 && j < end && (b[j - 1] == 0x40 || b[j - 1] == 0x23)
  }

  /// A slogan or title in quotes separates its two phrases with one space (`“京彩暖冬 2024”`): both sides of the
  /// space, up to the quote marks, are at least four characters long. A space inside a short quoted name
  /// (`“北京 i会员”`) is a stray one.
  private func separatesQuotedPhrases(_ doc: Document, _ space: Range<Int>) -> Bool {
    var left = 0
    var j = space.lowerBound
    while let (u, s) = doc.scalar(before: j), u != U.leftDoubleQuote && u != U.leftTitle, u != 0x0A, left < 40 {
      left += 1
      j = s
    }
    var right = 0
    var k = space.upperBound
    while let (u, n) = doc.scalar(at: k), u != U.rightDoubleQuote && u != U.rightTitle, u != 0x0A, right < 40 {
      right += 1
      k += n
    }
    return left >= 4 && right >= 4 && left < 40 && right < 40
  }

  /// A lone English function word between Chinese (`精神 and 中央`) is `script-stray-ascii`'s finding, and its fix
  /// removes the spaces too; reporting the spaces again would be a second diagnostic for one slip.
  private func besideStrayWord(_ doc: Document, _ space: Range<Int>, latinOnRight: Bool) -> Bool {
    guard !strayWords.isEmpty else { return false }
    var s = space.upperBound
    var e = space.upperBound
    if latinOnRight {
      while e < doc.bytes.count && CharClass.isASCIILetter(UInt32(doc.bytes[e])) { e += 1 }
    } else {
      e = space.lowerBound
      s = e
      while s > 0 && CharClass.isASCIILetter(UInt32(doc.bytes[s - 1])) { s -= 1 }
    }
    guard e > s, e - s <= 8 else { return false }
    return strayWords.contains(doc.slice(s..<e).lowercased())
  }

  private func require(_ doc: Document, _ sink: inout DiagnosticSink) {
    PunctScan.withBuffers(doc) { buf in
      let b = buf.bytes
      for block in doc.blocks where PunctScan.isProseBlock(block.kind) {
        var i = block.range.lowerBound
        let end = block.range.upperBound
        while i < end {
          let c = b[i]
          guard c > 0x20 && c < 0x7F else {
            i += c < 0x80 ? 1 : UTF8Scan.length(lead: c)
            continue
          }
          // An ASCII run: the token between Chinese characters. The words of a Latin phrase are tokens too
          // (`使用 Visual Studio 开发`); URLs, e-mails, code and markup keep their own spacing.
          let start = i
          var opaque = false
          while i < end && b[i] > 0x20 && b[i] < 0x7F {
            opaque = opaque || (buf.masks[i].isOpaque && buf.masks[i] != .latinPhrase)
            i += 1
          }
          guard !opaque, ZoneSet.prose.contains(buf.zones[start]) else { continue }
          let edits = requiredSpaces(buf, start..<i)
          guard !edits.isEmpty else { continue }
          sink.report(
            start..<i, Message(zh: "汉字与数字、西文之间应加空格", en: "put a space between Chinese and digits or Latin letters"),
            fix: ProposedFix(edits: edits))
        }
        guard doc.format == .markdown else { continue }
        for line in block.lines {
          for span in InlineMarkupSpacing.spans(doc, line: doc.lineContentRange(line))
          where ZoneSet.prose.contains(doc.zone(at: span.range.lowerBound)) {
            sink.report(
              span.range,
              Message(zh: "行内标记（强调、链接、代码）与汉字之间应加空格", en: "put a space between Chinese and inline Markdown"),
              fix: ProposedFix(edits: span.edits))
          }
        }
      }
    }
  }

  /// The spaces an ASCII token between Chinese characters wants at its edges: before it when it starts with a
  /// letter, a digit or a signed number (`-255`); after it when it ends with one, with `%`, or with the symbol of a
  /// name (`Yahoo!`, `C++`, `C#`); after the unit symbol that follows a figure (`25℃ 的`).
  private func requiredSpaces(_ buf: PunctScan.Buffers, _ token: Range<Int>) -> [TextEdit] {
    let b = buf.bytes
    let (l, ls) = buf.before(token.lowerBound)
    let r = buf.value(at: token.upperBound)
    let rn = r < 0x800 ? 2 : 3  // only read for a non-ASCII unit symbol (℃ ° ‰ ％)
    let first = UInt32(b[token.lowerBound])
    let last = UInt32(b[token.upperBound - 1])
    let (gluedLeft, gluedRight) = gluing(buf, token)
    var edits: [TextEdit] = []
    // A sign after a unit that ends a figure is a connector: `3月1日-4月30日`, not `日 -4`.
    let signed =
      (first == 0x2D || first == 0x2B) && token.count > 1 && CharClass.isASCIIDigit(UInt32(b[token.lowerBound + 1]))
      && !CharClass.isASCIIDigit(buf.before(ls).0)
    if CharClass.isHan(l) && (CharClass.isASCIIAlnum(first) || signed) && !gluedLeft {
      edits.append(TextEdit(range: token.lowerBound..<token.lowerBound, replacement: " "))
    }
    let hasLetter = b[token.lowerBound..<token.upperBound].contains { CharClass.isASCIILetter(UInt32($0)) }
    let named = token.count > 1 && (last == 0x2B || ((last == 0x23 || last == 0x21) && hasLetter))
    // An abbreviation keeps its point (`U.S.`, `Inc.`): the masker took the point into the word.
    let abbreviation = last == 0x2E && [.latinWord, .latinPhrase].contains(buf.masks[token.upperBound - 1])
    let figure = CharClass.isASCIIAlnum(last) || last == 0x25 || named || abbreviation
    if CharClass.isHan(r) && figure && !gluedRight {
      edits.append(TextEdit(range: token.upperBound..<token.upperBound, replacement: " "))
    } else if CharClass.isASCIIDigit(last) && CharClass.isUnitSymbol(r) && r >= 0x80,
      CharClass.isHan(buf.value(at: token.upperBound + rn))
    {
      edits.append(TextEdit(range: (token.upperBound + rn)..<(token.upperBound + rn), replacement: " "))
    }
    return edits
  }

  /// Whether a glued term covers the token's left and right boundaries.
  private func gluing(_ buf: PunctScan.Buffers, _ token: Range<Int>) -> (Bool, Bool) {
    var left = false
    var right = false
    for t in glued where t.asciiEnd - t.asciiStart == token.count {
      let s = token.lowerBound - t.asciiStart
      guard s >= 0, s + t.bytes.count <= buf.count, buf.bytes[s..<(s + t.bytes.count)].elementsEqual(t.bytes) else {
        continue
      }
      left = left || t.asciiStart > 0
      right = right || t.asciiEnd < t.bytes.count
    }
    return (left, right)
  }
}
