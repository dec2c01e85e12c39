"""Variants of amounts and verdicts answered right in their first wording but not in others (para-dev14: a
blind writer's variants of dev items) — each class in our own words (other persons, places, documents and
figures than the dev items), the mechanism fixed as a kind.

1. **A social-insurance subsidy over the period**: the cap (2/3 of a flexible worker's contribution; a firm's
   own part only, the person's part said beside it left out) times the period the clause gives that person —
   就业困难人员 until retirement when under 5 years were left at the first approval (“还差三年半” → 42 months),
   a graduate in flexible work up to 2 years, a small firm hiring a graduate up to 1 year.  Said as “每月社保九百”
   (no verb), “离法定退休年龄刚好还差…” (words between), “能补多长时间，总额最多多少” (a total with no verb beside the
   period), “两年他能拿到多少” (a person between the span and the verb), “社保单位部分每月1100，个人部分400”.
2. **An interest subsidy per year**: the loan (the ceiling, “按最高额度贷”) × the annual rate said without 百分之
   (“年利率三点五”“年息四点二”) × the subsidised share; **a year's deduction for N people** (“一年合计”), not the
   3-year total.
3. **Two measures asked together** (“创业补贴跟吸纳就业补贴加到一块”, named in brackets after their count
   “两项补贴（A、B）”): each asked of its rule and added; a measure whose condition is not met today (运营未满1年)
   adds 0, its reason said.
4. **Figures left of a limit**: times left when the times had are told after the limit was asked (“…最多几回？”
   then “之前领过两回了”); the years still to serve to a route's requirement (“在这个岗位上干满了10年…还要再干
   几年”: 18 − 10); the span in all with one renewal whose evaluation passed (“递了延续申请，评估也通过了”: 3 + 3);
   a per-person award × the people a follow-up names (they are a group of their own, not added to the award
   asked of before).
5. **Verdicts**: an in-service employee's ordinary in-house training (said not to be 新型学徒制 or 技师培训) is
   refused; a layoff rate from the counts said (“20个参保职工…走了两个，都是老板劝退的”); a home registered
   elsewhere while living and working here (“户籍不在本地是不是就…不了”) is answered by the 常住地/就业地
   clause; a person hired then sent by the employer to a training (“入职后公司安排我去…”) is asked the
   contract's length, not declined.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from assistant_support import assert_total
from shared_support import DIFFICULT_SI, GRADUATE_SI, HENAN_BONUS, SC_ABSORB, SC_LOAN, steps_cited, talk, verdict

EVAL_VALIDITY = ("zj-nd-dfcb58", "一、（三）5.")


def _said(assistant, turns, today):
    return talk(assistant, *turns, today=today)[-1]


@pytest.mark.parametrize(
    ("turns", "today", "value", "article"),
    [
        pytest.param(("福州的，就业困难人员，在菜市场卖菜算灵活就业，社保一个月交的是1350。初次核定社保补贴时我离法定退休年龄刚好还差三年半。按国家最高比例，一共能补多少？",), date(2025, 6, 1), 37800, DIFFICULT_SI, id="c1-difficult-3.5y"),
        pytest.param(("合肥，就业困难人员，跑外卖算灵活就业，每月社保一千二。第一次核定那时候我距离法定退休年龄也就剩一年半，按国家规定顶格一共能拿多少？",), date(2025, 6, 1), 14400, DIFFICULT_SI, id="c1-difficult-1.5y"),
        pytest.param(("济南的，前年12月本科毕业一直没找到单位，现在做自媒体算灵活就业，社保每个月1500。按国家规定这个社保补贴能补多长时间，总额最多是多少？",), date(2025, 6, 1), 24000, GRADUATE_SI, id="c1-grad-flex-total"),
        pytest.param(("昆明一家小微企业，招了个去年毕业一直没工作的大学生，签了三年合同，社保单位部分每月1100，个人部分400。国家给的这个社保补贴最多能拿多少？",), date(2025, 6, 1), 13200, GRADUATE_SI, id="c1-grad-firm-employer-part"),
        pytest.param(("石家庄，我家孩子去年7月大专毕业，没找到工作，现在接单做设计算灵活就业，社保每月自己交八百四。按国家规定顶格算，两年他能拿到多少？",), date(2025, 6, 1), 13440, GRADUATE_SI, id="c1-grad-flex-two-years-he"),
        # the month said after the verb (“社保自己交每月1200”), 3年零6个月 to retirement: 800 × 42
        pytest.param(("就业困难人员，在小区当保安算灵活就业，社保自己交每月1200，初次核定时距离法定退休年龄还差3年零6个月，最多一共能拿多少？",), date(2025, 6, 1), 33600, DIFFICULT_SI, id="c1-difficult-verb-then-month"),
    ],
)
def test_social_insurance_subsidy_over_the_period(assistant, real_index, turns, today, value, article):
    assert_total(_said(assistant, turns, today), real_index, Decimal(value), article)


@pytest.mark.parametrize(
    ("turns", "today", "value", "article"),
    [
        pytest.param(("宜宾的一家小微企业，想按最高额度贷创业担保贷款，年利率三点五，财政一年能贴多少？",), date(2025, 6, 1), 70000, SC_LOAN, id="c2-firm-rate-spoken"),
        pytest.param(("泸州，我个人申请创业担保贷款，贷满额度，年利率3.2，政府每年能帮着贴多少？",), date(2025, 6, 1), 4800, SC_LOAN, id="c2-person-rate-bare"),
        pytest.param(("四川个人创业担保贷款最多能贷多少", "那我顶格贷，年息四点二，财政一年给贴多少",), date(2025, 6, 1), 6300, SC_LOAN, id="c2-followup-rate"),
        pytest.param(("绵阳一家物流公司，今年招了6个脱贫人口，都符合条件。按定额标准，这6个人一年合计能给公司扣多少税费？",), date(2025, 6, 1), 46800, SC_ABSORB, id="c2-deduct-one-year"),
        pytest.param(("自贡的餐饮企业招了4个登记失业人员，都符合条件，这4个人一年加起来能减多少税费？",), date(2025, 6, 1), 31200, SC_ABSORB, id="c2-deduct-one-year-b"),
    ],
)
def test_a_years_interest_subsidy_and_deduction(assistant, real_index, turns, today, value, article):
    assert_total(_said(assistant, turns, today), real_index, Decimal(value), article)


@pytest.mark.parametrize(
    ("turns", "today", "value", "article"),
    [
        pytest.param(("南充的，我是去年毕业的大学生，2024年9月第一次注册了个小微企业做电商，一直正常经营。今年招了2个毕业年度大学生，都签了两年合同交了社保。创业补贴和吸纳就业补贴加到一起能拿多少？",), date(2025, 11, 1), 14000, SC_ABSORB, id="c3-both-met"),
        pytest.param(("绵阳的就业困难人员，今年5月刚注册了家小微企业开农家乐，招了3个就业困难人员，都签了一年合同、交了社保。两项补贴（一次性创业补贴、一次性吸纳就业补贴）现在合计能拿多少？",), date(2025, 10, 1), 6000, SC_ABSORB, id="c3-one-not-yet-brackets"),
        pytest.param(("遂宁返乡入乡农民工，2025年2月第一次办了个体户卖家具，招了2个防止返贫监测对象，签了一年合同交了社保。2笔钱（创业补贴加上吸纳就业补贴）一共能领多少？",), date(2025, 8, 1), 4000, SC_ABSORB, id="c3-one-not-yet-plus"),
        pytest.param(("宜宾的，前年毕业的大学生，2024年7月注册了个小微企业卖茶叶，一直正常经营，今年招了1个就业困难人员，签了两年合同交了社保。一次性创业补贴跟吸纳就业补贴加到一块能拿多少？",), date(2025, 9, 1), 12000, SC_ABSORB, id="c3-both-met-jia-yikuai"),
    ],
)
def test_two_measures_added_each_on_its_condition(assistant, real_index, turns, today, value, article):
    answer = _said(assistant, turns, today)
    assert_total(answer, real_index, Decimal(value), article)
    assert SC_LOAN in steps_cited(answer), answer.answer  # the start-up subsidy's article, counted or not


def test_a_measure_not_met_today_adds_nothing_and_says_why(assistant):
    answer = talk(assistant, "绵阳的就业困难人员，今年5月刚注册了家小微企业开农家乐，招了3个就业困难人员，都签了一年合同、交了社保。两项补贴（一次性创业补贴、一次性吸纳就业补贴）现在合计能拿多少？", today=date(2025, 10, 1))[-1]
    assert "未满1年" in answer.answer and "6000元" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("turns", "today", "value", "article"),
    [
        pytest.param(("职业培训补贴每人累计能享受几次？", "我之前领过两回了",), date(2025, 6, 1), 1, ("cn-2023-dc2db9", "第五条"), id="c4a-training-two-had"),
        pytest.param(("培训补贴一个人最多能拿几回？", "我是城镇登记失业人员", "去年学电工、今年学焊工，两回都领了",), date(2025, 6, 1), 1, ("cn-2023-dc2db9", "第五条"), id="c4a-training-three-turns"),
        pytest.param(("职业技能评价补贴一个人最多能领几次", "前年考育婴员那回领过一次",), date(2025, 6, 1), 2, ("cn-2023-dc2db9", "第六条"), id="c4a-evaluation-once"),
        pytest.param(("职业培训补贴一人最多享受几次", "就领过一次",), date(2025, 6, 1), 2, ("cn-2023-dc2db9", "第五条"), id="c4a-training-once-short"),
        pytest.param(("洛阳的高级技师，获得过全国技术能手，在这个岗位上干满了10年。破格报正高我还要再干几年？",), date(2026, 12, 1), 8, ("ha-2023-8075c7", "三、（七）"), id="c4b-henan-full-8"),
        pytest.param(("开封的，高级技师，取得证书后在岗干了3年。河南破格报副高我还差几年？",), date(2026, 12, 1), 1, ("ha-2023-8075c7", "三、（七）"), id="c4b-henan-deputy-1"),
        pytest.param(("杭州的高级技师，拿到高级技师证以后在岗干了2年了，想评副高，还得熬几年？",), date(2026, 12, 1), 2, ("zj-2022-0839a3", "三、（二）1.（3）"), id="c4b-zhejiang-deputy"),
        pytest.param(("新乡的高级技师，享受国务院政府特殊津贴，在本岗位上已经干了11年，破格报正高我还要熬多少年？",), date(2026, 12, 1), 7, ("ha-2023-8075c7", "三、（七）"), id="c4b-henan-full-allowance"),
        pytest.param(("温州一家企业的评价机构，2023年9月设立的，今年7月递了延续申请，评估也合格了。从设立算起一共能开展几年？",), date(2026, 12, 1), 6, EVAL_VALIDITY, id="c4c-wenzhou"),
        pytest.param(("宁波的社会培训评价组织，2021年10月设立，2024年8月提交了续期申请，审核已经通过了，前后加起来一共多少年？",), date(2025, 6, 1), 6, EVAL_VALIDITY, id="c4c-ningbo"),
        pytest.param(("绍兴一家技工学校做评价机构，2022年1月设立的，去年11月交了延续的申请，审批也通过了，前后总共能评几年？",), date(2025, 3, 1), 6, EVAL_VALIDITY, id="c4c-shaoxing"),
        pytest.param(("嘉兴的评价机构2023年5月设立，今年3月按时递交延续申请，评估已经通过。这样从设立开始一共能用多久？",), date(2026, 6, 1), 6, EVAL_VALIDITY, id="c4c-jiaxing"),
        pytest.param(("河南对新获全国技术能手的有增发奖励吗", "那我们厂今年有3个人评上了中华技能大奖，省里一共加多少",), date(2025, 6, 1), 150000, HENAN_BONUS, id="c4d-three-china-award"),
        pytest.param(("河南中华技能大奖额外奖多少", "我们单位今年有4位师傅评上了全国技术能手，省里给他们总共加多少？",), date(2025, 6, 1), 80000, HENAN_BONUS, id="c4d-four-experts"),
        pytest.param(("河南全国技术能手增发多少奖励", "对了，我们公司有2个同事评上了中华技能大奖，他们俩一共能加多少",), date(2025, 6, 1), 100000, HENAN_BONUS, id="c4d-two-china"),
        pytest.param(("河南对拿了国家级技能称号的有啥额外奖励", "郑州的，中华技能大奖加多少", "厂里今年有5个人新评上全国技术能手，这5个人省里合计加多少",), date(2025, 6, 1), 100000, HENAN_BONUS, id="c4d-five-experts-three-turns"),
    ],
)
def test_figures_left_of_a_limit(assistant, turns, today, value, article):
    answer = _said(assistant, turns, today)
    assert answer.calculation is not None and Decimal(answer.calculation.value) == value, answer.answer
    assert article in steps_cited(answer), answer.calculation.steps


@pytest.mark.parametrize(
    ("turns", "today", "expected", "article"),
    [
        pytest.param(("成都一家电子厂的质检员，在厂里干了五年了。厂里组织了一期质量管理培训，发了培训合格证，不是学徒制也不是技师培训，就是普通培训。我这种在职职工能申请国家的职业培训补贴吗？",), date(2025, 6, 1), "not_eligible", ("cn-2023-dc2db9", "第五条（二）"), id="c5a-inhouse-chengdu"),
        pytest.param(("我是公司的老员工，公司搞的就是个普通内训，不算新型学徒制，也发了结业证，在职职工能领职业培训补贴不？",), date(2025, 6, 1), "not_eligible", ("cn-2023-dc2db9", "第五条（二）"), id="c5a-inhouse-plain"),
        pytest.param(("德阳一家小餐饮公司，20个参保职工，失业保险从2022年1月起一直足额交。去年走了两个，都是老板劝退的。稳岗返还能申请吗？",), date(2024, 9, 1), "eligible", ("sc-2024-9a23d6", "一、（三）"), id="c5b-layoff-2-of-20"),
        pytest.param(("眉山的小型五金店，15个参保职工，失业保险交了三年多，去年走了4个，是我们辞掉的。能申请稳岗返还吗？",), date(2024, 9, 1), "not_eligible", ("sc-2024-9a23d6", "一、（三）"), id="c5b-layoff-4-of-15"),
        # “参保的员工有10个”, 2 let go: 20%, not above the limit
        pytest.param(("南充一家小厂，参保的员工有10个，失业保险交了两年，去年辞退了2个人，稳岗返还能申请吗？",), date(2024, 9, 1), "eligible", ("sc-2024-9a23d6", "一、（三）"), id="c5b-layoff-2-of-10-at-the-limit"),
        pytest.param(("石家庄的，去年底登记失业，今年4月被一家物流公司录用，入职后公司安排我去政府认定的培训机构学了叉车，拿了证。能申请职业培训补贴吗？合同签了几年我记不清了。",), date(2026, 6, 1), "need_more_info", ("cn-2023-dc2db9", "第五条（二）"), id="c5d-hired-sent-forklift"),
        pytest.param(("广州的，登记过失业，今年5月进厂，进厂一个月厂里就派我去政府认定的培训机构学数控，拿到了职业技能等级证书，这个职业培训补贴能领吗？",), date(2026, 9, 1), "need_more_info", ("cn-2023-dc2db9", "第五条（二）"), id="c5d-factory-sent-cnc"),
        pytest.param(("户口在甘肃天水，现在在西安一家做大数据的公司上班两年了，平时也住西安。想在西安参加人工智能训练师培训考证，户口不在本地是不是就领不了补贴？",), date(2025, 6, 1), "eligible", ("cn-2024-66a7fb", "三、（四）"), id="c5c-hukou-gansu-xian"),
        pytest.param(("我户籍在河北沧州，在天津一家软件公司写代码三年了，租房也在天津。打算在天津参加数字技能培训和评价，户籍不是本市的，是不是就申请不了补贴？",), date(2025, 6, 1), "eligible", ("cn-2024-66a7fb", "三、（四）"), id="c5c-hukou-hebei-tianjin"),
    ],
)
def test_verdicts_told_another_way(assistant, turns, today, expected, article):
    answer = _said(assistant, turns, today)
    assert not answer.abstained and verdict(answer) == expected, answer.answer
    assert article in steps_cited(answer), answer.calculation.steps
