"""The deciding facts the person stated decide the verdict, through the whole assistant (round 10, counts10).

One class per group, each in words, places and topics of its own (not those of the dev items):

- a rate worked out from two counts (学员结业25个、上了岗的只有18个 → 就业率72%; a reply “50个人里有42个进了厂”);
- a total over two groups hired, the second after 同时/又 (2个监测对象，同时招了4个大学生 → 6人);
- a medal won by the student one coached, where the clause counts the coach (世赛/国赛 “含指导教练”);
- years still going on in post (在车间一线做了十九年了) carried to a follow-up (正高呢？);
- the longest period said as reached, asking whether it goes on (满3年了，还能继续领吗) → to retirement;
- who a clause covers (外包过来的工人 are the firm's staff for its own 技能等级认定; 外包过来 is no 包过);
- a half year dating the event (2025年下半年先后招了…) under a measure that has since expired;
- a higher level of the occupation held before the certificate a training just gave.
"""

from __future__ import annotations


from shared_support import talk, verdict


# ------------------------------------------------------------------ a rate from two counts
def test_an_employment_rate_from_two_counts_below_the_floor_refuses(assistant):
    (answer,) = talk(assistant, "晋中榆次的培训机构，帮一家厂子搞订单式培训，二十五个学员结业，后来上了岗的只有18个，这种情况培训补贴还能申请吗")
    assert answer.calculation.rule_id == "jz.order_training_subsidy"
    assert verdict(answer) == "not_eligible", answer.answer
    assert "72%" in answer.answer


def test_a_reply_of_two_counts_gives_the_rate_and_answers_whether(assistant):
    first, second = talk(assistant, "我是晋中祁县一家培训学校的，做项目制培训，企业能拿补贴吗", "50个人里有42个进了厂")
    assert first.calculation.missing == ("employment_rate",)  # whether: the rate decides, the days only size it
    assert verdict(second) == "eligible", second.answer
    assert second.follow_up is None


# ------------------------------------------------------------------ a total over two groups
def test_two_groups_hired_one_after_the_other_are_added(assistant):
    (answer,) = talk(assistant, "成都一家餐饮公司，2025年5月招了2个防止返贫监测对象，同时招了4个毕业年度大学生，都签了一年半合同交了社保，一次性吸纳就业补贴总共多少")
    assert answer.calculation.rule_id == "sc.absorb_employment_subsidy"
    assert answer.calculation.value == 12000, answer.answer


# ------------------------------------------------------------------ the coach of a medal winner
def test_the_coach_of_a_world_medallist_may_apply_in_henan(assistant):
    (answer,) = talk(assistant, "郑州的，前年带徒弟参加世界技能大赛，徒弟最后拿了一块银牌，我是他的教练，我能破格申报副高吗")
    assert answer.calculation.rule_id == "ha.title_exceptional"
    assert verdict(answer) == "eligible", answer.answer
    assert "指导教练" in answer.answer


def test_the_coach_of_a_national_silver_medallist_does_not(assistant):
    (answer,) = talk(assistant, "河南的，我是技校老师，带的学生拿了国赛银牌，我是他教练，能破格报副高吗")
    assert verdict(answer) == "not_eligible", answer.answer


# ------------------------------------------------------------------ years in post carried to a follow-up
def test_years_still_in_post_and_an_award_carry_to_the_higher_title(assistant):
    first, second = talk(assistant, "洛阳的高级技师，在车间一线做了十九年了，拿过全国技术能手，想破格评副高", "正高呢？")
    assert verdict(first) == "eligible", first.answer
    assert verdict(second) == "eligible", second.answer
    assert second.calculation.value == "正高级"


# ------------------------------------------------------------------ the period reached, going on
def test_a_period_reached_asks_whether_it_runs_to_retirement(assistant):
    first, second = talk(assistant, "南昌的就业困难人员，在公益性岗位上做保安，今年满3年了，还能继续领补贴吗", "初次核定那会儿离退休还有两年多")
    assert first.calculation.rule_id == "cn.fund.public_welfare_post"
    assert verdict(second) == "eligible", second.answer


# ------------------------------------------------------------------ who the clause covers
def test_outsourced_workers_are_staff_for_the_firms_own_recognition(assistant):
    (answer,) = talk(assistant, "宜宾一家化工企业，我们备案过了，外包过来的那些操作工能参加我们自己组织的等级认定吗")
    assert answer.calculation.rule_id == "sc.enterprise_recognition_staff"
    assert verdict(answer) == "eligible", answer.answer


# ------------------------------------------------------------------ a half year dates the event
def test_a_half_year_dates_the_event_under_a_measure_since_expired(assistant):
    (answer,) = talk(assistant, "攀枝花一家企业2025年上半年先后招了11个脱贫人口，当时能认定就业帮扶基地吗")
    assert answer.calculation.rule_id == "sc.assistance_base_award"
    assert verdict(answer) in ("eligible", "amount") and answer.calculation.value == 50000, answer.answer


# ------------------------------------------------------------------ a higher level held before
def test_a_higher_level_held_before_refuses_the_subsidy_for_the_level_just_obtained(assistant):
    first, second = talk(assistant, "我是焊工，今年参加培训考了个焊工技师证，能领培训补贴吗", "有，早几年就拿了焊工高级技师")
    assert first.calculation.rule_id == "cn.training.level_repeat"
    assert verdict(first) == "need_more_info"
    assert verdict(second) == "not_eligible", second.answer


def test_no_level_held_before_leaves_the_subsidy_open(assistant):
    _, second = talk(assistant, "我是焊工，今年参加培训考了个焊工技师证，能领培训补贴吗", "之前没有")
    assert verdict(second) == "eligible", second.answer
