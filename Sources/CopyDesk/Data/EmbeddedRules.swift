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
      "news/names/name-ends.txt",
      ####"""
# Where a name ends: words that follow a name, characters that end given names, and places that open with a surname
# (rules/news/names/README.md). A subset of the lexicons in ../shared/lexicon, embedded with their licence notices
# beside this file (LICENSE-jieba.txt, LICENSE-pycorrector.txt).
#
# @section postname — two-character words that follow a name (a name ends before them): `国务院总理X强日前` is X强,
#   not X强日. From jieba's dictionary (jieba 0.42.1, MIT): every word of two Han characters tagged as a verb (v,
#   vd), adverb (d, ad), time word (t), preposition (p) or conjunction (c) with a frequency of at least 1,000, less
#   the words that are also the given name of a person in person-names.txt (建成, 继承) or a title; then the words
#   that follow names in political news that jieba tags otherwise or counts lower (会见, 致电, 日前, 视察…).
# @section givenlast — characters that end a three-character name: every last character of the 6,766
#   three-character names of pycorrector's person-names.txt (Apache-2.0) that open with a surname of surnames.txt.
#   When nothing else decides between a two- and a three-character reading (`方强专程…`), a third character that
#   ends no name is not part of the name.
# @section places — countries, capitals and regions whose names open with a surname (苏丹, 马里, 韩国, 卢旺达):
#   not a person unless a title stands right before (市政协副主席苏丹丹). Hand-picked from the UN member states and
#   their capitals.
@rule news-person-first-mention

