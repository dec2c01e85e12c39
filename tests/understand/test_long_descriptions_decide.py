"""Eligibility read from long, chatty descriptions (round 12, blind-dev27's classes).

One class per group, each in words, places and people of its own (not those of the dev items):

- a fact said in other words: a level asked with a pronoun before the verb (正高我能不能报), a level
  named only as a step that may be needed first (还是得先评副高) is neither held nor wanted;
  still in post said with what one does there (现在也还是领着徒弟在产线上); 事业编制 said alone;
  the graduating year said as 毕业那一学年;
- a fact the person says they do not know (有没有备案我不太清楚, 交没交失业保险搞不清, 裁了几个得找人对一下):
  open and asked for, never read as a “no” from the words of the question inside that clause;
- a period computed from a stated start (失业保险从2022年起一直足额在交): months insured to the day asked,
  and that start is not the day the question is about;
- whether the conditions are met, asked in other words (我们够条件吗).
"""

from __future__ import annotations

from datetime import date

from assistant.facts import extract_facts
from shared_support import talk, verdict


# ------------------------------------------------------------------ a fact said in other words
def test_a_level_asked_with_a_pronoun_is_wanted_and_a_step_named_first_is_not_held():
    facts = extract_facts("我是前年厂里聘的首席技师，正高我能不能直接报？还是要先评个副高？")
    assert facts.get("target_title") == "正高级"
    assert "title_level" not in facts


def test_a_special_technician_still_at_work_may_apply_for_full_senior_in_zhejiang(assistant):
    (answer,) = talk(assistant, "绍兴一家印染厂的，我是前年单位聘的特级技师，工种是染色工，现在也还是领着几个徒弟在车间里调工艺，近三年考核都合格。想问下正高级职称我能不能报？还是说得先评副高？")
    assert answer.calculation.rule_id.startswith("zj."), answer.calculation.rule_id
    assert verdict(answer) == "eligible", answer.answer
    assert answer.calculation.value == "正高级"


def test_on_establishment_said_alone_bars_the_employment_fund_subsidy(assistant):
    (answer,) = talk(assistant, "九江一所公办小学的会计，事业编制。今年头一回考了个茶艺师的职业技能等级证书，听说有评价补贴，我能领吗？", today=date(2025, 6, 3))
    assert verdict(answer) == "not_eligible", answer.answer
    assert any(c.article == "第十六条" for c in answer.citations), answer.citations


def test_not_on_establishment_said_with_the_same_words_is_no_bar():
    assert extract_facts("我不是事业编制，是学校的合同工").get("staff_on_establishment") is False
    assert extract_facts("县医院的检验员，行政编").get("staff_on_establishment") is True


def test_the_graduating_year_said_in_other_words():
    assert extract_facts("这学年正好就是我毕业的那一学年，学籍还在学校").get("in_graduation_year") is True
    assert extract_facts("我才大二，离毕业那一学年还早").get("in_graduation_year") is False


# ------------------------------------------------------------------ a fact not known to the person
def test_filing_not_known_is_asked_not_refused(assistant):
    (answer,) = talk(assistant, "我在宜宾一家大型化工集团管培训，制度很完善，名声也好。车间有些老工人干了二十多年一个证都没有，想直接给他们认定等级。我们有没有在人社备案我也说不清，是上级公司在管。这样能直接认定吗？")
    assert verdict(answer) == "need_more_info", answer.answer
    assert "enterprise_filed" in answer.calculation.missing or "evaluator_filed" in answer.calculation.missing


def test_unemployment_insurance_not_known_is_asked_not_refused(assistant):
    (answer,) = talk(assistant, "内江的，我在一家机械厂上班，上个月刚考下焊工中级证。我是从别的单位跳过来的，原来那家交没交失业保险我也不清楚。在职职工考证的技能提升补贴我能领吗？", today=date(2024, 10, 20))
    assert verdict(answer) == "need_more_info", answer.answer
    assert "insured_months" in answer.calculation.missing


def test_layoffs_still_to_be_checked_are_asked(assistant):
    (answer,) = talk(assistant, "眉山一家22个人的小印刷厂，失业保险从2019年起一直足额在交。去年走了几个人，有的是自己辞职，算不算裁员、裁了几个我还得跟会计核一下。今年我们够条件申请稳岗返还吗？", today=date(2024, 9, 5))
    assert answer.calculation.rule_id == "sc.stabilization_refund"
    assert verdict(answer) == "need_more_info", answer.answer
    assert answer.calculation.missing == ("layoffs_count",)


def test_a_question_of_not_knowing_is_still_a_question():
    assert extract_facts("不知道我们厂能不能申请").get("asks_whether") is True


