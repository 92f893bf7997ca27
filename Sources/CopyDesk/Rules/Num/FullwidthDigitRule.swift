/// `num-fullwidth-digit`: full-width digits and a full-width decimal point (`２０２３年` → `2023年`, `23．7度` → `23.7度`).
public struct FullwidthDigitRule: FullwidthFormRule {
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

  static let kind = FullwidthForms.Kind.digit
  static func message(_ ascii: String) -> Message {
    Message(zh: "数字应使用半角“\(ascii)”", en: "use half-width digits '\(ascii)'")
  }
}
