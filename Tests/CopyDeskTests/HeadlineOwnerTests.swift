import CopyDesk
import Foundation
import Testing

/// Headlines the layout put next to the wrong story go back to the story they name (`HeadlineOwners`), and only
/// on strong evidence.
@Suite struct HeadlineOwnerTests {
  static let storyA = """
    本报讯（记者 张晶）近日，怀柔区总工会向杂多县总工会捐赠援助资金，用于消费扶贫、帮扶救助和疫情防控。
    据统计，怀柔区总工会去年共投入援助资金145万余元，援助杂多县职工。
    """
  static let storyB = """
    本报讯（记者 白莹）1月10日，市政协“带着职工心声上两会”热线开通，工会界别委员值守热线，倾听职工心声。
    委员们将职工反映的问题带到两会上。
    """
  static let storyC = """
    本报讯（记者 马超）平谷区马昌营镇总工会为一线防疫职工送去暖心包，慰问职工六百余人。
    镇总工会表示，将继续关心关爱一线职工。
    """

  /// The lines that start each article's headlines, by article.
  func owners(_ text: String) -> [[String]] {
    let d = Document(text: text)
    return d.articles.map { a in a.headlines.map { d.slice(d.blocks[$0].range) } }
  }

  @Test func aHeadlineAboveTheWrongLeadGoesToItsStory() {
    // B's headline and A's headline both sit above B's lead, as on seed page 002.
    let page = [
      "怀柔区总工会援助杂多", Self.storyA, "市政协职工心声热线开通", "怀柔区总工会去年投入援助资金145万余元", Self.storyB, "平谷镇总工会送暖心包",
      Self.storyC,
    ].joined(separator: "\n\n")
    #expect(
      owners(page) == [
        ["怀柔区总工会援助杂多", "怀柔区总工会去年投入援助资金145万余元"], ["市政协职工心声热线开通"], ["平谷镇总工会送暖心包"],
      ])
    let d = Document(text: page)
    let k = try! #require(d.blocks.firstIndex { d.slice($0.range) == "怀柔区总工会去年投入援助资金145万余元" })
    let moved = d.blocks[k]
    #expect(d.articleIndex.ofBlock[k] == 0 && d.articles[0].levels == [1, 2])
    // The article's range is its own run of blocks; the moved headline lies outside it.
    #expect(!d.articles[0].range.contains(moved.range.lowerBound))
    #expect(d.article(containing: moved.range.lowerBound)?.index == 0)
  }

  @Test func aBlockHoldingTwoStoriesSubheadsIsSplit() {
    let page = [
      "怀柔区总工会援助杂多", Self.storyA, "市政协职工心声热线开通", Self.storyB,
      "用于消费扶贫、帮扶救助、疫情防控等工作\n 工会界别委员值守热线倾听职工心声", "平谷镇总工会送暖心包", Self.storyC,
    ].joined(separator: "\n\n")
    #expect(
      owners(page) == [
        ["怀柔区总工会援助杂多", "用于消费扶贫、帮扶救助、疫情防控等工作"], ["市政协职工心声热线开通", "工会界别委员值守热线倾听职工心声"],
        ["平谷镇总工会送暖心包"],
      ])
  }

  @Test func headlinesInPlaceStay() {
    // A wrapped two-line headline (one headline per line) stays with its story; a page kicker that a story quotes
    // stays on top.
    let page = [
      "市政协职工心声热线开通", "怀柔区总工会援助杂多县\n去年投入援助资金145万余元", Self.storyA, "市政协职工心声热线开通", Self.storyB,
      "平谷镇总工会送暖心包", Self.storyC,
    ].joined(separator: "\n\n")
    #expect(
      owners(page) == [
        ["市政协职工心声热线开通", "怀柔区总工会援助杂多县", "去年投入援助资金145万余元"], ["市政协职工心声热线开通"], ["平谷镇总工会送暖心包"],
      ])
  }

  @Test func weakEvidenceKeepsThePosition() {
    // `送来暖心慰问` shares a few common words with several stories: no clear owner, so it stays where it is.
    let page = [
      "怀柔区总工会援助杂多", Self.storyA, "市政协职工心声热线开通", Self.storyB, "送来暖心慰问", "平谷镇总工会送暖心包", Self.storyC,
    ].joined(separator: "\n\n")
    #expect(owners(page) == [["怀柔区总工会援助杂多"], ["市政协职工心声热线开通"], ["送来暖心慰问", "平谷镇总工会送暖心包"]])
  }

  @Test func outlineListsAMovedHeadlineUnderItsStory() {
    let page = [
      "怀柔区总工会援助杂多", Self.storyA, "市政协职工心声热线开通", "怀柔区总工会去年投入援助资金145万余元", Self.storyB,
    ].joined(separator: "\n\n")
    let nodes = Outline.build(Document(text: page))
    #expect(nodes.map(\.kind) == [.article, .article])
    // Lines: 1 A's headline, 3 A's lead, 4 its second paragraph (one paragraph per line), 6 B's headline, 8 A's
    // second headline, 10–11 B's lead and paragraph.
    #expect(nodes[0].children.map(\.kind) == [.headline, .headline, .lead, .paragraph])
    #expect(nodes[0].children.map(\.firstLine) == [1, 8, 3, 4])
    #expect(nodes[1].children.map(\.firstLine) == [6, 10, 11])
    #expect(nodes[0].firstLine == 1 && nodes[0].lastLine == 4)
  }
}

