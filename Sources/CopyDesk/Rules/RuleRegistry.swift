/// Every rule copydesk knows, by family. Each family lists its rule types in its own file so that families
/// can grow independently.
public enum RuleRegistry {
  public static let all: [any Rule.Type] =
    CoreRules.all + PunctuationRules.all + NewsRules.all + WordRules.all + NameRules.all + LayoutRules.all

  public static let byID: [String: any Rule.Type] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.description.id, $0) })

  /// Rule id → the ids it supersedes, for the rules that supersede any: asked for every finding of every lint, so
  /// the large descriptions are not copied each time.
  public static let supersedes: [String: [String]] = Dictionary(
    uniqueKeysWithValues: all.compactMap { t in
      t.description.supersedes.isEmpty ? nil : (t.description.id, t.description.supersedes)
    })

  public static func description(of id: String) -> RuleDescription? {
    if id == UnknownDirectiveRule.description.id { return UnknownDirectiveRule.description }
    return byID[id]?.description
  }

  /// All descriptions including the engine's own pseudo-rules.
  public static var descriptions: [RuleDescription] {
    all.map { $0.description } + [UnknownDirectiveRule.description]
  }
}
