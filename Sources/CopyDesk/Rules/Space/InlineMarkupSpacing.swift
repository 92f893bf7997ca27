/// Inline Markdown next to Chinese in web copy: `详见**指南**`, `请[提交一个 issue](#)并分配`, `代码`code`代码`. The
/// web profile (the copywriting guidelines, zhlint's `spaceOutsideCode`) puts a space between Chinese and the span,
/// outside its markers, never inside: `详见 **指南** 和`, `请 [提交一个 issue](#) 并分配`. Only Markdown pages have
/// such spans; in plain text `*` and `` ` `` are characters.
enum InlineMarkupSpacing {
  struct Span {
    var range: Range<Int>
    var edits: [TextEdit]
  }

  /// The spans of `line` (a byte range inside a prose block) that want a space on a side touching a Han character.
  static func spans(_ doc: Document, line: Range<Int>) -> [Span] {
    var found: [Range<Int>] = []
    found += codeSpans(doc, line)
    found += links(doc, line)
    found += emphasis(doc, line)
    // A span inside another one (`**[链接](url)**`) touches the outer markers, not Chinese.
    found.sort { ($0.lowerBound, -$0.upperBound) < ($1.lowerBound, -$1.upperBound) }
    var out: [Span] = []
    var outerEnd = -1
    for r in found {
      if r.upperBound <= outerEnd { continue }
      outerEnd = r.upperBound
      var edits: [TextEdit] = []
      if let (l, _) = doc.scalar(before: r.lowerBound), r.lowerBound > line.lowerBound, CharClass.isHan(l) {
        edits.append(TextEdit(range: r.lowerBound..<r.lowerBound, replacement: " "))
      }
      if r.upperBound < line.upperBound, let (u, _) = doc.scalar(at: r.upperBound), CharClass.isHan(u) {
        edits.append(TextEdit(range: r.upperBound..<r.upperBound, replacement: " "))
      }
      if !edits.isEmpty { out.append(Span(range: r, edits: edits)) }
    }
    return out
  }

  /// `` `code` `` inside a line: a run of code-masked bytes.
  private static func codeSpans(_ doc: Document, _ line: Range<Int>) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var i = line.lowerBound
    while i < line.upperBound {
      guard doc.masks[i] == .code, doc.bytes[i] == 0x60 else {
        i += 1
        continue
      }
      var e = i
      while e < line.upperBound && doc.masks[e] == .code { e += 1 }
      out.append(i..<e)
      i = e
    }
    return out
  }

  /// `[text](url)` and `![alt](url)`: the masker marks `](url)`; the text goes back to its `[`.
  private static func links(_ doc: Document, _ line: Range<Int>) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var i = line.lowerBound
    while i + 1 < line.upperBound {
      guard doc.bytes[i] == 0x5D, doc.bytes[i + 1] == 0x28, doc.masks[i] == .url else {
        i += 1
        continue
      }
      var e = i
      while e < line.upperBound && doc.masks[e] == .url { e += 1 }
      // The link text is short: looking back at most 400 bytes keeps a line of `](` without `[` linear.
      var s = i
      let limit = max(line.lowerBound, i - 400)
      while s > limit && doc.bytes[s - 1] != 0x5B { s -= 1 }
      if s > limit {
        s -= 1
        if s > line.lowerBound && doc.bytes[s - 1] == 0x21 { s -= 1 }
        out.append(s..<e)
      }
      i = e
    }
    return out
  }

  /// `**strong**`, `*em*`, `__strong__`, `~~deleted~~`: delimiter runs paired left to right on the line. An opener
  /// is followed by a non-space, a closer follows one (CommonMark's flanking, simplified). A single `_` is left
  /// alone: it joins words (`snake_case`).
  private static func emphasis(_ doc: Document, _ line: Range<Int>) -> [Range<Int>] {
    let b = doc.bytes
    var out: [Range<Int>] = []
    var open: [UInt8: Range<Int>] = [:]
    var i = line.lowerBound
    while i < line.upperBound {
      let c = b[i]
      guard c == 0x2A || c == 0x5F || c == 0x7E, doc.masks[i] == .none else {
        i += 1
        continue
      }
      var e = i
      while e < line.upperBound && b[e] == c { e += 1 }
      let run = i..<e
      i = e
      guard (c == 0x2A && run.count <= 3) || ((c == 0x5F || c == 0x7E) && run.count == 2) else { continue }
      let key = c &+ UInt8(run.count << 4)
      let spaceBefore = run.lowerBound == line.lowerBound || b[run.lowerBound - 1] == 0x20
      let spaceAfter = run.upperBound == line.upperBound || b[run.upperBound] == 0x20
      if let o = open[key], !spaceBefore {
        out.append(o.lowerBound..<run.upperBound)
        open[key] = nil
      } else if !spaceAfter {
        open[key] = run
      }
    }
    return out
  }
}