/// Pages shuffled from the seeds' paragraphs (headlines, leads, body, credits in random order, with CRLF, wrapped
/// lines and astral characters thrown in): whatever the segmenter and `HeadlineOwners` decide, every block belongs
/// to exactly one article, each article's lists are consistent, and the outline shows every block once.
@Suite struct ArticleInvariantTests {
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state ^ (state >> 29)
    }
  }

  static let paragraphs: [String] = {
    let pages = (try? seedPages()) ?? []
    return pages.flatMap { $0.text.components(separatedBy: "\n\n") }.filter { !$0.isEmpty }
  }()

  func page(_ g: inout Generator) -> String {
    var parts: [String] = []
    for _ in 0..<Int.random(in: 1...40, using: &g) {
      var p = Self.paragraphs.randomElement(using: &g) ?? ""
      switch Int.random(in: 0..<8, using: &g) {
      case 0: p = "𠮷" + p
      case 1: p = p.replacingOccurrences(of: "\n", with: "\r\n")
      case 2: p = String(p.prefix(Int.random(in: 0...20, using: &g)))
      default: break
      }
      parts.append(p)
    }
    return parts.joined(separator: Bool.random(using: &g) ? "\n\n" : "\n")
  }

  @Test func everyBlockHasOneArticleOnShuffledPages() throws {
    #expect(Self.paragraphs.count > 100)
    var g = Generator(state: 20_261_121)
    var moved = 0
    for _ in 0..<300 {
      let text = page(&g)
      let d = Document(text: text)
      let index = d.articleIndex
      var seen = [Int](repeating: 0, count: d.blocks.count)
      for (a, article) in index.articles.enumerated() {
        #expect(article.index == a)
        #expect(article.blocks == article.blocks.sorted())
        #expect(article.headlines.allSatisfy { article.blocks.contains($0) && d.blocks[$0].kind == .headline })
        #expect(article.levels.count == article.headlines.count && article.levels.allSatisfy { $0 == 1 || $0 == 2 })
        if let lead = article.lead { #expect(article.range.contains(d.blocks[lead].range.lowerBound)) }
        for k in article.blocks {
          if !article.range.contains(d.blocks[k].range.lowerBound) { moved += 1 }
          seen[k] += 1
          #expect(index.ofBlock[k] == a)
        }
      }
      #expect(seen.allSatisfy { $0 == 1 } || (index.articles.isEmpty && d.blocks.isEmpty))
      // A block a column break cut from the paragraph before it is shown as part of that paragraph.
      let merged = d.blocks.indices.dropFirst().filter {
        d.blocks[$0].continues == .proven && index.ofBlock[$0] != nil && index.ofBlock[$0] == index.ofBlock[$0 - 1]
      }.count
      let shown = Outline.build(d).reduce(0) { $0 + ($1.kind == .article ? $1.children.count : 1) }
      #expect(shown == d.blocks.count - merged)
    }
    // Shuffled pages put many headlines away from their stories: the non-contiguous case is exercised.
    #expect(moved > 20)
  }
}
