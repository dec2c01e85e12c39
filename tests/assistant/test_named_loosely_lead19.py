"""Round 19: subsidies and people named loosely, and the question nearest a verdict (probing in our own words):

1. 稳岗的钱能返吗 (稳岗返还), 求职的补助 (一次性求职补贴), 培训补贴领了三次了还有没有 (the times limit);
2. 返乡的农民工 (返乡入乡农民工); 上岗率只有七成 (the employment rate after training);
3. of several routes still open, the one nearest a verdict is asked about first (全国技术能手 → 在岗, not the level);
4. a verdict asked of one's own case whose thing is named with no topic's words (“能不能弄个工程师”, “政府那一万块能给
   我不”) goes to the one topic whose rules read the most of what was told — a figure asked so of a thing no rule
   covers (“中小企业数字化转型，政府补助多少钱”) is still declined.
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk


@pytest.mark.parametrize(
    ("question", "rule", "day"),
    [
        ("我们厂在四川绵阳，失业保险交了好几年，去年没裁人，稳岗的钱能返吗", "sc.stabilization_refund", date(2024, 10, 1)),
        ("家里是零就业家庭，女儿今年大四，那个求职的补助她能拿吗", "cn.fund.job_seeking_subsidy", date(2025, 3, 1)),
        ("职业培训补贴我已经领过3次了，这回还有没有", "cn.fund.training_subsidy_times", date(2025, 3, 1)),
        # no topic's words at all: the verdict asked of one's own case goes to the topic its facts point to
        ("浙江的，我是技师，拿证四年了，考核都合格，能不能弄个工程师", "zj.title_by_skill_level", date(2026, 12, 1)),
        ("绵阳的，前年毕业的大专生，开了个小吃店一年多了，政府那一万块能给我不", "sc.startup_subsidy", date(2025, 3, 1)),
    ],
)
def test_subsidies_named_loosely_reach_their_rule(assistant, question, rule, day):
    (answer,) = talk(assistant, question, today=day)
    assert answer.calculation is not None and answer.calculation.rule_id == rule, (answer.calculation, answer.answer)


def test_returning_migrant_workers_said_with_de(assistant):
    (answer,) = talk(assistant, "我是返乡的农民工，回老家开了个小超市，一年多了，国家有创业补贴吗")
    assert "返乡入乡农民工" in (answer.state.facts.get("person_categories") or ()), answer.state.facts


def test_an_employment_rate_said_as_shang_gang_lv(assistant):
    # 晋中 三、（一）: 培训结束后就业率达到80%及以上的 — 七成 is short of it
    (answer,) = talk(assistant, "晋中搞了个订单式培训，结束后上岗率只有六成，还能拿补贴吗", today=date(2024, 5, 1))
    assert answer.calculation is not None and answer.calculation.verdict == "not_eligible", answer.answer


def test_the_route_nearest_a_verdict_is_asked_first(assistant):
    # 三、（七）: 在岗且从事本职业的“全国技术能手”获得者 may apply for 副高 — only 在岗 is open
    first, last = talk(assistant, "我是全国技术能手，在洛阳，副高能不能直接报", "在岗的，一直在干")
    assert first.state.pending == "in_post", first.answer
    assert last.calculation is not None and last.calculation.verdict == "eligible", last.answer


def test_a_figure_asked_of_a_thing_no_rule_covers_is_still_declined(assistant):
    (answer,) = talk(assistant, "我们是中小企业，做数字化转型，政府具体补助多少钱")
    assert answer.abstained, answer.answer
