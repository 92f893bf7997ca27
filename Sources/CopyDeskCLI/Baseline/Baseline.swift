import CopyDesk
import Foundation

/// What identifies a finding across edits: the rule, the file, the finding's own text and a little text on each
/// side of it on the same line. Line numbers are deliberately absent, so adding a paragraph above an old finding
/// does not make it new; changing the words right next to it does.
struct FindingKey: Hashable {
  var path: String
  var rule: String
  var before: String
  var text: String
  var after: String

  /// Unicode scalars of context taken on each side, within the finding's line(s).
  static let contextLength = 10
  /// Findings longer than this many scalars keep only their two ends (a paragraph-long finding stays readable).
  static let textLimit = 80

  init(path: String, rule: String, before: String, text: String, after: String) {
    self.path = path
    self.rule = rule
    self.before = before
    self.text = text
    self.after = after
  }

  init(_ d: Diagnostic, in doc: Document, path: String) {
    let startLine = doc.lineContentRange(doc.lineIndex(ofOffset: d.range.lowerBound))
    let endLine = doc.lineContentRange(doc.lineIndex(ofOffset: d.range.upperBound))
    let lower = max(startLine.lowerBound, min(d.range.lowerBound, doc.bytes.count))
    let upper = max(lower, min(d.range.upperBound, doc.bytes.count))
    // Only the context is decoded, never the whole line: a page pasted as one long line has many findings.
    let (contextStart, contextEnd) = doc.bytes.withUnsafeBufferPointer { buf -> (Int, Int) in
      var a = lower
      for _ in 0..<FindingKey.contextLength where a > startLine.lowerBound {
        a = UTF8Scan.previousStart(buf, before: a)
      }
      var b = upper
      for _ in 0..<FindingKey.contextLength where b < endLine.upperBound { b += UTF8Scan.length(lead: buf[b]) }
      return (a, b)
    }
    self.init(
      path: path, rule: d.rule, before: doc.slice(contextStart..<lower), text: FindingKey.ownText(doc, lower..<upper),
      after: doc.slice(upper..<contextEnd))
  }

  /// The finding's text with CRLF as LF; beyond `textLimit` scalars, its two ends around "…". A long finding is
  /// decoded only at its ends.
  static func ownText(_ doc: Document, _ range: Range<Int>) -> String {
    func scalars(_ r: Range<Int>) -> [Unicode.Scalar] {
      Array(doc.slice(r).replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars)
    }
    let half = textLimit / 2
    // Up to 4 bytes a scalar and 2 scalars a CRLF: an end of `chunk` bytes always holds `half` scalars after the
    // CRLF replacement, with room to spare (a CR cut from its LF lands beyond them).
    let chunk = 16 * textLimit
    guard range.count > 2 * chunk else {
      let own = scalars(range)
      guard own.count > textLimit else { return String(String.UnicodeScalarView(own)) }
      return String(String.UnicodeScalarView(own.prefix(half) + ["…"] + own.suffix(half)))
    }
    let bytes = doc.bytes
    var headEnd = range.lowerBound + chunk
    while headEnd < range.upperBound && UTF8Scan.isContinuation(bytes[headEnd]) { headEnd += 1 }
    var tailStart = range.upperBound - chunk
    while tailStart < range.upperBound && UTF8Scan.isContinuation(bytes[tailStart]) { tailStart += 1 }
    let head = scalars(range.lowerBound..<headEnd).prefix(half)
    let tail = scalars(tailStart..<range.upperBound).suffix(half)
    return String(String.UnicodeScalarView(head + ["…"] + tail))
  }

  /// A short stable hash of everything but the path (SARIF `partialFingerprints`).
  var contextHash: String { StableHash.fnv1a([rule, before, text, after].joined(separator: "\u{1F}")) }
}

/// `.copydesk-baseline.json`: the findings a desk accepts for now (a legacy archive). `lint --baseline` reports
/// only findings beyond it. Identical findings in one file are counted: with two on record, a third is reported.
struct Baseline {
  static let defaultFileName = ".copydesk-baseline.json"
  static let formatVersion = 1

  /// How many findings of each key are on record.
  var counts: [FindingKey: Int] = [:]
  /// Keys in the order they were first recorded (stable output).
  var order: [FindingKey] = []

  /// Paths in a baseline are relative to the directory holding the baseline file, so the file can be committed
  /// and used from any working directory.
  static func key(for d: Diagnostic, in doc: Document, displayPath: String, baselineDirectory: String) -> FindingKey {
    FindingKey(d, in: doc, path: relativePath(displayPath, to: baselineDirectory))
  }

