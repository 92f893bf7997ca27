/// `word-…`: the desk's word lists (typos, confusables, redundancy, variants) and word patterns (duplicated
/// characters, 的/地/得).
public enum WordRules {
  public static let all: [any Rule.Type] = [
    TypoRule.self, ConfusableRule.self, RedundancyRule.self, VariantStandardRule.self, DupCharRule.self,
    DeDiDeRule.self, NonwordTypoRule.self,
  ]
}
