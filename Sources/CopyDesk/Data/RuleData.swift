/// Rule instances as data (Vale's model): word lists, allow-lists, registers. A data file is line-based text:
///
///     # comment
///     @rule word-typo               the rule that consumes the file (required, first directive)
///     @section main                 optional; entries below belong to this section
///     布署 => 部署                   an entry: term, optional replacement
///     截止到 => 截至 | next=date     optional attributes after `|`, as key=value
///     @trigger 各项工作已布署到位     inline test: text that must trigger the rule
///     @clean 各项工作已部署到位       inline test: text that must not trigger it
///
/// Bad lines fail with file:line. Defaults are embedded in the binary; a config can add or replace files.
public struct DataEntry: Sendable, Hashable {
  public var line: Int
  public var section: String
  public var term: String
  public var replacement: String?
  public var attributes: [String: String]

  public subscript(attribute: String) -> String? { attributes[attribute] }
}

public struct DataFile: Sendable {
  public var name: String
  public var rule: String
  public var entries: [DataEntry]
  public var triggers: [(line: Int, text: String)]
  public var cleans: [(line: Int, text: String)]
  /// Free-form `@key value` headers other than rule/section/trigger/clean (e.g. `@severity`, `@advice`).
  public var headers: [String: String]

  /// The lines of a data file, split at LF, CRLF or CR on scalars (a Swift `Character` joins CR and LF into one,
  /// so splitting a CRLF file at "\n" found no line break at all), without a leading BOM.
  static func lines(of text: String) -> [Substring] {
    var out: [Substring] = []
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    if scalars.first == "\u{FEFF}" { start = scalars.index(after: start) }
    var i = start
    while i < scalars.endIndex {
      let c = scalars[i]
      if c == "\n" || c == "\r" {
        out.append(Substring(scalars[start..<i]))
        var next = scalars.index(after: i)
        if c == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
        start = next
        i = next
      } else {
        i = scalars.index(after: i)
      }
    }
    out.append(Substring(scalars[start..<scalars.endIndex]))
    return out
  }

  /// At most 40 characters of a line, for messages: a data file may be any file a configuration names.
  static func excerpt(_ s: String) -> String { s.count > 40 ? String(s.prefix(40)) + "…" : s }

  public static func parse(name: String, text: String) throws(RuleConfigurationError) -> DataFile {
    var file = DataFile(name: name, rule: "", entries: [], triggers: [], cleans: [], headers: [:])
    var section = "main"
    var lineNumber = 0
    for line in lines(of: text) {
      lineNumber += 1
      let trimmed = line.trimmingSpaces()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      if trimmed.hasPrefix("@") {
        let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
        guard let first = parts.first else {
          throw RuleConfigurationError(
            file: name, line: lineNumber, message: "'@' without a directive name (expected @rule, @section, @trigger…)")
        }
        let key = String(first)
        let value = parts.count > 1 ? String(parts[1]).trimmingSpaces() : ""
        switch key {
        case "rule":
          guard !value.isEmpty else {
            throw RuleConfigurationError(file: name, line: lineNumber, message: "@rule needs a rule id")
          }
          file.rule = value
        case "section": section = value.isEmpty ? "main" : value
        case "trigger": file.triggers.append((lineNumber, value))
        case "clean": file.cleans.append((lineNumber, value))
        default: file.headers[key] = value
        }
        continue
      }
      guard !file.rule.isEmpty else {
        throw RuleConfigurationError(
          file: name, line: lineNumber, message: "entry before the @rule line: start the file with `@rule RULE-ID`")
      }
      var body = Substring(trimmed)
      var attributes: [String: String] = [:]
      if let bar = Self.find(" | ", in: body) {
        for pair in body[bar.upperBound...].split(separator: "|") {
          // `TERM | =` and `TERM | k=` are errors, not a crash: split on the first `=` by hand.
          guard let eq = pair.firstIndex(of: "="), !pair[..<eq].trimmingSpaces().isEmpty else {
            throw RuleConfigurationError(
              file: name, line: lineNumber,
              message: "attribute '\(excerpt(pair.trimmingSpaces()))' is not key=value")
          }
          attributes[pair[..<eq].trimmingSpaces()] = pair[pair.index(after: eq)...].trimmingSpaces()
        }
        body = body[..<bar.lowerBound]
      }
      var term = String(body).trimmingSpaces()
      var replacement: String?
      if let arrow = Self.find("=>", in: Substring(term)) {
        replacement = String(term[arrow.upperBound...]).trimmingSpaces()
        term = String(term[..<arrow.lowerBound]).trimmingSpaces()
        if replacement == "" {
          throw RuleConfigurationError(file: name, line: lineNumber, message: "'=>' with nothing after it")
        }
      }
      guard !term.isEmpty else {
        throw RuleConfigurationError(file: name, line: lineNumber, message: "entry has no term before '=>'")
      }
      file.entries.append(
        DataEntry(line: lineNumber, section: section, term: term, replacement: replacement, attributes: attributes))
    }
    guard !file.rule.isEmpty else {
      throw RuleConfigurationError(
        file: name, line: 1, message: "no `@rule RULE-ID` line: the file says no rule it is for")
    }
    return file
  }
}

extension DataFile {
  /// Where the ASCII `needle` first stands in `haystack`: Foundation's locale-aware `range(of:)` took a tenth of a
  /// one-page `copydesk lint`, run twice on each of the thousands of built-in data lines.
  static func find(_ needle: String, in haystack: Substring) -> Range<Substring.Index>? {
    let n = Array(needle.utf8)
    let h = haystack.utf8
    guard let first = n.first else { return nil }
    var i = h.startIndex
    while i != h.endIndex {
      if h[i] == first {
        var j = i
        var k = 0
        while k < n.count && j != h.endIndex && h[j] == n[k] {
          j = h.index(after: j)
          k += 1
        }
        if k == n.count { return i..<j }
      }
      i = h.index(after: i)
    }
    return nil
  }
}

/// All data files in force for one configuration.
public struct RuleData: Sendable {
  public var files: [DataFile]

  public static let empty = RuleData(files: [])

  public init(files: [DataFile]) { self.files = files }

  /// The built-in files (`rules/**/*.txt` embedded at build time).
  public static func builtin() throws(RuleConfigurationError) -> RuleData { try parsedBuiltin.get() }

  /// The embedded data, parsed once per process: a CLI run asks for it for the configuration of every directory
  /// and for the message language, the language server for every configuration change.
  private static let parsedBuiltin = Result { () throws(RuleConfigurationError) -> RuleData in
    var files: [DataFile] = []
    for (name, text) in EmbeddedRules.files where name.hasSuffix(".txt") {
      files.append(try DataFile.parse(name: "rules/" + name, text: text))
    }
    return RuleData(files: files)
  }

  public func files(for rule: String) -> [DataFile] { files.filter { $0.rule == rule } }

  public func entries(for rule: String, section: String = "main") -> [DataEntry] {
    files(for: rule).flatMap { $0.entries.filter { $0.section == section } }
  }
}
