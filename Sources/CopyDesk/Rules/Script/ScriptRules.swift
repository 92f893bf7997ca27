/// `script-…`: characters from the wrong script in Chinese copy — stray English function words, invisible characters.
public enum ScriptRules {
  public static let all: [any Rule.Type] = [StrayASCIIRule.self, InvisibleCharRule.self]
}
