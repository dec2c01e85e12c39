"""Details a question asks that a passage states or does not (assistant/data/aspects.yaml `details:`
and `set_elsewhere:`), both sides of each: declined words when no passage states it, None when one does."""

from __future__ import annotations

import pytest

from assistant.understand.aspects import asks_figure, detail_set_elsewhere, unstated_detail


@pytest.mark.parametrize(
    ("question", "silent", "stating", "missing"),
    [
        ("企业的失业保险费率是多少？", "见习期满留用率达到50%以上的单位，可适当提高见习补贴标准。", "延续实施阶段性降低失业保险费率至1%政策。", "费率"),
        ("高新技术企业所得税按多少税率交？", "可按规定享受相关税收优惠政策。", "减按15%的税率征收企业所得税。", "税率"),
        ("考这个有年龄上限吗？超过50岁还能报吗？", "打破学历、资历、年龄、比例等限制，直接认定其职业技能等级。", "申报人员年龄不超过55周岁。", "年龄"),
        ("申请见习补贴的青年要多少岁以下？", "离校2年内未就业高校毕业生。", "16-24岁登记失业青年。", "年龄"),
        ("办人力资源服务许可证，注册资本要多少？", "实行告知承诺制，全省统一标准。另给予5万元奖励。", "注册资本不少于50万元。", "数额"),
        ("工勤技能岗考过技师，工资能涨多少？", "薪酬待遇按照有关规定执行。", "技师岗位工资提高200元。", "数额"),
        ("签了竞业限制协议，离职后每月给我多少补偿？", "支持企业与领军人才依法约定服务期、订立竞业限制协议。", "按劳动者离职前12个月平均工资的30%按月给予经济补偿。", "数额"),
        ("职业伤害保障试点是哪几个平台？", "开展新业态就业人员职业伤害保障试点。", "试点平台包括美团、饿了么、滴滴等。", "名单"),
        ("试点在哪些城市开展？", "在全省开展试点，推进扩面、提质。", "在成都、绵阳等城市开展试点。", "名单"),
        ("见习最长能见习多久？", "享受见习补贴的人员范围为离校2年内未就业高校毕业生。", "见习期限最长不超过12个月。", "期限"),
        ("培训周期一般是几个月？", "组织开展职业技能培训，2024年12月28日起施行。", "培训期一般为3个月以内。", "期限"),
        ("职称什么时候开始申报，截止到几号？", "统一通过申报平台申报。", "申报截止时间为6月30日。", "日期"),
        ("考试是几月几号？", "2023年度考试计划见附件。", "考试定于10月下旬举行。", "日期"),
        ("这个政策到期以后延续了没有？", "实施期限至2025年，到期前根据评估结果确定是否延续。", "此政策延续至2027年底。", "延续"),
        ("补贴延到哪年了？", "执行期限至2024年12月31日。", "阶段性政策延长实施至2026年。", "延续"),
        ("补贴批下来以后多久能打到我们账上？", "人社部门在15个工作日内明确审核意见。", "审核通过后10个工作日内拨付到单位账户。", "时限"),
        ("今年出新标准没有？还是按老的发吗", "按照每人300元给予补贴。", "原《办法》同时废止，由本办法替代。", "新的文件"),
        ("文件到期了，有没有新政策接上？", "本文件有效期至2025年12月31日。", "本通知印发后，原通知不再执行。", "新的文件"),
        ("全国的名额分到我们浙江有多少个？", "全国每年培育1.5万人次。", "浙江每年培育800人次。", "名额"),
        ("领军人才最多能推迟退休几年？", "可推迟办理退休。", "推迟退休最长不超过5年。", "期限"),
        ("考焊工证报名费要交多少？", "对取得证书的给予技能评价补贴。", "报名费按每人每科收费80元。", "缴费"),
        ("申请备案要交哪些材料？有申请表模板吗", "由用人单位自愿申请，经审核后公布。", "申请材料包括申请表、营业执照复印件、评价人员名单。", "材料"),
        ("文件里提到的十大重点产业集群，具体是哪些？", "围绕十大重点产业集群培养高技能人才。", "十大重点产业集群包括电子信息、装备制造、食品饮料等。", "名单"),
        ("补贴材料交上去多少天能到账？", "人社部门在15个工作日内明确审核意见。", "审核通过后20个工作日内将补贴拨付到单位账户。", "时限"),
        ("社保补贴申请了多少个工作日能办完？", "按规定给予社会保险补贴。", "在10个工作日内办结。", "时限"),
        ("备案申请多少个工作日办结？", "本通知自2022年12月28日施行。", "备案申请自受理之日起20个工作日内办结。", "时限"),  # a date's 28日 is no time limit
        ("电子证书在哪里下载？", "逐步推行电子证书。", "电子证书可在人社部门网站下载打印。", "渠道"),
        ("等级证书在哪儿能查询？", "颁发职业技能等级证书。", "证书信息可在技能人才评价服务平台查询。", "渠道"),
        ("失业保险费欠了半年，现在补交要算滞纳金吗？", "受影响企业可申请缓缴失业保险费。", "逾期未缴的，自欠缴之日起按日加收万分之五的滞纳金。", "滞纳金"),
        ("工会经费是按工资的几成来提取？", "企业要足额提取工会经费，30%以上用于基层活动。", "企业按全部职工工资总额的2%提取工会经费。", "提取"),
        ("残保金的提取比例是多少？", "按规定提取并使用，不得挪用。", "按上年职工工资总额的1.5%提取。", "提取"),
        ("职工培训花的钱企业所得税可以扣吗？", "企业应加大职工培训投入。", "职工教育经费支出不超过工资总额8%的部分，准予在计算企业所得税时扣除。", "税前扣除"),
        ("评价机构的地址在哪？", "公布评价机构目录，接受社会监督。", "评价机构地址：解放路12号。", "地址"),
    ],
)
def test_a_detail_is_declined_unless_a_passage_states_it(question, silent, stating, missing):
    assert missing in (unstated_detail(question, [silent]) or "")
    assert unstated_detail(question, [stating]) is None


