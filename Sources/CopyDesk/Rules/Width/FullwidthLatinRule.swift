/// `width-fullwidth-latin`: full-width Latin letters and ASCII symbols (`ＡＰＰ下载量` → `APP下载量`).
public struct FullwidthLatinRule: FullwidthFormRule {
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

  static let kind = FullwidthForms.Kind.latin
  static func message(_ ascii: String) -> Message {
    Message(zh: "西文字母、符号应使用半角“\(ascii)”", en: "use half-width '\(ascii)'")
  }
}
