"""The arithmetic over two figures (assistant/arithmetic.py) and where the figures are found
(assistant/operands.py), without an index."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from assistant.arithmetic import Operand, combine, operand_of_value
from assistant.operands import Passage, choice_pair, passage_arithmetic, region_pair

amounts = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False)


def _op(label: str, value: Decimal, unit: str = "元", doc: str = "d", article: str = "一、") -> Operand:
    return Operand(label, value, unit, f"{value}{unit}", f"《t》{article}", doc, article)


@given(amounts, amounts)
def test_a_difference_is_the_larger_less_the_smaller_whichever_comes_first(a, b):
    one, two = combine("difference", _op("甲", a), _op("乙", b)), combine("difference", _op("乙", b), _op("甲", a))
    assert one.value == two.value == abs(a - b)
    assert one.verdict == "amount" and one.unit == "元"


@given(amounts, amounts)
def test_a_sum_adds_and_cites_each_figure(a, b):
    calc = combine("sum", _op("甲", a, article="一、"), _op("乙", b, doc="e", article="二、"))
    assert calc.value == a + b
    assert [(s.doc_id, s.article) for s in calc.steps] == [("d", "一、"), ("e", "二、"), (None, None)]
    assert "《t》一、" in calc.summary and "《t》二、" in calc.summary


def test_percentages_differ_in_points_and_other_units_do_not_combine():
    calc = combine("difference", _op("2029年", Decimal(45), "%"), _op("2035年", Decimal(50), "%"))
    assert (calc.value, calc.unit) == (Decimal(5), "个百分点")
    assert combine("sum", _op("a", Decimal(3), "年"), _op("b", Decimal(3), "元")) is None


def test_a_share_of_a_base_and_a_share_written_as_percent_compare():
    share = operand_of_value("山西省", Decimal("0.6"), "×当地最低工资标准（每人每月）", "s")
    whole = operand_of_value("四川省", Decimal(1), "×当地最低工资标准（每人每月）", "s")
    assert combine("difference", share, whole).value == Decimal(40)
    per_month = [operand_of_value(n, Decimal(v), "元/人·月", "s") for n, v in (("太原", 1200), ("成都", 2000))]
    assert (combine("difference", *per_month).value, combine("difference", *per_month).unit) == (Decimal(800), "元/人·月")


def test_two_places_of_one_province_are_not_two_regions():
    assert region_pair("太原和晋中的见习补贴差多少") is None
    pair = region_pair("晋中和成都的见习补贴差多少")
    assert (pair.first.region, pair.second.region) == ("晋中市", "成都市")


def test_two_choices_must_be_named_side_by_side():
    assert choice_pair("国家级跟省级的见习基地，奖补差多少", ["base_level"]) is not None
    assert choice_pair("我们是国家级见习基地，去年评的，奖补差多少没搞懂", ["base_level"]) is None


def test_two_anchors_must_reach_two_figures_of_the_unit_asked():
    p = Passage("到2029年，比重提高到45%以上，规模达到3000亿元。到2035年，比重提高到50%以上。", "d", "一、", "意见")
    assert passage_arithmetic("2029年和2035年比重差几个百分点", [p]).value == Decimal(5)
    assert passage_arithmetic("2029年和2035年的规模差多少钱", [p]) is None  # 2035年 states no amount in 元
