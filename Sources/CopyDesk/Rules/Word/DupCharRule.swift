/// `word-dup-char`: an accidentally doubled character (真正正, 做好好, 的的). Chinese reduplicates on purpose and words
/// meet on shared characters (今天|天气, 工会|会员), so only the patterns of `rules/word/reduplication.txt` are
/// flagged: listed words with a doubled character, doubled function characters, and runs of three. Beyond the
/// lists, the lexicon's segmentation finds a character doubled at the edge of an ordinary word (深入入推进,
/// 全面面落实: `TypoDetector.doubled`), where the pair is no word (常常, 深深) and the stray copy opens or closes no
/// word of its own (学习|习近平, 推进|进程, 提高|高校).
public struct DupCharRule: Rule {
  public static let description = RuleDescription(
    id: "word-dup-char",
    summary: Message(zh: "疑似误重复的字", en: "Accidentally doubled character"),
    rationale: Message(
      zh: "输入时多打一个字（真正正、做好好、的的）是常见差错。汉语有大量正常的重叠（常常、一幅幅、认认真真、绿油油、人名张婷婷）和词语交界处的同字相连（今天天气、工会会员），本规则只检查重叠词表之外的高把握模式。",
      en:
        "Typing a character twice (真正正, 做好好, 的的) is a common slip. Chinese has much deliberate reduplication (常常, 一幅幅, 认认真真, 绿油油, names like 张婷婷) and words that meet on a shared character (今天天气, 工会会员), so only high-confidence patterns outside the reduplication lexicon are flagged."
    ),
    clause: "house-style D word-dup-char",
    defaultSeverity: .warning, fix: .unsafe,
    triggering: [
      Example("为区域发展和职工群众真正正带来实惠。", fixed: "为区域发展和职工群众真正带来实惠。"),
      Example("切实做好好今年的工作。", fixed: "切实做好今年的工作。"),
      Example("这是我的的书。", fixed: "这是我的书。"),
      Example("我们要真真正落实到位。", fixed: "我们要真正落实到位。"),
      Example("要深入入推进改革，全面面落实责任。", fixed: "要深入推进改革，全面落实责任。"),
    ],
    nonTriggering: [
      Example("一幅幅画面映入眼帘，一段段历史进入耳朵。"),
      Example("他们纷纷表示，谢谢工会，常常来看望。"),
      Example("大家认认真真地工作，真真正正落实到位。"),
      Example("职工们兴致勃勃地动手制作，田野里绿油油的一片。"),
      Example("张婷婷是一名快递员。"),
      Example("今天天气很好，工会会员和中国国家队都来了。"),
      Example("这样做的目的的确是为了了解情况。"),
      Example("他们常常来看望，深深感动了大家。"),
      Example("深入学习习近平新时代中国特色社会主义思想。"),
      Example("加快推进进程，提高高校办学水平。"),
      Example("北京市职工技术协会会\n长周振宇出席。"),
    ])

  struct WordEntry {
    var ok: [String]
  }

  /// Words by their two scalars.
  let words: [String: WordEntry]
  let function: [UInt32: [String]]
  let aa: Set<String>
  let triple: Set<UInt32>
  let detector: TypoDetector

