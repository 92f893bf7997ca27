/// `word-de-di-de`: two high-precision 的/地/得 patterns from `rules/word/de-di-de.txt` — an adverbial + 的 + verb
/// (加班加点的制作 → 地) and an intransitive verb + 的 + degree word (跑的很快 → 得). Everything else about 的/地/得
/// needs a parser and is left to the editor.
public struct DeDiDeRule: Rule {
  public static let description = RuleDescription(
    id: "word-de-di-de",
    summary: Message(zh: "的、地、得误用", en: "的/地/得 confusion"),
    rationale: Message(
      zh: "状语后用“地”（加班加点地制作、积极地推进），补语前用“得”（跑得很快）。本规则只检查高把握的固定搭配，并排除名词性用法（进行了认真的研究、积极的推进作用）和“有的、真的、目的、的确”等词。",
      en:
        "An adverbial takes 地 (加班加点地制作, 积极地推进) and a complement takes 得 (跑得很快). Only high-confidence combinations are checked; nominal uses (进行了认真的研究, 积极的推进作用) and words such as 有的, 真的, 目的, 的确 are excluded."
    ),
    clause: "house-style D word-de-di-de",
    defaultSeverity: .warning, fix: .unsafe,
    triggering: [
      Example("工作人员加班加点的制作相关法律文书。", fixed: "工作人员加班加点地制作相关法律文书。"),
      Example("各级工会积极的推进职工书屋建设。", fixed: "各级工会积极地推进职工书屋建设。"),
      Example("他们认真的研究了方案。", fixed: "他们认真地研究了方案。"),
      Example("他跑的很快。", fixed: "他跑得很快。"),
    ],
    nonTriggering: [
      Example("有的很好，有的很差，这件事真的很重要。"),
      Example("他们进行了认真的研究。"),
      Example("发挥积极的推进作用。"),
      Example("这样做的目的很明确，当地获得了很多支持。"),
      Example("我们将更加努力地工作。"),
      Example("经过加班加点的制作，文书终于完成。"),
    ])

  let adverbials: [String]
  let verbs: [String]
  let nominalizers: [String]
  let heads: [String]
  let manner: [String]
  let degree: [(word: String, except: [String])]
  let adverbialBytes: [[UInt8]]
  let mannerBytes: [[UInt8]]

  public init(setup: RuleSetup) throws {
    let id = Self.description.id
    func terms(_ section: String) -> [String] {
      setup.data.entries(for: id, section: section).map(\.term).sorted { $0.count > $1.count }
    }
    adverbials = terms("adverbials")
    verbs = terms("verbs")
    nominalizers = terms("nominalizers")
    heads = terms("heads")
    manner = terms("manner")
    degree = setup.data.entries(for: id, section: "degree").map { ($0.term, WordListEntry.list($0["except"])) }
    adverbialBytes = adverbials.map { Array($0.utf8) }
    mannerBytes = manner.map { Array($0.utf8) }
  }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    guard !adverbials.isEmpty || !manner.isEmpty else { return }
    let de = Array("的".utf8)
    let bytes = doc.bytes
    for block in doc.blocks where block.kind == .lead || block.kind == .body || block.kind == .caption {
      var quotes: QuoteMap?
      var i = block.range.lowerBound
      while i + 3 <= block.range.upperBound {
        guard bytes[i] == de[0], bytes[i + 1] == de[1], bytes[i + 2] == de[2], ZoneSet.prose.contains(doc.zones[i]),
          !doc.masks[i].isOpaque
        else {
          i += 1
          continue
        }
        defer { i += 3 }
        // Cheap byte test first: most 的 have no listed word on either side, and need no String at all.
        let floor = block.range.lowerBound
        guard endsWithAny(bytes, i, floor, adverbialBytes) || endsWithAny(bytes, i, floor, mannerBytes) else {
          continue
        }
        if quotes == nil { quotes = QuoteMap(doc, block.range) }
        if quotes!.state(at: i).inTitle { continue }
        let before = doc.slice(max(block.range.lowerBound, i - 15)..<i)
        let after = doc.slice((i + 3)..<min(block.range.upperBound, i + 3 + 18))
        if let (replacement, left, right) = judge(before: before, after: after) {
          let shown = left + "的" + right
          sink.report(
            i..<(i + 3),
            Message(
              zh: replacement == "地" ? "“\(shown)”：状语后应用“地”" : "“\(shown)”：补语前应用“得”",
              en: replacement == "地" ? "'\(shown)': an adverbial takes 地" : "'\(shown)': a complement takes 得"),
            fix: .replace(i..<(i + 3), with: replacement))
        }
      }
    }
  }

  private func endsWithAny(_ b: [UInt8], _ end: Int, _ floor: Int, _ words: [[UInt8]]) -> Bool {
    words.contains { w in end - w.count >= floor && b[(end - w.count)..<end].elementsEqual(w) }
  }

  /// 地 or 得 when the text around a 的 matches one of the patterns (with the words it saw), else nil.
  func judge(before: String, after: String) -> (String, String, String)? {
    if let adv = adverbials.first(where: { before.hasSuffix($0) }),
      let verb = verbs.first(where: { after.hasPrefix($0) })
    {
      let lead = before.dropLast(adv.count)
      if nominalizers.contains(where: { lead.hasSuffix($0) }) { return nil }
      // `努力的` after 更加 etc. is still adverbial; after 了/过/着 the phrase is an object (作了认真的研究).
      if let l = lead.last, l == "了" || l == "过" || l == "着" || l == "是" { return nil }
      let rest = after.dropFirst(verb.count)
      guard let next = rest.first else { return nil }
      if next == "了" || next == "着" || next == "过" { return ("地", adv, verb) }
      guard next.unicodeScalars.allSatisfy({ CharClass.isHan($0.value) }) else { return nil }
      if heads.contains(where: { rest.hasPrefix($0) }) { return nil }
      return ("地", adv, verb)
    }
    if let verb = manner.first(where: { before.hasSuffix($0) }) {
      for (word, except) in degree where after.hasPrefix(word) {
        if except.contains(where: { after.hasPrefix($0) }) { return nil }
        guard let next = after.dropFirst(word.count).first,
          next.unicodeScalars.allSatisfy({ CharClass.isHan($0.value) })
        else { return nil }
        return ("得", verb, String(after.prefix(word.count + 1)))
      }
    }
    return nil
  }
}
