/// `num-…`: GB/T 15835—2011 number usage. The rules share `NumberScan` (the Arabic numerals of a page's prose,
/// found once) and `ChineseNumerals`; `DateReader` reads dates for `num-date-form`.
public enum NumRules {
  public static let all: [any Rule.Type] = [
    FullwidthDigitRule.self, MixedArabicChineseRule.self, WanYiUnitsRule.self, RangeUnitOmittedRule.self,
    YearAbbrevRule.self, DateFormRule.self, TimeFormatRule.self, PercentFormRule.self, ThousandsSeparatorRule.self,
    LeadingZeroDecimalRule.self, FixedExpressionRule.self, ApproxArabicRule.self, ApproxPrecisionConflictRule.self,
    ChineseInMeasurementRule.self,
  ]
}
