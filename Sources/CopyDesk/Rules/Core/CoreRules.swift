/// The first rules, named by the mission: half-width punctuation, stray English words, stray spaces.
public enum CoreRules {
  public static let all: [any Rule.Type] = [
    HalfwidthInCJKRule.self, StrayASCIIRule.self, SpaceCJKRule.self, SpaceAroundFullwidthRule.self,
  ]
}
