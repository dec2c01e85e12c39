"""The relation engine (assistant/rules/relations.py): each kind worked out, bad declarations refused."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from assistant.rules import relations
from assistant.rules.base import Clause, RegistrationError
from assistant.rules.relations import Relation, compute


def test_each_kind_is_worked_out():
    c = Clause("d", "a", "q")
    assert compute(Relation("x", "equal", c, "特级技师薪酬待遇", "f", "首席技师薪酬待遇", bound="at_least"), Decimal(250000))[0] == 250000
    assert compute(Relation("x", "share", c, "资金总额", "f", "劳务报酬", Decimal(15), "15%"), Decimal(2000000))[0] == 300000
    assert compute(Relation("x", "raise", c, "去年年薪", "f", "今年年薪", rate_name="增幅"), Decimal(80000), Decimal(5))[0] == 84000
    assert compute(Relation("x", "extend", c, "原有效期", "f", "有效期", Decimal(3), "3年"), Decimal(3))[0] == 6


def test_every_declared_relation_is_loaded_and_cited():
    rels = relations.relations()
    assert {"ha.chief_pay_floor", "sc.chief_pay_floor", "zj.chief_pay_floor"} <= set(rels)
    from rules_support import resolve

    for rel in rels.values():
        assert resolve(rel.clause.doc_id, rel.clause.article, rel.clause.quote) is None, rel.id


def _load(tmp_path: Path, text: str):
    p = tmp_path / "r.yaml"
    p.write_text(text, encoding="utf-8")
    return relations.load(p)


BASE = """
- id: t.x
  doc: d
  clause: {article: a, quote: 劳务报酬不低于资金总额的20%%}
  relation: %s
  given: {name: 资金总额, fact: %s}
  result: 劳务报酬
"""


@pytest.mark.parametrize(
    ("kind", "fact", "extra", "why"),
    [
        ("share", "education_fund", "  figure: 30%\n", "not a figure its quote states"),
        ("share", "no_such_fact", "  figure: 20%\n", "not a declared"),
        ("share", "people_count", "  figure: 20%\n", "not a sum of money"),
        ("equal", "education_fund", "  figure: 20%\n", "states no figure"),
        ("share", "education_fund", "", "needs the quote's figure"),
        ("double", "education_fund", "", "is not one of"),
    ],
)
def test_a_bad_declaration_is_refused_by_name(tmp_path, kind, fact, extra, why):
    with pytest.raises(RegistrationError, match=why):
        _load(tmp_path, BASE % (kind, fact) + extra)


def test_an_advance_takes_the_quote_years_from_the_usual_period():
    from assistant.rules.base import Clause
    from assistant.rules.relations import Relation, compute

    rel = Relation("x", "advance", Clause("d", "a", "提前2年"), "一般年限", "usual_title_years", "所需年限", Decimal(2), "2年")
    assert compute(rel, Decimal(7)) == (Decimal(5), "一般年限7年 − 提前2年 = 5年")


def test_the_grassroots_advance_is_declared_on_years_not_money():
    from assistant.rules.relations import relations

    rel = relations()["sc.grassroots_title_early_years"]
    assert rel.kind == "advance" and rel.unit() == "年" and rel.figure == 1
