/// Collects one rule's findings for one document.
public struct DiagnosticSink: Sendable {
  public let rule: String
  public var severity: Severity
  /// The rule's declared fixes: a report's fix takes its applicability from it unless the report states one.
  public let fixAvailability: FixAvailability
  public private(set) var diagnostics: [Diagnostic] = []

  public init(rule: String, severity: Severity, fixAvailability: FixAvailability) {
    self.rule = rule
    self.severity = severity
    self.fixAvailability = fixAvailability
  }

  /// A sink for a registered rule, with the fix availability its description declares.
  public init(rule: String, severity: Severity) {
    self.init(rule: rule, severity: severity, fixAvailability: RuleRegistry.fixAvailability[rule] ?? .none)
  }

  public mutating func report(
    _ range: Range<Int>, _ message: Message, fix: ProposedFix? = nil, severity: Severity? = nil,
    related: [RelatedLocation] = []
  ) {
    diagnostics.append(
      Diagnostic(
        rule: rule, severity: severity ?? self.severity, message: message, range: range,
        fix: fix.map { Fix($0.applicability ?? fixAvailability.implied, edits: $0.edits) }, related: related))
  }
}

/// A fix as a rule reports it: the edits, and an applicability only where the rule's declared `FixAvailability`
/// leaves it open (a `sometimes-safe` rule naming the safe cases). The sink completes it into a `Fix`.
public struct ProposedFix: Sendable, Hashable {
  public var edits: [TextEdit]
  public var applicability: Applicability?

  public init(edits: [TextEdit], _ applicability: Applicability? = nil) {
    self.edits = edits
    self.applicability = applicability
  }

  public static func replace(_ range: Range<Int>, with text: String, _ applicability: Applicability? = nil)
    -> ProposedFix
  {
    ProposedFix(edits: [TextEdit(range: range, replacement: text)], applicability)
  }
}
