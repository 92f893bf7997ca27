/// How far a rule looks: what its findings depend on. The engine uses it to lint a large page on all cores (each
/// part of the page on its own) and to lint again only what an edit touched (the language server), with findings
/// identical to a lint of the whole page by the whole page's rules (tests check both on every page they have).
///
/// - `paragraph`: the findings in a *stretch* (a run of blocks no paragraph rule reads across, see `PageParts`)
///   depend only on that stretch and the stretches right before and after it — their bytes, zones, masks and blocks.
///   Punctuation, spacing, width, word lists, layout (`layout-broken-paragraph` reads the next block), the byline and
///   credit formats: `punct-unbalanced-pair` asks whether the *next* paragraph opens with “ (a quotation running
///   over several paragraphs), and no more.
/// - `article`: the findings depend on the articles they are in (and on the page's front matter, which every part
///   of a page is given): the people of each article and the rules judging them.
/// - `page`: anything else, including rules that compare articles or pages (`news-name-variant`). The safe default.
public enum RuleScope: Int, Sendable, Comparable, CaseIterable {
  case paragraph, article, page

  public static func < (a: RuleScope, b: RuleScope) -> Bool { a.rawValue < b.rawValue }
}

extension RuleRegistry {
  /// Each rule's scope, stated here (not in the rule) so that the engine's contract with the rules is in one place;
  /// `RuleScopeTests` fails when a registered rule is missing, so a new rule is placed deliberately. A rule not
  /// listed is linted as `page`, which is always right, only slower.
  static let scopes: [String: RuleScope] = {
    var s: [String: RuleScope] = [:]
    for id in [
      // Punctuation: paragraphs (joined across blocks that end mid-sentence) and the next paragraph's first mark.
      "punct-ascii-quotes", "punct-book-title-missing", "punct-dash-form", "punct-doubled",
      "punct-dunhao-approx-number", "punct-dunhao-before-deng", "punct-dunhao-between-quoted", "punct-ellipsis-form",
      "punct-halfwidth-in-cjk", "punct-headline-end", "punct-interpunct-form", "punct-quote-nesting",
      "punct-range-connector", "punct-space-around-fullwidth", "punct-unbalanced-pair",
      // Spacing, script, width, numbers: runs of characters inside a line.
      "space-cjk", "space-cjk-latin", "space-duplicate", "script-invisible-char", "script-stray-ascii",
      "width-fullwidth-latin", "num-fullwidth-digit", "space-number-unit",
      // Numbers (GB/T 15835): the numerals of one block (`NumberScan`) and the characters around each.
      "num-approx-arabic", "num-approx-precision-conflict", "num-chinese-in-measurement", "num-date-form",
      "num-fixed-expression", "num-leading-zero-decimal", "num-mixed-arabic-chinese", "num-percent-form",
      "num-range-unit-omitted", "num-thousands-separator", "num-time-format", "num-wan-yi-units", "num-year-abbrev",
      // Word lists and word patterns: a block, a few characters around a match.
      "word-confusable", "word-de-di-de", "word-dup-char", "word-redundancy", "word-typo", "word-variant-standard",
      "word-nonword-typo",
      "news-banned-term", "news-caution-term", "news-sovereignty-term", "news-ethnic-religion-term",
      "news-official-title-form",
      // Formats of a lead's byline and of credits: the block.
      "news-byline-format", "news-photo-credit-format",
      // Layout: a block and the block after it.
      "layout-broken-paragraph", "layout-hard-line-break",
    ] {
      s[id] = .paragraph
    }
    for id in [
      // The people of each article, judged article by article (the register rules also read the front matter's
      // date, which every part of a page carries).
      "news-title-conflict", "news-exclusive-title-conflict", "news-title-after-name", "news-person-first-mention",
      "news-org-abbrev", "news-org-name-variant", "news-register-title", "news-leader-order",
    ] {
      s[id] = .article
    }
    // Compares articles and pages.
    s["news-name-variant"] = .page
    // Directives are paired across the page.
    s["directive-unknown-rule"] = .page
    return s
  }()

  /// The scope of a rule (`page` when it states none).
  public static func scope(of id: String) -> RuleScope { scopes[id] ?? .page }
}
