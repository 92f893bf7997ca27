import CopyDesk
import Foundation

/// A document with its findings, ready to print.
public struct FileReport {
  public var display: String
  public var document: Document
  public var diagnostics: [Diagnostic]
}

/// Output formats of `lint`. The JSON shape is a contract editors and CI depend on: keep it stable.
public enum OutputFormat: String, CaseIterable {
  case text, json, concise
  /// CI formats, one file each under Formats/.
  case sarif, github, rdjson, junit
}

/// Standard output in blocks of about a megabyte: one write per finding is slow, one string of all findings is big.
struct BlockWriter {
  private var pending = ""

  mutating func write(_ s: String) {
    pending += s
    if pending.utf8.count >= 1 << 20 { flush() }
  }

  mutating func flush() {
    Printer.stdout(pending)
    pending = ""
  }
}

enum Printer {
  static func stdout(_ s: String) {
    FileHandle.standardOutput.write(Data(s.utf8))
  }

  static func stdout(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
  }

  static func stderr(_ s: String) {
    FileHandle.standardError.write(Data(s.utf8))
  }
}

/// `path:line:col: severity[rule] message`, then the source line with a caret underline.
struct TextFormatter {
  var color: Bool
  var language: Language
  /// Scalars of context shown on each side of the finding in long lines.
  var context = 24

  func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

  func format(_ r: FileReport) -> String {
    r.diagnostics.map { format(r, $0) }.joined()
  }

  /// One finding: the location line, then the source snippet.
  func format(_ r: FileReport, _ d: Diagnostic) -> String {
    let start = r.document.position(ofOffset: d.range.lowerBound)
    let sevColor = d.severity == .error ? "31;1" : (d.severity == .warning ? "33;1" : "36;1")
    var out =
      "\(paint("\(r.display):\(start.line):\(start.column):", "1")) \(paint(d.severity.rawValue, sevColor))[\(d.rule)] \(d.message.text(language))"
    if let fix = d.fix { out += paint(fix.applicability == .safe ? " [fixable]" : " [fixable: unsafe]", "2") }
    return out + "\n" + snippet(r.document, d, line: start.line - 1)
  }

  /// The source line (windowed around the finding) and a caret line that counts CJK as two columns. Only the
  /// window is decoded: a page pasted as one line of megabytes must not cost a line per finding.
  func snippet(_ doc: Document, _ d: Diagnostic, line: Int) -> String {
    let lineRange = doc.lineContentRange(line)
    let startCol = doc.position(ofOffset: d.range.lowerBound).column - 1
    let endOffset = min(d.range.upperBound, lineRange.upperBound)
    var endCol = doc.position(ofOffset: endOffset).column - 1
    if endCol <= startCol { endCol = startCol + 1 }
    // `context` characters before the start and `context` + 1 after the end (the caret may reach one past it).
    let (windowStart, windowEnd) = doc.bytes.withUnsafeBufferPointer { buf -> (Int, Int) in
      var a = min(max(d.range.lowerBound, lineRange.lowerBound), lineRange.upperBound)
      for _ in 0..<context where a > lineRange.lowerBound { a = UTF8Scan.previousStart(buf, before: a) }
      var b = min(max(endOffset, lineRange.lowerBound), lineRange.upperBound)
      for _ in 0...context where b < lineRange.upperBound { b += UTF8Scan.length(lead: buf[b]) }
      return (a, b)
    }
    let window = Array(doc.slice(windowStart..<windowEnd).unicodeScalars)
    let firstCol = doc.position(ofOffset: windowStart).column - 1
    // The line's length in characters is known only when the window reaches its end; otherwise it is longer than
    // anything the window shows.
    let lineLength = windowEnd == lineRange.upperBound ? firstCol + window.count : Int.max
    let from = max(0, startCol - context)
    let to = min(lineLength, endCol + context)
    var text = ""
    var caret = ""
    if from > 0 {
      text += "…"
      caret += " "
    }
    for k in from..<max(to, from) {
      let u = window[k - firstCol]
      let shown: Unicode.Scalar = u.value == 0x09 ? " " : u
      let w = max(1, CharClass.displayWidth(shown.value))
      text.unicodeScalars.append(shown)
      caret += String(repeating: k >= startCol && k < endCol ? "^" : " ", count: w)
    }
    if endCol > lineLength { caret += "^" }
    if to < lineLength { text += "…" }
    while caret.hasSuffix(" ") { caret.removeLast() }
    let gutter = String(line + 1)
    let pad = String(repeating: " ", count: gutter.count)
    return "\(pad) |\n\(gutter) | \(text)\n\(pad) | \(paint(caret, "32;1"))\n"
  }
}

/// One JSON object per finding, in one array across files.
enum JSONFormatter {
  static func position(_ doc: Document, _ offset: Int) -> JSONValue {
    let p = doc.position(ofOffset: offset)
    return .object([
      "line": .number(Double(p.line)), "column": .number(Double(p.column)), "offset": .number(Double(p.offset)),
    ])
  }

  static func object(_ r: FileReport, _ d: Diagnostic, language: Language) -> JSONValue {
    var o: [String: JSONValue] = [
      "path": .string(r.display), "rule": .string(d.rule), "severity": .string(d.severity.rawValue),
      "message": .string(d.message.text(language)), "start": position(r.document, d.range.lowerBound),
      "end": position(r.document, d.range.upperBound),
    ]
    if let fix = d.fix {
      o["fix"] = .object([
        "applicability": .string(fix.applicability.rawValue),
        "edits": .array(
          fix.edits.map { e in
            .object([
              "start": position(r.document, e.range.lowerBound), "end": position(r.document, e.range.upperBound),
              "replacement": .string(e.replacement),
            ])
          }),
      ])
    }
    return .object(o)
  }

  static func format(_ reports: [FileReport], language: Language) -> String {
    var out = ""
    write(reports, language: language) { out += $0 }
    return out
  }

  /// The same text in pieces, one finding at a time (a page can have a million findings).
  static func write(_ reports: [FileReport], language: Language, to emit: (String) -> Void) {
    var first = true
    for r in reports {
      for d in r.diagnostics {
        emit((first ? "[\n  " : ",\n  ") + object(r, d, language: language).serialized)
        first = false
      }
    }
    emit(first ? "[]\n" : "\n]\n")
  }
}

/// `line:col-line:col severity[rule] message => fix`: one line per finding, for goldens and grep.
public enum ConciseFormatter {
  public static func format(_ doc: Document, _ ds: [Diagnostic], language: Language = .zh) -> String {
    ds.map { line(doc, $0, language: language) }.joined()
  }

  /// One finding's line, with its newline.
  public static func line(_ doc: Document, _ d: Diagnostic, language: Language = .zh) -> String {
    let s = doc.position(ofOffset: d.range.lowerBound)
    let e = doc.position(ofOffset: d.range.upperBound)
    var line =
      "\(s.line):\(s.column)-\(e.line):\(e.column) \(d.severity.rawValue)[\(d.rule)] \(d.message.text(language))"
    if let f = d.fix {
      let edits = f.edits.map { "\(doc.slice($0.range).debugDescription)→\($0.replacement.debugDescription)" }
      line += " | \(f.applicability.rawValue): " + edits.joined(separator: ", ")
    }
    return line + "\n"
  }
}
