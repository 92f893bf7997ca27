import CopyDesk
import Foundation
import Testing

@testable import CopyDeskCLI

/// `copydesk outline`: the text and JSON forms of the structure the engine sees.
@Suite struct OutlineCommandTests {
  static let page = """
    深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面

    全国总工会赴回天地区开展送温暖调研慰问活动

    本报讯（记者 张晶）昨天，全国总工会一行来到昌平回天地区开展调研活动，先后到回天会客厅等地进行

    实地考察。

    本报记者 于佳 摄

    “娘家人”送来暖心慰问

    近日，东城区体育馆路街道总工会慰问辖区新就业形态劳动者。本报记者 边磊 通讯员 赵紫明 摄影报道
    """

  @Test func textOutlineListsArticlesBlocksAndLines() {
    let doc = Document(text: Self.page)
    let text = OutlineCommand.text("page.txt", Outline.build(doc, textLimit: 12))
    #expect(
      text == """
        page.txt
        article 1 (lines 1-9): 深入学习贯彻党的二十大精…
          1        headline 1 深入学习贯彻党的二十大精…
          3        headline 2 全国总工会赴回天地区开展…
          5        lead       本报讯（记者 张晶）昨天…
            5        byline     本报讯（记者 张晶）
          7        paragraph  实地考察。
          9        credit     本报记者 于佳 摄
        article 2 (lines 11-13): “娘家人”送来暖心慰问
          11       headline 1 “娘家人”送来暖心慰问
          13       caption    近日，东城区体育馆路街道…
            13       credit     本报记者 边磊 通讯员 …

        """)
  }

  @Test func jsonOutlineCarriesOffsetsAndLevels() throws {
    let doc = Document(text: Self.page)
    let nodes = Outline.build(doc)
    let json = JSONValue.array(nodes.map(OutlineCommand.json))
    let first = try #require(json.arrayValue?.first)
    #expect(first["kind"]?.stringValue == "article")
    let children = try #require(first["children"]?.arrayValue)
    #expect(children.map { $0["kind"]?.stringValue ?? "" } == ["headline", "headline", "lead", "paragraph", "credit"])
    #expect(children[1]["level"]?.intValue == 2)
    let byline = try #require(children[2]["children"]?.arrayValue?.first)
    #expect(byline["kind"]?.stringValue == "byline")
    #expect(byline["text"]?.stringValue == "本报讯（记者 张晶）")
    let start = try #require(byline["start"]?.intValue)
    let end = try #require(byline["end"]?.intValue)
    #expect(doc.slice(start..<end) == "本报讯（记者 张晶）")
    #expect(byline["line"]?.intValue == 5 && byline["endLine"]?.intValue == 5)
  }

  @Test func commandReadsFilesAndRejectsBadOptions() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("outline-\(UUID().uuidString).txt").path
    try Self.page.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try OutlineCommand.run([path, "--format", "json"]) == 0)
    #expect(throws: UsageError.self) { try OutlineCommand.run([path, "--format", "xml"]) }
    #expect(throws: UsageError.self) { try OutlineCommand.run([]) }
    #expect(CLI.commands.contains { $0.name == "outline" })
  }
}
