/// An example in a rule's description. Triggering examples must produce at least one finding of the rule
/// (and, when `fixed` is given, applying the rule's fixes must produce exactly that text); non-triggering
/// examples must produce none. The same values feed `copydesk explain`, the docs and the tests.
public struct Example: Sendable, Hashable {
  public var text: String
  public var fixed: String?
  /// Rule options to use for this example (JSON text), e.g. `{"connector": "～"}`.
  public var options: String?
  /// Whether the test may also run this example after a non-BMP prefix and with CRLF line endings.
  public var variants: Bool
  /// The built-in profile the example runs under (`web`), when it is not the default `newspaper`.
  public var profile: String?
  /// Whether the example is a Markdown page (inline syntax such as `**强调**` and links is Markdown's only).
  public var markdown: Bool

  public init(
    _ text: String, fixed: String? = nil, options: String? = nil, variants: Bool = true, profile: String? = nil,
    markdown: Bool = false
  ) {
    self.text = text
    self.fixed = fixed
    self.options = options
    self.variants = variants
    self.profile = profile
    self.markdown = markdown
  }

  /// A path that makes the example's document plain text or Markdown.
  public var path: String? { markdown ? "example.md" : nil }
}

/// The one metadata record of a rule (SwiftLint's `RuleDescription`).
public struct RuleDescription: Sendable {
  /// kebab-case with a family prefix: `punct-…`, `space-…`, `script-…`, `news-…`, `word-…`, `num-…`, `layout-…`.
  public var id: String
  public var summary: Message
  public var rationale: Message
  /// The clause the rule enforces, e.g. `GB/T 15834—2011 §4.1`; or the house-style section.
  public var clause: String
  public var defaultSeverity: Severity
  /// Whether the rule offers fixes and how far they can be trusted; reports follow it (see `FixAvailability`).
  public var fix: FixAvailability
  public var triggering: [Example]
  public var nonTriggering: [Example]
  /// Rules whose findings this rule replaces where both report overlapping characters (the more specific wins).
  public var supersedes: [String]
  /// Whether the rule is on unless a config turns it on (false: opt-in).
  public var enabledByDefault: Bool

  public init(
    id: String, summary: Message, rationale: Message, clause: String, defaultSeverity: Severity,
    fix: FixAvailability, triggering: [Example], nonTriggering: [Example], supersedes: [String] = [],
    enabledByDefault: Bool = true
  ) {
    self.id = id
    self.summary = summary
    self.rationale = rationale
    self.clause = clause
    self.defaultSeverity = defaultSeverity
    self.fix = fix
    self.triggering = triggering
    self.nonTriggering = nonTriggering
    self.supersedes = supersedes
    self.enabledByDefault = enabledByDefault
  }

  /// The family is the id's first component: `punct`, `space`, `news`…
  public var family: String { String(id.prefix { $0 != "-" }) }
}

/// What a rule gets when it is configured (once per configuration, not per document).
public struct RuleSetup: Sendable {
  public var rule: String
  /// The rule's options from the profile, the config file and the command line, merged; read them typed with
  /// `options()`.
  public var optionValues: [String: JSONValue]
  /// Where each option was set, for errors.
  public var origins: [String: OptionOrigin]
  public var data: RuleData
  /// `newspaper` or `web` (or a desk's own profile name).
  public var profile: String

  public init(
    rule: String, options: [String: JSONValue] = [:], origins: [String: OptionOrigin] = [:],
    data: RuleData = .empty, profile: String = "newspaper"
  ) {
    self.rule = rule
    self.optionValues = options
    self.origins = origins
    self.data = data
    self.profile = profile
  }

  /// The rule's options, read through the one `OptionReader`: a wrong type, a bad enum value or an unknown key is
  /// an error at the file, line and column where the value was set.
  public func options<O: RuleOptions>(_ type: O.Type = O.self) throws(RuleConfigurationError) -> O {
    try O.read(rule: rule, values: optionValues, origins: origins)
  }
}

/// A configured rule. Implementations are small structs; `check` reports into the sink.
public protocol Rule: Sendable {
  /// The rule's options (`copydesk schema` lists them); most rules have none.
  associatedtype Options: RuleOptions = NoOptions
  static var description: RuleDescription { get }
  init(setup: RuleSetup) throws
  func check(_ document: Document, into sink: inout DiagnosticSink)
  /// Computes on `threads` threads what the rule's check will read of a large page (the name rules: the people of
  /// every article), before the engine runs the rules on it; most rules prepare nothing.
  func prepare(_ document: Document, threads: Int)
  /// The rule as a `CorpusRule` when it is one (see the extensions below).
  var asCorpusRule: (any CorpusRule)? { get }
  static var comparesDocuments: Bool { get }
}

/// A rule that looks at all documents linted together (names across a page set). Runs after per-document rules.
public protocol CorpusRule: Rule {
  func check(corpus documents: [Document], into sinks: inout [DiagnosticSink])
}

/// Whether a rule compares documents, answered by the witness tables the compiler builds, not by a dynamic cast:
/// `rule is any CorpusRule` searches the binary's conformance records the first time each rule type is asked —
/// 15 million instructions, a sixth of a one-page `copydesk lint` (issue 18, callgrind).
extension Rule {
  public func prepare(_ document: Document, threads: Int) {}
  public var asCorpusRule: (any CorpusRule)? { nil }
  public static var comparesDocuments: Bool { false }
}

extension CorpusRule {
  public var asCorpusRule: (any CorpusRule)? { self }
  public static var comparesDocuments: Bool { true }
}

/// A rule with nothing to configure — no options, no data — such as `num-fullwidth-digit`: it is built with its
/// implicit `init()`, so the type holds only its description and its check.
protocol StatelessRule: Rule {
  init()
}

extension StatelessRule {
  public init(setup: RuleSetup) { self.init() }
}

extension Rule {
  public var description: RuleDescription { Self.description }
  public var id: String { Self.description.id }

  /// The options the rule declares, in order.
  public static var optionDeclarations: [OptionDeclaration] { Options.declarations }

  /// Reads options as the rule will, so that a bad one is an error where it is written.
  public static func checkOptions(_ values: [String: JSONValue], origins: [String: OptionOrigin])
    throws(RuleConfigurationError)
  {
    _ = try Options.read(rule: description.id, values: values, origins: origins)
  }
}

/// An error in rule configuration or rule data, with the file and position to show.
public struct RuleConfigurationError: Error, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public init(file: String, line: Int, column: Int = 1, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: message`, or `file: message` for a value with no position (set on the command line).
  public var description: String { line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)" }
}
