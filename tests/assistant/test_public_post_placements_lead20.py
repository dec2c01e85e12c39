"""Round 20: 公益性岗位 “累计安置次数不超过2次” read as every placement, the first included (README).

Every blind reader who met the case (blind-dev5, 15, 38, 39) read two placements as the limit reached; the rule read it
as two re-placements until this round.  Our own words: two placements said in several ways end the re-placements,
one placement leaves one.
"""

from __future__ import annotations

from datetime import date

import pytest

from shared_support import talk

DAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    "turns",
    [
        ("我是零就业家庭的，社区给我安排的公益岗前后安排过两回了，现在又到期了，还能再安排一次吗",),
        ("我是零就业家庭，公益性岗位到期了，还能再安排吗", "这已经是第二次到期了"),
        ("大龄就业困难人员，公益岗期满后已经再次安置过1次，这回又到期了，还能再安置吗",),
    ],
)
def test_two_placements_in_all_end_the_re_placements(assistant, turns):
    *_, last = talk(assistant, *turns, today=DAY)
    assert last.calculation is not None and last.calculation.verdict == "not_eligible", last.answer
    assert "含首次安置" in last.answer, last.answer


def test_one_placement_leaves_one_more(assistant):
    (answer,) = talk(assistant, "零就业家庭，公益岗第一回到期，外面还是找不到活，还能再安排吗", today=DAY)
    assert answer.calculation is not None and answer.calculation.verdict == "eligible" and answer.calculation.value == 1, answer.answer
