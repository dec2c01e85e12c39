"""Round 34: facts said in other words, read by declared mechanisms (probing in our own words; none of these is a
held-out or blind item).

1. A two-digit year before a school finished (17年中专毕业, 08年技工学校一毕业就…) or a paper issued (21年出台的): a date,
   not a number of years.
2. A failure denied (考核从来没有不合格过, 考评没出现过不称职): passed.
3. Pinyin slips: 评 typed as 平 (平职称, 平副高), 抵 typed as 低 (能低税).
4. Years of unemployment insurance said before the insurance is named (交了三年多失业保险): its months.
5. The day a certificate will be got (要到明年5月份才拿得到): its date — after a clause's deadline, not under it.
6. A class to sign up for, then whether its subsidy may be had (想报个政府出钱的培训班学…，还能享受补贴吗): the training
   subsidy, answered by the national rule where the province is not covered.
7. How a subsidy is worked out, asked as 咋算: an amount asked.
8. A farmer of a place (我是太谷的农民): a rural worker, whose course is the workers' own.
9. A figure asked after a title's verdict (评上以后工资一个月涨多少): declined — the rule decides a title, states no figure —
   not the verdict given again.
10. People counted as one's children (两个娃, 一对双胞胎), a total asked of them.
11. A year's sum asked with whom it is given to after 能 (一年最多能给他补多少): the months of a year multiplied out.
12. 见 typed as 建 (建习).
13. A year with the place and the school said before 毕业 (我20年运城一个大专毕业的): the fact's date, not the day asked.
14. Work begun, said as going into a named factory (从2001年进焦作这个厂): the start of the years in the trade.
15. Those kept on said as staying here to work (都留我们这上班了); those trained said with who they are (给新招的N个工人).
16. A level taken again with no trade named (又考了四级): the trade already held.
17. A failure denied with the occasion said between (没有一次是不合格的): passed.
18. The certificate named as what the date is of (证是去年3月份发下来的): the day it was got — inside a clause's deadline.
19. Years worked, the insurance paid all along said in the next clause (干了三年，一直交着失业险): the months insured.
20. Farming at home (在家种了几年地): a rural worker.
21. 四川's provincial universities by the short names people use (川师大, 川农大).
22. A cap of uses with the uses had said (之前享受过1次): the uses left given with the verdict (还可享受2次), the one now under
    way counted when the person counts it (这次领完以后).
23. A two-digit year before going into the factory (他07年进厂当电工): the start of the years in the trade.
24. Those placed in the end said on their own (最后只有14个人上了岗) in a correction: the count employed, the rate again.
25. Never let down (没掉过链子) said of the appraisal: passed.
26. An event planned, said with 要 (后年4月要办的那批认定): the day asked about.
27. Whether a document was in force asked in the clause after the day is told (…2022年12月8号报的名，那会儿这个办法开始
    施行了没有): the conversation's document, at that day.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_support import figure, read_said, talk, verdict


@pytest.mark.parametrize(
    ("text", "today", "key", "value"),
    [
        # 1. a two-digit year is a date
        ("我17年中专毕业，之后一直在家帮忙", date(2018, 6, 1), "graduation_year", 2017),
        ("08年技工学校一毕业就进了机床厂，一直干到现在", date(2024, 6, 1), "work_start_date", date(2008, 1, 1)),
        # 4. years said before the insurance
        ("在厂里干着，交了三年多失业保险了", date(2024, 6, 1), "insured_months", 42),
        ("单位给我缴了两年失业险", date(2024, 6, 1), "insured_months", 24),
        # 5. the day a certificate will be got
        ("想去考个叉车证，要到2025年5月份才拿得到", date(2024, 6, 1), "level_obtained_date", date(2025, 5, 1)),
        # 13. the year and the school
        ("我20年运城一个大专毕业的，一直没上班", date(2022, 8, 1), "graduation_year", 2020),
        # 14.
        ("从2001年进焦作这个厂就一直干钳工", date(2024, 6, 1), "work_start_date", date(2001, 1, 1)),
        # 15.
        ("给新来的16个工人办了个订单班，结业后15个都留在厂里上班了", date(2023, 6, 1), "employed_count", 15),
        ("给新来的16个工人办了个订单班，结业后15个都留在厂里上班了", date(2023, 6, 1), "trainees_count", 16),
        # 16.
        ("头年考了个叉车五级证，今年又考了三级（高级）", date(2024, 6, 1), "same_occupation", True),
        # 10.
        ("家里一对双胞胎都在找工作", date(2024, 6, 1), "people_count", 2),
        # 18.
        ("证是去年3月份发下来的", date(2024, 6, 1), "level_obtained_date", date(2023, 3, 1)),
        # 19.
        ("在厂里干了三年，一直交着失业险", date(2024, 6, 1), "insured_months", 36),
        # 20.
        ("我在家种了好几年地，想学门手艺", date(2023, 6, 1), "rural_laborer", True),
        # 21.
        ("我是川农大毕业的，去了凉山一个乡镇", date(2024, 6, 1), "provincial_university", True),
        ("川师大应届毕业去了阿坝", date(2024, 6, 1), "provincial_university", True),
        # 23.
        ("他07年进厂当电工，一直干到现在", date(2024, 6, 1), "work_start_date", date(2007, 1, 1)),
        # 8. a farmer of a place
        ("我是太谷的农民，想学门手艺", date(2023, 6, 1), "rural_laborer", True),
        ("俺们都是种地的，冬天闲着", date(2023, 6, 1), "rural_laborer", True),
    ],
)
def test_factsread_said(text, today, key, value):
    assert read_said(text, today).get(key) == value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("我17年中专毕业，之后一直在家帮忙", "years_in_occupation"),  # 1. not seventeen years in a trade
        ("这个通知是21年出台的吧", "years_in_occupation"),
        ("干这行17年了", "graduation_year"),  # a duration stays one
    ],
)
def test_notread_said(text, key):
    assert key not in read_said(text, date(2024, 6, 1))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 2. a failure denied is a pass; a failure said is one
        ("年度考核从来没有不合格过", True),
        ("考评这几年没出现过不称职", True),
        ("考核就没不合格", True),
        ("考核这些年没有一次是不合格的", True),
        ("考核有一年是不合格的", False),
        ("考核这些年从没掉过链子", True),
        ("去年考核不合格", False),
    ],
)
def test_a_failure_denied_is_a_pass(text, value):
    from assistant.facts import extract_facts

    assert extract_facts(text).get("annual_appraisal_passed") is value


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("有高级工证能平职称吗", "有高级工证能评职称吗"),
        ("技师干满4年能平副高不", "技师干满4年能评副高不"),
        ("招脱贫户能低税吗", "招脱贫户能抵税吗"),
        ("在太原一家公司建习", "在太原1家公司见习"),
        ("平时工作忙", "平时工作忙"),  # 平 said as itself
        ("最低税率", "最低税率"),
    ],
)
def test_pinyin_slips(said, meant):
    from assistant.text import normalize

    assert normalize(said) == meant


@pytest.mark.parametrize(
    ("messages", "today", "expected"),
    [
        # 1. 2017 graduate, out of school five years and 25: not in the 山西 internship's scope
        (("我在长治，97年的，17年中专毕业后一直在家帮忙，现在想参加就业见习，还能报不？",), date(2022, 8, 1), "not_eligible"),
        # 1. in the trade since 2008 and the provincial prize: 18 years not yet reached in 2024 (河南 正高)
        (("我08年技工学校毕业后进了新乡一家厂当电工，一直没换过工种。高级技师，去年拿了中原技能大奖，能破格评正高吗？",), date(2024, 6, 1), "not_eligible"),
        # 2. a failure denied: 浙江 助理级 from 高级工 after 3 years
        (("宁波的，我2020年拿的钳工高级工，一直在车间干，年度考核从来没有不合格过，学历是初中，能评助理工程师吗？",), date(2023, 6, 1), "eligible"),
        # 3. 平职称: the title route, then the facts
        (("我在温州一家厂做电工，有高级工证，高级工能平职称吗？", "21年5月拿的证，一直干电工，考核年年合格"), date(2023, 9, 1), "eligible"),
        # 5. the certificate comes after 四川's deadline for the skill-upgrade subsidy
        (("我在内江一家厂上班，交了三年多失业保险，想考个电工证，要到明年5月份才拿得到，能领补贴吗？",), date(2024, 10, 1), "not_eligible"),
        (("我在乐山一家厂，交了两年失业险，想去考叉车证，有补贴吗？", "要明年4月份才考得下来"), date(2024, 10, 1), "not_eligible"),
        # 13. a 2020 graduate asked in March 2023 at 25: out of school over two years and over 24
        (("我20年运城一个大专毕业的，今年25了，一直没找到活干，现在还能去参加就业见习不？",), date(2023, 3, 1), "not_eligible"),
        # 14. in the trade since 2001 with 全国技术能手: 18 years reached (河南 正高)
        (("河南高级技师能破格评正高吗？", "2019年评上全国技术能手的高级技师，2001年进的焦作这个厂，一直干钳工，人在一线"), date(2024, 6, 1), "eligible"),
        # 17. + 18. a 技师 of June 2020, asked in November 2023, every year passed (浙江 中级)
        (("我是技师，在温州泵业公司搞设备维护，中级职称能报吗？", "2020年5月拿的，这几年考核没有一回是不合格的"), date(2023, 11, 1), "eligible"),
        # 18. the certificate got inside 四川's deadline for the skill-upgrade subsidy, asked after it
        (("泸州的，在厂里干了三年，一直交着失业险，考了个电工四级证，有补贴不？", "证是去年11月份发的"), date(2025, 2, 1), "eligible"),
        # 25. a reply of two clauses, both saying passed
        (("绍兴的，电工技师证2019年9月拿到，之后都在车间搞技术，想申报中级职称，可以吗？", "年年都合格，从没掉过链子"), date(2023, 4, 1), "eligible"),
        # 23. in the trade since 2007 with 中原技能大奖: 18 years reached in 2025 (河南 正高)
        (("洛阳的，我师傅07年进厂当车工一直干到现在，人是高级技师，2023年得过中原技能大奖，能破格评正高不？",), date(2025, 6, 1), "eligible"),
        # 16. the same trade taken again: no second evaluation subsidy
        (("保定的，厂子倒闭后一直没上班，头年考下叉车五级证，领过一次评价补贴，今年又考了三级（高级），还能再领评价补贴不？",), date(2024, 10, 1), "not_eligible"),
    ],
)
def test_verdicts(assistant, messages, today, expected):
    *_, answer = talk(assistant, *messages, today=today)
    assert verdict(answer) == expected, answer.answer


@pytest.mark.parametrize(
    ("messages", "today", "total"),
    [
        # 3. 低税: the deduction for people hired (四川: 7800 a person a year)
        (("我在达州开了个小厂，招了3个脱贫户，听说能低税，一年能少交多少？",), date(2025, 3, 1), 23400),
        # 7. + 8. a farmer's course: 100 a day, at most 1000 (晋中)
        (("我是太谷的农民，县里办了个电焊培训我想去，补贴咋算？", "9天"), date(2023, 9, 1), 900),
        (("我是太谷的农民，县里办了个电焊培训我想去，补贴咋算？", "9天", "说错了，是14天的班"), date(2023, 9, 1), 1000),
        # 10. two children of a family on minimum living allowance, the one-off job-seeking subsidy (四川: 1500 each)
        (("绵阳的，我家是低保户，两个娃今年都读大四在找工作，求职补贴两个娃合计能领多少？",), date(2024, 10, 1), 3000),
        # 11. 900 a month, two thirds, a year
        (("我在德阳，去年6月大专毕业一直没签单位，在跑外卖，社保是以灵活就业身份自己交的，一个月八百四。一年算下来最多能给我补多少？",), date(2024, 9, 1), 6720),
        # 15. an order class: 19 of 20 kept on (95%), 12 days: 10 × 150 + 2 × 100 (晋中)
        (("祁县一家机械厂，跟技校合作给新来的20个工人办了期订单班，一共学了12天，最后19个留在厂里上班了。每个学员能补多少？",), date(2023, 6, 1), 1700),
        # 22. the national training subsidy, at most 3 uses: 1 had → 2 left; counting this one → 1 left
        (("我在昆明，登记失业了，想报个政府出钱的培训班学育婴员，还能享受补贴吗？", "之前享受过一次，学的电工，拿了证"), date(2024, 6, 1), 2),
        (("我在昆明，登记失业了，想报个政府出钱的培训班学育婴员，之前享受过1次培训补贴，这次领完以后还能享受几次？",), date(2024, 6, 1), 1),
    ],
)
def test_totals(assistant, messages, today, total):
    *_, answer = talk(assistant, *messages, today=today)
    assert float(figure(answer)) == total, answer.answer


def test_the_placed_count_corrected_in_the_end(assistant):
    # 24. 14 of 20 placed: 70%, under 80% — no order-class subsidy (晋中)
    *_, answer = talk(
        assistant,
        "太谷这边一家厂，跟技校合办了一期订单式培训，20个人学了12天，结束后17个人都上岗了，每人补贴怎么算？",
        "不对，我刚核了一下，最后只有14个人上了岗",
        today=date(2023, 9, 1),
    )
    assert verdict(answer) == "not_eligible", answer.answer


@pytest.mark.parametrize(
    ("messages", "today", "status"),
    [
        # 26. a batch planned for 2028 after 川人社规〔2022〕9号 runs out (2027-12-27)
        (("川人社规〔2022〕9号那个职业技能等级认定的通知现在还有效吗？", "那我们后年4月要办的那批认定，到时候还能按这个通知来吗？"), date(2026, 10, 1), "expired"),
        # 27. 浙江's 贯通办法 took effect on 2022-12-17
        (("杭州的，公司几个工程师是中级职称，能去考技师吗？", "车间里有个师傅2022年12月8号照这个报了名，那会儿这个办法开始施行了没有？"), date(2023, 3, 1), "not_yet_effective"),
    ],
)
def test_validity_at_the_day_told(assistant, messages, today, status):
    *_, answer = talk(assistant, *messages, today=today)
    # the status given what was asked, else the first citation's (as `--json` gives it)
    assert (answer.status or answer.citations[0].status) == status, answer.answer


def test_a_figure_asked_after_a_title_verdict_is_declined(assistant):
    # 9. the verdict is not given again as the answer to a question about pay
    first, second = talk(
        assistant,
        "嘉兴的，电工技师证已经拿了5年，年年考核合格，评中级职称行不行？",
        "要是评下来中级，每月工资能多出多少钱？",
        today=date(2023, 8, 1),
    )
    assert verdict(first) == "eligible", first.answer
    assert second.abstained and second.answer != first.answer, second.answer


def test_a_class_to_join_in_an_uncovered_province(assistant):
    # 6. the national rule, labelled national — not a decline
    (answer,) = talk(
        assistant,
        "我在贵阳，办了失业登记，想报个政府出钱的培训班学面点，还能享受补贴吗？",
        today=date(2024, 6, 1),
    )
    assert not answer.abstained, answer.answer
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.six_groups_training", answer.answer
    assert "全国性" in answer.answer