# ------------------------------------------------------------------ a period from a stated start
def test_months_insured_follow_from_the_year_insurance_began():
    facts = extract_facts("失业保险从2022年起一直足额在交")
    assert facts["insured_since_date"] == date(2022, 1, 1)
    assert "insured_months" not in facts


def test_insured_since_a_year_and_no_layoffs_is_eligible(assistant):
    (answer,) = talk(assistant, "遂宁，我们是家16个人的小五金店，失业保险从2022年起一直足额在交，去年一个人都没裁。今年能申请失业保险稳岗返还吗？", today=date(2024, 9, 5))
    assert answer.calculation.rule_id == "sc.stabilization_refund"
    assert verdict(answer) == "eligible", answer.answer


def test_insured_since_a_recent_month_is_too_short(assistant):
    (answer,) = talk(assistant, "自贡一家20人的小厂，失业保险2024年3月开始参保，一直在交，去年没有裁员，能申请稳岗返还吗？", today=date(2024, 10, 8))
    assert verdict(answer) == "not_eligible", answer.answer


# ------------------------------------------------------------------ an implied category
def test_registered_as_unemployed_before_hiring_is_one_of_the_six_categories(assistant):
    (answer,) = talk(assistant, "我是台州一家鞋厂的人事。今年3月招了个女工，她来之前在社区登记了失业快一年，来了就签了三年劳动合同。5月厂里送她去政府认定的培训学校学了缝纫工岗位技能，考到了职业技能等级证书。企业或者她个人能申请职业培训补贴吗？", today=date(2025, 9, 10))
    assert verdict(answer) == "eligible", answer.answer


# ------------------------------------------------------------------ a rule's condition on who it is for
def test_the_evaluation_subsidy_asks_who_one_is_when_nothing_says_it(assistant):
    (answer,) = talk(assistant, "烟台的，我以前在饭店做服务员，后来回家照顾老人，一年多没上班了。上个月头一回考了个养老护理员职业技能等级证书，听说有评价补贴，我能领吗？", today=date(2025, 7, 1))
    assert verdict(answer) == "need_more_info", answer.answer
    assert answer.calculation.missing == ("person_categories",)


def test_the_evaluation_subsidy_for_a_registered_unemployed_person_is_not_asked(assistant):
    (answer,) = talk(assistant, "烟台的，我去年在街道登记了失业，上个月头一回考了个养老护理员职业技能等级证书，听说有评价补贴，我能领吗？", today=date(2025, 7, 1))
    assert verdict(answer) == "eligible", answer.answer


# ------------------------------------------------------------------ years said in the clause after the trade
def test_years_in_the_trade_said_after_the_clause_that_names_it():
    facts = extract_facts("我是高级技师，从学校出来就当铣工，到现在整整17年了，一直在岗")
    assert facts["years_in_occupation"] == 17
    assert "years_since_level" not in facts


def test_a_level_won_in_a_year_is_held():
    assert extract_facts("2018年评上的高级技师，到现在6年了").get("skill_level") == "高级技师"


def test_fifteen_years_in_the_trade_is_short_of_henans_eighteen_for_full_senior(assistant):
    (answer,) = talk(assistant, "新乡的，我是高级技师，2020年评上全国技术能手，从技校出来就干钳工，到今年整14年了，一直在岗。副高已经有了，想按河南的破格政策冲正高，够不够？")
    assert verdict(answer) == "not_eligible", answer.answer


# ------------------------------------------------------------------ a period from a date said without its year
def test_a_day_said_without_its_year_takes_the_year_said_before_it():
    facts = extract_facts("2023年8月从浙江回到老家，9月5号注册了个体户开了家修车铺")
    assert facts["registration_date"] == date(2023, 9, 5)


def test_a_business_running_a_year_from_a_day_said_without_its_year_may_have_the_startup_subsidy(assistant):
    (answer,) = talk(assistant, "广安的，之前在江苏干了八九年活，2023年8月回老家，9月5号注册了个体户开了家修车铺，这是我第一次自己当老板。一直正常营业没停过。听说返乡创业有一次性补贴，我现在能申请吗？", today=date(2024, 11, 20))
    assert verdict(answer) in ("eligible", "amount"), answer.answer
    assert answer.calculation.value in (None, 10000)


# ------------------------------------------------------------------ who a provincial internship clause names
def test_a_young_school_leaver_not_yet_registered_is_asked_about_registration(assistant):
    (answer,) = talk(assistant, "我今年20岁，初中读完就去广东进厂了，过完年回了绵阳，到现在也没找到活干。听说四川有就业见习，单位能拿补贴，我这种情况单位能拿到吗？", today=date(2025, 4, 10))
    assert answer.calculation.rule_id == "sc.internship_subsidy"
    assert verdict(answer) == "need_more_info", answer.answer
    assert answer.calculation.missing == ("registered_unemployed",)


