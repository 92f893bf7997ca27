import CopyDesk
import Foundation
import Testing

/// The person-mention extractor on real copy: who is named, with which titles, where the name ends.
@Suite struct NamesExtractionTests {
  static let finder = try! PeopleFinder(data: RuleData.builtin())

  static func seed(_ prefix: String) throws -> Document {
    let dir = repositoryRoot.appendingPathComponent("seeds")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: dir.path).first {
        $0.hasPrefix(prefix) && $0.hasSuffix(".txt")
      })
    let url = dir.appendingPathComponent(name)
    return Document(text: try String(contentsOf: url, encoding: .utf8), path: url.path)
  }

  /// `name: printed form, printed form…` per person, articles separated by ` | `, as `copydesk people` lists them.
  static func listing(_ doc: Document) -> [String] {
    finder.articles(in: doc).filter { !$0.names.isEmpty }.map { a in
      a.names.map { n in
        var forms: [String] = []
        for m in a.mentions(of: n) {
          let f = m.titles.isEmpty ? n : m.printed
          if !forms.contains(f) { forms.append(f) }
        }
        return forms.joined(separator: " / ")
      }.joined(separator: "; ")
    }
  }

  static func people(_ text: String) -> [PersonMention] {
    finder.articles(in: Document(text: text)).flatMap(\.mentions).filter { !$0.inOrgName }
  }

  @Test func seedPage000() throws {
    #expect(
      Self.listing(try Self.seed("000")) == [
        "全国总工会兼职副主席张晓兰 / 张晓兰; 北京市总工会党组成员、副主席蒋文云; 昌平区委副书记解江凌",
        "通州区政协党组副书记、常务副主席、区总工会主席尚祖国; 区总工会党组书记、常务副主席关平",
        "密云区人大常委会副主任、区总工会主席赵秦岭; 北京恒通园供暖有限公司工会主席于娜 / 于娜",
        "北京市总工会公职律师胡芳 / 胡芳律师，北京市总工会法律服务中心争议调解科科长 / 胡芳律师",
      ])
  }

  @Test func seedPage001() throws {
    #expect(
      Self.listing(try Self.seed("001")) == [
        "北京市总工会党组书记、副主席张良 / 张良; 北京市总工会党组成员、副主席韩世春",
        "北京市政法卫文工会副主席、市保安服务行业工会联合会主席徐炜; 该中心第十二支队二基地运行二部中队长高炯; 北京振远护卫中心民警党支部书记、工会主席张印",
        "经开区管委会石威副主任 / 石威",
        "徐跃",
      ])
  }

  @Test func seedPage002HardWrappedColumns() throws {
    // `党组书记、常\n务副主席晁怀新`, `县委常\n委、 县总工会主席`, and a paragraph broken after `外卖员`. 胡芳 is
    // named in the body and in the subhead the layout put after the story; both are one article's mentions.
    #expect(
      Self.listing(try Self.seed("002")) == [
        "美团外卖员于德力; 密云区总工会党组书记、常务副主席晁怀新", "青海省杂多县委常委、县总工会主席贺海玲",
        "北京市总工会法律服务中心公职律师胡芳",
      ])
  }

  @Test func seedPage003() throws {
    #expect(
      Self.listing(try Self.seed("003")) == [
        "齐静 / 北京市人大常委会副主任、总工会主席齐静; 北京市总工会党组书记、副主席张良; 门头沟区委书记喻华锋; 门头沟区委书记、区长吕晨飞; 门头沟区人大常委会主任张维刚; 门头沟区委常委、组织部部长高渝蓉; 门头沟区人大常委会党组副书记、副主任、区总工会主席李伟",
        "全国总工会宣传部副部长刘小琴; 北京市总工会党组成员、副主席赵丽君",
      ])
  }

  @Test func seedPage004() throws {
    #expect(Self.listing(try Self.seed("004")) == ["退役军人高佳", "全国优秀法官、首都劳动奖章获得者晋怡法官"])
  }

  @Test func titleChainAtomsAndUnits() throws {
    let m = try #require(Self.people("通州区政协党组副书记、常务副主席、区总工会主席尚祖国出席。").first)
    #expect(m.name == "尚祖国" && m.form == .titleBefore)
    #expect(m.titles.map(\.org) == ["通州区政协", "", "区总工会"])
    #expect(m.titles.map(\.title) == ["党组副书记", "常务副主席", "主席"])
    // The relative 区总工会 takes the chain's district; the party group is a unit of its own.
    #expect(m.titles.map(\.unit) == ["通州区政协党组", "通州区政协", "通州区总工会"])
    let text = "门头沟区委书记、区长吕晨飞出席。"
    let l = try #require(Self.people(text).first)
    #expect(l.titles.map(\.unit) == ["门头沟区委", "门头沟区"])
    let doc = Document(text: text)
    #expect(
      doc.slice(l.range) == "吕晨飞" && doc.slice(l.titles[0].range) == "书记" && doc.slice(l.titles[0].rankRange) == "书记")
  }

  @Test(arguments: [
    ("北京市总工会党组书记、副主席张良一行赴航天一院调研。", "张良"),
    ("全国总工会兼职副主席张晓兰来到昌平区。", "张晓兰"),
    ("门头沟区人大常委会主任张维刚，门头沟区委常委李伟等参加慰问。", "李伟"),
    ("青海省杂多县委常委、县总工会主席贺海玲在京挂职。", "贺海玲"),
    ("北京市政法卫文工会副主席徐炜来到北京振远护卫中心。", "徐炜"),
    ("北京市总工会公职律师胡芳荣获第八届杰出律师称号。", "胡芳"),
    ("北京市总工会公职律师胡芳光荣入选。", "胡芳"),
    ("区总工会党组书记、常务副主席关平带领领导班子慰问。", "关平"),
    ("会上，王强局长指出，要做好春运保障。", "王强"),
    ("欧阳文华副主席出席。", "欧阳文华"),
  ])
  func nameBoundary(_ text: String, _ name: String) {
    #expect(Self.people(text).map(\.name).last == name, "\(text)")
  }

  @Test(arguments: [
    "区委书记高度重视职工服务工作。",  // 高度 is a word
    "张良工作室成立以来成效明显。",  // a name inside an organisation's name
    "涉事员工张某、张某某已被辞退。",  // anonymised
    "会长单位和理事单位共同发起倡议。",
    "市政协社会和法制委员会相关负责人介绍。",
    "向政协委员反映涉及工资、医疗等问题。",
    "房山区长阳镇总工会举办职工沟通会。",
    "欧盟成员国的希腊经济总体有限。",
    "职工张贴了通知。",
  ])
  func notAPerson(_ text: String) {
    #expect(Self.people(text).isEmpty, "\(text): \(Self.people(text).map(\.name))")
  }

  @Test func titleOfManyAppliesToAList() {
    // A deputy or member title distributes over the names after it; a post of one holder does not.
    let ms = Self.people("副主席赵一鸣、钱二宝、孙三多等出席。区委书记周四海、吴五湖参加。")
    #expect(ms.map { $0.titles.isEmpty ? $0.name : $0.printed } == ["副主席赵一鸣", "副主席钱二宝", "副主席孙三多", "区委书记周四海"])
  }

  @Test func titleHeldThroughAVerb() throws {
    let m = try #require(Self.people("会上，刘建军当选为区总工会第五届委员会主席。").first)
    #expect(m.name == "刘建军" && m.form == .titleHeld && m.titles.map(\.title) == ["主席"])
    let former = try #require(Self.people("王志刚曾任市交通委主任。").first)
    #expect(former.titles.first?.former == true)
  }

  @Test func organisationBeforeATitledName() {
    // `区妇联` is the organisation of 李新星, not a name with a title after it.
    #expect(Self.people("区妇联主席李新星代表群团组织致辞。").map(\.printed) == ["区妇联主席李新星"])
    // A three-character name whose last character is also a function word, before punctuation.
    #expect(Self.people("区委副书记张茹先，区委常委李伟等出席。").map(\.name) == ["张茹先", "李伟"])
  }

  @Test func unpunctuatedLineIsNotJoinedToTheNextParagraph() {
    let text = "春运保障有力有序\n\n市交通委主任王强做客直播间。王强表示，春运运力充足。"
    #expect(Self.people(text).first?.printed == "市交通委主任王强")
  }

  @Test func bylinesCreditsAndQuotesAreNotMentions() {
    let page = "# 标题\n\n本报讯（记者 张晶）近日，区委副书记王强出席活动。“李明说得好！”王强表示。\n\n本报记者 于佳 摄"
    let ms = Self.finder.articles(in: Document(text: page)).flatMap(\.mentions)
    #expect(ms.map(\.name) == ["王强", "王强"])
    #expect(ms.allSatisfy { !$0.quoted })
  }

  @Test func eponymMentionsAreMarked() throws {
    let ms = Self.finder.articles(in: Document(text: "张良一行参观了高凤林大师劳模创新工作室。北京市总工会副主席张良表示。张良工作室开放。"))
      .flatMap(\.mentions)
    #expect(ms.filter { !$0.inOrgName }.map(\.name) == ["张良", "张良"])
    #expect(ms.filter(\.inOrgName).map(\.name) == ["张良"])
  }
}
