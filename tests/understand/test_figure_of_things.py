"""A figure asked of a particular thing (an allowance, a centre, a contest, a quoted programme) is stated
only by a passage that names that thing with a figure or the base it is paid at.  Where the passages name
the thing and none gives its figure, the figure is not stated — whatever figures of other things stand
beside it.  (assistant/data/aspects.yaml `figure_of:`; assistant/understand/aspects.py ``things_asked``,
``figure_unstated``.)  Passages here are written for the test, not taken from the corpus."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.text import normalize
from assistant.understand.aspects import Passage, figure_unstated, things_asked

HELD = [
    Passage("a", "（五）加强人才引进", "支持职业院校引进高技能人才任教，用人单位可发放安家津贴。"),
    Passage("b", "（六）表彰激励", "对新获省劳动模范称号的人员给予3万元奖励。省里每两年组织一次青年技能竞赛。"),
    Passage("c", "（七）培训补贴", "面向失业人员开展职业技能培训的，补贴标准为每人每天80元。"),
    Passage("d", "（八）实训基地建设", "鼓励县级实训基地为小微企业提供岗前培训。"),
    Passage("e", "（九）“银发工匠”计划", "鼓励各地实施“银发工匠”计划，入选人员优先推荐评选表彰。"),
    Passage("f", "（十）见习", "见习单位可为见习人员解决交通问题。见习补贴按当地最低工资标准的70%发放。"),
    Passage("g", "（十一）吸纳就业", "对提前签订劳动合同的，给予单位最多2个月的剩余期限补贴。"),
    Passage("h", "（十二）产业园", "对认定为国家级、省级人才服务产业园的，分别给予150万元、80万元奖励。另支持市级人才服务产业园建设。"),
]
CORPUS = "\n".join(p.text for p in HELD)


def unstated(question: str, titles: tuple[str, ...] = ()):
    found = figure_unstated(normalize(question), HELD, CORPUS.__contains__, lambda phrase: 1, titles)
    return (found[0], found[1].key) if found else None


@pytest.mark.parametrize(
    ("question", "thing", "key"),
    [
        # an allowance the text names, beside another thing's figure
        ("我们学院想请个技术能手来教课，安家津贴一般给多少？有上限吗", "安家津贴", "a"),
        # a contest named, an award of another kind paid beside it
        ("参加了青年技能竞赛拿了第一，奖金有多少？", "青年技能竞赛", "b"),
        # a centre the text names, a training subsidy elsewhere
        ("我们是做五金的小厂，员工去县级实训基地培训，每人每天补多少钱？", "县级实训基地", "d"),
        # a programme named in quotation marks, in an earlier clause
        ("镇上搞“银发工匠”计划，我入选了，一年能给多少补助？", "银发工匠", "e"),
        # a kind that names nothing alone: the words before it, when the text holds them (交通补贴 → 交通)
        ("见习的单位管不管路费？交通补贴标准是多少一个月", "交通", "f"),
    ],
)
def test_a_figure_of_a_thing_named_only_without_one_is_not_stated(question, thing, key):
    assert unstated(question) == (thing, key)


@pytest.mark.parametrize(
    "question",
    [
        "新评上省劳动模范的，省里奖励多少钱？",  # the thing is named with its figure
        "失业了去参加职业技能培训，每天补多少？",  # stated in the article its heading names (培训补贴)
        "见习补贴一个月能给多少？",  # stated by the base it is paid at (最低工资标准)
        "见习生提前签了合同，剩余期限补贴能补多少？",  # stated as months of the subsidy (最多2个月)
        "被认定为国家级产业园的，奖励多少？",  # each word named with the figure (国家级、省级人才服务产业园)
        "县级实训基地在哪些方面给企业提供服务？",  # no figure asked
        "员工去培训，政府每人补多少钱？",  # no particular thing named
    ],
)
def test_a_thing_named_with_its_figure_or_no_thing_named_is_left_to_the_answer(question):
    assert unstated(question) is None


def test_a_documents_name_is_not_a_thing_paid():
    # “银发工匠”计划 here is the name of a document held: its figures are anywhere in it
    assert unstated("“银发工匠”计划里，入选的一年能给多少？", titles=("“银发工匠”计划实施方案",)) is None
    assert things_asked(normalize("人才服务产业园建设计划一年补多少钱？"), CORPUS.__contains__, titles=("人才服务产业园建设计划",)) == ()


def test_a_document_named_for_the_thing_states_it_where_it_gives_a_figure():
    held = [Passage("t1", "第一条", "为规范乡村工匠补贴管理，制定本办法。", "某省乡村工匠补贴管理办法"), Passage("t3", "第三条", "取得证书的，每人补贴800元。", "某省乡村工匠补贴管理办法")]
    corpus = "".join(p.text for p in held).__contains__
    assert figure_unstated(normalize("乡村工匠补贴标准是多少？"), held, corpus) is None
    assert figure_unstated(normalize("乡村工匠补贴标准是多少？"), [replace(p, title="") for p in held], corpus)[0] == "乡村工匠补贴"


def test_a_kind_inside_a_longer_word_or_a_fragment_names_nothing():
    # 补贴性 is not the kind 补贴; a run never starts from a one-character word the tokenizer left
    assert things_asked(normalize("参加政府补贴性培训，每人能补多少钱？"), CORPUS.__contains__) == ()
    assert all(len(t) > 1 and not t.startswith("届") for t in things_asked(normalize("第4届青年技能竞赛，奖金多少？"), CORPUS.__contains__))


COND = [
    Passage("p", "（六）产业园", "支持有条件的地方建设省级人才服务产业园。对符合条件被认定为省级人才服务产业园的给予奖励。"),
    Passage("q", "（七）帮扶车间", "吸纳脱贫人口10人以上的企业可认定为帮扶车间。"),
    Passage("r", "（八）破格", "获得“燕赵技能大奖”的技师，可破格申报高级职称。鼓励开展燕赵技能大奖评选。"),
    Passage("s", "（九）评价", "开展数字领域首席工程师能力评价。"),
]
CORPUS_COND = "\n".join(p.text for p in COND)


def unset(question: str):
    from assistant.understand.aspects import conditions_unstated

    found = conditions_unstated(normalize(question), COND, CORPUS_COND.__contains__)
    return (found[0], found[1].key) if found else None


@pytest.mark.parametrize(
    ("question", "thing", "key"),
    [
        # “对符合条件被认定为…的” names conditions, it does not set them
        ("我们园区想被认定为省级人才服务产业园，要达到什么条件？", "省级人才服务产业园", "p"),
        # an award held as a condition of something else is no condition for winning it
        ("燕赵技能大奖是怎么评出来的？", "燕赵技能大奖", "r"),
        ("数字领域首席工程师能力评价，报名要什么条件？", "数字领域首席工程师", "s"),
    ],
)
def test_conditions_of_a_thing_named_without_any_are_not_stated(question, thing, key):
    assert unset(question) == (thing, key)


@pytest.mark.parametrize(
    "question",
    [
        "帮扶车间要满足什么条件？",  # 10人以上 … 可认定为帮扶车间
        "拿了燕赵技能大奖，评高级职称要什么条件？",  # the award is what the person has, not what is asked of
        "评高级职称要什么条件？",  # no thing of a declared kind named
    ],
)
def test_conditions_set_for_the_thing_or_of_no_thing_are_left_to_the_answer(question):
    assert unset(question) is None
