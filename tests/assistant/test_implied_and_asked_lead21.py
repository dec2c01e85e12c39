"""Round 21: facts implied by the words, and whether a verdict is asked (probing in our own words).

1. “高级技师干了6年” (the level, then the years worked at it): the years worked too, and so in post now — kept as
   implied (the page shows it as understood, to be corrected); “高级技师证拿了5年” says nothing of working now: asked.
2. “自己交社保，能补贴吗”: whether it is made up is a verdict asked, not the standard alone.
3. “打零工” is flexible work, not a 技能提升培训.
"""

from __future__ import annotations

from datetime import date

from shared_support import talk

DAY = date(2026, 11, 21)


def test_years_worked_at_a_level_say_in_post(assistant):
    # 豫人社办〔2023〕102号 三、（七）: 取得高级技师，在岗且从事本职业满4年 → 破格申报副高级职称
    (last,) = talk(assistant, "洛阳的，高级技师干了6年了，学历不高，能破格报副高不", today=DAY)
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer
    assert "in_post" in last.state.implied, last.state.implied  # implied, shown as such (the page's chips), to be corrected


def test_a_certificate_held_for_years_does_not_say_in_post(assistant):
    (last,) = talk(assistant, "洛阳的，高级技师证拿了6年了，学历不高，能破格报副高不", today=DAY)
    assert last.calculation is not None and last.calculation.verdict == "need_more_info", last.answer
    assert last.calculation.missing == ("in_post",), last.calculation.missing


def test_whether_it_is_made_up_is_a_verdict(assistant):
    # 《就业补助资金管理办法》第十条（二）: 离校2年内未就业高校毕业生灵活就业 → 社会保险补贴
    (last,) = talk(assistant, "我大专毕业快一年了，没找到单位，现在跑滴滴，社保自己交的，这个能补吗", today=date(2026, 12, 1))
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer
    assert "training_kind" not in last.state.facts, last.state.facts


def test_tax_taken_off_asked_with_how_much_between(assistant):
    # 川办发〔2024〕34号 一、（四）: 每人每年7800元，3年内 — asked as 能扣多少税, then 2 people over 3 years
    first, last = talk(assistant, "泸州的公司招脱贫人口能扣多少税", "招了3个，三年一共能扣多少", today=date(2025, 3, 1))
    assert first.calculation is not None and first.calculation.value == 7800, first.answer
    assert last.calculation is not None and last.calculation.value == 70200, last.answer


def test_a_province_said_anew_drops_the_city_of_the_one_before(assistant):
    # 山西 (太原) then “那换成四川呢”: 四川 二、（十三）按当地最低工资标准 — 太原 is no city of 四川
    *_, last = talk(assistant, "太原的，见习补贴单位每人每月能拿多少，最低工资按1880", "那换成四川呢，最低工资2100", today=date(2025, 3, 1))
    assert last.state.facts.get("province") == "四川省" and "city" not in last.state.facts, last.state.facts
    assert last.calculation is not None and last.calculation.value == 2100, last.answer


def test_the_day_an_ongoing_state_began_is_not_the_day_asked_about(assistant):
    # 豫人社办〔2023〕102号 三、（七）: 在岗从事本业满18年 + 全国技术能手 + 高级技师 → 破格申报正高 (asked in 2026)
    (last,) = talk(assistant, "我1998年进的洛阳轴承厂，一直干磨工到现在，是高级技师，2018年评上了全国技术能手，学历低能破格报正高吗", today=DAY)
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer
    # 川办发〔2024〕34号 一、（三）: 足额缴费12个月以上，裁员率不高于… — the insurance begun in 2021, asked in 2024
    (last,) = talk(assistant, "我们是宜宾一家小厂，20个人都参了保，失业保险从2021年就开始交，一直没断过，去年也没裁员，能申请稳岗返还吗", today=date(2024, 9, 1))
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer


def test_never_below_a_pass_is_passed(assistant):
    (last,) = talk(assistant, "2019年拿的高级技师，一直在宁波的厂里干，年终考核从来没掉出过合格线，能报副高吗", today=date(2026, 12, 1))
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer


def test_people_the_firm_let_go_are_laid_off(assistant):
    # 川办发〔2024〕34号 一、（三）: 30人以下企业裁员率不高于20% — 5 of 20 is 25%
    (last,) = talk(assistant, "我们在内江开了个小厂，参保职工20人，失业保险交了两年多。去年生意差，让5个人走了。能拿稳岗返还吗？", today=date(2024, 9, 1))
    assert last.state.facts.get("layoffs_count") == 5, last.state.facts
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer


def test_a_week_not_gone_is_days_in_a_row(assistant):
    # 山西 三、（一）: 无故连续缺勤5天以上不予发放 — 一个礼拜 = 7 days in a row
    (last,) = talk(assistant, "我在晋城一家单位见习，上个月有一个礼拜没去，也没请假，这个月见习生活补助还发吗", today=date(2026, 12, 1))
    assert last.state.facts.get("absence_consecutive_days") == 7, last.state.facts
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer


def test_a_post_won_by_exam_is_on_the_establishment(assistant):
    (last,) = talk(assistant, "我前年考编进了县医院当护士", today=date(2026, 12, 1))
    assert last.state.facts.get("staff_on_establishment") is True, last.state.facts


def test_just_retired_is_not_in_post(assistant):
    # 豫人社办〔2023〕102号 三、（七）: 正高破格须在岗
    (last,) = talk(assistant, "河南新乡的，高级技师，全国技术能手，今年刚退休，还能破格评正高吗", today=DAY)
    assert last.state.facts.get("in_post") is False, last.state.facts
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer


def test_the_self_employed_are_not_among_those_the_upgrade_subsidy_names(assistant):
    # 川办发〔2024〕34号 四、（十九）: 参加失业保险1年以上的企业在职职工或领取失业金人员
    (last,) = talk(assistant, "我在乐山自己开了个理发店，个体户，社保按灵活就业交了4年，今年考了美发师中级证，能领技能提升补贴吗", today=date(2024, 10, 1))
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer
