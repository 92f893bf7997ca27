import Foundation

/// Runs the configured rules over documents: findings, deduplication, suppressions, order.
public final class Linter: Sendable {
  public let configuration: Configuration
  let rules: [(rule: any Rule, severity: Severity)]

  public init(configuration: Configuration, only: Set<String>? = nil) throws {
    self.configuration = configuration
    var rules: [(any Rule, Severity)] = []
    for type in RuleRegistry.all {
      let d = type.description
      if let only, !only.contains(d.id) { continue }
      guard let sev = only != nil ? (configuration.severity(of: d) ?? d.defaultSeverity) : configuration.severity(of: d)
      else { continue }
      let setup = configuration.setup(of: d.id)
      try type.checkOptions(setup.optionValues, origins: setup.origins)
      rules.append((try type.init(setup: setup), sev))
    }
    self.rules = rules
  }

  public var ruleIDs: [String] { rules.map { $0.rule.id } }

  public func lint(_ document: Document) -> [Diagnostic] {
    var all = perDocument(document, excludingCorpusRules: false, threads: Parallelism.threads)
    finish(&all, document)
    return all
  }

  /// Pages at least this long are linted in parts on all cores (`lintInParts`); shorter ones cost less than the
  /// parts' overhead.
  static let partsThreshold = 512 * 1024

  /// The findings of every rule on one page (but rules comparing pages when `excludingCorpusRules`), unfinished.
  func perDocument(_ document: Document, excludingCorpusRules: Bool, threads: Int) -> [Diagnostic] {
    if threads > 1 && document.bytes.count >= Self.partsThreshold {
      return lintInParts(document, excludingCorpusRules: excludingCorpusRules, threads: threads)
    }
    var all: [Diagnostic] = []
    for (rule, severity) in rules where !(excludingCorpusRules && rule.asCorpusRule != nil) {
      var sink = DiagnosticSink(rule: rule.id, severity: severity)
      rule.check(document, into: &sink)
      all.append(contentsOf: sink.diagnostics)
    }
    return all
  }

  /// Lints documents together: per-document rules, then rules that compare documents (names across pages).
  public func lint(corpus documents: [Document]) -> [[Diagnostic]] {
    // Per-document rules on all cores.
    // A page of its own gets the cores when there are fewer pages than cores.
    let inner = documents.count >= Parallelism.threads ? 1 : Parallelism.threads
    var perDoc = documents.concurrentMap { document in
      self.perDocument(document, excludingCorpusRules: true, threads: inner)
    }
    for (rule, severity) in rules {
      guard let corpusRule = rule.asCorpusRule else { continue }
      var sinks = documents.map { _ in DiagnosticSink(rule: rule.id, severity: severity) }
      corpusRule.check(corpus: documents, into: &sinks)
      for (k, s) in sinks.enumerated() { perDoc[k].append(contentsOf: s.diagnostics) }
    }
    // Each list is moved out and finished in place: a page with a million findings holds them once.
    var results: [[Diagnostic]] = []
    results.reserveCapacity(documents.count)
    for k in documents.indices {
      var all = perDoc[k]
      perDoc[k] = []
      finish(&all, documents[k])
      results.append(all)
    }
    return results
  }

  func finish(_ all: inout [Diagnostic], _ document: Document) {
    Self.removeSuperseded(&all)
    FixGuard.vet(&all, document)
    all.removeAll { d in
      document.directives.suppresses(
        rule: d.rule, offset: d.range.lowerBound, line: document.lineIndex(ofOffset: d.range.lowerBound))
    }
    all.sort {
      ($0.range.lowerBound, $0.range.upperBound, $0.rule) < ($1.range.lowerBound, $1.range.upperBound, $1.rule)
    }
  }

  /// When two rules report overlapping characters, the more specific one (the one that supersedes) wins. A finding
  /// is dropped when a superseding range overlaps it, or is an insertion point inside it. Sorted ranges with a
  /// running maximum of their ends answer that by binary search: a line of 50,000 `“《（` has as many findings of
  /// the superseding rules as of their victims, and comparing every pair took minutes.
  public static func dropSuperseded(_ ds: [Diagnostic]) -> [Diagnostic] {
    var all = ds
    removeSuperseded(&all)
    return all
  }

  /// `dropSuperseded` in place.
  public static func removeSuperseded(_ ds: inout [Diagnostic]) {
    var superseders: [String: [Range<Int>]] = [:]
    for d in ds {
      for victim in RuleRegistry.supersedes[d.rule] ?? [] { superseders[victim, default: []].append(d.range) }
    }
    guard !superseders.isEmpty else { return }
    let indexes = superseders.mapValues(CoverIndex.init)
    ds.removeAll { d in indexes[d.rule]?.hits(d.range) ?? false }
  }

  /// Ranges sorted by start, with the running maximum of a "reach": the end of a non-empty range, one past the
  /// position of an empty one (an insertion at p lies inside r when r.lowerBound <= p < r.upperBound).
  struct CoverIndex {
    var lowers: [Int] = []
    var maxReach: [Int] = []

    init(_ ranges: [Range<Int>]) {
      var reach = Int.min
      for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
        reach = max(reach, r.isEmpty ? r.lowerBound + 1 : r.upperBound)
        lowers.append(r.lowerBound)
        maxReach.append(reach)
      }
    }

    /// Whether some range overlaps `range` (`Range.overlaps`) or is an empty range inside it.
    func hits(_ range: Range<Int>) -> Bool {
      guard !range.isEmpty else { return false }
      // Ranges starting before range.upperBound; any of them reaching past range.lowerBound hits.
      var lo = 0
      var hi = lowers.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if lowers[mid] < range.upperBound { lo = mid + 1 } else { hi = mid }
      }
      return lo > 0 && maxReach[lo - 1] > range.lowerBound
    }
  }
}
