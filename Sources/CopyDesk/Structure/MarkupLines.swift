/// The lines of a page that are not prose paragraphs: front matter, fenced code, `<script>`/`<style>`/`<pre>`
/// elements, Markdown headings, tables, container markers (`::: tip 提示` … `:::`), lines of HTML tags only, and
/// directive comments. A CMS export or a VitePress page mixes them with copy; none of their bytes but heading
/// text and table cells is read as prose, and a fix never touches them.
enum MarkupLines {
  enum Role: UInt8 {
    /// A line of copy (the paragraph reader groups these).
    case text
    case blank
    /// A line holding only an HTML comment (directives): transparent, it neither starts nor ends a paragraph.
    case comment
    case frontMatter
    /// Fenced code, `<script>`, `<style>`, `<pre>`: never prose.
    case code
    /// HTML tags alone on a line, a container marker, a multi-line comment: a separator, never prose.
    case markup
    case table
    case heading
  }

  /// A run of lines with one role that forms one block (or one separator).
  struct Span {
    var role: Role
    var lines: Range<Int>
    var level = 0
  }

  /// Roles per line, and the spans of the non-text, non-blank lines.
  static func scan(_ bytes: [UInt8], _ facts: [LineFacts]) -> (roles: [Role], spans: [Span]) {
    var roles = [Role](repeating: .text, count: facts.count)
    var spans: [Span] = []
    func mark(_ role: Role, _ lines: Range<Int>, level: Int = 0) {
      for l in lines { roles[l] = role }
      spans.append(Span(role: role, lines: lines, level: level))
    }
    func content(_ i: Int) -> ArraySlice<UInt8> { bytes[facts[i].start..<facts[i].end] }
    func has(_ i: Int, _ prefix: String) -> Bool { content(i).starts(with: prefix.utf8) }
    var i = 0
    // Front matter: `---` on the first line up to the next `---` or `...`.
    if let first = facts.first, bytes[first.range].elementsEqual("---".utf8),
      let end = facts.indices.dropFirst().first(where: {
        bytes[facts[$0].range].elementsEqual("---".utf8) || bytes[facts[$0].range].elementsEqual("...".utf8)
      })
    {
      mark(.frontMatter, 0..<(end + 1))
      i = end + 1
    }
    while i < facts.count {
      let f = facts[i]
      if f.isBlank {
        roles[i] = .blank
        i += 1
        continue
      }
      if has(i, "```") || has(i, "~~~") {
        let fence = Array(content(i).prefix(3))
        var j = i + 1
        while j < facts.count && !content(j).starts(with: fence) { j += 1 }
        let last = min(j, facts.count - 1)
        mark(.code, i..<(last + 1))
        i = last + 1
        continue
      }
      if let close = rawElementClose(content(i)) {
        // `<script>`, `<style>`, `<pre>` up to the line holding the closing tag.
        var j = i
        while j < facts.count && !containsASCIICaseless(content(j), close) { j += 1 }
        let last = min(j, facts.count - 1)
        mark(.code, i..<(last + 1))
        i = last + 1
        continue
      }
      if let level = headingLevel(content(i)) {
        mark(.heading, i..<(i + 1), level: level)
        i += 1
        continue
      }
      if has(i, ":::") {
        mark(.markup, i..<(i + 1))
        i += 1
        continue
      }
      if isTableStart(bytes, facts, i) {
        var j = i + 1
        while j < facts.count && !facts[j].isBlank && content(j).contains(0x7C) { j += 1 }
        mark(.table, i..<j)
        i = j
        continue
      }
      if has(i, "<") {
        switch tagsOnly(bytes, facts, from: i) {
        case .comment:
          roles[i] = .comment
          i += 1
          continue
        case .markup(let last):
          mark(.markup, i..<(last + 1))
          i = last + 1
          continue
        case .text: break
        }
      }
      i += 1
    }
    return (roles, spans)
  }

  /// `#`–`######` then a space.
  static func headingLevel(_ c: ArraySlice<UInt8>) -> Int? {
    var level = 0
    var k = c.startIndex
    while k < c.endIndex && c[k] == 0x23 {
      level += 1
      k += 1
    }
    return level >= 1 && level <= 6 && k < c.endIndex && c[k] == 0x20 ? level : nil
  }

