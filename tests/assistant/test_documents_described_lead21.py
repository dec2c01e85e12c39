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
