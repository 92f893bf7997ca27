/// Linting a page in parts (`RuleScope`, `PageParts`, `DocumentPart`): the same findings as `Linter.lint`, found
/// by running each rule on no more of the page than it reads. A large page is linted on all cores this way; the
/// language server uses the same parts to lint again only what an edit touched (`IncrementalLint`).
extension Linter {
  /// The rules' scopes, in rule order.
  var ruleScopes: [RuleScope] { rules.map { RuleRegistry.scope(of: $0.rule.id) } }

  /// Runs rules `which` (indices into `rules`) on a part and returns each rule's findings in page offsets, only those
  /// that start in `keep` (page offsets) and not in the part's prefix.
  func check(_ part: DocumentPart, _ which: [Int], keep: Range<Int>) -> [[Diagnostic]] {
    which.map { r in
      let (rule, severity) = rules[r]
      var sink = DiagnosticSink(rule: rule.id, severity: severity)
      rule.check(part.document, into: &sink)
      var out: [Diagnostic] = []
      for d in sink.diagnostics where d.range.lowerBound >= part.prefixLength {
        let page = part.toPage(d)
        if keep.contains(page.range.lowerBound) { out.append(page) }
      }
      return out
    }
  }

  /// Runs rules `which` on the whole page, each rule's findings apart.
  func check(_ document: Document, _ which: [Int]) -> [[Diagnostic]] {
    which.map { r in
      let (rule, severity) = rules[r]
      var sink = DiagnosticSink(rule: rule.id, severity: severity)
      rule.check(document, into: &sink)
      return sink.diagnostics
    }
  }

  /// The part of a page that paragraph rules need to find the findings of stretches `wanted`: those stretches with
  /// the one before and the one after. A window never starts with U+FEFF, which a document reads as a byte-order
  /// mark only at the start of the page (the window then takes one more stretch before it).
  static func paragraphWindow(_ doc: Document, _ stretches: PageParts, _ wanted: Range<Int>) -> DocumentPart {
    var first = max(0, wanted.lowerBound - 1)
    while first > 0 && doc.bytes[stretches.starts[first]...].starts(with: [0xEF, 0xBB, 0xBF]) { first -= 1 }
    let parts = first..<min(stretches.count, wanted.upperBound + 1)
    return DocumentPart(doc, window: stretches.bytes(parts), blocks: stretches.blocks(parts), articles: false)
  }

  /// The page offsets whose findings belong to parts `k` (the last part also owns the end of the page).
  static func keep(_ parts: PageParts, _ k: Range<Int>) -> Range<Int> {
    parts.starts[k.lowerBound]..<(k.upperBound == parts.count ? Int.max : parts.starts[k.upperBound])
  }

  /// Splits `count` parts into runs of about `target` bytes (at least `minimum` runs when there are that many parts).
  static func chunks(_ parts: PageParts, target: Int, minimum: Int) -> [Range<Int>] {
    let total = parts.starts[parts.count]
    let size = max(1, min(target, total / max(1, minimum)))
    var out: [Range<Int>] = []
    var start = 0
    for k in 0..<parts.count where parts.starts[k + 1] - parts.starts[start] >= size {
      out.append(start..<(k + 1))
      start = k + 1
    }
    if start < parts.count { out.append(start..<parts.count) }
    return out
  }

  /// The per-page findings (everything but rules comparing pages when `corpus` is set), unfinished, in the order a
  /// whole-page lint produces them: rule by rule, each rule's findings in page order. Paragraph rules run on chunks
  /// of stretches, article rules on chunks of article groups, page rules on the whole page, all on `threads` threads.
  /// `target`: bytes per chunk (tests cut every stretch and article group apart with 1).
  func lintInParts(_ doc: Document, excludingCorpusRules corpus: Bool, threads: Int, target: Int = 256 * 1024)
    -> [Diagnostic]
  {
    let scopes = ruleScopes
    var byScope: [RuleScope: [Int]] = [:]
    for (r, (rule, _)) in rules.enumerated() where !(corpus && rule.asCorpusRule != nil) {
      byScope[scopes[r], default: []].append(r)
    }
    let stretches = PageParts.stretches(doc)
    let groups = PageParts.articleGroups(doc)
    let paragraphChunks =
      byScope[.paragraph] == nil ? [] : Self.chunks(stretches, target: target, minimum: 4 * threads)
    // Article rules read the people of each article, which a rule comparing pages (`news-name-variant`) extracts for
    // the whole page anyway, in this lint or right after it. Extracting them again for every article group cost a
    // quarter more CPU on dense copy (8 MB on 2 cores: 4.39 s against 3.44 s on one thread). When such a rule is
    // enabled, the people are extracted once for the page, articles on all cores, and each article rule runs on
    // the whole page as a task of its own.
    let wholePageArticles = rules.contains { $0.rule.asCorpusRule != nil } && byScope[.article] != nil
    if wholePageArticles {
      for r in byScope[.article]! { rules[r].rule.prepare(doc, threads: threads) }
    }
    let articleChunks =
      byScope[.article] == nil || wholePageArticles ? [] : Self.chunks(groups, target: target, minimum: 4 * threads)
    // Tasks: the page rules first (the longest), then article rules or chunks, then paragraph chunks.
    enum Task: Sendable {
      case page
      case articleRule(Int)
      case article(Range<Int>)
      case paragraph(Range<Int>)
    }
    var list: [Task] = byScope[.page] == nil ? [] : [.page]
    if wholePageArticles { list += byScope[.article]!.map { .articleRule($0) } }
    list += articleChunks.map { .article($0) }
    list += paragraphChunks.map { .paragraph($0) }
    let tasks = list
    let scoped = byScope
    let results: [(which: [Int], found: [[Diagnostic]])] = Parallelism.map(tasks.count, threads: threads) { t in
      switch tasks[t] {
      case .page:
        let which = scoped[.page]!
        return (which, self.check(doc, which))
      case .articleRule(let r):
        return ([r], self.check(doc, [r]))
      case .article(let k):
        let which = scoped[.article]!
        let part = DocumentPart(doc, window: groups.bytes(k), blocks: groups.blocks(k), articles: true)
        return (which, self.check(part, which, keep: Self.keep(groups, k)))
      case .paragraph(let k):
        let which = scoped[.paragraph]!
        let part = Self.paragraphWindow(doc, stretches, k)
        return (which, self.check(part, which, keep: Self.keep(stretches, k)))
      }
    }
    // Rule by rule, parts in page order (the tasks of one scope are in page order; a rule on the whole page is one).
    var perRule = [[Diagnostic]](repeating: [], count: rules.count)
    for (which, found) in results {
      for (n, r) in which.enumerated() { perRule[r].append(contentsOf: found[n]) }
    }
    return perRule.flatMap { $0 }
  }
}
