import CopyDesk
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
    // Lines: 1 A's headline, 3–4 A's lead, 6 B's headline, 8 A's second headline, 10–11 B's lead.
    #expect(nodes[0].children.map(\.kind) == [.headline, .headline, .lead])
    #expect(nodes[0].children.map(\.firstLine) == [1, 8, 3])
    #expect(nodes[1].children.map(\.firstLine) == [6, 10])
    #expect(nodes[0].firstLine == 1 && nodes[0].lastLine == 4)
  }
}
