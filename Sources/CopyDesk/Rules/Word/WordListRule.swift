/// A rule whose findings are the entries of the word lists naming it (`@rule word-typo` in `rules/word/typos.txt`,
/// a desk's own lists through `data.add`). The type states its description and the label of its messages; the
/// matching is `WordList`'s, and an entry's fix defaults to what the description declares. Nine rules share this
/// shape: the four `word-` lists and the five `news-` term lists.
///
///     public struct TypoRule: WordListRule {
///       public static let description = RuleDescription(id: "word-typo", …, fix: .safe, …)
///       static let label = Message(zh: "错别字", en: "misspelling")
///       let list: WordList
///     }
protocol WordListRule: Rule {
  /// The message prefix naming the problem: `错别字：“布署”应为“部署”`.
  static var label: Message { get }
  var list: WordList { get }
  init(list: WordList)
}

extension WordListRule {
  public init(setup: RuleSetup) throws {
    self.init(list: try WordList(rule: Self.description.id, setup: setup, label: Self.label, fix: Self.description.fix))
  }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    list.check(doc, into: &sink, ruleDefault: Self.description.defaultSeverity)
  }
}
