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
      "words/confusables.txt",
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
      "words/de-di-de.txt",
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
      "words/redundancy.txt",
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
      "words/reduplication.txt",
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
      "words/typos.txt",
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
      "words/variants.txt",
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
