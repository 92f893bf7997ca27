/// `space-…`: spaces between Chinese characters, doubled spaces, the space between Chinese and Latin or digits, and
/// the space between a number and its unit symbol.
public enum SpaceRules {
  public static let all: [any Rule.Type] = [
    SpaceCJKRule.self, DuplicateSpaceRule.self, CJKLatinSpaceRule.self, SpaceNumberUnitRule.self,
  ]
}
