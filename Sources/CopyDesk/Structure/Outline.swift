/// The structure the engine sees, as a tree an editor can read: articles with their headlines, lead (and its
/// byline), paragraphs, captions and credits. `copydesk outline` prints it; the LSP turns it into document symbols.
public struct OutlineNode: Sendable, Hashable {
  public enum Kind: String, Sendable {
    case article, headline, lead, byline, paragraph, caption, credit, code, frontMatter, table
  }

  public var kind: Kind
  /// Headline level (1 main, 2 kicker/subhead); 0 for everything else.
  public var level: Int
  /// UTF-8 byte range in the document.
  public var range: Range<Int>
  /// 1-based first and last line.
  public var firstLine: Int
  public var lastLine: Int
  /// The text (line breaks shown as spaces), cut to `limit` scalars by `Outline.build`.
  public var text: String
  public var children: [OutlineNode]
}

public enum Outline {
  /// Builds the outline of a document. Blocks before the first article (page kickers) are top-level nodes.
  public static func build(_ doc: Document, textLimit: Int = 32) -> [OutlineNode] {
    func node(_ kind: OutlineNode.Kind, _ range: Range<Int>, level: Int = 0) -> OutlineNode {
      let first = doc.lineIndex(ofOffset: range.lowerBound) + 1
      let last = doc.lineIndex(ofOffset: max(range.lowerBound, range.upperBound - 1)) + 1
      return OutlineNode(
        kind: kind, level: level, range: range, firstLine: first, lastLine: last,
        text: excerpt(doc.slice(range), limit: textLimit), children: [])
    }
    func blockNode(_ b: Block) -> OutlineNode {
      switch b.kind {
      case .headline: return node(.headline, b.range, level: b.level)
      case .lead:
        var n = node(.lead, b.range)
        if let r = b.bylineRange { n.children.append(node(.byline, trimmed(doc, r))) }
        return n
      case .body:
        var n = node(.paragraph, b.range)
        if let r = b.creditRange { n.children.append(node(.credit, r)) }
        return n
      case .caption:
        var n = node(.caption, b.range)
        if let r = b.creditRange { n.children.append(node(.credit, r)) }
        return n
      case .credit: return node(.credit, b.range)
      case .code: return node(.code, b.range)
      case .frontMatter: return node(.frontMatter, b.range)
      case .table: return node(.table, b.range)
      }
    }
    // A block a column break cut from its paragraph is shown as part of it (`……等地进行⏎⏎实地考察。`).
    func append(_ k: Int, to children: inout [OutlineNode]) {
      let b = doc.blocks[k]
      if b.continues == .proven, let last = children.last, last.kind == .paragraph || last.kind == .lead,
        k > 0, last.range.upperBound == doc.blocks[k - 1].range.upperBound
      {
        var merged = node(last.kind, last.range.lowerBound..<b.range.upperBound)
        merged.children = last.children
        if let r = b.creditRange { merged.children.append(node(.credit, r)) }
        children[children.count - 1] = merged
      } else {
        children.append(blockNode(b))
      }
    }
    let index = doc.articleIndex
    var out: [OutlineNode] = doc.blocks.indices.filter { index.ofBlock[$0] == nil }.map { blockNode(doc.blocks[$0]) }
    for article in index.articles {
      var n = node(.article, article.range)
      // Headlines first, also those the layout put elsewhere on the page (see `HeadlineOwners`); subheads inside
      // the story (after its first paragraph, before more) stay where they stand.
      let levels = Dictionary(uniqueKeysWithValues: zip(article.headlines, article.levels))
      let subheads = Self.subheads(doc, article)
      func inBody(_ h: Int) -> Bool { subheads.contains(h) }
      // An article is named by its first headline, or by its lead when the page gives it none (a subhead inside
      // the story does not name it).
      if let h = article.headlines.first(where: { !inBody($0) }) {
        n.text = excerpt(doc.slice(doc.blocks[h].range), limit: textLimit)
      }
      for h in article.headlines where !inBody(h) {
        n.children.append(node(.headline, doc.blocks[h].range, level: levels[h] ?? 1))
      }
      for m in article.blocks {
        if doc.blocks[m].kind == .headline {
          if inBody(m) { n.children.append(node(.headline, doc.blocks[m].range, level: levels[m] ?? 2)) }
        } else {
          append(m, to: &n.children)
        }
      }
      out.append(n)
    }
    return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// The article's subheads: headlines of its own run that stand after its first paragraph and before more of its
  /// text (`收入涨了 心气足了` inside a feature, a roundup's item headlines), not those that head the story.
  public static func subheads(_ doc: Document, _ article: Article) -> Set<Int> {
    let index = doc.articleIndex
    guard let firstText = article.blocks.first(where: { doc.blocks[$0].kind.isStoryText }) else { return [] }
    let core = article.blocks.filter {
      index.ofBlock[$0] == article.index && article.range.contains(doc.blocks[$0].range.lowerBound)
    }
    guard let last = core.last else { return [] }
    return Set(article.headlines.filter { $0 > firstText && $0 < last && core.contains($0) })
  }

  /// The byline without the spaces it owns at its end (they belong to it for the format rule, not for display).
  static func trimmed(_ doc: Document, _ r: Range<Int>) -> Range<Int> {
    let e = doc.skipSpaces(backFrom: r.upperBound)
    return r.lowerBound..<max(r.lowerBound, e)
  }

  static func excerpt(_ s: String, limit: Int) -> String {
    var out = ""
    var n = 0
    var lastWasSpace = false
    for u in s.unicodeScalars {
      let space = u == "\n" || u == "\r" || u == "\t"
      if space {
        if !lastWasSpace { out.unicodeScalars.append(" ") }
        lastWasSpace = true
        continue
      }
      lastWasSpace = false
      if n == limit {
        out += "…"
        break
      }
      out.unicodeScalars.append(u)
      n += 1
    }
    return out
  }
}
