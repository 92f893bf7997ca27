/// `news-…`: newsroom conventions, in three groups with a folder each.
public enum NewsRules {
  /// `Format/`: bylines, datelines and photo credits against the house template.
  public static let format: [any Rule.Type] = [BylineFormatRule.self, PhotoCreditFormatRule.self]
  /// `Terms/`: the desk's term lists (Xinhua's banned and caution terms, sovereignty, ethnic and religious terms,
  /// official title forms).
  public static let terms: [any Rule.Type] = [
    BannedTermRule.self, CautionTermRule.self, SovereigntyTermRule.self, EthnicReligionTermRule.self,
    OfficialTitleFormRule.self,
  ]
  /// `Names/`: people, titles and organisations, consistent within an article, across files and with the house
  /// register. They share one mention extractor (MentionExtractor.swift) and the data in rules/news/names/.
  public static let names: [any Rule.Type] = [
    TitleConflictRule.self, ExclusiveTitleConflictRule.self, NameVariantRule.self, TitleAfterNameRule.self,
    PersonFirstMentionRule.self, OrgAbbrevRule.self, OrgNameVariantRule.self, RegisterTitleRule.self,
    LeaderOrderRule.self,
  ]
  public static let all: [any Rule.Type] = format + terms + names
}
