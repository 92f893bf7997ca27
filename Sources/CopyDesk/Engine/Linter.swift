import Foundation

/// A resolved configuration: the profile, then the config file, then command-line overrides.
public struct Configuration: Sendable {
  public var profile: String = "newspaper"
  public var language: Language = .zh
  public var extensions: [String] = ["txt", "md"]
  /// How pages without a BOM are read (`encoding` in `.copydesk.json`); nil: detect.
  public var encoding: String?
  public var settings: [String: RuleSetting] = [:]
  public var data: RuleData = .empty
  /// Where the configuration came from (for messages).
  public var sources: [String] = []

  public init() {}

  /// Built-in defaults with the given profile.
  public static func builtin(profile: String = "newspaper") throws(RuleConfigurationError) -> Configuration {
    var c = Configuration()
    c.data = try RuleData.builtin()
    try c.apply(profileNamed: profile)
    return c
  }

  mutating func apply(profileNamed name: String) throws(RuleConfigurationError) {
    let p = try Profiles.load(name)
    profile = name
    for (id, s) in p.rules { settings[id] = settings[id].map { merge($0, s) } ?? s }
    sources.append("profile:\(name)")
  }

  /// Layers a config file over this configuration (profile first, then its own settings and data).
  public mutating func apply(_ file: ConfigFile) throws(RuleConfigurationError) {
    if let p = file.profile, p != profile {
      // Switching profile: rebuild from the new profile, keep data.
      let keepData = data
      self = try .builtin(profile: p)
      data = keepData
    }
    if let l = file.language { language = l }
    if let e = file.extensions { extensions = e }
    if let e = file.encoding { encoding = e == "auto" ? nil : e }
    for (id, s) in file.rules { settings[id] = settings[id].map { merge($0, s) } ?? s }
    for (name, path) in file.replaceData {
      data.files.removeAll { $0.name == "rules/" + name }
      if !path.isEmpty { data.files.append(try Configuration.loadDataFile(path)) }
    }
    for path in file.addData { data.files.append(try Configuration.loadDataFile(path)) }
    sources.append(file.path)
  }

  static func loadDataFile(_ path: String) throws(RuleConfigurationError) -> DataFile {
    guard let d = FileManager.default.contents(atPath: path), let text = String(data: d, encoding: .utf8) else {
      throw RuleConfigurationError(file: path, line: 1, message: "cannot read data file (missing or not UTF-8)")
    }
    let file = try DataFile.parse(name: path, text: text)
    guard RuleRegistry.description(of: file.rule) != nil else {
      throw RuleConfigurationError(
        file: path, line: 1, message: "@rule \(DataFile.excerpt(file.rule)) is not a known rule")
    }
    return file
  }

  private func merge(_ a: RuleSetting, _ b: RuleSetting) -> RuleSetting {
    var r = a
    if let s = b.severity { r.severity = s }
    if let e = b.enabled { r.enabled = e }
    if let o = b.options { r.options = (r.options ?? .object([:])).merging(o) }
    return r
  }

  /// The severity a rule runs at, or nil when it is off.
  public func severity(of description: RuleDescription) -> Severity? {
    let s = settings[description.id]
    let enabled = s?.enabled ?? description.enabledByDefault
    return enabled ? (s?.severity ?? description.defaultSeverity) : nil
  }

  public func options(of id: String) -> JSONValue { settings[id]?.options ?? .object([:]) }
}

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
      let setup = RuleSetup(
        options: configuration.options(of: d.id), data: configuration.data, profile: configuration.profile)
      rules.append((try type.init(setup: setup), sev))
    }
    self.rules = rules
  }

  public var ruleIDs: [String] { rules.map { $0.rule.id } }

  public func lint(_ document: Document) -> [Diagnostic] {
    var all: [Diagnostic] = []
    for (rule, severity) in rules {
      var sink = DiagnosticSink(rule: rule.id, severity: severity)
      rule.check(document, into: &sink)
      all.append(contentsOf: sink.diagnostics)
    }
    finish(&all, document)
    return all
  }

  /// Lints documents together: per-document rules, then rules that compare documents (names across pages).
  public func lint(corpus documents: [Document]) -> [[Diagnostic]] {
    // Per-document rules on all cores; results land in their own slots.
    let slots = UnsafeMutableBufferPointer<[Diagnostic]>.allocate(capacity: documents.count)
    slots.initialize(repeating: [])
    defer { slots.deallocate() }
    nonisolated(unsafe) let shared = slots
    DispatchQueue.concurrentPerform(iterations: documents.count) { k in
      var all: [Diagnostic] = []
      for (rule, severity) in rules where !(rule is any CorpusRule) {
        var sink = DiagnosticSink(rule: rule.id, severity: severity)
        rule.check(documents[k], into: &sink)
        all.append(contentsOf: sink.diagnostics)
      }
      shared[k] = all
    }
    var perDoc = Array(slots)
    for (rule, severity) in rules {
      guard let corpusRule = rule as? any CorpusRule else { continue }
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

  private func finish(_ all: inout [Diagnostic], _ document: Document) {
    Self.removeSuperseded(&all)
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
