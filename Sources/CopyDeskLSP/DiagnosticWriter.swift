import CopyDesk

/// Writes diagnostics as LSP JSON bytes directly. Publishing runs after every edit, so it skips building a
/// `JSONValue` tree per finding; the output parses to exactly what `lspDiagnostics` builds (a test checks).
struct DiagnosticWriter {
  /// The bytes, written by the engine's JSON writer (shared with `copydesk lint --format json`).
  var json = JSONBytes(capacity: 256)
  var out: [UInt8] { json.out }
  /// Findings come sorted: the cursor counts each start and end from the previous ones (linear on a long line).
  private var cursor: PositionCursor
  let language: Language

  init(_ document: Document, _ encoding: PositionEncoding, _ language: Language) {
    cursor = PositionCursor(document, encoding)
    self.language = language
  }

  mutating func raw(_ s: StaticString) { json.raw(s) }

  mutating func int(_ n: Int) { json.int(n) }

  mutating func string(_ s: String) { json.string(s) }

  mutating func position(_ p: (line: Int, character: Int)) {
    raw("{\"line\":")
    int(p.line)
    raw(",\"character\":")
    int(p.character)
    raw("}")
  }

  /// `related` resolves a related location to its document's URI and a cursor on that document.
  mutating func diagnostics(
    _ list: [Diagnostic], related: (RelatedLocation) -> (uri: String, document: Document)?, encoding: PositionEncoding
  ) {
    raw("[")
    for (k, d) in list.enumerated() {
      if k > 0 { raw(",") }
      raw("{\"range\":{\"start\":")
      position(cursor.lineAndCharacter(of: d.range.lowerBound))
      raw(",\"end\":")
      position(cursor.lineAndCharacter(of: d.range.upperBound))
      raw("},\"severity\":")
      int(d.severity == .error ? 1 : d.severity == .warning ? 2 : 3)
      raw(",\"code\":")
      string(d.rule)
      raw(",\"source\":\"copydesk\",\"message\":")
      string(d.message.text(language))
      if let fix = d.fix {
        raw(",\"data\":{\"fix\":")
        string(fix.applicability.rawValue)
        raw("}")
      }
      let places = d.related.compactMap { rel in related(rel).map { (rel, $0) } }
      if !places.isEmpty {
        raw(",\"relatedInformation\":[")
        for (i, (rel, place)) in places.enumerated() {
          if i > 0 { raw(",") }
          var cursor = PositionCursor(place.document, encoding)
          raw("{\"location\":{\"uri\":")
          string(place.uri)
          raw(",\"range\":{\"start\":")
          position(cursor.lineAndCharacter(of: rel.range.lowerBound))
          raw(",\"end\":")
          position(cursor.lineAndCharacter(of: rel.range.upperBound))
          raw("}},\"message\":")
          string(rel.message.text(language))
          raw("}")
        }
        raw("]")
      }
      raw("}")
    }
    raw("]")
  }
}
