/// A rule over the people and organisations of each article, as the mention extractor finds them from the name
/// lexicon (`rules/news/names/`): it is built from the lexicon and its options, and checks article by article.
/// The nine `news-` name rules share this shape; a rule comparing articles (`news-name-variant`) adds its own
/// document-level check.
///
///     public struct TitleConflictRule: PeopleRule {
///       public static let description = RuleDescription(id: "news-title-conflict", …)
///       let finder: PeopleFinder
///       let options: Options
///       func check(_ article: ArticlePeople, in document: Document, into sink: inout DiagnosticSink) { … }
///     }
protocol PeopleRule: Rule {
  var finder: PeopleFinder { get }
  init(finder: PeopleFinder, options: Options)
  func check(_ article: ArticlePeople, in document: Document, into sink: inout DiagnosticSink)
}

extension PeopleRule {
  public init(setup: RuleSetup) throws {
    self.init(finder: try PeopleFinder(data: setup.data), options: try setup.options())
  }

  public func check(_ document: Document, into sink: inout DiagnosticSink) {
    for article in finder.articles(in: document) { check(article, in: document, into: &sink) }
  }

  /// Extracts the people of every article on `threads` threads, for the checks that follow.
  public func prepare(_ document: Document, threads: Int) { _ = finder.articles(in: document, threads: threads) }
}