@section postname
一再 一同 一向 一定 一小 一幅 一律 一旦 一时 一直 一致 一行 一边 一齐 上前 上升 上午 上去 上年 上来
上涨 上班 上空 下令 下列 下午 下去 下属 下岗 下来 下载 下辖 下达 下降 下马 不下 不了 不仅 不会 不但
不住 不便 不停 不免 不再 不准 不到 不及 不变 不可 不吃 不在 不够 不好 不如 不妨 不少 不已 不得 不必
不怕 不想 不成 不敢 不断 不是 不曾 不然 不用 不知 不禁 不算 不管 不肯 不能 不行 不见 不觉 不让 不许
不论 不该 不过 不远 不难 不顾 与其 专程 东汉 严厉 严格 丧失 中午 中叶 中年 中日 中期 为主 为了 为止
为首 主持 举办 举动 举行 乃是 乃至 乘坐 乘机 九年 也许 买卖 了解 予以 争取 争夺 争论 事先 于是 互相
五代 五年 五月 五间 交往 交换 交涉 交给 产卵 享受 享有 亲自 仅仅 今后 今天 今年 今日 今晚 介绍 仍旧
仍然 从不 从业 从中 从事 从前 从小 从未 从来 从此 从而 仔细 付出 代替 以为 以便 以免 以及 以外 以往
以此 以至 以致 任免 任职 仿佛 休息 休闲 会上 会晤 会见 会谈 传入 传来 传递 伤亡 估计 伴随 伸出
伸手 似乎 但是 位于 位居 位置 低下 低于 体现 何以 何况 何必 作为 作出 作战 作用 佩服 使命 使得 使用
例外 例如 供奉 依据 依次 依然 依照 依赖 依靠 侦察 侵入 侵犯 侵略 便于 便是 促使 促进 俗称 保卫 保存
保护 保持 保留 保证 保障 信奉 修建 修改 修缮 倘若 值得 倾向 倾斜 假如 假定 偏偏 做出 做到 做好 做法
停止 停留 偶尔 偶然 像是 允许 元代 元年 元朝 充分 先前 先后 先是 克服 免得 免疫 兑换 入侵 八年 八月
公布 公开 共同 关于 关注 关闭 兴奋 兴建 兴起 其实 具备 具有 兼任 兼备 再也 再度 再次 再说 写作 冬天
冬季 决定 决心 准备 减少 减轻 几乎 凡是 凭借 出于 出任 出入 出去 出发 出台 出名 出土 出席 出征 出手
出来 出版 出现 出生 出色 出访 出身 出门 击败 分为 分享 分别 分布 分开 分成 分散 分明 分泌 分离 分裂
分解 切实 划分 列为 列入 刚刚 刚才 创办 创建 创新 创立 创造 初期 初步 判决 判断 利害 别说 到处 到底
到来 到达 制定 制成 制止 制订 制造 刺激 削弱 前列 前去 前往 前来 前进 剥削 剩下 加上 加以 加入 加大
加强 加快 加热 加紧 加速 加重 努力 勉强 包含 包围 包括 北宋 十月 升高 协助 协定 协调 单独 南宋 占地
占据 占有 占领 即位 即使 即便 即可 即将 却是 却说 历来 压迫 原先 原始 原有 原来 去世 去年 参与 参加
参考 及其 及时 反击 反复 反对 反射 反抗 反映 反正 反而 发出 发射 发布 发挥 发掘 发放 发明 发现 发生
发行 发表 发言 发起 取代 取决 取出 取得 取消 取胜 受伤 受到 受命 受理 变为 变得 变成 变更 叙述 叛乱
古代 另外 只好 只得 只怕 只是 只有 只管 只能 只要 只见 叫作 叫做 召开 召见 召集 可不 可以 可怕 可怜
可惜 可是 可用 可能 可见 可谓 可靠 号召 号称 吃饭 合乎 合并 合成 同年 同意 同日 同时 同样 同步 名为
名叫 后世 后代 后期 向往 向来 否则 否定 吩咐 含有 听到 听取 听见 听说 吸引 吸收 呈现 告诉 周年 周期
呼吁 呼吸 咳嗽 响应 响起 哪怕 唐代 善于 喜欢 喜爱 喝道 喝酒 嘉靖 回事 回到 回去 回头 回归 回忆 回报
回来 回答 回过 回顾 因为 因此 因而 围绕 固然 在于 在场 在外 在校 坐下 坐在 坚决 坚强 坚持 垂直 垄断
培养 基于 填报 增加 增多 增大 增强 增添 增设 增长 处于 处处 处理 处罚 处置 复习 夏天 夏季 夜晚 夜里
夜间 大于 大叫 大将 大幅 大概 大笑 大约 大致 大连 天天 失去 失望 失误 失败 夺取 夺得 奇怪 奋斗 奠定
好像 好吃 好处 好好 好生 好看 如下 如今 如同 如是 如果 如此 始于 始建 始终 存在 孤立 学习 安定 安慰
安排 安装 宋代 完全 完善 完成 完毕 定为 宛如 实习 实在 实施 实现 实用 实行 实践 审计 审议 宣布 害怕
密切 富有 对于 对待 对手 对抗 对此 对比 对立 寻找 寻求 导演 导致 封闭 将来 尚无 尚有 尚未 尤其 就业
就是 就此 就算 就要 就让 尽快 尽管 尽量 居住 居然 展开 展示 展览 属于 履行 巩固 差别 已有 已然 已知
已经 希望 带动 带有 带来 带领 帮主 帮助 常常 干扰 干涉 干脆 平日 平时 年代 年初 年底 年纪 年间 并且
并未 并非 应当 应有 应用 应该 废除 度假 延伸 延续 延长 建制 建有 建立 建造 开会 开创 开发 开始 开封
开展 开拓 开支 开放 开来 开辟 开通 开采 异常 引入 引发 引导 引用 引起 引进 弯曲 强化 强调 当下 当今
当代 当作 当初 当前 当即 当天 当年 当日 当时 当晚 当然 当真 当选 录取 形成 彻底 往前 往往 往来 征服
征求 征集 很快 得以 得出 得分 得到 得名 得意 得知 得罪 微微 必备 必定 必然 必要 必读 必需 必须 忘记
快速 忽然 忽视 怀疑 思考 急忙 总之 总是 恐怕 恢复 恰好 恰恰 悬挂 想到 想想 想法 想着 想要 想起 感到
感动 感受 感染 感激 感谢 愤怒 愿意 愿望 慢慢 慰问 懂得 成为 成立 成长 或是 或者 或许 战后 截止 截至
所以 所得 所知 所说 手续 才能 打仗 打倒 打击 打听 打开 打扮 打死 打着 打破 打算 打败 执政 执行 扩大
扩展 扩建 扩张 批准 批判 批评 找到 承受 承担 承认 把握 抑制 抓住 投入 投诉 投降 报仇 报名 报考 报道
披露 抬头 抬起 抱住 抵触 担任 担心 担负 拆除 拉开 拍卖 拍摄 拒绝 招呼 招收 招生 招聘 拥有 拦截 拱手
拼命 拿出 拿到 持有 持续 指出 指定 指挥 指着 指示 指责 按照 挣扎 挥手 损伤 损害 据悉 据此 据说 掀起
授予 授权 掌握 掌管 掏出 排列 排名 排除 探明 探测 探索 探讨 接到 接受 接待 接收 接着 接触 接过 接近
接连 控制 推出 推动 推广 推开 推翻 推荐 推行 推进 推送 描写 描绘 描述 提供 提倡 提出 提到 提前 提升
提名 提议 提起 提醒 提问 提高 揭示 揭露 搜索 搞笑 携带 摆脱 摇头 撤销 撰写 擅长 操作 操纵 支付 支出
支持 支援 支撑 收入 收到 收回 收拾 收获 收藏 收购 收集 改为 改变 改名 改善 改建 改称 改编 改装 改进
改造 攻关 攻击 攻占 放到 放在 放开 放弃 放心 放松 故意 整合 整齐 料到 新增 新月 施行 旋转 无不 无奈
无比 无疑 无论 无限 既有 既然 日前 日历 日后 日常 日月 日期 日电 早上 早就 早已 早年 早晨 早期 明代
明天 明日 明明 明朝 明清 明确 易于 昔日 星期 春天 春秋 春节 昨天 昨日 是从 是否 是非 显得 显然 显示
晓得 晚上 晚年 晚期 普遍 暂时 暗中 暗暗 暴露 更为 更加 更名 更好 更新 更是 曾经 最为 最初 最新 最早
最终 有意 有着 服从 期待 期望 未必 未来 未能 本月 本来 杀害 杀死 来到 来回 来自 极为 极了 极其 极少
构成 构造 果然 查看 树立 根据 格外 概括 模拟 横贯 次年 次日 欢喜 欢迎 欣赏 正中 正在 正常 正式 正是
正确 正门 正面 此前 此后 此外 此时 此间 死亡 死刑 死去 殿试 每当 比分 比如 比较 毕竟 毫不 毫无 氧化
永远 求知 求职 沉吟 沟通 没有 治理 治疗 沿用 沿着 注入 注册 注意 注视 注重 活着 派出 派遣 流入 流行
测定 浏览 消灭 消除 涉及 涌现 淘汰 深入 深刻 深受 添加 清代 清晨 清朝 渐渐 渴望 游行 源于 满意 满脸
满足 演习 演出 演变 演奏 激励 激发 激起 灭亡 点亮 点头 然后 然而 照顾 熟悉 燃烧 爆发 爆炸 特别 特定
牺牲 犹如 独立 独自 猛地 率领 现代 现在 现已 理解 甚至 生于 生存 生怕 生意 生成 生日 生死 用于 用以
用作 用来 由于 由此 申请 畅销 留下 留在 留学 登上 登时 登记 登陆 白天 的确 监视 盛行 目前 直到 直接
直至 相互 相似 相信 相关 相反 相同 相对 相差 相应 相当 相比 相等 相继 相见 相距 相连 看作 看出 看到
看来 看法 看看 看着 看见 看过 真实 真是 真正 真的 眼下 眼前 眼看 着实 着手 睡眠 睡着 睡觉 瞧瞧 瞬间
知名 知识 知道 破坏 确保 确定 确实 确立 确认 碰到 磕头 祭祀 禀报 禁止 离开 种植 积极 积累 称为 称呼
称赞 稳步 究竟 穿过 突出 突然 立刻 立即 立时 立法 竟是 竟然 竭力 符合 等于 等到 等待 答复 答道 签字
签署 签订 简介 简历 简直 简称 算了 算是 管辖 类似 粉碎 紧紧 紧闭 累计 繁殖 纠正 纳入 纵横 纵然 纵身
纷纷 练习 组合 组建 组成 组织 终于 终究 终身 经常 经过 结合 结婚 结成 结束 给予 绝不 绝对 统治 统计
继续 维修 维护 维持 缓慢 缓缓 缓解 缔结 编制 缩小 缺乏 缺少 罢免 罢工 置于 翻译 翻身 考察 考生 考虑
考证 而且 而是 而言 联合 联想 聚集 肯定 能否 能够 脱离 膨胀 自主 自从 自信 自古 自幼 自有 自杀 自治
自然 自称 自觉 至于 至今 至少 至此 致使 致信 致函 致电 致辞 节日 获取 获得 落下 虽然 虽说 行为 行走
补充 表决 表明 表演 表现 表示 表达 被捕 被迫 袭击 西周 西晋 要是 要求 要说 覆盖 见于 见到 见长 观察
观看 视为 视察 觉得 解决 解开 解放 解释 解除 誉为 警察 计算 认为 认定 认得 认真 认证 认识 讨论 记住
记得 记载 论述 设在 设有 设立 访问 评为 识别 诊断 试图 诞生 询问 详细 说出 说完 说明 说来 说法 说话
说起 说道 请愿 请求 谁知 谈到 谴责 象征 负担 负责 购买 贯彻 赋予 赔偿 赛季 赞成 赢得 走上 走出 走向
走来 走进 赶到 赶快 赶来 赶紧 起义 起伏 起到 起来 起身 起飞 超出 超越 超过 越是 足够 跟着 跟踪 跟随
跪下 身穿 躬身 转入 转动 转化 转变 转向 转头 转换 转移 转让 转身 转过 轻轻 较为 辐射 输入 输出 辞职
达到 达成 迅速 过于 过去 过年 过来 过渡 迎接 运行 近代 近日 近期 近来 返回 还是 还有 还要 进入 进军
进化 进去 进城 进攻 进来 进步 进而 进行 远远 违反 连忙 连接 连连 迫使 追求 追赶 退休 退出 送到 送来
送给 适合 适应 适用 逃走 选举 选出 选手 选拔 选择 透明 透露 逐步 逐渐 递增 递给 通常 通往 通用 通知
通称 通过 通道 逝世 造反 造成 逮捕 遇到 遭到 遭受 遵守 遵循 避免 避开 邀请 那末 配合 配备 配置 采取
采用 采访 采购 释放 重复 重视 鉴定 针对 锻炼 镇压 长期 闭会 闻名 阅读 阐明 阐述 防守 防御 防止 防治
阻止 陆续 降低 限制 除了 除非 陷入 随之 随便 随即 随后 随意 随手 随时 随着 隐藏 隶属 难以 难免 难度
难得 难道 集中 集合 需求 需要 震惊 露出 青年 非常 面临 面对 面试 顺便 顺利 顺治 顺着 顿时 颁发 颁布
预定 预算 预防 飞行 饲养 首先 首都 马上 高于 高出 高呼 高考 高速 鼓励
@section givenlast
一 丁 万 三 上 丕 世 丙 业 东 丞 严 丫 中 丰 临 丹 为 主 丽 举 久 义 之 乌 乐 乔 乘 九 也
书 乾 予 云 五 井 亚 亢 亨 京 亭 亮 人 仁 今 介 仑 仕 仙 令 以 仪 仰 仲 价 任 休 会 伟 传
伦 伯 伶 位 佐 佑 佩 佳 佶 侗 依 侠 侯 俊 俐 保 信 俭 修 倌 倓 倜 倩 倬 健 傻 儋 儒 儿 元
充 先 光 克 全 公 六 兮 兰 兴 兵 其 典 兹 内 冉 军 农 冬 冰 冲 准 凌 凝 几 凡 凤 凯 凹 函
刀 列 刚 初 利 前 剑 力 功 劢 努 勇 勉 勋 勒 勖 勤 勰 北 千 升 午 卉 华 卓 南 博 卫 印 卿
历 原 及 友 双 发 叔 受 古 召 可 台 叹 合 吉 同 名 后 君 含 启 吹 吾 周 味 和 咲 哉 哲 唐
啸 善 喜 嘉 嘏 嘴 因 园 围 国 图 圆 圣 在 圭 地 圻 均 坚 坤 垕 垠 垣 城 域 培 基 堂 堉 堪
塔 塞 塽 增 墨 士 壬 壮 声 复 夏 夔 多 夜 大 天 太 夫 头 奇 奈 奋 奎 奕 奢 奥 奭 女 如 妃
妍 妤 妮 妹 姑 姓 姗 姬 姿 威 娅 娇 娘 娜 娟 娣 娥 娴 婆 婉 婕 婷 媚 媛 嫣 嬅 子 孔 存 孙
孚 孝 孟 学 孳 孺 宁 宅 宇 安 宋 宏 宗 定 宜 宝 实 宠 客 宣 宪 害 家 宸 容 宽 宾 寅 密 富
寒 察 寰 寿 封 尊 小 尔 尘 尚 尧 尹 尼 居 屏 履 山 岁 岐 岑 岗 岚 岩 岱 岳 峄 峤 峨 峰 峻
崇 崧 嵘 巍 川 工 左 巧 己 巳 帅 帆 师 希 帝 常 幕 干 平 年 幸 幻 广 庄 庆 应 庚 庠 度 庭
庵 庶 康 庸 廉 廷 建 开 式 弓 弗 弘 弟 弦 强 弼 当 彝 彤 彦 彩 彪 彬 彭 彰 彻 征 徐 得 御
微 徵 德 徽 心 忆 忌 志 忞 忠 忭 忱 念 怀 思 怡 性 恂 恒 恢 恩 恪 恬 恭 恺 悌 悦 悲 惇 惕
惠 愈 意 愚 慈 慎 慧 慰 懋 懿 戊 戎 成 房 扁 才 托 扬 承 抟 抡 拉 拍 振 捷 推 措 摩 撰 操
攸 政 敏 教 敦 敬 敷 文 斋 斌 斗 斯 新 方 施 日 旦 旭 时 旸 旺 昀 昂 昆 昉 昊 昌 明 易 昕
星 春 昭 昱 昶 显 晃 晋 晏 晓 晖 晟 晦 晨 普 景 晶 智 曜 曦 曧 曼 曾 月 有 朋 服 朔 朗 望
期 木 未 本 朱 朴 权 材 杞 来 杨 杰 松 极 构 林 果 枝 枢 枧 枫 柏 柔 查 柱 标 栋 树 校 根
格 桂 桐 桑 桓 桢 桥 桦 梁 梅 梓 梦 梧 梵 梼 检 棋 棠 棣 棫 森 植 椿 楙 楚 楠 楫 楷 楼 概
榔 榘 榜 樘 樵 欣 欧 歌 正 武 殊 殷 殿 毅 毓 毛 氏 民 氓 水 永 汀 求 汉 汐 江 汴 汶 汾 沃
沄 沅 沐 沙 河 治 泉 泓 法 泗 波 泥 泰 泳 泽 洁 洋 洙 洛 洞 津 洪 洲 洵 流 济 浚 浦 浩 海
涑 涛 涣 润 涵 淇 淑 淦 淮 深 淳 淹 淼 清 渊 渐 渔 渝 渠 湄 湉 湖 湘 源 溟 溥 溪 溶 滋 滢
滨 演 漪 潜 澄 澈 澍 澜 濂 濬 瀚 瀛 灏 灯 灿 炆 炎 炘 炜 炤 炫 炯 炳 炽 烈 烟 烽 焕 焘 然
煊 煌 煜 煤 煦 照 熊 熙 熜 熤 燊 燕 燧 燮 爱 爵 父 牙 牛 物 特 狄 狮 狱 猫 猷 玄 玉 王 玑
玖 玘 环 玲 玺 珂 珊 珍 珑 珠 珩 珪 球 理 琍 琏 琛 琢 琦 琨 琪 琬 琳 琴 琼 瑄 瑛 瑜 瑞 瑟
瑭 瑮 瑰 瑶 瑾 璇 璋 璐 璘 璜 璞 璟 璠 璥 璧 璨 瓒 甄 生 用 甫 田 甲 申 男 畅 略 畲 畴 疾
病 登 白 的 皇 皋 盈 益 盖 盛 直 相 省 真 睿 瞒 瞳 知 石 砚 砥 硕 碧 磊 礼 祀 祁 祈 祉 祎
祖 祚 祝 神 祥 祯 祺 禄 禅 福 禧 禹 离 秀 秋 科 积 程 稚 稷 穆 穷 立 章 童 端 竹 笃 笑 笙
符 第 筑 筠 简 箕 箫 箴 籁 粟 素 索 红 约 纯 纲 纳 纶 绂 绅 绍 经 结 统 绩 绪 绫 绳 维 绶
绾 缃 缇 缵 罕 罗 罡 羊 美 群 羲 羹 羽 翀 翁 翎 翔 翘 翠 翮 翰 翼 耀 老 考 耆 耕 耘 耳 耿
聃 联 聚 聩 聪 肖 育 胜 胡 胤 胥 能 腾 膺 臣 臻 舅 舆 舒 舜 舟 航 舫 良 色 艺 节 芙 芝 芬
花 芳 芸 芹 芾 苇 苍 苓 苞 若 英 苴 苹 苾 茂 范 茜 茨 茹 荃 荆 草 荒 荔 荣 荪 荫 荷 荻 莉
莎 莱 莲 获 莹 菁 菊 菱 菲 萌 萍 萨 萱 葳 葵 蒂 蒙 蒲 蒸 蓁 蓉 蓓 蔓 蔚 蔷 蕃 蕙 蕾 薇 藏
藜 藩 藻 虎 虚 虹 蛙 蛟 蟾 行 衍 衡 衣 表 衷 袁 裁 裔 裕 裳 西 观 觉 言 誉 让 训 讷 诒 诗
诚 询 诰 诲 说 诸 诺 读 谅 谊 谋 谌 谟 谦 谨 谷 象 豪 豫 贝 贞 负 财 贤 贵 贻 赉 赐 赞 赟
赤 赫 起 超 越 跃 路 身 轨 轩 轫 轮 轼 载 辉 辛 辨 辰 达 迁 迅 迈 迎 运 近 进 远 连 迪 述
适 选 逊 通 逢 逵 逸 遂 道 遥 遴 遹 邈 那 邦 邺 邻 郁 郎 郡 醒 采 里 量 金 銮 鋕 鎏 鐈 鑫
钊 钗 钜 钟 钢 钤 钦 钧 钰 钿 铉 铎 铠 铦 铨 铭 铮 铸 锋 锐 锜 锡 锦 键 锴 镇 镐 镕 镛 镜
镭 长 门 问 闻 闼 闽 闿 阁 阳 阵 阶 阿 陀 陆 院 陵 陶 隆 隐 隽 雄 雅 集 雍 雨 雪 雯 雷 霄
震 霈 霏 霓 霖 霜 霞 露 霸 青 靓 靖 静 非 革 韦 音 韵 韶 顺 顼 顿 颁 颐 颖 颜 风 飞 香 馥
馨 驭 驰 驷 驹 骊 骏 骐 骕 骝 骞 骢 骥 骧 高 魁 鱼 鲁 鸣 鸰 鸿 鹏 鹤 鹭 鹰 麒 麟 黄 黎 默
黻 鼎 鼐 齐 龄 龙
@section places
安道尔 安哥拉 安提瓜和巴布达 孟加拉国 孟加拉 白俄罗斯 文莱 黎巴嫩 卢森堡 马达加斯加 马拉维 马来西亚 马尔代夫 马里 马耳他
马绍尔群岛 毛里塔尼亚 毛里求斯 蒙古 蒙古国 莫桑比克 马其顿 北马其顿 韩国 罗马尼亚 卢旺达 沙特阿拉伯 沙特 南非 南苏丹
苏丹 苏里南 汤加 苏联 欧盟 罗安达 明斯克 金边 金沙萨 平壤 柏林 罗马 安曼 万象 马累 路易港 马普托 惠灵顿 马斯喀特
马尼拉 华沙 莫斯科 卢布尔雅那 马德里 杜尚别 安卡拉 华盛顿 蒙得维的亚 卢萨卡 温哥华 米兰 马赛 孟买 胡志明市 万隆
夏威夷 安大略 苏格兰 全罗南道

