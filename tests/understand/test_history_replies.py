"""A reply giving how long a business has run in months is months, not years (“八个月” to
“已正常运营多长时间？” is 0.67 years, never 8)."""
from decimal import Decimal

from assistant.text import normalize
from assistant.understand.mentions import read_in_reply


def test_months_answering_operating_time_are_months():
    assert read_in_reply(normalize("五个月"), "operating_years") == {"operating_years": Decimal("0.42")}
    assert read_in_reply(normalize("十四个月"), "operating_years") == {"operating_years": Decimal("1.17")}


def test_months_not_read_without_the_question():
    assert read_in_reply(normalize("五个月"), None) == {}
    assert read_in_reply(normalize("五个月"), "insured_months") == {}
