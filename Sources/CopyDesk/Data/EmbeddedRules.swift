// swift-format-ignore-file
// Generated from rules/ by `COPYDESK_RECORD=1 swift test --filter GeneratedFilesTests`. Do not edit.
// The binary embeds the default rule data so that it works from any directory with no files beside it.
public enum EmbeddedRules {
  public static let files: [(name: String, content: String)] = [
    (
      "news/banned.txt",
      ####"""
# Xinhua《新闻信息报道中的禁用词和慎用词》(2016), banned expressions (news-banned-term): errors. Quotations are
# exempt: Xinhua allows a necessary slur only in quotation marks with a gloss, so quoted text is not checked.
# Left out because they collide with ordinary words: 妈的 (妈妈的), 根治 (根治欠薪 is policy language).
@rule news-banned-term

残废人 => 残疾人
残废 => 残疾 | notNext=人
独眼龙 | advice=不用歧视性称谓，可写“一只眼失明的人”
瞎子 => 盲人
聋子 => 聋人
傻子 => 智力障碍者
呆子 | advice=不用歧视性称谓
弱智 => 智力障碍 | notNext=化
北朝鲜 => 朝鲜
南朝鲜 => 韩国
践行八荣八耻 => 践行社会主义荣辱观
推上被告席 | advice=不使用“将某某推上被告席”，写“被提起公诉”等
少数民族上层人士 | advice=已不再使用，可写“少数民族代表人士”
工人小偷 | advice=不给违法犯罪者冠以社会身份
教授罪犯 | advice=不给违法犯罪者冠以社会身份
黑人歹徒 => 歹徒 | advice=不写嫌疑人的种族、肤色
阿拉伯民兵 => 武装民兵 | advice=达尔富尔报道写“武装民兵”或“部族武装”
黑非洲 => 撒哈拉沙漠以南的非洲
WTO成员国 => WTO成员
世贸组织成员国 => 世贸组织成员
亚太经合组织成员国 => 亚太经合组织成员
疗效最佳 | advice=药品、医疗报道不用“疗效最佳”等绝对化用语
药到病除 | advice=药品、医疗报道不用“药到病除”等绝对化用语
无效退款 | advice=药品、医疗报道不用“无效退款”
安全无副作用 | advice=药品、医疗报道不用“安全无副作用”
国家级新药 | advice=药品报道不用“国家级新药”
哇噻 | advice=不用粗俗口语

@trigger 这名残废人得到了帮助。
@trigger 北朝鲜宣布了消息。
@trigger 要践行八荣八耻。
@trigger 该药疗效最佳，药到病除。
@clean 这名残疾人得到了帮助。
@clean 朝鲜民主主义人民共和国宣布了消息。
@clean 他在回忆录中写道：“那时候南朝鲜的电影很流行。”
@clean 防止教学内容弱智化。

"""####
    ),
    (
      "news/caution.txt",
      ####"""
# Xinhua caution list (news-caution-term): warnings with advice; most are wrong only in some contexts, so each
# entry names the context it needs. Quotations are exempt.
@rule news-caution-term

亲自 | prev=长,书记,主席,主任,领导,部长,委员,常委 | notPrev=总书记 | advice=报道领导活动慎用“亲自”
隆重召开 | advice=“隆重”一般只用于中央召开的重要会议
隆重举行 | advice=“隆重”一般只用于中央召开的重要会议
胜利闭幕 | advice=慎用“胜利闭幕”
罪犯 | with=犯罪嫌疑人 | without=判处,判决,服刑,刑满 | advice=法院判决前称“犯罪嫌疑人”，不称“罪犯”
凶手 | with=犯罪嫌疑人 | without=判处,判决,服刑 | advice=法院判决前称“犯罪嫌疑人”
影帝 | advice=称“著名演员”“著名艺术家”
影后 | advice=称“著名演员”“著名艺术家”
巨星 | notPrev=超 | advice=称“著名演员”“著名艺术家”
天王 | notNext=星,寺,殿,山 | advice=称“著名演员”“著名艺术家”
男神 | advice=称“著名演员”“著名艺术家”
女神 | notPrev=自由,雅典,胜利,月亮,神话 | advice=称“著名演员”“著名艺术家”
村官 | notPrev=大学生 | without=大学生,大学毕业,毕业生 | advice=不称“村官”，写“村干部”“村委会主任”
斩首 | notNext=行动 | advice=人质遇害写“被砍头杀害”，不用“斩首”
十字军 | notNext=东征 | advice=国际报道不用“十字军”比附
两岸三地 | advice=不用“两岸三地”，写“海峡两岸和香港、澳门”

@trigger 局长亲自到现场指导。
@trigger 区总工会第三次代表大会隆重召开。
@trigger 犯罪嫌疑人张某已被刑事拘留，该罪犯曾多次作案。
@trigger 他被粉丝称为影帝。
@clean 她亲自下厨，为职工包饺子。
@clean 习近平总书记亲自谋划、亲自部署、亲自推动。
@clean 该罪犯被判处有期徒刑三年。
@clean 天王星是太阳系第七颗行星。
@clean 大学生村官扎根基层。
@clean 大学毕业后去农村应聘村官的人当中，多数人希望找到施展才华的途径。

"""####
    ),
    (
      "news/ethnic-religion.txt",
      ####"""
# Ethnic and religious wording (news-ethnic-religion-term): errors. Quotations are exempt; 蒙文 is acceptable.
@rule news-ethnic-religion-term

维族 => 维吾尔族 | notPrev=思,纤
蒙族 => 蒙古族
藏民 => 藏族群众 | severity=warning
回回 => 回族 | notPrev=每,这,那,几,一,两,上,下,头,多,来 | notNext=家,来,去,到,头,国,京,村,合,归,答,应,收
回教 => 伊斯兰教
蛮子 | advice=不使用侮辱性称谓
穆斯林国家 => 伊斯兰国家
穆斯林世界 => 伊斯兰世界
蒙古大夫 => 庸医
摩梭族 => 摩梭人
撒尼族 => 撒尼人
僜族 => 僜人
突厥族 | advice=古代民族名不与现代民族混用，不称“突厥族”
伊斯兰原教旨主义 => 宗教激进主义
激进伊斯兰组织 => 伊斯兰激进组织

@trigger 维族群众载歌载舞。
@trigger 多个穆斯林国家代表出席。
@trigger 蒙族同胞欢度那达慕。
@clean 维吾尔族群众载歌载舞。
@clean 他精通蒙文和藏文。
@clean 每回回家都很开心。
@clean 他说：“我们维族人热情好客。”

"""####
    ),
    (
      "news/names/orgs.txt",
      ####"""
# Organisations for the news-* name rules (rules/news/names/README.md): how organisation names end, which short forms
# a Beijing union paper may print without introducing them, and which inserted words make a different body.
@rule news-org-abbrev

# Words that end an organisation's name. The org-name-variant rule compares names that end in one of these; the
# mention extractor stops an organisation before a title at the first of these from the right.
@section suffixes
总工会 工会 工会联合会 联合会 委员会 常委会 人大常委会 人大 政协 区委 市委 县委 省委 镇委 党委 党组 党工委
党支部 党总支 政府 人民政府 管委会 办事处 局 厅 部 委 办 办公室 研究室 中心 院 研究院 法院 检察院 医院 学院
所 站 支队 大队 中队 车队 科 处 司 署 协会 学会 基金会 促进会 联谊会 公司 有限公司 分公司 集团 银行 学校
大学 街道 社区 馆 社 台 厂 驿站 工作室 兵团 合作社 服务站

# Short forms a reader of a Beijing union paper knows without an introduction (a desk edits this list).
@section conventional
全国人大 全国政协 国务院 中共中央 党中央 中央军委 全总 全国总工会 市总工会 市委 市政府 市人大 市人大常委会 市政协
国家发展改革委 国家发改委 国资委 市国资委 人社部 团中央 全国妇联 中国科协 中国文联 中国作协 新华社
人民日报 央视 总台 联合国 冬奥会 两会 市文旅局 市文化和旅游局 北京工会

# Words whose insertion names a different body, not a variant spelling: 中国书法家协会 ≠ 中国职工书法家协会.
@section qualifiers
职工 青年 妇女 老年 少年 儿童 青少年 退役军人 残疾人 农民工 女 学生 大学生 民营 国有 外商 台商 港澳 华侨 侨联
工人 教职工 少数民族 党员 团员 中共 共青团 青联 妇联 科技 劳模 工匠 志愿者 医务 教育 总工

# Endings of things named after a person (`张良工作室`, `高凤林大师劳模创新工作室`): a name right before one
# of these, with at most a few title or descriptor words between, is part of a name, not a mention.
@section eponym
工作室 创新工作室 基金会 纪念馆 故居 奖学金 服务队 调解室 工作法 操作法 班组 号

@trigger 市人社局表示，今年将出台新政策。北京市人力资源和社会保障局（以下简称“市人社局”）负责人介绍了情况。
@trigger 近日，航天科技集团第一研究院(以下简称航天一院)工会开展慰问。
@clean 近日，北京经济技术开发区（以下简称“经开区”）总工会开展送温暖慰问活动。经开区总工会今年“两节”期间送温暖活动向五大职工群体倾斜。
@clean 全总、市总工会相关负责人出席活动。

# Words that end the text before an organisation: 由北京市总工会…, 陪同市总工会…, 现任北京市总工会…科科长.
@section orgstop
由 的 了 是 把 被 让 请 据 以 为 及 以及 陪同 来到 带领 邀请 出席 现任 担任 曾任 原任 出任 升任 兼任 调任 连任 当选
任命为 被选为 作为 包括 其中 会见 看望 慰问 听取 当天 昨天 近日
日前 今天 随后 会上 及时 联系 前往 到达 赴 一行 在 向 对 与 同志 关于 原 时任 前任

"""####
    ),
    (
      "news/names/register.txt",
      ####"""
# House register of people and their titles (news-register-title; format in rules/news/names/README.md).
#
#     NAME | org=ORGANISATION | title=TITLE[、TITLE…] | from=YYYY-MM-DD | to=YYYY-MM-DD | note=…
#
# One line per person and organisation; a person with posts in several bodies has several lines, and a post that
# changed has one line per period. `title` is the chain as printed after the organisation (党组书记、副主席); every
# title in it must be in titles.txt. `from`/`to` are optional and inclusive; an entry without `to` is current.
# A desk replaces this file with its own (`"data": {"replace": {"news/names/register.txt": "desk/register.txt"}}`).
#
# These example entries were read off the five seed pages: the organisation and titles are as printed there, and
# `from` is the month of the page they were read from — a date the desk has seen the title in print, not the
# date of appointment. One entry is corrected against a published source (see 吕晨飞).
@rule news-register-title

@section register
# Page 000 (January 2023)
张晓兰 | org=全国总工会 | title=兼职副主席 | from=2023-01-01
蒋文云 | org=北京市总工会 | title=党组成员、副主席 | from=2023-01-01
解江凌 | org=昌平区委 | title=副书记 | from=2023-01-01
尚祖国 | org=通州区政协 | title=党组副书记、常务副主席 | from=2023-01-01
尚祖国 | org=通州区总工会 | title=主席 | from=2023-01-01
关平 | org=通州区总工会 | title=党组书记、常务副主席 | from=2023-01-01
赵秦岭 | org=密云区人大常委会 | title=副主任 | from=2023-01-01
赵秦岭 | org=密云区总工会 | title=主席 | from=2023-01-01
于娜 | org=北京恒通园供暖有限公司工会 | title=主席 | from=2023-01-01
胡芳 | org=北京市总工会 | title=公职律师 | from=2023-01-01
胡芳 | org=北京市总工会法律服务中心争议调解科 | title=科长 | from=2023-01-01
# Page 001 (16 January 2023)
张良 | org=北京市总工会 | title=党组书记、副主席 | from=2023-01-16
韩世春 | org=北京市总工会 | title=党组成员、副主席 | from=2023-01-16
徐炜 | org=北京市政法卫文工会 | title=副主席 | from=2023-01-16
徐炜 | org=北京市保安服务行业工会联合会 | title=主席 | from=2023-01-16
张印 | org=北京振远护卫中心民警党支部 | title=书记 | from=2023-01-16
张印 | org=北京振远护卫中心工会 | title=主席 | from=2023-01-16
高炯 | org=北京振远护卫中心第十二支队二基地运行二部 | title=中队长 | from=2023-01-16
石威 | org=北京经济技术开发区管委会 | title=副主任 | from=2023-01-16
# Page 002 (January 2023)
晁怀新 | org=密云区总工会 | title=党组书记、常务副主席 | from=2023-01-01
贺海玲 | org=杂多县委 | title=常委 | from=2023-01-01
贺海玲 | org=杂多县总工会 | title=主席 | from=2023-01-01
# Page 003 (December 2023)
齐静 | org=北京市人大常委会 | title=副主任 | from=2023-12-01
齐静 | org=北京市总工会 | title=主席 | from=2023-12-01
喻华锋 | org=门头沟区委 | title=书记 | from=2023-12-01
# Page 003 prints 门头沟区委书记、区长吕晨飞 in the same article as 门头沟区委书记喻华锋; published copy (新京报,
# January 2025: 门头沟区委副书记、区长吕晨飞) gives 副书记.
吕晨飞 | org=门头沟区委 | title=副书记 | from=2023-12-01 | note=页面003误作区委书记
吕晨飞 | org=门头沟区 | title=区长 | from=2023-12-01
张维刚 | org=门头沟区人大常委会 | title=主任 | from=2023-12-01
高渝蓉 | org=门头沟区委 | title=常委 | from=2023-12-01
高渝蓉 | org=门头沟区委组织部 | title=部长 | from=2023-12-01
李伟 | org=门头沟区人大常委会 | title=党组副书记、副主任 | from=2023-12-01
李伟 | org=门头沟区总工会 | title=主席 | from=2023-12-01
刘小琴 | org=全国总工会宣传部 | title=副部长 | from=2023-12-01
赵丽君 | org=北京市总工会 | title=党组成员、副主席 | from=2023-12-01

@trigger 北京市总工会党组书记、主席张良一行赴航天一院调研。
@trigger 门头沟区委书记、区长吕晨飞参加慰问。
@clean 北京市总工会党组书记、副主席张良一行赴航天一院调研。
@clean 某公司总经理张良出席活动。
@clean 门头沟区委副书记、区长吕晨飞参加慰问。

"""####
    ),
    (
      "news/names/roster.txt",
      ####"""
# Protocol rosters for news-leader-order (format in rules/news/names/README.md): when two or more names of one roster
# stand in one 、-list, they must be in the roster's order. Rosters change: each entry is dated, and only the
# entries valid on the article's date apply. Re-verify against the official order before relying on it.
#
#     NAME | roster=ROSTER-NAME | rank=N | from=YYYY-MM-DD | to=YYYY-MM-DD
@rule news-leader-order

@section roster
# Standing Committee of the 20th CPC Central Committee's Political Bureau, in published order (since 2022-10-23).
习近平 | roster=二十届中央政治局常委 | rank=1 | from=2022-10-23
李强 | roster=二十届中央政治局常委 | rank=2 | from=2022-10-23
赵乐际 | roster=二十届中央政治局常委 | rank=3 | from=2022-10-23
王沪宁 | roster=二十届中央政治局常委 | rank=4 | from=2022-10-23
蔡奇 | roster=二十届中央政治局常委 | rank=5 | from=2022-10-23
丁薛祥 | roster=二十届中央政治局常委 | rank=6 | from=2022-10-23
李希 | roster=二十届中央政治局常委 | rank=7 | from=2022-10-23
# 19th (2017-10-25 to 2022-10-22).
习近平 | roster=十九届中央政治局常委 | rank=1 | from=2017-10-25 | to=2022-10-22
李克强 | roster=十九届中央政治局常委 | rank=2 | from=2017-10-25 | to=2022-10-22
栗战书 | roster=十九届中央政治局常委 | rank=3 | from=2017-10-25 | to=2022-10-22
汪洋 | roster=十九届中央政治局常委 | rank=4 | from=2017-10-25 | to=2022-10-22
王沪宁 | roster=十九届中央政治局常委 | rank=5 | from=2017-10-25 | to=2022-10-22
赵乐际 | roster=十九届中央政治局常委 | rank=6 | from=2017-10-25 | to=2022-10-22
韩正 | roster=十九届中央政治局常委 | rank=7 | from=2017-10-25 | to=2022-10-22

@trigger 李强、习近平、赵乐际等出席会议。
@clean 习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希出席会议。
@clean 车间职工李强、王伟、赵乐等参加活动。
@clean 坚持以习近平新时代中国特色社会主义思想为指导。

"""####
    ),
    (
      "news/names/surnames.txt",
      ####"""
# Chinese surnames for the person-mention extractor (rules/news/names/README.md), and the context words that decide
# where a name ends. A name is a surname plus one or two given characters (compound surnames: 欧阳, 司马…).
#
# @section surnames — one per line. weak=yes: the character also opens everyday words (高度, 全面, 关于, 于是), so
#   a name with it needs more evidence: a clear boundary after it (punctuation, 表示, 一行…), or the same name
#   again in the article, or the house register.
# @section notnames — words that open with a surname character but are not names (高度重视, 单位, 张贴): a
#   candidate name that is, or starts with, one of these is dropped.
# @section givenstop — common words that cannot be the two given characters (局长向记者介绍 is not 向记者).
# @section postname — words that follow a name (表示, 指出, 一行, 陪同): they mark where a name ends.
# @section neverlast — characters that never end a three-character name (等, 说, 在): 李伟等参加 is 李伟.
# @section speech — words after an untitled name that make it a person for `copydesk people` (徐跃告诉记者).
# @section prename — characters that may stand right before a bare two-character name (与张良, 陪同齐静).
@rule news-person-first-mention

@section surnames
王
李
刘
陈
杨
赵
吴
孙
徐
朱
郭
罗
郑
梁
宋
唐
韩
冯
邓
曹
彭
肖
袁
潘
蒋
蔡
叶
魏
吕
丁
沈
姚
卢
姜
崔
谭
汪
廖
贾
韦
邹
孟
熊
秦
邱
尹
薛
闫
阎
侯
陶
黎
顾
郝
龚
邵
覃
戴
孔
汤
樊
葛
邢
庞
颜
倪
聂
鲁
岳
翟
殷
詹
欧
耿
俞
柳
祝
符
阮
柯
梅
裴
霍
涂
翁
冉
骆
蓝
辛
靳
柴
蒙
鲍
喻
祁
蒲
滕
屈
饶
牟
穆
卓
缪
褚
娄
窦
戚
岑
宫
卜
晏
柏
瞿
桂
佟
臧
闵
苟
邬
卞
姬
栾
隋
刁
巫
寇
甄
丛
仲
敖
巩
佘
邝
匡
鞠
荆
冀
郁
胥
鄢
谌
奚
粟
冼
蔺
厉
仝
郜
阚
禹
扈
晁
芮
阙
邸
辜
裘
亓
邰
逯
茹
嵇
湛
茅
檀
昝
尧
晋
贺
傅
毛
乔
伍
庄
章
季
游
冷
桑
郎
虞
张
胡
黄
谢
周 | weak=yes
何 | weak=yes
董 | weak=yes
杜 | weak=yes
程 | weak=yes
苏 | weak=yes
夏 | weak=yes
范 | weak=yes
陆 | weak=yes
钟 | weak=yes
付 | weak=yes
任 | weak=yes
余 | weak=yes
曾 | weak=yes
许 | weak=yes
林 | weak=yes
马 | weak=yes
高 | weak=yes
于 | weak=yes
田 | weak=yes
石 | weak=yes
金 | weak=yes
白 | weak=yes
方 | weak=yes
江 | weak=yes
龙 | weak=yes
雷 | weak=yes
段 | weak=yes
史 | weak=yes
万 | weak=yes
钱 | weak=yes
严 | weak=yes
武 | weak=yes
常 | weak=yes
温 | weak=yes
康 | weak=yes
施 | weak=yes
文 | weak=yes
牛 | weak=yes
安 | weak=yes
齐 | weak=yes
易 | weak=yes
单 | weak=yes
成 | weak=yes
苗 | weak=yes
谷 | weak=yes
盛 | weak=yes
曲 | weak=yes
路 | weak=yes
管 | weak=yes
华 | weak=yes
房 | weak=yes
解 | weak=yes
艾 | weak=yes
尤 | weak=yes
阳 | weak=yes
时 | weak=yes
司 | weak=yes
车 | weak=yes
项 | weak=yes
连 | weak=yes
景 | weak=yes
党 | weak=yes
费 | weak=yes
席 | weak=yes
卫 | weak=yes
米 | weak=yes
宗 | weak=yes
全 | weak=yes
应 | weak=yes
边 | weak=yes
师 | weak=yes
商 | weak=yes
沙 | weak=yes
荣 | weak=yes
明 | weak=yes
池 | weak=yes
查 | weak=yes
苑 | weak=yes
迟 | weak=yes
封 | weak=yes
谈 | weak=yes
惠 | weak=yes
乐 | weak=yes
南 | weak=yes
储 | weak=yes
燕 | weak=yes
楚 | weak=yes
劳 | weak=yes
皮 | weak=yes
满 | weak=yes
闻 | weak=yes
楼 | weak=yes
权 | weak=yes
强 | weak=yes
帅 | weak=yes
井 | weak=yes
廉 | weak=yes
丰 | weak=yes
云 | weak=yes
门 | weak=yes
向 | weak=yes
区 | weak=yes
关 | weak=yes
兰 | weak=yes
焦 | weak=yes
申 | weak=yes
纪 | weak=yes
毕 | weak=yes
童 | weak=yes
舒 | weak=yes
甘 | weak=yes
左 | weak=yes
包 | weak=yes
宁 | weak=yes
莫 | weak=yes
尚 | weak=yes
平 | weak=yes
来 | weak=yes
欧阳
司马
上官
诸葛
皇甫
尉迟
公孙
慕容
长孙
宇文
司徒
令狐
夏侯
轩辕
端木
独孤
南宫
呼延
万俟
闻人
澹台
公冶
宗政
濮阳
太叔
申屠
钟离
赫连
拓跋
东方
西门
百里
左丘
段干
微生
梁丘
东郭
南门

@section notnames
高度 高级 高兴 高质量 高效 高校 高新 高速 高温 高层 高峰 高技能 高血压 高于 高达
全面 全力 全体 全程 全国 全市 全区 全省 全年 全员 全部 全会 全新 全球 全过程 全身心
关于 关心 关注 关怀 关爱 关键 关系 关联 关口
于是 于此 于当日 于今
向前 向来 向上 向好 向下 向着 向记者
成员 成为 成立 成功 成果 成绩 成本 成效 成熟 成都
时间 时刻 时候 时期 时代 时任 时节
安排 安全 安置 安心 安装 安徽
常态 常委 常务 常年 常住
明确 明年 明天 明显 明白
解决 解答 解读 解除 解放 解释 解难 解忧
任务 任职 任何 任期
方面 方式 方法 方向 方案 方便 方针
文件 文化 文明 文艺 文旅 文学 文字
万元 万名 万人 万余 万家 万福
单位 单独 单项
党组 党委 党员 党建 党政 党史 党支部 党总支 党中央 党和
区域 区委 区县 区级 区总工会 区人大 区政协
门口 门前 门诊 门头沟
来到 来自 来说 来临 来京
许多 许可 许愿
海淀 海南 海外 海关 海拔
江苏 江西 江浙
路线 路上 路面
程序 程度
周边 周年 周末 周围 周到 周密
金额 金牌 金融
马上 马驹桥 马昌营
宋庄 宋体
牛奶
黄金 黄河
白天 白色
石油 石景山
谢谢 谢意
齐心 齐全
温暖 温馨 温度
雷锋 雷雨
华北 华东 华为 华人
车辆 车队 车间 车站
项目
连续 连接 连同
景区 景点 景象
费用
席位
卫生 卫星 卫健委
米面油
宗旨 宗教
应当 应该 应急 应帮尽帮 应用 应对
边境
师傅 师生 师资
商业 商务 商户
沙龙
荣获 荣誉 荣幸
池塘
查看 查询 查处 查找
迟到
封闭
谈话 谈心
惠及 惠民
乐器 乐于 乐意
南方 南京
储备
燕郊
楚天
劳动 劳模 劳务 劳逸
皮肤
满意 满足 满怀
闻令而动
楼宇 楼层
权益 权利 权威
强调 强化 强国 强降雨 强烈
帅气
井冈山
廉政 廉洁
丰富 丰台
云南 云端
兰州
焦点 焦虑
申报 申请 申领
纪念 纪律 纪检
毕业 毕竟
童年
舒适 舒心
甘肃
左右 左下角
包括 包装 包饺子
宁可 宁夏
莫过于
尚未 尚需
平台 平谷 平安 平等 平西 平均
曾经 曾在
余人 余额 余名
付出 付款
范围 范例
陆续 陆军
夏天 夏季 夏送清凉
杜绝
史上 史无前例
武汉 武装
康复 康养
施工 施策
易于 易地
段落
钱款
严格 严肃 严重
龙头
苗头 苗木
谷物
盛大 盛情 盛通红木
曲艺
田间
司机 司法 司法部
阳光
尤其
艾滋病
房屋 房山
管理 管委会 管辖
张贴 张家口
胡同
何时 何况
董事 董事长
苏联
欧盟 欧洲 欧美 欧元
钟点
林业

@section givenstop
记者 大家 职工 群众 我们 他们 你们 同志 企业 社会 工人 员工 孩子 家属 一线 基层 同事 干部 领导 代表 人员
工作 服务 活动 组织 单位 部门 相关 负责 现场 今年 去年 明年 目前 近日 当天 随后 同时

@section postname
表示 指出 强调 说道 介绍 告诉 认为 坦言 透露 感慨 提出 要求 希望 建议 回忆 讲述 解释 补充 回答 说明 称赞
一行 一同 一起 陪同 带队 带领 率队 率领 来到 前往 参加 出席 主持 会见 看望 慰问 调研 考察 视察 检查 讲话
致辞 发言 宣布 代表 同志 亲切 亲自 充分 深入 先后 分别 随后 首先 现任 担任 曾任 荣获 获得 获评 当选 光荣
拉着 作了 作出 做了 对此 同时 等人 以及 和同事 通过 详细 仔细 专职 从事 身肩 也是 还是 就是 一直 始终 积极
主动 多次 连续 已经 正在 带着 面对 接受 走进 走访 参观 观看 听取 询问 叮嘱 鼓励 勉励 肯定

@section neverlast
等 的 了 着 过 把 被 这 那 此 每 各 该 所 已 也 都 还 就 又 再 很 最 更 不 没 吗 呢 吧 啊 说 讲 问 答 称 让 给 到 及 与 并 或
而 且 但 却 是 在 对 从 向 以 之 其 将 和 去 一 赴 率 陪 带 用 拉 边 亲 代 表 指 告 介 参 出 主 坦 透 感 提 要 希 建 回 先
分 随 首 现 担 获 当 作 做 则 便 曾 无

# Words after an untitled name that make it a person for `copydesk people` (`“的哥”徐跃告诉记者`).
@section speech
告诉 表示 说 介绍 指出 强调 认为 坦言 感慨 回忆

@section prename
与 和 及 同 跟 向 对 为 由 让 请 据 给 陪 随 见 是 在 了 将 把 被 从 令 叫 称 有 并 以 等 即 由 经 向 找 问 听 看 替 帮 当

@trigger 张良指出，要做好工作。北京市总工会党组书记、副主席张良表示，要关心职工。
@clean 北京市总工会党组书记、副主席张良指出，要做好工作。张良表示，要关心职工。
@clean 昌平区委副书记解江凌，以及北京市总工会相关部门、昌平区总工会相关负责人陪同进行调研慰问。
@clean 北京市总工会党组书记、副主席张良一行先后参观了高凤林大师劳模创新工作室。张良工作室也在其中。

"""####
    ),
    (
      "news/names/titles.txt",
      ####"""
# Title lexicon for the person-mention extractor shared by the news-* name rules (rules/news/names/README.md).
#
# A title as printed is: [former marker] [modifiers] [副] BASE, e.g. 党组 + 书记, 常务 + 副 + 主席,
# 兼职 + 副 + 主席, 原 + 副 + 局长. The extractor finds the base, then extends leftwards over 副, modifiers and
# former markers; what stands before that (back to punctuation or a verb) is the organisation:
# 北京市总工会 | 党组书记 ; 门头沟区委 | 书记 ; 北京市人大常委会 | 副主任.
#
# @section titles — base titles. Attributes:
#   kind=official (default) | role (profession: 律师, 法官) | descriptor (外卖员, 职工: listing only, no rule uses them)
#   exclusive=yes  one holder per organisation (the 书记 of one party committee, the 主席 of one union)
#   place=yes      the title names its own territory (区长 of 门头沟区), the organisation is the place
#   ladder=party   rungs of one party organ: 党组书记 / 党组副书记 / 党组成员 are rival forms of one post
#   after=no       never read as a title written after a name (代表 is also a verb: 张良代表北京市总工会)
#   after=usual    written after the name by convention (习近平总书记, 李强总理): not a first-mention fault
@rule news-title-conflict

@section titles
书记 | exclusive=yes | ladder=party
常委 | ladder=party
委员 | ladder=party
成员 | ladder=party | after=no
主席 | exclusive=yes
主任 | exclusive=yes
主任委员 | exclusive=yes
委员长 | exclusive=yes | after=usual
总书记 | exclusive=yes | after=usual
总理 | exclusive=yes | after=usual
国务委员 | after=usual
部长 | exclusive=yes
厅长 | exclusive=yes
局长 | exclusive=yes
处长 | exclusive=yes
科长 | exclusive=yes
司长 | exclusive=yes
署长 | exclusive=yes
省长 | exclusive=yes | place=yes
市长 | exclusive=yes | place=yes
区长 | exclusive=yes | place=yes
县长 | exclusive=yes | place=yes
镇长 | exclusive=yes | place=yes
乡长 | exclusive=yes | place=yes
旗长 | exclusive=yes | place=yes
州长 | exclusive=yes | place=yes
检察长 | exclusive=yes
审计长 | exclusive=yes
院长 | exclusive=yes
所长 | exclusive=yes
站长 | exclusive=yes
馆长 | exclusive=yes
庭长 | exclusive=yes
行长 | exclusive=yes
校长 | exclusive=yes
会长 | exclusive=yes
理事长 | exclusive=yes
秘书长 | exclusive=yes
董事长 | exclusive=yes
总经理 | exclusive=yes
总裁 | exclusive=yes
社长 | exclusive=yes
总编辑 | exclusive=yes
台长 | exclusive=yes
主编
经理
总监
总工程师
总会计师
组长 | exclusive=yes
团长 | exclusive=yes
队长 | exclusive=yes
大队长 | exclusive=yes
中队长 | exclusive=yes
支队长 | exclusive=yes
政委
司令员 | exclusive=yes
巡视员
调研员
# Professions and honours: titles of a kind, listed before the name at first mention, but never exclusive.
律师 | kind=role
公职律师 | kind=role
法官 | kind=role
检察官 | kind=role
警官 | kind=role
民警 | kind=role
教授 | kind=role
研究员 | kind=role
工程师 | kind=role
高级工程师 | kind=role
主任医师 | kind=role
医师 | kind=role
医生 | kind=role
护士长 | kind=role
教师 | kind=role
院士 | kind=role
大师 | kind=role
工匠 | kind=role
劳模 | kind=role
劳动模范 | kind=role
获得者 | kind=role | after=no
得主 | kind=role | after=no
负责人 | kind=role | after=no
# Descriptors: who a quoted worker is. They name a person for `copydesk people`, nothing more.
职工 | kind=descriptor | after=no
工人 | kind=descriptor | after=no
快递员 | kind=descriptor | after=no
快递小哥 | kind=descriptor | after=no
外卖员 | kind=descriptor | after=no
外卖配送员 | kind=descriptor | after=no
驾驶员 | kind=descriptor | after=no
司机 | kind=descriptor | after=no
的哥 | kind=descriptor | after=no
退役军人 | kind=descriptor | after=no
志愿者 | kind=descriptor | after=no
讲解员 | kind=descriptor | after=no
环卫工人 | kind=descriptor | after=no
护士 | kind=descriptor | after=no
村民 | kind=descriptor | after=no
居民 | kind=descriptor | after=no
市民 | kind=descriptor | after=no

# Words before 副 or the base that stay part of the title: 党组书记, 常务副主席, 兼职副主席, 第一书记.
@section modifiers
党组
党委
党工委
党总支
党支部
常务
执行
第一
兼职
专职
挂职
驻会
名誉
代理
代
首席

# Words before a title that say the person no longer holds it: 原副主席, 时任区长. Former titles are never
# compared with current ones.
@section former
原
时任
前任
曾任

@trigger 北京市总工会党组书记、副主席张良一行赴航天一院调研。张良表示，要做好服务。北京市总工会主席张良强调，要关心职工。
@clean 北京市总工会党组书记、副主席张良一行赴航天一院调研。张良表示，要做好服务。市总工会副主席张良强调，要关心职工。
@clean 北京市人大常委会副主任、总工会主席齐静带队慰问。齐静强调，要做好送温暖工作。

"""####
    ),
    (
      "news/official-titles.txt",
      ####"""
# Fixed wrong title, organ and session forms (news-official-title-form): errors with a safe fix. Forms that need
# history (原 before an organisation that still exists) or the person's role are not listed.
@rule news-official-title-form

市市委 => 市委 | notPrev=城
省省委 => 省委
区区委 => 区委 | notPrev=地,社,园,街,城
县县委 => 县委
全国人大副委员长 => 全国人大常委会副委员长
全国人大委员长 => 全国人大常委会委员长
人大副主任 => 人大常委会副主任 | notNext=科员
人大主任 => 人大常委会主任 | notNext=科员
人大常委 => 人大常委会委员 | notNext=会
检察院院长 => 检察院检察长
检察院副院长 => 检察院副检察长
审计署署长 => 审计长
审计署副署长 => 副审计长
全国十二届人大 => 十二届全国人大
全国十三届人大 => 十三届全国人大
全国十四届人大 => 十四届全国人大
全国十五届人大 => 十五届全国人大
十二届全国政协 => 全国政协十二届 | next=一次,二次,三次,四次,五次
十三届全国政协 => 全国政协十三届 | next=一次,二次,三次,四次,五次
十四届全国政协 => 全国政协十四届 | next=一次,二次,三次,四次,五次
十五届全国政协 => 全国政协十五届 | next=一次,二次,三次,四次,五次
非党人士 => 党外人士
村长 | notNext=期,效,远,足,久,达,约,度,大,廊,城,江,河,安,沙,春,征,处,寿,年,假,短,条,篇,跑,途,者,辈,官,治,势,线,白,街,率,幅,周,时,了,得 | severity=warning | fix=none | advice=写“村委会主任”或“村主任”
讨论政府工作报告 => 审议政府工作报告 | with=人大代表 | severity=warning | advice=人大代表“审议”政府工作报告

@trigger 中共北京市市委书记出席会议。
@trigger 全国人大副委员长出席活动。
@trigger 该市人民检察院院长作报告。
@trigger 全国十四届人大三次会议开幕。
@trigger 十四届全国政协三次会议开幕。
@trigger 村长带领村民修路。
@clean 中共北京市委书记出席会议。
@clean 全国人大常委会副委员长出席活动。
@clean 北京市市长出席会议。
@clean 全国政协十四届三次会议开幕。
@clean 十四届全国政协委员出席会议。
@clean 农村长期存在的问题得到解决，该村长效机制已建立。
@clean 他是区人大常委会委员。
@clean 密云区人大常委会副主任、区总工会主席赵秦岭带队。
@clean 村民说：“村长带领大家修了路。”

"""####
    ),
    (
      "news/sovereignty.txt",
      ####"""
# Territory, sovereignty, Hong Kong, Macao and Taiwan (news-sovereignty-term): errors unless an entry says
# otherwise. Quotations are exempt (statements reported critically stay quoted); titles in 《》 are never checked.
@rule news-sovereignty-term

中港两地 | advice=写“内地与香港”，或“京港”“沪港”等
中港合作 | advice=写“内地与香港合作”
中港澳 | advice=写“内地与港澳”
台湾立法院 => 台湾“立法院”
台湾行政院 => 台湾“行政院”
台湾监察院 => 台湾“监察院”
台湾司法院 => 台湾“司法院”
台湾考试院 => 台湾“考试院”
台湾中央银行 => 台湾“中央银行”
台湾清华大学 => 台湾“清华大学”
台湾故宫博物院 => 台湾“故宫博物院”
台湾政府 => 台湾当局
中华民国总统 | advice=不使用“中华民国总统”，写“台湾地区领导人”
中华民国 | notNext=时期,成立,临时,初年 | severity=warning | advice=1949年后的台湾不称“中华民国”
台独 => “台独”
台湾独立 => “台湾独立”
港澳台游客来华 => 港澳台游客来内地（大陆）
港澳同胞来华 => 港澳同胞来内地
台湾同胞来华 => 台湾同胞来大陆
一带一路战略 => “一带一路”倡议
“一带一路”战略 => “一带一路”倡议
前苏联 => 苏联
解放前 => 新中国成立前 | notNext=线,进,沿,行,夕 | severity=warning
解放后 => 新中国成立后 | notNext=勤 | severity=warning
尖阁群岛 => 钓鱼岛
尖阁列岛 => 钓鱼岛
斯普拉特利群岛 => 南沙群岛
东突厥斯坦 | advice=不使用，写“新疆”
福摩萨 | advice=不使用，写“台湾”
深港一体化 | advice=不使用“深港一体化”，写“深港合作”

@trigger 中港两地经贸往来密切。
@trigger 台湾立法院通过了法案。
@trigger 坚决反对台独分裂活动。
@trigger 共建“一带一路”战略取得成效。
@trigger 前苏联解体后，局势发生变化。
@clean 坚决反对“台独”分裂活动。
@clean 台湾“立法院”通过了法案。
@clean 共建“一带一路”倡议取得成效。
@clean 苏联解体后，局势发生变化。
@clean 中华民国时期的建筑保存完好。
@clean 他在《解放前后》一书中写道。

"""####
    ),
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
    "space-cjk-latin": {"severity": "warning", "options": {"mode": "forbid"}},
    // House byline template: 本报讯（记者 张晶） — no space before （, one space between role and names.
    "news-byline-format": {
      "options": {
        "spaceBeforeParenthesis": false,
        "roleSpace": true,
        "roles": ["记者", "通讯员", "实习记者", "特约记者", "实习生"],
        "nameSeparator": "keep"
      }
    }
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
    "space-cjk-latin": {"severity": "warning", "options": {"mode": "require"}},
    // House byline template: 本报讯（记者 张晶） — no space before （, one space between role and names.
    "news-byline-format": {
      "options": {
        "spaceBeforeParenthesis": false,
        "roleSpace": true,
        "roles": ["记者", "通讯员", "实习记者", "特约记者", "实习生"],
        "nameSeparator": "keep"
      }
    }
  }
}

"""####
    ),
    (
      "punct/law-names.txt",
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
    (
      "space/cjk-latin-terms.txt",
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
      "word/confusables.txt",
      ####"""
# Context-sensitive confusables (word-confusable): warnings with an unsafe fix, since the right form depends on
# what follows. Only the contexts listed here are flagged. Left alone on purpose: 截止日期, 报名于…截止, 截止于;
# 其它 inside accounting names; 渡过难关 (correct: 渡过 a difficulty); 共商国是; 作为/作家/作品; 做工作/做好/做客;
# 帐篷. Pairs that need real syntax (权力/权利, 反映/反应, 制定/制订, 以至/以致) are not listed.
@rule word-confusable

截止到 => 截至 | next=@digit,今年,去年,明年,目前,本月,上月,本周,上周,月底,年底,发稿 | advice=截至表示“到某时为止”，截止表示“到期停止”
截止 => 截至 | next=@digit,今年,去年,目前,本月,上月,发稿 | notNext=日,期 | advice=截至表示“到某时为止”，截止表示“到期停止”
其它 => 其他 | except=其它业务收入,其它业务成本,其它应收款,其它应付款,其它综合收益 | advice=本报统一用“其他”
做出 => 作出 | next=决定,贡献,部署,指示,批示,判断,承诺,安排,重要,突出,积极,巨大,新的,了决定,了贡献,了部署,了重要,了突出,了积极,了巨大,了新的 | advice=用于抽象事物（决定、贡献、部署等）时，人民日报、新华社写作“作出”
惟一 => 唯一
帐户 => 账户
帐号 => 账号
帐目 => 账目
帐单 => 账单
帐本 => 账本
好象 => 好像
必需 => 必须 | next=坚持,加强,做好,进一步,认真,严格,始终,高度,切实,把 | notPrev=势,未,何 | advice=“必需”是“一定要有”，作状语用“必须”
启用 => 起用 | next=新人,年轻干部,老将,新秀 | advice=用人用“起用”

@trigger 截止到2010年，全市共有职工书屋500家。
@trigger 截止2023年底，全市共建成驿站1000个。
@trigger 相比起其它留学国家，费用较低。
@trigger 为航天事业做出重要贡献。
@trigger 在冬奥保障等方面做出了重要贡献。
@trigger 这是惟一的办法。
@trigger 请核对银行帐户信息。
@clean 报名截止日期为1月16日。
@clean 报名于1月16日截止。
@clean 报名截止时间另行通知。
@clean 公司其它业务收入增长。
@clean 企业携手渡过难关。
@clean 他们共商国是。
@clean 她做出一桌好菜。
@clean 营地里搭起了帐篷。
@clean 他说：“大家在冬奥保障等方面做出了重要贡献。”
@clean 这些都是生活必需品。
@clean 要想有长远发展势必需要作出重要的战略转型。

"""####
    ),
    (
      "word/de-di-de.txt",
      ####"""
# 的/地/得 (word-de-di-de): only high-precision patterns, as warnings with an unsafe fix.
#   - an adverbial from `adverbials` + 的 + a verb from `verbs` → 地 (加班加点的制作 → 加班加点地制作), unless the phrase
#     is an object (进行了认真的研究, 受到广泛的关注: `nominalizers` before it) or the verb heads a noun phrase
#     (积极的推进作用: `heads` after it, or punctuation);
#   - an intransitive verb from `manner` + 的 + a degree word from `degree` → 得 (跑的很快 → 跑得很快), unless the
#     degree word starts a listed non-degree word (很多, 非常规).
# 有的, 真的, 是的, 似的, 别的, 目的, 的确, 当地, 获得… never match: the lists hold no such words.
@rule word-de-di-de

@section adverbials
加班加点
兢兢业业
扎扎实实
认认真真
踏踏实实
实实在在
全心全意
千方百计
不遗余力
争分夺秒
有条不紊
井然有序
坚定不移
毫不动摇
大张旗鼓
积极
认真
努力
主动
耐心
仔细
默默
悄悄
静静
慢慢
渐渐
热情
亲切
详细
迅速
顺利
有序
严格
坚决
彻底
依法

@section verbs
推进
推动
开展
研究
落实
制作
参与
投入
学习
完成
解决
回答
表示
介绍
参加
加强
做好
贯彻
执行
实施
处理
应对
配合
支持
帮助
宣传
组织
协调
探索
思考
交流
讨论
询问
倾听
讲述
讲解
指导
检查
清点
搬运
整理
打造
构建
提升
维护
工作
服务
说
讲
做
干
看
听
写
走
抓
办
改
学
想
问

@section nominalizers
进行
进行了
作了
做了
作出
做出
给予
给予了
得到
得到了
受到
受到了
加以
开展
开展了
展开
展开了
经过
通过
引起
引起了
赢得
赢得了
获得
获得了
一种
一次
一番
一场
这种
那种

@section heads
作用
态度
精神
力量
措施
举措
成效
成果
效果
意义
方式
方法
过程
步伐
势头
动力
氛围
手段
能力
机制
体系
模式
效应
影响
行动
姿态
表现
行为
工作
人员
者
人
员
中
下
里
后
前
时
上
之
和
与
及
等
的

@section manner
跑
走
跳
飞
睡
笑
哭
游
爬
玩
活
变
忙
进行
开展
推进
落实
完成
恢复
增长
提高
发展
表现
表演
运行
进步
成长
休息
生活
准备
筹备

@section degree
很 | except=很多,很少
非常 | except=非常规,非常态,非常时期
十分 | except=十分之
越来越
极其
格外
挺 | except=挺进,挺拔,挺立,挺身

@trigger 该调解中心工作人员逐一核对信息，加班加点的制作相关法律文书。
@trigger 各级工会积极的推进职工书屋建设。
@trigger 他们认真的研究了方案。
@trigger 他跑的很快。
@trigger 各项工作推进的非常顺利。
@clean 有的很好，有的很差。
@clean 这件事真的很重要。
@clean 他们进行了认真的研究。
@clean 发挥积极的推进作用。
@clean 受到广泛的关注，得到积极的回应。
@clean 这样做的目的很明确。
@clean 当地获得了很多支持。
@clean 我们将更加努力地工作。
@clean 他走的很多路都是山路。
@clean 经过加班加点的制作，文书终于完成。

"""####
    ),
    (
      "word/redundancy.txt",
      ####"""
# Semantic redundancy (word-redundancy): warnings. A replacement gives an unsafe fix; pairs (约…左右) only advise.
# 凯旋而归 is tolerated by many editors and is not listed. Quotations are exempt.
@rule word-redundancy
@fix unsafe

凯旋归来 => 凯旋 | advice=“凯旋”即胜利归来
亲眼目睹 => 目睹 | advice=“目睹”即亲眼看到
免费赠送 => 赠送 | advice=“赠送”即无偿给予
过分溺爱 => 溺爱
春节佳节 => 春节 | advice=“佳节”与“春节”重复，可写“春节”或“新春佳节”
忍俊不禁地笑 | advice=“忍俊不禁”即忍不住笑
约 | next=@digit,有 | notPrev=节,制,签,预,邀,合,公,条,契,婚,相,特,践,履,违,毁,解,誓,盟,失,赴,租,聘,订,立,缔,隐,简,集,规,纽 | then=左右,上下 | within=12 | advice=“约”与“左右”语义重复，删去其一
大约 | then=左右,上下 | within=12 | advice=“大约”与“左右”语义重复，删去其一
超过 | next=@digit | then=以上 | within=12 | advice=“超过”与“以上”语义重复，删去其一
截止到 | then=为止 | within=14 | advice=“截至”已含“为止”之意
截至 | then=为止 | within=14 | advice=“截至”已含“为止”之意

@trigger 运动员凯旋归来。
@trigger 约有300人左右参加活动。
@trigger 超过500人以上参加。
@trigger 在春节佳节即将来临之际，送上慰问。
@trigger 我亲眼目睹了这一幕。
@clean 运动员凯旋。
@clean 约有300人参加活动。
@clean 活动持续了两个小时左右。
@clean 新春佳节即将来临。
@clean 每年可节约300吨左右。
@clean 双方签约3年左右的合作。
@clean 超过500人参加，其中一半以上是青年。

"""####
    ),
    (
      "word/reduplication.txt",
      ####"""
# Accidental doubling (word-dup-char). Chinese reduplicates on purpose (常常, 一幅幅, 认认真真, 绿油油, 张婷婷),
# and two words often meet on a shared character (今天|天气, 工会|会员, 中国|国家), so copydesk does not flag every
# doubled character. It flags:
#   - a listed word with its last character doubled (真正正, 做好好) unless the second copy starts one of the
#     entry's `ok` words (真正|正确); or its first character doubled (真真正) unless that pair is an AA word;
#   - a doubled function character (的的, 了了, 们们) unless the second copy starts an `ok` word (目的|的确);
#   - three or more identical characters, except onomatopoeia and interjections, and never inside quotations.
# Never flagged: 一 + measure word doubled (一幅幅, 一段段), AABB (认认真真, 真真正正), the lexicon below.
@rule word-dup-char

@section words
真正 | ok=正确,正常,正式,正在,正是,正义,正当,正面,正规,正品,正宗,正版,正值,正好,正能量
做好 | ok=好人,好事
认真 | ok=真正,真实,真诚,真心,真切,真情,真抓,真的,真是,真相
加强 | ok=强化,强调,强大,强度,强国,强基,强农,强省,强市,强县,强项,强制,强势,强者,强企,强链
推进 | ok=进一步,进行,进展,进程,进入,进步,进口,进出,进驻,进取,进度,进修,进社区,进校园,进企业
积极 | ok=极大,极端,极其,极为,极力,极限,极具,极少,极度,极致
切实 | ok=实施,实现,实际,实在,实行,实践,实效,实事,实干,实处,实验,实体,实地,实情
全面 | ok=面对,面向,面临,面积,面貌,面上,面试,面谈,面料,面包
深入 | ok=入户,入会,入党,入手,入选,入住,入口,入园,入学,入职,入企,入校,入村,入社区
持续 | ok=续航,续签,续约,续保,续费
不断 | ok=断层,断裂,断供,断电,断水,断档,断线,断绝,断定,断言,断然

@section function
的 | ok=的确,的士,的哥,的姐
了 | ok=了解,了结,了却,了如指掌,了断,了事,了望,了得,了然,了不起,了无,了之,了了
们

@section aa
常常
刚刚
渐渐
天天
人人
个个
年年
家家
处处
好好
慢慢
看看
想想
谢谢
纷纷
频频
默默
悄悄
往往
仅仅
恰恰
明明
层层
步步
一一
深深
紧紧
轻轻
静静
久久
高高
大大
多多
早早
稍稍
偷偷
暗暗
统统
万万
做做
试试
走走
说说
谈谈
聊聊

@section triple
哈
呵
嘻
嘿
哦
啊
呀
嗯
咚
嘀
哒
啦
嘟
噔
哗
轰
砰
叮
当
咕
滴
嗡
呜
汪
喵
咯
嘎
吱
快
来
走
好
对
是
不
冲
谢
买

@trigger 为区域发展和职工群众真正正带来实惠。
@trigger 切实做好好运保障工作。
@trigger 这是我的的书。
@trigger 这是我们们的责任。
@trigger 会议很重要的的的。
@trigger 我们要真真正落实到位。
@clean 一幅幅画面映入眼帘，一段段历史进入耳朵。
@clean 他们纷纷表示，谢谢工会，常常来看望。
@clean 大家认认真真地工作，真真正正落实到位。
@clean 职工们兴致勃勃地动手制作，田野里绿油油的一片。
@clean 张婷婷是一名快递员。
@clean 这样做的目的的确是为了了解情况。
@clean 今天天气很好，工会会员和中国国家队都来了。
@clean 真正正确的做法是深入入户走访。
@clean 他坐的的士很快。
@clean 他笑着说：“哈哈哈，好好好！”

"""####
    ),
    (
      "word/typos.txt",
      ####"""
# Non-word misspellings (word-typo): the curated list of house-style §5. Each left side is not a word of
# modern Chinese, so the fix is safe; `notPrev`/`notNext` guard the few that can arise across a word boundary.
# Not adopted, although public lists have them: 渡过难关 (correct), 青睐有加 (standard usage), 既使 (correct in
# 既使…又使…), 另售 (门票另售 = sold separately), 了望 (an old form, not a typo).
@rule word-typo

布署 => 部署
按排 => 安排 | notNext=名,序,列,期,班,位,行
渡假 => 度假
即然 => 既然
松驰 => 松弛
震憾 => 震撼
帐蓬 => 帐篷
坐阵 => 坐镇
峻工 => 竣工
座落 => 坐落 | notPrev=一,这,那,每,两,几,该,整,此 | notNext=成
凑和 => 凑合 | notPrev=拼,紧,西,八,凑
按装 => 安装 | notNext=机,配,车,卸,修,箱,运,载
重覆 => 重复
必竟 => 毕竟
辨论 => 辩论 | notPrev=分,明 | notNext=文,点,据
沉缅 => 沉湎
璀灿 => 璀璨
防碍 => 妨碍
粉沫 => 粉末
风糜 => 风靡
幅射 => 辐射 | notPrev=一,这,那,每,整,单,该
高吭 => 高亢
鼓惑 => 蛊惑
规距 => 规矩 | notNext=离,今
寒喧 => 寒暄
喝采 => 喝彩
急燥 => 急躁
编缉 => 编辑
安祥 => 安详 | notNext=和,瑞
侯车 => 候车
决择 => 抉择 | notPrev=判,表,裁,议
气慨 => 气概
老俩口 => 老两口
名信片 => 明信片
入场卷 => 入场券

# Idioms (成语) with a wrong character.
一如继往 => 一如既往
再接再励 => 再接再厉
迫不急待 => 迫不及待
穿流不息 => 川流不息
走头无路 => 走投无路
名负其实 => 名副其实
谈笑风声 => 谈笑风生
蛛丝蚂迹 => 蛛丝马迹
金璧辉煌 => 金碧辉煌
娇揉造作 => 矫揉造作
烩炙人口 => 脍炙人口
世外桃园 => 世外桃源
兰天白云 => 蓝天白云
一股作气 => 一鼓作气
甘败下风 => 甘拜下风
按步就班 => 按部就班
变本加利 => 变本加厉
针贬时弊 => 针砭时弊
大声急呼 => 大声疾呼
手屈一指 => 首屈一指
既往不究 => 既往不咎
暗然失色 => 黯然失色
默守成规 => 墨守成规
黄梁一梦 => 黄粱一梦
灸手可热 => 炙手可热
出奇不意 => 出其不意
因地治宜 => 因地制宜
中流抵柱 => 中流砥柱
不径而走 => 不胫而走
一愁莫展 => 一筹莫展
相形见拙 => 相形见绌
蓄势代发 => 蓄势待发
再所不惜 => 在所不惜
凭心而论 => 平心而论
悬梁刺骨 => 悬梁刺股
食不裹腹 => 食不果腹
饮鸠止渴 => 饮鸩止渴
竭泽而鱼 => 竭泽而渔
天翻地复 => 天翻地覆
融汇贯通 => 融会贯通

@trigger 各项工作已布署到位。
@trigger 希望大家再接再励，再创佳绩。
@trigger 大家迫不急待地走进会场。
@trigger 活动现场气氛热烈，大家一股作气完成了任务。
@trigger 东西拼凑和凑和着用都不行，凑和着过日子。
@clean 企业携手渡过难关。
@clean 投资者对该板块青睐有加。
@clean 既使企业受益，又使职工得实惠。
@clean 饮料另售，门票另售。
@clean 新规距离实施还有一个月。
@clean 这幅射箭比赛的照片很生动。
@clean 东拼西凑和生搬硬套都不可取。
@clean 这座落成不久的大楼按排名顺序入选，平安祥和。
@clean 按装机容量计算。
@clean 鼓励大家在新的一年里，再接再厉，勇攀高峰。
@clean 他在《再接再励》一文中写道。

"""####
    ),
    (
      "word/variants.txt",
      ####"""
# Variant forms (word-variant-standard): 异形词 → the recommended form of《第一批异形词整理表》(GF 1001—2001)
# and 现代汉语词典. Info, safe fix. Only forms that cannot arise across a word boundary are listed (身分 is
# left out: 本身分为…; so are 份内/份外 (一份内容), 展转 (发展转型), 录相 (记录相关), 股分 (每股分红)); 惟一 is in word-confusable; idioms keeping 惟 (惟妙惟肖) are not touched; 交待 stays.
@rule word-variant-standard

身分证 => 身份证
成份 => 成分 | notPrev=组,构,完,达,变,形,生,股
笔划 => 笔画 | notNext=拨,转,出,入,分,定,归
图象 => 图像
想像 => 想象
录象 => 录像
模胡 => 模糊
辈份 => 辈分
禀承 => 秉承
必恭必敬 => 毕恭毕敬
参预 => 参与
搀和 => 掺和
搀杂 => 掺杂
搀假 => 掺假
澈底 => 彻底
筹画 => 筹划
出谋画策 => 出谋划策
答覆 => 答复
耽心 => 担心
耽忧 => 担忧
倒楣 => 倒霉
定婚 => 订婚
独脚戏 => 独角戏
发人深醒 => 发人深省
蕃衍 => 繁衍
份量 => 分量 | notPrev=一,两,三,四,五,六,七,八,九,十,几,每,这,那,此,该,本,双,单,整
忿忿 => 愤愤
丰富多采 => 丰富多彩
告戒 => 告诫
梗直 => 耿直
恭惟 => 恭维
勾划 => 勾画
孤负 => 辜负
关连 => 关联 | notPrev=相
光采 => 光彩
归根结柢 => 归根结底
过份 => 过分 | notPrev=超,通,经,度,透
含胡 => 含糊
涵蓄 => 含蓄
哄动 => 轰动
宏扬 => 弘扬
胡涂 => 糊涂
恍忽 => 恍惚
火伴 => 伙伴
机伶 => 机灵
激忿 => 激愤
计画 => 计划
记念 => 纪念
佳宾 => 嘉宾
驾御 => 驾驭
简炼 => 简练
狡滑 => 狡猾
精采 => 精彩
刻划 => 刻画
狼籍 => 狼藉
累坠 => 累赘
联贯 => 连贯
联接 => 连接 | notPrev=互
联绵 => 连绵
卤莽 => 鲁莽
落漠 => 落寞
马糊 => 马虎
门坎 => 门槛
摹仿 => 模仿
摹拟 => 模拟
磨擦 => 摩擦
谋画 => 谋划
凝炼 => 凝练
钮扣 => 纽扣
飘泊 => 漂泊
飘流 => 漂流
气势凶凶 => 气势汹汹
牵联 => 牵连
神彩 => 神采
思惟 => 思维
死心踏地 => 死心塌地
挺而走险 => 铤而走险
透澈 => 透彻
玩艺儿 => 玩意儿
无动于中 => 无动于衷
希罕 => 稀罕
希奇 => 稀奇
洗炼 => 洗练
萧洒 => 潇洒
小题大作 => 小题大做
信口开合 => 信口开河
惺松 => 惺忪
训戒 => 训诫
压韵 => 押韵
义无返顾 => 义无反顾
影象 => 影像
斩新 => 崭新
颤栗 => 战栗
折衷 => 折中
指手划脚 => 指手画脚
装璜 => 装潢
姿式 => 姿势
左证 => 佐证

@trigger 请携带身分证办理。
@trigger 这种材料的成份复杂。
@trigger 监控图象清晰。
@trigger 孩子们的想像力丰富。
@clean 他的表演惟妙惟肖。
@clean 请把情况交待清楚。
@clean 请携带身份证办理。
@clean 本身分为两个部分。
@clean 公司组成份额相等的两部分。
@clean 财政一笔划拨资金到位，超过份额的部分退回，一份量表。

"""####
    ),
  ]
}
