/// Newsroom conventions: bylines, datelines, credits, desk term lists.
public enum NewsRules {
  public static let all: [any Rule.Type] = [
    BylineFormatRule.self, PhotoCreditFormatRule.self, BannedTermRule.self, CautionTermRule.self,
    SovereigntyTermRule.self,
    EthnicReligionTermRule.self, OfficialTitleFormRule.self,
  ]
}