  public init(setup: RuleSetup) throws {
    detector = try TypoDetector.builtin(data: setup.data)
    let id = Self.description.id
    func ok(_ e: DataEntry) -> [String] { WordListEntry.list(e["ok"]) }
    var words: [String: WordEntry] = [:]
    for e in setup.data.entries(for: id, section: "words") {
      guard e.term.unicodeScalars.count == 2 else {
        throw RuleConfigurationError(
          file: "word-dup-char data", line: e.line, message: "words entries have two characters: '\(e.term)'")
      }
      words[e.term] = WordEntry(ok: ok(e))
    }
    var function: [UInt32: [String]] = [:]
    for e in setup.data.entries(for: id, section: "function") {
      guard let u = e.term.unicodeScalars.first, e.term.unicodeScalars.count == 1 else {
        throw RuleConfigurationError(
          file: "word-dup-char data", line: e.line, message: "function entries are one character: '\(e.term)'")
      }
      function[u.value] = ok(e)
    }
    self.words = words
    self.function = function
    aa = Set(setup.data.entries(for: id, section: "aa").map(\.term))
    triple = Set(setup.data.entries(for: id, section: "triple").compactMap { $0.term.unicodeScalars.first?.value })
  }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    var found: [(range: Range<Int>, fixed: String)] = []
    for block in doc.blocks
    where block.kind == .lead || block.kind == .body || block.kind == .caption || block.kind == .headline {
      // Decoded once per paragraph: pattern checks look a few characters back and ahead.
      let s = Scalars(doc.bytes, block.range)
      var quotes: QuoteMap?
      var k = 1
      while k < s.count {
        let y = s.values[k]
        guard y == s.values[k - 1], CharClass.isHan(y) else {
          k += 1
          continue
        }
        let p = k - 1
        var e = k + 1
        while e < s.count && s.values[e] == y { e += 1 }
        defer { k = e }
        let start = s.offset(p)
        guard ZoneSet.prose.contains(doc.zones[start]), doc.masks[start] == .none else { continue }
        if quotes == nil { quotes = QuoteMap(doc, block.range) }
        let q = quotes!.state(at: start)
        if q.inTitle { continue }
        if let f = finding(s, p, e, inQuote: q.inQuote) {
          found.append((s.offset(f.from)..<s.offset(f.to), f.fixed))
        }
      }
    }
    // The lexicon's finds where the lists saw nothing.
    for f in TypoCheck.findings(doc, detector: detector, kinds: [.doubled])
    where !found.contains(where: { $0.range.overlaps(f.range) }) {
      found.append((f.range, f.replacement))
    }
    for (range, fixed) in found.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      let text = doc.slice(range)
      sink.report(
        range,
        Message(
          zh: "“\(text)”疑为误重复，应为“\(fixed)”", en: "'\(text)' looks like a doubled character; write '\(fixed)'"),
        fix: .replace(range, with: fixed))
    }
  }

  /// The span to flag (scalar indices) and its correction, for the run of identical characters `p..<e`.
  private func finding(_ s: Scalars, _ p: Int, _ e: Int, inQuote: Bool) -> (from: Int, to: Int, fixed: String)? {
    let y = s.values[p]
    let ys = String(Character(Unicode.Scalar(y)!))
    func str(_ a: Int, _ b: Int) -> String {
      String(String.UnicodeScalarView(s.values[max(0, a)..<min(s.count, b)].compactMap(Unicode.Scalar.init)))
    }
    if e - p >= 3 {
      return triple.contains(y) || inQuote ? nil : (p, e, ys)
    }
    let x: UInt32? = p > 0 ? s.values[p - 1] : nil
    let z: UInt32? = e < s.count ? s.values[e] : nil
    let w: UInt32? = e + 1 < s.count ? s.values[e + 1] : nil
    // AABB (认认真真, 的的确确), and 一 + a doubled measure word (一幅幅).
    if let z, z == w { return nil }
    if let x, p > 1, s.values[p - 2] == x { return nil }
    if x == 0x4E00 { return nil }
    let afterSecond = str(p + 1, p + 6)
    if let ok = function[y] {
      return ok.contains(where: { afterSecond.hasPrefix($0) }) ? nil : (p, e, ys)
    }
    if let x, CharClass.isHan(x), let entry = words[str(p - 1, p + 1)] {
      if entry.ok.contains(where: { afterSecond.hasPrefix($0) }) { return nil }
      return (p - 1, e, str(p - 1, p + 1))
    }
    if let z, CharClass.isHan(z), words[str(p + 1, e + 1)] != nil, !aa.contains(str(p, e)) {
      return (p, e + 1, str(p + 1, e + 1))
    }
    return nil
  }
}
