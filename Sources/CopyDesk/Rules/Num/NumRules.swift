/// `num-…`: GB/T 15835 number usage.
public enum NumRules {
  public static let all: [any Rule.Type] = [FullwidthDigitRule.self]
}
