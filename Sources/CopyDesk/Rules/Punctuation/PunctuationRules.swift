/// GB/T 15834 punctuation, spacing and width rules (issue: punctuation pack).
public enum PunctuationRules {
  public static let all: [any Rule.Type] = []
}
