"""The aspect a question asks (次数, 期限, 金额, 对象, 条件, 办理, 有效期) and the sentence that answers it.

Declared in ``assistant/data/aspects.yaml``; read here only.  ``Assistant._quote`` adds
``bonus`` to a sentence's word-overlap score so that the quote shown contains the answer to
what was asked, not only the article's topic.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.config import DATA_DIR
from assistant.datafile import load_yaml


@dataclass(frozen=True)
class Aspect:
    id: str
    label: str
    asked: tuple[re.Pattern[str], ...]
    answer: tuple[re.Pattern[str], ...]
    # its answer words state the answer themselves (处以…、取消资格), without a figure or a level
    worded: bool = False
    # the sentence answering it is the answer itself, over a rule waiting for the person's facts (不将学历…作为限制性条件)
    states: bool = False


@functools.lru_cache(maxsize=1)
def aspects() -> tuple[Aspect, ...]:
    data = load_yaml((DATA_DIR / "aspects.yaml").read_text(encoding="utf-8"))
    return tuple(
        Aspect(a["id"], a["label"], tuple(re.compile(p) for p in a["asked"]), tuple(re.compile(p) for p in a["answer"]), bool(a.get("worded")), bool(a.get("states")))
        for a in data["aspects"]
    )


@functools.lru_cache(maxsize=4)
def _asked_given(section: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A declared pair of aspects.yaml: how a question asks for something, how a passage states it."""
    data = load_yaml((DATA_DIR / "aspects.yaml").read_text(encoding="utf-8"))[section]
    return re.compile("|".join(data["asked"])), re.compile("|".join(data["given"]))


def asks_figure(question: str) -> bool:
    """Does the question ask for an amount?

    >>> asks_figure("拿到高级工证能补多少钱？"), asks_figure("能评副高吗")
    (True, False)
    >>> asks_figure("政府补贴比例是多少？能补几成？"), asks_figure("补贴比例怎么定的")
    (True, False)
    """
    return _asked_given("figure")[0].search(question) is not None


@functools.lru_cache(maxsize=1)
def _not_subject() -> tuple[str, ...]:
    return tuple(load_yaml((DATA_DIR / "aspects.yaml").read_text(encoding="utf-8"))["figure"].get("not_subject") or ())


def figure_clauses(question: str, within: int = 2, asked: re.Pattern[str] | None = None) -> tuple[str, ...]:
    """The words a figure is asked of, nearest first: the clause that asks it (to its end: “给多少
    培养经费”; ``asked``: another aspect's asking, the conditions), then the clause before it (the ``within``
    last clauses of its sentence), then the last two clauses of the sentence before (“拿一等奖
    有奖金吗？给多少？”); the asking's own words (最多, 每人, 按天) left out; () when no figure is asked.

    >>> figure_clauses("国家级高技能人才培训基地评上了，中央给补助多少钱？")
    ('中央给补助多少钱', '国家级高技能人才培训基地评上了')
    >>> figure_clauses("选上的领军人才，国家每人给多少培养经费？")
    ('国家给多少培养经费', '选上的领军人才')
    >>> figure_clauses("我在杭州，干了三年。见习补贴能领多少？")
    ('见习补贴能领多少', '干了三年', '我在杭州')
    >>> figure_clauses("能评副高吗")
    ()
    """
    m = (asked or _asked_given("figure")[0]).search(question)
    if m is None:
        return ()
    stop = re.search(r"[，,、。！？!?；;\n]", question[m.end() :])
    text = question[: m.end() + (stop.start() if stop else len(question) - m.end())]
    for word in _not_subject():
        text = text.replace(word, "")
    sentences = [s for s in re.split(r"[。！？!?；;\n]", text) if s.strip()]
    last = [c for c in re.split(r"[，,、]", sentences[-1]) if c]
    before = [c for c in re.split(r"[，,、]", sentences[-2]) if c] if len(sentences) > 1 else []
    return tuple(reversed(last[-within:])) + tuple(reversed(before[-2:]))


def gives_figure(text: str) -> bool:
    """Does a passage state an amount or a rate?

    >>> gives_figure("标准提高到2000元/人"), gives_figure("按规定给予技能提升补贴")
    (True, False)
    """
    return _asked_given("figure")[1].search(text) is not None


@functools.lru_cache(maxsize=1)
def _national_passage() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_yaml((DATA_DIR / "aspects.yaml").read_text(encoding="utf-8"))["national_passage"]
    return tuple(re.compile("|".join(data[k])) for k in ("deferral", "money_asked", "money_given"))  # type: ignore[return-value]


