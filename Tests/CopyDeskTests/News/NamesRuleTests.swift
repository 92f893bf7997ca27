import CopyDesk
import Foundation
import Testing

/// The name rules' exact findings: ranges, messages, fixes, related places, dates, batch mode.
@Suite struct NamesRuleTests {
  static let nameRules = NewsRules.names.map { $0.description.id }

  /// A linter running the name rules on the built-in data plus `extra` data files, at `date` if given.
  static func nameLinter(date: String? = nil, extra: [String] = []) throws -> Linter {
    var c = try Configuration.builtin()
    for (k, text) in extra.enumerated() {
      c.data.files.append(try DataFile.parse(name: "desk/extra\(k).txt", text: text))
    }
    if let date { c.setArticleDate(date) }
    return try Linter(configuration: c, only: Set(nameRules))
  }

  static func seeds() throws -> [Document] {
    let dir = repositoryRoot.appendingPathComponent("seeds")
    return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted().map {
      Document(text: try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8), path: "seeds/" + $0)
    }
  }

  /// `file line:col rule "text" → fix` for each finding.
  static func summary(_ docs: [Document], _ results: [[Diagnostic]]) -> [String] {
    zip(docs, results).flatMap { doc, ds in
      ds.map { d in
        let p = doc.position(ofOffset: d.range.lowerBound)
        let fix = d.fix.map { f in " → " + f.edits.map(\.replacement).joined() } ?? ""
        return
          "\((doc.path! as NSString).lastPathComponent.prefix(3)) \(p.line):\(p.column) \(d.rule) \(doc.slice(d.range))\(fix)"
      }
    }
  }

  @Test func seedPagesBatch() throws {
    let docs = try Self.seeds()
    let results = try Self.nameLinter().lint(corpus: docs)
    #expect(
      Self.summary(docs, results) == [
        "000 11:98 news-org-name-variant 天通苑文化艺术中心",
        "001 7:61 news-org-abbrev （以下简称航天一院） → （以下简称“航天一院”）",
        "001 55:61 news-title-after-name 石威副主任 → 副主任石威",
        "003 29:6 news-register-title 书记 → 副书记",
      ])
  }

  @Test func samePersonSameTitleOnTwoPagesIsConsistent() throws {
    // 张良 is 北京市总工会党组书记、副主席 on pages 001 and 003; 蒋文云, 韩世春, 赵丽君 share that title too.
    let docs = try Self.seeds()
    let results = try linter(only: "news-name-variant").lint(corpus: docs)
    #expect(results.allSatisfy { $0.isEmpty })
    let conflicts = try linter(only: "news-title-conflict").lint(corpus: docs)
    #expect(conflicts.allSatisfy { $0.isEmpty })
  }

  @Test func nameVariantAcrossFilesReportsBothPlaces() throws {
    let a = Document(text: "近日，北京市总工会党组成员、副主席赵丽君出席活动。", path: "a.txt")
    let b = Document(text: "昨天，北京市总工会党组成员、副主席赵丽军带队慰问。", path: "b.txt")
    let c = Document(text: "昨天，某区总工会副主席赵丽娟带队慰问。", path: "c.txt")
    let results = try linter(only: "news-name-variant").lint(corpus: [a, b, c])
    #expect(results[0].map { a.slice($0.range) } == ["赵丽君"])
    #expect(results[1].map { b.slice($0.range) } == ["赵丽军"])
    #expect(results[2].isEmpty, "another organisation: another person")
    let related = try #require(results[0].first?.related.first)
    #expect(related.path == "b.txt" && b.slice(related.range) == "赵丽军")
    #expect(results[1].first?.related.first?.path == "a.txt")
    // Linted alone, each file is consistent.
    #expect(try findings("news-name-variant", a.text).isEmpty)
  }

  @Test func nameVariantWithinArticle() throws {
    let text = "全国总工会兼职副主席张晓兰来到昌平区。现场，张小兰拉着快递人员的手。"
    let ds = try findings("news-name-variant", text)
    let doc = Document(text: text)
    #expect(ds.map { doc.slice($0.range) } == ["张小兰"])
    #expect(ds.first.map { doc.slice($0.related[0].range) } == "张晓兰")
  }

  @Test func titleConflictPointsAtBothTitles() throws {
    let text = "北京市总工会党组书记、副主席张良一行调研。会上，北京市总工会主席张良强调。"
    let doc = Document(text: text)
    let d = try #require(try findings("news-title-conflict", text).first)
    #expect(doc.slice(d.range) == "主席" && doc.lc(d.range.lowerBound) == "1:31")
    #expect(doc.slice(d.related[0].range) == "副主席")
    #expect(d.message.zh == "同一稿件中“张良”的职务前后不一：此处为“主席”，前文为“副主席”")
  }

  @Test func exclusiveConflictOnSeed003() throws {
    let doc = try #require(try Self.seeds().first { $0.path!.contains("003") })
    let ds = try linter(only: "news-exclusive-title-conflict").lint(doc)
    #expect(ds.map { doc.lc($0.range.lowerBound) } == ["29:6"])
    #expect(ds.first.map { doc.slice($0.related[0].range) } == "书记")
    #expect(ds.first.map { doc.lc($0.related[0].range.lowerBound) } == "9:115")
    #expect(ds.first?.message.zh == "“门头沟区委书记”只能一人担任，本文前面已是喻华锋，此处又给了吕晨飞")
  }

  @Test func titleAfterNameFix() throws {
    #expect(try fixed("news-title-after-name", "会上，王强局长指出。") == "会上，局长王强指出。")
    // A title after the name at a later mention is house style.
    #expect(try findings("news-title-after-name", "交通局局长王强出席。会上，王强局长指出。").isEmpty)
  }

  @Test func firstMentionRelatesTheTitledMention() throws {
    let text = "座谈中，石威对职工表示感谢。经开区管委会副主任石威带队走进企业。"
    let doc = Document(text: text)
    let d = try #require(try findings("news-person-first-mention", text).first)
    #expect(doc.slice(d.range) == "石威" && doc.lc(d.range.lowerBound) == "1:5")
    #expect(doc.slice(d.related[0].range) == "石威" && doc.lc(d.related[0].range.lowerBound) == "1:24")
  }

  @Test func registerDates() throws {
    let desk = """
      @rule news-register-title
      @section register
      王建国 | org=海淀区委 | title=书记 | from=2018-01-01 | to=2021-06-30
      王建国 | org=海淀区政协 | title=主席 | from=2021-07-01
      """
    let l = try Self.nameLinter(date: "2023-05-01", extra: [desk])
    let past = Document(text: "近日，海淀区委书记王建国出席活动。")
    let d = try #require(l.lint(past).first { $0.rule == "news-register-title" })
    #expect(past.slice(d.range) == "书记")
    #expect(d.fix?.edits.first?.replacement == "原" && d.fix.map { $0.edits[0].range.isEmpty } == true)
    #expect(Fixer.apply([d.fix!], to: past.text).text == "近日，海淀区委原书记王建国出席活动。")
    #expect(
      try Self.nameLinter(date: "2020-05-01", extra: [desk]).lint(past).filter { $0.rule == "news-register-title" }
        .isEmpty)
    let early = Document(text: "近日，海淀区政协主席王建国出席活动。")
    let e = try #require(
      try Self.nameLinter(date: "2020-05-01", extra: [desk]).lint(early).first { $0.rule == "news-register-title" })
    #expect(e.fix == nil && e.message.zh.contains("尚未就任"))
    // 原 before the organisation is a former title too.
    #expect(l.lint(Document(text: "原海淀区委书记王建国出席活动。")).filter { $0.rule == "news-register-title" }.isEmpty)
  }

  @Test func registerDateFromFrontMatter() throws {
    let text = "---\ntitle: 慰问\ndate: 2023-01-16\n---\n\n北京市总工会党组书记、主席张良一行赴航天一院调研。\n"
    let ds = try findings("news-register-title", text)
    #expect(ds.map(\.message.zh) == ["人名职务库：2023-01-16，张良在北京市总工会的职务是“副主席”，不是“主席”"])
    // Before the register's from date, 张良's title is not yet known to the register: nothing to compare.
    let before = text.replacingOccurrences(of: "2023-01-16", with: "2022-01-16")
    #expect(try findings("news-register-title", before).first?.message.zh.contains("尚未就任") == true)
  }

  @Test func dateOptionIsValidated() throws {
    var c = try Configuration.builtin()
    c.settings["news-register-title"] = RuleSetting(options: .object(["date": .string("2023-1-16")]))
    #expect(throws: RuleConfigurationError.self) { try Linter(configuration: c, only: ["news-register-title"]) }
  }

  @Test func leaderOrderByDate() throws {
    #expect(try fixed("news-leader-order", "李强、习近平出席。", options: #"{"date": "2023-03-05"}"#) == "习近平、李强出席。")
    // Before the 20th Committee the 19th roster applies: 李强 was not on it.
    #expect(try findings("news-leader-order", "李强、习近平出席。", options: #"{"date": "2021-03-05"}"#).isEmpty)
    #expect(!(try findings("news-leader-order", "李克强、习近平出席。", options: #"{"date": "2021-03-05"}"#)).isEmpty)
  }

  @Test func orgAbbrevUseBeforeIntroduction() throws {
    let text = "会上，市人社局表示将出台新政策。北京市人力资源和社会保障局（以下简称“市人社局”）负责人介绍了情况。"
    let doc = Document(text: text)
    let ds = try findings("news-org-abbrev", text)
    #expect(ds.map { doc.slice($0.range) } == ["市人社局"])
    #expect(ds.first.map { doc.lc($0.range.lowerBound) } == "1:4")
  }

  @Test func orgNameVariantRange() throws {
    let text = "近日，海淀区职工服务中心开展慰问。据了解，海淀区职工综合服务中心已服务职工1万人次。"
    let doc = Document(text: text)
    let ds = try findings("news-org-name-variant", text)
    #expect(ds.map { doc.slice($0.range) } == ["海淀区职工综合服务中心"])
    #expect(ds.first.map { doc.slice($0.related[0].range) } == "海淀区职工服务中心")
  }
}