@trigger 苏丹丹指出，要做好工作。市政协副主席苏丹丹表示，要关心群众。
@clean 苏丹武装部队与快速支援部队之间的冲突持续。市政协副主席苏丹丹表示，要关心群众。
@clean 国务院副总理方强日前会见客人。国务院副总理方强乘专机抵达。

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

# Words that open with an organisation's ending but are not one: 并作出一系列重大部署 names no 部, 有关部门 no 部.
# (Verbs and adverbs that follow names, @section postname in name-ends.txt, count too: 部署, 所以, 处理.)
@section notend
部门 部分 部位 部队 部落 社会 社区 社交 局面 局势 局部 局限 院子 院落 科学 科技 科研 处境 处室 所有 所在 所谓 所得 台阶
台风 厂房 厂区 司机 司法 署名 馆藏 站点 站台 委屈 委托 办法 办理 办事 办学 中心 学校 学院 学生 学习 公司 集团

# Short forms a reader of a Beijing union paper knows without an introduction (a desk edits this list).
@section conventional
全国人大 全国政协 国务院 中共中央 党中央 中央军委 全总 全国总工会 市总工会 市委 市政府 市人大 市人大常委会 市政协
国家发展改革委 国家发改委 国资委 市国资委 人社部 团中央 全国妇联 中国科协 中国文联 中国作协 新华社
人民日报 央视 总台 联合国 冬奥会 两会 市文旅局 市文化和旅游局 北京工会

