import Foundation

/// Lints successive versions of one page (the language server's open documents), running each rule again only where
/// the page changed as far as that rule can see (`RuleScope`): paragraph rules on the stretches whose stretch or
/// neighbour changed, article rules on the article groups that changed, page rules on the page. What did not change
/// keeps its findings from the last lint, moved by the bytes the edit added or removed before it. The findings are
/// always exactly those of `Linter.lint` on the new page (a randomized test edits pages thousands of times).
///
/// "Did not change" is checked, never assumed: a stretch is reused when its bytes, zones, masks and blocks equal
/// those of the stretch at the same place (before the edit) or at the same distance from the end (after it) in the
/// previous version, and so are its neighbours. The page's structure is found again for every version (a headline
/// can become body copy because of a lead three paragraphs down), so a stretch whose words are unchanged but whose
/// zones moved is linted again.
public struct IncrementalLint: Sendable {
  /// One lint's parts and their findings, per rule of the scope, in offsets relative to the part's start.
  struct Parts: Sendable {
    var parts: PageParts
    var findings: [[[Diagnostic]]]
  }

  struct State: Sendable {
    var linter: Linter
    var excludingCorpusRules: Bool
    var document: Document
    var stretches: Parts
    var groups: Parts
  }

  var state: State?
  /// What the last lint reused and ran again (for the benchmark and tests).
  public private(set) var lastReuse = Reuse()

  public struct Reuse: Sendable, Equatable {
    public var stretchesReused = 0
    public var stretchesLinted = 0
    public var groupsReused = 0
    public var groupsLinted = 0
  }

  public init() {}

  /// The findings of `linter` on `document` (but rules comparing pages when `excludingCorpusRules`), finished:
  /// what `linter.lint(document)` returns (without those rules).
  public mutating func lint(_ document: Document, with linter: Linter, excludingCorpusRules: Bool = false)
    -> [Diagnostic]
  {
    var previous = state
    if let p = previous,
      p.linter !== linter || p.excludingCorpusRules != excludingCorpusRules || p.document.path != document.path
        || p.document.format != document.format
    {
      previous = nil
    }
    let scopes = linter.ruleScopes
    var which: [RuleScope: [Int]] = [:]
    for (r, (rule, _)) in linter.rules.enumerated() where !(excludingCorpusRules && rule.asCorpusRule != nil) {
      which[scopes[r], default: []].append(r)
    }
    var reuse = Reuse()
    let stretches = PageParts.stretches(document)
    let paragraphRules = which[.paragraph] ?? []
    let stretchFindings = Self.update(
      stretches, radius: 1, document, previous?.document, previous?.stretches, paragraphRules.count,
      reused: &reuse.stretchesReused, linted: &reuse.stretchesLinted
    ) { run in
      let part = Linter.paragraphWindow(document, stretches, run)
      return linter.check(part, paragraphRules, keep: Linter.keep(stretches, run))
    }
    let groups = PageParts.articleGroups(document)
    let articleRules = which[.article] ?? []
    // Article parts carry the page's front matter: when it changed, every group is linted again.
    let sameFrontMatter = previous.map { Self.sameFrontMatter($0.document, document) } ?? false
    let groupFindings = Self.update(
      groups, radius: 0, articles: true, document, previous?.document, sameFrontMatter ? previous?.groups : nil,
      articleRules.count,
      reused: &reuse.groupsReused, linted: &reuse.groupsLinted
    ) { run in
      let part = DocumentPart(document, window: groups.bytes(run), blocks: groups.blocks(run), articles: true)
      return linter.check(part, articleRules, keep: Linter.keep(groups, run))
    }
    let page = linter.check(document, which[.page] ?? [])
    // Rule by rule in the linter's order, each rule's findings in page order, as a whole-page lint gives them.
    var perRule = [[Diagnostic]](repeating: [], count: linter.rules.count)
    for (n, r) in paragraphRules.enumerated() {
      for (k, list) in stretchFindings.enumerated() {
        perRule[r].append(contentsOf: list[n].map { Self.moved($0, by: stretches.starts[k]) })
      }
    }
    for (n, r) in articleRules.enumerated() {
      for (k, list) in groupFindings.enumerated() {
        perRule[r].append(contentsOf: list[n].map { Self.moved($0, by: groups.starts[k]) })
      }
    }
    for (n, r) in (which[.page] ?? []).enumerated() { perRule[r] = page[n] }
    state = State(
      linter: linter, excludingCorpusRules: excludingCorpusRules, document: document,
      stretches: Parts(parts: stretches, findings: stretchFindings),
      groups: Parts(parts: groups, findings: groupFindings))
    lastReuse = reuse
    var all = perRule.flatMap { $0 }
    linter.finish(&all, document)
    return all
  }

