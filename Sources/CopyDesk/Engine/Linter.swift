import Foundation

/// A resolved configuration: the profile, then the config file, then command-line overrides.
public struct Configuration: Sendable {
  public var profile: String = "newspaper"
  public var language: Language = .zh
  public var extensions: [String] = ["txt", "md"]
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
      throw RuleConfigurationError(file: path, line: 1, message: "@rule \(file.rule) is not a known rule")
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
    return finish(all, document)
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
    return zip(perDoc, documents).map { finish($0, $1) }
  }

  private func finish(_ found: [Diagnostic], _ document: Document) -> [Diagnostic] {
    var all = FixGuard.vet(Self.dropSuperseded(found), document)
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