def national_passage_decides(question: str, quote: str) -> bool:
    """Does the sentence a national passage is quoted by decide the point asked by itself, so that it
    answers a person in a province the corpus holds no documents for?  Not when it leaves the point to
    the provinces, nor — a figure asked — when it states none, nor — a sum of money asked — when it
    states no sum.

    >>> national_passage_decides("见习期满留用率要到多少才能提高标准？", "对见习期满留用率达到50%以上的单位，可适当提高见习补贴标准。")
    True
    >>> national_passage_decides("见习补贴每人每月给单位补多少钱？", "对见习期满留用率达到50%以上的单位，可适当提高见习补贴标准。")
    False
    >>> national_passage_decides("公益岗补贴每月发多少？", "补贴标准参照当地最低工资标准执行。")
    False
    >>> national_passage_decides("培训补贴标准谁定？", "具体补贴标准由省级人力资源社会保障、财政部门结合当地实际确定。")
    False
    >>> national_passage_decides("职工教育经费至少多少比例用于一线职工？", "60%以上用于一线职工教育和培训。")
    True
    """
    deferral, money_asked, money_given = _national_passage()
    if deferral.search(quote):
        return False
    if money_asked.search(question) and not money_given.search(quote):
        return False
    return not asks_figure(question) or gives_figure(quote)


def asks_process_time(question: str) -> bool:
    """Does the question ask how long a procedure takes?

    >>> asks_process_time("材料交上去一般多久能出遴选结果？"), asks_process_time("补贴期限最长几年")
    (True, False)
    """
    return _asked_given("process_time")[0].search(question) is not None


def gives_process_time(text: str) -> bool:
    """Does a passage state a time limit for a procedure?

    >>> gives_process_time("在15个工作日内完成审核"), gives_process_time("经单位申报、专家评审、技术评估")
    (True, False)
    """
    return _asked_given("process_time")[1].search(text) is not None


def asks_after_corpus(question: str) -> bool:
    """Does the question ask what happened after the documents held (出新标准没有、延续了没有)?  No rule
    of a document held answers that, whatever it says of its own time.

    >>> asks_after_corpus("还是每人300吗？今年出新标准没有？"), asks_after_corpus("每人补多少？")
    (True, False)
    """
    return any(_asked_given(d)[0].search(question) for d in ("later_document", "extension"))


@dataclass(frozen=True)
class _Detail:
    missing: str
    asked: re.Pattern[str]
    given: re.Pattern[str]
    kin: dict[str, tuple[str, ...]]
    over_rule: bool  # no rule's verdict or figure answers it
    within_clause: bool
    unless_figure: bool = False  # over a rule that computed a figure, the figure may be the answer
    given_of: dict[str, re.Pattern[str]] | None = None  # what states it, by what it is asked of
    named_as: str | None = None  # how a stating sentence names what it is of ({} the word: 申报…特级技师)
    tail: int = 0  # what it is of is the longest tail (of this many characters at least) of the words asked that the passages hold
    named_as_of: dict[str, str] | None = None  # ``named_as`` by what it is asked of
    instead_of_figure: bool = False  # the figure asked is this one: a rule's figure (the addition) does not answer it


@functools.lru_cache(maxsize=1)
def _details() -> tuple[_Detail, ...]:
    data = load_yaml((DATA_DIR / "aspects.yaml").read_text(encoding="utf-8"))
    return tuple(
        _Detail(
            data[d]["missing"], *_asked_given(d), {k: tuple(v) for k, v in (data[d].get("kin") or {}).items()},
            bool(data[d].get("over_rule")), data[d].get("within") == "clause", bool(data[d].get("unless_figure")),
            {k: re.compile("|".join(v)) for k, v in (data[d].get("given_of") or {}).items()}, data[d].get("named_as"),
            int(data[d].get("tail") or 0), dict(data[d].get("named_as_of") or {}), bool(data[d].get("instead_of_figure")),
        )
        for d in data["details"]
    )


def asks_detail(question: str, name: str) -> bool:
    """Whether the question asks the detail declared as ``name`` in aspects.yaml.

    >>> asks_detail("34号文到期了，有没有出新文件接上？", "later_document"), asks_detail("34号文现在还有效吗", "later_document")
    (True, False)
    """
    return _asked_given(name)[0].search(question) is not None


