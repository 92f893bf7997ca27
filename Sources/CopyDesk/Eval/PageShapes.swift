/// The shapes a desk receives one article in (issue 13), rendered from its canonical form so that the same correct
/// copy can be linted as it arrives from a CMS, Word, a PDF or a wire feed. A perfect checker reports the same
/// non-layout findings on every shape and no layout finding on any.
///
/// The canonical form is shape 1: paragraphs separated by blank lines, headlines first, each on its own paragraph:
///
///     全国总工会部署2024年送温暖活动 各地工会积极响应
///
///     本报讯（记者 张晶）记者日前从全国总工会获悉，……
///
/// Rendering needs to know which paragraphs are *display lines* (headlines, subheads, kickers, bylines, credits,
/// roundup item headlines): they are never indented and never wrapped. Nothing in the article marks them, so the
/// renderer decides by the text alone (`isDisplayLine`).
public enum PageShape: String, CaseIterable, Sendable {
  /// 1: paragraphs separated by blank lines (the canonical form, returned unchanged).
  case blankLines = "1-blank"
  /// 2: one paragraph per line, no blank lines (CMS exports, Word's "save as text", transcripts).
  case linePerParagraph = "2-lines"
  /// 3: body paragraphs indented with two ideographic spaces `　　`, blank lines between paragraphs.
  case indentedBlank = "3-indent-blank"
  /// 3: body paragraphs indented with `　　`, no blank lines.
  case indented = "3-indent"
  /// 4: text extracted from a PDF column: body paragraphs hard-wrapped every N characters (N fixed per page,
  /// 14…24), the first line two characters shorter (the indent), display lines whole, blank lines between
  /// paragraphs — as seed page 002 looks.
  case columnWrapped = "4-pdf"
  /// 6: wire and roundup copy: one paragraph per line, no blank lines, short headlines between paragraphs.
  /// For one article this is shape 2; `PageShapes.wirePage` joins several articles into one roundup page.
  case wire = "6-wire"
}

