import Foundation
import Testing

@testable import CopyDesk

/// The language server lints an edited page again only where the edit reaches (`IncrementalLint`). After every one
/// of thousands of random edits — characters and line breaks typed and deleted (𠮷, CRLF, U+FEFF, quotes, names,
/// titles), paragraphs pasted and cut, front matter changed — its findings must be exactly a fresh lint's.
@Suite struct IncrementalLintTests {
  /// Short pages (debug builds lint slowly): the top of each seed page, an evaluation article, the edge page of
  /// `PartsEquivalenceTests`.
  static func startPages() throws -> [String] {
    var out: [String] = []
    let seeds = repositoryRoot.appendingPathComponent("seeds")
    for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where name.hasSuffix(".txt") {
      let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
      out.append(String(text.unicodeScalars.prefix(1_400)))
    }
    out.append(PartsEquivalenceTests.edges)
    return out
  }

  /// What gets typed or pasted.
  static let pieces: [String] = [
    "中", "𠮷", "，", "。", "、", "“", "”", "‘", "（", "）", "《", "》", " ", "  ", "\u{3000}", "\n", "\r\n", "\n\n",
    "a", "OK", "2024", ",", ".", "?", "\u{FEFF}", "\u{200B}", "张良", "主席", "副主席王强", "北京市总工会", "表示，",
    "本报讯（记者 张晶）", "本报记者 于佳 摄", "## ", "---\n", "<!-- copydesk-disable -->\n", "的的", "布署", "……",
  ]

  static let paragraphs: [String] = [
    "\n\n全国总工会开展送温暖活动\n\n本报讯（记者 张晶）近日，北京市总工会党组书记、副主席张良一行来到航天一院。\n\n",
    "\n\n张良表示，要把工会工作做实做细，\n\n让职工感受到温暖。\n\n",
    "\n“我们要继续努力，\n“把好事办好。”王强说。\n",
    "\n---\ndate: 2024-01-02\n---\n",
    "\n\n区总工会主席李新星、副主席王强出席。王强局长指出,要布署到位 。\n",
  ]

  struct Editor {
    var scalars: [Unicode.Scalar]
    var rng: SplitMix64

    mutating func pick(_ n: Int) -> Int { n <= 0 ? 0 : Int(rng.next() % UInt64(n)) }

    /// One random edit; the text stays valid (edits work on whole scalars; a CRLF may be split, as editors do).
    mutating func edit() {
      let n = scalars.count
      switch pick(10) {
      case 0..<4:
        let piece = IncrementalLintTests.pieces[pick(IncrementalLintTests.pieces.count)]
        scalars.insert(contentsOf: piece.unicodeScalars, at: pick(n + 1))
      case 4..<7:
        guard n > 0 else { return }
        let at = pick(n)
        scalars.removeSubrange(at..<min(n, at + 1 + pick(pick(2) == 0 ? 3 : 40)))
      case 7:
        let p = IncrementalLintTests.paragraphs[pick(IncrementalLintTests.paragraphs.count)]
        scalars.insert(contentsOf: p.unicodeScalars, at: pick(n + 1))
      case 8:
        // Cut from one line break to another (a paragraph, or several).
        let breaks = scalars.indices.filter { scalars[$0] == "\n" }
        guard breaks.count > 2 else { return }
        let a = breaks[pick(breaks.count - 1)]
        let b = breaks[min(breaks.count - 1, breaks.firstIndex(of: a)! + 1 + pick(3))]
        scalars.removeSubrange(a..<b)
      default:
        // Replace a character with another.
        guard n > 0 else { return }
        let at = pick(n)
        let piece = IncrementalLintTests.pieces[pick(IncrementalLintTests.pieces.count)]
        scalars.replaceSubrange(at..<(at + 1), with: piece.unicodeScalars)
      }
    }

    var text: String {
      var s = String.UnicodeScalarView()
      s.append(contentsOf: scalars)
      return String(s)
    }
  }

  @Test(arguments: 0..<6)
  func incrementalFindingsEqualAFreshLint(_ start: Int) throws {
    let linter = try Linter(configuration: EvalCorpus.configuration())
    let pages = try Self.startPages()
    var editor = Editor(scalars: Array(pages[start % pages.count].unicodeScalars), rng: SplitMix64(seed: UInt64(start)))
    var incremental = IncrementalLint()
    var reused = 0
    var linted = 0
    var findings = 0
    for step in 0..<400 {
      if step > 0 { editor.edit() }
      let text = editor.text
      let doc = Document(text: text, path: "page.txt")
      let fresh = linter.lint(doc)
      let got = incremental.lint(doc, with: linter)
      #expect(got == fresh, "page \(start), edit \(step)")
      if got != fresh {
        for d in Set(fresh).subtracting(got) {
          print("missing \(d.rule) \(d.range) \(doc.slice(d.range).debugDescription)")
        }
        for d in Set(got).subtracting(fresh) {
          print("extra \(d.rule) \(d.range) \(doc.slice(d.range).debugDescription)")
        }
        print(text.debugDescription)
        return
      }
      reused += incremental.lastReuse.stretchesReused
      linted += incremental.lastReuse.stretchesLinted
      findings += fresh.count
    }
    // It did reuse: an edit lints again the stretch it is in and the stretches beside it, about three, whatever
    // the page's length (these pages are short: the seed pages' tops have 10 to 25 stretches).
    #expect(Double(linted) / 400 < 4, "reused \(reused), linted \(linted)")
    if start < 5 { #expect(reused > linted, "reused \(reused), linted \(linted)") }
    #expect(findings > 400)
  }

  @Test func aNewLinterOrPathStartsOver() throws {
    let a = try Linter(configuration: EvalCorpus.configuration())
    let b = try Linter(configuration: EvalCorpus.configuration(), only: ["punct-halfwidth-in-cjk"])
    let text = "他说,好。\n\n她说,不好。\n"
    var incremental = IncrementalLint()
    _ = incremental.lint(Document(text: text, path: "a.txt"), with: a)
    #expect(
      incremental.lint(Document(text: text, path: "a.txt"), with: a) == a.lint(Document(text: text, path: "a.txt")))
    #expect(incremental.lastReuse.stretchesLinted == 0)
    #expect(incremental.lint(Document(text: text, path: "a.txt"), with: b) == b.lint(Document(text: text)))
    #expect(incremental.lastReuse.stretchesReused == 0)
    _ = incremental.lint(Document(text: text, path: "b.md"), with: b)
    #expect(incremental.lastReuse.stretchesReused == 0)
  }
}