def unstated_detail(question: str, passages: list[str], over_rule: bool = False, rule_figure: bool = False) -> str | None:
    """What the question asks (a time limit, a number of sessions or places) that none of the
    passages states, as the words to name it by; None when nothing such is asked or one states it.
    With ``over_rule`` (a rule answered the question), only the details no rule's verdict or figure
    answers (an address, a late fee, a share drawn) are looked for; with ``rule_figure`` (the rule
    computed a figure) not those a figure may answer (a share asked: ``unless_figure``).

    >>> unstated_detail("公共实训基地的地址在哪？培训收费吗", ["公共实训基地可按规定享受资金支持。"], over_rule=True)
    '具体的名单、地址等办事信息（语料只有政策规定，没有这类信息）'
    >>> unstated_detail("每年办几期？", ["每年举办高级研修班。"], over_rule=True) is None
    True
    >>> unstated_detail("社保费缓缴到期补上，要加收滞纳金吗？", ["可按规定申请阶段性缓缴社会保险费。"])
    '补缴时的滞纳金或罚息规定'
    >>> unstated_detail("工会经费按工资的多少比例提取？", ["企业足额提取工会经费，40%以上用于基层。"])
    '所问的提取或计提比例'
    >>> unstated_detail("工会经费按工资的多少比例提取？", ["企业按工资总额2%提取工会经费。"]) is None
    True
    >>> unstated_detail("见习补贴这笔支出企业所得税能扣除吗", ["符合规定的支出，可以在计算企业所得税应纳税所得额时扣除。"]) is None
    True
    >>> unstated_detail("培训费企业所得税能扣吗", ["企业按规定使用职工教育经费，开展职工培训。"])
    '所问的税前扣除规定'

    >>> unstated_detail("数字技能人才培养项目报名要啥学历？中专能报吗", ["实施数字技能人才培养项目，每年培养一批人才。"])
    '所问的学历条件'
    >>> unstated_detail("评职称要什么学历？", ["不将学历、论文作为限制性条件。"]) is None
    True
    >>> unstated_detail("江西知识更新工程每年办几期高级研修班，每期多少人？", ["每年举办高级研修班，培训高层次人才。"])
    '具体的期数、人数或名额'
    >>> unstated_detail("每年办几期？", ["每年举办高级研修班3期。"]) is None, unstated_detail("能评副高吗", ["……"]) is None
    (True, True)
    >>> unstated_detail("失业保险费率是多少？", ["见习留用率达到50%以上的，提高补贴标准。"])
    '具体的费率、税率或比率'
    >>> unstated_detail("失业保险费率是多少？", ["阶段性降低失业保险费率至1%。"]) is None
    True
    >>> unstated_detail("补贴一般多久能拨款到账？", ["人社部门在15个工作日内出具审核意见。"])
    '办理时限'
    >>> unstated_detail("补贴多久能到账？", ["审核通过后30个工作日内将补贴资金拨付到单位账户。"]) is None
    True
    >>> unstated_detail("创业担保贷款最长能贷几年？到期还不上能展期吗", ["个人最高可贷30万元，由财政部门按规定给予50%贴息。"])
    '贷款期限与展期规定'
    >>> unstated_detail("电子券具体在哪个App上领？", ["发放职业技能培训评价电子券。"])
    '具体的办理渠道（App、网站或小程序）'
    >>> unstated_detail("我48岁，下岗一年多了，这样算不算就业困难人员？", ["合理确定并动态调整就业困难人员认定标准。"])
    '该类人员的认定标准（语料只提到这类人员，认定标准由相关法规或当地确定）'
    >>> unstated_detail("这样算不算就业困难人员？", ["本方案所称就业困难人员是指因身体状况、技能水平等原因难以实现就业的人员。"]) is None
    True
    >>> unstated_detail("江西考技师，需要拿到高级工证满几年才能报？", ["同意3家技工院校增加自主认定备案职业（工种）。"])
    '所问的年限条件'
    >>> unstated_detail("技师证拿了几年才能评中级？", ["取得技师后，从事技术技能工作满3年，可申报中级职称。"]) is None
    True
    >>> unstated_detail("高级技师要干满几年才能评首席技师？", ["取得高级技师后从事本职业满4年，可申报副高级职称。首席技师从特级技师中产生。"])
    '所问的年限条件'
    >>> unstated_detail("高级技师干满几年才能评副高？", ["取得高级技师后从事本职业满4年，可申报副高级职称。"]) is None
    True
    """
    found = unstated_detail_of(question, passages, over_rule, rule_figure)
    return found[0] if found is not None else None


