/// How serious a finding is. Ordered so that `error > warning > info`.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
  case info, warning, error

  private var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Whether a fix can be applied without a human looking at it (ruff's model).
/// `safe`: the edit is certainly right; `unsafe`: it is a suggestion that needs review. Ordered `unsafe < safe`.
public enum Applicability: String, Sendable, Codable, Comparable {
  case safe, unsafe

  public static func < (lhs: Applicability, rhs: Applicability) -> Bool { lhs == .unsafe && rhs == .safe }
}

/// What fixes a rule offers, declared once in its description (ruff's `FixAvailability`, with the applicability
/// folded in). A report states no applicability where the declaration settles it; only a `sometimes-safe` rule
/// says, per finding, which of its fixes are safe (`punct-halfwidth-in-cjk`: a `?` ending a sentence becomes `？`
/// safely, a `?` inside one is often a lost interpunct, `沃伦?巴菲特`). A test runs every rule over its examples,
/// the seeds and the FCGEC corpus and fails when a fix is more applicable than declared.
public enum FixAvailability: String, Sendable, Codable, CaseIterable {
  /// No fix: the finding needs an editor (`news-title-conflict`: which of the two titles is right?).
  case none
  /// Every fix is a suggestion to review (`word-confusable`: 做出 → 作出 depends on the object).
  case unsafe
  /// Every fix is certain (`num-fullwidth-digit`: ２０２３ → 2023).
  case safe
  /// Safe where the rule proves it, otherwise a suggestion; reports without an applicability are unsafe.
  case sometimesSafe = "sometimes-safe"

  /// The most a fix of the rule may be; nil when it offers none.
  public var ceiling: Applicability? {
    switch self {
    case .none: nil
    case .unsafe: .unsafe
    case .safe, .sometimesSafe: .safe
    }
  }

  /// The applicability of a fix whose report does not state one.
  public var implied: Applicability {
    self == .safe ? .safe : .unsafe
  }
}

/// The language of messages. Chinese is the default: the users are Chinese copy desks.
public enum Language: String, Sendable, Codable {
  case zh, en
}

/// A message in both languages; rendered at the edge (CLI `--lang`, LSP `locale`).
public struct Message: Sendable, Hashable, Codable {
  public var zh: String
  public var en: String

  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  public func text(_ language: Language) -> String { language == .en ? en : zh }
}