@pytest.mark.parametrize(
    "question",
    ["高级技师工资大概是初级工的几倍？", "薪酬系数是多少？", "有没有具体的倍数？", "见习补贴能领多少？"],
)
def test_a_multiple_or_coefficient_asked_is_a_figure(question):
    assert asks_figure(question)


def test_a_question_asking_no_such_detail_is_left_alone():
    assert unstated_detail("技师能评中级职称吗？", ["从事技术技能工作满3年，可申报中级职称。"]) is None
    assert unstated_detail("哪些人可以领见习补贴？", ["享受就业见习补贴的人员范围为离校2年内未就业高校毕业生。"]) is None


@pytest.mark.parametrize(
    ("question", "deferring"),
    [
        ("备案要交哪些材料？", "职业技能等级认定备案管理等经办规程另行制定印发。"),
        ("工资能涨多少？", "机关事业单位工勤人员的薪酬待遇按照有关规定执行。"),
        ("学费奖补标准是多少？", "连续服务满三年及以上，按规定予以学费奖补。"),
        ("认定标准具体是什么？", "合理确定并动态调整就业困难人员认定标准。"),
    ],
)
def test_a_detail_the_quote_leaves_to_another_text_is_declined(question, deferring):
    assert "另行制定" in (detail_set_elsewhere(question, deferring, deferring) or "")


@pytest.mark.parametrize(
    ("question", "quote", "article"),
    [
        ("贴息能给多少？", "由财政部门按规定给予50%贴息。", "由财政部门按规定给予50%贴息。"),  # the figure beside 按规定
        ("学费奖补能补多少钱？", "按规定予以学费奖补。", "按规定予以学费奖补，每人每年最高8000元。"),  # in its article
        ("谁能领学费奖补？", "按规定予以学费奖补。", "按规定予以学费奖补。"),  # who is asked, not a detail left elsewhere
        ("备案要交哪些材料？", "申请备案须提交申请表和营业执照复印件。", "申请备案须提交申请表和营业执照复印件。"),
    ],
)
def test_a_detail_the_quote_or_its_article_states_is_answered(question, quote, article):
    assert detail_set_elsewhere(question, quote, article) is None


def test_a_thing_asked_that_every_passage_naming_it_leaves_elsewhere_is_declined():
    question = "就业困难人员的认定标准具体是什么？"
    quote = "给予一次性吸纳就业补贴，标准提高到2000元/人。"
    deferring = "合理确定并动态调整就业困难人员认定标准，及时将长期失业等人员纳入援助范围。"
    stating = "就业困难人员认定标准为：连续失业1年以上的人员。"
    assert detail_set_elsewhere(question, quote, quote, (quote, deferring)) is not None
    assert detail_set_elsewhere(question, quote, quote, (quote, deferring, stating)) is None
    assert detail_set_elsewhere(question, quote, quote, (quote,)) is None  # nothing names it: not this rule's to decline


@pytest.mark.parametrize(
    ("question", "passage", "missing"),
    [
        # a rule answered one part (收不收费, 能领吗); the other part is a detail no rule answers
        ("技能大师工作室设在哪？具体地址能告诉我吗？能领补助吗？", "对新认定的技能大师工作室给予资助。", "地址"),
        ("见习补贴领了以后单位晚交社保，要交滞纳金吗？", "见习单位按月发放见习补贴。", "滞纳金"),
        ("职工教育经费按工资总额的多少比例计提？", "足额提取职工教育经费，60%以上用于一线职工。", "提取"),
    ],
)
def test_a_detail_no_rule_answers_is_checked_even_when_a_rule_answered(question, passage, missing):
    assert missing in (unstated_detail(question, [passage], over_rule=True) or "")


def test_a_detail_a_rule_answers_is_left_to_the_rule():
    # a time limit, a count: what a rule's verdict may settle is not looked for over a rule
    assert unstated_detail("见习期最长几个月？", ["见习单位按月发放补贴。"], over_rule=True) is None
    assert unstated_detail("每期多少人？", ["每年举办高级研修班。"], over_rule=True) is None
