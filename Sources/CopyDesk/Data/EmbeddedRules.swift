// Generated from rules/ by `COPYDESK_RECORD=1 swift test --filter GeneratedFilesTests`. Do not edit.
// The binary embeds the default rule data so that it works from any directory with no files beside it.
public enum EmbeddedRules {
  public static let files: [(name: String, content: String)] = [
    (
      "names/orgs.txt",
      ####"""
# Organisations for the news-* name rules (rules/names/README.md): how organisation names end, which short forms
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
由 的 了 是 把 被 让 请 据 以 为 以及 陪同 来到 带领 邀请 出席 现任 担任 作为 包括 其中 会见 看望 慰问 听取 当天 昨天 近日
日前 今天 随后 会上 及时 联系 前往 到达 赴 一行 在 向 对 与 同志 关于 原 时任 前任

"""####
    ),
    (
      "names/register.txt",
      ####"""
# House register of people and their titles (news-register-title; format in rules/names/README.md).
#
#     NAME | org=ORGANISATION | title=TITLE[、TITLE…] | from=YYYY-MM-DD | to=YYYY-MM-DD | note=…
#
# One line per person and organisation; a person with posts in several bodies has several lines, and a post that
# changed has one line per period. `title` is the chain as printed after the organisation (党组书记、副主席); every
# title in it must be in titles.txt. `from`/`to` are optional and inclusive; an entry without `to` is current.
# A desk replaces this file with its own (`"data": {"replace": {"names/register.txt": "desk/register.txt"}}`).
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
      "names/roster.txt",
      ####"""
# Protocol rosters for news-leader-order (format in rules/names/README.md): when two or more names of one roster
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
      "names/surnames.txt",
      ####"""
# Chinese surnames for the person-mention extractor (rules/names/README.md), and the context words that decide
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
      "names/titles.txt",
      ####"""
# Title lexicon for the person-mention extractor shared by the news-* name rules (rules/names/README.md).
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
    "punct-space-around-fullwidth": "error"
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
    "punct-space-around-fullwidth": "error"
  }
}

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