# Words whose insertion names a different body, not a variant spelling: 中国书法家协会 ≠ 中国职工书法家协会.
@section qualifiers
职工 青年 妇女 老年 少年 儿童 青少年 退役军人 残疾人 农民工 女 学生 大学生 民营 国有 外商 台商 港澳 华侨 侨联
工人 教职工 少数民族 党员 团员 中共 共青团 青联 妇联 科技 劳模 工匠 志愿者 医务 教育 总工
# Committees of one party or congress are other bodies: 第十六届中央委员会 / 第十六届中央常务委员会, 中央纪律检查委员会.
常务 常设 执行 纪律检查 纪检 监察 政治局 书记处 顾问 咨询 专门 政法 统战 宣传 组织 财经 外事 编制 保密

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
日前 今天 随后 会上 及时 联系 前往 到达 赴 一行 在 向 对 与 同志 关于 原 时任 前任 致电 致信 致函 会晤 会谈 接见

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
习 | weak=yes
朴 | weak=yes
隆 | weak=yes
贝 | weak=yes
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
习惯 习俗 习题 朴素 朴实 隆重 隆冬 贝壳

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
分 随 首 现 担 获 当 作 做 则 便 曾 无 乘 致

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
#   after=usual    written after the name by convention (习近平总书记, 李强总理, and at NPC and CPPCC sessions
#                  王丽娜委员, 傅明亮代表, 郝建英常委): not a first-mention fault
#   verb=yes       also a verb: a title only before a name or a boundary (人大代表王某, 宁瑶代表建议), never before
#                  what it acts for (王建平代表区人民政府作报告, 罗立群代表政协常委会报告工作)
@rule news-title-conflict

