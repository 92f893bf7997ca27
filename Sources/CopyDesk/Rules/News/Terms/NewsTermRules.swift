/// The Xinhua banned/caution lists and the fixed title forms as data (`rules/news/*.txt`). Quotations are exempt
/// (Xinhua: a necessary expression is quoted), titles in 《…》 are never checked.

/// `news-banned-term`: expressions the Xinhua list bans (残废人, 北朝鲜, 黑非洲…).
public struct BannedTermRule: WordListRule {
  public static let description = RuleDescription(
    id: "news-banned-term",
    summary: Message(zh: "新闻报道禁用词", en: "Banned expression (Xinhua list)"),
    rationale: Message(
      zh: "新华社《新闻信息报道中的禁用词和慎用词》列出的禁用表述：歧视性称谓（残废人、瞎子）、错误国名（北朝鲜）、医疗绝对化用语等。照录原话时须加引号，引号内不检查。",
      en:
        "Expressions banned by Xinhua's list of banned and cautioned words: slurs (残废人, 瞎子), wrong country names (北朝鲜), absolute medical claims. Verbatim quotations must be quoted, and quoted text is not checked."
    ),
    clause: "新华社《新闻信息报道中的禁用词和慎用词》(2016); house-style §4",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("这名残废人得到了帮助。", fixed: "这名残疾人得到了帮助。"),
      Example("北朝鲜宣布了消息。", fixed: "朝鲜宣布了消息。"),
      Example("该药药到病除。"),
    ],
    nonTriggering: [
      Example("这名残疾人得到了帮助。"),
      Example("朝鲜民主主义人民共和国宣布了消息。"),
      Example("他在回忆录中写道：“那时候南朝鲜的电影很流行。”"),
      Example("防止教学内容弱智化。"),
    ])

  static let label = Message(zh: "禁用词", en: "banned")
  let list: WordList
}

/// `news-caution-term`: expressions to use with care (亲自 for officials, 隆重召开, 罪犯 before a verdict…).
public struct CautionTermRule: WordListRule {
  public static let description = RuleDescription(
    id: "news-caution-term",
    summary: Message(zh: "新闻报道慎用词", en: "Expression to use with care (Xinhua list)"),
    rationale: Message(
      zh: "新华社列为慎用的表述只在特定语境中不当：报道官员活动时的“亲自”，一般会议的“隆重召开”，判决前的“罪犯”，对演员的“影帝”“天王”等。每条只在其语境出现时提示。",
      en:
        "Cautioned expressions are wrong only in some contexts: 亲自 for officials, 隆重召开 for ordinary meetings, 罪犯 before a verdict, 影帝/天王 for actors. Each entry fires only in its context."
    ),
    clause: "新华社《新闻信息报道中的禁用词和慎用词》(2016); house-style C news-caution-term",
    defaultSeverity: .warning, fix: .none,
    triggering: [
      Example("局长亲自到现场指导。"),
      Example("区总工会第三次代表大会隆重召开。"),
      Example("犯罪嫌疑人张某已被刑事拘留，该罪犯曾多次作案。"),
    ],
    nonTriggering: [
      Example("她亲自下厨，为职工包饺子。"),
      Example("习近平总书记亲自谋划、亲自部署、亲自推动。"),
      Example("该罪犯被判处有期徒刑三年。"),
      Example("天王星是太阳系第七颗行星。"),
      Example("大学生村官扎根基层。"),
    ])

  static let label = Message(zh: "慎用词", en: "use with care")
  let list: WordList
}

/// `news-sovereignty-term`: territory and Hong Kong/Macao/Taiwan wording (中港 → 内地与香港, unquoted 台独…).
public struct SovereigntyTermRule: WordListRule {
  public static let description = RuleDescription(
    id: "news-sovereignty-term",
    summary: Message(zh: "涉及领土主权和港澳台的表述", en: "Territory / Hong Kong, Macao, Taiwan wording"),
    rationale: Message(
      zh: "涉及领土主权和港澳台的表述按新华社规定：台湾机构名称加引号（台湾“立法院”），“台独”加引号，不用“中港”“两岸三地”，“一带一路”是倡议而非战略，写“苏联”不写“前苏联”，钓鱼岛、南沙群岛不用外国名称。",
      en:
        "Xinhua's rules for territory and HK/Macao/Taiwan: Taiwanese institutions in quotes (台湾“立法院”), “台独” in quotes, no 中港 or 两岸三地, the Belt and Road is an initiative (倡议) not a strategy, 苏联 not 前苏联, Chinese names for 钓鱼岛 and 南沙群岛."
    ),
    clause: "新华社《新闻信息报道中的禁用词和慎用词》(2016) 领土主权·港澳台; house-style C news-sovereignty-term",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("台湾立法院通过了法案。", fixed: "台湾“立法院”通过了法案。"),
      Example("坚决反对台独分裂活动。", fixed: "坚决反对“台独”分裂活动。"),
      Example("共建“一带一路”战略取得成效。", fixed: "共建“一带一路”倡议取得成效。"),
      Example("中港两地经贸往来密切。"),
    ],
    nonTriggering: [
      Example("坚决反对“台独”分裂活动。"),
      Example("台湾“立法院”通过了法案。"),
      Example("中华民国时期的建筑保存完好。"),
      Example("他在《解放前后》一书中写道。"),
    ])

  static let label = Message(zh: "涉及主权和港澳台的表述", en: "sovereignty wording")
  let list: WordList
}

