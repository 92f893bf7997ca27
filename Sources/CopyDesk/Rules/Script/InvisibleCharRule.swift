/// `script-invisible-char`: characters that print as nothing but change how text is searched, broken and checked:
/// zero-width space/non-joiner/joiner, word joiner, soft hyphen, a byte-order mark after the start of the file,
/// bidirectional controls, and the no-break space U+00A0 next to Chinese (a CMS artefact; `&nbsp;` written as an
/// entity is markup and left alone). The message names the code point. A zero-width joiner inside an emoji
/// sequence (👨‍👩‍👧) is part of the emoji and is not flagged.
public struct InvisibleCharRule: StatelessRule {
  public static let description = RuleDescription(
    id: "script-invisible-char",
    summary: Message(zh: "不可见字符", en: "Invisible character"),
    rationale: Message(
      zh: "零宽空格、零宽连接符、文件中间的字节顺序标记（BOM）、双向文字控制符等字符看不见，却会使检索、断行和校对出错，多从网页或排版软件复制带入，应删除。中文里的不换行空格（U+00A0）改为普通空格，再由空格规则判断。",
      en:
        "Zero-width spaces and joiners, a byte-order mark after the start of the file and bidirectional controls are invisible but break search, line breaking and proofreading; they come from web pages and layout software and should be deleted. A no-break space (U+00A0) in Chinese text becomes an ordinary space, which the spacing rules then judge."
    ),
    clause: "house-style E (mixed script); Unicode Standard §23.2 (format characters)",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("全国总工会\u{200B}赴回天地区开展调研", fixed: "全国总工会赴回天地区开展调研"),
      Example("市总工会\u{FEFF}开展慰问", fixed: "市总工会开展慰问"),
      Example("慰问\u{202E}活动", fixed: "慰问活动"),
      Example("同比增长\u{00A0}5.2%", fixed: "同比增长 5.2%"),
    ],
    nonTriggering: [
      Example("全国总工会赴回天地区开展调研"),
      Example("家庭表情👨\u{200D}👩\u{200D}👧很可爱"),
      Example("网页中写作&nbsp;的空格"),
      Example("Tim\u{00A0}Cook visited Beijing."),
      Example("\u{FEFF}本报讯（记者 张晶）近日举办活动。", variants: false),
    ],
    supersedes: ["space-cjk", "punct-space-around-fullwidth", "space-cjk-latin", "space-duplicate"])

  static func name(_ u: UInt32) -> (zh: String, en: String)? {
    switch u {
    case 0x200B: ("零宽空格", "zero-width space")
    case 0x200C: ("零宽不连字", "zero-width non-joiner")
    case 0x200D: ("零宽连字", "zero-width joiner")
    case 0x200E, 0x200F, 0x061C: ("方向标记", "directional mark")
    case 0x202A...0x202E, 0x2066...0x2069: ("双向文字控制符", "bidirectional control")
    case 0x2060...0x2064: ("零宽不可见字符", "invisible format character")
    case 0xFEFF: ("字节顺序标记（BOM）", "byte-order mark")
    case 0x00AD: ("软连字符", "soft hyphen")
    case 0x180E: ("蒙古文元音分隔符", "Mongolian vowel separator")
    case 0x00A0: ("不换行空格", "no-break space")
    default: nil
    }
  }

  static let zones = ZoneSet(.headline, .lead, .body, .caption, .byline, .credit)

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    PunctScan.withBuffers(doc) { buf in
      let n = buf.eventOffsets.count
      var next = 0
      for k0 in buf.index.rare where k0 >= next {
        var k = k0
        let u = buf.eventScalars[k]
        let i = buf.eventOffsets[k]
        guard u >= 0xA0, let name = Self.name(u), i >= doc.bomLength || u != 0xFEFF else { continue }
        let len = buf.eventLength(k)
        var e = i + len
        k += 1
        while k < n && buf.eventScalars[k] == u && buf.eventOffsets[k] == e {
          e += len
          k += 1
        }
        next = k
        guard Self.zones.contains(buf.zones[i]) || u == 0xFEFF, !buf.masks[i].isOpaque else { continue }
        let (l, _) = buf.before(i)
        let r = buf.value(at: e)
        if u == 0x200D && (isEmoji(l) || isEmoji(r)) { continue }
        var replacement = ""
        if u == 0x00A0 {
          // Only next to Chinese; between Latin words a no-break space is deliberate typography.
          guard CharClass.isCJK(l) || CharClass.isCJK(r) else { continue }
          replacement = " "
        }
        let cp = U.codePoint(u)
        let advice = replacement.isEmpty ? ("应删除", "delete it") : ("应改为普通空格", "use an ordinary space")
        sink.report(
          i..<e,
          Message(zh: "不可见字符 \(cp)（\(name.zh)），\(advice.0)", en: "invisible character \(cp) (\(name.en)): \(advice.1)"),
          fix: .replace(i..<e, with: replacement))
      }
    }
  }

  private func isEmoji(_ u: UInt32) -> Bool {
    (u >= 0x1F000 && u <= 0x1FAFF) || (u >= 0x2600 && u <= 0x27BF) || u == 0xFE0F
  }
}
