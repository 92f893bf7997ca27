import Foundation

/// The date an article is judged on (registers and rosters change): the rule option `date` (set by the CLI's
/// `--date`), else `date:` in the file's front matter, else today in Beijing.
enum ArticleDate {
  /// The rules that take a `date` option: those whose options declare one.
  static var rules: [String] {
    RuleRegistry.all.filter { $0.optionDeclarations.contains { $0.key == "date" } }.map { $0.description.id }
  }

  static func day(option: String?, _ doc: Document) -> String {
    option ?? frontMatterDate(doc) ?? today()
  }

  /// `date: 2024-01-16` (quoted or not, with or without a time) in YAML front matter.
  static func frontMatterDate(_ doc: Document) -> String? {
    // Front matter opens the page (`MarkupLines`): only the first block can be it. Looking through every block,
    // once per article, made this a tenth of the names pass on a page of many articles.
    for b in doc.blocks.prefix(1) where b.kind == .frontMatter {
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
    todayCache.withLock { cached in
      let now = Date()
      if now.timeIntervalSince(cached.computed) < 60 { return cached.day }
      var cal = Calendar(identifier: .gregorian)
      cal.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
      let c = cal.dateComponents([.year, .month, .day], from: now)
      cached = (String(format: "%04d-%02d-%02d", c.year ?? 1970, c.month ?? 1, c.day ?? 1), now)
      return cached.day
    }
  }

  /// The last day computed and when: one value, replaced at most once a minute.
  private static let todayCache = Locked<(day: String, computed: Date)>(("", .distantPast))
}

/// The options of the rules that judge by the article's date (the house register, leader rosters).
public struct ArticleDateOptions: RuleOptions {
  /// nil: the document's front matter `date:`, else today.
  var date: String?

  public init(from reader: inout OptionReader) throws(RuleConfigurationError) {
    let day: Day? = try reader.read(
      "date", doc: "The articles' date YYYY-MM-DD (the CLI's --date); else date: in the front matter, else today")
    date = day?.text
  }

  /// A calendar day `YYYY-MM-DD`.
  struct Day: OptionValue {
    var text: String
    static var schema: [String: JSONValue] {
      ["type": .string("string"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    }
    static var expected: String { "a date YYYY-MM-DD" }
    static func decode(_ json: JSONValue) -> Result<Day, OptionMismatch> {
      guard let s = json.stringValue, DayDate.isValid(s) else { return mismatch(json) }
      return .success(Day(text: s))
    }
    var json: JSONValue { .string(text) }
  }
}

extension Configuration {
  /// Sets the article date of every rule that judges by date (the CLI's `--date`).
  public mutating func setArticleDate(_ day: String) {
    for id in ArticleDate.rules { setOption("date", of: id, to: .string(day), flag: "--date") }
  }

  /// Whether `day` is a valid `YYYY-MM-DD` date for `setArticleDate`.
  public static func isValidArticleDate(_ day: String) -> Bool { DayDate.isValid(day) }
}
