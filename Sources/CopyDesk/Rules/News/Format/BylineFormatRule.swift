import Foundation

/// `news-byline-format`: the 讯头/电头 and byline that open a story must follow the house template,
/// `本报讯（记者 张晶）` by default. The template (space before the parenthesis, space between a role and its names,
/// allowed roles) is a profile option because houses differ: 人民日报 writes `本报北京7月10日电 （记者杜海涛）`.
/// Wire datelines (新华社, 中新社, 人民网…) are reprinted copy and keep their spacing; only hard errors
/// (half-width parentheses, a colon, a year in the dateline) are flagged there.
public struct BylineFormatRule: Rule {
  public static let description = RuleDescription(
    id: "news-byline-format",
    summary: Message(zh: "讯头、电头格式不符合本报模板", en: "Dateline/byline not in the house template"),
    rationale: Message(
      zh:
        "稿件开头的讯头、电头和署名按本报模板书写：全角括号，讯头与括号之间、括号内侧不留空格，角色（记者、通讯员、实习记者、特约记者、实习生）与姓名之间空一格，不用冒号；电头只写月日，不写年份，有地点和日期时用“电”。转载的通讯社电头保留其格式。",
      en:
        "The dateline and byline that open a story follow the house template: full-width parentheses, no space after 本报讯 or inside the parentheses, one space between a role (记者, 通讯员, 实习记者, 特约记者, 实习生) and its names, no colon; a dateline gives month and day but no year and ends in 电 when it names a place and date. Reprinted wire datelines keep their own style."
    ),
    clause: "house-style C news-byline-format, §3 templates",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("本报讯(记者孟为)国家发改委昨天公布有关情况。", fixed: "本报讯（记者 孟为）国家发改委昨天公布有关情况。", variants: false),
      Example("本报讯 （记者 王路曼 ） 近日，密云区总工会开展慰问。", fixed: "本报讯（记者 王路曼）近日，密云区总工会开展慰问。", variants: false),
      Example("本报讯（记者张晶）市总工会开展慰问。", fixed: "本报讯（记者 张晶）市总工会开展慰问。", variants: false),
      Example("本报讯（记者：张晶）市总工会开展慰问。", fixed: "本报讯（记者 张晶）市总工会开展慰问。", variants: false),
      Example("本报讯 记者张晶报道：市总工会开展慰问。", fixed: "本报讯（记者 张晶）市总工会开展慰问。", variants: false),
      Example("本报讯(记者余翠平 通讯员王玉)近日，拱辰街道开展活动。", fixed: "本报讯（记者 余翠平 通讯员 王玉）近日，拱辰街道开展活动。", variants: false),
      Example("本报讯 （记者 崔欣 通讯员\n宋雅欣）近日，青海省杂多县来访。", fixed: "本报讯（记者 崔欣 通讯员 宋雅欣）近日，青海省杂多县来访。", variants: false),
      Example("新华社北京2024年1月16日电（记者张晶）国务院新闻办公室16日举行发布会。", fixed: "新华社北京1月16日电（记者张晶）国务院新闻办公室16日举行发布会。", variants: false),
      Example("本报北京1月16日讯（记者 张晶）市总工会开展慰问。", fixed: "本报北京1月16日电（记者 张晶）市总工会开展慰问。", variants: false),
      Example("本报北京一月十六日电（记者 张晶）市总工会开展慰问。", fixed: "本报北京1月16日电（记者 张晶）市总工会开展慰问。", variants: false),
      Example(
        "本报北京7月10日电（记者 杜海涛）商务部10日发布数据。", fixed: "本报北京7月10日电 （记者杜海涛）商务部10日发布数据。",
        options: #"{"spaceBeforeParenthesis": true, "roleSpace": false}"#, variants: false),
      Example("本报讯（见习记者 张晶）市总工会开展慰问。", variants: false),
    ],
    nonTriggering: [
      Example("本报讯（记者 张晶）市总工会开展慰问。", variants: false),
      Example("本报讯（记者 陈曦 通讯员 刘换利）近日，经开区总工会开展送温暖慰问活动。", variants: false),
      Example("本报讯（记者 戈伟 实习生 刘晓雪）近日举行活动。", variants: false),
      Example("新华社北京1月16日电（记者张晶、李明）国务院新闻办公室16日举行发布会。", variants: false),
      Example("人民网北京2月5日电 （记者林露）记者从教育部获悉。", variants: false),
      Example("中新社北京六月二十五日电（记者 洪坚鹏）记者25日获悉。", variants: false),
      Example("据新华社电 记者从全国总工会获悉，活动正式启动。", variants: false),
      Example("央视网消息（新闻联播）：国务院常务会议16日召开。", variants: false),
      Example(
        "本报北京7月10日电 （记者杜海涛）商务部10日发布数据。",
        options: #"{"spaceBeforeParenthesis": true, "roleSpace": false}"#, variants: false),
      Example("记者从本报讯息部门了解到（记者张晶）的情况。", variants: false),
    ],
    supersedes: ["punct-halfwidth-in-cjk", "punct-space-around-fullwidth", "space-cjk"])

  /// The house template; houses differ (人民日报: `本报北京7月10日电 （记者杜海涛）`).
  public struct Options: RuleOptions {
    enum NameSeparator: String, OptionEnum {
      case keep
      case space = " "
      case dunhao = "、"
    }
    var spaceBeforeParenthesis: Bool
    var roleSpace: Bool
    var roles: [String]
    var nameSeparator: NameSeparator

    public init(from reader: inout OptionReader) throws(RuleConfigurationError) {
      spaceBeforeParenthesis = try reader.read(
        "spaceBeforeParenthesis", default: false, doc: "A space between the dateline and （: 本报北京7月10日电 （记者杜海涛）")
      roleSpace = try reader.read(
        "roleSpace", default: true, doc: "A space between a role and its names: （记者 张晶） rather than （记者张晶）")
      roles = try reader.read(
        "roles", default: ["记者", "通讯员", "实习记者", "特约记者", "实习生"],
        doc: "The roles a byline of the paper may name; others are reported")
      nameSeparator = try reader.read(
        "nameSeparator", default: .keep,
        doc: "Between several names of one role: \" \" or \"、\"; keep leaves the writer's choice")
    }
  }

  let options: Options

  public init(setup: RuleSetup) throws { options = try setup.options() }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    for block in doc.blocks where block.kind == .lead {
      guard let r = block.bylineRange else { continue }
      check(doc, r, into: &sink)
    }
  }