public enum PageShapes {
  /// The paragraphs of a canonical article: blocks separated by blank lines, each with its line breaks removed
  /// (a canonical paragraph has none) and surrounding whitespace trimmed. `\r\n` is read as `\n`.
  public static func paragraphs(of canonical: String) -> [String] {
    var out: [String] = []
    var current = ""
    for raw in canonical.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty {
        if !current.isEmpty { out.append(current) }
        current = ""
      } else {
        current += line
      }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  /// Whether a paragraph is a display line: short (at most 60 characters), with no `。`, and not ending in a mark that
  /// ends or continues a sentence (`，、；：？！…—`, or `？！` inside a closing quote). Headlines
  /// (`全国总工会部署送温暖活动 各地工会积极响应`, `“巾帼建功新时代”`, `平台骑手与企业是否存在劳动关系？法院这样判`),
  /// subheads (`收入涨了 心气足了`), kickers (`【新春走基层】`), bylines (`本报记者 陈曦`) and credits
  /// (`本报记者 于佳 摄`) are; a lead-in line (`具体安排如下：`), a question (`记者：您怎么看？`) and a caption with its
  /// credit (`……参加。新华社发`) are body paragraphs.
  public static func isDisplayLine(_ paragraph: String) -> Bool {
    guard paragraph.count <= 60, let last = paragraph.last, !paragraph.contains("。") else { return false }
    if "，、；：？！…—".contains(last) { return false }
    if "”’".contains(last), let before = paragraph.dropLast().last, "？！…".contains(before) { return false }
    return true
  }

  /// Renders a canonical article in `shape`. `seed` chooses what varies between pages (the wrap width of shape 4);
  /// the same article, shape and seed always give the same page.
  public static func render(_ canonical: String, as shape: PageShape, seed: UInt64 = 0) -> String {
    let paras = paragraphs(of: canonical)
    switch shape {
    case .blankLines: return paras.joined(separator: "\n\n") + "\n"
    case .linePerParagraph, .wire: return paras.joined(separator: "\n") + "\n"
    case .indentedBlank: return paras.map(indent).joined(separator: "\n\n") + "\n"
    case .indented: return paras.map(indent).joined(separator: "\n") + "\n"
    case .columnWrapped:
      let width = wrapWidth(seed: seed)
      return paras.map { isDisplayLine($0) ? $0 : wrap($0, width: width) }.joined(separator: "\n\n") + "\n"
    }
  }

  /// Shape 6 for several articles: one roundup page, each article's headlines directly above its paragraphs, one
  /// paragraph per line and no blank line anywhere (how wire services and 简讯 columns deliver copy).
  public static func wirePage(_ canonicals: [String]) -> String {
    canonicals.map { paragraphs(of: $0).joined(separator: "\n") }.joined(separator: "\n") + "\n"
  }

  /// The column width of a shape-4 page, 14…24 characters, chosen by the seed.
  public static func wrapWidth(seed: UInt64) -> Int {
    var rng = SplitMix64(seed: seed)
    return 14 + Int(rng.next() % 11)
  }

  private static func indent(_ p: String) -> String { isDisplayLine(p) ? p : "\u{3000}\u{3000}" + p }

  /// Breaks a paragraph into lines of `width` columns (a Chinese character or mark is one column, an ASCII
  /// character half a column), the first line two columns shorter. Typesetting rules are kept as a PDF shows
  /// them: a closing mark or `，。` never starts a line (it stays on the line before, which runs one over), an
  /// opening mark never ends one (it moves down), a Latin word or number is never split, and a space stays at the
  /// end of its line (a Latin run longer than a line breaks after a space: `workers, ` / `but workers…`). So
  /// removing the line breaks gives the paragraph back exactly.
  static func wrap(_ paragraph: String, width: Int) -> String {
    let chars = Array(paragraph)
    var lines: [String] = []
    var line = ""
    var used = 0.0
    var limit = Double(width - 2)
    func flush() {
      lines.append(line)
      line = ""
      used = 0
      limit = Double(width)
    }
    var i = 0
    while i < chars.count {
      // The unit to place: a run of ASCII letters, digits and the marks inside numbers and words, or one character.
      var j = i + 1
      if isWordASCII(chars[i]) {
        while j < chars.count, isWordASCII(chars[j]) { j += 1 }
      }
      let unit = String(chars[i..<j])
      let cost = chars[i..<j].reduce(0.0) { $0 + columns($1) }
      if used > 0, used + cost > limit, !isLineStartForbidden(chars[i]) {
        // An opening mark at the end of the line moves down with what it opens.
        var carried = ""
        while let last = line.last, isLineEndForbidden(last) {
          carried = String(last) + carried
          line.removeLast()
        }
        if !line.isEmpty {
          flush()
          line = carried
          used = carried.reduce(0.0) { $0 + columns($1) }
        } else {
          line = carried
        }
      }
      line += unit
      used += cost
      i = j
    }
    if !line.isEmpty { lines.append(line) }
    return lines.joined(separator: "\n")
  }

  /// What belongs to a word or a number: ASCII letters, digits and the marks inside and after them (`9:30`,
  /// `5.6%`, `don't.`, `Wi-Fi`), and the ratio sign of a score (`25∶19`). A space is a unit of its own, so long
  /// Latin runs can break after it.
  private static func isWordASCII(_ c: Character) -> Bool {
    if c == "∶" { return true }
    guard let a = c.asciiValue else { return false }
    return (a >= 0x30 && a <= 0x39) || (a >= 0x41 && a <= 0x5A) || (a >= 0x61 && a <= 0x7A)
      || ".,:%-+/'_@#&?!;\"()".contains(c)
  }

  private static func columns(_ c: Character) -> Double { c.isASCII ? 0.5 : 1 }

  /// 禁则 (GB/T 15834 §5.1): marks that may not start a line.
  /// A space is kept with the line before, so no line starts with one.
  private static func isLineStartForbidden(_ c: Character) -> Bool { " ，。、；：？！）》〉”’】…—％".contains(c) }

  /// Marks that may not end a line.
  private static func isLineEndForbidden(_ c: Character) -> Bool { "（《〈“‘【".contains(c) }
}

/// A small deterministic generator (SplitMix64): the same seed gives the same pages on every platform, unlike the
/// standard library's seeded-per-process hashing.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A seed from a name (FNV-1a over its UTF-8), so a page's shape depends on its file name, not on its order.
  public static func seed(_ name: String, _ salt: UInt64 = 0) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ salt
    for b in name.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01B3
    }
    return h
  }
}
