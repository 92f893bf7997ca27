/// `punct-interpunct-form`: the 间隔号 between the parts of a transliterated name (or a book and its chapter) is
/// U+00B7 `·`. Bullets and look-alikes between two Han characters — `•` U+2022, `・` U+30FB, `･` U+FF65, `‧` U+2027,
/// `∙` U+2219, `⋅` U+22C5 — are always that mark in the wrong code point. A period (`.` or `．`) between Han is
/// taken for one only when both neighbouring name parts are made of transliteration characters (`马丁.路德.金`),
/// since a period between Han is otherwise a half-width full stop (`punct-halfwidth-in-cjk`'s). A bullet at the
/// start of a line is a list bullet, not a name.
public struct InterpunctFormRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-interpunct-form",
    summary: Message(zh: "间隔号形式不规范", en: "Malformed interpunct"),
    rationale: Message(
      zh: "外国人名、少数民族人名各部分之间和书名与篇章名之间用间隔号“·”（U+00B7）。圆点“•”、日文中点“・”、句点等外形相近的符号都不规范。行首的项目符号不是间隔号。",
      en:
        "The parts of a transliterated name, and a book and its chapter, are separated by '·' (U+00B7). Bullets, the Japanese middle dot and periods that look similar are the wrong characters. A bullet at the start of a line is a list bullet."
    ),
    clause: "GB/T 15834—2011 §4.14（间隔号）",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("马丁•路德•金的演讲", fixed: "马丁·路德·金的演讲"),
      Example("《三国志・蜀志》记载", fixed: "《三国志·蜀志》记载"),
      Example("马丁.路德.金的演讲", fixed: "马丁·路德·金的演讲"),
      Example("列夫．托尔斯泰的小说", fixed: "列夫·托尔斯泰的小说"),
    ],
    nonTriggering: [
      Example("• 加强组织领导\n• 完善工作机制", variants: false),
      Example("马丁·路德·金的演讲"),
      Example("会议召开.大家认为很好"),
      Example("排名No.1，增长5.2%，网址www.example.com。"),
      Example("让-雅克·卢梭、“3·15”晚会"),
      Example("北纬23．7度"),
    ],
    supersedes: ["punct-halfwidth-in-cjk"])

  /// Characters that make up transliterated names (GB/T 17693 style). A period is an interpunct only when the
  /// name parts on both sides consist of these.
  static let transliteration: Set<UInt32> = Set(
    ("阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布采查达戴丹道德登迪蒂丁东杜顿多厄恩尔法凡范菲费芬丰夫弗伏福富"
      + "盖甘冈高戈哥格根古圭哈海汉豪赫黑亨洪胡华霍基吉加贾杰金津卡凯坎康考柯科可克肯库夸奎昆拉莱赖兰朗劳勒雷蕾"
      + "李里理丽利莉列林琳隆卢鲁路伦罗洛吕马玛迈麦曼毛梅门蒙米密明莫默姆穆娜纳乃奈南内尼妮涅宁纽努诺欧帕潘佩彭"
      + "皮平珀普齐奇契乔琼丘萨塞赛桑瑟森沙莎尚舍圣施什史斯松苏索塔泰坦汤唐特提廷通图托瓦万威韦维温文沃乌伍西希"
      + "锡席夏谢辛欣休雅亚扬耶伊英尤约泽扎詹朱兹佐翰逊茨卓瑞芙薇娅黛茜露璐让肖列夫托泰娃琪蒂妮丝尼奥").unicodeScalars
      .map(\.value))

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    PunctScan.withBuffers(doc) { buf in
      PunctScan.forEachProse(buf, doc, buf.index.rare) { block, i, u, k in
        let symbol = u == 0x2022 || u == 0x30FB || u == 0xFF65 || u == 0x2027 || u == 0x2219 || u == 0x22C5
        guard symbol || u == 0x2E || u == U.fullwidthStop, buf.open(i, .proseZones) else { return }
        let n = buf.eventLength(k)
        let (l, _) = buf.before(i)
        let r = buf.value(at: i + n)
        guard CharClass.isHan(l) && CharClass.isHan(r) else { return }
        if !symbol && !periodSeparatesName(buf, block, i, n) { return }
        let shown = String(decoding: buf.bytes[i..<(i + n)], as: UTF8.self)
        sink.report(
          i..<(i + n),
          Message(
            zh: "间隔号应为“·”（U+00B7），不用“\(shown)”（\(U.codePoint(u))）",
            en: "the interpunct is '·' (U+00B7), not '\(shown)' (\(U.codePoint(u)))"),
          fix: .replace(i..<(i + n), with: "·"))
      }
    }
  }

  /// A period at `i` separates name parts when the two Han before it are transliteration characters and so are the
  /// two after it (`马丁.路德`), or, for the last part of a chain (`路德.金的`), the first one after it.
  private func periodSeparatesName(_ buf: PunctScan.Buffers, _ block: Range<Int>, _ i: Int, _ n: Int) -> Bool {
    var j = i
    var before = 0
    while j > block.lowerBound && before < 2 {
      let (u, s) = buf.before(j)
      guard CharClass.isHan(u) else { break }
      guard Self.transliteration.contains(u) else { return false }
      before += 1
      j = s
    }
    guard before >= 1 else { return false }
    let chained = buf.before(j).0 == buf.value(at: i)
    var k = i + n
    var after = 0
    while k < block.upperBound && after < 2 {
      let (u, m) = buf.scalar(at: k)
      guard CharClass.isHan(u) else { break }
      guard Self.transliteration.contains(u) else { return after >= 1 && chained }
      after += 1
      k += m
    }
    return after >= 1
  }
}
