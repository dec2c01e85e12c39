"""Round 31: facts said in other words, and counts restated (probing in our own words; none of these is a held-out or
blind item).

1. The sex said of the one asked about in a phrase (有个56岁的男同志, 那老李呢？男的，今年58了): with the age it gives the
   years to the statutory retirement age.
2. Out of the trade now (前年被调去库房当库管了, 现在已经不在车间干了): not in post.
3. A province's honour said with who gave it between (省里评的劳动模范, 省政府授予的五一劳动奖章): a 省级以上表彰.
4. The same training done over (去年考过电工初级，今年又培训了一遍): the same level, paid once — and that is what is
   asked, not how many times one may be paid.
5. A level said by number or name after an occupation ending other than 工/员/师 (起重机司机四级, 挖掘机司机初级); one
   trade named by a short and a long name (叉车 and 叉车司机) is one trade.
6. People come besides those held, with the new total said (又来了3个，现在一共9个学员了): the total said is the count.
7. A total asked over honours one of which the measure does not pay (…还有1个是河南省技术能手，加起来一共多少): the total of
   those it pays, that one said not to be in it — not a decline for the figure the text does not give that one.
8. The training subsidy for a firm's new hires named by the training (企业职工岗位技能培训补贴): the clause that pays it,
   with its one-year limit from the contract.
9. What is said of “the others” after everyone is listed, one named as left out (除了老师傅，其他都签了两年合同): said of each
   listed but that one; a group listed with the years they left school (2个2023年毕业的) read as listed.
10. A total asked in a later message of the people an earlier one listed one by one (…每个月一共能补多少？): each decided
   as listed, those who qualify added.
11. Whether it is not too late to apply (现在去申请灵活就业的社保补贴还来得及吗): a verdict asked.
12. 晋中's plan for 2023 applies from its issue (2023-04-19): the page's “生效日期” is only the day the page was put up.
13. Those kept on after an order training said in a follow-up (那要是只留下了21个呢？); a bare count of people replying to a
   question of days (“28个” to 培训了多少天？) is the part of the rate the rule needs, the number trained held.
14. An honour said to be a city's (那个是市里的奖, 宁波市技术能手, 绍兴市的劳动模范): on no list of the province's or the
   nation's — a correction that replaces the honour said before; a denial with who was denied between (省里也没评过他什么
   “高精尖缺”).
15. Trainings the subsidy paid for, one a clause (前几年政府补贴学了电焊，去年又补贴学了个电工), and the times asked of the
   subsidised training named the other way round (补贴培训还能享受几次): the times left.
16. A leading talent already retired, asked whether the firm may take them back (返聘): the plan's own clause, not a decline
   for retirement procedures.
17. Said in other words: an evaluation body approved in a month (2022年6月批下来的); a company set up to borrow as
   (合伙注册个公司，算小微企业); a firm signed up for the subsidised training of its people (厂里报了政府补贴性培训).
18. Said in dialect or in passing: 社保也交起了 (paid); 刚毕业的大专娃儿 (graduates); a place one worked in and came back from
   (老李在东莞打了十几年工，去年回来办执照) is not where the person asking is.
19. One more of a list said with no number (还有个小伙子26了) and 都 of “already” before a span (本科毕业都4年了, not “all”):
   each described as listed.
20. A title asked with the typo 助里 (评助里工程师): the title by skill level, not the schooling a technical school counts as;
   a trainer asked of with the class named between (能当政府补贴培训班的授课老师吗), ten years and more in the trade however
   named (掌勺二十多年) being long practice.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_support import figure, talk, verdict


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        # 1. the sex said of the one asked about
        ("我们街道有个56岁的男同志，认定了就业困难人员", "sex", "男"),
        ("那老李呢？男的，今年58了", "sex", "男"),
        ("村里有个51岁的女同志在公益岗上", "sex", "女"),
        ("招了3个男工人", "sex", None),
        # 2. out of the trade now
        ("干了十几年钳工，前年被调去库房当库管了", "in_post", False),
        ("技师证拿了5年，现在已经不在车间干了", "in_post", False),
        # 3. a province's honour with who gave it between
        ("他是省里评的劳动模范", "leading_talent_honor", True),
        ("去年拿了省政府授予的五一劳动奖章", "leading_talent_honor", True),
        ("我是市里评的劳动模范", "leading_talent_honor", None),
        # 14. an honour said to be a city's; a denial with who was denied between
        ("不对，她那个是市里的奖，绍兴市的劳动模范", "leading_talent_honor", False),
        ("省里也没评过他什么“高精尖缺”，这样还算吗", "leading_talent_honor", False),
        ("我是宁波市技术能手", "awards", frozenset({"市级技术能手"})),
        # 4. the same training done over
        ("去年考过电工初级，领了补贴，今年又培训了一遍电工初级", "same_level", True),
        ("前年学了焊工初级，今年又学了一遍高级", "same_level", None),
        # 18. said in dialect or in passing
        ("都签了两年合同，社保也交起了", "social_insurance_paid", True),
        ("2个是今年刚毕业的本科娃儿", "person_categories", frozenset({"毕业年度高校毕业生", "高校毕业生"})),
        # 5. a level after an occupation; one trade by two names
        ("我是起重机司机四级", "skill_level", "中级工"),
        ("挖掘机司机初级证拿了两年", "skill_level", "初级工"),
        ("去年考了叉车司机中级工，今年公司让考叉车初级", "same_occupation", True),
    ],
)
def test_facts_read(text, key, value):
    from assistant.facts import extract_facts

    assert extract_facts(text).get(key) == value


@pytest.mark.parametrize(
    ("messages", "today", "total"),
    [
        # 6. the new total said with those come
        (("晋城的一家公司，接收了6个离校没就业的大学生见习，意外伤害保险的保费补贴一共多少？", "又来了3个，现在一共9个见习生了，保费补贴一共多少？"), date(2023, 8, 1), 2160),
        # 9. all but the one named
        (("眉山的一家小厂，今年招了5个：1个退休返聘的老电工，签的劳务协议；2个今年6月刚毕业的大学生；还有2个街道认定的就业困难人员。除了老电工，其他都签了两年合同、交了社保。一次性吸纳就业补贴一共多少？",), date(2024, 10, 1), 8000),
        # 10. a total asked later of the people listed before
        (("遂宁的一家公司，今年8月接了3个见习生：2个是今年刚毕业还没找到工作的大学生，1个是2020年毕业的，一直在家。见习补贴怎么算？", "我们这最低工资2100，那每个月一共能补多少？"), date(2024, 10, 1), 4200),
        # 12. 晋中's 2023 plan in force in the autumn of 2023
        (("榆次的，9月份社区组织我们去学家政，学了8天，我是失业人员，晋中这个培训补贴能补多少？",), date(2023, 9, 20), 800),
        # 15. trainings the subsidy paid for, counted
        (("我老家在农村，出来打工好几年了，前年政府补贴学了焊工，去年又补贴学了个育婴员，补贴培训我还能享受几次？",), date(2025, 5, 1), 1),
        # 17. a company set up to borrow as; the firm's subsidised training
        (("南充开奶茶店的，创业担保贷款个人最多能贷多少？", "那要是我跟朋友合伙注册个公司，算小微企业，最多能贷多少？"), date(2025, 5, 1), 4000000),
        (("灵石一家煤机厂的人事，今年厂里报了政府补贴性培训，电工焊工一共20个人培训完了，企业能拿多少培训补贴？",), date(2023, 10, 1), 6000),
        # 19. one more said with no number; 都 of “already”
        (("大同一家超市的人事，今年接了几个见习的：2个是今年刚毕业的大专生，一直没找到工作，每人见习3个月；还有个小伙子27了，本科毕业都5年了，也在我们这见习。最低工资按1880算，见习补贴一共多少？",), date(2023, 9, 1), 6768),
        # 7. a total over honours, one not paid by the measure
        (("许昌的公司，去年1个职工拿了中华技能大奖，3个是全国技术能手，还有1个是河南省技术能手，省里额外奖励加起来一共多少？",), date(2024, 5, 1), 110000),
    ],
)
def test_totals(assistant, messages, today, total):
    *_, answer = talk(assistant, *messages, today=today)
    assert float(figure(answer)) == total, answer.answer


@pytest.mark.parametrize(
    ("messages", "today", "expected"),
    [
        # 1. the years to retirement from the age and sex said
        (("我们社区有个58岁的男同志，认定了就业困难人员，物业公司招了他，给他交社保。社保补贴能一直补到退休吗？",), date(2024, 9, 1), "eligible"),
        (("村里有个就业困难人员在公益岗，公益性岗位补贴一般最多几年？", "那老李呢？男的，今年58了，也是就业困难人员，也在公益岗，能补到退休吗？"), date(2024, 9, 1), "eligible"),
        # 2. out of the trade now: Henan's exceptional route needs one in post
        (("开封的，焊工干了二十年，2018年拿了高级技师。前年被调去库房当库管了，现在不碰焊机了。河南高级技师破格报副高，我能报吗？",), date(2024, 9, 1), "not_eligible"),
        # 3. a province's honour given by the province
        (("国家那个高技能领军人才培育计划，我们厂一个老钳工算不算领军人才？他是省里评的劳动模范。",), date(2025, 3, 1), "eligible"),
        # 4. the same training done over
        (("苏州的，去年考过电工初级，那次领了培训补贴。今年又培训了一遍电工初级，这次培训补贴还能领吗？",), date(2025, 5, 1), "not_eligible"),
        # 5. a level after an occupation; one trade by two names
        (("我去年考了叉车司机四级，领过培训补贴了，今年公司让考叉车五级，培训补贴还能领吗？",), date(2025, 5, 1), "not_eligible"),
        # 13. those kept on, in a follow-up; a bare count replying to a question of days
        (("祁县的厂子，搞了个订单式培训，培训了25天，30个人，结业后就业的有26个，企业能拿补贴吗？", "那要是只留下了21个呢？"), date(2024, 3, 1), "not_eligible"),
        (("太谷的公司办了一期订单式培训，补贴怎么算？", "培训了40个", "28个"), date(2024, 3, 1), "not_eligible"),
        # 14. a city's honour corrected for the one said before
        (("我是焊工，去年拿了技术能手，听说浙江可以走绿色通道直接报中级职称？", "不对，我那个是宁波市技术能手，不是省里的，还能直接报中级吗"), date(2024, 5, 1), "not_eligible"),
        (("我们车间老李是做模具的，拿过五一劳动奖章，国家那个领军人才计划他算不算？", "搞错了，他那个是市里的奖，东莞市的五一劳动奖章，省里也没评过他什么“高精尖缺”，还算吗"), date(2024, 8, 1), "not_eligible"),
        # 16. a retired leading talent taken back
        (("我们厂一个老钳工是中华技能大奖获得者，上个月刚办了退休手续，车间攻关还离不开他，按国家领军人才的文件，能把他返聘回来吗？",), date(2025, 5, 1), "eligible"),
        # 17. an evaluation body approved in a month, its renewal window open
        (("湖州的，我们学校是2022年9月批下来的职业技能等级认定机构，现在交延续申请来得及吗？",), date(2025, 7, 1), "eligible"),
        # 20. a title asked with a typo; a trainer by long practice
        (("台州的，技校高级工班毕业，2024年3月拿到的钳工高级工证，一直在厂里干钳工。浙江高级工可以评助里工程师，我现在能报了吗？",), date(2025, 1, 10), "not_eligible"),
        (("我们培训学校想请个老木匠给木工班上课，他做了二十多年木工，没考过证，也没职称，能当补贴培训班的授课老师吗？",), date(2025, 1, 10), "eligible"),
        # 11. not too late to apply, asked
        (("帮我儿子问问，他2021年6月从绵阳一所大专毕业，一直没正式工作，今年跑滴滴自己交社保，家里也不是困难户。现在去申请灵活就业的社保补贴还来得及吗？",), date(2024, 9, 1), "not_eligible"),
        # 8. a firm's new hire trained more than a year after the contract
        (("无锡一家小厂，2023年2月招了个农村出来打工的，签了两年合同。今年5月才送他去参加岗位技能培训，拿了证，能申请企业职工岗位技能培训补贴吗？",), date(2024, 8, 1), "not_eligible"),
    ],
)
def test_verdicts(assistant, messages, today, expected):
    *_, answer = talk(assistant, *messages, today=today)
    assert verdict(answer) == expected, answer.answer


# 18. a place one worked in and came back from is not the region of the one asking
def test_a_place_worked_in_and_left_is_not_the_region(assistant):
    (answer,) = talk(assistant, "我是遂宁一个村的支书，村里老周在深圳打了十几年工，前年回来办了个养鸡场，是头一回创业，一次性创业补贴能领多少？", today=date(2025, 3, 1))
    assert "没有广东省的政策文件" not in answer.answer and answer.calculation is not None and answer.calculation.rule_id.startswith("sc."), answer.answer