def test_a_registered_unemployed_person_past_twenty_four_is_outside_the_sichuan_clause(assistant):
    (answer,) = talk(assistant, "德阳的，我今年27了，高中毕业后一直打零工，上个月在社区办了失业登记。想去参加就业见习，单位能因为我拿到见习补贴吗？", today=date(2025, 4, 10))
    assert verdict(answer) == "not_eligible", answer.answer


# ------------------------------------------------------------------ a “no” said with words in between
def test_not_yet_gone_to_file_is_not_filed(assistant):
    (answer,) = talk(assistant, "广元一家水泥厂管人事的，厂里五百来号人，老板想自己给工人做职业技能等级认定、自己发证。我们还没到人社局去办备案，老板说先搞起来以后再补。这样行不行？")
    assert verdict(answer) == "not_eligible", answer.answer
    assert any(c.article == "三、（一）" for c in answer.citations[:2]), answer.citations


def test_a_site_office_without_its_own_licence_is_not_registered_in_shanxi(assistant):
    (answer,) = talk(assistant, "总部执照在外省，我们在大同只有个工程项目部，没单独注册。想招几个见习生，能按山西的政策当见习单位吗？", today=date(2022, 6, 1))
    assert verdict(answer) == "not_eligible", answer.answer


# ------------------------------------------------------------------ a prize won but not named
def test_a_world_skills_prize_not_named_is_asked_about(assistant):
    (answer,) = talk(assistant, "我在新乡一家机床厂管培训，车间的小李去年参加世界技能大赛，回来说拿了奖。他现在还在一线干焊接，只有高级工证。河南破格报副高，他这个成绩能用上吗？")
    assert verdict(answer) == "need_more_info", answer.answer
    assert "awards" in answer.calculation.missing


def test_only_a_certificate_with_no_prize_said_is_still_no_award():
    assert extract_facts("他只有高级工证，想破格报副高").get("awards") == frozenset()


# ------------------------------------------------------------------ more kept on, still being settled
def test_retention_still_being_settled_is_asked(assistant):
    (answer,) = talk(assistant, "运城一家物流公司，今年接了10个见习生，协议都期满了。已经留下5个签了合同，还有2个正在谈。听说留用率高的单位见习补贴能提高，我们能按提高后的标准拿吗？", today=date(2022, 11, 1))
    assert verdict(answer) == "need_more_info", answer.answer
    assert "retained_count" in answer.calculation.missing


# ------------------------------------------------------------------ a rate from counts said in two clauses
def test_layoffs_counted_in_one_clause_and_said_to_be_layoffs_in_the_next():
    assert extract_facts("去年订单少，走了4个人，都是厂里主动辞退的").get("layoffs_count") == 4
    # (round 19: those who left of their own accord are no layoffs — 0, where before nothing was read and the layoffs asked)
    assert extract_facts("去年走了4个人，是自己辞职的").get("layoffs_count") == 0


def test_a_layoff_rate_from_two_counts_decides_the_refund(assistant):
    (answer,) = talk(assistant, "南充，我们是家20个人的小服装厂，失业保险从2020年起一直足额在交。去年订单少，走了3个人，是我们主动辞退的，其余都还在。今年能申请稳岗返还吗？", today=date(2024, 9, 20))
    assert answer.calculation.rule_id == "sc.stabilization_refund"
    assert verdict(answer) == "eligible", answer.answer  # 3/20 = 15% ≤ 20%


def test_a_layoff_rate_above_the_small_firm_limit_refuses(assistant):
    (answer,) = talk(assistant, "南充，我们是家20个人的小服装厂，失业保险从2020年起一直足额在交。去年订单少，走了5个人，都是厂里主动辞退的。今年能申请稳岗返还吗？", today=date(2024, 9, 20))
    assert verdict(answer) == "not_eligible", answer.answer  # 5/20 = 25% > 20%


# ------------------------------------------------------------------ 现在 is when, not a place
def test_now_the_plant_holds_evaluations_is_not_a_question_of_where(assistant):
    (answer,) = talk(assistant, "我是丽水一家阀门厂的机械工程师，拿中级职称六年了，平时在车间管设备装配，跟钳工的活差不多。现在厂里正在搞技能等级认定，我这种搞技术的能直接去考装配钳工技师吗？还是得从初级一级级考？")
    assert answer.calculation.rule_id == "zj.skill_eval_for_titled", answer.calculation.rule_id
    assert verdict(answer) == "eligible", answer.answer
    assert answer.calculation.value == "技师"


def test_a_title_held_for_years_is_held_not_wanted():
    facts = extract_facts("拿中级职称六年了，想考个技师")
    assert facts.get("title_level") == "中级"
    assert "target_title" not in facts
