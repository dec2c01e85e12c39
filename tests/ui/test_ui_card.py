"""ui.card: the verdict first and unmistakable, the reason with its sources, facts as chips, what would change.

Answers are built from the rules themselves (``assistant.rules.evaluate``) where the wording
depends on a rule's verdict, value and thresholds, so the card is checked against what the
rule layer really returns.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal

import pytest

from assistant.rules import evaluate
from assistant.schema import Answer, Calculation, Citation, DialogueState, Step
from ui.card import LIVE, answer_html, change_lines, fact_chip, facts_html, headline, sort_citations

AS_OF = date(2026, 11, 21)
DOC = "zj-2022-0839a3"


def cite(article: str, doc_id: str = DOC, region: str = "浙江省", title: str = "关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法") -> Citation:
    return Citation(doc_id, title, None, None, region, article, f"{article}的原文。", "in_force", 0.5)


def answer_for(rule_id: str, facts: dict, citations: tuple[Citation, ...] = (), **changes) -> Answer:
    calc = evaluate(rule_id, facts, AS_OF)
    state = DialogueState(facts={k: v for k, v in calc.inputs.items()}, topic="title_for_skilled")
    values = dict(question="q", answer="（库的文字）", abstained=False, region="浙江省", citations=citations, calculation=calc, as_of=AS_OF, state=state)
    values.update(changes)
    return Answer(**values)


def verdict_line(html: str) -> str:
    found = re.search(r'<div class="pa-verdict-line pa-tone-(\w+)"[^>]*>(.*?)</div>', html)
    assert found, html[:300]
    return found.group(1) + ":" + re.sub(r"<[^>]+>", "", found.group(2))


# -------------------------------------------------------------- the verdict
def test_an_eligible_title_says_what_can_be_applied_for_in_green():
    answer = answer_for("zj.title_by_skill_level", {"skill_level": "技师", "years_since_level": 3, "annual_appraisal_passed": True})
    html = answer_html(answer)
    assert verdict_line(html) == "yes:可申报：中级职称"
    assert html.index("pa-verdict-line") < html.index("pa-answer\"")  # first, before the reason


def test_a_refusal_names_what_was_refused_and_how_long_is_missing_in_red():
    answer = answer_for("zj.title_by_skill_level", {"skill_level": "高级技师", "years_since_level": 3, "annual_appraisal_passed": True, "target_title": "副高级"})
    assert verdict_line(answer_html(answer)) == "no:暂不符合：副高级职称（还差1年）"


def test_a_refusal_never_puts_the_reachable_title_in_red():
    # a 高级技师 asking for 正高级: the rule's value is 副高级 (what the level opens) — shown apart, in blue
    answer = answer_for("zj.title_by_skill_level", {"skill_level": "高级技师", "years_since_level": 6, "annual_appraisal_passed": True, "target_title": "正高级"})
    assert answer.calculation.value == "副高级"
    html = answer_html(answer)
    assert verdict_line(html) == "no:不符合：正高级职称"
    assert '<div class="pa-verdict-instead pa-tone-info">可申报的是：副高级职称</div>' in html


def test_a_limit_that_cannot_be_waited_out_is_not_暂():
    answer = answer_for("cn.fund.internship_eligibility", {"age": 26, "registered_unemployed": True, "person_categories": []})
    line = headline(answer)
    assert (line.text, line.tone, line.detail) == ("不符合条件", "no", "超出2岁")


@pytest.mark.parametrize(
    ("rule", "facts", "expected"),
    [
        ("zj.title_by_skill_level", {"skill_level": "高级技师"}, "ask:需要补充两项信息"),
        ("zj.title_by_skill_level", {"skill_level": "高级技师", "annual_appraisal_passed": True}, "ask:需要补充一项信息"),
        ("sc.absorb_employment_subsidy", {"hires_count": 3}, "no:不可以（该规定不在施行期内）"),  # expired 2025-12-31
        ("jz.order_training_subsidy", {"training_days": 15, "employment_rate": "0.8"}, "info:测算金额"),
        ("zj.skill_eval_for_titled", {"title_level": "中级"}, "yes:可申请：技师"),
    ],
)
def test_every_verdict_has_one_line_in_its_colour(rule, facts, expected):
    assert verdict_line(answer_html(answer_for(rule, facts))) == expected


def test_the_amount_comes_right_after_the_verdict():
    answer = answer_for("jz.order_training_subsidy", {"training_days": 15, "employment_rate": "0.8"})
    html = answer_html(answer)
    assert '<div class="pa-amount">2000元/人</div>' in html
    assert html.index("pa-verdict-line") < html.index("pa-amount") < html.index('class="pa-answer"')


def test_a_declined_question_says_the_corpus_does_not_cover_it():
    answer = Answer(question="q", answer="语料库中没有北京市的政策文件。", abstained=True, region="北京市", reason="region_not_covered")
    html = answer_html(answer)
    assert verdict_line(html) == "none:语料未涉及（北京市）"
    assert "pa-abstained" in html and "pa-card" not in html


def test_an_answer_without_a_rule_has_no_verdict_line_and_keeps_the_librarys_words():
    answer = Answer(question="q", answer="第一行。\n根据……：“原文”", abstained=False, region="全国", citations=(cite("第五条", "cn-1", "全国"),), as_of=AS_OF)
    html = answer_html(answer)
    assert "pa-verdict-line" not in html and "<p>第一行。</p>" in html


def test_the_follow_up_is_asked_once():
    question = "请问您取得高级技师等级后从事技术技能工作有几年了？"
    answer = answer_for("zj.title_by_skill_level", {"skill_level": "高级技师"}, follow_up=question, answer=f"……{question}")
    html = answer_html(answer)
    assert html.count(question) == 1 and 'class="pa-follow-up"' in html


# --------------------------------------------------------------- sources
def test_the_rules_clause_is_the_reason_and_unrelated_sources_are_not_shown():
    citations = (
        cite("三、（二）1.（3）"),  # the rule's clause (answer.py puts it first)
        cite("三、（二）1."),  # the rule's basic condition: folded
        cite("三、（五）1."),  # 待遇: shares words, no rule of the topic rests on it
        cite("三、（五）", "cn-2024-leader", "全国", "高技能领军人才培育计划"),  # another document altogether
        cite("三、（二）2.（2）"),  # the direct route (another rule on the topic): folded
    )
    answer = answer_for("zj.title_by_skill_level", {"skill_level": "高级技师", "years_since_level": 3, "annual_appraisal_passed": True}, citations)
    shown, folded = sort_citations(answer)
    assert shown == [0] and folded == [1, 4]
    html = answer_html(answer)
    assert "三、（五）1." not in html and "高技能领军人才培育计划" not in html
    assert re.search(r'<details class="pa-more"><summary>更多相关条文（2条）</summary>', html)


def test_without_a_rule_the_first_source_is_the_reason_and_the_rest_fold():
    citations = (cite("第五条", "cn-1", "全国"), cite("第六条", "cn-1", "全国"), cite("第七条", "cn-1", "全国"))
    answer = Answer(question="q", answer="答", abstained=False, region="全国", citations=citations, as_of=AS_OF)
    assert sort_citations(answer) == ([0], [1, 2])


def test_compared_regions_each_get_their_source():
    citations = (cite("三、（一）", "sx-1", "山西省"), cite("二、（十三）", "sc-1", "四川省"), cite("三、（二）", "sx-1", "山西省"))
    answer = Answer(question="q", answer="答", abstained=False, region=None, citations=citations, as_of=AS_OF)
    assert sort_citations(answer) == ([0, 1], [2])


# ---------------------------------------------------------- what would change
def test_a_limit_counted_from_a_known_day_says_the_day():
    answer = answer_for("zj.title_by_skill_level", {"skill_level": "高级技师", "level_obtained_date": "2023-03-01", "annual_appraisal_passed": True, "target_title": "副高级"})
    lines = change_lines(answer, headline(answer))
    assert lines == ["取得现技能等级后从事技术技能工作的年限满4年后，即2027年3月起可申报副高级职称（目前3.7年）。"]
    assert headline(answer).detail == "还差约4个月"


@pytest.mark.parametrize(
    ("rule", "facts", "expected"),
    [
        ("sc.assistance_base_award", {"hires_count": 8}, "招用人数须满10人（目前8人，还差2人）。"),
        ("jz.order_training_subsidy", {"training_days": 10, "employment_rate": "0.75"}, "培训结束后的就业率须满80%（目前75%，还差5个百分点）。"),
        ("cn.fund.training_subsidy_times", {"times_received": 3}, "已享受该补贴的次数须少于3次（目前3次，已达上限）。"),
        ("cn.fund.internship_eligibility", {"age": 26, "registered_unemployed": True, "person_categories": []}, "年龄须不超过24岁（目前26岁，超出2岁）。"),
    ],
)
def test_what_would_change_is_said_for_counts_rates_ages_not_years_only(rule, facts, expected):
    as_of = date(2024, 9, 1) if rule.startswith("sc.") else AS_OF
    calc = evaluate(rule, facts, as_of)
    answer = Answer(question="q", answer="", abstained=False, region=None, calculation=calc, as_of=as_of)
    assert expected in change_lines(answer, headline(answer))


def test_an_upper_limit_in_time_says_when_it_runs_out():
    calc = evaluate("cn.fund.internship_eligibility", {"person_categories": ["高校毕业生"], "graduation_year": 2025, "graduation_month": 7, "employed": False}, AS_OF)
    answer = Answer(question="q", answer="", abstained=False, region=None, calculation=calc, as_of=AS_OF)
    assert "离校年数须不超过2年：2027年7月以后不再满足。" in change_lines(answer, headline(answer))


# --------------------------------------------------------------- the chips
def test_facts_are_chips_that_carry_what_the_editor_needs():
    state = DialogueState(facts={"province": "浙江省", "years_since_level": Decimal(3), "annual_appraisal_passed": True, "retention_rate": Decimal("0.45"), "amount_basis": "合计"}, implied=("retention_rate",))
    answer = Answer(question="q", answer="答", abstained=False, region=None, state=state)
    html = facts_html(answer)
    assert f'class="pa-facts {LIVE}"' in html and "我理解的情况" in html
    assert "按每个" not in html and "合计" not in html  # how the question was put is not a fact about the person
    assert "所在省份" in html and 'pa-chip pa-chip-fixed' in html  # the region: changed in the question or option
    payloads = [json.loads(p.replace("&quot;", '"')) for p in re.findall(r'<span class="pa-chip-data">(.*?)</span>', html)]
    assert {p["fact"]: p["value"] for p in payloads} == {"years_since_level": "3", "annual_appraisal_passed": "true", "retention_rate": "45"}
    years = next(p for p in payloads if p["fact"] == "years_since_level")
    assert (years["kind"], years["unit"], years["min"], years["max"]) == ("decimal", "年", "0", "60")
    assert "45%" in html and "（推定）" in html


def test_a_chip_escapes_what_it_shows():
    html = fact_chip("occupations", frozenset({"<script>alert(1)</script>"}))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_declined_answer_shows_no_chips():
    answer = Answer(question="q", answer="答", abstained=True, region=None, state=DialogueState(facts={"age": 30}))
    assert facts_html(answer) == ""


def test_an_answer_given_again_says_what_was_changed():
    answer = answer_for("zj.title_by_skill_level", {"skill_level": "高级技师", "years_since_level": 5, "annual_appraisal_passed": True})
    html = answer_html(answer, revised=(("取得现技能等级后从事技术技能工作的年限", "5年"), ("近3年年度考核是否合格", "已删除")))
    assert "已按您更改的情况重新判断（取得现技能等级后从事技术技能工作的年限：5年；近3年年度考核是否合格：已删除）。" in html


def test_steps_are_folded_with_their_articles():
    calc = Calculation("x", {}, "eligible", steps=(Step("一步。", DOC, "三、（二）1.（3）"), Step("另一步<b>")))
    html = answer_html(Answer(question="q", answer="", abstained=False, region=None, calculation=calc))
    assert '<details class="pa-steps-box"><summary>判断过程（2步）</summary>' in html
    assert "三、（二）1.（3）" in html and "另一步&lt;b&gt;" in html


def test_what_one_message_asks_is_not_shown_as_a_fact_about_the_person():
    from ui.card import HIDDEN_FACTS

    assert "asks_period" in HIDDEN_FACTS
