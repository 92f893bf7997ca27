/// The two data-driven rule kinds (Vale's model): *substitution* (an entry with `=> replacement`: wrong → right,
/// with a fix) and *existence* (an entry without one: flag the term, with advice). A rule instance is a Swift type
/// with its description; its entries come from every data file whose `@rule` names it, so a desk can add a list
/// through `.copydesk.json` (`data.add`) without rebuilding.
///
/// Matching is a dictionary keyed by the first scalar of each term, longest term first, comparing UTF-8 bytes:
/// one pass over the prose of a page, no regular expressions.
struct WordList: Sendable {
  let entries: [WordListEntry]
  let index: [UInt32: [Int]]
  /// Message prefix naming the problem: `错别字`, `禁用词`…
  let label: Message
  /// Per BMP scalar: whether some term starts with it.
  let startsTerm: [Bool]
  /// Whether a term must straddle no word of the segmentation (the `word-` lists): the entry `记念` is no
  /// misspelling in 总书记|念兹在兹.
  let wordBoundaries: Bool
  /// The configuration's lexicon (the same one the typo checks segment with).
  let lexicon: Lexicon

  /// `fix`: the rule's declared fixes, which an entry's `fix=` may lower but not raise.
  init(rule: String, setup: RuleSetup, label: Message, fix: FixAvailability) throws(RuleConfigurationError) {
    var entries: [WordListEntry] = []
    for file in setup.data.files(for: rule) {
      for e in file.entries where e.section == "main" {
        entries.append(try WordListEntry(e, file: file, rule: rule, fix: fix))
      }
    }
    var index: [UInt32: [Int]] = [:]
    for (k, e) in entries.enumerated() {
      guard let first = e.termText.unicodeScalars.first?.value else { continue }
      index[first, default: []].append(k)
    }
    // Longest first, comparing lengths taken once (reading `entries[$0]` in the comparator copied an entry, strings
    // and all, twice per comparison: 9.5 million instructions of every start, issue 18).
    let lengths = entries.map { $0.term.count }
    for key in index.keys { index[key]!.sort { lengths[$0] > lengths[$1] } }
    var starts = [Bool](repeating: false, count: 0x10000)
    for key in index.keys where key < 0x10000 { starts[Int(key)] = true }
    self.startsTerm = starts
    self.entries = entries
    self.index = index
    self.label = label
    self.wordBoundaries = rule.hasPrefix("word-")
    // Only the `word-` lists segment; the news lists match terms as they are.
    self.lexicon = wordBoundaries ? Lexicon.configured(for: setup.data) : Lexicon.builtin
  }

  /// Whether the term at `start..<stop` straddles no word of the segmentation: no word of the text starts before
  /// the term and ends inside it (总书记|念兹在兹 for the entry 记念), or starts inside it and ends after it (按|排名
  /// for 按排). A word holding the whole term is no straddle (想像力 for 想像, 大约 for 约). The segmentation is
  /// computed on the first match of the document and shared with the other rules that segment it.
  private func straddlesNoWord(
    _ e: WordListEntry, _ doc: Document, _ start: Int, _ stop: Int, _ seg: inout WordSegmentation?
  ) -> Bool {
    guard wordBoundaries, let last = e.termText.unicodeScalars.last else { return true }
    if seg == nil { seg = WordSegmentation.of(doc, lexicon: lexicon) }
    if let t = seg!.tokenBytes(at: start), t.lowerBound < start, t.upperBound < stop { return false }
    let lastStart = stop - String(last).utf8.count
    if let t = seg!.tokenBytes(at: lastStart), t.upperBound > stop, t.lowerBound > start { return false }
    return true
  }

