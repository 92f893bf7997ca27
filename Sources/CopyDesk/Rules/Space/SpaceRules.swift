/// `space-…`: spaces between Chinese characters, doubled spaces, and the space between Chinese and Latin or digits.
public enum SpaceRules {
  public static let all: [any Rule.Type] = [SpaceCJKRule.self, DuplicateSpaceRule.self, CJKLatinSpaceRule.self]
}