  /// The closing tag of an element whose content is never prose, when the line opens one.
  private static func rawElementClose(_ c: ArraySlice<UInt8>) -> String? {
    guard c.first == 0x3C else { return nil }
    for name in ["script", "style", "pre", "textarea"] {
      let open = "<" + name
      guard c.count > open.utf8.count, containsASCIICaseless(c.prefix(open.utf8.count), open) else { continue }
      let after = c[c.startIndex + open.utf8.count]
      if after == 0x3E || after == 0x20 || after == 0x09 { return "</" + name }
    }
    return nil
  }

  private static func containsASCIICaseless(_ c: ArraySlice<UInt8>, _ needle: String) -> Bool {
    let n = Array(needle.utf8)
    guard c.count >= n.count else { return false }
    var s = c.startIndex
    while s + n.count <= c.endIndex {
      var k = 0
      while k < n.count && (c[s + k] | 0x20) == (n[k] | 0x20) { k += 1 }
      if k == n.count { return true }
      s += 1
    }
    return false
  }

  /// A GFM table: a line with a pipe followed by a delimiter row (`| --- | :---: |`), or a run of two or more lines
  /// that open with a pipe.
  private static func isTableStart(_ bytes: [UInt8], _ facts: [LineFacts], _ i: Int) -> Bool {
    let c = bytes[facts[i].start..<facts[i].end]
    guard c.contains(0x7C) else { return false }
    if i + 1 < facts.count && isDelimiterRow(bytes[facts[i + 1].start..<facts[i + 1].end]) { return true }
    return c.first == 0x7C && c.last == 0x7C && i + 1 < facts.count
      && bytes[facts[i + 1].start..<facts[i + 1].end]
        .first == 0x7C
  }

  /// `| --- | :---: |`, `---|---`: pipes, dashes, colons and spaces only, with a dash and a pipe.
  static func isDelimiterRow(_ c: ArraySlice<UInt8>) -> Bool {
    guard c.contains(0x2D), c.contains(0x7C) else { return false }
    return c.allSatisfy { $0 == 0x7C || $0 == 0x2D || $0 == 0x3A || $0 == 0x20 || $0 == 0x09 }
  }

  private enum TagLine { case text, comment, markup(last: Int) }

  /// Whether a line that starts with `<` holds only tags (and comments), possibly a tag whose attributes run over
  /// several lines (`<div class="note"⏎     title="说明">`): then it is markup up to the line where the tag closes.
  private static func tagsOnly(_ bytes: [UInt8], _ facts: [LineFacts], from i: Int) -> TagLine {
    var line = i
    var k = facts[i].start
    var sawTag = false
    var onlyComments = true
    while true {
      // Skip spaces; at the end of a line with only tags so far, the line is markup.
      while k < facts[line].end && (bytes[k] == 0x20 || bytes[k] == 0x09) { k += 1 }
      if k >= facts[line].end {
        guard sawTag else { return .text }
        return onlyComments && line == i ? .comment : .markup(last: line)
      }
      guard bytes[k] == 0x3C, k + 1 < facts[line].end || line + 1 < facts.count else { return .text }
      let isComment = bytes[k...].starts(with: "<!--".utf8)
      guard isComment || (k + 1 < bytes.count && (isLetter(bytes[k + 1]) || bytes[k + 1] == 0x2F)) else {
        return .text
      }
      onlyComments = onlyComments && isComment
      // Find the end of the tag or comment, across lines if need be (at most 20 lines), quotes respected.
      var quote: UInt8 = 0
      var j = k + (isComment ? 4 : 1)
      var closed = false
      while !closed {
        if j >= facts[line].end {
          guard line + 1 < facts.count, line + 1 - i < 20 else { return .text }
          line += 1
          j = facts[line].start
          continue
        }
        let c = bytes[j]
        if isComment {
          if c == 0x3E && j >= 2 && bytes[j - 1] == 0x2D && bytes[j - 2] == 0x2D { closed = true }
        } else if quote != 0 {
          if c == quote { quote = 0 }
        } else if c == 0x22 || c == 0x27 {
          quote = c
        } else if c == 0x3E {
          closed = true
        }
        j += 1
      }
      sawTag = true
      k = j
    }
  }

  @inline(__always) private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
