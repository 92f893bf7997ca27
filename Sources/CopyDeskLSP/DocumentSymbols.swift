import CopyDesk

/// `textDocument/documentSymbol` from the engine's page structure: articles, their headlines and bylines, so that
/// an editor's outline shows the stories of a page.
extension LanguageServer {
  enum SymbolKind: Int {
    case module = 2
    case namespace = 3
    case property = 7
    case string = 15
    case event = 24
  }

  struct PageSymbol {
    var name: String
    var detail: String
    var kind: SymbolKind
    var range: Range<Int>
    var selection: Range<Int>
    var children: [PageSymbol] = []
  }

  func documentSymbols(_ p: TextDocumentParams) throws(ResponseError) -> JSONValue {
    let uri = p.uri
    guard let open = store[uri] else { throw ResponseError(.invalidParams, "document not open: \(uri)") }
    let current = lints[uri].flatMap { $0.version == open.version ? $0 : nil }
    let doc = current?.document ?? open.makeDocument()
    let language = current?.language ?? config.linter(forDocumentPath: open.path).configuration.language
    let symbols = Self.pageSymbols(doc, language: language)
    if client.hierarchicalSymbols { return .array(symbols.map { hierarchical($0, doc) }) }
    // Flat SymbolInformation for older clients: children name their article as container.
    var flat: [JSONValue] = []
    func add(_ s: PageSymbol, container: String?) {
      var o: [String: JSONValue] = [
        "name": .string(s.name), "kind": .number(Double(s.kind.rawValue)),
        "location": .object(["uri": .string(uri), "range": lspRange(s.range, in: doc)]),
      ]
      if let container { o["containerName"] = .string(container) }
      flat.append(.object(o))
      for c in s.children { add(c, container: s.name) }
    }
    for s in symbols { add(s, container: nil) }
    return .array(flat)
  }

  private func hierarchical(_ s: PageSymbol, _ doc: Document) -> JSONValue {
    var o: [String: JSONValue] = [
      "name": .string(s.name), "detail": .string(s.detail), "kind": .number(Double(s.kind.rawValue)),
      "range": lspRange(s.range, in: doc), "selectionRange": lspRange(s.selection, in: doc),
    ]
    if !s.children.isEmpty { o["children"] = .array(s.children.map { hierarchical($0, doc) }) }
    return .object(o)
  }

  /// Articles with their headlines and the lead's byline; headlines outside any article stand alone.
  static func pageSymbols(_ doc: Document, language: Language) -> [PageSymbol] {
    let zh = language == .zh
    func headline(_ b: Block, level: Int) -> PageSymbol {
      PageSymbol(
        name: label(doc.slice(b.range)), detail: level <= 1 ? (zh ? "标题" : "headline") : (zh ? "副题" : "subhead"),
        kind: .string, range: b.range, selection: b.range)
    }
    let index = doc.articleIndex
    var out: [PageSymbol] = []
    for (k, b) in doc.blocks.enumerated() where index.ofBlock[k] == nil && b.kind == .headline {
      out.append(headline(b, level: b.level))
    }
    for a in index.articles {
      var children = zip(a.headlines, a.levels).map { headline(doc.blocks[$0], level: $1) }
      if let lead = a.lead, let byline = doc.blocks[lead].bylineRange {
        children.append(
          PageSymbol(
            name: label(doc.slice(byline)), detail: zh ? "讯头与署名" : "dateline and byline", kind: .property,
            range: byline, selection: byline))
      }
      // Named as the outline names it: by the first headline that heads the story (not a subhead inside it).
      let subheads = Outline.subheads(doc, a)
      let heading = a.headlines.first { !subheads.contains($0) }
      let title =
        heading.map { label(doc.slice(doc.blocks[$0].range)) } ?? (zh ? "稿件 \(a.index + 1)" : "Article \(a.index + 1)")
      // The selection must lie inside the symbol's range (VS Code rejects it otherwise); a headline the layout
      // put elsewhere on the page is a child but cannot be the selection.
      let inside = a.headlines.first { !subheads.contains($0) && a.range.contains(doc.blocks[$0].range.lowerBound) }
      let selection = inside.map { doc.blocks[$0].range } ?? a.lead.map { doc.blocks[$0].range } ?? a.range
      out.append(
        PageSymbol(
          name: title, detail: zh ? "第 \(a.index + 1) 篇" : "article \(a.index + 1)", kind: .namespace,
          range: a.range, selection: selection, children: children))
    }
    return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// A one-line name: markup `#` marks and surrounding spaces dropped, long headlines shortened.
  static func label(_ s: String) -> String {
    var t = Substring(s)
    while let f = t.first, f == "#" || f == " " || f == "\u{3000}" { t = t.dropFirst() }
    // A byline owns the spaces after it (the format rule judges them); a name does not show them.
    while let l = t.last, l == " " || l == "\u{3000}" { t = t.dropLast() }
    let oneLine = t.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    return oneLine.count > 40 ? String(oneLine.prefix(40)) + "…" : (oneLine.isEmpty ? "—" : oneLine)
  }
}
