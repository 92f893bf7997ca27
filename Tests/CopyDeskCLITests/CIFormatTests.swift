import CopyDesk
import Foundation
import Testing

@testable import CopyDeskCLI

/// GitHub annotations, reviewdog rdjson and JUnit: exact output for hand-made findings.
@Suite struct CIFormatTests {
  typealias S = IntegrationSupport

  // MARK: GitHub workflow commands

  @Test func githubEscapesMessageData() {
    #expect(GitHubFormatter.escapeData("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b")
    #expect(GitHubFormatter.escapeData("无需转义：，") == "无需转义：，")
  }

  @Test func githubEscapesPropertiesIncludingColonAndComma() {
    #expect(GitHubFormatter.escapeProperty("a:b,c%d\r\ne") == "a%3Ab%2Cc%25d%0D%0Ae")
    // Full-width ： and ， are not the separators and stay as they are.
    #expect(GitHubFormatter.escapeProperty("稿件：一，二.txt") == "稿件：一，二.txt")
  }

  @Test func githubLinesUseScalarColumnsAndMapSeverities() {
    let text = "𠮷会议召开,共有.\n第二行 中文\n"
    let r = S.report(
      text, path: "./drafts/a,b:c.txt",
      [
        S.finding("punct-x", on: ",", in: text, zh: "100% done\nnext: a,b"),
        S.finding("punct-y", on: ".", in: text, severity: .warning, zh: "句号"),
        S.finding("space-z", on: " ", in: text, severity: .info, zh: "空格"),
      ])
    #expect(
      GitHubFormatter.format([r], language: .zh) == """
        ::error file=drafts/a%2Cb%3Ac.txt,line=1,col=6,endLine=1,endColumn=7,title=punct-x::100%25 done%0Anext: a,b
        ::warning file=drafts/a%2Cb%3Ac.txt,line=1,col=9,endLine=1,endColumn=10,title=punct-y::句号
        ::notice file=drafts/a%2Cb%3Ac.txt,line=2,col=4,endLine=2,endColumn=5,title=space-z::空格

        """)
  }

  @Test func githubUsesTheRequestedLanguage() {
    let text = "中文,中文\n"
    let r = S.report(text, path: "a.txt", [S.finding("r", on: ",", in: text, zh: "中", en: "use ，, not ,")])
    #expect(
      GitHubFormatter.format([r], language: .en)
        == "::error file=a.txt,line=1,col=3,endLine=1,endColumn=4,title=r::use ，, not ,\n")
  }

  // MARK: reviewdog

  @Test func rdjsonCountsColumnsInUTF8BytesWithSuggestions() {
    let text = "𠮷会,\n"
    let r = S.report(text, path: "./a.txt", [S.finding("punct-x", on: ",", in: text, zh: "用全角逗号", fix: "，")])
    #expect(
      RDJSONFormatter.format([r], language: .zh) == """
        {"diagnostics":[{"code":{"value":"punct-x"},"location":{"path":"a.txt","range":{"end":{"column":9,"line":1},\
        "start":{"column":8,"line":1}}},"message":"用全角逗号","severity":"ERROR","suggestions":[{"range":{"end":\
        {"column":9,"line":1},"start":{"column":8,"line":1}},"text":"，"}]}],"source":{"name":"copydesk"}}

        """)
  }

  @Test func rdjsonMergesAMultiEditFixIntoOneSuggestion() {
    let text = "他说(好)。\n"
    let open = S.byteRange(of: "(", in: text)
    let close = S.byteRange(of: ")", in: text)
    let d = Diagnostic(
      rule: "punct-pair", severity: .warning, message: Message(zh: "括号", en: "brackets"),
      range: open.lowerBound..<close.upperBound,
      fix: Fix(.unsafe, edits: [TextEdit(range: close, replacement: "）"), TextEdit(range: open, replacement: "（")]))
    let r = S.report(text, path: "b.md", [d])
    #expect(
      RDJSONFormatter.format([r], language: .en) == """
        {"diagnostics":[{"code":{"value":"punct-pair"},"location":{"path":"b.md","range":{"end":{"column":12,"line":1},\
        "start":{"column":7,"line":1}}},"message":"brackets","severity":"WARNING","suggestions":[{"range":{"end":\
        {"column":12,"line":1},"start":{"column":7,"line":1}},"text":"（好）"}]}],"source":{"name":"copydesk"}}

        """)
  }

  @Test func rdjsonWithoutFindingsIsAnEmptyResult() {
    let r = S.report("干净的稿子。\n", path: "c.txt", [])
    #expect(RDJSONFormatter.format([r], language: .zh) == "{\"diagnostics\":[],\"source\":{\"name\":\"copydesk\"}}\n")
  }

  // MARK: JUnit

  @Test func junitHasOneSuitePerFileAndFailsAtFailOn() {
    let bad = "𠮷会议召开,共有.\n"
    let reports = [
      S.report("干净的稿子。\n", path: "./clean.txt", []),
      S.report(
        bad, path: "drafts/<bad>&.txt",
        [
          S.finding("punct-x", on: ",", in: bad, zh: "用“，”<不用>',' & \"半角\""),
          S.finding("punct-y", on: ".", in: bad, severity: .warning, zh: "句号"),
        ]),
    ]
    #expect(
      JUnitFormatter.format(reports, language: .zh, failOn: .error) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="copydesk" tests="3" failures="1" errors="0">
          <testsuite name="clean.txt" tests="1" failures="0" errors="0" skipped="0">
            <testcase classname="clean.txt" name="copydesk" file="clean.txt"/>
          </testsuite>
          <testsuite name="drafts/&lt;bad&gt;&amp;.txt" tests="2" failures="1" errors="0" skipped="0">
            <testcase classname="drafts/&lt;bad&gt;&amp;.txt" name="punct-x at 1:6" file="drafts/&lt;bad&gt;&amp;.txt" line="1">
              <failure type="punct-x" message="用“，”&lt;不用&gt;&apos;,&apos; &amp; &quot;半角&quot;">drafts/&lt;bad&gt;&amp;.txt:1:6: \
        error[punct-x] 用“，”&lt;不用&gt;&apos;,&apos; &amp; &quot;半角&quot;</failure>
            </testcase>
            <testcase classname="drafts/&lt;bad&gt;&amp;.txt" name="punct-y at 1:9" file="drafts/&lt;bad&gt;&amp;.txt" line="1">
              <system-out>drafts/&lt;bad&gt;&amp;.txt:1:9: warning[punct-y] 句号</system-out>
            </testcase>
          </testsuite>
        </testsuites>

        """)
  }

  @Test func junitWarningFailsWhenFailOnIsWarning() {
    let text = "中文.\n"
    let r = S.report(text, path: "a.txt", [S.finding("punct-y", on: ".", in: text, severity: .warning, zh: "句号")])
    let xml = JUnitFormatter.format([r], language: .zh, failOn: .warning)
    #expect(xml.contains("<testsuites name=\"copydesk\" tests=\"1\" failures=\"1\" errors=\"0\">"))
    #expect(xml.contains("<failure type=\"punct-y\" message=\"句号\">a.txt:1:3: warning[punct-y] 句号</failure>"))
  }

  @Test func junitDropsCharactersXMLForbids() {
    #expect(JUnitFormatter.escape("a\u{01}b\u{1B}c\td") == "abc\td")
  }
}
