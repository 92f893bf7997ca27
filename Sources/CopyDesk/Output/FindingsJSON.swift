/// The findings of `copydesk lint --format json`, written as bytes: one array, one object per finding on a line of
/// its own, keys in sorted order —
///
///     [
///       {"end":{"column":1,"line":11,"offset":756},"fix":{"applicability":"safe","edits":[…]},"message":"…",
///        "path":"seeds/000.txt","rule":"layout-broken-paragraph","severity":"warning","start":{…}},
///       …
///     ]
///
/// — the text `JSONValue.serialized` gives for each finding's object (a test compares them), without building the
/// objects. Positions come from one forward cursor per page (findings are sorted), so a page with a million findings
/// on one line costs linear time.
public struct FindingsJSON {
  public typealias Report = (display: String, document: Document, diagnostics: [Diagnostic])

  public var json = JSONBytes(capacity: 1 << 16)
  public let language: Language
  private var first = true

  public init(language: Language = .zh) { self.language = language }

  /// All reports as one array, in bytes.
  public static func bytes(_ reports: [Report], language: Language = .zh) -> [UInt8] {
    var w = FindingsJSON(language: language)
    for r in reports { w.append(r) { _ in } }
    w.finish()
    return w.json.out
  }

  /// Appends the findings of one page. `flush` is handed the bytes written so far whenever they pass a megabyte,
  /// and must consume them (it is given the buffer to empty).
  public mutating func append(_ r: Report, flush: (inout [UInt8]) -> Void) {
    var cursor = PositionCursor(r.document, .utf32)
    var path = JSONBytes(capacity: r.display.utf8.count + 2)
    path.string(r.display)
    for d in r.diagnostics {
      json.raw(first ? "[\n  " : ",\n  ")
      first = false
      json.raw("{\"end\":")
      position(&cursor, d.range.upperBound)
      if let fix = d.fix {
        json.raw(",\"fix\":{\"applicability\":")
        json.raw(fix.applicability == .safe ? "\"safe\"" : "\"unsafe\"")
        json.raw(",\"edits\":[")
        for (k, e) in fix.edits.enumerated() {
          json.raw(k == 0 ? "{\"end\":" : ",{\"end\":")
          position(&cursor, e.range.upperBound)
          json.raw(",\"replacement\":")
          json.string(e.replacement)
          json.raw(",\"start\":")
          position(&cursor, e.range.lowerBound)
          json.byte(UInt8(ascii: "}"))
        }
        json.raw("]}")
      }
      json.raw(",\"message\":")
      json.string(d.message.text(language))
      json.raw(",\"path\":")
      json.out.append(contentsOf: path.out)
      json.raw(",\"rule\":")
      json.string(d.rule)
      json.raw(",\"severity\":")
      json.string(d.severity.rawValue)
      json.raw(",\"start\":")
      position(&cursor, d.range.lowerBound)
      json.byte(UInt8(ascii: "}"))
      if json.out.count >= 1 << 20 { flush(&json.out) }
    }
  }

  /// Closes the array (`[]` when there were no findings).
  public mutating func finish() {
    json.raw(first ? "[]\n" : "\n]\n")
  }

  private mutating func position(_ cursor: inout PositionCursor, _ offset: Int) {
    let p = cursor.position(of: offset)
    json.raw("{\"column\":")
    json.int(p.column)
    json.raw(",\"line\":")
    json.int(p.line)
    json.raw(",\"offset\":")
    json.int(p.offset)
    json.byte(UInt8(ascii: "}"))
  }
}
