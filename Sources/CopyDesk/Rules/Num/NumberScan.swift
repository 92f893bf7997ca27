/// An Arabic numeral of running copy: ASCII digits with the `.` and `,` that stay inside one number (`3.44`,
/// `12,500`). `9:30` is two numerals; `２０２３` is `num-fullwidth-digit`'s.
struct NumberToken: Sendable {
  let range: Range<Int>
  /// The block holding it (index into `Document.blocks`).
  let block: Int
  /// An ASCII letter right before it (`G20`, `C919`, `PM2.5`, `No.1`, `COVID-19`): a code or a name.
  let letterBefore: Bool
  /// An ASCII letter right after it (`5G`, `3D`, `100km`).
  let letterAfter: Bool
  /// The text of the numeral without separators, e.g. `12500`, `3.44`.
  let digits: String

  var value: Double { Double(digits) ?? 0 }
  var isInteger: Bool { !digits.contains(".") }
  var hasSeparator: Bool { digits.utf8.count != range.count }
  var touchesLatin: Bool { letterBefore || letterAfter }
}

/// The Arabic numerals of a document's prose (headlines, leads, bodies, captions), outside bylines, credits, code,
/// URLs, English phrases and markup, found in one pass and shared by the `num-…` rules: each rule then looks at a
/// few dozen numerals per page instead of every character.
struct NumberScan: DocumentAnalysis {
  let tokens: [NumberToken]

  static func compute(_ doc: Document) -> NumberScan {
    var out: [NumberToken] = []
    doc.bytes.withUnsafeBufferPointer { b in
      for (index, block) in doc.blocks.enumerated() where PunctScan.isProseBlock(block.kind) {
        var i = block.range.lowerBound
        let end = block.range.upperBound
        while i < end {
          guard isDigit(b[i]) else {
            i += 1
            continue
          }
          let start = i
          var digits: [UInt8] = []
          while i < end {
            if isDigit(b[i]) {
              digits.append(b[i])
              i += 1
            } else if b[i] == 0x2E, i + 1 < end, isDigit(b[i + 1]), !digits.contains(0x2E) {
              digits.append(0x2E)
              i += 1
            } else if b[i] == 0x2C, isGroup(b, i + 1, end) {
              i += 1
            } else {
              break
            }
          }
          guard ZoneSet.proseZones.contains(doc.zones[start]), !doc.masks[start].isOpaque else { continue }
          out.append(
            NumberToken(
              range: start..<i, block: index,
              letterBefore: start > 0 && CharClass.isASCIILetter(UInt32(b[start - 1])),
              letterAfter: i < b.count && CharClass.isASCIILetter(UInt32(b[i])),
              digits: String(decoding: digits, as: UTF8.self)))
        }
      }
    }
    return NumberScan(tokens: out)
  }

  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  /// Three digits at `i` and no fourth: the group after a thousands separator.
  @inline(__always)
  static func isGroup(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    i + 3 <= end && isDigit(b[i]) && isDigit(b[i + 1]) && isDigit(b[i + 2]) && (i + 3 == end || !isDigit(b[i + 3]))
  }
}

/// Byte-level reading around numerals, shared by the number rules.
enum NumText {
  /// Whether the bytes at `i` spell `s`.
  @inline(__always)
  static func has(_ doc: Document, _ s: [UInt8], at i: Int) -> Bool {
    i >= 0 && i + s.count <= doc.bytes.count && doc.bytes[i..<(i + s.count)].elementsEqual(s)
  }

  /// Whether the bytes right before `i` spell `s`.
  @inline(__always)
  static func has(_ doc: Document, _ s: [UInt8], before i: Int) -> Bool { has(doc, s, at: i - s.count) }

  /// The first of `list` spelled at `i` (put longer strings first).
  static func match(_ doc: Document, _ list: [[UInt8]], at i: Int) -> [UInt8]? {
    list.first { has(doc, $0, at: i) }
  }

  /// The first of `list` spelled right before `i`.
  static func match(_ doc: Document, _ list: [[UInt8]], before i: Int) -> [UInt8]? {
    list.first { has(doc, $0, before: i) }
  }

  static func bytes(_ words: [String]) -> [[UInt8]] {
    words.map { Array($0.utf8) }.sorted { $0.count > $1.count }
  }

  static func scalars(_ s: String) -> Set<UInt32> { Set(s.unicodeScalars.map(\.value)) }

  /// The scalar at `i`, or 0 outside the text.
  @inline(__always)
  static func at(_ doc: Document, _ i: Int) -> UInt32 { doc.scalar(at: i)?.value ?? 0 }

  /// The scalar before `i`, or 0 at the start.
  @inline(__always)
  static func before(_ doc: Document, _ i: Int) -> UInt32 { doc.scalar(before: i)?.value ?? 0 }

  /// Whether every byte of `range` is open prose: a prose zone, no opaque mask (code, URL, English phrase, markup).
  static func isOpen(_ doc: Document, _ range: Range<Int>) -> Bool {
    for k in range where !ZoneSet.proseZones.contains(doc.zones[k]) || doc.masks[k].isOpaque { return false }
    return true
  }

  /// Whether the byte at `offset` of block `block` lies inside a quotation or a 《》 title. The map of a block is
  /// built on first use and kept in `cache` (rules visit numerals block by block).
  static func isQuoted(_ doc: Document, block: Int, _ offset: Int, _ cache: inout (block: Int, map: QuoteMap)?) -> Bool
  {
    if cache?.block != block { cache = (block, QuoteMap(doc, doc.blocks[block].range)) }
    let s = cache!.map.state(at: offset)
    return s.inQuote || s.inTitle
  }

  /// The severity of a finding that is milder (or stricter) than the rule's default: a severity the desk configured
  /// for the rule wins, as for word-list entries.
  static func severity(_ sink: DiagnosticSink, default ruleDefault: Severity, finding: Severity) -> Severity {
    sink.severity == ruleDefault ? finding : sink.severity
  }

  /// A numeral's text for a fix: integers without `.0`, decimals as written (`3.45`).
  static func format(_ v: Double) -> String {
    if v == v.rounded() && abs(v) < 1e15 { return String(Int(v)) }
    var s = String(v)
    while s.hasSuffix("0") { s.removeLast() }
    return s
  }
}