@section titles
书记 | exclusive=yes | ladder=party
常委 | ladder=party | after=usual
委员 | ladder=party | after=usual
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
总指挥 | exclusive=yes
# Foreign and diplomatic posts (会见新西兰贸易部长马丁·奥尔森, 中国驻新西兰大使钱伟宁).
总统 | exclusive=yes
首相 | exclusive=yes
外长 | exclusive=yes
议长 | exclusive=yes
大臣 | exclusive=yes
知事 | exclusive=yes
国王 | exclusive=yes
大使 | exclusive=yes
特使
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
技师 | kind=role
高级技师 | kind=role
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
发言人 | kind=role | after=no
# A deputy to a people's congress: 全国人大代表、十八洞村党支部书记石海军, 中国常驻联合国副代表吴海涛; after the
# name at sessions by convention (宁瑶代表建议).
代表 | kind=role | after=usual | verb=yes
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

# Posts several people hold at once, though their base is exclusive: a title that ends one of these (with the end of
# its organisation) names no single holder: 中共中央书记处书记 (several secretaries), 大会主席团常务主席 and 大会执行主席
# (several at every session), 联席主席, 共同主席. Deputies (副总理, 副主席), members (委员, 常委, 国务委员), former
# holders and 委员长会议组成人员 (not a title) are never exclusive anyway.
@section shared
书记处书记 常务主席 执行主席 联席主席 共同主席

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
新任

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
@clean 中共中央书记处书记、中央组织部部长唐振宇出席。中共中央书记处书记、中央政法委书记贺文涛，中共中央书记处书记、中央办公厅主任顾志平出席。
@clean 大会主席团常务主席、执行主席赵乐际主持。大会主席团常务主席王志诚、何振东、冯秀兰，执行主席阎立新、潘晓东出席会议。

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
      "num/fixed-expressions.txt",
      ####"""