  private func check(_ doc: Document, _ r: Range<Int>, into sink: inout DiagnosticSink) {
    let head = Scalars(doc.bytes, r)
    guard let d = NewsPatterns.datelineLength(head, from: 0) else { return }
    let datelineEnd = head.offset(d)
    let contentEnd = max(datelineEnd, doc.skipSpaces(backFrom: r.upperBound))
    // Spaces between the byline and the story are part of the finding; spaces before a line break are not ours.
    let hasByline =
      doc.scalar(at: doc.skipSpaces(from: datelineEnd)).map { $0.value != 0x0A && $0.value != 0x0D } ?? false
      && datelineEnd < contentEnd
    // `据新华社电 记者从…获悉`: with no byline, the space after the dateline is the agency's style, not ours.
    let spacesBeforeText = hasByline && contentEnd < r.upperBound && !doc.isLineEnd(contentEnd)
    let reportEnd = spacesBeforeText ? r.upperBound : contentEnd
    let dateline = doc.slice(r.lowerBound..<datelineEnd)
    let rest = Substring(doc.slice(datelineEnd..<contentEnd))
    var problems: [(zh: String, en: String)] = []

    // The dateline itself: no year, and 电 (not 讯) after a place and date.
    var fixedDateline = dateline
    if let year = Self.yearRange(in: dateline) {
      fixedDateline.removeSubrange(year)
      problems.append(("电头不写年份", "no year in a dateline"))
    }
    if fixedDateline.hasSuffix("讯") && fixedDateline != "本报讯" {
      fixedDateline = String(fixedDateline.dropLast()) + "电"
      problems.append(("有地点和日期的电头用“电”", "a dateline with place and date ends in 电"))
    }
    let isOwn = dateline.hasPrefix("本报") || dateline.hasPrefix("据本报")
    // Our own datelines write the date in Arabic numerals; legacy 中新社 `六月二十五日电` is wire copy and kept.
    if isOwn, let arabic = Self.arabicDate(fixedDateline) {
      fixedDateline = arabic
      problems.append(("电头日期用阿拉伯数字", "write the dateline's date in Arabic numerals"))
    }

    let spaceRun = rest.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
    let body = rest.dropFirst(spaceRun.count)
    var expected: String
    var roles: [String] = []
    if body.isEmpty {
      expected = fixedDateline + spaceRun
    } else if body.first == "（" || body.first == "(" {
      guard body.count >= 2, body.last == "）" || body.last == ")" else { return }
      let inner = body.dropFirst().dropLast()
      if body.first == "(" || body.last == ")" { problems.append(("括号应为全角", "use full-width parentheses")) }
      if inner.unicodeScalars.contains("：") || inner.unicodeScalars.contains(":") {
        problems.append(("署名中不用冒号", "no colon in the byline"))
      }
      let parsed = Attribution.parse(inner)
      roles = parsed?.groups.map(\.role) ?? []
      if isOwn, let parsed {
        if !spaceRun.isEmpty && !options.spaceBeforeParenthesis {
          problems.append(("讯头与括号之间不空格", "no space before the parenthesis"))
        } else if spaceRun.isEmpty && options.spaceBeforeParenthesis {
          problems.append(("讯头与括号之间空一格", "one space before the parenthesis"))
        }
        var trimmed = inner
        while let c = trimmed.first, c.isWhitespace { trimmed = trimmed.dropFirst() }
        while let c = trimmed.last, c.isWhitespace { trimmed = trimmed.dropLast() }
        let trimmedInner = String(trimmed)
        if trimmedInner.count != inner.count {
          problems.append(("括号内侧不留空格", "no space inside the parentheses"))
        }
        if !inner.unicodeScalars.contains("：") && !inner.unicodeScalars.contains(":") && trimmedInner != render(parsed)
        {
          if inner.unicodeScalars.contains("\n") || inner.unicodeScalars.contains("\r") {
            problems.append(("署名中间不换行", "no line break inside the byline"))
          } else {
            problems.append(
              options.roleSpace
                ? ("角色与姓名之间空一格", "one space between a role and its names")
                : ("角色与姓名之间不空格", "no space between a role and its names"))
          }
        }
        expected = fixedDateline + (options.spaceBeforeParenthesis ? " " : "") + "（" + render(parsed) + "）"
      } else {
        // Wire copy, or a parenthesis that holds no byline (`（新闻联播）`): only width and colons are ours.
        let innerFixed = inner.replacingOccurrences(of: "：", with: "").replacingOccurrences(of: ":", with: "")
        expected = fixedDateline + spaceRun + "（" + innerFixed + "）"
      }
    } else {
      // `本报讯 记者张晶报道：` — a byline without parentheses.
      var inner = body
      if inner.last == "：" || inner.last == ":" { inner = inner.dropLast() }
      if inner.hasSuffix("报道") { inner = inner.dropLast(2) }
      guard let parsed = Attribution.parse(inner) else { return }
      roles = parsed.groups.map(\.role)
      problems.append(("署名应放在括号内，不用“报道：”", "put the byline in parentheses, without 报道："))
      expected = fixedDateline + (isOwn && options.spaceBeforeParenthesis ? " " : "") + "（" + render(parsed) + "）"
    }
    let actual = doc.slice(r.lowerBound..<reportEnd)
    if spacesBeforeText { problems.append(("署名与正文之间不空格", "no space between the byline and the story")) }
    let badRoles = isOwn ? roles.filter { !options.roles.contains($0) } : []
    if actual == expected && badRoles.isEmpty { return }
    if problems.isEmpty && actual != expected { problems.append(("格式与模板不一致", "differs from the template")) }
    for role in badRoles {
      problems.append(
        (
          "署名角色“\(role)”不在本报模板中（可用：\(options.roles.joined(separator: "、"))）",
          "role '\(role)' is not in the house template (allowed: \(options.roles.joined(separator: ", ")))"
        ))
    }
    let fix: ProposedFix? = actual == expected ? nil : .replace(r.lowerBound..<reportEnd, with: expected)
    let shown = expected.replacingOccurrences(of: "\n", with: "")
    sink.report(
      r.lowerBound..<reportEnd,
      Message(
        zh: "讯头格式不符合本报模板：" + problems.map(\.zh).joined(separator: "；") + (fix == nil ? "" : "。应为“\(shown)”"),
        en: "dateline/byline not in the house template: " + problems.map(\.en).joined(separator: "; ")
          + (fix == nil ? "" : ". Expected '\(shown)'")),
      fix: fix)
  }

