import CopyDesk
import Testing

@Suite struct MarkdownStructureTests {
  let page = """
    ---
    title: 稿件,草稿
    date: 2024-01-16
    ---
    # 标题

    本报讯（记者 张晶）会议于昨日召开,详见[链接](https://a.cn/x,y)。

    ```
    代码,不查
    ```

    正文写`a,b`，注释<!-- 备注,不查 -->结束。
    """

  @Test func onlyProseIsChecked() throws {
    let d = Document(text: page, path: "a.md")
    let found = try findings("punct-halfwidth-in-cjk", page, path: "a.md")
    #expect(found.map { d.slice($0.range) } == [","])
    #expect(d.position(ofOffset: found[0].range.lowerBound).line == 7)
    #expect(d.blocks.map(\.kind) == [.frontMatter, .headline, .lead, .code, .body])
  }
}

@Suite struct SeedSegmentationTests {
  func page(_ prefix: String) throws -> Document {
    let p = try #require(try seedPages().first { $0.name.hasPrefix(prefix) })
    return Document(text: p.text, path: p.name)
  }

  @Test func page000ArticlesBylinesCredits() throws {
    let d = try page("000")
    let bylines = d.blocks.compactMap(\.bylineRange).map { d.slice($0) }
    #expect(bylines == ["本报讯（记者 张晶）", "本报讯（记者 白莹）", "本报讯（记者 赵思远）", "本报讯（记者 王路曼）", "本报讯（记者 余翠平）", "本报讯（记者 刘欣欣）"])
    let credits = d.blocks.filter { $0.kind == .credit }.map { d.slice($0.range) }
    #expect(credits == ["本报记者 于佳 摄", "赵思远 摄"])
    #expect(d.articles.count == 6)
    // A fragment left by a column break is body copy, not a headline.
    let fragment = try #require(d.blocks.first { d.slice($0.range) == "随后，全国总工会一行到达" })
    #expect(fragment.kind == .body)
    let headline = try #require(d.blocks.first { d.slice($0.range) == "全国总工会赴回天地区开展送温暖调研慰问活动" })
    #expect(headline.kind == .headline)
  }

  @Test func page002BylineAcrossALineBreakAndCaptionCredit() throws {
    let d = try page("002")
    let bylines = d.blocks.compactMap(\.bylineRange).map { d.slice($0) }
    #expect(bylines.contains("本报讯 （记者 崔欣 通讯员\n宋雅欣）"))
    let creditSpans = d.blocks.compactMap(\.creditRange).map { d.slice($0) }
    #expect(creditSpans.contains("孙妍 摄"))
  }
}

/// Short last lines shaped like a credit or an end mark (`（完）`, `于佳摄`, `李四发`, `图为他`) crashed the segmenter:
/// the credit test sliced at a negative index when the line was shorter than the ending it looked for.
@Suite struct ShortCreditLikeLineTests {
  static let page = "标题\n\n本报讯（记者 张晶）近日，有关部门发布了一组数据。\n\n"

  @Test(arguments: ["（完）", "于佳摄", "李四发", "图为他", "摄", "（图）", "于 摄"])
  func shortLineIsNotACreditAndThePageLintsClean(line: String) throws {
    let text = Self.page + line + "\n"
    let doc = Document(text: text)
    #expect(!doc.blocks.contains { $0.kind == .credit })
    let all = try Linter(configuration: try Configuration.builtin()).lint(doc)
    #expect(all.map(\.rule) == [])
  }

  /// The fix turns `（完)` into `（完）`, the shape that crashed: `fix` must finish with the end mark fixed.
  @Test func fixThatCreatesAnEndMarkCompletes() throws {
    let text = Self.page + "（完)\n"
    let linter = try Linter(configuration: try Configuration.builtin())
    #expect(linter.lint(Document(text: text)).map(\.rule) == ["punct-halfwidth-in-cjk"])
    let result = Fixer.fix(text: text, path: nil, format: nil, linter: linter, includeUnsafe: false)
    #expect(result.text == Self.page + "（完）\n")
    #expect(linter.lint(Document(text: result.text)).isEmpty)
  }
}