def replaces_figure(missing: str) -> bool:
    """Whether the detail named ``missing`` is the figure asked in place of any a rule computed
    (the base an addition is made on: 国家奖励 under 在国家奖励基础上增5万元).

    >>> replaces_figure("所加基数的具体数额（语料只写明在该基础上增加的部分，没有给出基数是多少）"), replaces_figure("办理时限")
    (True, False)
    """
    return any(d.instead_of_figure and d.missing == missing for d in _details())


def unstated_detail_of(question: str, passages: list[str], over_rule: bool = False, rule_figure: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """``unstated_detail`` with the words naming what the detail is asked of (() when it is asked of
    nothing named), so that the passage shown beside the decline is the one that names it.

    >>> unstated_detail_of("就业补助资金里“法律法规禁止的其他支出”具体指哪些？", ["（七）按规定应由其他财政资金渠道安排的支出。（八）法律法规禁止的其他支出。"])[1]
    ('法律法规禁止的其他支出',)
    >>> unstated_detail_of("其他支出具体指什么？", ["其他支出是指经国务院批准同意的支出。"]) is None
    True

    A web address is stated only written out; a login only by an account or registration:

    >>> unstated_detail_of("那个申报平台网址是多少？", ["统一通过“浙江省专业技术职务任职资格申报与评审管理服务平台”申报职称。"])[0][:6]
    '具体的网址（'
    >>> unstated_detail_of("专区网址是多少？", ["开通就业见习服务专区（https://rst.shanxi.gov.cn/fwpt/wsjb/）。"]) is None
    True
    >>> unstated_detail_of("要用什么账号登录？", ["评价机构信息可登录技能人才评价工作网（网址http://jndj.osta.org.cn）查询。"])[0][:7]
    '登录或注册方式'

    The value of the standard an amount is pegged to, asked as such, is stated only as that standard's own figure:

    >>> held = ["按月发放不低于当地最低工资标准的基本生活补助。", "给予当地最低工资标准60%的见习补贴和每人240元的保费补贴。"]
    >>> unstated_detail_of("文件说不低于当地最低工资标准，那具体是多少钱？", held)
    ('所挂钩标准的具体数额（语料只写明参照或不低于该标准，没有给出该标准是多少）', ('当地最低工资标准',))
    >>> unstated_detail_of("文件说不低于当地最低工资标准，那具体是多少钱？", held + ["当地最低工资标准为1880元。"]) is None
    True
    """
    for d in _details():
        if over_rule and (not d.over_rule or (rule_figure and d.unless_figure)):
            continue
        asked = d.asked
        m = asked.search(question)
        if m is None:
            continue
        has_of = lambda match: any(k.startswith("of") and v for k, v in match.groupdict().items())  # noqa: E731
        later, at = m, m.start() + 1
        while not has_of(m) and (later := asked.search(question, at)) is not None:
            # “批下来以后多久能打到账上”: a later reading that says what the detail is of (打到账上) is the one asked
            m, at = (later, at) if has_of(later) else (m, later.start() + 1)
        group, of = next(((k, v) for k, v in m.groupdict().items() if k.startswith("of") and v), (None, None))
        key = group.removesuffix("_after") if group else None
        if d.tail and of:
            # “文件说跟工伤保险工亡一次性赔付标准…”: the thing is the longest tail that the passages hold (工伤保险工亡
            # 一次性赔付标准; “…要遵循的原则，具体有哪些” → 原则); none held, the words as asked (named by no sentence)
            of = next((of[i:] for i in range(len(of) - d.tail + 1) if any(of[i:] in p for p in passages)), of)
        words = d.kin.get(key, (of,)) if key else ()
        given = (d.given_of or {}).get(key or "", d.given)
        split = r"[，,。；;\n]" if d.within_clause else r"[。；;\n]"
        sentences = [s for p in passages for s in re.split(split, p)] if of else passages
        named_as = (d.named_as_of or {}).get(key or "", d.named_as)
        names = (lambda s: any(w in s for w in words)) if named_as is None else (lambda s: any(re.search(named_as.replace("{}", re.escape(w)), s) for w in words))
        if not any(given.search(s) and (not of or names(s)) for s in sentences):
            return d.missing, tuple(words)
    return None


@functools.lru_cache(maxsize=1)
def _set_elsewhere() -> tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_yaml((DATA_DIR / "aspects.yaml").read_text(encoding="utf-8"))["set_elsewhere"]
    return data["missing"], re.compile("|".join(data["asked"])), re.compile("|".join(data["deferral"])), re.compile("|".join(data["deferral_figure"]))


def detail_set_elsewhere(question: str, quote: str, article: str, passages: tuple[str, ...] = ()) -> str | None:
    """A detail asked (a standard, the materials, how much) that the quoted sentence leaves to
    another text (另行制定, 按照有关规定执行, 按规定予以) — as the words to name it by; None when
    nothing such is asked, or the quote or (for an amount) its article gives a figure.

    >>> detail_set_elsewhere("备案要交哪些材料？", "备案管理等经办规程另行制定印发。", "")
    '所问的具体规定（该条只写明另行制定或按有关规定执行，语料未收录）'
    >>> detail_set_elsewhere("备案要交哪些材料？", "申请备案须提交申请表、营业执照复印件。", "") is None
    True
    >>> detail_set_elsewhere("学费奖补能补多少钱？", "按规定予以学费奖补。", "按规定予以学费奖补，标准为每人每年8000元。") is None
    True
    >>> detail_set_elsewhere("贷款利息能给贴多少？", "由财政部门按规定给予50%贴息。", "") is None
    True
    >>> detail_set_elsewhere("公益性岗位补贴每月多少钱？", "补贴标准参照当地最低工资标准执行。", "")[:7]
    '所问的具体规定'
    >>> detail_set_elsewhere("公益性岗位补贴标准怎么定？", "补贴标准参照当地最低工资标准执行。", "") is None
    True
    >>> detail_set_elsewhere("就业困难人员认定标准是什么？", "给予一次性吸纳就业补贴。", "", ("合理确定并动态调整就业困难人员认定标准。",))[:7]
    '所问的具体规定'
    """
    missing, asked, deferral, pegged = _set_elsewhere()
    m = asked.search(question)
    if m is None and not asks_figure(question):
        return None
    if deferral.search(quote) or (asks_figure(question) and pegged.search(quote)):
        if gives_figure(quote) or ((asks_figure(question) or "多少" in question) and gives_figure(article)):
            return None  # “由财政部门按规定给予50%贴息”: the figure is there beside the 按规定
        return missing
    # the quote states something: declined only when every sentence naming the thing asked leaves it elsewhere
    of = m.group("of") if m is not None else None
    naming = [s for p in passages for s in re.split(r"[。；;\n]", p) if of and of in s]
    return missing if naming and all(deferral.search(s) for s in naming) else None


def asked_aspects(question: str) -> tuple[Aspect, ...]:
    """The aspects a question asks about, in declaration order.

    >>> [a.id for a in asked_aspects("职业培训补贴一个人最多能领几次")]
    ['times']
    >>> [a.id for a in asked_aspects("评价机构有效期快到了，要提前多久申请延续")]
    ['duration', 'validity']
    >>> asked_aspects("你好")
    ()
    """
    return tuple(a for a in aspects() if any(p.search(question) for p in a.asked))


def stating_sentence(question: str, text: str) -> str | None:
    """The sentence of ``text`` that is itself the answer to an aspect the question asks whose answer a
    sentence states (``states``: 学历有限制吗 → 不将学历、论文…作为…限制性条件), or None.

    >>> stating_sentence("浙江技能人才评职称要不要论文", "1.基本条件。淡化学历要求，具备高级工以上职业技能等级，均可参加相应系列职称评审，不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件。高技能人才参加职称评审应在现工作岗位上近3年年度考核合格。")
    '淡化学历要求，具备高级工以上职业技能等级，均可参加相应系列职称评审，不将学历、论文、外语、计算机等作为高技能人才参加职称评审的限制性条件'
    >>> stating_sentence("高级技师能评副高吗", "不受学历、资历、年限等限制。") is None
    True
    """
    wanted = tuple(a for a in asked_aspects(question) if a.states)
    if not wanted:
        return None
    for sentence in re.split(r"[。；]", text):
        if answers(sentence, wanted):
            return sentence.strip()
    return None


def answers(sentence: str, wanted: tuple[Aspect, ...]) -> int:
    """How many of the aspects asked the sentence answers.

    >>> answers("每人累计最多享受3次。", asked_aspects("最多能领几次"))
    1
    >>> answers("对符合条件的人员给予职业培训补贴。", asked_aspects("最多能领几次"))
    0
    """
    return sum(1 for a in wanted if any(p.search(sentence) for p in a.answer))


@dataclass(frozen=True)
class Passage:
    """An article as ``figure_unstated`` reads it: ``head`` is what names its subject (the article's
    headings and first sentence), ``text`` the article with its items, ``title`` its document's title
    (江苏省技能人才培训补贴管理办法 states the subsidy's figures in 第三条, which names it nowhere)."""

    key: object
    head: str
    text: str
    title: str = ""  # its document's title: a document named for the thing states it wherever it states a figure


@dataclass(frozen=True)
class _ThingAspect:
    """An aspect asked of a particular thing (a figure, the conditions), declared in aspects.yaml
    (``figure_of``, ``conditions_of``): how it is asked, the kinds of word that end a thing's name, the
    kinds that name nothing alone, and what a sentence stating it looks like."""

    asked: re.Pattern[str]
    kinds: re.Pattern[str]
    generic: frozenset[str]
    at_most: int
    modifier_when: re.Pattern[str]
    told: re.Pattern[str]
    # how a stating sentence names the thing as what one qualifies for (认定为…产业园, 中原技能大奖的评选), not as a
    # condition of something else (获得中原技能大奖的高级技师 may 申报正高): before its first word, after its last
    target_before: re.Pattern[str] | None = None
    target_after: re.Pattern[str] | None = None
    held: re.Pattern[str] | None = None  # said as what the person has (拿了中华技能大奖): not what is asked of
    never_first: frozenset[str] = frozenset()  # words a name never starts with (认定为, 参加)


@functools.lru_cache(maxsize=None)  # one per aspect read (figure_of, conditions_of, count_of): parsed once each
def _thing_aspect(section: str) -> _ThingAspect:
    data = load_yaml((DATA_DIR / "aspects.yaml").read_text(encoding="utf-8"))
    own = data[section]
    kinds = re.compile("(?:" + "|".join(sorted(map(re.escape, own["kinds"]), key=len, reverse=True)) + ")")
    generic = frozenset(own["generic"]) | frozenset(data["figure_of"]["not_things"])  # neither names the thing asked of
    if section == "figure_of":  # a figure: as ``asks_figure`` reads it, stated by a figure or the base it is paid at
        asked, told = _asked_given("figure")[0], re.compile("|".join([*data["figure"]["given"], *own["basis"]]))
    else:
        asked, told = re.compile("|".join(own["asked"])), re.compile("|".join(own["told"]))
    target = own.get("target") or {}
    return _ThingAspect(
        asked, kinds, generic, int(data["figure_of"]["modifier_at_most"]), re.compile(own.get("modifier_when") or "(?!)"), told,
        re.compile(target["before"]) if "before" in target else None, re.compile(target["after"]) if "after" in target else None,
        re.compile(f"(?:{own['held']})$") if own.get("held") else None, frozenset(data["figure_of"]["never_first"]),
    )


_QUOTED = re.compile(r"[“「『\"]([^”」』\"]{2,16})[”」』\"]")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")


def _cut(text: str) -> list[str]:
    from assistant.tokenize import _jieba

    return list(_jieba().cut(text, HMM=False))


def things_asked(question: str, attested, held_by=lambda phrase: 1, titles: tuple[str, ...] = (), aspect: str = "figure_of") -> tuple[str, ...]:
    """The things a figure is asked of, as the corpus names them: a name quoted in the question
    (“金蓝领”, “一县一品”), or the longest run of words ending in a declared kind (津贴, 基地, 大奖 …)
    in the clauses ``figure_clauses`` returns that the corpus holds (``attested``), less a leading
    word of one character; a kind alone names nothing, the words before it do when the corpus holds
    them in few passages (``held_by``: how many; at most ``figure_of.modifier_at_most``) and the kind
    is what the figure is asked of (``figure_of.modifier_when``: 午餐补贴标准是多少, not 整个补贴期).  A
    document's name (the end of one of ``titles``: 领军人才培育计划, or a quoted part of one: “人人持证、技能山西”)
    names the document, not a thing paid.

    >>> corpus = "用人单位可给予引进津贴。鼓励各地制定“金蓝领”计划。公共实训基地。见习补贴。解决午餐问题。"
    >>> things_asked("文件说用人单位可以给引进津贴，一般给多少？", corpus.__contains__)
    ('引进津贴',)
    >>> things_asked("入选“金蓝领”的每人每年给多少培养经费？", corpus.__contains__)
    ('金蓝领',)
    >>> things_asked("午餐补贴标准是多少", corpus.__contains__), things_asked("能评副高吗", corpus.__contains__)
    (('午餐',), ())
    """
    spec = _thing_aspect(aspect)
    kinds, generic, at_most, subject_of = spec.kinds, spec.generic, spec.at_most, spec.modifier_when
    clauses = figure_clauses(question, within=4, asked=spec.asked)  # “申报国家级高技能人才培训基地，要是评上了，中央给补多少钱”
    if not clauses:
        return ()
    found: list[str] = [m.group(1) for m in _QUOTED.finditer(question) if attested(m.group(1))]
    for clause in clauses:
        words = _cut(clause)
        ends = [sum(map(len, words[: i + 1])) for i in range(len(words))]
        starts = [0, *ends[:-1]]
        for m in kinds.finditer(clause):
            if m.end() not in ends:
                continue  # the kind inside a longer word (补贴性): not a name's end
            last = ends.index(m.end())
            # never from a word of one character (“第4届全市职业技能大赛”: 全市职业技能大赛, not 届全市…; 以工代训补贴 cut
            # into characters: not 训补贴)
            plain = last  # the run never crosses a quotation mark or other sign (“银发工匠”计划: 计划)
            while plain > 0 and _WORD.fullmatch(words[plain - 1]):
                plain -= 1
            first = next((i for i in range(max(plain, last - 6), last + 1) if (len(words[i]) > 1 or i == last) and words[i] not in spec.never_first and attested(clause[starts[i] : m.end()])), None)
            if first is None:
                continue
            named = clause[starts[first] : m.end()]
            if named not in generic:
                found.append(named)
                continue
            before = m.end() - len(named)  # 午餐补贴标准是多少: the corpus names 午餐, not 午餐补贴
            if before in ends and subject_of.match(clause[m.end() :]):
                at = ends.index(before)
                mod = next((clause[starts[i] : before] for i in range(max(0, at - 3), at + 1) if all(_WORD.fullmatch(w) for w in words[i : at + 1]) and attested(clause[starts[i] : before]) and held_by(clause[starts[i] : before]) <= at_most), None)
                if mod is not None and len(mod) >= 2 and mod not in generic:
                    found.append(mod)
    if spec.held is not None:
        found = [t for t in found if not any(spec.held.search(question[: m.start()]) for m in re.finditer(re.escape(t), question))]
    quoted = {m.group(1) for m in _QUOTED.finditer(question)}
    plain = [re.sub(r"[（(][^）)]*[)）]$", "", title) for title in titles]
    # a document named by the end of its title (领军人才培育计划, 产业园建设计划): nothing within that name is a thing paid
    named = [tail for title in plain for tail in (next((title[-n:] for n in range(len(title), 5, -1) if title[-n:] in question), None),) if tail]
    return tuple(
        t for t in dict.fromkeys(found)
        if not any(title.endswith(t) for title in plain) and not (t in quoted and any(t in title for title in titles)) and not any(t in doc for doc in named)
    )


def _names(sentence: str, thing: str, words: tuple[tuple[str, ...], ...]) -> bool:
    """Does the sentence name the thing — verbatim, or each of its words (国家级、省级…产业园 names 国家级产业园)?"""
    return thing in sentence or all(any(w in sentence for w in alts) for alts in words)


def figure_unstated(question: str, passages: list[Passage], attested, held_by=lambda phrase: 1, titles: tuple[str, ...] = ()) -> tuple[str, Passage] | None:
    """``thing_unstated`` for a figure asked."""
    return thing_unstated(question, passages, attested, held_by, titles, "figure_of")


def conditions_unstated(question: str, passages: list[Passage], attested, held_by=lambda phrase: 1, titles: tuple[str, ...] = ()) -> tuple[str, Passage] | None:
    """``thing_unstated`` for the conditions asked of a thing (产业园要达到什么条件才能被认定).

    >>> held = [Passage(1, "（六）", "支持有条件的地方建设省级人才服务产业园。对符合条件被认定为省级人才服务产业园的给予奖励。"), Passage(2, "（七）", "吸纳脱贫人口10人以上的企业可认定为帮扶车间。")]
    >>> corpus = "".join(p.text for p in held).__contains__
    >>> conditions_unstated("省级人才服务产业园要达到什么条件才能被认定？", held, corpus)[0]
    '省级人才服务产业园'
    >>> conditions_unstated("帮扶车间要满足什么条件？", held, corpus) is None
    True
    """
    return thing_unstated(question, passages, attested, held_by, titles, "conditions_of")


def count_unstated(question: str, passages: list[Passage], attested, held_by=lambda phrase: 1, titles: tuple[str, ...] = ()) -> tuple[str, Passage] | None:
    """``thing_unstated`` for a number of people (places, events) asked of a thing.

    >>> held = [Passage(1, "二、（一）", "实施数字技术工程师培育项目。开发培训教程，分职业开展规范化培训。"), Passage(2, "二、（二）", "力争用3年左右时间，全国新培育领军人才1.5万人次以上。")]
    >>> corpus = "".join(p.text for p in held).__contains__
    >>> count_unstated("数字技术工程师培育项目每年培养多少人", held, corpus)[0]
    '数字技术工程师培育项目'
    >>> count_unstated("数字技术工程师培育项目是什么", held, corpus) is None
    True
    """
    return thing_unstated(question, passages, attested, held_by, titles, "count_of")


def thing_unstated(question: str, passages: list[Passage], attested, held_by=lambda phrase: 1, titles: tuple[str, ...] = (), aspect: str = "figure_of") -> tuple[str, Passage] | None:
    """A thing the aspect asked is of (``things_asked``: a figure, the conditions) that the passages
    name but never state it of — no sentence naming it states it (a figure or the base it is paid
    at; a condition), and no article whose head names it does — with the first passage that names
    it; None when no such thing is asked.

    >>> held = [Passage(1, "五、（十）", "用人单位可给予引进津贴。"), Passage(2, "六、（十三）", "对新获全国技术能手称号人员增2万元奖励。")]
    >>> thing, where = figure_unstated("想引进一个全国技术能手，用人单位可以给引进津贴，一般给多少？", held, "".join(p.text for p in held).__contains__)
    >>> thing, where.key
    ('引进津贴', 1)
    >>> figure_unstated("全国技术能手奖励多少？", held, "".join(p.text for p in held).__contains__) is None
    True
    >>> paid = [Passage(3, "三、（二）", "给予见习单位当地最低工资标准60%的就业见习补贴。"), Passage(4, "四、", "见习补贴按月发放。")]
    >>> figure_unstated("见习补贴每月给多少？", paid, "".join(p.text for p in paid).__contains__) is None
    True
    """
    spec = _thing_aspect(aspect)
    if spec.asked.search(question) is None:
        return None
    from assistant.query import synonyms

    told = lambda s: spec.told.search(s) is not None  # noqa: E731
    plain = told  # (in a document whose title names the thing, what its articles state is of the thing)
    things = things_asked(question, attested, held_by, titles, aspect)
    # a thing that only modifies another asked (“技能等级认定的评价机构”): the other is what is asked of
    things = tuple(t for t in things if not any(u != t and u.startswith(f"{t}的") for u in things))
    # … and the other is asked by its head (“…的评价机构”: 评价机构) where the corpus holds that
    things = tuple(dict.fromkeys(t.rsplit("的", 1)[1] if "的" in t and len(t.rsplit("的", 1)[1]) >= 2 and attested(t.rsplit("的", 1)[1]) else t for t in things))
    for thing in things:
        alts = (thing, *synonyms().get(thing, ()))
        words = tuple((w, *synonyms().get(w, ())) for w in _cut(thing) if len(w) >= 2 or len(_cut(thing)) == 1)
        if spec.target_before is not None and words:
            # a condition is of the thing only where the sentence names it as what one qualifies for
            head, tail = words[0], words[-1]
            before = re.compile("(?:" + spec.target_before.pattern + ")[^。；，]{0,8}?(?:" + "|".join(map(re.escape, head)) + ")")
            after = re.compile("(?:" + "|".join(map(re.escape, tail)) + ")(?:" + spec.target_after.pattern + ")") if spec.target_after is not None else None
            told = lambda s, told=told, before=before, after=after: told(s) and (before.search(s) is not None or (after is not None and after.search(s) is not None))  # noqa: E731
        first: Passage | None = None
        stated = False
        for p in passages:
            sentences = [s for s in re.split(r"[。；;\n]", p.text) if s.strip()]
            if any(a in p.head for a in alts) or any(any(a in s for a in alts) for s in sentences):
                first = first or p
            if (_names(p.head, thing, words) and told(p.text)) or (thing in p.title and plain(p.text)) or any(_names(s, thing, words) and told(s) for s in sentences):
                stated = True
                break
        if first is not None and not stated:
            return thing, first
    return None
