/// Full-width forms of ASCII characters (U+FF01–U+FF5E) that Chinese copy writes half-width. Two rules share the
/// scan: `width-fullwidth-latin` for letters and symbols (`ＡＰＰ`, `ｋｍ`, `＠`), `num-fullwidth-digit` for digits and
/// the decimal point between digits (`２０２３年`, `23．7度`). Full-width punctuation that Chinese uses as such —
/// ！（），：；？～ ［］｛｝ ％ ／ and the quotes (`punct-ascii-quotes`) — is not touched.
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
    guard zones.contains(buf.zones[i]) else { return nil }
    if u == U.fullwidthStop {
      // The decimal point of a number: `２３．７`, `23．7`.
      return wanted == .digit && isDigit(buf.before(i).0) && isDigit(buf.value(at: i + 3)) ? .digit : nil
    }
    return kind(u)
  }

  @inline(__always)
  static func isDigit(_ u: UInt32) -> Bool { CharClass.isASCIIDigit(u) || (u >= 0xFF10 && u <= 0xFF19) }
}

/// `width-fullwidth-latin`: full-width Latin letters and ASCII symbols (`ＡＰＰ下载量` → `APP下载量`).
public struct FullwidthLatinRule: Rule {
  public static let description = RuleDescription(
    id: "width-fullwidth-latin",
    summary: Message(zh: "西文字母、符号误用全角", en: "Full-width Latin letters or symbols"),
    rationale: Message(
      zh: "中文文本中的外文字母和＋＝＠等符号用半角形式，全角形式多来自输入法的全角状态。中文标点（！（），：；？～）不在此列。",
      en:
        "Latin letters and symbols such as + = @ are half-width in Chinese copy; the full-width forms come from an input method left in full-width mode. Chinese punctuation is not affected."
    ),
    clause: "GB/T 15835—2011 §5.1; W3C clreq (fullwidth ASCII); house-style E width-fullwidth-latin",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("ＡＰＰ下载量突破1000万", fixed: "APP下载量突破1000万"),
      Example("全长12ｋｍ", fixed: "全长12km"),
      Example("联系邮箱ｎｅｗｓ＠ｅｘａｍｐｌｅ.com", fixed: "联系邮箱news@example.com"),
    ],
    nonTriggering: [
      Example("他说：（一）加强领导！对吗？好～"),
      Example("在北京日报APP、工人日报APP同步播放。"),
      Example("增长５０％，２０２３年"),
      Example("时间10:00，数量1,000，增长5.2%。"),
    ])

  public init(setup: RuleSetup) {}

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    FullwidthForms.forEachRun(doc, .latin) { range, ascii in
      sink.report(
        range, Message(zh: "西文字母、符号应使用半角“\(ascii)”", en: "use half-width '\(ascii)'"),
        fix: .replace(range, with: ascii))
    }
  }
}

/// `num-fullwidth-digit`: full-width digits and a full-width decimal point (`２０２３年` → `2023年`, `23．7度` → `23.7度`).
public struct FullwidthDigitRule: Rule {
  public static let description = RuleDescription(
    id: "num-fullwidth-digit",
    summary: Message(zh: "阿拉伯数字误用全角", en: "Full-width digits"),
    rationale: Message(
      zh: "阿拉伯数字和数字中的小数点用半角形式。全角数字多见于转换过的旧稿或输入法的全角状态。",
      en:
        "Arabic digits and the decimal point are half-width. Full-width digits come from converted archive copy or an input method in full-width mode."
    ),
    clause: "GB/T 15835—2011 §5.1; house-style B num-fullwidth-digit",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("２０２３年１２月２９日", fixed: "2023年12月29日"),
      Example("北纬23．7度", fixed: "北纬23.7度"),
      Example("增长２．５个百分点", fixed: "增长2.5个百分点"),
    ],
    nonTriggering: [
      Example("2023年12月29日10:00，增长5.2%。"),
      Example("“3·15”晚会，GB/T 15834—2011"),
      Example("他说：“好。”列夫．托尔斯泰"),
      Example("〔2024〕5号文件，COVID-19疫情"),
    ])

  public init(setup: RuleSetup) {}

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    FullwidthForms.forEachRun(doc, .digit) { range, ascii in
      sink.report(
        range, Message(zh: "数字应使用半角“\(ascii)”", en: "use half-width digits '\(ascii)'"),
        fix: .replace(range, with: ascii))
    }
  }
}
