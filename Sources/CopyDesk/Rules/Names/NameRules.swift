/// People, titles and organisations: consistency within an article, across files and with the house register.
/// The rules share one mention extractor (MentionExtractor.swift) and the data in rules/names/.
public enum NameRules {
  public static let all: [any Rule.Type] = [
    TitleConflictRule.self, ExclusiveTitleConflictRule.self, NameVariantRule.self, TitleAfterNameRule.self,
    PersonFirstMentionRule.self, OrgAbbrevRule.self, OrgNameVariantRule.self, RegisterTitleRule.self,
    LeaderOrderRule.self,
  ]
}
