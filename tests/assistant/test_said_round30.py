"""Round 30: people and groups changed in a conversation, and facts said in passing (probing in our own words; none of
these is a held-out or blind item).

1. Part of a group split off in a follow-up by when they left school (其中1个是前年毕业的呢？): the graduating year said
   of the whole group is no longer theirs — the year said of them decides.
2. A count corrected with some of the group reclassified (不对，是5个，其中1个其实是失业人员，不是脱贫户): the new
   count, those singled out with what they really are; 其中N个 followed by who they are, or when they left school, is
   not the count of those who meet the rule.
3. An award corrected for one of a group (其中一个评上的是中华技能大奖，不是技术能手): each award counted apart.
4. Another person asked of (那老刘呢？他…) after an opening question of no one in particular keeps the setting that
   opening set (公益性岗位上的就业困难人员); more kin and companions open another person (那她男朋友呢？, 那他同寝室
   那个呢？, 那我师兄呢？) and kin words give the sex (我大伯, 我婶婶).
5. A verdict asked with the province unsaid, where every province holding the rule says no from what was said: that no,
   the provinces named; whether a fact just told matters (有影响吗) asks a verdict; the year of a past appraisal said is
   that fact's, not the day asked about.
6. Some of a counted kind said not to be of it (那15个里头有6个其实不是脱贫户): the kind's count less them.
7. Layoffs said after “没裁员” (其实去年辞退了5个): the rate said before no longer holds.
8. Said in passing: the post given (厂里也正式聘了); a city's development zone (在绵阳高新区一家公司上班) is no county
   grassroots; a person asked of coming to intern (他能来我们这见习吗) asks the person's eligibility; subsidies received
   one clause at a time (前年…拿了补贴，去年…也拿了补贴，今年…也领了) counted; a school named between the date and
   毕业 (2023年7月西华大学毕业, 去年6月浙大毕业的); absences totalled with 已经 between (加起来已经12天了).
9. The speaker and one of kin asked together (两口子加一起能补多少): each with what was said of them, added.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_support import figure, talk, verdict


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        # 2. 其中N个 followed by who they are, or when they left school, is no count of those meeting the rule
        ("其中1个其实是失业人员", "hires_count", None),
        ("其中1个是前年毕业的", "hires_count", None),
        ("招了9个，其中7个签了合同", "hires_count", 7),
        # 4. kin words give the sex
        ("那我大伯呢？他今年57了，也是就业困难人员", "sex", "男"),
        ("我婶婶今年52，在社区公益岗", "sex", "女"),
        # 8. said in passing
        ("他是高级技师，厂里也正式聘了", "hired_at_level", True),
        ("拿了技师证并且被聘上了", "hired_at_level", True),
        ("在绵阳高新区一家公司上班", "county_grassroots", False),
        ("前年学电工拿了补贴，去年学焊工也拿了补贴，今年学叉车补贴也领了", "times_received", 3),
        ("我是2023年7月西华大学毕业的", "graduation_year", 2023),
        ("这个月无故缺勤加起来已经12天了", "absence_total_days", 12),
        # the firm and its people told apart
        ("还有5个是劳务派遣过来的", "hr_services_firm", None),
        ("我们是一家做劳务派遣的公司", "hr_services_firm", True),
        ("一直在我们车间干活，也参加了这次培训", "training_kind", None),
    ],
)
def test_facts_read(text, key, value):
    from assistant.facts import extract_facts

    assert extract_facts(text).get(key) == value


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # 4. more words open another person
        ("another_person", "那她男朋友呢？也是去年毕业的"),
        ("another_person", "那他同寝室那个呢？也是川大的"),
        ("another_person", "那我师兄呢？他是高级技师"),
        ("another_person", "那我大伯呢？他今年58了"),
        # 5. whether a fact just told matters asks a verdict
        ("asks_verdict", "不过去年我年度考核没合格，有影响吗？"),
        ("asks_verdict", "这个碍事不"),
    ],
)
def test_words_read_as_intents(name, text):
    from assistant.understand.intents import intent

    assert intent(name).search(text)


@pytest.mark.parametrize(
    ("messages", "today", "total"),
    [
        # 1. a group split by the year part of it left school
        (("成都的公司，今年6月招了4个今年刚毕业的大学生，都签了两年合同，社保也交了，一次性吸纳就业补贴一共多少？", "其中1个是前年毕业的呢？"), date(2025, 8, 1), 6000),
        # 2. a count corrected, one reclassified
        (("德阳的小厂，招了3个脱贫户，一年企业税费能扣多少？", "不对，是5个，其中1个其实是失业人员，不是脱贫户"), date(2025, 3, 1), 39000),
        # 3. an award corrected for one of a group
        (("洛阳的企业，今年有4个职工新评上了全国技术能手，河南省里额外奖励一共多少？", "搞错了，其中一个评上的是中华技能大奖，不是技术能手"), date(2024, 10, 1), 110000),
        # 9. the speaker and one of kin; the one asked of before and one of kin
        (("我是晋中太谷的，今年失业了，想报个8天的电工培训班，能补多少？", "我老婆也想学，她报的面点班，学6天，她也没工作，我们俩一共能补多少？"), date(2023, 12, 20), 1400),
        (("我妈在榆次，农村出来打工的，参加了培训机构的面点培训，学了6天，补贴是怎么算的？", "那我爸呢？他在同一家培训机构学电工，学了12天。他俩加一起能补多少？"), date(2023, 12, 20), 1600),
        # people come besides those held; dispatched workers added to an enterprise training
        (("我们是晋城一家公司，接收了3个离校没就业的大学生来见习，意外伤害保险的保费政府补多少？", "又来了2个见习的，这5个人的保费补贴一共多少？"), date(2023, 8, 1), 1200),
        (("我们厂在太谷，今年组织了30个职工搞岗位技能提升培训，政府补贴性培训每人给企业补多少？", "还有4个是劳务派遣过来的，一直在我们车间干活，也参加了这次培训，算上的话一共补多少？"), date(2023, 12, 18), 10200),
        # two places each named are a pair
        (("我们集团下面两家公司今年新评上了就业见习基地，德阳那家是国家级的，宜宾那家是省级的。两家一次性奖补一共多少？",), date(2025, 2, 1), 500000),
        # a school named before 毕业: that fact's day, not the day evaluated
        (("我去年7月浙大毕业的，一直没找到单位，在杭州自己按灵活就业交社保，每月交1200，社保补贴每月最多补多少？",), date(2024, 11, 1), 800),
    ],
)
def test_totals(assistant, messages, today, total):
    *_, answer = talk(assistant, *messages, today=today)
    assert float(figure(answer)) == total, answer.answer


@pytest.mark.parametrize(
    ("messages", "today", "expected", "words"),
    [
        # 4. a companion in a city's development zone is not at the grassroots
        (("我儿子西华大学毕业，去年到甘孜一个乡镇卫生院上班了，听说在基层评职称能提前一年？", "那他女朋友呢？同一年毕业的，在绵阳高新区一家公司上班，她评职称也能提前吗？"), date(2025, 6, 1), "not_eligible", None),
        # 6. some of a counted kind denied, in a later message and in the same one
        (("宜宾的一家竹制品厂，去年招了15个脱贫户上班，能认定就业帮扶基地拿奖补吗？", "说错了，那15个里头有6个其实不是脱贫户，是附近的普通村民"), date(2025, 3, 1), "not_eligible", None),
        (("我们是乐山的一家茶厂，报的是吸纳了11个脱贫户上班，后来核对发现里头有2个其实不是脱贫户。还能认定就业帮扶基地吗？",), date(2025, 4, 1), "not_eligible", None),
        # 7. layoffs said after “没裁员”
        (("遂宁的小厂，参保职工20个，失业保险交了4年了，去年企业和职工一共交了失业保险费3万，去年没裁员，稳岗返还能返多少？", "不好意思，其实去年辞退了5个人"), date(2024, 8, 1), "not_eligible", None),
        # 8. said in passing: subsidies counted, kin asked of, insurance unpaid, a hire condition failed
        (("我是农村出来打工的，前年学电工拿了补贴，去年学焊工也拿了补贴，今年学叉车补贴也领了，现在想学个美发，培训补贴还能享受吗？",), date(2025, 10, 1), "not_eligible", None),
        (("我和我爱人都在宁波一家研究所。我是初级职称；我爱人是副高级职称，从事本职业工作，他想申请高级技师的职业技能评价，他可以吗？",), date(2024, 5, 1), "eligible", None),
        (("我在泸州一个厂里干了两年，今年考了个电工中级证，技能提升补贴我能领吗？就是厂里一直没给我们交社保。",), date(2024, 9, 1), "not_eligible", None),
        (("内江的公司，招了个小伙子签了两年合同，他不想交社保，我们就没给他交。一次性吸纳就业补贴能申请吗？",), date(2025, 3, 1), "not_eligible", None),
        # a no on Henan's 破格 routes says the routes; the individual's own share asked
        (("我在郑州一家厂当焊工，高级技师，去年拿了全国技术能手，想破格报正高职称，我干了12年了，行吗？",), date(2025, 3, 1), "not_eligible", "满18年"),
        (("我们厂招了个就业困难人员，社保单位和个人的部分都是厂里代扣代缴的，申请社保补贴时他自己交的那部分也能补吗？",), date(2025, 6, 1), "not_eligible", "个人应缴纳的部分"),
        # the case told again, the verdict asked again, keeps its answer
        (("厂里搞技能等级认定，派遣工能参加不", "四川德阳的厂，说是备过案了", "劳务派遣过来的，不是厂里正式工，也能在厂里认定吗"), date(2026, 6, 1), "eligible", None),
    ],
)
def test_verdicts(assistant, messages, today, expected, words):
    *_, answer = talk(assistant, *messages, today=today)
    assert verdict(answer) == expected, answer.answer
    assert words is None or words in answer.answer, answer.answer


# 4. another person keeps the setting of an opening question of no one
def test_another_person_keeps_the_setting_of_an_opening_of_no_one(assistant):
    *_, answer = talk(
        assistant,
        "街道公益性岗位上安置的就业困难人员，岗位补贴最长能拿几年？",
        "老张离退休还有8年，他能拿几年？",
        "那老刘呢？他离退休还差3年",
        today=date(2025, 5, 1),
    )
    # (the extension to retirement of one placed on a post is theirs: a verdict since round 41)
    assert answer.calculation is not None and answer.calculation.verdict == "eligible" and "延长至退休" in answer.answer, answer.answer


# 5. the province unsaid, every province's rule says no
def test_every_province_saying_no_is_said(assistant):
    *_, answer = talk(assistant, "技师证拿了4年了，不过去年我年度考核没合格，有影响吗？能报中级职称吗？", today=date(2025, 7, 1))
    assert verdict(answer) == "not_eligible" and "浙江省、河南省的规定都不符合" in answer.answer, answer.answer
    assert "2024年12月31日" not in answer.answer  # the appraisal's year is not the day evaluated


def test_a_person_asked_of_coming_to_intern(assistant):
    (answer,) = talk(assistant, "我们是大同的一家商贸公司，想招几个见习生。有个姑娘今年6月中专毕业，一直没找到工作，她能来我们这见习吗？", today=date(2025, 9, 1))
    assert answer.calculation is not None and answer.calculation.rule_id != "sx.internship_unit_conditions" and verdict(answer) == "eligible", answer.answer


def test_a_measure_still_open_this_year(assistant):
    (answer,) = talk(assistant, "川办发〔2024〕34号里的失业保险稳岗返还，我们公司今年（2025年）还能按那条申请吗？", today=date(2025, 5, 1))
    assert "已失效" in answer.answer and "2024年12月31日" in answer.answer, answer.answer
