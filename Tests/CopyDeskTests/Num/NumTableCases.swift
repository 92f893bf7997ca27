/// One row of the number table: a newspaper sentence, the findings of the `num-…` pack on it (`rule⟦flagged text⟧`,
/// rule without its `num-` prefix, in text order) and the text after every fix (safe and unsafe) is applied.
struct NumCase: Sendable, CustomStringConvertible {
  let text: String
  let found: [String]
  let fixed: String

  /// `fixed` defaults to the text itself: nothing to fix, or findings that offer no fix.
  init(_ text: String, _ found: String..., fixed: String? = nil) {
    self.text = text
    self.found = found
    self.fixed = fixed ?? text
  }

  var description: String { text }
}

/// The table, part 1: mixed forms, 万/亿 units, ranges, years, dates, times. Sentences are written in the register of
/// a Beijing union paper and of wire copy; the traps are the catalogue's (house-style.md §B) and the seeds'.
enum NumTable {
  static let part1: [NumCase] = [
    // num-mixed-arabic-chinese
    NumCase("该项目计划投资3千万元，预计明年投产。", "mixed-arabic-chinese⟦3千⟧", fixed: "该项目计划投资3000万元，预计明年投产。"),
    NumCase("全区5百余名职工参加了技能比武。", "mixed-arabic-chinese⟦5百⟧", fixed: "全区500余名职工参加了技能比武。"),
    NumCase("今年新建绿道1.5千公里。", "mixed-arabic-chinese⟦1.5千⟧", fixed: "今年新建绿道1500公里。"),
    NumCase("共有3千多名志愿者在各站点服务。", "mixed-arabic-chinese⟦3千⟧", fixed: "共有3000多名志愿者在各站点服务。"),
    NumCase("全年营业收入达3万5千元。", "mixed-arabic-chinese⟦3万5千⟧"),
    NumCase("这条古道已有2千年历史。", "mixed-arabic-chinese⟦2千⟧", fixed: "这条古道已有2000年历史。"),
    NumCase("当天现场观众超过1百人。", "mixed-arabic-chinese⟦1百⟧", fixed: "当天现场观众超过100人。"),
    NumCase("医院计划新增床位2千张。", "mixed-arabic-chinese⟦2千⟧", fixed: "医院计划新增床位2000张。"),
    NumCase("每块组件重约28千克，总装机10万千瓦。"),
    NumCase("全程3千米，途经一座220千伏变电站。"),
    NumCase("城镇调查失业率比上月下降0.2个百分点。"),
    NumCase("受台风影响，中心气压降至970百帕。"),
    NumCase("本报评选出2023十大科技新闻。"),
    NumCase("电站年发电量1.3亿千瓦时。"),
    NumCase("交警提醒，节日出行千万不要酒驾。"),
    NumCase("投资3000万元，五百余名职工参加。"),
    // num-wan-yi-units
    NumCase("该公司去年盈利50百万美元。", "wan-yi-units⟦50百万⟧", fixed: "该公司去年盈利5000万美元。"),
    NumCase("企业获得贷款8百万元。", "wan-yi-units⟦8百万⟧", fixed: "企业获得贷款800万元。"),
    NumCase("项目总投资3亿4500万元。", "wan-yi-units⟦3亿4500万⟧", fixed: "项目总投资3.45亿元。"),
    NumCase("全年完成投资1亿2000万元。", "wan-yi-units⟦1亿2000万⟧", fixed: "全年完成投资1.2亿元。"),
    NumCase("景区累计接待游客2亿500万人次。", "wan-yi-units⟦2亿500万⟧", fixed: "景区累计接待游客2.05亿人次。"),
    NumCase("全国总人口为14亿1178万人。"),
    NumCase("普查登记的全国总人口为10亿零817万5288人。"),
    NumCase("平台推出“百亿补贴”，他也成了百万富翁。"),
    NumCase("全年完成投资3.45亿元，出口额9.8万亿元。"),
    NumCase("其中男性人口为7亿零527万人。"),
    // num-range-unit-omitted
    NumCase("项目计划投资3～5亿元。", "range-unit-omitted⟦3⟧", fixed: "项目计划投资3亿～5亿元。"),
    NumCase("预计全年增长10—15%。", "range-unit-omitted⟦10⟧", fixed: "预计全年增长10%—15%。"),
    NumCase("每户可获补贴1至2万元。", "range-unit-omitted⟦1⟧", fixed: "每户可获补贴1万至2万元。"),
    NumCase("贷款利率上浮0.5～1.5%。", "range-unit-omitted⟦0.5⟧", fixed: "贷款利率上浮0.5%～1.5%。"),
    NumCase("单个项目资助5—10万元。", "range-unit-omitted⟦5⟧", fixed: "单个项目资助5万—10万元。"),
    NumCase("预计带动就业2到3万人。", "range-unit-omitted⟦2⟧", fixed: "预计带动就业2万到3万人。"),
    NumCase("每箱重100～150kg，夜间气温-36～-8℃。"),
    NumCase("本学期学习第5～8课。"),
    NumCase("存款利率下调2～3个百分点。"),
    NumCase("投资3亿～5亿元，增长10%～15%。"),
    NumCase("每人补贴8000～1.2万元。"),
    NumCase("项目投资500万元—3000万元，降雨量50～80毫米。"),
    // num-year-abbrev
    NumCase("该项目于23年12月开工建设。", "year-abbrev⟦23⟧", fixed: "该项目于2023年12月开工建设。"),
    NumCase("2020—23年，全市新增就业岗位30万个。", "year-abbrev⟦23⟧", fixed: "2020—2023年，全市新增就业岗位30万个。"),
    NumCase("房子03、04年的时候卖得很便宜。", "year-abbrev⟦03、04⟧", fixed: "房子2003、2004年的时候卖得很便宜。"),
    NumCase("截至22年底，累计建成基站3万个。", "year-abbrev⟦22⟧", fixed: "截至2022年底，累计建成基站3万个。"),
    NumCase("会议全面部署09年市直学校德育工作。", "year-abbrev⟦09⟧", fixed: "会议全面部署2009年市直学校德育工作。"),
    NumCase("从19年上半年开始，订单持续增长。", "year-abbrev⟦19⟧", fixed: "从2019年上半年开始，订单持续增长。"),
    NumCase("1998—02年，他在县里当教师。", "year-abbrev⟦02⟧", fixed: "1998—2002年，他在县里当教师。"),
    NumCase("他从事职工维权工作18年。"),
    NumCase("80后、00后职工已成为企业主力。"),
    NumCase("上世纪80年代的老厂房焕发新生。"),
    NumCase("2022/23赛季，北京队打进季后赛。"),
    NumCase("他笑着说：“我们03年就来了。”"),
    NumCase("建校98年来，学校培养了5万名毕业生。"),
    NumCase("他服刑23年6个月后出狱。"),
    NumCase("他坚守23年初心不改。"),
    NumCase("打破了32年来逢韩不胜的纪录。"),
    // num-date-form
    NumCase("二〇二三年12月29日，新馆正式开放。", "date-form⟦二〇二三年12月29⟧", fixed: "2023年12月29日，新馆正式开放。"),
    NumCase("展览将持续到二○二四年年底。", "date-form⟦二○二四⟧", fixed: "展览将持续到二〇二四年年底。"),
    NumCase("二零二四年是新中国成立75周年。", "date-form⟦二零二四⟧", fixed: "二〇二四年是新中国成立75周年。"),
    NumCase("二O二四年三月，工程全面完工。", "date-form⟦二O二四⟧", fixed: "二〇二四年三月，工程全面完工。"),
    NumCase("会议确定二0二三年为“质量年”。", "date-form⟦二0二三⟧", fixed: "会议确定二〇二三年为“质量年”。"),
    NumCase("活动定于12月29号举行。", "date-form⟦号⟧", fixed: "活动定于12月29日举行。"),
    NumCase("新规自2024年5月二十日起施行。", "date-form⟦2024年5月二十⟧", fixed: "新规自2024年5月20日起施行。"),
    NumCase("一九九七年7月1日，香港回归祖国。", "date-form⟦一九九七年7月1⟧", fixed: "1997年7月1日，香港回归祖国。"),
    NumCase("运动会将于10月一日开幕。", "date-form⟦10月一⟧", fixed: "运动会将于10月1日开幕。"),
    NumCase("2024年腊月二十三，家家户户祭灶。"),
    NumCase("正月初五迎财神，农历二月二龙抬头。"),
    NumCase("全年产值三千零五十二万元。"),
    NumCase("乘坐地铁1号线，到5号楼办理。"),
    NumCase("他说：“我12月29号就到北京了。”"),
    NumCase("二〇二三年十二月二十九日，一九四九年十月一日。"),
    NumCase("今年5月1号线南延段开通。"),
    NumCase("2023年五月天演唱会在鸟巢举行。"),
    // num-time-format
    NumCase("会议于上午9：30开始。", "time-format⟦9：30⟧", fixed: "会议于上午9:30开始。"),
    NumCase("开放时间为9：00—17：00。", "time-format⟦9：00⟧", "time-format⟦17：00⟧", fixed: "开放时间为9:00—17:00。"),
    NumCase("中国队以3：0的比分战胜对手。", "time-format⟦3：0⟧", fixed: "中国队以3∶0的比分战胜对手。"),
    NumCase("主队最终以3:1战胜客队。"),
    NumCase("当晚19∶35，比赛正式开始。", "time-format⟦19∶35⟧", fixed: "当晚19:35，比赛正式开始。"),
    NumCase("北京时间14：12：36，飞船成功对接。", "time-format⟦14：12：36⟧", fixed: "北京时间14:12:36，飞船成功对接。"),
    NumCase("双方比分为25：21、22：25。", "time-format⟦25：21⟧", "time-format⟦22：25⟧", fixed: "双方比分为25∶21、22∶25。"),
    NumCase("展演于12月29日10:00播出。"),
    NumCase("北京队主场3∶1击败上海队。"),
    NumCase("展馆按1∶500比例制作沙盘。"),
    NumCase("附件1：2024年度工作计划"),
    NumCase("比分分别为25∶21、22∶25、25∶19。"),
    NumCase("时间：10:00，地点：市总工会。"),
  ]
}
