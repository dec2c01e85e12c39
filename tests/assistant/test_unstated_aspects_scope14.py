"""A question about a concept the corpus covers that asks an aspect the held text does not state is
declined (``no_passage``), the passage that names the thing shown as related — never another thing's
figure or article quoted as if it answered.  Its answerable twins stay answered.  Classes:

- a figure asked of a named thing (an allowance, a centre, a contest, a quoted programme) that the
  passages of the person's region and the nation name without any figure of it;
- the conditions asked of a named thing (an award, a park, an assessment) no passage names it with as
  what one qualifies for (对符合条件被认定为… names conditions, it does not set them);
- the years one must hold a level before applying for another, where no passage states years for
  reaching that level (a level held as a way to something else is not a way to it);
- what a table or form says that an article leaves to its attachment, named by the question;
- a scheme the corpus does not hold under a covered word (以工代训), an injury benefit (伤残补助).

The questions are written for these tests (other persons, places and programmes than the dev items)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant_support import assert_contract

TODAY = date(2026, 12, 1)


def declined(assistant, real_index, question, missing):
    answer = assistant.ask(question, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert missing in answer.answer and "12333" in answer.answer
    assert len(answer.citations) <= 1  # the passage that names the thing, shown as related only
    return answer


@pytest.mark.parametrize(
    ("question", "thing", "article"),
    [
        # an allowance the Henan text names beside the awards it pays
        ("开封一所职业学校想从企业请个高级技师来任教，河南说用人单位可以发引进津贴，标准一般是多少？", "引进津贴", "五、（十）"),
        # a quoted programme of the Henan text, named in an earlier clause
        ("周口我们厂搞“大工匠”培养，选上的师傅每年有多少培养补助？", "大工匠", "六、（十四）"),
        # a contest the 晋中 plan names; its training subsidy is another thing
        ("晋中榆社的，我们派人参加全市职业技能大赛，拿了名次的奖金一般多少？", "全市职业技能大赛", "三、（七）"),
        # a centre the national notice names throughout, with no figure
        ("我们县的公共实训基地给民营企业员工做岗前培训，国家按每人多少钱补？", "公共实训基地", None),
        # a thing only the words before a generic kind name (午餐补贴 → 午餐)
        ("大同一家单位接收见习生，要是给他们管午饭，午餐补贴每天多少钱？", "午餐", "三、（一）"),
    ],
)
def test_a_figure_of_a_thing_the_corpus_names_without_one_is_declined(assistant, real_index, question, thing, article):
    answer = declined(assistant, real_index, question, f"“{thing}”")
    assert answer.citations and thing in answer.citations[0].quote
    if article:
        assert answer.citations[0].article == article


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("郑州的，新评上了全国技术能手，河南在国家奖励基础上再奖多少？", 20000),
        ("太原一家人力资源服务产业园被认定为省级产业园，一次性奖励多少钱？", 1000000),
        ("2022年7月在大同，见习期还剩2个月的时候，我们提前跟见习生签了劳动合同，最低工资1880，剩余期限补贴一共能补多少？", 2256),
    ],
)
def test_a_figure_of_a_thing_the_corpus_states_is_answered(assistant, question, value):
    answer = assistant.ask(question, today=date(2022, 8, 1) if "2022" in question else TODAY)
    assert not answer.abstained, answer.answer
    assert answer.calculation is not None and answer.calculation.value == value, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "晋中寿阳一家企业，今年组织50个职工参加岗位技能提升培训，企业每人能拿多少培训补贴？",
        "山西的见习单位，见习补贴按多少发？",
    ],
)
def test_a_subsidy_stated_in_its_article_or_by_its_base_is_not_declined(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert not (answer.abstained and answer.reason == "no_passage"), answer.answer


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        # 对符合条件被认定为…产业园的 names the conditions, it does not set them
        ("运城想申请认定省级人力资源服务产业园，得满足哪些条件？", "人力资源服务产业园"),
        # the award is named only as what others hold (获得…的高级技师可破格申报)
        ("河南的中原技能大奖是怎么评选的？企业能推荐吗", "中原技能大奖"),
        # a national programme named once, with no conditions
        ("想参加数字领域卓越工程师能力评价，需要什么报名条件？", "卓越工程师"),
    ],
)
def test_conditions_of_a_thing_the_corpus_names_without_any_are_declined(assistant, real_index, question, thing):
    answer = declined(assistant, real_index, question, "具体条件")
    assert thing in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "四川企业吸纳脱贫人口，要满足什么条件才能认定为就业帮扶基地？",
        "山西想当见习单位，单位要具备什么条件？",
        "拿了中华技能大奖，在河南破格申报正高级职称要什么条件？",
    ],
)
def test_conditions_a_passage_sets_or_of_a_thing_held_are_answered(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "河南的首席技师评聘，要当特级技师满几年才能参评？",
        "申报河南特级技师要干几年高级技师？",
        "郑州的，特级技师评聘那块，当高级技师几年才能申报？",
    ],
)
def test_years_to_a_level_no_passage_states_are_declined(assistant, real_index, question):
    declined(assistant, real_index, question, "年限条件")


@pytest.mark.parametrize(
    "question",
    [
        "河南的，取得高级技师以后在岗干满几年可以破格申报副高？",
        "浙江的，拿到高级技师以后从事技术工作满几年可以申报副高级职称？",
    ],
)
def test_years_a_passage_states_for_the_level_are_answered(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer
    assert "4年" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "宁波的焊工高级技师，浙江贯通办法附的对应关系表上，焊工能对应哪些职称系列？",
        "浙江那张技能人才职业与职称系列对应关系表，电工能报工程系列的什么专业？",
        "晋中2023年的双周调度报表，各县要报哪些数据？",
    ],
)
def test_what_a_named_attachment_holds_is_declined(assistant, real_index, question):
    answer = declined(assistant, real_index, question, "附件")
    assert answer.citations and "附件" in answer.citations[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "对应关系表是浙江贯通办法哪一条提到的？",
        "浙江2023年度职业资格考试工作计划的通知里，考试暂停的话已经考过的成绩怎么处理？",
    ],
)
def test_where_an_attachment_is_named_or_a_notices_own_text_is_answered(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "洛阳一家饭店新招了几个学徒边干边学，以工代训补贴每人每月多少？",
        "在厂里被机器轧伤了手，评了伤残等级九级，一次性伤残补助大概多少？",
    ],
)
def test_a_scheme_or_benefit_the_corpus_does_not_hold_is_out_of_scope(assistant, question):
    answer = assistant.ask(question, today=TODAY)
    assert answer.abstained and answer.reason == "out_of_scope", answer.answer
    assert answer.citations == ()


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # the span of a placement: 最多3个月的剩余期限补贴 is a subsidy's months
        ("长治一家医院想接收就业见习人员，山西规定见习期一般最长多久？", "期限或时长"),
        # a correspondence the text leaves at 相应职称
        ("考下了数字技术工程师中级的专业技术等级证书，能对应评哪一级职称？", "对应关系"),
        # what one pays, beside a refund of a share of what was paid
        ("绵阳的，灵活就业自己交社保，每个月最低要交多少钱？", "缴费或收费数额"),
    ],
)
def test_a_detail_the_covered_text_does_not_give_is_declined(assistant, real_index, question, missing):
    declined(assistant, real_index, question, missing)


def test_a_follow_up_into_a_measure_held_only_as_its_notice_is_declined(assistant, real_index):
    first = assistant.ask("江西职业技能等级认定工作管理办法是哪年发的？", today=TODAY)
    from assistant.schema import Turn

    history = (Turn("user", "江西职业技能等级认定工作管理办法是哪年发的？"), Turn("assistant", first.answer, first.state))
    answer = assistant.ask("那里面考评员要具备什么条件？", history, today=TODAY)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "no_passage", answer.answer
    assert "正文" in answer.answer