  func check(_ doc: Document, into sink: inout DiagnosticSink, ruleDefault: Severity) {
    guard !entries.isEmpty else { return }
    let bytes = doc.bytes
    for block in doc.blocks {
      guard block.kind == .headline || block.kind == .lead || block.kind == .body || block.kind == .caption else {
        continue
      }
      var quotes: QuoteMap?
      var i = block.range.lowerBound
      let end = block.range.upperBound
      var segmentation: WordSegmentation?
      while i < end {
        // A flat table answers "does any term start here?" for the BMP; the dictionary is asked only on a hit.
        // Decoding is inlined on the raw bytes: this loop runs once per character of every page, per list rule.
        let b0 = bytes[i]
        let u: UInt32
        let n: Int
        if b0 < 0x80 {
          (u, n) = (UInt32(b0), 1)
        } else if b0 >= 0xE0 && b0 < 0xF0 {
          u = (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
          n = 3
        } else {
          (u, n) = bytes.withUnsafeBufferPointer { UTF8Scan.decode($0, at: i) }
        }
        if u < 0x10000 && !startsTerm[Int(u)] {
          i += n
          continue
        }
        guard let candidates = index[u], ZoneSet.prose.contains(doc.zones[i]) else {
          i += n
          continue
        }
        var matched = false
        for k in candidates {
          let e = entries[k]
          let stop = i + e.term.count
          guard stop <= end, bytes[i..<stop].elementsEqual(e.term) else { continue }
          guard accepts(e, doc, block, i, stop, &quotes), straddlesNoWord(e, doc, i, stop, &segmentation) else {
            continue
          }
          var reportEnd = stop
          if !e.then.isEmpty {
            guard let t = partner(e, doc, from: stop, limit: end) else { continue }
            reportEnd = t
          }
          report(e, doc, i..<stop, reportEnd, into: &sink, ruleDefault: ruleDefault)
          i = reportEnd
          matched = true
          break
        }
        if !matched { i += n }
      }
    }
  }

  private func accepts(
    _ e: WordListEntry, _ doc: Document, _ block: Block, _ start: Int, _ stop: Int, _ quotes: inout QuoteMap?
  )
    -> Bool
  {
    for k in start..<stop where doc.masks[k].isOpaque || !ZoneSet.prose.contains(doc.zones[k]) { return false }
    // Latin terms must be whole words (`SB` is not inside `USB`).
    if let f = e.term.first, f < 0x80, let p = doc.scalar(before: start)?.value, CharClass.isASCIIAlnum(p) {
      return false
    }
    if let l = e.term.last, l < 0x80, let q = doc.scalar(at: stop)?.value, CharClass.isASCIIAlnum(q) { return false }
    if !e.next.isEmpty && !WordListEntry.matches(e.next, doc, at: stop, before: false) { return false }
    if WordListEntry.matches(e.notNext, doc, at: stop, before: false) { return false }
    if !e.prev.isEmpty && !WordListEntry.matches(e.prev, doc, at: start, before: true) { return false }
    if WordListEntry.matches(e.notPrev, doc, at: start, before: true) { return false }
    let b = doc.bytes
    for (x, o) in e.except {
      let s = start - o
      if s >= 0 && s + x.count <= b.count && b[s..<(s + x.count)].elementsEqual(x) { return false }
    }
    if quotes == nil { quotes = QuoteMap(doc, block.range) }
    let q = quotes!.state(at: start)
    if q.inTitle || (q.inQuote && !e.checkQuotes) { return false }
    if !e.with.isEmpty || !e.without.isEmpty {
      let paragraph = doc.slice(block.range)
      if !e.with.isEmpty && !e.with.contains(where: { paragraph.contains($0) }) { return false }
      if e.without.contains(where: { paragraph.contains($0) }) { return false }
    }
    return true
  }

  /// End of the first `then` string within `within` characters after `from`, not crossing a clause mark.
  private func partner(_ e: WordListEntry, _ doc: Document, from: Int, limit: Int) -> Int? {
    let b = doc.bytes
    var i = from
    var steps = 0
    while i < limit && steps <= e.within {
      for t in e.then where i + t.count <= limit && b[i..<(i + t.count)].elementsEqual(t) { return i + t.count }
      guard let (u, n) = doc.scalar(at: i) else { return nil }
      if u == 0xFF0C || u == 0x3002 || u == 0xFF1B || u == 0xFF01 || u == 0xFF1F || u == 0x0A || u == 0x0D {
        return nil
      }
      i += n
      steps += 1
    }
    return nil
  }

  private func report(
    _ e: WordListEntry, _ doc: Document, _ term: Range<Int>, _ end: Int, into sink: inout DiagnosticSink,
    ruleDefault: Severity
  ) {
    let found = doc.slice(term.lowerBound..<end)
    var zh = label.zh + "："
    var en = label.en + ": "
    if let r = e.replacement {
      zh += "“\(found)”应为“\(r)”"
      en += "'\(found)' should be '\(r)'"
      if let a = e.advice { zh += "（\(a)）" }
      if let a = e.adviceEn { en += " (\(a))" }
    } else {
      zh += "“\(found)”" + (e.advice.map { "，\($0)" } ?? "")
      en += "'\(found)'" + (e.adviceEn.map { ": \($0)" } ?? "")
    }
    let fix = e.replacement.flatMap { r in e.fix.map { ProposedFix.replace(term, with: r, $0) } }
    // A configured severity wins; otherwise an entry may be stricter or milder than the rule's default.
    let severity = sink.severity == ruleDefault ? (e.severity ?? sink.severity) : sink.severity
    sink.report(term.lowerBound..<end, Message(zh: zh, en: en), fix: fix, severity: severity)
  }
}

/// Which bytes of a paragraph lie inside “…” quotations and 《…》 titles. A paragraph may open a quotation that
/// the next one continues (GB/T 15834 §4.8): an unclosed “ quotes to the end of the paragraph.
struct QuoteMap {
  private var quoteSpans: [Range<Int>] = []
  private var titleSpans: [Range<Int>] = []

  init(_ doc: Document, _ range: Range<Int>) {
    var quoteStart: [Int] = []
    var titleStart: [Int] = []
    var i = range.lowerBound
    while i < range.upperBound, let (u, n) = doc.scalar(at: i) {
      switch u {
      case 0x201C: quoteStart.append(i)
      case 0x201D: if let s = quoteStart.popLast(), quoteStart.isEmpty { quoteSpans.append(s..<(i + n)) }
      case 0x300A: titleStart.append(i)
      case 0x300B: if let s = titleStart.popLast(), titleStart.isEmpty { titleSpans.append(s..<(i + n)) }
      default: break
      }
      i += n
    }
    if let s = quoteStart.first { quoteSpans.append(s..<range.upperBound) }
  }

  func state(at offset: Int) -> (inQuote: Bool, inTitle: Bool) {
    // Strictly inside: a term that starts with the opening mark itself (`“一带一路”战略`) is not quoted text.
    (
      quoteSpans.contains { $0.lowerBound < offset && offset < $0.upperBound },
      titleSpans.contains { $0.lowerBound < offset && offset < $0.upperBound }
    )
  }
}
