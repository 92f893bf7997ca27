/// The last check on every fix before anyone sees it, whatever rule offered it: a fix never breaks a page.
///
/// - A fix that would change markup or code — a `<script>` body, an HTML tag or attribute, a code span or fence,
///   front matter, a table's padding, a container marker, a directive comment — is dropped; the finding stays.
/// - A safe fix keeps the page's paragraphs: it may remove a line break only inside one paragraph as the segmenter
///   reads it (a proven wrap, or the gap of a proven column cut), and never adds one. One that would merge or split
///   paragraphs is offered as unsafe (to review), not applied by `copydesk fix`.
///
/// Rules already keep to this; the guard makes it hold for every rule, including ones written later (issue 13:
/// the safe fix merged a one-paragraph-per-line article's 14 lines into 3 and rewrote JavaScript in `<script>`).
enum FixGuard {
  static func vet(_ out: inout [Diagnostic], _ doc: Document) {
    for k in out.indices {
      guard let fix = out[k].fix else { continue }
      if fix.edits.contains(where: { touchesMarkupOrCode($0, doc) }) {
        out[k].fix = nil
      } else if fix.applicability == .safe, fix.edits.contains(where: { !keepsParagraphs($0, doc) }) {
        out[k].fix = Fix(.unsafe, edits: fix.edits)
      }
    }
  }

  private static func isProtected(_ doc: Document, _ i: Int) -> Bool {
    let m = doc.mask(at: i)
    let z = doc.zone(at: i)
    return m == .code || m == .markup || z == .code || z == .frontMatter || z == .comment
  }

  /// Whether an edit changes a protected byte, or inserts inside a protected run.
  static func touchesMarkupOrCode(_ e: TextEdit, _ doc: Document) -> Bool {
    if e.range.isEmpty {
      let i = e.range.lowerBound
      return i > 0 && i < doc.bytes.count && isProtected(doc, i - 1) && isProtected(doc, i)
    }
    return e.range.contains { isProtected(doc, $0) }
  }

  /// Whether an edit removes only line breaks that lie inside one paragraph, and adds none.
  static func keepsParagraphs(_ e: TextEdit, _ doc: Document) -> Bool {
    let removed = doc.bytes[e.range].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    let added = e.replacement.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    if added > removed { return false }
    guard removed > 0 else { return true }
    let blocks = doc.blocks
    for i in e.range where doc.bytes[i] == 0x0A {
      // The block holding the break, or the block that starts after it (for a gap between blocks).
      var lo = 0
      var hi = blocks.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if blocks[mid].range.upperBound <= i { lo = mid + 1 } else { hi = mid }
      }
      guard lo < blocks.count else { return false }
      let b = blocks[lo]
      if b.range.contains(i) {
        guard b.kind == .lead || b.kind == .body || b.kind == .caption || b.kind == .headline else { return false }
        // A full-width line that ends a sentence on a page that does not mark its paragraphs: maybe two.
        if !b.unprovenBreaks.isEmpty && b.unprovenBreaks.contains(doc.lineIndex(ofOffset: i)) { return false }
        continue
      }
      // A gap: only the gap of a proven cut, from a paragraph into its continuation.
      guard b.continues == .proven, lo > 0 else { return false }
    }
    return true
  }
}