# Fixed expressions that take Chinese numerals (num-fixed-expression): GB/T 15835—2011 §4.2 (数字作为词素构成的
# 定型的词语、成语、惯用语、缩略语) and §4.3's own examples (六方会谈, 十一届全国人大一次会议). Historical events named by
# month and day keep Chinese numerals unless written with the 间隔号 and quotes (“5·12”汶川地震 and “3·15” are correct
# and are not listed). The congress and session numbers (党的二十大, 二十届三中全会), weekdays (星期五) and five-year
# plans (“十四五”) follow a pattern and are matched in Sources/CopyDesk/Rules/Num/FixedExpressionRule.swift.
# Quoted terms are checked too: “十四五” in quotes is still a fixed expression.
@rule num-fixed-expression
@quotes check

# Historical events and festivals
5四运动 => 五四运动
5四精神 => 五四精神
5四青年节 => 五四青年节
54运动 => 五四运动
54青年节 => 五四青年节
5卅运动 => 五卅运动
7七事变 => 七七事变
77事变 => 七七事变
9一八事变 => 九一八事变
918事变 => 九一八事变
8一南昌起义 => 八一南昌起义
8一建军节 => 八一建军节
5一劳动节 => 五一劳动节
5一国际劳动节 => 五一国际劳动节
6方会谈 => 六方会谈

