"""人社部《关于进一步规范职业技能培训管理工作的通知》（cn-2024-2dec8d，人社部发〔2024〕5号）.

- 四、（十二）：同一职业（工种）的同一等级不可重复申领培训补贴（含参保职工技能提升补贴），
  获得高等级证书的不得再申领同一职业（工种）低等级证书补贴。

How the clause is read: the training subsidy is tied to the level trained for.  A
person who already holds a certificate of the same occupation at that level or a
higher one cannot be subsidised for it (a higher certificate: “不得再申领…低等级证书
补贴”; the same level: “同一等级不可重复申领”).  A lower certificate, another
occupation, or no certificate at all is not restricted by this clause (第五条 of the
《就业补助资金管理办法》 still caps the subsidy at 3 times a person).  The subsidy is the
fund's 职业培训补贴, so its 第十六条 (no payment to 机关事业单位在编人员) bars it too.
"""

from __future__ import annotations

from assistant.rules.base import Clause, Context, Outcome, Rule
from assistant.rules.employment_fund import STAFF_BAR
from assistant.rules.inputs import NO_SKILL_LEVEL, skill_rank

DOC = "cn-2024-2dec8d"
REGION = "全国"

NO_REPEAT = Clause(DOC, "四、（十二）", "同一职业（工种）的同一等级不可重复申领培训补贴（含参保职工技能提升补贴），获得高等级证书的不得再申领同一职业（工种）低等级证书补贴")
TIMES = Clause("cn-2023-dc2db9", "第五条", "职业培训补贴实行“先垫后补”和“信用支付”等办法，每人累计最多享受3次")


