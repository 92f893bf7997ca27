// Generated from rules/ by `COPYDESK_RECORD=1 swift test --filter GeneratedFilesTests`. Do not edit.
// The binary embeds the default rule data so that it works from any directory with no files beside it.
public enum EmbeddedRules {
  public static let files: [(name: String, content: String)] = [
    (
      "profiles/newspaper.json",
      ####"""
// The default house profile: mainland print newspaper copy (GB/T 15834, GB/T 15835, Xinhua norms).
// No space between Chinese and digits/Latin; bylines `本报讯（记者 张晶）`; credits `本报记者 于佳 摄`.
{
  "description": "Mainland print newspaper (default)",
  "rules": {
    "punct-halfwidth-in-cjk": "error",
    "script-stray-ascii": "warning",
    "space-cjk": "error",
    "punct-space-around-fullwidth": "error",
    "punct-range-connector": {"options": {"connector": "—"}},
    "space-cjk-latin": {"severity": "warning", "options": {"mode": "forbid"}}
  }
}

"""####
    ),
    (
      "profiles/web.json",
      ####"""
// Web copy: as the newspaper profile, but a space is required between Chinese and digits/Latin
// (the copywriting-guidelines convention), so the space rules that forbid it are relaxed.
{
  "description": "Web copy: spaces between Chinese and Latin/digits",
  "rules": {
    "punct-halfwidth-in-cjk": "error",
    "script-stray-ascii": "warning",
    "space-cjk": "error",
    "punct-space-around-fullwidth": "error",
    "punct-range-connector": {"options": {"connector": "—"}},
    "space-cjk-latin": {"severity": "warning", "options": {"mode": "require"}}
  }
}

"""####
    ),
    (
      "punctuation/law-names.txt",
      ####"""
# Full names of laws and national regulations that take 《》 when cited (punct-book-title-missing).
# GB/T 15834—2011 §4.15: titles of documents, including laws, are marked with 书名号. A full name written bare
# (`中华人民共和国退役军人保障法知识竞赛`) is flagged with an unsafe fix that adds the marks; short names (`劳动法`)
# are left alone (Xinhua style cites short names without 《》), and so are names already inside 《》 or 〈〉.
# One full name per line, exactly as it is written. A desk can add its own file with `data.add`.
@rule punct-book-title-missing

@section laws
中华人民共和国宪法
中华人民共和国民法典
中华人民共和国刑法
中华人民共和国劳动法
中华人民共和国劳动合同法
中华人民共和国工会法
中华人民共和国安全生产法
中华人民共和国职业病防治法
中华人民共和国社会保险法
中华人民共和国就业促进法
中华人民共和国劳动争议调解仲裁法
中华人民共和国妇女权益保障法
中华人民共和国未成年人保护法
中华人民共和国预防未成年人犯罪法
中华人民共和国老年人权益保障法
中华人民共和国残疾人保障法
中华人民共和国退役军人保障法
中华人民共和国军人地位和权益保障法
中华人民共和国兵役法
中华人民共和国国防法
中华人民共和国国防教育法
中华人民共和国国家安全法
中华人民共和国反恐怖主义法
中华人民共和国反间谍法
中华人民共和国国家情报法
中华人民共和国网络安全法
中华人民共和国数据安全法
中华人民共和国个人信息保护法
中华人民共和国密码法
中华人民共和国电子商务法
中华人民共和国消费者权益保护法
中华人民共和国产品质量法
中华人民共和国食品安全法
中华人民共和国农产品质量安全法
中华人民共和国药品管理法
中华人民共和国疫苗管理法
中华人民共和国基本医疗卫生与健康促进法
中华人民共和国传染病防治法
中华人民共和国突发事件应对法
中华人民共和国精神卫生法
中华人民共和国中医药法
中华人民共和国医师法
中华人民共和国献血法
中华人民共和国人口与计划生育法
中华人民共和国母婴保健法
中华人民共和国环境保护法
中华人民共和国大气污染防治法
中华人民共和国水污染防治法
中华人民共和国土壤污染防治法
中华人民共和国固体废物污染环境防治法
中华人民共和国噪声污染防治法
中华人民共和国海洋环境保护法
中华人民共和国长江保护法
中华人民共和国黄河保护法
中华人民共和国湿地保护法
中华人民共和国黑土地保护法
中华人民共和国青藏高原生态保护法
中华人民共和国森林法
中华人民共和国草原法
中华人民共和国水法
中华人民共和国防洪法
中华人民共和国水土保持法
中华人民共和国土地管理法
中华人民共和国城乡规划法
中华人民共和国城市房地产管理法
中华人民共和国建筑法
中华人民共和国道路交通安全法
中华人民共和国民事诉讼法
中华人民共和国刑事诉讼法
中华人民共和国行政诉讼法
中华人民共和国行政处罚法
中华人民共和国行政许可法
中华人民共和国行政复议法
中华人民共和国治安管理处罚法
中华人民共和国公司法
中华人民共和国合伙企业法
中华人民共和国证券法
中华人民共和国证券投资基金法
中华人民共和国商业银行法
中华人民共和国中国人民银行法
中华人民共和国保险法
中华人民共和国票据法
中华人民共和国企业破产法
中华人民共和国反垄断法
中华人民共和国反不正当竞争法
中华人民共和国广告法
中华人民共和国价格法
中华人民共和国税收征收管理法
中华人民共和国个人所得税法
中华人民共和国企业所得税法
中华人民共和国预算法
中华人民共和国审计法
中华人民共和国统计法
中华人民共和国会计法
中华人民共和国政府采购法
中华人民共和国招标投标法
中华人民共和国教育法
中华人民共和国义务教育法
中华人民共和国高等教育法
中华人民共和国职业教育法
中华人民共和国学前教育法
中华人民共和国教师法
中华人民共和国家庭教育促进法
中华人民共和国科学技术进步法
中华人民共和国著作权法
中华人民共和国专利法
中华人民共和国商标法
中华人民共和国档案法
中华人民共和国保守国家秘密法
中华人民共和国监察法
中华人民共和国公务员法
中华人民共和国法官法
中华人民共和国检察官法
中华人民共和国律师法
中华人民共和国人民调解法
中华人民共和国法律援助法
中华人民共和国立法法
中华人民共和国全国人民代表大会组织法
中华人民共和国全国人民代表大会和地方各级人民代表大会选举法
中华人民共和国地方各级人民代表大会和地方各级人民政府组织法
中华人民共和国人民法院组织法
中华人民共和国人民检察院组织法
中华人民共和国民族区域自治法
中华人民共和国香港特别行政区基本法
中华人民共和国澳门特别行政区基本法
中华人民共和国香港特别行政区维护国家安全法
中华人民共和国国旗法
中华人民共和国国徽法
中华人民共和国国歌法
中华人民共和国英雄烈士保护法
中华人民共和国爱国主义教育法
中华人民共和国红十字会法
中华人民共和国慈善法
中华人民共和国体育法
中华人民共和国乡村振兴促进法
中华人民共和国农业法
中华人民共和国农村土地承包法
中华人民共和国种子法
中华人民共和国畜牧法
中华人民共和国渔业法
中华人民共和国野生动物保护法
中华人民共和国动物防疫法
中华人民共和国生物安全法
中华人民共和国粮食安全保障法
中华人民共和国出境入境管理法
中华人民共和国护照法
中华人民共和国国籍法
中华人民共和国反家庭暴力法
中华人民共和国反电信网络诈骗法
中华人民共和国反有组织犯罪法
中华人民共和国反食品浪费法
中华人民共和国禁毒法
中华人民共和国城市居民委员会组织法
中华人民共和国村民委员会组织法
中华人民共和国消防法
中华人民共和国矿山安全法
中华人民共和国特种设备安全法
中华人民共和国电力法
中华人民共和国煤炭法
中华人民共和国节约能源法
中华人民共和国可再生能源法
中华人民共和国循环经济促进法
中华人民共和国清洁生产促进法
中华人民共和国公路法
中华人民共和国铁路法
中华人民共和国民用航空法
中华人民共和国海商法
中华人民共和国港口法
中华人民共和国邮政法
中华人民共和国旅游法
中华人民共和国文物保护法
中华人民共和国非物质文化遗产法
中华人民共和国公共文化服务保障法
中华人民共和国电影产业促进法
中华人民共和国公共图书馆法
中华人民共和国出口管制法
中华人民共和国对外贸易法
中华人民共和国外商投资法
中华人民共和国海关法
中华人民共和国进出口商品检验法
中华人民共和国反外国制裁法
中华人民共和国对外关系法
中华人民共和国测绘法
中华人民共和国气象法
中华人民共和国防震减灾法
中华人民共和国海域使用管理法
中华人民共和国海警法
中华人民共和国人民警察法
中华人民共和国人民武装警察法
中华人民共和国陆地国界法
中华人民共和国境外非政府组织境内活动管理法
中华人民共和国社区矫正法
中华人民共和国无障碍环境建设法
中华人民共和国婚姻法
中华人民共和国继承法
中华人民共和国合同法
中华人民共和国物权法
中华人民共和国侵权责任法
中华人民共和国民法总则
中华人民共和国民法通则
中华人民共和国劳动合同法实施条例
中华人民共和国道路交通安全法实施条例
中华人民共和国政府信息公开条例

# Names without the country prefix (the official title has none).
反分裂国家法
工伤保险条例
失业保险条例
劳动保障监察条例
职工带薪年休假条例
保障农民工工资支付条例
女职工劳动保护特别规定
优化营商环境条例
住房公积金管理条例
信访工作条例

@trigger 开展了中华人民共和国退役军人保障法知识竞赛
@trigger 根据工伤保险条例规定
@clean 开展了《中华人民共和国退役军人保障法》知识竞赛
@clean 依照劳动法规定
@clean 学习《关于修改〈中华人民共和国工会法〉的决定》
@clean 制定中华人民共和国劳动合同法实施细则
@clean 北京市工伤保险条例实施办法

"""####
    ),
    (
      "punctuation/space-cjk-latin.txt",
      ####"""
# Chinese–Latin compounds that keep no space even where the profile requires one (space-cjk-latin, mode
# "require"): established words and official brand forms. The rule skips the boundaries a term covers, so
# `北京i会员` also keeps `京i` together. One term per line, exactly as written.
@rule space-cjk-latin

@section glued
A股
B股
H股
N股
B超
X光
T恤
K线
U盘
Q币
AA制
卡拉OK
i会员
北京i会员
豆瓣FM

@trigger 今年同比增长 5.2%
@clean 今年同比增长5.2%

"""####
    ),
    (
      "script/stray-ascii.txt",
      ####"""
# English function words that must not stand alone between Chinese characters (script-stray-ascii).
# `word => 中文` gives the suggestion used by the unsafe fix; a word without one is flagged with no fix.
# Acronyms and brands are never in this list; the allow section overrides exact spellings a desk uses.
@rule script-stray-ascii

@section words
and => 和
or => 或
with => 与
the
of => 的
to
in
for
is
are
was
from
by
at
on
but => 但
an

@section allow
# Exact spellings that are names in this desk's copy, never stray words (e.g. a product called "to").
ON
IN
IS

@trigger 为深入学习贯彻党的二十大精神 and 中央经济工作会议精神
@trigger 线上or线下
@clean 宋庄镇邮政所EMS快递人员
@clean 推广普及“北京i会员”扫码入会方式
@clean 苹果公司CEO Tim Cook访华

"""####
    ),
  ]
}
