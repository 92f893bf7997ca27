/// Word-list rules whose entries live in `rules/word/*.txt`. Each type only names itself and its defaults; the
/// matching is `WordList`'s. Text in 《…》 titles is never checked; quotations are exempt unless the rule says so.

/// `word-typo`: non-words from the curated list (布署 → 部署, 再接再励 → 再接再厉).
public struct TypoRule: WordListRule {
  public static let description = RuleDescription(
    id: "word-typo",
    summary: Message(zh: "错别字", en: "Misspelt word"),
    rationale: Message(
      zh: "列表中的写法不是现代汉语的词（布署、再接再励、迫不急待），改为正确写法不会改变意思。公开错字表中的“渡过难关”“青睐有加”“既使”并非错误，不收录。引文和书名号内不检查。",
      en:
        "The listed spellings are not words of modern Chinese (布署, 再接再励, 迫不急待); the correction cannot change the meaning. 渡过难关, 青睐有加 and 既使, which some public lists flag, are correct and not listed. Quotations and titles are not checked."
    ),
    clause: "house-style D word-typo, §5 curated list",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("各项工作已布署到位。", fixed: "各项工作已部署到位。"),
      Example("希望大家再接再励，再创佳绩。", fixed: "希望大家再接再厉，再创佳绩。"),
      Example("大家迫不急待地走进会场。", fixed: "大家迫不及待地走进会场。"),
    ],
    nonTriggering: [
      Example("企业携手渡过难关。"),
      Example("投资者对该板块青睐有加。"),
      Example("既使企业受益，又使职工得实惠。"),
      Example("鼓励大家在新的一年里，再接再厉，勇攀高峰。"),
      Example("这座落成不久的大楼按排名顺序入选。"),
    ],
    // The curated list is sure where the lexicon's model guesses: one finding, the list's.
    supersedes: ["word-nonword-typo"])

  static let label = Message(zh: "错别字", en: "misspelling")
  let list: WordList
}

/// `word-confusable`: pairs that depend on context (截止到+date → 截至, 做出+决定 → 作出, 其它 → 其他).
public struct ConfusableRule: WordListRule {
  public static let description = RuleDescription(
    id: "word-confusable",
    summary: Message(zh: "易混词", en: "Confusable word"),
    rationale: Message(
      zh:
        "易混词只在列出的语境中提示：截止到加日期应为“截至”，“做出”用于决定、贡献、部署等抽象事物时写“作出”（人民日报、新华社用法），“其它”统一为“其他”，“惟一”“帐户”“好象”改为“唯一”“账户”“好像”。修改需编辑确认。",
      en:
        "Confusables are flagged only in the listed contexts: 截止到 before a date is 截至, 做出 before an abstract object (决定, 贡献, 部署) is 作出 (People's Daily/Xinhua practice), 其它 is 其他 in house style, 惟一/帐户/好象 are 唯一/账户/好像. The fix needs an editor's confirmation."
    ),
    clause: "house-style D word-confusable",
    defaultSeverity: .warning, fix: .unsafe,
    triggering: [
      Example("截止到2010年，全市共有职工书屋500家。", fixed: "截至2010年，全市共有职工书屋500家。"),
      Example("相比起其它留学国家，费用较低。", fixed: "相比起其他留学国家，费用较低。"),
      Example("为航天事业做出重要贡献。", fixed: "为航天事业作出重要贡献。"),
      Example("这是惟一的办法，请核对银行帐户。", fixed: "这是唯一的办法，请核对银行账户。"),
    ],
    nonTriggering: [
      Example("报名截止日期为1月16日，报名于1月16日截止。"),
      Example("公司其它业务收入增长。"),
      Example("企业携手渡过难关，共商国是。"),
      Example("她做出一桌好菜，营地里搭起了帐篷。"),
      Example("他说：“大家在冬奥保障等方面做出了重要贡献。”"),
    ])

  static let label = Message(zh: "易混词", en: "confusable")
  let list: WordList
}

/// `word-redundancy`: semantic redundancy (凯旋归来, 亲眼目睹, 约…左右, 超过…以上, 春节佳节).
public struct RedundancyRule: WordListRule {
  public static let description = RuleDescription(
    id: "word-redundancy",
    summary: Message(zh: "语义重复", en: "Redundant wording"),
    rationale: Message(
      zh: "“凯旋”已含归来之意，“目睹”即亲眼看到，“约”与“左右”、“超过”与“以上”都表示概数，连用重复。“春节佳节”中“佳节”即春节。",
      en:
        "凯旋 already means returning in triumph, 目睹 means seeing with one's own eyes; 约…左右 and 超过…以上 hedge twice; in 春节佳节 the 佳节 is the 春节."
    ),
    clause: "house-style D word-redundancy; B num-approx-precision-conflict",
    defaultSeverity: .warning, fix: .unsafe,
    triggering: [
      Example("运动员凯旋归来。", fixed: "运动员凯旋。"),
      Example("约有300人左右参加活动。"),
      Example("超过500人以上参加。"),
      Example("在春节佳节即将来临之际，送上慰问。", fixed: "在春节即将来临之际，送上慰问。"),
    ],
    nonTriggering: [
      Example("运动员凯旋，约有300人参加欢迎仪式。"),
      Example("活动持续了两个小时左右。"),
      Example("新春佳节即将来临。"),
      Example("每年可节约300吨左右，双方签约3年左右。"),
      Example("超过500人参加，其中一半以上是青年。"),
    ])

  static let label = Message(zh: "语义重复", en: "redundant")
  let list: WordList
}

/// `word-variant-standard`: 异形词 → the recommended form (身分证 → 身份证, 图象 → 图像).
public struct VariantStandardRule: WordListRule {
  public static let description = RuleDescription(
    id: "word-variant-standard",
    summary: Message(zh: "异形词应使用推荐词形", en: "Non-recommended variant form"),
    rationale: Message(
      zh: "《第一批异形词整理表》（GF 1001—2001）和《现代汉语词典》为异形词规定了推荐词形，出版物应使用推荐词形。保留“惟”的成语（惟妙惟肖）和词典两存的“交待”不改。",
      en:
        "The First Batch of Variant Words (GF 1001—2001) and the Contemporary Chinese Dictionary give a recommended form for each variant; print copy uses it. Idioms keeping 惟 (惟妙惟肖) and 交待, which the dictionary keeps, are left alone."
    ),
    clause: "GF 1001—2001《第一批异形词整理表》; house-style D word-variant-standard",
    defaultSeverity: .info, fix: .safe,
    triggering: [
      Example("请携带身分证办理。", fixed: "请携带身份证办理。"),
      Example("监控图象清晰，孩子们的想像力丰富。", fixed: "监控图像清晰，孩子们的想象力丰富。"),
      Example("这种材料的成份复杂。", fixed: "这种材料的成分复杂。"),
    ],
    nonTriggering: [
      Example("他的表演惟妙惟肖。"),
      Example("请把情况交待清楚。"),
      Example("本身分为两个部分。"),
      Example("财政一笔划拨资金到位，超过份额的部分退回。"),
      // 记念 is listed, but here it straddles 总书记|念兹在兹: a list entry never fires across a word boundary.
      Example("总书记念兹在兹的是人民群众的安危冷暖。"),
    ])

  static let label = Message(zh: "异形词", en: "variant form")
  let list: WordList
}
