/// People, titles and organisations: consistency within an article, across files and with the house register.
public enum NameRules {
  public static let all: [any Rule.Type] = []
}
