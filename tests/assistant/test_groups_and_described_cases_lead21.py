"""Round 21: groups told apart by a figure said once, counts an organizer gives, and a measure asked of a case
described (probing in our own words).

1. “其中有5个只签了半年，其他都是两年的”: the rest said by a figure alone is the figure of the same thing the group
   before was said by (the contract) — each part asked of the rule, only those who qualify counted.
2. “一共组织了30个”: the people an organizer sent out are the people counted.
3. “村里组织我们去外省打工，有补贴吗”: a case described and whether there is anything for it asked — the article
   found decides when a fact told selects its rule (有组织劳务输出), and the figure follows the people told later.
4. “都签了合同、交了社保，有什么补贴吗”: the insurance paid is a condition told, not the 社会保险补贴 asked.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from shared_support import talk

DAY = date(2025, 3, 1)  # 川办发〔2024〕34号 in force (to 2025-12-31)


def test_the_rest_said_by_a_figure_alone_is_that_figure_of_the_contract(assistant):
    # 三、（十六）: 协助签订1年以上劳动合同并参保 → 300元/人; 30 − 5 = 25 people × 300
    (last,) = talk(assistant, "我们是巴中一个县的劳务经纪人，县里是乡村振兴重点帮扶县，今年送了30个脱贫户进厂，其中有5个只签了半年，其他都是两年的，社保都交了，服务补助能拿多少？", today=DAY)
    assert last.calculation is not None and last.calculation.value == Decimal("7500"), last.answer


def test_the_people_an_organizer_sent_out_are_counted(assistant):
    # 三、（十六）: 300元/人 × 20
    (last,) = talk(assistant, "我们是凉山一个欠发达县的劳务专业合作社，组织脱贫人口到企业就业，今年一共组织了20个，个个都签了一年以上合同也上了社保，一共能拿多少服务补助？", today=DAY)
    assert last.calculation is not None and last.calculation.value == Decimal("6000"), last.answer


def test_anything_for_a_case_described_is_decided_by_the_article_found(assistant):
    # 三、（十六）: 有组织劳务输出到户籍所在县以外 → 不超过400元/人; then 2 people → 800
    first, last = talk(assistant, "我是达州的脱贫户，镇上组织我们一批人去广东的电子厂打工，这种有补贴吗？", "我跟我媳妇两个都去了，最多一共能领多少", today=DAY)
    assert first.calculation is not None and first.calculation.value == Decimal("400"), first.answer
    assert last.calculation is not None and last.calculation.value == Decimal("800"), last.answer


def test_insurance_paid_is_a_condition_told_not_the_subsidy_asked(assistant):
    # 一、（四）: 招用毕业年度大学生，签1年以上合同并缴社保 → 2000元/人 × 6
    (last,) = talk(assistant, "绵阳一家机械厂，今年招了6个今年毕业的大学生，都签了三年合同、按规定交了社保，有什么补贴吗？", today=DAY)
    assert last.calculation is not None and last.calculation.value == Decimal("12000"), last.answer


def test_a_threshold_counts_only_the_kind_it_names(assistant):
    # 三、（十六）: 吸纳脱贫人口就业10人以上 — 8 脱贫人口 + 4 others is 8, not 12
    (last,) = talk(assistant, "我们是宜宾一家包装厂，去年招了8个脱贫户，另外还有4个是城里的下岗职工，一共12个人，能不能认定就业帮扶基地？", today=DAY)
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer
    # …and 11 of them 脱贫人口 is enough
    (last,) = talk(assistant, "我们是宜宾一家包装厂，去年招了11个脱贫户，另外还有4个是城里的下岗职工，能不能认定就业帮扶基地？", today=DAY)
    assert last.calculation is not None and (last.calculation.verdict == "eligible" or last.calculation.value == 50000), last.answer


def test_kinds_counted_follow_the_count_over_a_conversation(assistant):
    # a count corrected without its kind: the kind said before is of the count before (12 脱贫人口 now)
    *_, last = talk(assistant, "宜宾一家包装厂，去年招了8个脱贫户，能认定就业帮扶基地吗", "说错了，是12个", today=DAY)
    assert last.calculation is not None and (last.calculation.verdict == "eligible" or last.calculation.value == 50000), last.answer
    # people of each kind added: 7 + 2 脱贫人口 (the third is not) = 9, under 10
    *_, last = talk(assistant, "宜宾一家包装厂，去年招了7个脱贫户，能认定就业帮扶基地吗", "今年又招了3个，2个是脱贫户，1个是城里下岗的。现在够了吗", today=DAY)
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer


def test_a_total_of_interns_with_no_months_said_is_their_month_not_one_month_assumed(assistant):
    # 山西 三、（二）: 1880 × 60% = 1128/人·月; 5 interns, months not said → 5640 a month, the months asked
    (last,) = talk(assistant, "太原的公司，收了5个见习生，最低工资1880，见习补贴一共多少？", today=date(2022, 9, 1))
    assert last.calculation is not None and last.calculation.value == Decimal("5640"), last.answer
    assert "每月合计5640元" in last.answer and "见习1个月" not in last.answer, last.answer


def test_a_group_counted_then_split_into_some_and_the_rest(assistant):
    # 一、（四）: 签1年以上 → 2000元/人; 7 hired, 3 on half a year, the rest (4) on two years
    (last,) = talk(assistant, "遂宁一家电子厂，今年招了7个应届毕业的大学生，有3个只签了半年，其余的签了两年、社保也都交了，吸纳就业补贴一共多少？", today=DAY)
    assert last.calculation is not None and last.calculation.value == Decimal("8000"), last.answer
    assert "只签了半年的3人" in last.answer, last.answer


def test_the_years_on_the_post_asked_over(assistant):
    # 第十一条: 参照当地最低工资标准 — 2 people × 1800 × 36 months
    (last,) = talk(assistant, "街道有2个就业困难人员在公益性岗位上，最低工资1800，干三年的岗位补贴一共多少？", today=date(2025, 6, 1))
    assert last.calculation is not None and last.calculation.value == Decimal("129600"), last.answer


def test_people_counted_by_batches_or_workshops_are_added(assistant):
    # 晋中 三、（二）: 企业职工培训每人300元 — 40 + 25 trained in two batches
    (last,) = talk(assistant, "榆次的企业，去年分两批搞了职工技能培训，第一批40个，第二批25个，都是政府补贴性培训，企业一共能拿多少？", today=date(2024, 6, 1))
    assert last.calculation is not None and last.calculation.value == Decimal("19500"), last.answer


def test_one_persons_figure_asked_counts_no_one(assistant):
    # “一个人能补多少” then the workshops' counts: 30 + 12, not one person said before and the rest
    *_, last = talk(assistant, "晋中的企业职工培训，一个人能补多少钱？", "一车间30个，二车间12个，一共能拿多少", today=date(2024, 6, 1))
    assert last.calculation is not None and last.calculation.value == Decimal("12600"), last.answer


def test_years_reckoned_over_said_as_suan_xialai(assistant):
    # 一、（四）: 每人每年7800元，3年内 — 2 people × 7800 × 3
    (last,) = talk(assistant, "我们在遂宁的厂子招了2个脱贫户，听说每人每年能扣7800的税费，3年算下来一共能扣多少？", today=date(2025, 3, 1))
    assert last.calculation is not None and last.calculation.value == Decimal("46800"), last.answer


def test_some_singled_out_of_those_counted_and_the_rest(assistant):
    # 二、（十四）: 毕业学年积极求职的低保家庭高校毕业生 1500元 — 4 of them, 1 not looking for work: 3 × 1500
    (last,) = talk(assistant, "四川一所高校，毕业学年的学生里低保家庭的4个，其中1个已经考上研究生不找工作了，一次性求职补贴一共多少", today=DAY)
    assert last.calculation is not None and last.calculation.value == Decimal("4500"), last.answer
    # 一、（四）: 5 hired, 2 of them not insured — 3 × 2000
    (last,) = talk(assistant, "广安的厂今年招了5个应届毕业生，都签了两年合同，其中2个还没交社保，一次性吸纳补贴一共多少", today=DAY)
    assert last.calculation is not None and last.calculation.value == Decimal("6000"), last.answer


def test_people_counted_only_by_their_kind_are_the_people(assistant):
    (last,) = talk(assistant, "四川一所大学，毕业学年积极求职的学生里，残疾的有4个，一次性求职补贴一共多少", today=DAY)
    assert last.calculation is not None and last.calculation.value == Decimal("6000"), last.answer
