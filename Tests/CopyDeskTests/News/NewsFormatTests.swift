import CopyDesk
import Foundation
import Testing

/// Bylines and photo credits: exact ranges, messages and fixes beyond the description examples.
@Suite struct NewsFormatTests {
  @Test func bylineFindingCoversDatelineBylineAndTrailingSpace() throws {
    let text = "本报讯 （记者 王路曼 ） 近日，密云区总工会开展慰问。"
    let doc = Document(text: text)
    let found = try findings("news-byline-format", text)
    #expect(found.count == 1)
    let d = try #require(found.first)
    #expect(doc.slice(d.range) == "本报讯 （记者 王路曼 ） ")
    #expect(d.message.zh == "讯头格式不符合本报模板：讯头与括号之间不空格；括号内侧不留空格；署名与正文之间不空格。应为“本报讯（记者 王路曼）”")
    #expect(d.fix?.applicability == .safe)
    #expect(try fixed("news-byline-format", text) == "本报讯（记者 王路曼）近日，密云区总工会开展慰问。")
  }

  @Test func bylineSupersedesGenericPunctuationInsideIt() throws {
    let text = "本报讯(记者白莹)记者近日从全国总工会获悉,活动启动。"
    let config = try Configuration.builtin()
    let linter = try Linter(
      configuration: config, only: ["news-byline-format", "punct-halfwidth-in-cjk", "punct-space-around-fullwidth"])
    let doc = Document(text: text)
    let all = linter.lint(doc)
    let byline = all.filter { $0.rule == "news-byline-format" }
    #expect(byline.map { doc.slice($0.range) } == ["本报讯(记者白莹)"])
    // The half-width comma in the story is still the punctuation rule's; the parentheses are the byline rule's.
    #expect(all.filter { $0.rule == "punct-halfwidth-in-cjk" }.map { doc.slice($0.range) } == [","])
  }

  @Test func nonBMPNameKeepsExactColumns() throws {
    let text = "𠮷祥文化节开幕\n\n本报讯(记者𠮷晶)近日举办活动。"
    let doc = Document(text: text)
    let d = try #require(try findings("news-byline-format", text).first)
    #expect(doc.lc(d.range.lowerBound) == "3:1")
    #expect(doc.lc(d.range.upperBound) == "3:10")
    #expect(doc.lineAndCharacter(ofOffset: d.range.upperBound, encoding: .utf16).character == 10)
    #expect(try fixed("news-byline-format", text) == "𠮷祥文化节开幕\n\n本报讯（记者 𠮷晶）近日举办活动。")
  }

  @Test func rolesComeFromTheProfileAndCanBeExtended() throws {
    let config = try Configuration.builtin()
    let roles = config.options(of: "news-byline-format")["roles"]?.arrayValue?.compactMap(\.stringValue)
    #expect(roles == ["记者", "通讯员", "实习记者", "特约记者", "实习生"])
    let text = "本报讯（见习记者 张晶）市总工会开展慰问。"
    let d = try #require(try findings("news-byline-format", text).first)
    #expect(d.fix == nil)
    #expect(d.message.zh.contains("署名角色“见习记者”不在本报模板中"))
    #expect(try findings("news-byline-format", text, options: #"{"roles": ["记者", "见习记者"]}"#).isEmpty)
  }

  @Test func badTemplateOptionsFail() throws {
    #expect(throws: RuleConfigurationError.self) {
      _ = try linter(only: "news-byline-format", options: #"{"roles": "记者"}"#)
    }
    #expect(throws: RuleConfigurationError.self) {
      _ = try linter(only: "news-byline-format", options: #"{"nameSeparator": "/"}"#)
    }
  }

  @Test func xinhuaStyleNamesKeepTheirDunhao() throws {
    let text = "本报讯（记者张晶、李明）市总工会开展慰问。"
    #expect(try fixed("news-byline-format", text) == "本报讯（记者 张晶、李明）市总工会开展慰问。")
    #expect(
      try fixed("news-byline-format", text, options: #"{"nameSeparator": " "}"#) == "本报讯（记者 张晶 李明）市总工会开展慰问。")
  }

  @Test func ownDatelinesGetArabicDatesWireDatelinesKeepTheirs() throws {
    #expect(
      try fixed("news-byline-format", "本报上海十二月三十一日电（记者 张晶）市总工会开展慰问。")
        == "本报上海12月31日电（记者 张晶）市总工会开展慰问。")
    #expect(
      try fixed("news-byline-format", "本报北京二〇二四年一月十日电（记者 张晶）活动举办。") == "本报北京1月10日电（记者 张晶）活动举办。")
    #expect(try findings("news-byline-format", "中新社北京六月二十五日电（记者 洪坚鹏）记者25日获悉。").isEmpty)
  }

  @Test func photoCreditExactRangeAndMessage() throws {
    let text = "市总工会开展慰问活动。\n\n本报记者于佳摄"
    let doc = Document(text: text)
    let d = try #require(try findings("news-photo-credit-format", text).first)
    #expect(doc.slice(d.range) == "本报记者于佳摄")
    #expect(doc.lc(d.range.lowerBound) == "3:1")
    #expect(d.message.zh == "图片署名应写作“本报记者 于佳 摄”")
    #expect(d.severity == .warning)
  }

  @Test func trailingCreditInACaptionIsJudgedAlone() throws {
    let text = "“娘家人”送来暖心慰问\n\n近日，东城区总工会发放慰问品300余套。本报记者 边磊 通讯员赵紫明 摄影报道"
    let doc = Document(text: text)
    let d = try #require(try findings("news-photo-credit-format", text).first)
    #expect(doc.slice(d.range) == "本报记者 边磊 通讯员赵紫明 摄影报道")
    #expect(d.fix?.edits.first?.replacement == "本报记者 边磊 通讯员 赵紫明 摄影报道")
  }
}