# Political formulae
1带1路 => 一带一路
1国2制 => 一国两制
1国两制 => 一国两制
2个确立 => 两个确立
4个意识 => 四个意识
4个自信 => 四个自信
5位1体 => 五位一体
3严3实 => 三严三实
2学1做 => 两学一做
3会1课 => 三会一课
3重1大 => 三重一大
3农问题 => 三农问题
3公经费 => 三公经费
中央8项规定 => 中央八项规定
4风问题 => 四风问题
6稳6保 => 六稳六保
1把手 => 一把手
1线职工 => 一线职工
1线员工 => 一线员工
1线城市 => 一线城市

# Idioms (成语)
3心2意 => 三心二意
1心1意 => 一心一意
7上8下 => 七上八下
5花8门 => 五花八门
4面8方 => 四面八方
3番5次 => 三番五次
1石2鸟 => 一石二鸟
10全10美 => 十全十美
9牛1毛 => 九牛一毛
1丝不苟 => 一丝不苟
1目了然 => 一目了然
1举2得 => 一举两得
1举两得 => 一举两得
3令5申 => 三令五申
5颜6色 => 五颜六色
6神无主 => 六神无主
7嘴8舌 => 七嘴八舌
8仙过海 => 八仙过海
9死1生 => 九死一生
1干2净 => 一干二净
1清2楚 => 一清二楚
4分5裂 => 四分五裂
5湖4海 => 五湖四海
1帆风顺 => 一帆风顺
2话不说 => 二话不说
3顾茅庐 => 三顾茅庐
1波3折 => 一波三折
3长2短 => 三长两短
1刀切 => 一刀切

