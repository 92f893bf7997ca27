/// A replacement of a byte range of the document's UTF-8 text.
public struct TextEdit: Sendable, Hashable, Codable {
  /// UTF-8 byte offsets into the document.
  public var range: Range<Int>
  public var replacement: String

  public init(range: Range<Int>, replacement: String) {
    self.range = range
    self.replacement = replacement
  }
}

/// One or more edits that together correct a finding.
public struct Fix: Sendable, Hashable, Codable {
  public var applicability: Applicability
  public var edits: [TextEdit]

  public init(_ applicability: Applicability, edits: [TextEdit]) {
    self.applicability = applicability
    self.edits = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  public static func replace(_ range: Range<Int>, with text: String, _ applicability: Applicability = .safe) -> Fix {
    Fix(applicability, edits: [TextEdit(range: range, replacement: text)])
  }

  /// The smallest byte range covering all edits.
  public var span: Range<Int> {
    let lower = edits.map(\.range.lowerBound).min() ?? 0
    let upper = edits.map(\.range.upperBound).max() ?? 0
    return lower..<upper
  }
}

/// Another place a finding refers to (e.g. the other mention of a name), possibly in another file.
public struct RelatedLocation: Sendable, Hashable, Codable {
  public var path: String?
  public var range: Range<Int>
  public var message: Message

  public init(path: String? = nil, range: Range<Int>, message: Message) {
    self.path = path
    self.range = range
    self.message = message
  }
}

/// A finding: which rule, how serious, where (UTF-8 byte range), what to say, and optionally how to fix it.
public struct Diagnostic: Sendable, Hashable, Codable {
  public var rule: String
  public var severity: Severity
  public var message: Message
  public var range: Range<Int>
  public var fix: Fix?
  public var related: [RelatedLocation]

  public init(
    rule: String, severity: Severity, message: Message, range: Range<Int>, fix: Fix? = nil,
    related: [RelatedLocation] = []
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.range = range
    self.fix = fix
    self.related = related
  }
}
