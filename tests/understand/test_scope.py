"""The concept lexicon (assistant/data/concepts.yaml): its examples, and that it is well formed.

Every uncovered concept's ``ask`` examples are declined as out of scope; every ``keep`` example
is not.  Covered concepts never decline.  A term names one concept only (checked on load).
"""

from __future__ import annotations

import pytest

from assistant.query import normalize_question
from assistant.understand.scope import lexicon, out_of_scope

CONCEPTS = lexicon().concepts
ASK = [(c.id, q) for c in CONCEPTS for q in c.ask]
KEEP = [(c.id, q) for c in CONCEPTS for q in c.keep]


@pytest.mark.parametrize(("concept", "question"), ASK)
def test_declined_examples_are_declined_as_their_concept(concept, question):
    found = out_of_scope(normalize_question(question))
    assert found is not None and found.id == concept, (question, found)


@pytest.mark.parametrize(("concept", "question"), KEEP)
def test_kept_examples_are_answered(concept, question):
    assert out_of_scope(normalize_question(question)) is None, question


def test_every_uncovered_concept_has_examples_and_a_label():
    for concept in CONCEPTS:
        assert concept.label and (concept.terms or concept.weak_terms), concept.id
    assert sum(1 for c in CONCEPTS if not c.covered and c.ask) >= 12


@pytest.mark.parametrize(
    "question",
    [
        "高级技师干了5年能评副高吗？",
        "四川企业招了3个应届生，一次性吸纳就业补贴一共能领多少",
        "见习期间摔伤了，见习补贴还发吗",
        "领取失业金期间考了技师证，技能提升补贴能领吗",
        "灵活就业人员的社保补贴最长补几年",
        "就业困难人员距法定退休年龄不足5年，公益性岗位补贴能延长吗",
    ],
)
def test_questions_about_covered_measures_are_not_declined(question):
    assert out_of_scope(normalize_question(question)) is None
