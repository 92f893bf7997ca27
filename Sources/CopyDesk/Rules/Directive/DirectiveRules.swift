/// `directive-…`: the engine's own suppression directives (`<!-- copydesk-disable … -->`).
public enum DirectiveRules {
  public static let all: [any Rule.Type] = [UnknownDirectiveRule.self]
}