  private func render(_ a: Attribution) -> String {
    let names =
      options.nameSeparator == .keep ? (a.usedDunhao || !options.roleSpace ? "、" : " ") : options.nameSeparator.rawValue
    return a.render(roleSeparator: options.roleSpace ? " " : "", nameSeparator: names)
  }

  /// The dateline with a Chinese-numeral `一月十六日` rewritten as `1月16日`, or nil when there is none.
  static let chineseDigits: [Character: Int] = [
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "〇": 0, "零": 0,
  ]

  static func arabicDate(_ s: String) -> String? {
    // Most datelines (本报讯) have no date at all: answer before any Character work.
    guard s.unicodeScalars.contains("月") else { return nil }
    let digits = chineseDigits
    func value(_ t: Substring) -> Int? {
      guard !t.isEmpty, t.count <= 3 else { return nil }
      if let ten = t.firstIndex(of: "十") {
        let high = t[..<ten].isEmpty ? 1 : digits[t[t.startIndex]]
        let low = t[t.index(after: ten)...].isEmpty ? 0 : t.last.flatMap { digits[$0] }
        guard let high, let low, t[..<ten].count <= 1, t[t.index(after: ten)...].count <= 1 else { return nil }
        return high * 10 + low
      }
      return t.count == 1 ? digits[t.first!] : nil
    }
    guard let month = s.firstIndex(of: "月"), let day = s.firstIndex(of: "日"), month < day else { return nil }
    var start = month
    while start > s.startIndex, digits[s[s.index(before: start)]] != nil || s[s.index(before: start)] == "十" {
      start = s.index(before: start)
    }
    guard let m = value(s[start..<month]), let d = value(s[s.index(after: month)..<day]), (1...12).contains(m),
      (1...31).contains(d)
    else { return nil }
    return String(s[..<start]) + "\(m)月\(d)日" + String(s[s.index(after: day)...])
  }

  /// `2024年` or `二〇二四年` inside a dateline (four digits and 年).
  static func yearRange(in s: String) -> Range<String.Index>? {
    guard s.unicodeScalars.contains("年") else { return nil }
    let chars = Array(s.indices)
    var k = 0
    while k + 4 < chars.count {
      let isDigit = { (c: Character) in (c.isASCII && c.isNumber) || "〇零一二三四五六七八九".contains(c) }
      if (0..<4).allSatisfy({ isDigit(s[chars[k + $0]]) }) && s[chars[k + 4]] == "年" {
        return chars[k]..<s.index(after: chars[k + 4])
      }
      k += 1
    }
    return nil
  }
}