@trigger 纪念5四运动105周年，弘扬5四精神。
@trigger 共建1带1路，坚持1国2制。
@trigger 工作不能3心2意，要1心1意。
@trigger 他心里7上8下的，招数5花8门。
@trigger 落实中央8项规定精神，整治4风问题。
@trigger 慰问1线职工。
@clean 纪念五四运动105周年，弘扬五四精神。
@clean “5·12”汶川地震，“3·15”晚会，“一二·九”运动。
@clean 出台了8项规定，派出2个维护小组。
@clean 乘坐地铁1号线，G20峰会，5G网络，C919客机。
@clean 拨打12345热线，“双11”促销，第19届亚运会。
@clean 建设21线职工之家。

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
    // GB/T 15835 house choices: no thousands separators (12500, 1.25万), the 比号 in scores and ratios (3∶1, 1∶500),
    // 日 not 号 in dates.
    "num-thousands-separator": {"options": {"thousandsSeparator": "none"}},
    "num-time-format": {"options": {"ratioSign": "either"}},
    "num-date-form": {"options": {"dayMarker": "日"}},
    "space-cjk-latin": {"severity": "warning", "options": {"mode": "forbid"}},
    // The lexicon's typo check (opt-in in the engine): no finding on the 67 correct articles of Tests/Eval.
    "word-nonword-typo": "warning",
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
    // GB/T 15835 house choices for web copy: separators allowed if one article keeps to one style, either sign in
    // scores (3:1, 3∶1), 号 accepted in dates.
    "num-thousands-separator": {"options": {"thousandsSeparator": "any"}},
    "num-time-format": {"options": {"ratioSign": "either"}},
    "num-date-form": {"options": {"dayMarker": "either"}},
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
