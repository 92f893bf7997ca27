/// Full-width forms of ASCII characters (U+FF01–U+FF5E) that Chinese copy writes half-width. Two rules share the
/// scan: `width-fullwidth-latin` for letters and symbols (`ＡＰＰ`, `ｋｍ`, `＠`), `num-fullwidth-digit` for digits and
/// the decimal point between digits (`２０２３年`, `23．7度`). Full-width punctuation that Chinese uses as such —
/// ！（），：；？～ ［］｛｝ ％ ／ and the quotes (`punct-ascii-quotes`) — is not touched.
/// A rule reporting each run of full-width characters of one kind, fixed to the half-width text: the type states
/// its description, the kind and the message.
protocol FullwidthFormRule: StatelessRule {
  static var kind: FullwidthForms.Kind { get }
  /// The message for a run whose half-width text is `ascii`.
  static func message(_ ascii: String) -> Message
}

extension FullwidthFormRule {
  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    FullwidthForms.forEachRun(doc, Self.kind) { range, ascii in
      sink.report(range, Self.message(ascii), fix: .replace(range, with: ascii))
    }
  }
}

enum FullwidthForms {
  enum Kind { case latin, digit }

  /// Which rule a full-width scalar belongs to, if any.
  @inline(__always)
  static func kind(_ u: UInt32) -> Kind? {
    switch u {
    case 0xFF10...0xFF19: .digit
    case 0xFF21...0xFF3A, 0xFF41...0xFF5A: .latin
    case 0xFF03, 0xFF04, 0xFF06, 0xFF0B, 0xFF1D, 0xFF20, 0xFF3C, 0xFF3E, 0xFF3F, 0xFF40, 0xFF5C: .latin  // ＃＄＆＋＝＠＼＾＿｀｜
    default: nil
    }
  }

  static let zones = ZoneSet(.headline, .lead, .body, .caption, .byline, .credit)

  /// Calls `body` for each run of full-width characters of `kind`, with the half-width text.
  static func forEachRun(_ doc: Document, _ wanted: Kind, _ body: (Range<Int>, String) -> Void) {
    PunctScan.withBuffers(doc) { buf in
      let n = buf.eventOffsets.count
      var next = 0  // first event not yet part of a reported run
      for k in buf.index.rare where k >= next {
        guard kindOf(buf, k, wanted) == wanted else { continue }
        let start = buf.eventOffsets[k]
        var end = start
        var m = k
        var ascii: [UInt8] = []
        while m < n && buf.eventOffsets[m] == end, kindOf(buf, m, wanted) == wanted {
          ascii.append(UInt8(buf.eventScalars[m] - 0xFEE0))
          end += 3
          m += 1
        }
        next = m
        body(start..<end, String(decoding: ascii, as: UTF8.self))
      }
    }
  }

  /// The kind of event `k` in a zone these rules check; a full-width stop between digits counts as a digit.
  @inline(__always)
  private static func kindOf(_ buf: PunctScan.Buffers, _ k: Int, _ wanted: Kind) -> Kind? {
    let u = buf.eventScalars[k]
    guard u >= 0xFF01 && u <= 0xFF5E else { return nil }
    let i = buf.eventOffsets[k]
    // Code and other opaque runs (Markdown code spans, URLs) are written as they must be.
    guard zones.contains(buf.zones[i]), !buf.masks[i].isOpaque else { return nil }
    if u == U.fullwidthStop {
      // The decimal point of a number: `２３．７`, `23．7`.
      return wanted == .digit && isDigit(buf.before(i).0) && isDigit(buf.value(at: i + 3)) ? .digit : nil
    }
    return kind(u)
  }

  @inline(__always)
  static func isDigit(_ u: UInt32) -> Bool { CharClass.isASCIIDigit(u) || (u >= 0xFF10 && u <= 0xFF19) }
}
