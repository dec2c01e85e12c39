"""江西省技工院校学生职业技能等级自主认定试点（jx-2023-4eeff3）.

- 正文：同意江西省电子信息技师学院、江西省商务技师学院、江西新余康展高级技工学校增加自主认定
  备案职业（工种），对本校毕业学年在校在籍的学生开展职业技能等级认定试点工作。

How it is read: the pilot is the named three schools' own, and only for their
students in the graduation year who are enrolled (在校在籍); a student of another
school, one who is not the school's student at all (a worker at a firm: ``own_student``
implied false), or one not yet in the graduation year, is not covered by this notice.
"""

from __future__ import annotations

from datetime import date

from assistant.rules.base import Clause, Context, Outcome, Rule
from assistant.rules.common import graduation_year_said, join
from assistant.rules.dates import add_years
from assistant.rules.inputs import PILOT_SCHOOLS

DOC = "jx-2023-4eeff3"
REGION = "江西省"

SCHOOLS = Clause(DOC, "正文", "江西省电子信息技师学院、江西省商务技师学院、江西新余康展高级技工学校")
STUDENTS = Clause(DOC, "正文", "对本校毕业学年在校在籍的学生开展职业技能等级认定试点工作")


def school_self_assessment(ctx: Context) -> Outcome:
    """正文: self-assessment at the three pilot schools, for their graduation-year students.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> evaluate("jx.school_self_assessment", {"school": "江西省商务技师学院", "in_graduation_year": False}, date(2026, 11, 21)).verdict
    'not_eligible'
    >>> evaluate("jx.school_self_assessment", {"school": "江西省商务技师学院", "in_graduation_year": True}, date(2026, 11, 21)).verdict
    'eligible'
    >>> [evaluate("jx.school_self_assessment", {"school": "江西省商务技师学院", **f}, date(2026, 12, 1)).verdict for f in ({"graduation_year": 2027, "graduation_month": 6}, {"graduation_year": 2028}, {"graduation_year": 2025})]
    ['eligible', 'not_eligible', 'not_eligible']
    >>> evaluate("jx.school_self_assessment", {"school": "江西省商务技师学院", "graduation_years_ago": 0}, date(2027, 4, 1)).verdict
    'eligible'

    Not a student of the school (a worker at a firm, a student elsewhere): not served by the pilot.

    >>> evaluate("jx.school_self_assessment", {"school": "江西新余康展高级技工学校", "own_student": False}, date(2026, 12, 1)).verdict
    'not_eligible'
    """
    ctx.step(f"试点院校为{join(PILOT_SCHOOLS)}，对本校毕业学年在校在籍的学生开展职业技能等级认定试点工作。", STUDENTS)
    school, year = ctx.get("school"), ctx.get("in_graduation_year")
    graduated = _graduation(ctx)
    if graduated is not None and graduated <= ctx.as_of or (ctx.get("vocational_school_graduate") is True and year is not True):
        # “去年从商务技师学院毕业了”: no longer a student in school
        return ctx.result("not_eligible", None, None, "不能。按江西省该通知，试点院校只对本校毕业学年在校在籍的学生开展职业技能等级认定；您已经毕业，不再是在校在籍的学生。")
    if ctx.get("own_student") is False:
        # “我不是他们学校的，在厂里上班”: the pilot serves the school's own students only
        ctx.step("试点只面向本校毕业学年在校在籍的学生；不是该校在校在籍学生的（企业职工、外校学生、社会人员）不在试点范围。", STUDENTS)
        return ctx.result("not_eligible", None, None, "不能参加该校的自主认定。按江西省该通知，试点院校只对本校毕业学年在校在籍的学生开展职业技能等级认定；您不是该校在校在籍的学生，可通过其他经备案的评价机构参加职业技能等级认定。")
    if year is None and graduated is not None:
        # “明年6月毕业”: the school year that ends with graduation is the graduation year
        year = graduated <= add_years(ctx.as_of, 1)
        ctx.step(f"预计{graduated.year}年{graduated.month}月毕业，{'已' if year else '尚未'}进入毕业学年。", STUDENTS)
    if school is not None and school not in PILOT_SCHOOLS:
        ctx.step("自主认定试点只在所列3家技工院校开展。", SCHOOLS)
        return ctx.result("not_eligible", None, None, f"按江西省该通知，技工院校学生职业技能等级自主认定试点只在{join(PILOT_SCHOOLS)}开展，面向本校毕业学年在校在籍的学生。")
    if year is False:
        return ctx.result("not_eligible", None, None, "目前不能。按江西省该通知，试点院校只对本校毕业学年在校在籍的学生开展职业技能等级认定；您还没有进入毕业学年，到毕业学年时才可参加。")
    if not ctx.need("school") or (year is None and not ctx.need("in_graduation_year")):
        return ctx.incomplete(f"按江西省该通知，{join(PILOT_SCHOOLS)}对本校毕业学年在校在籍的学生开展职业技能等级认定试点。")
    return ctx.result("eligible", None, None, f"可以。按江西省该通知，{school}对本校毕业学年在校在籍的学生开展职业技能等级认定试点工作（限备案的职业（工种））。")


def _graduation(ctx: Context) -> date | None:
    """The month of graduation said (“明年6月毕业”, “2027年毕业”: July when no month is said; “今年夏天毕业”: the year
    counted from the day asked)."""
    year, month = graduation_year_said(ctx), ctx.get("graduation_month")
    if year is None or not 1900 <= int(year) <= 9998:
        return None
    return date(int(year), int(month) if month is not None and 1 <= int(month) <= 12 else 7, 1)


RULES: tuple[Rule, ...] = (
    Rule(
        id="jx.school_self_assessment",
        title="技工院校毕业学年学生职业技能等级自主认定试点",
        region=REGION,
        topic="school_self_assessment",
        citations=(STUDENTS, SCHOOLS),
        formula=school_self_assessment,
        inputs=("school", "in_graduation_year", "graduation_year", "graduation_month", "vocational_school_graduate", "own_student"),
        reading="试点只在所列3家技工院校，面向本校毕业学年在校在籍的学生；未到毕业学年的不在试点范围。",
    ),
)
