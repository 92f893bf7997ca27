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
    finish(perDocument(document, excludingCorpusRules: false, threads: Parallelism.threads), document)
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
    for (rule, severity) in rules where !(excludingCorpusRules && rule is any CorpusRule) {
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
      guard let corpusRule = rule as? any CorpusRule else { continue }
      var sinks = documents.map { _ in DiagnosticSink(rule: rule.id, severity: severity) }
      corpusRule.check(corpus: documents, into: &sinks)
      for (k, s) in sinks.enumerated() { perDoc[k].append(contentsOf: s.diagnostics) }
    }
    return zip(perDoc, documents).map { finish($0, $1) }
  }

  func finish(_ found: [Diagnostic], _ document: Document) -> [Diagnostic] {
    var all = Self.dropSuperseded(found)
    all.removeAll { d in
      document.directives.suppresses(
        rule: d.rule, offset: d.range.lowerBound, line: document.lineIndex(ofOffset: d.range.lowerBound))
    }
    all.sort {
      ($0.range.lowerBound, $0.range.upperBound, $0.rule) < ($1.range.lowerBound, $1.range.upperBound, $1.rule)
    }
    return all
  }

  /// When two rules report overlapping characters, the more specific one (the one that supersedes) wins.
  public static func dropSuperseded(_ ds: [Diagnostic]) -> [Diagnostic] {
    var superseders: [String: [Range<Int>]] = [:]
    for d in ds {
      for victim in RuleRegistry.supersedes[d.rule] ?? [] { superseders[victim, default: []].append(d.range) }
    }
    guard !superseders.isEmpty else { return ds }
    return ds.filter { d in
      guard let ranges = superseders[d.rule] else { return true }
      return !ranges.contains { r in r.overlaps(d.range) || (r.isEmpty && d.range.contains(r.lowerBound)) }
    }
  }
}
