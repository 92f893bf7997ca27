import CopyDesk

/// Positions of offsets that mostly come in increasing order (findings are sorted by position): the cursor keeps
/// its place in the current line instead of rescanning from the line start for every finding. Same results as
/// `Document.lineAndCharacter(ofOffset:encoding:)`, which it falls back to the logic of when it must move back.
struct PositionCursor {
  let document: Document
  let encoding: PositionEncoding
  private var line = 0
  private var offset = 0
  private var units = 0

  init(_ document: Document, _ encoding: PositionEncoding) {
    self.document = document
    self.encoding = encoding
    offset = min(document.bomLength, document.bytes.count)
  }

  private func lineStart(_ l: Int) -> Int {
    l == 0 ? min(document.bomLength, document.bytes.count) : document.lineStarts[l]
  }

  mutating func position(of target: Int) -> (line: Int, character: Int) {
    let t = max(0, min(target, document.bytes.count))
    let next = line + 1 < document.lineStarts.count ? document.lineStarts[line + 1] : Int.max
    if t < offset || t >= next {
      line = document.lineIndex(ofOffset: t)
      offset = lineStart(line)
      units = 0
    }
    // Inside the byte-order mark: column 0, as the engine counts it.
    if t < offset { return (line, 0) }
    let bytes = document.bytes
    while offset < t {
      let n = UTF8Scan.length(lead: bytes[offset])
      units += encoding == .utf8 ? n : encoding == .utf16 ? UTF8Scan.utf16Units(utf8Length: n) : 1
      offset += n
    }
    return (line, units)
  }
}

/// Writes diagnostics as LSP JSON bytes directly. Publishing runs after every edit, so it skips building a
/// `JSONValue` tree per finding; the output parses to exactly what `lspDiagnostics` builds (a test checks).
struct DiagnosticWriter {
  var out: [UInt8] = []
  private var starts: PositionCursor
  private var ends: PositionCursor
  let language: Language

  init(_ document: Document, _ encoding: PositionEncoding, _ language: Language) {
    starts = PositionCursor(document, encoding)
    ends = PositionCursor(document, encoding)
    self.language = language
    out.reserveCapacity(256)
  }

  mutating func raw(_ s: StaticString) {
    s.withUTF8Buffer { out.append(contentsOf: $0) }
  }

  mutating func int(_ n: Int) {
    if n < 0 {
      out.append(UInt8(ascii: "-"))
      int(-n)
      return
    }
    if n >= 10 { int(n / 10) }
    out.append(UInt8(ascii: "0") + UInt8(n % 10))
  }

  mutating func string(_ s: String) { JSONWriter.string(s, into: &out) }

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
      position(starts.position(of: d.range.lowerBound))
      raw(",\"end\":")
      position(ends.position(of: d.range.upperBound))
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
          position(cursor.position(of: rel.range.lowerBound))
          raw(",\"end\":")
          position(cursor.position(of: rel.range.upperBound))
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
