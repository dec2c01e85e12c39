"""A detail of a covered programme asked by an asking construction (几月份申报、去哪个窗口、哪个系统、
要哪些材料、禁考几年、几星、一档二档各多少、先扣哪个税、多久评一次、单位交几个点、按天折算吗) is declined
when no passage of the document states it — and answered when one does, or when the words only occur in
passing (a verdict asked that mentions 申报, an amount asked that mentions 窗口).  Declared in
assistant/data/aspects.yaml `details:`; read by assistant/understand/aspects.py ``unstated_detail``."""

from __future__ import annotations

import pytest

from assistant.text import normalize
from assistant.understand.aspects import unstated_detail as _unstated


def unstated_detail(question, passages, **kw):
    return _unstated(normalize(question), passages, **kw)  # the question is read normalized (一个月 → 1个月), passages as written


@pytest.mark.parametrize(
    ("question", "silent", "stating", "missing"),
    [
        # when to apply: a month, a season or a time limit in a sentence about applying
        ("湖北一般每年几月份开始报高级工程师？", "符合条件的可破格申报高级职称。", "职称申报工作每年9月启动，10月底截止。", "申报或申请时间"),
        ("这个奖补啥时候申报？", "认定为示范基地的给予50万元一次性奖补。", "每年上半年集中受理奖补申请。", "申报或申请时间"),
        ("拿证以后要几个月内申请补贴？", "取得证书的可按规定给予补贴，执行期限至2025年12月31日。", "自取得证书之日起12个月内提出申请。", "申报或申请时间"),
        # which office or window
        ("吸纳就业补贴要去哪个窗口办？", "给予一次性吸纳就业补贴，标准为每人1500元。", "由企业向所在地公共就业服务机构提出申请。", "窗口或受理部门"),
        ("找哪个部门报？", "对新认定的产业园给予一次性奖励。", "向市级人力资源社会保障部门申报。", "窗口或受理部门"),
        # which system or platform
        ("每年在哪个系统上报？", "高级技师可破格申报副高级职称。", "统一通过“职称申报评审系统”进行网上申报。", "渠道"),
        # materials and forms
        ("申请要准备啥材料？有没有统一的申请表可以下载", "按隶属关系向人社部门申报、提交材料。", "申请时提交申请表、营业执照复印件和人员名册。", "申请材料"),
        ("那张调度报表要填哪些栏目？", "按调度报表要求按时报送。", "报表栏目包括培训人数、取证人数、资金使用额。", "栏目"),
        # a bar for a breach
        ("被取消资格以后，几年内不得再申请？", "对违规机构取消资格，退出目录。", "取消资格的，3年内不得再次申请。", "限制期限"),
        ("考试作弊会被禁考几年？", "依据有关规定严肃处理。", "当次成绩无效，2年内不得报考。", "限制期限"),
        # a grade, a tier's amount
        ("评到几星算合格？", "开展评价机构星级评定。", "星级分为一星至五星，三星以上为合格。", "星级"),
        ("一档二档各补多少钱？", "省级财政给予分类分档补助。", "一档补助300万元，二档补助150万元。", "各档次"),
        # bodies named by a list
        ("哪几个评委会是单独分组的？", "有条件的评委会可对高技能人才单独分组、单独评审。", "工程、农业、经济评委会实行单独分组。", "名单"),
        ("有哪几家社会评价组织？帮我列个名单", "社会评价组织向市级人社部门申报，遴选结果公开公示。", "首批社会评价组织为甲公司、乙学院、丙协会。", "名单"),
        # which taxes and in what order
        ("先扣增值税还是企业所得税？", "每人每年7800元的定额标准扣减有关税费。", "依次扣减增值税、城市维护建设税、教育费附加和企业所得税。", "税种"),
        # how often
        ("省级示范基地多久评一次？", "新评定为省级示范基地的给予20万元奖补。", "省级示范基地每两年评定一次。", "频次"),
        # a share asked outright
        ("单位交几个点、个人交几个点？", "阶段性降低失业保险费率至1%。", "单位缴费比例为0.5%，个人缴费比例为0.5%。", "比例"),
        ("这个控制目标是百分之几？", "裁员率不高于上年度全国城镇调查失业率控制目标。", "全国城镇调查失业率控制目标为5.5%左右。", "比例"),
        # a part month
        ("干了二十天就走了，按一个月算还是按天折算？", "按当地最低工资标准给予见习补贴。", "满15个工作日不满1个月的，按1个月发放。", "计算办法"),
        # the hours and street of an office
        ("鉴定中心在哪条街？几点上班？", "以鉴定中心证书系统录入数据为主要渠道。", "鉴定中心位于迎宾路8号，上午9:00开门。", "地址"),
    ],
)
def test_a_detail_asked_is_declined_unless_the_document_states_it(question, silent, stating, missing):
    assert missing in (unstated_detail(question, [silent]) or "")
    assert unstated_detail(question, [stating]) is None


@pytest.mark.parametrize(
    "question",
    [
        "我高级技师在岗干了5年，能破格申报副高吗？",  # a verdict asked; 申报 in passing
        "我在窗口问过了，吸纳就业补贴每人多少钱？",  # an amount asked; 窗口 in passing
        "多久能拿到证？",  # a time asked of no application
        "稳岗返还执行到什么时候截止？",  # a measure's end, not when to apply
        "中央的补助资金每年一般什么时候下达到省里？",  # when money is sent down, not applying
        "哪些企业可以申请吸纳就业补贴？",  # who qualifies, not a list of names
        "申报条件是什么？",
    ],
)
def test_words_said_in_passing_ask_no_such_detail(question):
    assert unstated_detail(question, ["对符合条件的给予补贴。"], over_rule=True) is None


def test_over_a_rule_only_details_no_figure_answers_are_looked_for():
    # a time, an office, a list: a rule's verdict gives none of them
    assert unstated_detail("河南一般每年几月份开始报？", ["取得高级技师且在岗满4年的，可破格申报副高级职称。"], over_rule=True)
    assert unstated_detail("去哪个窗口办？", ["给予一次性吸纳就业补贴。"], over_rule=True)
    # a share or a tier's amount: a figure the rule computed may be the answer
    assert unstated_detail("单位交几个点？", ["降低失业保险费率。"], over_rule=True, rule_figure=True) is None
    assert unstated_detail("一档能补多少？", ["给予分类分档补助。"], over_rule=True, rule_figure=True) is None
    assert unstated_detail("单位交几个点？", ["降低失业保险费率。"], over_rule=True, rule_figure=False)


def test_a_system_asked_is_not_stated_by_an_app_named_for_another_purpose():
    # a named system answers 哪个系统; 在哪个App上领 is not answered by a 管理系统 that records data
    assert unstated_detail("在哪个系统上报？", ["依托技能人才管理服务信息系统建立查询制度。"]) is None
    assert unstated_detail("具体在哪个App上领？", ["调度数据以培训实名制管理系统录入数据为准。"])


def test_a_month_of_an_expiry_date_is_no_time_to_apply():
    assert unstated_detail("每年几月份开始申报？", ["本办法自2024年1月1日起施行，有效期至2026年12月31日。"])
