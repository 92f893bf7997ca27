/// `punct-…`: GB/T 15834 punctuation — marks, their width and form, pairs, and the space around them.
public enum PunctRules {
  public static let all: [any Rule.Type] = [
    HalfwidthInCJKRule.self, SpaceAroundFullwidthRule.self, ASCIIQuotesRule.self, QuoteNestingRule.self,
    UnbalancedPairRule.self, EllipsisFormRule.self, DashFormRule.self, DoubledPunctRule.self, RangeConnectorRule.self,
    InterpunctFormRule.self, DunhaoBetweenQuotedRule.self, DunhaoApproxNumberRule.self, DunhaoBeforeDengRule.self,
    HeadlineEndRule.self, BookTitleMissingRule.self,
  ]
}
