import CopyDesk

/// The linters of one configuration. Rules that compare pages (`CorpusRule`) need every open page on each lint,
/// the others only the page that changed; so the configuration's rules are split in two linters, and a keystroke
/// re-runs the per-page rules on one page and only the page-comparing rules on the others.
public struct LinterSet: Sendable {
  /// All enabled rules: fixes, formatting, explanations.
  public let full: Linter
  /// The enabled rules that look at one page.
  public let perPage: Linter
  /// The enabled rules that compare pages; nil when there are none.
  public let acrossPages: Linter?

  public init(_ full: Linter) throws {
    self.full = full
    let enabled = Set(full.ruleIDs)
    let comparing = enabled.filter { RuleRegistry.byID[$0]?.comparesDocuments == true }
    if comparing.isEmpty {
      perPage = full
      acrossPages = nil
    } else {
      // `only` runs exactly these rules at their configured severities; they are the enabled ones.
      perPage = try Linter(configuration: full.configuration, only: enabled.subtracting(comparing))
      acrossPages = try Linter(configuration: full.configuration, only: comparing)
    }
  }

  public var comparesPages: Bool { acrossPages != nil }
}

/// One page going into a lint: its text, and its per-page part when that is still current.
struct LintInput: Sendable {
  var open: OpenDocument
  var cached: (document: Document, perPage: [Diagnostic])?
  /// The page's last lint, from which an edited version is linted again only where the edit reaches.
  var incremental = IncrementalLint()
}

/// One page's result: the document, its per-page findings (kept for the next lint of the group) and all findings.
struct LintOutput: Sendable {
  var document: Document
  var perPage: [Diagnostic]
  var diagnostics: [Diagnostic]
  var incremental: IncrementalLint
}

enum LintJob {
  /// Lints pages together. Returns nil when cancelled between pages.
  static func run(_ inputs: [LintInput], _ linters: LinterSet, cancelled: () -> Bool = { false }) -> [LintOutput]? {
    var documents: [Document] = []
    var perPage: [[Diagnostic]] = []
    var states: [IncrementalLint] = []
    for input in inputs {
      if cancelled() { return nil }
      var state = input.incremental
      if let cached = input.cached {
        documents.append(cached.document)
        perPage.append(cached.perPage)
      } else {
        let doc = input.open.makeDocument()
        documents.append(doc)
        perPage.append(state.lint(doc, with: linters.perPage))
      }
      states.append(state)
    }
    guard let across = linters.acrossPages else {
      return documents.indices.map { k in
        LintOutput(document: documents[k], perPage: perPage[k], diagnostics: perPage[k], incremental: states[k])
      }
    }
    if cancelled() { return nil }
    let compared = across.lint(corpus: documents)
    return documents.indices.map { k in
      LintOutput(
        document: documents[k], perPage: perPage[k], diagnostics: merge(perPage[k], compared[k]),
        incremental: states[k])
    }
  }

  /// Both linters' findings as one linter would give them: superseded findings dropped, sorted by position.
  static func merge(_ perPage: [Diagnostic], _ compared: [Diagnostic]) -> [Diagnostic] {
    var all = Linter.dropSuperseded(perPage + compared)
    all.sort {
      ($0.range.lowerBound, $0.range.upperBound, $0.rule) < ($1.range.lowerBound, $1.range.upperBound, $1.rule)
    }
    return all
  }
}