def level_repeat(ctx: Context) -> Outcome:
    """四、（十二）: no subsidy for a level of an occupation at or below a certificate already held.

    >>> from datetime import date
    >>> from assistant.rules.registry import evaluate
    >>> evaluate("cn.training.level_repeat", {"skill_level": "高级工", "target_skill": "中级工", "same_occupation": True}, date(2026, 11, 21)).verdict
    'not_eligible'
    >>> evaluate("cn.training.level_repeat", {"skill_level": "中级工", "target_skill": "高级工", "same_occupation": True}, date(2026, 11, 21)).verdict
    'eligible'
    >>> evaluate("cn.training.level_repeat", {"skill_level": "中级工", "certificate_obtained": True, "earlier_skill_level": "高级工", "same_occupation": True}, date(2026, 11, 21)).verdict
    'not_eligible'

    The same level said without naming it (“同一个工种同一个等级”):

    >>> evaluate("cn.training.level_repeat", {"same_level": True, "same_occupation": True}, date(2026, 11, 21)).verdict
    'not_eligible'
    >>> evaluate("cn.training.level_repeat", {"same_level": True}, date(2026, 11, 21)).verdict
    'need_more_info'
    >>> evaluate("cn.training.level_repeat", {"skill_level": "中级工", "certificate_obtained": True, "same_level": True, "same_occupation": True}, date(2026, 11, 21)).verdict
    'not_eligible'
    """
    ctx.step("同一职业（工种）的同一等级不可重复申领培训补贴，获得高等级证书的不得再申领同一职业（工种）低等级证书补贴。", NO_REPEAT)
    held, target = ctx.get("skill_level"), ctx.get("target_skill")
    just_obtained = target is None and held not in (None, NO_SKILL_LEVEL) and ctx.get("certificate_obtained") is True
    if just_obtained:
        # “参加了电工培训，考了个电工中级工证，能申请培训补贴吗”: the level the training just gave is the one the
        # subsidy is for; what decides is a certificate of the occupation held before it
        target, held = held, ctx.get("earlier_skill_level")
        # (“中式烹调师四级证拿了…又去另一家学校重新培训一遍”: the same training done over — the level held is the one trained for)
        if held is None and not (ctx.get("same_level") is True and ctx.get("same_occupation") is True):
            ctx.need("earlier_skill_level")
            return ctx.incomplete(f"按人社部发〔2024〕5号四、（十二），同一职业（工种）的同一等级不可重复申领培训补贴，获得高等级证书的不得再申领同一职业（工种）低等级证书补贴；您这次取得的是{target}证书，要看此前是否已有同一职业（工种）{target}或更高等级的证书。")
    if ctx.get("same_level") is True and ctx.get("same_occupation") is True and (held is None or target is None):
        # “同一个工种同一个等级再培训，还能领吗”: the level is the one held, said without naming it
        ctx.step("这次培训与已有证书（已领补贴）是同一职业（工种）的同一等级：同一等级不可重复申领培训补贴（含参保职工技能提升补贴）。", NO_REPEAT)
        return ctx.result("not_eligible", None, None, "不能。按人社部发〔2024〕5号四、（十二），同一职业（工种）的同一等级不可重复申领培训补贴（含参保职工技能提升补贴）；您这次培训与已有的是同一职业（工种）的同一等级，不能再领培训补贴。")
    if held == NO_SKILL_LEVEL and just_obtained:
        ctx.step(f"此前没有同一职业（工种）的等级证书，这次取得{target}不属于重复或降级申领；职业培训补贴每人累计最多享受3次。", TIMES)
        return ctx.result("eligible", target, None, f"按人社部发〔2024〕5号四、（十二），您此前没有同一职业（工种）的等级证书，这次取得的{target}证书不受“不得重复或降级申领”的限制，符合条件的可按规定申领培训补贴（每人累计最多3次，《就业补助资金管理办法》第五条）。")
    if held == NO_SKILL_LEVEL:
        ctx.step("您尚未取得职业技能等级证书，不受此项限制；职业培训补贴每人累计最多享受3次。", TIMES)
        return ctx.result("eligible", None, None, "按人社部发〔2024〕5号四、（十二），您还没有该职业（工种）的等级证书，不受“不得重复或降级申领”的限制；职业培训补贴每人累计最多享受3次（《就业补助资金管理办法》第五条）。")
    if not just_obtained and not ctx.need("skill_level", "target_skill"):
        return ctx.incomplete("按人社部发〔2024〕5号四、（十二），同一职业（工种）的同一等级不可重复申领培训补贴，已获得高等级证书的不得再申领同一职业（工种）低等级证书补贴。")
    same = ctx.get("same_occupation")
    higher_or_same = skill_rank(held) >= skill_rank(target)
    if not higher_or_same:
        ctx.step(f"您已有{held}，这次培训{target}是更高等级，不属于重复或降级申领；职业培训补贴每人累计最多享受3次。", TIMES)
        return ctx.result("eligible", target, None, f"按人社部发〔2024〕5号四、（十二），已有{held}证书再参加更高等级（{target}）的培训不受“不得重复或降级申领”的限制，符合条件的可按规定申领培训补贴（每人累计最多3次，《就业补助资金管理办法》第五条）。")
    if same is None:
        ctx.need("same_occupation")
        return ctx.incomplete(f"按人社部发〔2024〕5号四、（十二），如果这次培训与您已有的{held}证书是同一职业（工种），就不能再申领{target}的培训补贴；不同职业（工种）不受此限制。")
    if same is False:
        ctx.step(f"这次培训与已有{held}证书不是同一职业（工种），不受此项限制；职业培训补贴每人累计最多享受3次。", TIMES)
        return ctx.result("eligible", target, None, f"按人社部发〔2024〕5号四、（十二），“不得重复或降级申领”只限同一职业（工种）；您这次培训的是另一职业（工种），符合条件的可按规定申领培训补贴（每人累计最多3次）。")
    how = "同一等级不可重复申领培训补贴" if skill_rank(held) == skill_rank(target) else "获得高等级证书的不得再申领同一职业（工种）低等级证书补贴"
    ctx.step(f"已取得同一职业（工种）的{held}证书，再参加{target}培训：{how}。", NO_REPEAT)
    return ctx.result("not_eligible", None, None, f"不能。按人社部发〔2024〕5号四、（十二），{how}；您已有同一职业（工种）的{held}证书，参加{target}培训不能再领培训补贴。")


RULES: tuple[Rule, ...] = (
    Rule(
        id="cn.training.level_repeat",
        title="同一职业（工种）不得重复或降级申领培训补贴",
        region=REGION,
        topic="training_subsidy_level",
        citations=(NO_REPEAT,),
        formula=level_repeat,
        inputs=("skill_level", "target_skill", "certificate_obtained", "earlier_skill_level", "same_occupation", "same_level", "staff_on_establishment"),
        bars=(STAFF_BAR,),  # the training subsidy is paid from the 就业补助资金: 第十六条 applies
        reading="已取得同一职业（工种）同级或更高等级证书的，不能再就该等级申领培训补贴（同级按“不可重复申领”，更高按“不得再申领低等级证书补贴”）；不同职业（工种）或更低等级不受此条限制。说“参加培训、考了某级证书”而未说想申请的等级时，这次取得的等级即申领补贴的等级，再看此前已有的同一职业（工种）证书。",
    ),
)
