"""Round 33: facts said in other words, read by declared mechanisms (probing in our own words; none of these is a
held-out or blind item).

1. Levels denied as a list with nothing between them (可不是首席技师特级技师这种): every one not held, none held.
2. Where a firm is registered, said by any place the region reader knows (在合肥注册的, 执照办在石家庄, 在太原市场监管局
   注册的): registered in the province the rule asks for or not (``registered_province``, implied).
3. An earlier business named by its kind and closed a few words on (开过个小超市…赔了钱只好关门): not the first.
4. Counts of the same people at two sites (本部…，分厂还有N个; 另外子公司也培训了N人): added.
5. A span to be served in full, then the total in the next clause (要是两年都干满，几个人一共…): the years multiplied.
6. The unemployment registration named first, then said done (失业登记早就办了), and laid off (从厂里下岗了): out of work,
   registered — and the course such a person takes is their own (面向劳动者的技能提升培训), implied and shown.
7. A fact only worked out from others names no topic (办了失业登记 → 劳动者培训 keeps a times-limit question where it is).
8. A place worked in and come back from, said with 回的 (在福建鞋厂干了八年，去年回的宜宾老家): where one is now is the home.
9. Months agreed, not served (说好见习半年，结果…就走了): not the months of the internship.
10. Occasions counted, each paid by the state (两回都是政府出的钱; 学过三回，都是政府出钱的): the times had.
11. A world medal said in the clause after the contest (去国外参加世界技能大赛，夺了块银牌).
12. An earlier business of any kind, closed (2020年在县城开过一家作坊…关掉了): not the first.
13. A training, then the staff counted right after it (搞了一期叉车技能提升培训，28个职工): the firm's training.
14. Another value of a fact the topic holds, asking nothing (不对，去年已经评上工程师了，是中级 after 助理级): the topic goes on.
15. Those employed, how said between (有17个直接进了厂): the count employed.
16. Now asked as against then (…当时单位没给报。现在能报了吗？): today is the day asked about.
17. The day a certificate was to be used for an application (2022年11月我打算用这个证去报…): not the day it was got.
18. A resit asked after a first sitting failed (第一次没考好，补考要交钱吗): the free sitting has been had.
19. A count before a colon, then people listed each with their own (出了2个能人：老马获评…，小吴获评…): no count of one.
20. Paid out of one's own pocket (每个月自己掏九百): the contribution.
21. An age in words closed by 了, after who it is of or alone in a reply (她五十三了; 二十二了).
22. A level that only marks where another stands (中级那档下面一级的): neither held nor wanted.
23. The workers a firm gave a training to (给18个工人搞了安全和岗位技能的培训): those trained, the firm's training.
24. The school said as what one went through (读的是职高): a 中职 graduate.
25. Taken back after retiring, asked by the retired one (还能把我聘回去吗).
26. A year's sum said with 下来 in a clause of its own (一年下来大概八千四): the contribution.
27. The first years, then the most in all (头两年最多一共): the years.
28. Certificates taken with the subsidy's help, counted (用评价补贴考过两个证了): the times had.
29. A month said without its year when the insurance began (厂里5月开始给缴的失业保险): of the year said before.
30. How long and whether one's own share is paid, asked together: the period, the share answered with it.
31. The sex said in brackets after the one asked about (大叔（男的）).
32. A second placement said as placed the second time (街道又给安排了第二次，这次又满了): one re-placement.
33. An honour won in a year said with 得了 (前年还得了个省里的大奖): a fact, not the day asked about.
34. A topic whose rules are told apart by who the person is, asked with one choice a rule (就业困难人员、高校毕业生 —
    not five kinds of graduate), and a reply that opens with the status recognized (认定过的，…) answers it.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_support import figure, talk, verdict


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        # 1. a list of levels with nothing between
        ("我家老爷子是高级技师，可不是首席技师特级技师这种", "skill_levels_not_held", frozenset({"首席技师", "特级技师"})),
        # 2. the place of registration
        ("我们机构是在合肥注册的，想在温州做技能等级认定", "registered_province", "安徽省"),
        ("单位营业执照办在石家庄，人在阳泉干活", "registered_province", "河北省"),
        ("公司在太原市场监管局注册的，做物业", "registered_province", "山西省"),
        # 3. an earlier business by its kind
        ("早些年在镇上开过个小超市，撑了一年多赔了钱只好关门，现在又想开个汽修铺", "first_startup", False),
        # 4. counts at two sites
        ("总部这次培训了36个，榆次分公司还有14个，合计能补多少", "trainees_count", 50),
        ("我们厂培训了20人，另外子公司也培训了12人，一共多少钱", "trainees_count", 32),
        # 5. a span served in full, then the total
        ("招了3个脱贫劳动力，要是两年都干满，合计能减免多少税", "period_years", 2),
        # 6. registration named first; laid off
        ("厂子关门以后失业登记早就做好了", "registered_unemployed", True),
        ("失业登记一直没去办", "registered_unemployed", False),
        ("我是前年冬天从化肥厂下岗了，一直在家", "employed", False),
        # 8.
        ("在福建鞋厂干了八年，去年回的宜宾老家", "province", "四川省"),
        # 10.
        ("这些年学过三回手艺，都是政府出钱的培训", "times_received", 3),
        # 11.
        ("她2022年去国外参加世界技能大赛，夺了块银牌", "awards", frozenset({"世赛银牌"})),
        # 12.
        ("2020年在县城开过一家作坊，干了一年半关掉了", "first_startup", False),
        # 13.
        ("上个月搞了一期叉车技能提升培训，28个职工", "training_kind", "企业职工培训"),
        # 15.
        ("结业后有17个直接进了厂", "employed_count", 17),
        # 18.
        ("第一次没考好，补考要交钱吗", "free_evaluation_used", True),
        # 20.
        ("自己按灵活就业交的社保，每个月自己掏九百块", "contribution", 900),
        # 21.
        ("我替我姑问的，她五十三了，女的", "age", 53),
        ("二十二了", "age", 22),
        # 22.
        ("是助理工程师，比中级那档低一级的", "title_level", "助理级"),
        # 23.
        ("厂里六十来个人，今年给18个工人搞了安全和岗位技能的培训", "trainees_count", 18),
        ("厂里六十来个人，今年给18个工人搞了安全和岗位技能的培训", "training_kind", "企业职工培训"),
        # 24.
        ("她前年毕业的，读的是职高，不是大专", "person_categories", frozenset({"中职毕业生"})),
        # 26.
        ("社保是我自己交的，一年下来大概八千四", "contribution", 8400),
        # 27.
        ("园区的一次性奖励加运营补助，头两年最多一共多少", "period_years", 2),
        # 28.
        ("他先前靠评价补贴考下了两个证（电工、叉车）", "times_received", 2),
        # 31.
        ("街道有个五十六岁的大叔（男的），认定了就业困难人员", "sex", "男"),
        # 32.
        ("头一轮干满后街道又给安排了第二次，这次又满了", "public_post_replacements", 1),
    ],
)
def test_facts_read(text, key, value):
    from assistant.facts import extract_facts

    assert extract_facts(text).get(key) == value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("我家老爷子是高级技师，可不是首席技师特级技师这种", "skill_level_wanted"),  # 1. nothing held of the list
        ("我们在丽水设了个教学点，在浙江没有单独注册", "registered_province"),  # 2. a registration denied names no place
        ("我在杭州上班，想考个电工证", "registered_province"),
        ("招了3个大学生，公司还有50个老员工", "trainees_count"),  # 4. others of the firm are not those counted
        ("我没下岗，一直在厂里", "employed"),  # 6.
        ("当初说好见习半年，结果干了十来个工作日就走了", "internship_months"),  # 9.
        ("去年5月我想拿技师证去报中级职称，单位没同意", "level_obtained_date"),  # 17.
        ("车间出了2个能人：老马获评中华技能大奖，小吴获评全国技术能手", "award_counts"),  # 19.
        ("她正在读中专，明年毕业", "person_categories"),  # 24. still at school
        ("有两个", "times_received"),  # 28. a bare count is no certificates
    ],
)
def test_not_read(text, key):
    from assistant.facts import extract_facts

    assert extract_facts(text).get(key) in (None, True) if key == "employed" else key not in extract_facts(text)


def test_a_level_denied_in_a_list_is_not_held():
    # 1.
    from assistant.facts import extract_facts

    facts = extract_facts("我家老爷子是高级技师，可不是首席技师特级技师这种")
    assert facts.get("skill_level") == "高级技师"


@pytest.mark.parametrize(
    ("messages", "today", "total"),
    [
        # 4. two sites' trainees added (晋中: 300 each)
        (("榆次一家机械厂，企业自己组织职工做技能提升培训，政府补多少？", "总部这次培训了36个，太谷分公司还有14个，合计能补多少？"), date(2023, 10, 1), 15000),
        # 5. a yearly figure over the years to be served, for the people hired
        (("广元一家小厂，招了3个脱贫劳动力，都签了合同，扣减税费按每人每年7800。要是两年都干满，三个人合计能减免多少？",), date(2024, 11, 1), 46800),
        # 6. registered and laid off: the worker's own course, the cap of the days paid
        (("我在太谷，今年春天从纸箱厂下岗了，失业登记早就做好了。后来县里办了个中式面点班，我上了12天，一天补100的话是不是能拿1200？",), date(2023, 9, 1), 1000),
        # 15. an order class, its employment rate from those who went into the firm: 10 days at 150, 2 at 100
        (("我们是晋中一所技工学校，跟祁县一家厂办了期订单式培训，12天，25个学员，结业后有21个直接进了厂。每个学员能补多少？",), date(2023, 10, 1), 1700),
        # 19. each with their own award: 河南 adds 5万 and 2万
        (("平顶山一家矿机厂，今年车间出了2个能人：老马今年获评中华技能大奖，小吴今年获评全国技术能手。河南省里额外再奖多少钱，两个人加起来？",), date(2024, 12, 1), 70000),
        # 20. out of one's pocket, the most over the two years
        (("我去年7月专科毕业，没找单位，在外面送外卖，按灵活就业交社保，每个月自己掏九百。按上限算，两年加起来最多补多少？",), date(2024, 9, 1), 14400),
        # 23. the firm's workers trained (晋中: 300 each)
        (("祁县一家小铸造厂，六十来个人，今年给18个工人搞了安全和岗位技能的培训，是政府补贴的那种，企业一共能拿多少？",), date(2023, 11, 1), 5400),
        # 26. a year's sum: at most 2/3 of it (四川)
        (("我在自贡，认定了就业困难人员，现在跑代驾，社保是我自己交的，一年下来大概八千四，社保补贴最多补多少？",), date(2025, 5, 1), 5600),
        # 27. a provincial park's award and three years of the most yearly support (山西: 100万 + 3 × 60万)
        (("大同我们建的人力资源服务产业园要是认定为省级的，一次性奖励加运营补助，头三年最多一共多少？",), date(2024, 1, 10), 2800000),
    ],
)
def test_totals(assistant, messages, today, total):
    *_, answer = talk(assistant, *messages, today=today)
    assert float(figure(answer)) == total, answer.answer


@pytest.mark.parametrize(
    ("messages", "today", "expected"),
    [
        # 2. registered in another province: not an evaluation body of Zhejiang
        (("我们是在合肥注册的一家职业培训学校，在温州有个教学点，在浙江没单独注册公司。想在浙江申请成为技能人才评价机构，行不行？",), date(2024, 3, 1), "not_eligible"),
        # 3. not the first business
        (("我在南充，前年从宁波打工回来。早些年在镇上开过个小超市，撑了一年多赔了钱只好关门。去年8月又办了个汽修铺，执照拿到手一年多，正常营业。返乡创业那个一次性补贴我能领吗？",), date(2025, 10, 1), "not_eligible"),
        # 1. a higher title asked with the list of levels denied
        (("洛阳的，我是高级技师，2018年拿的证，一直在车间干车工，能破格报副高吗？", "正高呢？奖我一个都没有，可不是首席技师特级技师这种。"), date(2024, 6, 1), "not_eligible"),
        # 8. + 12. back home in 四川, an earlier business: not the first
        (("在福建鞋厂干了八年，去年回的宜宾老家。2020年在县城开过一家作坊，干了一年半关掉了。今年1月又注册了个修车铺，一直开着。返乡创业补贴我能领吗？",), date(2025, 3, 1), "not_eligible"),
        # 9. months agreed, 12 working days served: none paid
        (("我侄女在晋城一家超市见习，讲好见习四个月，可她只去了9个工作日就不干了，这种有生活补助吗？",), date(2023, 9, 1), "not_eligible"),
        # 10. three trainings paid for already
        (("我在沧州打工，这些年学过三回手艺，都是政府出钱的培训。这回打算学育婴员，补贴还有吗？",), date(2024, 5, 1), "not_eligible"),
        # 11. a world medal: straight to 特级技师
        (("我女儿在新乡一家电器厂做电工，2022年去国外参加世界技能大赛，夺了块银牌，现在还在厂里干。厂里评特级技师，她能直接晋升吗？",), date(2024, 5, 1), "eligible"),
        # 14. the title put right: 中级 may take the 技师 assessment
        (("我在湖州一家电机厂做设计，有职称，想去考电工技师证，能直接报吗？", "助理工程师", "不对，去年已经评上工程师了，是中级"), date(2024, 5, 1), "eligible"),
        # 16. + 17. refused before the measure began; now asked
        (("我在龙泉做青瓷，高级技师证是2017年考的，一直做这行，近三年考核都合格。2022年11月我打算用这个证去报工艺美术系列的副高，当时单位没给报。现在能报了吗？",), date(2024, 4, 1), "eligible"),
        # 18. a resit after the free sitting
        (("孩子在榆社一所职校读最后一年，学校组织免费考职业技能等级证。", "第一次没考好，补考要交钱吗？"), date(2023, 6, 1), "not_eligible"),
        # 21. a man of 58 placed on a public-welfare post: to retirement (national rule, an uncovered province)
        (("邯郸的，我们村看水库的老李，他五十八了，男的，认定了就业困难人员，在公益性岗位上，这个岗位补贴能一直领到他退休吗？",), date(2024, 8, 1), "eligible"),
        # 22. 助理级 with the next level denied: the 技师 assessment not yet
        (("我在绍兴一家印染厂搞设备，有职称，能直接去考技师吗？", "是助理工程师，比中级那档低一级的，中级还没评"), date(2024, 6, 1), "not_eligible"),
        # 24. a 中职 graduate out of work for a year
        (("我在运城，我表弟去年夏天毕业，到现在没找到工作，听说有就业见习，他能去吗？", "他读的是职高，不是大学"), date(2023, 9, 1), "eligible"),
        # 25. a leading talent, retired, asked back
        (("我是扬州一家船厂的电焊高级技师，前些年评上过全国技术能手，明年到退休年龄，厂里一个项目还离不开我，能晚点退休吗？", "假如退休手续我先办了，单位以后还能把我聘回去吗？"), date(2024, 10, 1), "eligible"),
        # 28. three certificates taken with the subsidy: no fourth
        (("我们车间一个工人先前靠评价补贴考下了三个证（电工、焊工、叉车），今年又考了个钳工的证，还能申请评价补贴吗？",), date(2024, 9, 1), "not_eligible"),
        # 29. insured since March, asked in October: under a year (四川's skill-upgrade subsidy)
        (("我今年5月份进的绵阳一家纸厂，厂里5月开始给缴的失业保险，8月份考了个电工中级证，能领技能提升补贴吗？",), date(2024, 10, 1), "not_eligible"),
        # 31. a man of 57 first placed this year: to retirement
        (("街道有个五十七岁的大叔（男的），认定了就业困难人员，今年头一回安排到公益性岗位，岗位补贴能一直领到退休吗？",), date(2025, 3, 1), "eligible"),
        # 32. placed twice already: no third placement
        (("社区一个重度残疾的小伙子，头一轮公益岗干满后街道又给安排了第二次，这次又满了，还能第三次安排吗？",), date(2025, 9, 1), "not_eligible"),
        # 33. a high skilled worker with 20 years in the trade and the provincial prize won two years ago: 正高 now
        (("我是焦作一家化工厂的高级技师，做仪表工，能评职称吗？", "在岗，干仪表这行二十年了", "那正高呢？中原技能大奖我前年也得了"), date(2024, 9, 1), "eligible"),
    ],
)
def test_verdicts(assistant, messages, today, expected):
    *_, answer = talk(assistant, *messages, today=today)
    assert verdict(answer) == expected, answer.answer


def test_a_fact_worked_out_names_no_topic(assistant):
    # 7. the registration implies the worker's own course; the times-limit question stays the national rule's
    *_, answer = talk(
        assistant,
        "职业培训补贴一个人能领几次",
        "我在街道办过失业登记",
        "已经补过3次了：电工、叉车、育婴员，这回想学烘焙还有补贴吗",
        today=date(2025, 6, 1),
    )
    assert answer.calculation is not None and answer.calculation.rule_id == "cn.fund.training_subsidy_times", answer.answer
    assert verdict(answer) == "not_eligible"


def test_how_long_and_ones_own_share_asked_together(assistant):
    # 30. the employer of a person with employment difficulty: the period, and one's own share not paid, said with it
    *_, answer = talk(
        assistant,
        "我们是一家保洁公司，新来的保洁员是社区认定的就业困难人员，三十八岁的大姐，公司给她缴了养老医疗失业。这个补贴公司能拿几年？她自己缴的那份也给补吗？",
        today=date(2025, 3, 1),
    )
    assert answer.calculation is not None and answer.calculation.value == 3, answer.answer
    assert "个人应缴纳的部分不在补贴范围内" in answer.answer


def test_one_choice_a_rule_and_a_recognized_status_in_reply(assistant):
    # 34.
    first, second, third = talk(
        assistant,
        "厂子倒闭以后我一直在外面打零工，社保是按灵活就业自己交的，听说有社保补贴，能补多长时间？",
        "认定过的，街道办的人说我那时候离退休还有四年左右",
        "那就是能一直补到退休了？",
        today=date(2025, 6, 1),
    )
    assert "请问您属于哪种情况：就业困难人员、高校毕业生？" in first.answer, first.answer
    assert third.calculation is not None and third.calculation.rule_id == "cn.fund.si_subsidy_difficult", third.answer
    assert verdict(third) == "eligible", third.answer