  static func relativePath(_ path: String, to directory: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: cwd, isDirectory: true))
      .standardizedFileURL.path
    let base = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL.path
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
  }

  static func directory(ofBaselineFile file: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    return URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: cwd, isDirectory: true))
      .standardizedFileURL.deletingLastPathComponent().path
  }

  mutating func record(_ key: FindingKey) {
    if counts[key] == nil { order.append(key) }
    counts[key, default: 0] += 1
  }

  /// A baseline of every finding in `reports`.
  static func make(_ reports: [FileReport], baselineDirectory: String) -> Baseline {
    var b = Baseline()
    for r in reports {
      for d in r.diagnostics {
        b.record(key(for: d, in: r.document, displayPath: r.display, baselineDirectory: baselineDirectory))
      }
    }
    return b
  }

  /// The reports without the findings on record, and how many were dropped. Within a file the first findings
  /// of a key (in document order) are the recorded ones; any beyond the recorded count are reported.
  func filter(_ reports: [FileReport], baselineDirectory: String) -> (reports: [FileReport], suppressed: Int) {
    var left = counts
    var suppressed = 0
    var out: [FileReport] = []
    for var r in reports {
      r.diagnostics = r.diagnostics.filter { d in
        let k = Baseline.key(for: d, in: r.document, displayPath: r.display, baselineDirectory: baselineDirectory)
        guard let n = left[k], n > 0 else { return true }
        left[k] = n - 1
        suppressed += 1
        return false
      }
      out.append(r)
    }
    return (out, suppressed)
  }

  // MARK: - File format

  /// One finding per line, sorted by path (first-seen order within a path), so baseline diffs review well.
  func serialized() -> String {
    let sorted = order.enumerated().sorted { a, b in
      a.element.path != b.element.path ? a.element.path < b.element.path : a.offset < b.offset
    }.map(\.element)
    let entries = sorted.map { k -> String in
      let o: JSONValue = .object([
        "path": .string(k.path), "rule": .string(k.rule), "before": .string(k.before), "text": .string(k.text),
        "after": .string(k.after), "count": .number(Double(counts[k] ?? 1)),
      ])
      return "    " + o.serialized
    }
    var s = "{\n  \"version\": \(Baseline.formatVersion),\n  \"generatedBy\": \"copydesk \(CLI.version)\",\n"
    s += "  \"findings\": [" + (entries.isEmpty ? "]\n" : "\n" + entries.joined(separator: ",\n") + "\n  ]\n") + "}\n"
    return s
  }

  static func parse(_ text: String, file: String) throws -> Baseline {
    let value: JSONValue
    switch Result(catching: { () throws(JSONC.ParseError) -> JSONValue in try JSONC.parse(text).value }) {
    case .success(let v): value = v
    case .failure(let e): throw CLIError("\(file):\(e.line):\(e.column): \(e.message)")
    }
    guard value["version"]?.intValue == formatVersion, let items = value["findings"]?.arrayValue else {
      throw CLIError("\(file): not a copydesk baseline (expected \"version\": \(formatVersion) and \"findings\")")
    }
    var b = Baseline()
    for (i, item) in items.enumerated() {
      guard let path = item["path"]?.stringValue, let rule = item["rule"]?.stringValue,
        let text = item["text"]?.stringValue
      else { throw CLIError("\(file): finding \(i + 1) needs \"path\", \"rule\" and \"text\"") }
      let k = FindingKey(
        path: path, rule: rule, before: item["before"]?.stringValue ?? "", text: text,
        after: item["after"]?.stringValue ?? "")
      if b.counts[k] == nil { b.order.append(k) }
      // Counts add up with saturation: a hand-edited 4611686018427387904 twice must not trap.
      let (sum, overflow) = b.counts[k, default: 0].addingReportingOverflow(max(1, item["count"]?.intValue ?? 1))
      b.counts[k] = overflow ? Int.max : sum
    }
    return b
  }

  static func load(path: String) throws -> Baseline {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CLIError("\(path): cannot read baseline (create it with `copydesk baseline PATH...`)")
    }
    return try parse(String(decoding: data, as: UTF8.self), file: path)
  }

  func write(to path: String) throws {
    do {
      try Data(serialized().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw CLIError("\(path): cannot write baseline (\(error.localizedDescription))")
    }
  }
}
