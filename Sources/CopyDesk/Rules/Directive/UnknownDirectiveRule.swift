/// `directive-unknown-rule`: an unknown rule id in a `copydesk-disable` directive is itself a finding — the
/// suppression does nothing while the editor believes it does.
public struct UnknownDirectiveRule: StatelessRule {
  public static let description = RuleDescription(
    id: "directive-unknown-rule",
    summary: Message(zh: "抑制指令中的规则名不存在", en: "Unknown rule id in a suppression directive"),
    rationale: Message(
      zh: "拼错的规则名使抑制指令失效，检查结果照常报出，编辑却以为已经抑制。",
      en: "A misspelt rule id makes the directive suppress nothing, while the editor believes it does."),
    clause: "copydesk directives",
    defaultSeverity: .warning, fix: .none,
    triggering: [
      Example("<!-- copydesk-disable-next-line space-cjkk -- 标语 -->\n奋进 新时代"),
      Example("<!-- copydesk-disable punct-halfwidth-in-cjk,space-cjc -- 引用网页原文 -->\n原文,照录"),
    ],
    nonTriggering: [
      Example("<!-- copydesk-disable-next-line space-cjk -- 标语 -->\n奋进 新时代"),
      Example("<!-- copydesk-disable -- 引用网页原文 -->\n原文,照录\n<!-- copydesk-enable -->"),
      Example("<!-- copydesk-disable punct-halfwidth-in-cjk,space-cjk -- 引用网页原文 -->\n原文,照录"),
      Example("<!-- 编者按：space-cjkk 不是指令 -->\n奋进新时代"),
    ])

  public func check(_ document: Document, into sink: inout DiagnosticSink) {
    for d in document.directives.items {
      for (id, r) in zip(d.rules, d.ruleRanges) where RuleRegistry.description(of: id) == nil {
        sink.report(r, Message(zh: "指令中的规则“\(id)”不存在", en: "unknown rule '\(id)' in directive"))
      }
    }
  }
}
