"""Round 21: whether a document is in force, the document described by what it says rather than named (probing in
our own words).

“四川那个…的文件，现在还有效吗”: no title words are said — the document is the one whose passage retrieval finds first
for the words describing it, of the region named (a national passage is not the province's document), and an amount
said in the description (发2000块的) does not make it a question of amounts.
"""

from __future__ import annotations

from datetime import date

from shared_support import talk


def test_a_document_described_by_its_ladder_of_levels(assistant):
    # 川人社规〔2023〕15号: 自2024年2月1日起施行，有效期2年 → expired on 2026-12-01
    (last,) = talk(assistant, "四川出的那个把技能等级分成学徒工到首席技师八级的文件，现在还管用吗？", today=date(2026, 12, 1))
    assert last.citations and last.citations[0].doc_id == "sc-2023-79c742", last.answer
    assert last.status == "expired", last.answer


def test_an_amount_in_the_description_does_not_make_it_an_amount_question(assistant):
    # 川办发〔2024〕34号: 2024-07-13 → 2025-12-31, in force on 2025-06-01
    (last,) = talk(assistant, "四川那个给招应届生的企业一人补2000块的稳就业文件，现在过期了没有", today=date(2025, 6, 1))
    assert last.citations and last.citations[0].doc_id == "sc-2024-9a23d6", last.answer
    assert last.status == "in_force", last.answer


def test_the_home_one_went_back_to_is_where_one_is(assistant):
    # 川办发〔2024〕34号 一、（六）: 返乡入乡农民工首次创业、正常运营1年以上 → 1万元 — 四川, not 广东 where they came from
    (last,) = talk(assistant, "我前年从浙江回老家广元的，头一回开了个修车铺，执照办下来一年半了，一次性创业补贴能领吗", today=date(2025, 3, 1))
    assert last.calculation is not None and last.calculation.value == 10000, last.answer
    assert last.state.facts.get("province") == "四川省", last.state.facts


def test_which_article_states_a_condition_asks_no_fact_of_a_case(assistant):
    # 浙江 贯通办法 三、（二）1.（2）: 技师 → 中级 — where it is said, nothing of anyone's case asked
    (last,) = talk(assistant, "浙江贯通的那个实施办法里，技师申报中级职称的条件写在哪一条", today=date(2026, 12, 1))
    assert last.follow_up is None, last.follow_up
    assert last.citations and (last.citations[0].doc_id, last.citations[0].article) == ("zj-2022-0839a3", "三、（二）1.（2）"), [(c.doc_id, c.article) for c in last.citations[:2]]
