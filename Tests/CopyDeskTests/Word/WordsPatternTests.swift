import CopyDesk
import Testing

/// word-dup-char and word-de-di-de: exact spans, messages and fixes, and the precision traps of the reference.
@Suite struct WordsPatternTests {
  @Test func dupCharSpansTheWordAndItsCopy() throws {
    let text = "为区域发展和职工群众真正正带来实惠，切实做好好运保障工作。"
    let doc = Document(text: text)
    let found = try findings("word-dup-char", text)
    #expect(found.map { doc.slice($0.range) } == ["真正正", "做好好"])
    #expect(found[0].message.zh == "“真正正”疑为误重复，应为“真正”")
    #expect(found.allSatisfy { $0.fix?.applicability == .unsafe })
    #expect(try fixed("word-dup-char", text) == "为区域发展和职工群众真正带来实惠，切实做好运保障工作。")
  }

  @Test(arguments: [
    "一幅幅画面映入眼帘，一段段历史进入耳朵。", "他们纷纷表示谢谢，常常来看望。", "大家认认真真地工作。", "职工们兴致勃勃地动手制作。",
    "田野里绿油油的一片。", "张婷婷是一名快递员。", "今年年底，工会会员到中国国家博物馆参观。", "他笑着说：“哈哈哈，好好好！”",
    "深深体会到大家是国家战略安全基石的奠定者。", "为了了解情况，他坐的的士。", "要好好学习，天天向上。",
  ])
  func reduplicationNeverTriggers(_ text: String) throws {
    #expect(try findings("word-dup-char", text).isEmpty)
  }

  @Test func tripledCharacterOutsideQuotes() throws {
    let text = "会议很重要的的的。"
    let doc = Document(text: text)
    let found = try findings("word-dup-char", text)
    #expect(found.map { doc.slice($0.range) } == ["的的的"])
    #expect(try fixed("word-dup-char", text) == "会议很重要的。")
  }

  @Test func deDiDeMessagesNameTheWords() throws {
    let text = "该调解中心工作人员加班加点的制作相关法律文书，他跑的很快。"
    let doc = Document(text: text)
    let found = try findings("word-de-di-de", text)
    #expect(found.map { doc.slice($0.range) } == ["的", "的"])
    #expect(found.map { doc.lc($0.range.lowerBound) } == ["1:14", "1:26"])
    #expect(found[0].message.zh == "“加班加点的制作”：状语后应用“地”")
    #expect(found[1].message.zh == "“跑的很快”：补语前应用“得”")
    #expect(try fixed("word-de-di-de", text) == "该调解中心工作人员加班加点地制作相关法律文书，他跑得很快。")
  }

  @Test(arguments: [
    "有的很好，有的很差。", "这件事真的很重要。", "是的，我们进行了认真的研究。", "发挥积极的推进作用。", "这样做的目的很明确。",
    "他的确很努力，当地获得了很多支持。", "受到广泛的关注，得到积极的回应。", "他走的很多路都是山路。", "像春天似的温暖。",
    "作了认真的研究。", "他认真的态度打动了大家。",
  ])
  func deDiDeTraps(_ text: String) throws {
    #expect(try findings("word-de-di-de", text).isEmpty)
  }
}

/// word-dup-char beyond its lists and word-nonword-typo: the lexicon's checks as rules, with the profiles' choices.
@Suite struct WordsLexiconRuleTests {
  @Test func dupCharFindsACopyAtAWordsEdge() throws {
    let text = "要深入入推进改革，全面面落实责任，真正正带来实惠。"
    let doc = Document(text: text)
    let found = try findings("word-dup-char", text)
    #expect(found.map { doc.slice($0.range) } == ["深入入", "全面面", "真正正"])
    #expect(found[0].message.zh == "“深入入”疑为误重复，应为“深入”")
    #expect(try fixed("word-dup-char", text) == "要深入推进改革，全面落实责任，真正带来实惠。")
  }

  @Test func nonwordTypoNamesTheWordAndFixesOneCharacter() throws {
    let text = "没想到这位老师傅竞然已经坚守岗位四十年，与歹徒展开殊死博斗。"
    let doc = Document(text: text)
    let found = try findings("word-nonword-typo", text)
    #expect(found.map { doc.slice($0.range) } == ["竞", "博"])
    #expect(found.map(\.message.zh) == ["“竞然”疑有错别字，应为“竟然”", "“殊死博斗”疑有错别字，应为“殊死搏斗”"])
    #expect(found.allSatisfy { $0.fix?.applicability == .unsafe })
    #expect(try fixed("word-nonword-typo", text) == "没想到这位老师傅竟然已经坚守岗位四十年，与歹徒展开殊死搏斗。")
  }

  /// On in the newspaper profile, off elsewhere; the curated list wins where both see the same typo.
  @Test func nonwordTypoIsTheNewspaperProfilesAndYieldsToTheList() throws {
    let text = "希望全体职工再接再励，没想到老师傅竞然已经坚守岗位四十年。"
    let doc = Document(text: text)
    let newspaper = try Linter(configuration: .builtin()).lint(doc).filter { $0.rule.hasPrefix("word-") }
    #expect(newspaper.map { "\($0.rule) \(doc.slice($0.range))" } == ["word-typo 再接再励", "word-nonword-typo 竞"])
    let web = try Linter(configuration: .builtin(profile: "web")).lint(doc).filter { $0.rule.hasPrefix("word-") }
    #expect(web.map(\.rule) == ["word-typo"])
  }
}
