/// `space-cjk-latin`: spacing between Chinese and Latin letters or digits, set by the house profile (option
/// `mode`). Print newspapers write no space (`同比增长5.2%`, `5G网络`): mode `forbid` (the `newspaper` profile)
/// flags a single space there. Web copy following the copywriting guidelines puts one in (`在 LeanCloud 上`,
/// `花了 5000 元`): mode `require` (the `web` profile) flags its absence.
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
    ],
    nonTriggering: [
      Example("苹果公司CEO Tim Cook访华，同比增长5.2%。", options: #"{"mode": "forbid"}"#),
      Example("美国芝加哥周末发生多起枪击 6人死亡\n\n本报讯（记者 张晶）近日，芝加哥发生枪击。", options: #"{"mode": "forbid"}"#, variants: false),
      Example("本报讯（记者 张晶）2023年12月29日10:00举行。\n\n本报记者 于佳 摄", options: #"{"mode": "forbid"}"#, variants: false),
      Example("“京彩暖冬 2024”系列活动", options: #"{"mode": "forbid"}"#),
      Example("在 LeanCloud 上花了 5000 元，占 5.2%。", options: #"{"mode": "require"}"#),
      Example("详见https://example.com，代码`a b`不改。", options: #"{"mode": "require"}"#),
      Example("推广“北京i会员”，A股上涨。", options: #"{"mode": "require"}"#),
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
      let (l, r) = (run.before, run.after)
      guard (CharClass.isHan(l) && CharClass.isASCIIAlnum(r)) || (CharClass.isASCIIAlnum(l) && CharClass.isHan(r))
      else {
        return
      }
      if run.quoteDepth > 0 && separatesQuotedPhrases(doc, run.range) { return }
      if besideStrayWord(doc, run.range, latinOnRight: CharClass.isASCIIAlnum(r)) { return }
      sink.report(
        run.range, Message(zh: "汉字与数字、西文之间不加空格", en: "no space between Chinese and digits or Latin letters"),
        fix: .replace(run.range, with: ""))
    }
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
          // An ASCII run: the token between Chinese characters.
          let start = i
          var opaque = false
          while i < end && b[i] > 0x20 && b[i] < 0x7F {
            opaque = opaque || buf.masks[i].isOpaque
            i += 1
          }
          guard !opaque, ZoneSet.prose.contains(buf.zones[start]) else { continue }
          let (l, _) = buf.before(start)
          let r = buf.value(at: i)
          let first = UInt32(b[start])
          let last = UInt32(b[i - 1])
          var edits: [TextEdit] = []
          let (gluedLeft, gluedRight) = gluing(buf, start..<i)
          if CharClass.isHan(l) && CharClass.isASCIIAlnum(first) && !gluedLeft {
            edits.append(TextEdit(range: start..<start, replacement: " "))
          }
          if CharClass.isHan(r) && (CharClass.isASCIIAlnum(last) || last == 0x25) && !gluedRight {
            edits.append(TextEdit(range: i..<i, replacement: " "))
          }
          guard !edits.isEmpty else { continue }
          sink.report(
            start..<i, Message(zh: "汉字与数字、西文之间应加空格", en: "put a space between Chinese and digits or Latin letters"),
            fix: ProposedFix(edits: edits))
        }
      }
    }
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
