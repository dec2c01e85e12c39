"""Round 32: facts said in other words, replies that correct rather than answer, and measures asked of in a
conversation (probing in our own words; none of these is a held-out or blind item).

1. A province the corpus does not hold, and a leading talent named by an honour (劳动模范, 五一劳动奖章, 全国技术能手)
   asked about being taken back after retiring: the national plan answers, labelled national.
2. Who pays said between the period and the verb (每月我自己交大约1200): the contribution.
3. A way of working said with the day it began (2023年11月开始送外卖): a fact about the person, not the day the question is
   about — the subsidy is asked of now.
4. A generic no before another thing (不是中级工), replying to the appraisal asked: that other thing corrected, no answer.
5. Years in the trade said with another question (做电工这行16年了，正高能破格报吗): read by their own words for the new
   question, not moved to the years since the level asked before.
6. A couple counted as two (我们两口子, 我跟我爱人都…); “一个人补多少” asks the figure each, it counts nobody.
7. The times of another subsidy named right after the training (学完叉车考了证…领过1次鉴定补贴): that subsidy's rule, not the
   training subsidy's times.
8. The accident-insurance premium said to be paid back, then how much in the next clause (保费听说政府也给补，每人补多少).
9. A renewal said as 续上 (到期前续上、评估也过了，前后一共…): one renewal.
10. Years running on end with what is had each year (连续两年都拿到最高，加起来): the years a yearly cap is multiplied by.
11. A calendar month worked whole (7月份干满了一整月): one month of the intern's allowance, the part month after it
   counted by its working days.
12. Enterprise workers' subsidised training named as 职工技能培训 (补贴性职工技能培训): the firm's training subsidy.
13. “这条政策现在还有效吗” after talk of a measure that has its own deadline inside the document: that measure's standing.
14. A year that dates one's schooling (明年毕业。他想考经济师…) in a question naming an exam: not another year's edition of
   the exam plan.
15. A subsidy received up to now, then for how long (一直领到这个月，刚好三年), and an age far from every statutory
   retirement age, whatever the sex: the three years are used up.
16. A reason said between the appraisal and its failing (年度考核由于请了病假没合格): failed.
17. The insurance paid by oneself with how said between (社保是我自己用灵活就业的身份缴的), then whether it is made up (能给补一部分吗).
18. A bare 提前 (提前结束见习) names no grassroots benefit; 能提前 asked of a title does.
19. A question whose own words name a topic only the earlier words complete (这个月的生活补助还发吗？ after talk of 见习).
20. A leading talent named by 中华技能大奖, taken back after retiring said plainly (想把她聘回来; 车间就缺她这样的人).
21. Some of the whole singled out by how they are employed (其中有8个是派遣公司派来的): the whole is the count.
22. A second placement on a public-welfare post said as 再安排1次: what is asked is whether it may be had again.
23. Whether the premium is paid besides, asked after the 见习补贴's own figure (此外意外险的保费也单独补吗): the figure asked is the
   subsidy's.
24. A count corrected to the whole, the people hired later told as why (记错了，是6个，年底又招了2个): the whole, not the 6
   and 2 more; a yearly figure over the years asked of such a group (两年下来一共): each one over those years.
25. A level denied with 啥/什么 before it (她也不是什么首席技师、特级技师): not held — never a verdict built on it.
26. No honours at all, said by naming kinds of them (没得过什么劳模、技能大奖一类的荣誉): none.
27. Meaning to find a place to do an internship (我女儿打算在临汾找个单位见习): whether one may — the age and the years since
   school then decide it.
28. A round of public-welfare placement counted (现在是第二轮到期) and one more asked (能不能再给他安排一次).
29. Poverty-relief workers taken on, and whether the firm may be named a base (厂里能申请个什么基地吗); those left said after
   some went (现在还在岗的只有8个): the count.
30. A higher title's treatment asked for a level (高级技师能不能比照正高): not the level's.
31. Out of work said as the works closing (单位前年倒闭了，一直没找到工作), a training taken after it: the worker's own training.
32. 跟 of who a thing was done with (今年跟县里合作办了期订单式培训): one training, not two to add.
33. A bare number of years replied with having stayed in the trade all along (十四年了，始终在车间干): the years in the
   trade, not since the level.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_support import figure, talk, verdict


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        # 2. who pays between the period and the verb
        ("跑网约车，每个月我自己交大概1100的社保", "contribution", 1100),
        # 6. a couple; a figure asked each
        ("我们两口子都在县里学了家政，加起来补多少", "people_count", 2),
        ("我跟我爱人一起报了电工培训，一共能补多少", "people_count", 2),
        # 9. a renewal said as 续上
        ("评价机构到期前续上了、评估也通过了，从设立起前后一共能有效几年", "renewals", 1),
        # 10. years on end, what is had each year, then the sum
        ("每年最多补多少？如果连续两年都拿到最高，加起来多少", "period_years", 2),
        # 11. a calendar month worked whole
        ("见习生7月份干满了一整月，8月又干了12个工作日", "internship_months", 1),
        # 15. received up to now, then for how long
        ("社保补贴一直领到这个月，刚好三年", "years_received", 3),
        # 16. a reason between the appraisal and its failing
        ("去年年度考核因为请了长假没合格，前年和今年都合格", "annual_appraisal_passed", False),
        # 20. short of such a person
        ("车间现在就缺她这样的人", "urgently_needed", True),
        # 21. some singled out by how they are employed: the whole counted
        ("这次一共培训了50个人，其中有8个是派遣公司派来的", "people_count", 50),
        # 22. placed again
        ("三年满了，她还能再安排一次公益性岗位吗", "asks_replacement", True),
        # 25. a level denied with 啥 before it
        ("她也不是什么首席技师、特级技师", "skill_levels_not_held", frozenset({"特级技师", "首席技师"})),
        # 26. no honours, kinds named
        ("我没得过什么劳模、技能大奖一类的荣誉", "awards", frozenset()),
        # 28. a round of placement counted
        ("她在公益岗上，现在是第二轮到期", "public_post_replacements", 1),
        # 23. the premium asked besides: not in the figure's place
        ("见习补贴一个人每月能拿多少？另外意外险保费也单独补吗", "asks_premium", False),
    ],
)
def test_facts_read(text, key, value):
    from assistant.facts import extract_facts

    assert extract_facts(text).get(key) == value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("这种培训一个人补多少？", "trainees_count"),  # 6. the figure each asked: nobody counted
        ("这种培训一个人补多少？", "people_count"),
        ("他连着三年考核都合格，一共能补多少", "period_years"),  # 10. not years a subsidy is had
    ],
)
def test_not_read(text, key):
    from assistant.facts import extract_facts

    assert key not in extract_facts(text)


def test_a_way_of_working_begun_on_a_day_is_no_day_asked():
    # 3.
    from assistant.query import date_asked

    assert date_asked("2023年3月开始送快递，自己交社保，这个补贴能补多少", date(2024, 6, 1)) == date(2024, 6, 1)


def test_a_generic_no_before_another_thing_answers_nothing():
    # 4.
    from assistant.understand.replies import read_reply

    asked = "请问近3年年度考核是否都合格？"
    assert read_reply("哦不对，我2019年拿的是高级工证，不是中级工", "annual_appraisal_passed", asked) == {}
    assert read_reply("不是都合格", "annual_appraisal_passed", asked) == {"annual_appraisal_passed": False}


@pytest.mark.parametrize(
    ("messages", "today", "total"),
    [
        # 2. + 3. a graduate in a province the corpus does not hold, paying in as a gig worker
        (("我在株洲，2023年6月专科毕业后没找到单位，2023年11月开始送外卖，每月我自己交大约1200社保，这社保补贴一个月最多补多少？",), date(2024, 5, 1), 800),
        # 6. a couple counted; one each asked beside the total
        (("我们两口子都是灵石村里的，前阵子在县城学了九天的月嫂，政府补贴的。按晋中的标准，每人补多少？两口子合起来多少？",), date(2023, 11, 1), 1800),
        # 8. the premium paid back, then how much
        (("长治一家小饭店，今年接了四个见习的学生，都买了意外险，保费听说政府也给补，每人补多少？四个一共多少？",), date(2023, 8, 1), 960),
        # 9. renewed once: the whole span
        (("嘉兴的，技能人才评价机构设立后有效期几年？如果到期前续上、评估也过了，从设立起前后一共能有效几年？",), date(2024, 6, 1), 6),
        # 10. a yearly cap over years on end
        (("太原我们园区是国家级人力资源服务产业园，运营经费补助每年最多多少？要是连续两年都拿到最高，加起来多少？",), date(2024, 6, 1), 1600000),
        # 11. a whole month and a part month
        (("晋城的见习生，7月1号来的，7月份干满了一整月，8月又干了17个工作日就走了，基本生活补助按几个月发？",), date(2023, 9, 10), 2),
        # 12. the firm's subsidised training of its workers
        (("寿阳一家机械厂，今年厂里38个工人参加了补贴性职工技能培训，都结业了，企业能拿多少培训补贴？",), date(2023, 10, 1), 11400),
        # 17. paid by oneself, how said between, then made up
        (("去年7月我大专毕业，一直没找单位，在成都跑代驾，社保是我自己用灵活就业的身份缴的，每月缴1500。能给补一部分吗？每月最多补多少？",), date(2024, 9, 1), 1000),
        # 21. some singled out by how they are employed
        (("平遥一家纺织厂，今年想组织职工搞一次岗位技能培训，政府给企业补贴吗？", "一共50个人，其中有8个是派遣公司派来的。企业一共能拿多少？"), date(2023, 7, 1), 15000),
        # 31. out of work said as the works closing; the cap
        (("我在和顺，单位前年倒闭了，一直没找到工作，今年报了个电焊班，学了十三天。听说一天补一百，我能拿一千三吗？",), date(2023, 9, 1), 1000),
        # 32. 跟 of who it was done with: one training
        (("太谷一家职业学校，今年跟县里合作办了期订单式培训，18个学员，每人学了11天，结业后16个进了厂。按天算这期一共能拿多少？",), date(2023, 9, 1), 28800),
        # 24. the whole restated, those hired later told as why; the years asked of the group
        (("宜宾一家食品厂，去年招了4个脱贫户，都签了长期合同。招脱贫人口扣减税费，两年最多能扣多少？", "记错了，是6个，年底又招了2个，同样是脱贫人口，合同也签了两年。那两年下来一共最多能扣多少？"), date(2025, 3, 1), 93600),
        # 23. the premium asked besides
        (("朔州一家物流公司接了三个见习的中专生，最低工资按1880算，每个见习生每月单位可以拿多少？此外意外险的保费也单独补吗？",), date(2023, 7, 1), 1128),
    ],
)
def test_totals(assistant, messages, today, total):
    *_, answer = talk(assistant, *messages, today=today)
    assert float(figure(answer)) == total, answer.answer


@pytest.mark.parametrize(
    ("messages", "today", "expected"),
    [
        # 1. an uncovered province, a leading talent by an honour
        (("株洲我们厂的老刘是全国劳动模范，上个月刚退休，厂里的新项目还离不开他，企业能跟他签返聘吗？",), date(2024, 11, 1), "eligible"),
        # 4. a correction of the level, not a no to the appraisal
        (("我在宁波一家机械厂做车工，2019年拿的证，一直在车间干到现在，能评职称吗？我是中级工。", "啊说错了，那年拿的是高级工证，不是中级工"), date(2024, 6, 1), "need_more_info"),
        # 5. years in the trade with the new question
        (("郑州这边，我们厂有个老电工，高级技师，一直在岗，河南有没有破格评职称的路子？", "他还拿过中原技能大奖，做电工这行16年了，正高能破格报吗？"), date(2024, 6, 1), "not_eligible"),
        # 7. the evaluation subsidy's times, one occupation taken twice
        (("我在赣州的厂里上班，前年学完叉车考了初级证，当时领过1次鉴定补贴。今年又考了叉车中级，这回评价补贴还能领吗？",), date(2024, 9, 1), "not_eligible"),
        # 14. a year dating the schooling, an exam named
        (("我儿子在杭州一所技师学院读预备技师班，明年毕业。他想考经济师，报名时预备技师班毕业能按本科学历对待吗？",), date(2023, 12, 1), "eligible"),
        # 16. a reason between the appraisal and its failing
        (("我在台州，高级工证是2020年考的，一直做钳工。助理工程师我想报，不过前年的年度考核由于请了病假没合格，其余两年都合格，还能报吗？",), date(2024, 9, 1), "not_eligible"),
        # 18. + 19. a bare 提前 names nothing; the allowance named after talk of 见习
        (("我外甥去年大专毕业，在忻州一家公司参加就业见习，干到第三个月月中他考上了公务员，提前结束了见习。", "第三个月他总共上了十一个工作日，那个月的生活补助还有吗？"), date(2023, 10, 1), "not_eligible"),
        # 20. 中华技能大奖, taken back
        (("我们车间的王师傅得过中华技能大奖，去年年底办了退休手续，车间现在就缺她这样的人，想把她聘回来，文件上允许吗？",), date(2025, 5, 1), "eligible"),
        # 22. placed again
        (("我是合肥一个社区的，辖区有个零就业家庭的就业困难人员，在公益性岗位上干满三年了，还是找不到别的工作，以前只安置过这一次。她还能再安排一次公益性岗位吗？",), date(2024, 12, 1), "eligible"),
        # 25. a level denied with 啥: never 特级技师's route; 33. the years of staying in the trade (15 of the 18 asked)
        (("我家那口子在安阳的钢厂，是高级技师，全国技术能手也评上了。河南那个破格评正高，他够不够？", "十四年了，始终在车间干。他也不是什么首席技师、特级技师，世赛金牌也没有。"), date(2024, 4, 1), "not_eligible"),
        # 26. no honours at all
        (("许昌的，我是高级技师，做钳工，能评职称吗", "证是2016年考下来的，一直在本岗位", "正高呢？钳工我干了23年，不过没得过什么劳模、技能大奖一类的荣誉，特贴也没享受过"), date(2024, 5, 1), "not_eligible"),
        # 27. meaning to find a place to do an internship; the age replied
        (("我女儿打算在临汾找个单位见习，积累点经验", "她2020年秋天从职高毕业，后来一直在家", "她今年26了"), date(2023, 10, 1), "not_eligible"),
        # 28. a round counted, one more asked
        (("我在平凉的社区工作，问个公益岗的问题", "我们这有位重度残疾的大哥，公益岗3年期满了，外面还是找不到事做", "补充一下，现在是第二轮到期，第一轮是2017年的。能不能再给他安排一次？"), date(2025, 8, 1), "not_eligible"),
        # 29. a base asked for, those left counted
        (("南充一家电子厂，近两年吸纳了一批脱贫户，厂里能申请个什么基地吗？", "13个", "刚查了花名册，走了5个，现在还在岗的只有8个，还够吗？"), date(2024, 10, 1), "not_eligible"),
        # 30. a higher title's treatment asked
        (("我们公司在宁波，有个同事是聘的高级技师，他能不能比照正高职称的待遇？",), date(2025, 5, 1), "not_eligible"),
        # 15. three years had, far from retirement whatever the sex
        (("我是认定的就业困难人员，2021年10月开始打零工，自己交社保，社保补贴一直领到这个月，刚好三年。我今年46岁，还能接着领吗？",), date(2024, 10, 20), "not_eligible"),
    ],
)
def test_verdicts(assistant, messages, today, expected):
    *_, answer = talk(assistant, *messages, today=today)
    assert verdict(answer) == expected, answer.answer


def test_this_measure_still_in_force_after_talk_of_it(assistant):
    # 13. the refund has its own deadline (2024-12-31) inside a document in force to 2025
    *_, answer = talk(
        assistant,
        "自贡一家小厂，去年按四川的稳就业政策领过失业保险稳岗返还，返的是上年交的60%。",
        "今年还能按这个文件再申请吗？这条政策现在还有效吗？",
        today=date(2025, 5, 1),
    )
    assert answer.status == "expired", answer.answer
    assert "2024年12月31日" in answer.answer, answer.answer
