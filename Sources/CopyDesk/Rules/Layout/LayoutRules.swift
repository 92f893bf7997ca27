/// Layout artifacts from PDF extraction (broken paragraphs, hard line breaks).
public enum LayoutRules {
  public static let all: [any Rule.Type] = [BrokenParagraphRule.self, HardLineBreakRule.self]
}
