import CopyDesk
import Foundation
import Testing

@testable import CopyDeskCLI

/// `copydesk people`: the per-article list of people, titles and places, in text and JSON.
@Suite struct PeopleCommandTests {
  static let page = """
    # 市总工会赴航天一院调研

    本报讯（记者 白莹）1月16日下午，北京市总工会党组书记、副主席张良一行赴航天一院调研。“大家辛苦了！”张良表示。

    本报记者 于佳 摄
    """

  static func articles() throws -> (Document, [ArticlePeople]) {
    let doc = Document(text: page, path: "page.txt")
    return (doc, try PeopleFinder(data: RuleData.builtin()).articles(in: doc))
  }

  @Test func textListing() throws {
    let (doc, articles) = try Self.articles()
    #expect(
      PeopleCommand.text(articles, doc, display: "page.txt") == """
        == page.txt
        [1] 市总工会赴航天一院调研  (line 1)
          张良
            北京市总工会党组书记、副主席张良  3:33
            张良（仅姓名）  3:53

        """)
  }

  @Test func jsonListing() throws {
    let (doc, articles) = try Self.articles()
    let json = PeopleCommand.json(articles[0], doc)
    let people = try #require(json["people"]?.arrayValue)
    #expect(people.count == 1 && people[0]["name"]?.stringValue == "张良")
    let mentions = try #require(people[0]["mentions"]?.arrayValue)
    #expect(mentions.map { $0["form"]?.stringValue } == ["title-before", "bare"])
    #expect(mentions[0]["text"]?.stringValue == "北京市总工会党组书记、副主席张良")
    #expect(mentions[0]["titles"]?.arrayValue?.map { $0["title"]?.stringValue } == ["党组书记", "副主席"])
    #expect(mentions[0]["titles"]?.arrayValue?.map { $0["unit"]?.stringValue } == ["市总工会党组", "市总工会"])
    #expect(mentions[0]["start"]?["line"]?.intValue == 3 && mentions[0]["start"]?["column"]?.intValue == 33)
    #expect(mentions[1]["zone"]?.stringValue == "lead" && mentions[1]["quoted"]?.boolValue == false)
    #expect(json["headline"]?.stringValue == "市总工会赴航天一院调研")
  }

  @Test func dateOptionSetsTheRegisterDate() throws {
    let common = try CommonOptions(Arguments(["--date", "2023-01-16"], valued: CommonOptions.valued, flags: []))
    let c = try common.workspace.configuration(forFile: "page.txt")
    #expect(c.options(of: "news-register-title")["date"]?.stringValue == "2023-01-16")
    #expect(c.options(of: "news-leader-order")["date"]?.stringValue == "2023-01-16")
    #expect(throws: UsageError.self) {
      try CommonOptions(Arguments(["--date", "16/01/2023"], valued: CommonOptions.valued, flags: []))
    }
  }

  @Test func commandIsRegistered() {
    #expect(CLI.commands.contains { $0.name == "people" })
  }
}
