import Foundation

/// The date an article is judged on (registers and rosters change): the rule option `date` (set by the CLI's
/// `--date`), else `date:` in the file's front matter, else today in Beijing.
enum ArticleDate {
  /// The rules that take a `date` option.
  static var rules: [String] { [RegisterTitleRule.description.id, LeaderOrderRule.description.id] }

  static func option(_ setup: RuleSetup, rule: String) throws(RuleConfigurationError) -> String? {
    guard let v = setup.options["date"] else { return nil }
    guard let s = v.stringValue, DayDate.isValid(s) else {
      throw RuleConfigurationError(
        file: "options of \(rule)", line: 1, message: "\"date\" must be a date YYYY-MM-DD, not \(v.serialized)")
    }
    return s
  }

  static func day(option: String?, _ doc: Document) -> String {
    option ?? frontMatterDate(doc) ?? today()
  }

  /// `date: 2024-01-16` (quoted or not, with or without a time) in YAML front matter.
  static func frontMatterDate(_ doc: Document) -> String? {
    for b in doc.blocks where b.kind == .frontMatter {
      for line in doc.slice(b.range).split(whereSeparator: \.isNewline) {
        let parts = line.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "date" else { continue }
        let v = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
        let day = String(v.prefix(10))
        if DayDate.isValid(day) { return day }
      }
    }
    return nil
  }

  /// Today in Beijing, computed at most once a minute (building a calendar costs more than linting a paragraph).
  static func today() -> String {
    TodayCache.shared.value()
  }
}

private final class TodayCache: @unchecked Sendable {
  static let shared = TodayCache()
  private let lock = NSLock()
  private var day = ""
  private var computed = Date.distantPast

  func value() -> String {
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    if now.timeIntervalSince(computed) < 60 { return day }
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
    let c = cal.dateComponents([.year, .month, .day], from: now)
    day = String(format: "%04d-%02d-%02d", c.year ?? 1970, c.month ?? 1, c.day ?? 1)
    computed = now
    return day
  }
}

extension Configuration {
  /// Sets the article date of every rule that judges by date (the CLI's `--date`).
  public mutating func setArticleDate(_ day: String) {
    for id in ArticleDate.rules {
      var s = settings[id] ?? RuleSetting()
      s.options = (s.options ?? .object([:])).merging(.object(["date": .string(day)]))
      settings[id] = s
    }
  }

  /// Whether `day` is a valid `YYYY-MM-DD` date for `setArticleDate`.
  public static func isValidArticleDate(_ day: String) -> Bool { DayDate.isValid(day) }
}
