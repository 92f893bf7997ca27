/// `script-stray-ascii`: an English function word standing alone between Chinese characters, as in
/// `精神 and 中央` — a leftover from translation or a typing slip. Acronyms and brands (EMS, APP, GDP, 5G, i会员)
/// are not function words and are never flagged; English sentences are masked as Latin phrases.
public struct StrayASCIIRule: Rule {
  public static let description = RuleDescription(
    id: "script-stray-ascii",
    summary: Message(zh: "中文句子中夹杂英文虚词", en: "Stray English word in a Chinese sentence"),
    rationale: Message(
      zh: "中文句子里单独出现的 and、or、the、of 等英文虚词多是译稿残留或输入失误，应改为相应的中文词（和、或）或删去。英文缩写和品牌名（EMS、APP、GDP、5G、i会员）是正常用法，不在此列。",
      en:
        "A lone English function word (and, or, the, of…) inside a Chinese sentence is a translation leftover or a slip; use the Chinese word (和, 或) or delete it. Acronyms and brands (EMS, APP, GDP, 5G, i会员) are normal usage."
    ),
    clause: "house-style E (mixed script); GB/T 15834—2011 §3 (中文文本)",
    defaultSeverity: .warning, fix: .unsafe,
    triggering: [
      Example("为深入学习贯彻党的二十大精神 and 中央经济工作会议精神", fixed: "为深入学习贯彻党的二十大精神和中央经济工作会议精神"),
      Example("可以选择线上or线下参加", fixed: "可以选择线上或线下参加"),
      Example("这是the最后一次机会"),
    ],
    nonTriggering: [
      Example("还为宋庄镇邮政所EMS快递人员送去“温暖包”。"),
      Example("在北京日报APP、工人日报APP同步播放。"),
      Example("推广普及“北京i会员”扫码入会方式。"),
      Example("全市GDP增长5.2%，5G基站超过1万个。"),
      Example("他说“Stay hungry, stay foolish.”是座右铭。"),
      Example("苹果公司CEO Tim Cook访华。"),
      Example("代码写作`a and b`，不改。"),
    ])

  let words: [String: String?]
  let allow: Set<String>

  public init(setup: RuleSetup) {
    var words: [String: String?] = [:]
    for e in setup.data.entries(for: Self.description.id, section: "words") {
      words[e.term.lowercased()] = e.replacement
    }
    self.words = words
    self.allow = Set(setup.data.entries(for: Self.description.id, section: "allow").map(\.term))
  }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    let bytes = doc.bytes
    var i = 0
    while i < bytes.count {
      guard doc.masks[i] == .latinWord else {
        i += 1
        continue
      }
      var e = i
      while e < bytes.count && doc.masks[e] == .latinWord { e += 1 }
      defer { i = e }
      guard ZoneSet.prose.contains(doc.zones[i]) else { continue }
      let word = doc.slice(i..<e)
      guard !allow.contains(word), let suggestion = words[word.lowercased()] else { continue }
      let left = doc.skipSpaces(backFrom: i)
      let right = doc.skipSpaces(from: e)
      guard let l = doc.scalar(before: left), CharClass.isHan(l.value),
        let r = doc.scalar(at: right), CharClass.isHan(r.value)
      else { continue }
      let fix = suggestion.map { ProposedFix.replace(left..<right, with: $0) }
      let advice = suggestion.map { "，应为“\($0)”" } ?? "，应删去或改为中文"
      let adviceEn = suggestion.map { "; use '\($0)'" } ?? "; delete it or write it in Chinese"
      sink.report(
        i..<e,
        Message(zh: "中文句子中夹杂英文词“\(word)”\(advice)", en: "English word '\(word)' in a Chinese sentence\(adviceEn)"),
        fix: fix)
    }
  }
}