/// `news-ethnic-religion-term`: ethnic and religious wording (维族 → 维吾尔族, 穆斯林国家 → 伊斯兰国家).
public struct EthnicReligionTermRule: WordListRule {
  public static let description = RuleDescription(
    id: "news-ethnic-religion-term",
    summary: Message(zh: "涉及民族宗教的表述", en: "Ethnic / religious wording"),
    rationale: Message(
      zh: "民族名称不用简称（维族、蒙族），支系称“某某人”不称“族”（摩梭人），“穆斯林”不是国家或民族，写“伊斯兰国家”；不用侮辱性称谓。照录原话加引号，引号内不检查；“蒙文”可用。",
      en:
        "Ethnic names are not abbreviated (维族, 蒙族), branches are 某某人 not 族 (摩梭人), 穆斯林 is not a nation (伊斯兰国家); no slurs. Verbatim quotations are quoted and not checked; 蒙文 is acceptable."
    ),
    clause: "新华社《新闻信息报道中的禁用词和慎用词》(2016) 民族宗教; house-style C news-ethnic-religion-term",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("维族群众载歌载舞。", fixed: "维吾尔族群众载歌载舞。"),
      Example("多个穆斯林国家代表出席。", fixed: "多个伊斯兰国家代表出席。"),
      Example("蒙族同胞欢度那达慕。", fixed: "蒙古族同胞欢度那达慕。"),
    ],
    nonTriggering: [
      Example("维吾尔族群众载歌载舞。"),
      Example("他精通蒙文和藏文。"),
      Example("每回回家都很开心。"),
      Example("他说：“我们维族人热情好客。”"),
    ])

  static let label = Message(zh: "涉及民族宗教的表述", en: "ethnic/religious wording")
  let list: WordList
}

/// `news-official-title-form`: fixed wrong forms of titles, organs and sessions (中共北京市市委书记 → 中共北京市委书记).
public struct OfficialTitleFormRule: WordListRule {
  public static let description = RuleDescription(
    id: "news-official-title-form",
    summary: Message(zh: "职务、机构、会议届次写法错误", en: "Wrong form of a title, organ or session"),
    rationale: Message(
      zh: "党政职务和会议届次有固定写法：中共北京市委书记（不写“市市委”），全国人大常委会副委员长，检察长，审计长，十四届全国人大三次会议，全国政协十四届三次会议，党外人士。",
      en:
        "Party and state titles and session names have fixed forms: 中共北京市委书记 (not 市市委), 全国人大常委会副委员长, 检察长, 审计长, 十四届全国人大三次会议, 全国政协十四届三次会议, 党外人士."
    ),
    clause: "新华社《新闻信息报道中的禁用词和慎用词》(2016) 法律; house-style C news-official-title-form",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("中共北京市市委书记出席会议。", fixed: "中共北京市委书记出席会议。"),
      Example("全国人大副委员长出席活动。", fixed: "全国人大常委会副委员长出席活动。"),
      Example("该市人民检察院院长作报告。", fixed: "该市人民检察院检察长作报告。"),
      Example("十四届全国政协三次会议开幕。", fixed: "全国政协十四届三次会议开幕。"),
    ],
    nonTriggering: [
      Example("北京市市长出席会议。"),
      Example("十四届全国政协委员出席会议。"),
      Example("农村长期存在的问题得到解决，该村长效机制已建立。"),
      Example("密云区人大常委会副主任、区总工会主席赵秦岭带队。"),
      Example("村民说：“村长带领大家修了路。”"),
    ])

  static let label = Message(zh: "职务、机构名称", en: "title form")
  let list: WordList
}
