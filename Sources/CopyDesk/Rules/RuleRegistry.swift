/// Every rule copydesk knows, by family. Each family is a folder under `Rules/` named after the id prefix
/// (`punct-…` in `Rules/Punct/`) and lists its rule types in its own `<Family>Rules.swift`, so that families grow
/// independently; `RuleRegistryTests` fails when a rule type is not listed or sits outside its family's folder.
public enum RuleRegistry {
  public static let all: [any Rule.Type] =
    PunctRules.all + SpaceRules.all + ScriptRules.all + WidthRules.all + NumRules.all + NewsRules.all + WordRules.all
    + LayoutRules.all + DirectiveRules.all

  public static let byID: [String: any Rule.Type] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.description.id, $0) })

  /// Rule id → the ids it supersedes, for the rules that supersede any: asked for every finding of every lint, so
  /// the large descriptions are not copied each time.
  public static let supersedes: [String: [String]] = Dictionary(
    uniqueKeysWithValues: all.compactMap { t in
      t.description.supersedes.isEmpty ? nil : (t.description.id, t.description.supersedes)
    })

  /// Rule id → its declared fixes, for every sink of every lint.
  public static let fixAvailability: [String: FixAvailability] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.description.id, $0.description.fix) })

  public static func description(of id: String) -> RuleDescription? { byID[id]?.description }

  public static var descriptions: [RuleDescription] { all.map { $0.description } }
}
