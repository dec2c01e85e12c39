"""Validity asked in other words (round 16, a class found by probing in our own words, not from an eval item).

1. when a document began, asked with a question word (“哪天开始施行的”, “啥时候生效的”): the words of asking
   name no document, so the title is matched by its own words — before, “哪天” weighed against the title and
   the question was declined as a date the corpus does not give;
2. a document whose name holds 证 (“人人持证”) asked whether it is in force: the document's validity, not a
   certificate's (a document word between 证 and 有效 makes it the document's).
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("question", "doc_prefix"),
    [
        ("就业补助资金管理办法哪天开始施行的", "cn-2023-"),
        ("浙江那个贯通办法哪年开始实施的", "zj-2022-"),
        ("数字人才行动方案啥时候生效的", "cn-2024-"),
        ("晋中人人持证那个方案还有效吗", "sx07-2023-"),
    ],
)
def test_the_document_asked_about_is_found(assistant, question, doc_prefix):
    (answer,) = talk(assistant, question, today=DAY)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("截至2026年12月1日"), answer.answer
    assert answer.citations and answer.citations[0].doc_id.startswith(doc_prefix), answer.citations[:1]


def test_a_certificate_asked_about_is_still_the_persons_record(assistant):
    (answer,) = talk(assistant, "我的技师证书过期了吗", today=DAY)
    assert not answer.answer.startswith("截至2026年12月1日"), answer.answer
