import CopyDesk

/// Code actions, formatting and hover: the engine's fixes and rule documentation, in LSP terms.
extension LanguageServer {
  func lspEdits(_ edits: [TextEdit], in document: Document) -> JSONValue {
    var cursor = PositionCursor(document, encoding)
    return .array(
      edits.map { .object(["range": lspRange($0.range, cursor: &cursor), "newText": .string($0.replacement)]) })
  }

  /// A workspace edit on one document, versioned when the client supports it (a stale edit is then refused).
  func workspaceEdit(_ uri: String, version: Int, _ edits: JSONValue) -> JSONValue {
    if client.documentChanges {
      return .object([
        "documentChanges": .array([
          .object([
            "textDocument": .object(["uri": .string(uri), "version": .number(Double(version))]), "edits": edits,
          ])
        ])
      ])
    }
    return .object(["changes": .object([uri: edits])])
  }

  // MARK: Code actions

  func codeActions(_ p: CodeActionParams) throws(ResponseError) -> JSONValue {
    let uri = p.uri
    let r = try currentLint(uri)
    let range = byteRange(p.range, in: r.document)
    let only = p.only
    func wanted(_ kind: String) -> Bool {
      guard let only else { return true }
      return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
    }
    let zh = r.language == .zh
    var actions: [JSONValue] = []
    let touched = r.diagnostics.filter { d in
      d.range.overlaps(range) || d.range.contains(range.lowerBound) || d.range.lowerBound == range.lowerBound
        || (range.isEmpty && d.range.upperBound == range.lowerBound)
    }
    if wanted("quickfix") {
      for d in touched {
        guard let fix = d.fix else { continue }
        let label = d.message.text(r.language)
        let review = fix.applicability == .unsafe ? (zh ? "（需人工核对）" : " (review)") : ""
        actions.append(
          .object([
            "title": .string((zh ? "修正：" : "Fix: ") + label + review),
            "kind": .string("quickfix"),
            "diagnostics": .array([lspDiagnostic(d, r)]),
            "isPreferred": .bool(fix.applicability == .safe),
            "edit": workspaceEdit(uri, version: r.version, lspEdits(fix.edits, in: r.document)),
          ]))
      }
      var disabled: Set<String> = []
      for d in touched {
        let line = r.document.lineIndex(ofOffset: d.range.lowerBound)
        guard disabled.insert("\(d.rule)@\(line)").inserted else { continue }
        actions.append(
          .object([
            "title": .string(zh ? "本行停用 \(d.rule)" : "Disable \(d.rule) for this line"),
            "kind": .string("quickfix"),
            "diagnostics": .array([lspDiagnostic(d, r)]),
            "edit": workspaceEdit(
              uri, version: r.version, lspEdits([disableEdit(d, line: line, r.document)], in: r.document)),
          ]))
      }
    }
    if wanted(Self.fixAllKind), r.diagnostics.contains(where: { $0.fix?.applicability == .safe }) {
      let edits = fixAllEdits(r)
      if !edits.isEmpty {
        actions.append(
          .object([
            "title": .string(zh ? "copydesk：修正全部可安全修正的问题" : "copydesk: fix all safely fixable findings"),
            "kind": .string(Self.fixAllKind),
            "edit": workspaceEdit(uri, version: r.version, lspEdits(edits, in: r.document)),
          ]))
      }
    }
    return .array(actions)
  }

  /// `<!-- copydesk-disable-next-line RULE -->` on its own line above the finding's line, with the line's own
  /// terminator (CRLF pages stay CRLF).
  func disableEdit(_ d: Diagnostic, line: Int, _ doc: Document) -> TextEdit {
    let start = line == 0 ? doc.bomLength : doc.lineStarts[line]
    let content = doc.lineContentRange(line)
    var terminator = "\n"
    if content.upperBound < doc.bytes.count, doc.bytes[content.upperBound] == 0x0D {
      terminator = content.upperBound + 1 < doc.bytes.count && doc.bytes[content.upperBound + 1] == 0x0A ? "\r\n" : "\r"
    }
    return TextEdit(range: start..<start, replacement: "<!-- copydesk-disable-next-line \(d.rule) -->" + terminator)
  }

  /// Every safe fix, applied until stable by the engine's `Fixer`, as small edits on the current text.
  func fixAllEdits(_ r: LintResult) -> [TextEdit] {
    let linter = config.linter(forDocumentPath: store[r.uri]?.path)
    let fixed = Fixer.fix(
      text: r.document.text, path: r.document.path, format: r.document.format, linter: linter, includeUnsafe: false)
    if !fixed.converged {
      log(
        .warning,
        "\(r.uri): the fixes did not settle after \(fixed.passes) passes (\(fixed.unsettledRules.joined(separator: ", ")) kept changing the text); offering the fixes so far"
      )
    }
    return TextDiff.edits(from: r.document.bytes, to: Array(fixed.text.utf8))
  }

  func formatting(_ p: TextDocumentParams) throws(ResponseError) -> JSONValue {
    let r = try currentLint(p.uri)
    return lspEdits(fixAllEdits(r), in: r.document)
  }

  // MARK: Hover

  /// On a finding's range: the finding, then the rule's explanation (summary, rationale, clause, examples).
  func hover(_ p: PositionParams) throws(ResponseError) -> JSONValue {
    let r = try currentLint(p.uri)
    let at = offset(p.position, in: r.document)
    let hits = r.diagnostics.filter { $0.range.contains(at) || ($0.range.lowerBound == at) }
    guard !hits.isEmpty else { return .null }
    let markdown = client.hoverMarkdown
    var parts: [String] = []
    var seen: Set<String> = []
    for d in hits {
      var s = d.message.text(r.language)
      if markdown { s = "**" + s + "**" }
      if seen.insert(d.rule).inserted, var desc = RuleRegistry.description(of: d.rule) {
        // A hover is read at a glance: one incorrect and one correct example (`copydesk explain` has them all).
        desc.triggering = Array(desc.triggering.prefix(1))
        desc.nonTriggering = Array(desc.nonTriggering.prefix(1))
        var text = desc.explanation(r.language, markdown: markdown)
        text += r.language == .zh ? "\n更多示例：copydesk explain \(d.rule)" : "\nMore examples: copydesk explain \(d.rule)"
        // Markdown joins consecutive lines; the explanation is laid out by line, so keep its breaks.
        if markdown { text = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "  \n") }
        s += "\n\n" + text
      }
      parts.append(s)
    }
    let lower = hits.map(\.range.lowerBound).min()!
    let upper = hits.map(\.range.upperBound).max()!
    return .object([
      "contents": .object([
        "kind": .string(markdown ? "markdown" : "plaintext"),
        "value": .string(parts.joined(separator: markdown ? "\n\n---\n\n" : "\n\n")),
      ]),
      "range": lspRange(lower..<upper, in: r.document),
    ])
  }
}
