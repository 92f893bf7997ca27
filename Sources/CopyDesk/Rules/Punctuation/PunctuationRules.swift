/// GB/T 15834 punctuation, spacing and width rules (issue: punctuation pack).
public enum PunctuationRules {
  public static let all: [any Rule.Type] = [
    ASCIIQuotesRule.self, QuoteNestingRule.self, UnbalancedPairRule.self, EllipsisFormRule.self, DashFormRule.self,
    DoubledPunctRule.self, RangeConnectorRule.self, InterpunctFormRule.self, DunhaoBetweenQuotedRule.self,
    DunhaoApproxNumberRule.self, DunhaoBeforeDengRule.self, HeadlineEndRule.self, BookTitleMissingRule.self,
    CJKLatinSpaceRule.self, DuplicateSpaceRule.self, FullwidthLatinRule.self, FullwidthDigitRule.self,
    InvisibleCharRule.self,
  ]
}