  /// The findings of each part of `parts` (relative to the part's start): reused from `old` where the part and its
  /// `radius` neighbours on each side are unchanged, else found by `run` on runs of parts to lint again.
  private static func update(
    _ parts: PageParts, radius: Int, articles compareArticles: Bool = false, _ doc: Document, _ oldDoc: Document?,
    _ old: Parts?, _ rules: Int,
    reused: inout Int, linted: inout Int, run: (Range<Int>) -> [[Diagnostic]]
  ) -> [[[Diagnostic]]] {
    let m = parts.count
    var findings = [[[Diagnostic]]](repeating: [], count: m)
    guard rules > 0 else { return [[[Diagnostic]]](repeating: [], count: m) }
    // The old part each new part equals, if any: the one at the same index, or at the same distance from the end.
    var match = [Int?](repeating: nil, count: m)
    if let old, let oldDoc {
      let shift = old.parts.count - m
      for k in 0..<m {
        for o in [k, k + shift] where o >= 0 && o < old.parts.count {
          if same(parts, k, doc, old.parts, o, oldDoc, articles: compareArticles) {
            match[k] = o
            break
          }
        }
      }
    }
    // A part is reused when it and its neighbours are the old ones, in the same order, with the page's start or
    // end where the old page had it.
    var stale: [Int] = []
    for k in 0..<m {
      var ok = match[k] != nil
      if ok, let o = match[k], let old {
        for d in -radius...radius where ok {
          let n = k + d
          if n < 0 || n >= m {
            ok = o + d < 0 || o + d >= old.parts.count
          } else {
            ok = match[n] == o + d
          }
        }
        if ok { findings[k] = old.findings[o] }
      }
      if !ok { stale.append(k) }
    }
    reused += m - stale.count
    linted += stale.count
    // Runs of parts to lint again, each linted once with its neighbours.
    var i = 0
    while i < stale.count {
      var j = i + 1
      while j < stale.count && stale[j] == stale[j - 1] + 1 { j += 1 }
      let runParts = stale[i]..<(stale[j - 1] + 1)
      let found = run(runParts)
      for k in runParts { findings[k] = [[Diagnostic]](repeating: [], count: rules) }
      for (n, list) in found.enumerated() {
        for d in list {
          let k = parts.part(containing: d.range.lowerBound)
          findings[k][n].append(moved(d, by: -parts.starts[k]))
        }
      }
      i = j
    }
    return findings
  }

  /// Whether part `k` of a page and part `o` of the previous version hold the same bytes, zones, masks and blocks.
  static func same(
    _ a: PageParts, _ k: Int, _ doc: Document, _ b: PageParts, _ o: Int, _ oldDoc: Document, articles: Bool
  ) -> Bool {
    let ra = a.bytes(k..<(k + 1))
    let rb = b.bytes(o..<(o + 1))
    let ba = a.blocks(k..<(k + 1))
    let bb = b.blocks(o..<(o + 1))
    guard ra.count == rb.count, ba.count == bb.count else { return false }
    guard equal(doc.bytes, ra, oldDoc.bytes, rb), equal(doc.zones, ra, oldDoc.zones, rb),
      equal(doc.masks, ra, oldDoc.masks, rb)
    else { return false }
    let la = doc.lineIndex(ofOffset: ra.lowerBound)
    let lb = oldDoc.lineIndex(ofOffset: rb.lowerBound)
    // Everything a block says (kind, ranges, the breaks the page proves or keeps), relative to the part's start.
    for (x, y) in zip(doc.blocks[ba], oldDoc.blocks[bb])
    where x.moved(bytes: -ra.lowerBound, lines: -la) != y.moved(bytes: -rb.lowerBound, lines: -lb) {
      return false
    }
    // Article groups also compare their articles (which blocks, which headlines, which lead).
    guard articles else { return true }
    return Self.articles(doc, ba, ra.lowerBound) == Self.articles(oldDoc, bb, rb.lowerBound)
  }

  /// The articles starting in blocks `blocks`, relative to the first block and byte.
  private static func articles(_ doc: Document, _ blocks: Range<Int>, _ base: Int) -> [[Int]] {
    var out: [[Int]] = []
    for a in doc.articleIndex.articles {
      guard let first = a.blocks.first, blocks.contains(first) else { continue }
      let b = blocks.lowerBound
      out.append(
        a.blocks.map { $0 - b } + [-1] + a.headlines.map { $0 - b } + [-1] + a.levels + [-1, (a.lead ?? -2) - b]
          + [a.range.lowerBound - base, a.range.count])
    }
    return out
  }

  private static func equal<T>(_ a: [T], _ ra: Range<Int>, _ b: [T], _ rb: Range<Int>) -> Bool {
    a.withUnsafeBytes { x in
      b.withUnsafeBytes { y in
        let size = MemoryLayout<T>.stride
        guard let px = x.baseAddress, let py = y.baseAddress else { return ra.isEmpty && rb.isEmpty }
        return memcmp(px + ra.lowerBound * size, py + rb.lowerBound * size, ra.count * size) == 0
      }
    }
  }

  /// Whether two versions have the same front matter (the page context every article part carries), up to the
  /// start of the line after it.
  private static func sameFrontMatter(_ a: Document, _ b: Document) -> Bool {
    func end(_ doc: Document) -> Int {
      guard let first = doc.blocks.first, first.kind == .frontMatter else { return 0 }
      let next = first.lines.upperBound
      return next < doc.lineStarts.count ? doc.lineStarts[next] : doc.bytes.count
    }
    let ea = end(a)
    guard ea == end(b) else { return false }
    return equal(a.bytes, 0..<ea, b.bytes, 0..<ea) && equal(a.zones, 0..<ea, b.zones, 0..<ea)
      && equal(a.masks, 0..<ea, b.masks, 0..<ea)
  }

  /// A finding moved by `delta` bytes (fix edits and related places in the same page with it).
  static func moved(_ d: Diagnostic, by delta: Int) -> Diagnostic {
    guard delta != 0 else { return d }
    var d = d
    func m(_ r: Range<Int>) -> Range<Int> { (r.lowerBound + delta)..<(r.upperBound + delta) }
    d.range = m(d.range)
    if var fix = d.fix {
      for k in fix.edits.indices { fix.edits[k].range = m(fix.edits[k].range) }
      d.fix = fix
    }
    for k in d.related.indices where d.related[k].path == nil { d.related[k].range = m(d.related[k].range) }
    return d
  }
}
