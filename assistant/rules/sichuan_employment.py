"""四川省关于进一步稳定和扩大就业若干政策措施（sc-2024-9a23d6，川办发〔2024〕34号）.

In force 2024-07-13 to 2025-12-31 (稳岗返还 and 技能提升补贴 to 2024-12-31).  After
that every rule answers ``not_eligible`` (``in_force`` False) and says what the measure was while it
was in force.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from assistant.rules.base import Clause, Context, Outcome, Rule, fmt_money, fmt_number, fmt_percent
from assistant.rules.common import UNSAID_GROUPS, all_of, any_of, between, category_or, closed, closed_after, startup_groups, contribution_total, fact_is, fmt_share, graduated_within, has_category, in_graduation_year, join, people_months_total, people_total, said_text, share_of
from assistant.rules.inputs import related_members
from assistant.rules.relations import relate

DOC = "sc-2024-9a23d6"
REGION = "四川省"

ABSORB = Clause(DOC, "一、（四）", "企业招用毕业年度大学生、防止返贫监测对象、就业困难人员就业，签订1年以上劳动合同且按规定缴纳社会保险费的，给予一次性吸纳就业补贴，标准提高到2000元/人")
TAX = Clause(DOC, "一、（四）", "支持企业招用脱贫人口、失业人员，符合条件的，在3年内按实际招用人数每人每年7800元的定额标准对企业扣减有关税费")
REFUND = Clause(DOC, "一、（三）", "大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还，中小微企业按60%返还，执行期限至2024年12月31日")
REFUND_TERMS = Clause(DOC, "一、（三）", "参保企业足额缴纳失业保险费12个月以上，上年度未裁员或裁员率不高于上年度全国城镇调查失业率控制目标，30人（含）以下的参保企业裁员率不高于参保职工总数20%的，可以申请失业保险稳岗返还")
STARTUP = Clause(DOC, "一、（五）", "离校2年内高校毕业生、就业困难人员、返乡入乡农民工首次创办小微企业或从事个体经营，自工商登记注册之日起正常运营1年以上的，给予1万元一次性创业补贴")
LOAN = Clause(DOC, "一、（五）", "落实创业担保贷款贴息及奖补政策，符合条件的个人和小微企业最高可分别贷30万元和400万元，由财政部门按规定给予50%贴息")
FLEXIBLE = Clause(DOC, "一、（六）", "对就业困难人员和离校2年内未就业的高校毕业生灵活就业后缴纳社会保险费的，给予社会保险补贴，补贴标准不超过其实际缴费的2/3")
INTERNSHIP = Clause(DOC, "二、（十三）", "组织离校2年内未就业高校毕业生、16至24岁登记失业青年参加就业见习，按当地最低工资标准给予用人单位就业见习补贴")
BASE = Clause(DOC, "二、（十三）", "对新评定为国家级、省级就业见习基地的，分别给予30万元、20万元的一次性奖补")
POVERTY_SERVICE = Clause(DOC, "三、（十六）", "对经营性人力资源服务机构、劳务专业合作社、劳务经纪人组织脱贫人口到企业就业，并协助签订1年以上劳动合同、参加社会保险的，按300元/人的标准给予就业创业服务补助")
POVERTY_MIGRATION = Clause(DOC, "三、（十六）", "脱贫人口通过有组织劳务输出到户籍所在县以外地区就业的给予不超过400元/人一次性求职补贴")
ASSISTANCE_BASE = Clause(DOC, "三、（十六）", "对吸纳脱贫人口就业10人以上的企业，可以认定为就业帮扶基地，并给予5万元一次性奖补")
JOB_SEEKING = Clause(DOC, "二、（十四）", "对在毕业学年积极求职创业的低保家庭、零就业家庭、防止返贫监测对象家庭和特困人员中的高校毕业生，残疾及获得国家助学贷款的高校毕业生，给予一次性求职补贴1500元")
UPGRADE = Clause(DOC, "四、（十九）", "参加失业保险1年以上的企业在职职工或领取失业金人员取得技能人员职业资格证书或职业技能等级证书的，可按规定给予技能提升补贴，执行期限至2024年12月31日")


def _times(amount: Decimal, count: int | None) -> tuple[Decimal, str]:
    if count:
        total = amount * count
        return total, f"{count}人合计{fmt_money(total)}"
    return amount, ""


def absorb(ctx: Context) -> Outcome:
    """一、（四）: 2,000元 for each hire from the named groups on a 1-year+ contract.

    >>> from assistant.rules.registry import evaluate
    >>> evaluate("sc.absorb_employment_subsidy", {"hires_count": 3}, date(2025, 6, 1)).value
    Decimal('6000')

    Asked whether (not how much), a condition not spoken to is asked for:
    >>> c = evaluate("sc.absorb_employment_subsidy", {"person_categories": ["毕业年度高校毕业生"], "contract_years": 2, "asks_whether": True}, date(2025, 8, 5))
    >>> c.verdict, c.missing
    ('need_more_info', ('social_insurance_paid',))
    >>> evaluate("sc.absorb_employment_subsidy", {"person_categories": ["毕业年度高校毕业生"], "contract_years": 2, "social_insurance_paid": True, "asks_whether": True}, date(2025, 8, 5)).value
    Decimal('2000')
    """
    per = ctx.p("sc.absorb.per_person")
    contract = ctx.p("sc.absorb.min_contract_years")
    ctx.step(f"企业招用毕业年度大学生、防止返贫监测对象、就业困难人员，签订{fmt_number(contract.d)}年以上劳动合同且按规定缴纳社会保险费的，给予一次性吸纳就业补贴{fmt_money(per.d)}/人。", ABSORB)
    if ctx.compare("contract_years", contract, "at_least") is False:
        return ctx.result("not_eligible", None, None, f"按四川省规定，须签订{fmt_number(contract.d)}年以上劳动合同才能享受一次性吸纳就业补贴。")
    if ctx.get("social_insurance_paid") is False:
        # (a condition every hire must meet, said failed: it decides before who was hired is asked — “他俩不想交社保…
        # 我们就没给交”)
        ctx.step("须按规定为招用人员缴纳社会保险费；目前尚未缴纳。", ABSORB)
        return ctx.result("not_eligible", None, None, "按四川省规定，企业须按规定为招用人员缴纳社会保险费，才能享受一次性吸纳就业补贴；补缴后可以申请。")
    listed = ("毕业年度高校毕业生", "防止返贫监测对象", "就业困难人员")
    who = has_category(ctx, *listed)
    graduated = ctx.get("graduation_year")
    if who.ok is not True and graduated is not None and any("毕业生" in c for c in ctx.get("person_categories") or ()):
        # a graduate said by the year they left school (“2024年6月刚毕业的”, “2022年毕业的”): 毕业年度 is the year hired
        if graduated == ctx.as_of.year:
            ctx.step(f"{graduated}年毕业，招用时属于毕业年度大学生。", ABSORB)
            who = replace(who, ok=True)
        elif graduated < ctx.as_of.year and who.ok is None:
            ctx.step(f"{graduated}年毕业，{ctx.as_of.year}年招用时已不是毕业年度大学生。", ABSORB)
            return ctx.result("not_eligible", None, None, f"按四川省规定，一次性吸纳就业补贴针对招用毕业年度大学生、防止返贫监测对象、就业困难人员；{graduated}年毕业的在{ctx.as_of.year}年已不属于毕业年度大学生。")
    past = ctx.get("in_graduation_year") is False or (ctx.get("years_since_graduation") or 0) >= 1
    if who.ok is None and graduated is None and past and any("毕业生" in c or "大学生" in c for c in ctx.get("person_categories") or ()):
        # “招的是往届的，毕业三年了”: a graduate said to be of an earlier year — as a year of leaving school said before it
        ctx.step("往届毕业生不属于毕业年度大学生。", ABSORB)
        return ctx.result("not_eligible", None, None, "按四川省规定，一次性吸纳就业补贴针对招用毕业年度大学生、防止返贫监测对象、就业困难人员；往届毕业生不属于毕业年度大学生（如属于就业困难人员或防止返贫监测对象，可以享受）。")
    if who.ok is False:
        return ctx.result("not_eligible", None, None, "按四川省规定，一次性吸纳就业补贴针对招用毕业年度大学生、防止返贫监测对象、就业困难人员。")
    named = sorted(ctx.get("person_categories") or ())
    if who.ok is None and named and not related_members("person_categories", named) & set(listed):
        # “那招个退役军人呢？”: a group not listed — no figure as if it were; whether the person is also in a listed group decides
        ctx.ask("person_categories")
        return ctx.incomplete(
            f"按四川省规定，一次性吸纳就业补贴针对招用毕业年度大学生、防止返贫监测对象、就业困难人员；{join(named)}不在所列对象中，"
            "如其同时属于就业困难人员或防止返贫监测对象，可以享受。"
        )
    if ctx.get("asks_whether") and who.ok is None:
        # “招了个小伙子…能拿一次性吸纳就业补贴吗？”: who was hired decides, it is asked (not assumed); so with
        # “招了两个大学生”: a graduate, but whether of the year of leaving school (毕业年度) is not said
        # (graduates named, the year of leaving school unsaid: that year is what is asked; a group named and
        # held, made precise: asked again — never a question with nothing asked)
        if named and ctx.get("in_graduation_year") is None and any("毕业生" in n or "大学生" in n for n in named):
            ctx.need("in_graduation_year")
        else:
            ctx.ask("person_categories")
        said = f"所说的{join(named)}是否属于其中（如是否为毕业年度的大学生）" if named else "招用的人是否属于其中"
        return ctx.incomplete(f"按四川省规定，一次性吸纳就业补贴针对招用毕业年度大学生、防止返贫监测对象、就业困难人员；要看{said}。")
    if ctx.get("asks_whether") and (ctx.get("social_insurance_paid") is None or ctx.get("contract_years") is None):
        # “招了个应届生，签了两年合同，能拿吸纳就业补贴吗？”: whether is asked, so a condition the clause sets and
        # the person did not speak to (社保, the contract) is asked, not assumed met
        for key in ("contract_years", "social_insurance_paid"):
            if ctx.get(key) is None:
                ctx.need(key)
        return ctx.incomplete(f"按四川省规定，企业招用毕业年度大学生、防止返贫监测对象、就业困难人员，签订{fmt_number(contract.d)}年以上劳动合同且按规定缴纳社会保险费的，给予一次性吸纳就业补贴{fmt_money(per.d)}/人。")
    total, text = _times(per.d, ctx.get("hires_count"))
    if text:
        ctx.step(f"{text}。", per.reference)
    return ctx.result("amount", total, "元" if text else "元/人", f"按四川省规定，一次性吸纳就业补贴标准为{fmt_money(per.d)}/人{('，' + text) if text else ''}（须签订{fmt_number(contract.d)}年以上劳动合同并缴纳社会保险费）。")


def tax_deduction(ctx: Context) -> Outcome:
    """一、（四）: 7,800元 a hire a year, for 3 years, off the enterprise's taxes.

    >>> from assistant.rules.registry import evaluate
    >>> evaluate("sc.tax_deduction", {"hires_count": 3, "period_years": 1, "whole_period": True}, date(2024, 11, 5)).value
    Decimal('23400')
    >>> evaluate("sc.tax_deduction", {"hires_count": 3, "whole_period": True}, date(2024, 11, 5)).value
    Decimal('70200')
    """
    per, years = ctx.p("sc.tax.per_person_year"), ctx.p("sc.tax.years")
    ctx.step(f"招用脱贫人口、失业人员的，在{fmt_number(years.d)}年内按实际招用人数每人每年{fmt_money(per.d)}的定额标准扣减有关税费。", TAX)
    who = has_category(ctx, "脱贫人口", "城镇登记失业人员", "大龄失业人员", "16-24岁登记失业青年")
    if who.ok is not True and ctx.get("registered_unemployed") is False:
        # “从别的厂跳槽过来的，一天都没失业过”: neither 脱贫人口 nor unemployed
        return ctx.result("not_eligible", None, None, "按四川省规定，扣减税费针对企业招用的脱贫人口、失业人员；未失业、直接换工作过来的不属于。")
    total, text = _times(per.d, ctx.get("hires_count"))
    span = ctx.get("period_years")
    if text and span is not None and span < years.d:  # “一年一共能扣减多少”: the years named, within the 3
        part = total * span
        ctx.step(f"{text}/年 × {fmt_number(span)}年 = {fmt_money(part)}。", TAX)
        return ctx.result("amount", part, "元", f"按四川省规定，企业招用脱贫人口、失业人员符合条件的，在{fmt_number(years.d)}年内按每人每年{fmt_money(per.d)}的定额标准扣减有关税费，{text}/年，{fmt_number(span)}年合计{fmt_money(part)}。")
    if text and (ctx.get("whole_period") or span is not None):  # “三年下来一共能扣多少”: the whole period
        whole = total * years.d
        ctx.step(f"{text}/年 × {fmt_number(years.d)}年 = {fmt_money(whole)}。", TAX)
        return ctx.result("amount", whole, "元", f"按四川省规定，企业招用脱贫人口、失业人员符合条件的，在{fmt_number(years.d)}年内按每人每年{fmt_money(per.d)}的定额标准扣减有关税费，{text}/年，{fmt_number(years.d)}年合计最多{fmt_money(whole)}。")
    return ctx.result("amount", total, "元/年" if text else "元/人·年", f"按四川省规定，企业招用脱贫人口、失业人员符合条件的，在{fmt_number(years.d)}年内按每人每年{fmt_money(per.d)}的定额标准扣减有关税费{('，' + text + '/年') if text else ''}。")


def refund(ctx: Context) -> Outcome:
    """一、（三）: 稳岗返还 30% (large) / 60% (SMEs) of last year's unemployment insurance (to 2024-12-31).

    >>> from assistant.rules.registry import evaluate
    >>> facts = {"headcount": 25, "insured_months": 36, "employer_size": "小微企业", "asks_whether": True}
    >>> [evaluate("sc.stabilization_refund", facts | {"layoffs_count": n}, date(2024, 9, 1)).verdict for n in ({"low": 5, "high": 6}, {"low": 2, "high": 3}, {"low": 7, "high": 8})]
    ['need_more_info', 'eligible', 'not_eligible']
    """
    large, sme = ctx.p("sc.refund.large_share"), ctx.p("sc.refund.sme_share")
    months, small, small_rate = ctx.p("sc.refund.min_insured_months"), ctx.p("sc.refund.small_headcount"), ctx.p("sc.refund.small_layoff_rate")
    ctx.step(f"大型企业按上年度实际缴纳失业保险费的{fmt_percent(large.d)}返还，中小微企业按{fmt_percent(sme.d)}返还。", REFUND)
    insured = said_text(ctx, "insured_months", "个月")  # a range said (“交了十几个月”) is decided when both ends agree
    insured_met = ctx.compare("insured_months", months, "at_least")
    if insured_met is False:
        ctx.step(f"须足额缴纳失业保险费{fmt_number(months.d)}个月以上；目前{insured}。", REFUND_TERMS)
        return ctx.result("not_eligible", None, None, f"按四川省规定，参保企业须足额缴纳失业保险费{fmt_number(months.d)}个月以上才能申请稳岗返还。")
    # the one number of people said is the firm's insured staff (“原来30个人，去年裁了7个”)
    headcount, layoff = ctx.get("headcount") or ctx.get("people_count"), ctx.get("layoff_rate")
    laid_off = ctx.get("layoffs_count")
    span = ctx.span("layoffs_count")
    if layoff is None and laid_off is None and span is not None and span.high is not None and headcount:
        # “裁了五六个”: decided when both ends give the same answer, else the number is asked
        rates = [(Decimal(n) / Decimal(headcount)).quantize(Decimal("0.0001")) for n in (span.low, span.high)]
        small_firm = headcount <= small.d
        limit_ok = [r <= small_rate.d for r in rates] if small_firm else [r == 0 for r in rates]
        if small_firm and len(set(limit_ok)) == 1:
            ctx.step(f"裁员{span.words('人')}，按参保职工{headcount}人计裁员率{fmt_percent(rates[0])}~{fmt_percent(rates[1])}，均{'不高于' if limit_ok[0] else '高于'}{fmt_percent(small_rate.d)}。", REFUND_TERMS)
            laid_off = int(span.high) if limit_ok[0] else int(span.low)  # the end that decides the same way
        else:
            ctx.step(f"{fmt_number(small.d)}人（含）以下的参保企业裁员率须不高于{fmt_percent(small_rate.d)}；裁员{span.words('人')}时结果不同，需要具体人数。", REFUND_TERMS)
            ctx.need("layoffs_count")
            return ctx.incomplete(f"按四川省规定，{fmt_number(small.d)}人（含）以下的参保企业，上年度裁员率不高于参保职工总数{fmt_percent(small_rate.d)}的可以申请稳岗返还；请告诉我具体裁了几人。")
    if layoff is None and laid_off == 0:
        layoff = Decimal(0)  # no one laid off: the rate is 0 whatever the headcount
    elif layoff is None and laid_off is not None and headcount:
        layoff = (Decimal(laid_off) / Decimal(headcount)).quantize(Decimal("0.0001"))
        ctx.step(f"裁员{laid_off}人 ÷ 参保职工{headcount}人 = 裁员率{fmt_percent(layoff)}。", REFUND_TERMS)
    condition = ""
    layoff_ok = layoff is not None and layoff == 0
    if layoff is not None and layoff > 0:
        if headcount is not None and ctx.compare("headcount", small, "at_most", value=headcount):
            if ctx.compare("layoff_rate", small_rate, "at_most", value=layoff) is False:
                ctx.step(f"{fmt_number(small.d)}人（含）以下的参保企业裁员率须不高于{fmt_percent(small_rate.d)}；目前{fmt_percent(layoff)}。", REFUND_TERMS)
                return ctx.result("not_eligible", None, None, f"按四川省规定，{fmt_number(small.d)}人（含）以下的参保企业裁员率不高于参保职工总数{fmt_percent(small_rate.d)}的才能申请稳岗返还。")
            layoff_ok = True
            ctx.step(f"参保职工{headcount}人，属{fmt_number(small.d)}人（含）以下企业，裁员率{fmt_percent(layoff)}不高于{fmt_percent(small_rate.d)}。", REFUND_TERMS)
        else:
            condition = "（前提是上年度裁员率不高于上年度全国城镇调查失业率控制目标，该目标值语料库未收录）"
            ctx.step("上年度裁员率须不高于上年度全国城镇调查失业率控制目标。", REFUND_TERMS)
    if insured_met:
        ctx.step(f"足额缴纳失业保险费{insured}，满{fmt_number(months.d)}个月。", REFUND_TERMS)
    if ctx.get("employer_size") is None:
        if insured_met and layoff_ok and ctx.get("unemployment_insurance_paid") is None:
            # whether one may apply does not depend on size; only the share does
            return ctx.result("eligible", None, None, f"可以申请。按四川省规定，参保企业足额缴纳失业保险费{fmt_number(months.d)}个月以上且裁员率符合要求的，可以申请失业保险稳岗返还：大型企业按上年度实际缴纳失业保险费的{fmt_percent(large.d)}返还，中小微企业按{fmt_percent(sme.d)}返还（执行期限至2024年12月31日）。")
        ctx.need("employer_size")
        return ctx.incomplete(f"按四川省规定，稳岗返还大型企业按{fmt_percent(large.d)}、中小微企业按{fmt_percent(sme.d)}返还上年度实际缴纳的失业保险费。")
    size = ctx.get("employer_size")
    share = large if size == "大型企业" else sme
    paid = ctx.get("unemployment_insurance_paid")
    if paid is None and layoff is None and laid_off is None and ctx.get("asks_whether"):
        # “能申请稳岗返还吗？” with last year's layoffs unsaid: that condition decides, ask it
        ctx.step("须上年度未裁员或裁员率符合要求。", REFUND_TERMS)
        ctx.need("layoffs_count")
        return ctx.incomplete(f"按四川省规定，参保企业足额缴纳失业保险费{fmt_number(months.d)}个月以上、且上年度未裁员或裁员率符合要求的，可以申请稳岗返还；{size}按上年度实际缴纳失业保险费的{fmt_percent(share.d)}返还。")
    if paid is None and insured_met is None and ctx.get("asks_whether") and layoff_ok:
        # “能申请稳岗返还吗？” with every other condition met: how long the firm has paid decides
        ctx.need("insured_months")
        return ctx.incomplete(f"按四川省规定，参保企业须足额缴纳失业保险费{fmt_number(months.d)}个月以上，且上年度裁员率符合要求，才能申请稳岗返还；{size}按上年度实际缴纳失业保险费的{fmt_percent(share.d)}返还。")
    if paid is None:
        if insured_met and layoff_ok:
            # every condition the person stated is met: they may apply (the amount needs last year's contributions)
            return ctx.result("eligible", share.d, "上年度实际缴纳失业保险费的比例", f"可以申请。按四川省规定，参保企业足额缴纳失业保险费{fmt_number(months.d)}个月以上且裁员率符合要求的，可以申请失业保险稳岗返还；{size}按企业及其职工上年度实际缴纳失业保险费的{fmt_percent(share.d)}返还（执行期限至2024年12月31日）。")
        return ctx.result("info", share.d, "上年度实际缴纳失业保险费的比例", f"按四川省规定，{size}按企业及其职工上年度实际缴纳失业保险费的{fmt_percent(share.d)}返还{condition}。")
    amount = share_of(paid, share.d)
    ctx.step(f"{fmt_money(paid)} × {fmt_percent(share.d)} = {fmt_money(amount)}。", share.reference)
    return ctx.result("amount", amount, "元", f"按四川省规定，{size}可返还上年度实际缴纳失业保险费的{fmt_percent(share.d)}，即{fmt_money(amount)}{condition}。")


def startup(ctx: Context) -> Outcome:
    """一、（五）: 1万元 one-off start-up subsidy — each person who started up, a total asked of several added.

    >>> from assistant.rules.registry import evaluate
    >>> facts = {"person_categories": ["就业困难人员"], "first_startup": True, "operating_years": 2}
    >>> evaluate("sc.startup_subsidy", facts, date(2025, 3, 1)).value, evaluate("sc.startup_subsidy", facts | {"people_count": 2, "amount_basis": "合计"}, date(2025, 3, 1)).value
    (Decimal('10000'), Decimal('20000'))
    """
    amount, years, leaving = ctx.p("sc.startup.amount"), ctx.p("sc.startup.min_operating_years"), ctx.p("sc.startup.years_after_leaving")
    ctx.step(f"离校{fmt_number(leaving.d)}年内高校毕业生、就业困难人员、返乡入乡农民工首次创业且正常运营{fmt_number(years.d)}年以上的，给予{fmt_money(amount.d)}一次性创业补贴。", STARTUP)
    who, others = startup_groups(ctx, leaving)  # (离校2年内 counted to the day the business was registered)
    first = ctx.get("first_startup")
    running = ctx.compare("operating_years", years, "at_least")  # a range said (“开了两三年”) counts when both ends agree
    fails = []
    if who.ok is False:
        fails.append("不属于离校2年内高校毕业生、就业困难人员或返乡入乡农民工")
    if first is False:
        fails.append("不是首次创业")
    if running is False:
        fails.append(f"正常运营未满{fmt_number(years.d)}年")
    if fails:
        note = UNSAID_GROUPS if who.ok is False and others.why == UNSAID_GROUPS else ""
        return ctx.result("not_eligible", None, None, f"按四川省规定，您{join(fails)}，不符合{fmt_money(amount.d)}一次性创业补贴的条件。{note}")
    if ctx.get("asks_whether") and (who.ok is None or running is None):
        # “能拿一万块的创业补贴吗？”: whether, with a condition unsaid — that condition is asked, the most decisive
        # first (a first start-up is the common case: said as a condition in the answer, not asked)
        for key, unknown in (("operating_years", running is None), ("person_categories", who.ok is None)):
            if unknown:
                ctx.need(key)
                if not ctx.missing:  # a category held that does not decide (a graduate, when they left school unsure)
                    ctx.ask(next((k for k in who.missing if k != "person_categories"), "years_since_graduation"))
                break
        return ctx.incomplete(f"按四川省规定，离校{fmt_number(leaving.d)}年内高校毕业生、就业困难人员、返乡入乡农民工首次创业，且自工商登记注册之日起正常运营{fmt_number(years.d)}年以上的，给予{fmt_money(amount.d)}一次性创业补贴。")
    people = ctx.get("people_count")
    if ctx.get("amount_basis") == "合计" and isinstance(people, int) and people > 1:
        # “我合伙人也…另外开了个个体户…我俩加起来能拿多少”: each who started up is paid once
        total, text = _times(amount.d, people)
        ctx.step(f"{fmt_money(amount.d)} × {people}人 = {fmt_money(total)}。", STARTUP)
        return ctx.result("amount", total, "元", f"按四川省规定，符合条件的每人给予{fmt_money(amount.d)}一次性创业补贴（须首次创办小微企业或从事个体经营，且自工商登记注册之日起正常运营{fmt_number(years.d)}年以上），{text}。")
    return ctx.result("amount", amount.d, "元", f"按四川省规定，符合条件的给予{fmt_money(amount.d)}一次性创业补贴（须首次创办小微企业或从事个体经营，且自工商登记注册之日起正常运营{fmt_number(years.d)}年以上）。")


def loan(ctx: Context) -> Outcome:
    """一、（五）: guaranteed start-up loans, 30万 / 400万, 50% interest subsidy.

    With the loan and its annual rate, the yearly interest subsidy is
    loan (up to the ceiling) × rate × 50%.

    >>> from assistant.rules.registry import evaluate
    >>> evaluate("sc.startup_loan", {"loan_amount": 300000, "interest_rate": "0.04"}, date(2025, 3, 1)).value
    Decimal('6000.00')
    >>> evaluate("sc.startup_loan", {"asks_interest_subsidy": True}, date(2025, 3, 1)).value
    Decimal('50.0')
    >>> [evaluate("sc.startup_loan", f, date(2025, 3, 1)).value for f in ({"employer_size": "小微企业"}, {"employer_size": "小微企业", "applies_as": "个人"}, {"applies_as": "企业"})]
    [Decimal('4000000'), Decimal('300000'), Decimal('4000000')]
    """
    person, firm, share = ctx.p("sc.loan.individual_max"), ctx.p("sc.loan.enterprise_max"), ctx.p("sc.loan.interest_share")
    ctx.step(f"符合条件的个人和小微企业最高可分别贷{fmt_money(person.d)}和{fmt_money(firm.d)}，财政按规定给予{fmt_percent(share.d)}贴息。", LOAN)
    size = ctx.get("employer_size")
    borrowed, rate = ctx.get("loan_amount"), ctx.get("interest_rate")
    # who applies decides (“开了个工作室，个人申请…” is a person's loan); else a small business said is the applicant
    applicant = ctx.get("applies_as")
    as_firm = applicant == "企业" or (applicant is None and size in ("小微企业", "中小微企业"))
    ceiling = firm if as_firm else person
    if borrowed is None and rate is not None and ctx.get("loan_at_ceiling"):
        borrowed = ceiling.d  # “贷满额度”“顶格贷”: the loan is the ceiling
    if borrowed is not None and rate is not None:
        counted = min(borrowed, ceiling.d)
        interest = counted * rate
        subsidy = share_of(interest, share.d)
        if counted < borrowed:
            ctx.step(f"贷款{fmt_money(borrowed)}超过最高额度，按{fmt_money(counted)}计。", ceiling.reference)
        ctx.step(f"年利息{fmt_money(counted)} × {fmt_percent(rate)} = {fmt_money(interest)}；财政贴息{fmt_percent(share.d)}：{fmt_money(subsidy)}/年。", share.reference)
        over = f"（所说{fmt_money(borrowed)}超过最高额度{fmt_money(ceiling.d)}，按{fmt_money(counted)}计）" if counted < borrowed else ""
        return ctx.result("amount", subsidy, "元/年", f"按四川省规定，创业担保贷款由财政部门按规定给予{fmt_percent(share.d)}贴息：贷款{fmt_money(counted)}{over}、年利率{fmt_percent(rate)}，一年利息{fmt_money(interest)}，财政贴息{fmt_money(subsidy)}。")
    interest = ctx.get("loan_interest")
    if interest is not None and (borrowed is None or borrowed <= ceiling.d):
        # “一年利息7万2，财政贴息50%能贴好多”: the share of the interest the person pays (a loan over the
        # ceiling is subsidised only up to it: its interest is not the base)
        if borrowed is not None:
            ctx.step(f"贷款{fmt_money(borrowed)}，在最高额度{fmt_money(ceiling.d)}以内。", ceiling.reference)
        related = relate(ctx, "sc.loan_interest_subsidy", stated=True)
        if related is not None:
            return related
    if borrowed is not None and rate is None and interest is None and not ctx.get("asks_interest_subsidy"):
        # “想以我个人名义贷五十万…能批这么多不”: the loan asked for, against the ceiling of who borrows
        who = "小微企业" if as_firm else "个人"
        ctx.step(f"{who}创业担保贷款最高{fmt_money(ceiling.d)}；所问{fmt_money(borrowed)}{'超过' if borrowed > ceiling.d else '在'}最高额度{'' if borrowed > ceiling.d else '以内'}。", ceiling.reference)
        if borrowed > ceiling.d:
            return ctx.result("not_eligible", ceiling.d, "元（最高）", f"按四川省规定，符合条件的{who}创业担保贷款最高{fmt_money(ceiling.d)}（个人{fmt_money(person.d)}、小微企业{fmt_money(firm.d)}），所问{fmt_money(borrowed)}超过最高额度，最多只能贷{fmt_money(ceiling.d)}。")
        return ctx.result("eligible", borrowed, "元", f"按四川省规定，符合条件的{who}创业担保贷款最高{fmt_money(ceiling.d)}，所问{fmt_money(borrowed)}在额度以内；财政按规定给予{fmt_percent(share.d)}贴息。")
    if ctx.get("asks_interest_subsidy"):  # “利息财政能贴多少”: the share, the loan and rate not given
        return ctx.result("amount", share.d * 100, "%", f"按四川省规定，创业担保贷款由财政部门按规定给予{fmt_percent(share.d)}贴息（个人最高可贷{fmt_money(person.d)}，小微企业最高{fmt_money(firm.d)}）；告诉我贷款额和年利率可算出每年贴息金额。")
    if as_firm:
        return ctx.result("amount", firm.d, "元（最高）", f"按四川省规定，符合条件的小微企业创业担保贷款最高{fmt_money(firm.d)}，财政按规定给予{fmt_percent(share.d)}贴息。")
    people = ctx.get("people_count")
    if ctx.get("amount_basis") == "合计" and isinstance(people, int) and not isinstance(people, bool) and people > 1:
        # “我和我老公都是个体户…我俩加起来一共最多能贷多少”: each borrows as a person, up to the ceiling
        total, text = _times(person.d, people)
        ctx.step(f"{fmt_money(person.d)} × {people}人 = {fmt_money(total)}。", person.reference)
        return ctx.result("amount", total, "元（最高）", f"按四川省规定，符合条件的个人创业担保贷款每人最高{fmt_money(person.d)}，{text}（小微企业最高{fmt_money(firm.d)}），财政按规定给予{fmt_percent(share.d)}贴息。")
    return ctx.result("amount", person.d, "元（最高）", f"按四川省规定，符合条件的个人创业担保贷款最高{fmt_money(person.d)}（小微企业最高{fmt_money(firm.d)}），财政按规定给予{fmt_percent(share.d)}贴息。")


def flexible_si(ctx: Context) -> Outcome:
    """一、（六）: flexible employment — at most 2/3 of contributions."""
    share = ctx.p("sc.flexible_si.share")
    ctx.step(f"就业困难人员和离校2年内未就业的高校毕业生灵活就业后缴纳社会保险费的，补贴标准不超过实际缴费的{fmt_share(share.value)}。", FLEXIBLE)
    leaving = ctx.p("sc.flexible_si.years_after_leaving")
    difficult = has_category(ctx, "就业困难人员")
    graduate = category_or(
        ctx,
        ("离校2年内未就业高校毕业生", "离校2年内高校毕业生"),
        all_of(has_category(ctx, "高校毕业生"), graduated_within(ctx, leaving), fact_is(ctx, "employed", False)),
    )
    who = any_of(difficult, graduate)
    if who.ok is False:
        return ctx.result("not_eligible", None, None, "按四川省规定，灵活就业社会保险补贴针对就业困难人员和离校2年内未就业的高校毕业生。")
    if who.ok is None and graduate.ok is False and ctx.get("asks_whether") and has_category(ctx, "高校毕业生").ok:
        # “大学毕业两年多了还没工作，灵活就业自己交社保，能领社保补贴吗”: a graduate past the 2 years, nothing said of
        # being recognised as 就业困难人员 — not as a graduate; as one recognised, yes
        ctx.step(f"离校已超过{fmt_number(leaving.d)}年，不属于离校{fmt_number(leaving.d)}年内未就业的高校毕业生。", leaving.reference)
        return ctx.result(
            "not_eligible",
            None,
            None,
            f"按四川省规定，灵活就业社会保险补贴针对就业困难人员和离校{fmt_number(leaving.d)}年内未就业的高校毕业生；您离校已超过{fmt_number(leaving.d)}年，按高校毕业生身份不能享受。如已被认定为就业困难人员，可按就业困难人员申请（补贴不超过实际缴费的{fmt_share(share.value)}）。",
        )
    if ctx.get("asks_whether") and who.ok is None and not ctx.get("person_categories") and ctx.get("graduation_year") is None and ctx.get("years_since_graduation") is None:
        # “48了，厂子关了，自己按灵活就业交社保…我这样能不能补点？”: who the person is decides — asked, not assumed
        # (nothing said of who they are; a graduate said is read as the clause's graduate, as before)
        ctx.ask("person_categories", among=("就业困难人员", "离校2年内未就业高校毕业生"))
        return ctx.incomplete(
            f"按四川省规定，灵活就业社会保险补贴针对就业困难人员和离校{fmt_number(leaving.d)}年内未就业的高校毕业生，"
            f"标准不超过实际缴费的{fmt_share(share.value)}；要看您是否已被认定为就业困难人员或属于离校{fmt_number(leaving.d)}年内未就业的高校毕业生。"
        )
    paid = ctx.get("contribution")
    if paid is None and ctx.get("asks_whether") and who.ok:
        # “大专毕业一年多了…跑外卖自己交社保，社保补贴能领不？”: one the clause names, asking whether — yes, with the standard
        return ctx.result("eligible", None, None, f"可以。按四川省规定，就业困难人员和离校{fmt_number(leaving.d)}年内未就业的高校毕业生灵活就业后缴纳社会保险费的，给予社会保险补贴，标准不超过实际缴费的{fmt_share(share.value)}。")
    if paid is None:
        return ctx.result("info", None, None, f"按四川省规定，灵活就业社会保险补贴标准不超过实际缴费的{fmt_share(share.value)}。")
    totalled = contribution_total(ctx, share.value, None)
    if totalled is not None:
        total, text = totalled
        ctx.step(f"{text}。", share.reference)
        return ctx.result("amount", total, "元（上限）", f"按四川省规定，灵活就业社会保险补贴不超过实际缴费的{fmt_share(share.value)}；{text}。")
    cap = share_of(paid, share.value)
    ctx.step(f"{fmt_money(paid)} × {fmt_share(share.value)} = {fmt_money(cap)}（上限）。", share.reference)
    return ctx.result("amount", cap, "元（上限）", f"按四川省规定，灵活就业社会保险补贴不超过实际缴费的{fmt_share(share.value)}，即不超过{fmt_money(cap)}。")


_INTERN_SAID = ("age", "birth_date", "person_categories", "excluded_categories", "registered_unemployed", "graduation_year", "graduation_years_ago", "years_since_graduation")


def internship(ctx: Context) -> Outcome:
    """二、（十三）: the host unit's subsidy at the local minimum wage.

    Asked whether the unit may have it for a person described (their age, schooling, registration),
    who the clause names decides: 离校2年内未就业高校毕业生 or 16至24岁登记失业青年.

    >>> from assistant.rules.registry import evaluate
    >>> c = evaluate("sc.internship_subsidy", {"age": 21, "excluded_categories": ["高校毕业生"], "asks_whether": True}, date(2025, 5, 1))
    >>> c.verdict, c.missing
    ('need_more_info', ('registered_unemployed',))
    >>> evaluate("sc.internship_subsidy", {"age": 27, "excluded_categories": ["高校毕业生"], "registered_unemployed": True, "asks_whether": True}, date(2025, 5, 1)).verdict
    'not_eligible'
    >>> evaluate("sc.internship_subsidy", {"age": 20, "registered_unemployed": True, "asks_whether": True}, date(2025, 5, 1)).verdict
    'eligible'
    """
    share = ctx.p("sc.internship.min_wage_share")
    ctx.step("组织离校2年内未就业高校毕业生、16至24岁登记失业青年参加就业见习，按当地最低工资标准给予用人单位就业见习补贴。", INTERNSHIP)
    wage = ctx.get("min_wage")
    described = any(ctx.get(k) not in (None, frozenset()) for k in _INTERN_SAID)
    if described:
        # “我22岁，高中毕业…单位能拿补贴吗”: a person described — whether they are among those the clause names
        years = ctx.p("sc.internship.years_after_leaving")
        low, high = ctx.p("sc.internship.youth_min_age"), ctx.p("sc.internship.youth_max_age")
        graduate = category_or(ctx, "离校2年内未就业高校毕业生", all_of(has_category(ctx, "高校毕业生"), graduated_within(ctx, years), fact_is(ctx, "employed", False)))
        youth = category_or(ctx, "16-24岁登记失业青年", all_of(between(ctx, "age", low, high), fact_is(ctx, "registered_unemployed")))
        youth = closed_after(ctx, graduate, youth, ("age", "registered_unemployed", "birth_date"))  # (“2022年大学毕业”, in 2025)
        who = any_of(graduate, youth)
        note = UNSAID_GROUPS if who.ok is False and youth.why == UNSAID_GROUPS else ""
        scope = f"按四川省规定，就业见习补贴按当地最低工资标准给予吸纳离校{fmt_number(years.d)}年内未就业高校毕业生、{fmt_number(low.d)}至{fmt_number(high.d)}岁登记失业青年见习的单位"
        if who.ok is False and wage is not None:
            # (the wage said, a figure asked: one described outside those named gives none — “26岁，也没上过大学”)
            return ctx.result("not_eligible", None, None, f"不能。{scope}；按您所说的情况不在此范围。{note}")
    if wage is None and ctx.get("asks_whether") and described:
        if who.ok is True:
            return ctx.result("eligible", share.d, "×当地最低工资标准（每人每月）", f"可以。{scope}；按您所说属于这一范围。")
        if who.ok is False:
            return ctx.result("not_eligible", None, None, f"不能。{scope}；按您所说的情况不在此范围。{note}")
        path = next((p for p in (youth, graduate) if p.ok is None and len(p.missing) == 1 and p.missing[0] != "person_categories"), None)
        ctx.ask(*(path.missing if path is not None else who.missing))
        return ctx.incomplete(f"{scope}。")
    if wage is None:
        return ctx.result("info", share.d, "×当地最低工资标准（每人每月）", "按四川省规定，按当地最低工资标准给予用人单位就业见习补贴。")
    amount = wage * share.d
    summary = f"按四川省规定，按当地最低工资标准给予用人单位就业见习补贴，即每人每月{fmt_money(amount)}。"
    totalled = people_months_total(ctx, amount)
    if totalled is not None:
        total, people, span = totalled
        if ctx.get("internship_months") is None and span == 1 and people > 1:
            # (“5个见习生，一共多少”: the months not said — the interns' month together, the months still to multiply by)
            ctx.step(f"{people}人 × {fmt_money(amount)} = {fmt_money(total)}/月。", INTERNSHIP)
            return ctx.result("amount", total, "元", f"{summary}{people}名见习人员每月合计{fmt_money(total)}；再乘以见习的月数即为总额（见习几个月？）。")
        ctx.step(f"{people}人 × {fmt_number(span)}个月 × {fmt_money(amount)} = {fmt_money(total)}。", INTERNSHIP)
        return ctx.result("amount", total, "元", f"{summary}{people}名见习人员见习{fmt_number(span)}个月，合计{fmt_money(total)}。")
    return ctx.result("amount", amount, "元/人·月", summary)


def internship_base(ctx: Context) -> Outcome:
    """二、（十三）: 30万 / 20万 for newly rated national / provincial internship bases."""
    national, provincial = ctx.p("sc.internship_base.national"), ctx.p("sc.internship_base.provincial")
    ctx.step(f"对新评定为国家级、省级就业见习基地的，分别给予{fmt_money(national.d)}、{fmt_money(provincial.d)}的一次性奖补。", BASE)
    if not ctx.need("base_level"):
        return ctx.incomplete(f"按四川省规定，新评定为国家级、省级就业见习基地的，分别给予{fmt_money(national.d)}、{fmt_money(provincial.d)}一次性奖补。")
    level = ctx.get("base_level")
    amount = national.d if level == "国家级" else provincial.d
    return ctx.result("amount", amount, "元", f"按四川省规定，新评定为{level}就业见习基地的，给予{fmt_money(amount)}一次性奖补。")


def job_seeking(ctx: Context) -> Outcome:
    """二、（十四）: 1,500元 one-off job-seeking subsidy."""
    amount = ctx.p("sc.job_seeking.amount")
    ctx.step(f"毕业学年的低保家庭、零就业家庭、防止返贫监测对象家庭和特困人员中的高校毕业生，残疾及获得国家助学贷款的高校毕业生，给予一次性求职补贴{fmt_money(amount.d)}。", JOB_SEEKING)
    if ctx.get("seeking_work") is False:
        # “决定今年不找了，专心考研”: the subsidy is for those 积极求职创业 in the graduating year
        return ctx.result("not_eligible", None, None, "按四川省规定，一次性求职补贴给予在毕业学年积极求职创业的困难家庭等高校毕业生；您说目前不求职，不符合条件。")
    who = has_category(ctx, "低保家庭", "零就业家庭", "防止返贫监测对象", "特困人员", "残疾", "获得国家助学贷款")
    one = (_people(ctx) or 0) <= 1  # the person asking, or one said of (“绵阳1个学院的学生”: one student, no group)
    if (ctx.get("asks_whether") or ctx.get("excluded_categories")) and one:
        # “不是低保也不是困难家庭，能领吗”, “我们家去年就退出低保了…也没办过助学贷款” (asked or not): the person told
        # which groups they are not in and holds none — the groups unsaid are not held, as under 第八条 nationally
        who = closed(ctx, who, excluded_only=True)
    year = in_graduation_year(ctx)  # said, or worked out from when the person leaves school
    if who.ok is False or year.ok is False:
        if year.ok is False and year.why:
            ctx.step(f"{year.why}。", JOB_SEEKING)
        note = UNSAID_GROUPS if year.ok is not False and who.why == UNSAID_GROUPS else ""
        return ctx.result("not_eligible", None, None, f"按四川省规定，一次性求职补贴面向毕业学年的低保家庭、零就业家庭、防止返贫监测对象家庭和特困人员中的高校毕业生，以及残疾、获得国家助学贷款的高校毕业生。{note}")
    summary = f"按四川省规定，符合条件的高校毕业生给予一次性求职补贴{fmt_money(amount.d)}。"
    if ctx.get("asks_whether") and who.ok is None and one:
        # “能领一次性求职补贴吗？” from a student of no group said: the group decides, it is asked
        ctx.need("person_categories")
        return ctx.incomplete(f"按四川省规定，一次性求职补贴（{fmt_money(amount.d)}）面向毕业学年的低保家庭、零就业家庭、防止返贫监测对象家庭和特困人员中的高校毕业生，以及残疾、获得国家助学贷款的高校毕业生。")
    totalled = people_total(ctx, amount.d, _people(ctx))  # (“我们班有3个这样的”: the count said in reply)
    if totalled is not None:
        total, people = totalled
        ctx.step(f"{people}人 × {fmt_money(amount.d)} = {fmt_money(total)}。", JOB_SEEKING)
        return ctx.result("amount", total, "元", f"{summary}{people}人合计{fmt_money(total)}。")
    return ctx.result("amount", amount.d, "元", summary)


def _people(ctx: Context) -> int | None:
    """How many people the question counts: hires said as hires, else people said."""
    return ctx.get("hires_count") or ctx.get("people_count")


def poverty_service(ctx: Context) -> Outcome:
    """三、（十六）: 300元 a person for organisers placing 脱贫人口 in enterprises (1-year contract, insured).

    >>> from assistant.rules.registry import evaluate
    >>> evaluate("sc.poverty_service_subsidy", {"people_count": 20, "contract_years": 1}, date(2024, 9, 1)).value
    Decimal('6000')
    """
    per = ctx.p("sc.poverty_service.per_person")
    contract = ctx.p("sc.poverty_service.min_contract_years")
    ctx.step(f"聚焦乡村振兴重点帮扶县、39个欠发达县域、易地搬迁集中安置区，经营性人力资源服务机构、劳务专业合作社、劳务经纪人组织脱贫人口到企业就业，并协助签订1年以上劳动合同、参加社会保险的，按{fmt_money(per.d)}/人给予就业创业服务补助。", POVERTY_SERVICE)
    if ctx.compare("contract_years", contract, "at_least") is False or ctx.get("social_insurance_paid") is False:
        return ctx.result("not_eligible", None, None, f"按四川省规定，须协助签订{fmt_number(contract.d)}年以上劳动合同并参加社会保险，才能按人给予就业创业服务补助。")
    total, text = _times(per.d, _people(ctx))
    if text:
        ctx.step(f"{text}。", POVERTY_SERVICE)
    return ctx.result("amount", total, "元" if text else "元/人", f"按四川省规定，组织脱贫人口到企业就业并协助签订1年以上劳动合同、参加社会保险的，按{fmt_money(per.d)}/人给予就业创业服务补助{('，' + text) if text else ''}（限乡村振兴重点帮扶县、39个欠发达县域、易地搬迁集中安置区）。")


def poverty_migration(ctx: Context) -> Outcome:
    """三、（十六）: at most 400元 a person for 脱贫人口 placed outside their county by organised labour export."""
    cap = ctx.p("sc.poverty_migration.max_per_person")
    ctx.step(f"脱贫人口通过有组织劳务输出到户籍所在县以外地区就业的，给予不超过{fmt_money(cap.d)}/人一次性求职补贴。", POVERTY_MIGRATION)
    if ctx.get("organized_migration") is False:
        # “村里组织我们去县城的厂里上班”: in the home county, not 户籍所在县以外
        return ctx.result("not_eligible", None, None, "按四川省规定，该一次性求职补贴只给通过有组织劳务输出到户籍所在县以外地区就业的脱贫人口；在本县就业的不符合条件。")
    if has_category(ctx, "脱贫人口").ok is False and not ctx.get("person_categories"):
        # “还有1个一般户（不是脱贫户）也跟着去了”: one said not to be of the 脱贫人口
        return ctx.result("not_eligible", None, None, "按四川省规定，该一次性求职补贴只给通过有组织劳务输出到户籍所在县以外地区就业的脱贫人口；不是脱贫人口的不符合条件。")
    total, text = _times(cap.d, _people(ctx))
    if text:
        ctx.step(f"按上限：{text}。", POVERTY_MIGRATION)
    return ctx.result("amount", total, "元（上限）" if text else "元/人（上限）", f"按四川省规定，脱贫人口通过有组织劳务输出到户籍所在县以外地区就业的，给予不超过{fmt_money(cap.d)}/人的一次性求职补贴{('；按上限' + text) if text else ''}。")


def assistance_base(ctx: Context) -> Outcome:
    """三、（十六）: an enterprise employing 10 or more 脱贫人口 may be rated a 就业帮扶基地 and get 5万元.

    >>> from assistant.rules.registry import evaluate
    >>> evaluate("sc.assistance_base_award", {"hires_count": 8}, date(2024, 9, 1)).verdict
    'not_eligible'

    Only 脱贫人口 count: of hires said by kind (“9个脱贫户，另外3个失业人员”), those of that kind.

    >>> evaluate("sc.assistance_base_award", {"hires_count": 12, "category_counts": {"脱贫人口": 9}}, date(2024, 9, 1)).verdict
    'not_eligible'
    """
    least, award = ctx.p("sc.assistance_base.min_hires"), ctx.p("sc.assistance_base.award")
    ctx.step(f"吸纳脱贫人口就业{fmt_number(least.d)}人以上的企业，可以认定为就业帮扶基地，并给予{fmt_money(award.d)}一次性奖补。", ASSISTANCE_BASE)
    people = _people(ctx)
    by_kind = dict(ctx.get("category_counts") or ())
    if by_kind.get("脱贫人口") is not None and people is not None and by_kind["脱贫人口"] < people:
        ctx.step(f"所说的{people}人中，脱贫人口{by_kind['脱贫人口']}人；只计脱贫人口。", ASSISTANCE_BASE)
        people = by_kind["脱贫人口"]
    ctx.compare("hires_count", least, "at_least", value=people)
    if people is None:
        ctx.need("hires_count")
        return ctx.incomplete(f"按四川省规定，吸纳脱贫人口就业{fmt_number(least.d)}人以上的企业，可以认定为就业帮扶基地，并给予{fmt_money(award.d)}一次性奖补。")
    if people < least.d:
        ctx.step(f"吸纳{people}人，不足{fmt_number(least.d)}人。", ASSISTANCE_BASE)
        return ctx.result("not_eligible", None, None, f"按四川省规定，须吸纳脱贫人口就业{fmt_number(least.d)}人以上才能认定为就业帮扶基地；您吸纳{people}人，暂不符合。")
    ctx.step(f"吸纳{people}人，达到{fmt_number(least.d)}人以上。", ASSISTANCE_BASE)
    return ctx.result("amount", award.d, "元", f"按四川省规定，吸纳脱贫人口就业{fmt_number(least.d)}人以上的企业可以认定为就业帮扶基地，给予{fmt_money(award.d)}一次性奖补。")


def skill_upgrade(ctx: Context) -> Outcome:
    """四、（十九）: 技能提升补贴 for people insured a year or more (to 2024-12-31)."""
    years = ctx.p("sc.skill_upgrade.min_insured_years")
    ctx.step(f"参加失业保险{fmt_number(years.d)}年以上的企业在职职工或领取失业金人员取得技能人员职业资格证书或职业技能等级证书的，可按规定给予技能提升补贴。", UPGRADE)
    if ctx.get("employment_form") == "灵活就业" and ctx.get("enterprise_employee") is not True:
        # “自己开修车铺，社保按灵活就业交的”: neither an enterprise's employee nor one drawing unemployment benefit
        return ctx.result("not_eligible", None, None, "按四川省规定，技能提升补贴针对参加失业保险的企业在职职工或领取失业金人员；灵活就业（个体经营）人员不在其列。")
    months = said_text(ctx, "insured_months", "个月")
    met = ctx.compare("insured_months", years, "at_least", limit=years.d * 12, unit="个月") if months is not None else None
    if met is None:  # not said, or a range across the limit (“交了十来个月”): the figure is asked
        ctx.need("insured_months")
        return ctx.incomplete()
    if not met:
        return ctx.result("not_eligible", None, None, f"按四川省规定，须参加失业保险{fmt_number(years.d)}年以上；目前{months}，不符合技能提升补贴条件。")
    return ctx.result("eligible", None, None, f"按四川省规定，参加失业保险{fmt_number(years.d)}年以上并取得技能人员职业资格证书或职业技能等级证书的，可按规定申领技能提升补贴。")


def _rule(id, title, topic, citations, formula, inputs=(), parameters=(), *, selector=(), period=None, kind="amount", reading="", event=None) -> Rule:
    return Rule(
        id=id,
        title=title,
        region=REGION,
        topic=topic,
        citations=tuple(citations),
        formula=formula,
        inputs=tuple(inputs),
        parameters=tuple(parameters),
        selector=tuple(selector),
        period=period,
        kind=kind,
        reading=reading,
        event=event,
    )


# 一、（三） and 四、（十九） end on their own day (“执行期限至2024年12月31日”, quoted in REFUND and UPGRADE):
# the registry reads it from the quote (assistant.periods), inside the document's period.
RULES: tuple[Rule, ...] = (
    _rule("sc.absorb_employment_subsidy", "一次性吸纳就业补贴", "absorb_employment_subsidy", (ABSORB,), absorb, ("contract_years", "person_categories", "hires_count", "social_insurance_paid", "asks_whether", "graduation_year"), ("sc.absorb.per_person", "sc.absorb.min_contract_years")),
    _rule("sc.tax_deduction", "招用脱贫人口、失业人员扣减税费", "tax_deduction", (TAX,), tax_deduction, ("hires_count", "whole_period", "period_years", "person_categories", "excluded_categories", "registered_unemployed"), ("sc.tax.per_person_year", "sc.tax.years")),
    _rule(
        "sc.stabilization_refund",
        "失业保险稳岗返还",
        "stabilization_refund",
        (REFUND, REFUND_TERMS),
        refund,
        ("insured_months", "headcount", "layoff_rate", "layoffs_count", "employer_size", "unemployment_insurance_paid", "asks_whether"),
        ("sc.refund.large_share", "sc.refund.sme_share", "sc.refund.min_insured_months", "sc.refund.small_headcount", "sc.refund.small_layoff_rate"),
        reading="“上年度全国城镇调查失业率控制目标”的数值不在语料库中：30人以上企业有裁员时只能提示该前提，不作判断。",
    ),
    _rule(
        "sc.startup_subsidy",
        "一次性创业补贴（1万元）",
        "startup_subsidy",
        (STARTUP,),
        startup,
        ("person_categories", "excluded_categories", "years_since_graduation", "graduation_year", "graduation_years_ago", "graduation_month", "first_startup", "operating_years", "registration_date", "asks_whether", "people_count", "amount_basis"),
        ("sc.startup.amount", "sc.startup.min_operating_years", "sc.startup.years_after_leaving"),
    ),
    _rule(
        "sc.startup_loan",
        "创业担保贷款额度与贴息",
        "startup_loan",
        (LOAN,),
        loan,
        ("employer_size", "applies_as", "loan_amount", "interest_rate", "loan_at_ceiling", "asks_interest_subsidy", "loan_interest"),
        ("sc.loan.individual_max", "sc.loan.enterprise_max", "sc.loan.interest_share"),
        reading="给出贷款额和年利率时，财政贴息按“贷款额（不超过最高额度）×年利率×50%”计一年。",
    ),
    _rule(
        "sc.flexible_si_subsidy",
        "灵活就业社会保险补贴",
        "social_insurance_subsidy",
        (FLEXIBLE,),
        flexible_si,
        ("person_categories", "excluded_categories", "contribution", "contribution_monthly", "contribution_yearly", "period_years", "whole_period", "years_since_graduation", "graduation_year", "graduation_years_ago", "graduation_month", "employed", "asks_whether"),
        ("sc.flexible_si.share", "sc.flexible_si.years_after_leaving"),
        selector=(("employment_form", "灵活就业"),),
    ),
    _rule("sc.internship_subsidy", "就业见习补贴（见习单位）", "internship_subsidy", (INTERNSHIP,), internship, ("min_wage", "interns_count", "internship_months", "amount_basis", "asks_per_month", "asks_whether", *_INTERN_SAID, "employed"), ("sc.internship.min_wage_share", "sc.internship.years_after_leaving", "sc.internship.youth_min_age", "sc.internship.youth_max_age")),
    _rule("sc.internship_base_award", "就业见习基地一次性奖补", "internship_base_award", (BASE,), internship_base, ("base_level",), ("sc.internship_base.national", "sc.internship_base.provincial")),
    _rule("sc.poverty_service_subsidy", "组织脱贫人口就业的就业创业服务补助", "poverty_service_subsidy", (POVERTY_SERVICE,), poverty_service, ("hires_count", "people_count", "contract_years", "social_insurance_paid"), ("sc.poverty_service.per_person", "sc.poverty_service.min_contract_years")),
    _rule("sc.poverty_migration_job_seeking", "脱贫人口有组织劳务输出一次性求职补贴", "job_seeking_subsidy", (POVERTY_MIGRATION,), poverty_migration, ("hires_count", "people_count", "organized_migration", "person_categories", "excluded_categories"), ("sc.poverty_migration.max_per_person",), selector=(("organized_migration", "*"),)),
    _rule("sc.assistance_base_award", "就业帮扶基地一次性奖补", "assistance_base_award", (ASSISTANCE_BASE,), assistance_base, ("hires_count", "people_count", "category_counts"), ("sc.assistance_base.min_hires", "sc.assistance_base.award")),
    _rule("sc.job_seeking_subsidy", "一次性求职补贴（1500元）", "job_seeking_subsidy", (JOB_SEEKING,), job_seeking, ("person_categories", "in_graduation_year", "graduation_year", "graduation_years_ago", "graduation_month", "people_count", "hires_count", "amount_basis", "asks_whether", "seeking_work"), ("sc.job_seeking.amount",)),
    _rule(
        "sc.skill_upgrade_subsidy",
        "技能提升补贴",
        "skill_upgrade_subsidy",
        (UPGRADE,),
        skill_upgrade,
        ("insured_months", "level_obtained_date", "employment_form", "enterprise_employee"),
        ("sc.skill_upgrade.min_insured_years",),
        kind="eligibility",
        event="level_obtained_date",
    ),
)
