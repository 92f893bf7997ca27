/// The three 顿号 rules: between quoted or titled items, inside approximate numbers, and before the list-closing 等.
/// They share one scan for `、` (and `，等`).
enum Dunhao {
  /// Calls `body` with the offset of every `、` in prose and, when `comma` is true, of every `，` right before 等.
  static func forEach(
    _ doc: Document, comma: Bool = false, _ body: (PunctScan.Buffers, Range<Int>, Int, UInt32) -> Void
  ) {
    PunctScan.withBuffers(doc) { buf in
      PunctScan.forEachProse(buf, doc, doc.analysis(PauseMarks.self).dunhao) { block, i, u, _ in
        guard buf.open(i, .proseZones) else { return }
        body(buf, block, i, u)
      }
      guard comma else { return }
      PunctScan.forEachProse(buf, doc, doc.analysis(PauseMarks.self).commaBeforeDeng) { block, i, u, _ in
        guard buf.open(i, .proseZones) else { return }
        body(buf, block, i, u)
      }
    }
  }

  /// Chinese digits 一…九 and 两 with their values (〇 and 零 are no count of items).
  static func digit(_ u: UInt32) -> Int? {
    u == 0x3007 || u == 0x96F6 ? nil : ChineseNumerals.digit(u)
  }
}

/// `punct-dunhao-between-quoted`: items that carry their own quotes or title marks need no 顿号 between them
/// (`《公司法》、《证券法》` → `《公司法》《证券法》`). When something stands between them (`《人民日报》（海外版）、《光明日报》`)
/// the 顿号 stays, and this rule never sees it because the marks are not adjacent.
public struct DunhaoBetweenQuotedRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-dunhao-between-quoted",
    summary: Message(zh: "引号、书名号并列成分之间多用了顿号", en: "顿号 between quoted or titled items"),
    rationale: Message(
      zh: "标有引号的并列成分之间、标有书名号的并列成分之间通常不用顿号；若有其他成分插在中间（如括注），宜用顿号。标准说“通常”，所以只作警告。",
      en:
        "Items in quotes or title marks are usually not separated by 、; when something intervenes (a parenthesis), 、 is kept. The standard says 'usually', so this is a warning."
    ),
    clause: "GB/T 15834—2011 §4.5.3.5",
    defaultSeverity: .warning, fix: .safe,
    triggering: [
      Example("没有《公司法》、《证券投资基金法》", fixed: "没有《公司法》《证券投资基金法》"),
      Example("限时坐骑“战车”、“飞机”", fixed: "限时坐骑“战车”“飞机”"),
    ],
    nonTriggering: [
      Example("《人民日报》（海外版）、《光明日报》"),
      Example("“白发三千丈”（《秋浦歌》）、“朝如青丝暮成雪”（《将进酒》）"),
      Example("曾荣获“北京市法律援助先进个人”“北京市金牌劳动关系协调员”等荣誉称号。"),
      Example("苹果、香蕉、橘子等水果"),
    ])

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    Dunhao.forEach(doc) { buf, _, i, _ in
      let (l, _) = buf.before(i)
      let r = buf.value(at: i + 3)
      guard l == U.rightDoubleQuote || l == U.rightTitle || l == U.rightSingleQuote,
        r == U.leftDoubleQuote || r == U.leftTitle || r == U.leftSingleQuote
      else { return }
      sink.report(
        i..<(i + 3),
        Message(zh: "引号或书名号标示的并列成分之间通常不用顿号", en: "items in quotes or title marks need no 、 between them"),
        fix: .replace(i..<(i + 3), with: ""))
    }
  }
}

