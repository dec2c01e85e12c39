"""Percentages said in words are read as figures, and no numeral shape crashes the normalizer."""
import random

import pytest

from assistant.text import normalize


@pytest.mark.parametrize(
    "said, expected",
    [
        ("留用率百分之百", "留用率100%"),
        ("补贴提高到百分之七十", "补贴提高到70%"),
        ("大概百分之六十点五吧", "大概60.5%吧"),
        ("留了百分之八十的人", "留了80%的人"),
        ("就说个百分之", "就说个百分之"),
    ],
)
def test_percent_in_words(said, expected):
    assert normalize(said) == expected


def test_numeral_soup_never_raises():
    """Any run of numeral characters and units, as a person may mistype them, is normalized without
    an exception (百分之百 once crashed the reader: 百 alone is not a number to cn2an)."""
    pieces = list("零〇一二两三四五六七八九十百千万亿点") + ["百分之", "个", "年", "月", "元", "块", "%", "1", "5", "."]
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        assert isinstance(normalize(text), str), text
