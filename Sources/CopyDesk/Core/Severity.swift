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
/// `safe`: the edit is certainly right; `unsafe`: it is a suggestion that needs review.
public enum Applicability: String, Sendable, Codable {
  case safe, unsafe
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