/// `punct-dunhao-approx-number`: two adjacent Chinese numbers used together for an approximate number take no 顿号
/// (`三、四个月` → `三四个月`, `十五、六岁` → `十五六岁`). Distinct items keep it: `二、三产业`, `一、二等奖`, `第一、二季度`,
/// `星期三、四`, and Arabic numerals (`第3、4条`, `3、4号线`, `25、26日`) are never touched.
public struct DunhaoApproxNumberRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-dunhao-approx-number",
    summary: Message(zh: "表示概数的相邻数字之间误用顿号", en: "顿号 inside an approximate number"),
    rationale: Message(
      zh: "相邻或相近两数字连用表示概数，中间不用顿号（三四个月、十五六岁）。若是缩略形式或分指两个确数（二、三产业，一、二等奖，第一、二季度），宜用顿号，不报。",
      en:
        "Two adjacent numbers used together as an approximation take no 、 (三四个月, 十五六岁). Abbreviations and two definite items (二、三产业, 一、二等奖, 第一、二季度) keep it."
    ),
    clause: "GB/T 15834—2011 §4.5.3.4",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("已经三、四个月没有回家", fixed: "已经三四个月没有回家"),
      Example("十五、六岁的少年", fixed: "十五六岁的少年"),
      Example("这人不过三十二、三岁", fixed: "这人不过三十二三岁"),
      Example("来了五、六十人", fixed: "来了五六十人"),
    ],
    nonTriggering: [
      Example("大力发展二、三产业"),
      Example("获得一、二等奖"),
      Example("第一、二季度经济平稳"),
      Example("按第3、4条执行，乘3、4号线，25、26日两天"),
      Example("退居二、三线的老同志"),
      Example("星期三、四下午开放"),
      Example("一、二、三号楼"),
      Example("七、八十年代的老照片"),
    ])

  /// Measure words after which two adjacent numbers read as an approximation. 月 and 日 are dates (三、四月 are
  /// March and April), 年级 期 届 线 号 级 等 name distinct items, so none of them is here.
  static let measures: Set<UInt32> = Set(
    "个岁年天位名人次遍家户本件条种项只张元块斤里米周倍辆台座所场回步句篇页批处点样成株棵头匹杯碗双套份层趟顿口把支颗粒片"
      .unicodeScalars.map(\.value))
  static let multipliers: Set<UInt32> = Set("十百千万亿".unicodeScalars.map(\.value))
  /// Before the first number: 第一、二, 星期三、四, 周三、四, 礼拜三、四, 初三、四, 高一、二, 大三、四 are distinct items.
  static let ordinalPrefixes: Set<UInt32> = Set("第期周拜初高大、".unicodeScalars.map(\.value))

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    Dunhao.forEach(doc) { buf, block, i, _ in
      let (l, ls) = buf.before(i)
      let (r, rn) = buf.scalar(at: i + 3 < buf.count ? i + 3 : i)
      guard let a = Dunhao.digit(l), let z = Dunhao.digit(r), i + 3 < block.upperBound else { return }
      guard z == a + 1 || (a == 3 && z == 5) else { return }
      let (p, _) = buf.before(ls)
      if Self.ordinalPrefixes.contains(p) { return }
      // 一、二 without a preceding 十 is almost always "first and second"; 一、两 is an approximation.
      if a == 1 && r != 0x4E24 && p != 0x5341 { return }
      var k = i + 3 + rn
      while k < block.upperBound, Self.multipliers.contains(buf.value(at: k)) { k += 3 }
      let m = buf.value(at: k)
      let m2 = buf.value(at: k + 3)
      // Two-character measures: 小时 分钟 公里 公斤 公顷.
      let pair =
        (m == 0x5C0F && m2 == 0x65F6) || (m == 0x5206 && m2 == 0x949F)
        || (m == 0x516C && (m2 == 0x91CC || m2 == 0x65A4 || m2 == 0x9877))
      guard Self.measures.contains(m) || pair else { return }
      if m == 0x5E74 && (m2 == 0x7EA7 || m2 == 0x4EE3) { return }  // 年级 年代
      sink.report(
        i..<(i + 3),
        Message(zh: "相邻数字表示概数，中间不用顿号", en: "adjacent numbers forming an approximation take no 、"),
        fix: .replace(i..<(i + 3), with: ""))
    }
  }
}

/// `punct-dunhao-before-deng`: a list closes with 等/等等 directly after its last item, without `、` or `，` before it
/// (`苹果、香蕉、橘子、等水果` → `苹果、香蕉、橘子等水果`). Words that start with 等 (等级, 等待, 等于…) and the verb
/// "wait" (等他, 等到…) are not the particle; `，等` is flagged only when the clause before it is a 、-list, and the
/// clause list `……，等等。` is correct.
public struct DunhaoBeforeDengRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-dunhao-before-deng",
    summary: Message(zh: "“等”前误用顿号或逗号", en: "、 or ， before the list-closing 等"),
    rationale: Message(
      zh: "“等”“等等”紧跟在列举的最后一项之后，前面不加顿号或逗号。以“等”开头的词（等级、等待、等于）和动词“等”不在此列；分句列举后的“，等等。”是规范用法。",
      en:
        "等/等等 follow the last listed item directly, with no 、 or ， before them. Words beginning with 等 (等级, 等待, 等于) and the verb 等 are not the particle; '，等等。' after a list of clauses is correct."
    ),
    clause: "GB/T 15834—2011 §4.5（顿号）; house-style A punct-dunhao-before-deng",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("苹果、香蕉、橘子、等水果", fixed: "苹果、香蕉、橘子等水果"),
      Example("北京、上海、广州，等城市", fixed: "北京、上海、广州等城市"),
      Example("发放米、面、油、等等", fixed: "发放米、面、油等等"),
    ],
    nonTriggering: [
      Example("按职称、等级评定"),
      Example("排队、等待、上车"),
      Example("他说，等明天再去。"),
      Example("要讲政治，顾大局，守纪律，等等。"),
      Example("苹果、香蕉、橘子等水果"),
      Example("会员、等同于会员的人员"),
    ],
    supersedes: ["punct-doubled"])

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    Dunhao.forEach(doc, comma: true) { buf, block, i, mark in
      guard i + 3 < block.upperBound, buf.value(at: i + 3) == U.deng, DengWords.isParticle(buf, at: i + 3) else {
        return
      }
      if mark == U.comma {
        if buf.value(at: i + 6) == U.deng { return }  // ……，等等。
        guard DengWords.clauseHasList(buf, block, before: i, within: 60) else { return }
      }
      let shown = mark == U.comma ? "，" : "、"
      sink.report(
        i..<(i + 3),
        Message(zh: "“等”前不用“\(shown)”", en: "no '\(shown)' before the list-closing 等"),
        fix: .replace(i..<(i + 3), with: ""))
    }
  }
}
