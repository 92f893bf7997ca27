/// `width-…`: full-width forms of Latin letters and ASCII symbols.
public enum WidthRules {
  public static let all: [any Rule.Type] = [FullwidthLatinRule.self]
}
