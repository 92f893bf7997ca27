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

  /// At most 40 characters of a line, for messages: a data file may be any file a configuration names.
  static func excerpt(_ s: String) -> String { s.count > 40 ? String(s.prefix(40)) + "…" : s }

  /// Parses a data file on its UTF-8 bytes: lines split at LF, CRLF or CR (a Swift `Character` joins CR and LF into
  /// one, so splitting a CRLF file at "\n" found no line break at all), a leading BOM skipped, and spaces trimmed
  /// byte by byte. Done with `Character`s, the built-in files took 12 ms of every `copydesk lint` start (49 million
  /// instructions for 92 KB, half of it trimming), which issue 18 bounds at 15 ms in all.
  public static func parse(name: String, text: String) throws(RuleConfigurationError) -> DataFile {
    var text = text
    let result = text.withUTF8 { b in
      Result { () throws(RuleConfigurationError) -> DataFile in try DataFileParser(name: name, bytes: b).parse() }
    }
    return try result.get()
  }
}

/// One data file's bytes, parsed line by line (see `DataFile.parse`). Every slice it makes starts and ends at an
/// ASCII byte or at the ends of the line, so every slice is valid UTF-8.
private struct DataFileParser {
  let name: String
  let bytes: UnsafeBufferPointer<UInt8>

  func string(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }

  /// `r` without the spaces, tabs, ideographic spaces (U+3000) and line breaks at either end.
  func trimmed(_ r: Range<Int>) -> Range<Int> {
    var lo = r.lowerBound
    var hi = r.upperBound
    while lo < hi {
      if [0x20, 0x09, 0x0A, 0x0D].contains(bytes[lo]) {
        lo += 1
      } else if hi - lo >= 3 && bytes[lo] == 0xE3 && bytes[lo + 1] == 0x80 && bytes[lo + 2] == 0x80 {
        lo += 3
      } else {
        break
      }
    }
    while hi > lo {
      if [0x20, 0x09, 0x0A, 0x0D].contains(bytes[hi - 1]) {
        hi -= 1
      } else if hi - lo >= 3 && bytes[hi - 3] == 0xE3 && bytes[hi - 2] == 0x80 && bytes[hi - 1] == 0x80 {
        hi -= 3
      } else {
        break
      }
    }
    return lo..<hi
  }

  /// Where the ASCII `needle` first stands in `r`.
  func find(_ needle: StaticString, in r: Range<Int>) -> Range<Int>? {
    let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
    guard n.count > 0, r.count >= n.count else { return nil }
    var i = r.lowerBound
    while i + n.count <= r.upperBound {
      if bytes[i] == n[0] && bytes[(i + 1)..<(i + n.count)].elementsEqual(n[1...]) { return i..<(i + n.count) }
      i += 1
    }
    return nil
  }

  /// The lines: ranges between line breaks (LF, CRLF, CR), after a leading byte-order mark.
  func lines() -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var i = start
    while i < bytes.count {
      let c = bytes[i]
      if c == 0x0A || c == 0x0D {
        out.append(start..<i)
        i += c == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
        start = i
      } else {
        i += 1
      }
    }
    out.append(start..<bytes.count)
    return out
  }

  func parse() throws(RuleConfigurationError) -> DataFile {
    var file = DataFile(name: name, rule: "", entries: [], triggers: [], cleans: [], headers: [:])
    var section = "main"
    for (index, line) in lines().enumerated() {
      let lineNumber = index + 1
      let t = trimmed(line)
      if t.isEmpty || bytes[t.lowerBound] == 0x23 { continue }  // `#`
      if bytes[t.lowerBound] == 0x40 {  // `@`
        // `@key value`: the key runs to the first ASCII space after any spaces, the value is the rest, trimmed.
        var k = t.lowerBound + 1
        while k < t.upperBound && bytes[k] == 0x20 { k += 1 }
        guard k < t.upperBound else {
          throw RuleConfigurationError(
            file: name, line: lineNumber, message: "'@' without a directive name (expected @rule, @section, @trigger…)")
        }
        var keyEnd = k
        while keyEnd < t.upperBound && bytes[keyEnd] != 0x20 { keyEnd += 1 }
        let key = string(k..<keyEnd)
        let value = keyEnd < t.upperBound ? string(trimmed((keyEnd + 1)..<t.upperBound)) : ""
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
      var body = t
      var attributes: [String: String] = [:]
      if let bar = find(" | ", in: body) {
        // `k=v` pairs between `|`s (empty ones skipped); `TERM | =` and `TERM | k=` are errors, not a crash.
        var p = bar.upperBound
        while p <= t.upperBound {
          var q = p
          while q < t.upperBound && bytes[q] != 0x7C { q += 1 }
          if q > p {
            let eq = (p..<q).first { bytes[$0] == 0x3D }
            guard let eq, !trimmed(p..<eq).isEmpty else {
              throw RuleConfigurationError(
                file: name, line: lineNumber,
                message: "attribute '\(DataFile.excerpt(string(trimmed(p..<q))))' is not key=value")
            }
            attributes[string(trimmed(p..<eq))] = string(trimmed((eq + 1)..<q))
          }
          p = q + 1
        }
        body = t.lowerBound..<bar.lowerBound
      }
      var term = trimmed(body)
      var replacement: String?
      if let arrow = find("=>", in: term) {
        let r = trimmed(arrow.upperBound..<term.upperBound)
        guard !r.isEmpty else {
          throw RuleConfigurationError(file: name, line: lineNumber, message: "'=>' with nothing after it")
        }
        replacement = string(r)
        term = trimmed(term.lowerBound..<arrow.lowerBound)
      }
      guard !term.isEmpty else {
        throw RuleConfigurationError(file: name, line: lineNumber, message: "entry has no term before '=>'")
      }
      file.entries.append(
        DataEntry(
          line: lineNumber, section: section, term: string(term), replacement: replacement, attributes: attributes))
    }
    guard !file.rule.isEmpty else {
      throw RuleConfigurationError(
        file: name, line: 1, message: "no `@rule RULE-ID` line: the file says no rule it is for")
    }
    return file
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
