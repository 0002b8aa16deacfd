"""The scoring engine end to end: worked examples of the sample set computed by hand (in the
comments) and checked through the real services (`set_input` / `score_criterion` on a real
workspace), the totals a specialist adds up (areas, self-scored part, survey, bonus and
penalty under each final convention, index and rating band), self-assessed and appraised
values side by side, and property tests for every rule type and for random criteria sets."""

from __future__ import annotations

import itertools
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wshelpers import OWN_CODE, OWN_NAME, CampaignSetup

from desktop.models import assessments, campaigns, criteria, scoring, units, workspaces
from desktop.models.decimals import format_decimal
from desktop.models.errors import InvalidInput
from desktop.models.rules import compute_score, parse_rule
from desktop.models.store import Workspace, open_workspace

D = Decimal
BANDS = [("Xuất sắc", "90"), ("Tốt", "80"), ("Khá", "70"), ("Trung bình", "50"), ("Yếu", "0")]
SAMPLE = criteria.sample_set_data("so-ban-nganh")
SAMPLE_NODES = {node["code"]: node for node in SAMPLE["criteria"]}


def put(s: CampaignSetup, code: str, **given_input: str) -> Decimal:
    """Enter one input through the service, return the stored score."""
    row = assessments.set_input(s.ws, s.campaign.id, s.unit.id, code, **given_input)
    return D(row.score)


def sheet_of(s: CampaignSetup) -> scoring.Scoresheet:
    return scoring.scoresheet(s.ws, s.campaign.id, s.unit.id)


def lines_by_code(sheet: scoring.Scoresheet) -> dict[str, scoring.Line]:
    return {line.criterion.code: line for line in sheet.lines}


def best_input(node: dict) -> dict[str, str]:
    """The input that gives a leaf of the sample its maximum."""
    rule = parse_rule(node["rule"])
    if rule.kind == "choice":
        label, _ = max(rule.options, key=lambda option: option[1])
        return {"option": label}
    if rule.kind == "passfail":
        return {"option": "đạt"}
    if rule.kind in ("bands", "prop"):
        return {"rate": "100"}
    if rule.kind == "deduct":
        return {"count": "0"}
    return {"points": node["max"]}


def score_all_at_max(s: CampaignSetup, *, except_codes: set[str] = frozenset(),
                     areas: set[str] | None = None) -> None:
    """Every self-scored leaf (of the given areas) at its maximum; survey too (coordinator)."""
    for node in SAMPLE["criteria"]:
        rule = parse_rule(node["rule"])
        code = node["code"]
        if rule.kind in ("sum", "bonus", "penalty") or code in except_codes:
            continue
        if areas is not None and code.split(".")[0] not in areas:
            continue
        assessments.set_input(s.ws, s.campaign.id, s.unit.id, code, **best_input(node),
                              as_coordinator=rule.kind == "survey")


def assert_parents_sum_their_children(sheet: scoring.Scoresheet, attribute: str = "score",
                                      *, has_parents: bool = True) -> None:
    by_id = {line.criterion.id: line for line in sheet.lines}
    children: dict[str, list[scoring.Line]] = {}
    for line in sheet.lines:
        if line.criterion.parent_id:
            children.setdefault(line.criterion.parent_id, []).append(line)
    assert bool(children) == has_parents
    for parent_id, kids in children.items():
        values = [getattr(k, attribute) for k in kids if getattr(k, attribute) is not None]
        expected = sum(values, D(0)) if values else None
        parent = by_id[parent_id]
        assert getattr(parent, attribute) == expected, (parent.criterion.code, attribute)


# -- worked examples of the sample set, one criterion at a time -----------------------------

def test_1_4_prop_rate_33_is_rounded_down_to_a_quarter(sample):
    """1.4 (prop, max 1.5), 33 % of the plan done."""
    # 33 / 100 × 1.5 = 0.495 exactly. The set rounds DOWN to multiples of 0.25:
    # 0 ≤ 0.25 ≤ 0.495 < 0.5, so the score is 0.25 (not 0.5, which rounding to nearest gives).
    assert put(sample, "1.4", rate="33") == D("0.25")
    line = lines_by_code(sheet_of(sample))["1.4"]
    assert (line.input_value, line.score, line.input_kind) == ("33", D("0.25"), "rate")
    stored = sample.ws.db.execute("SELECT score, typeof(score) FROM assessments").fetchone()
    assert tuple(stored) == ("0.25", "text")


def test_1_6_deduct_three_overdue_tasks(sample):
    """1.6 (deduct 0.25/item floor 0, max 2), 3 tasks overdue."""
    # 2 − 3 × 0.25 = 2 − 0.75 = 1.25 (above the floor 0).
    assert put(sample, "1.6", count="3") == D("1.25")


def test_5_5_deduct_stops_at_the_floor(sample):
    """5.5 (deduct 0.5/item floor 0, max 1.5), 4 disciplinary cases."""
    # 1.5 − 4 × 0.5 = 1.5 − 2 = −0.5 < floor 0, so the score is 0, never negative.
    assert put(sample, "5.5", count="4") == D(0)
    # and one case: 1.5 − 0.5 = 1
    assert put(sample, "5.5", count="1") == D(1)


def test_1_1_2_bands_edges_as_written(sample):
    """1.1.2: bands(rate) >90%=2; 70-90%=1; <70%=0 — '>90' excludes 90, '70-90' includes both."""
    cases = [
        ("90", "1"),     # 90 is not > 90; it lies in 70–90 (inclusive) → 1
        ("90.01", "2"),  # 90.01 > 90 → 2
        ("70", "1"),     # 70 is the inclusive low edge of 70–90 → 1
        ("69.99", "0"),  # below 70 → 0
        ("90,01", "2"),  # the same rate written with a Vietnamese decimal comma → 2
    ]
    for rate, expected in cases:
        assert put(sample, "1.1.2", rate=rate) == D(expected), rate


def test_3_3_1_bands_edges_as_written(sample):
    """3.3.1: bands(rate) 100%=3; >=95%=2; >=90%=1; <90%=0 — '100%' means exactly 100."""
    cases = [
        ("100", "3"),    # exactly 100 → 3
        ("99.99", "2"),  # not 100, but ≥ 95 → 2
        ("95", "2"),     # ≥ 95 includes 95 → 2
        ("94.99", "1"),  # < 95 but ≥ 90 → 1
        ("89.99", "0"),  # < 90 → 0
    ]
    for rate, expected in cases:
        assert put(sample, "3.3.1", rate=rate) == D(expected), rate


def test_option_labels_are_matched_without_accents_or_case(sample):
    """1.1.1: choice kịp thời=1; chậm=0.5; không ban hành=0 — typed without diacritics."""
    # "KHONG BAN HANH" folds to "khong ban hanh", the fold of "không ban hành" → 0
    assert put(sample, "1.1.1", option="KHONG BAN HANH") == D(0)
    assert lines_by_code(sheet_of(sample))["1.1.1"].input_value == "không ban hành"
    # "cham" is the fold of "chậm" → 0.5; the stored input is the option as the set writes it
    assert put(sample, "1.1.1", option="cham") == D("0.5")
    assert lines_by_code(sheet_of(sample))["1.1.1"].input_value == "chậm"
    # decomposed (NFD) input, as some keyboards send it → "kịp thời" → 1
    assert put(sample, "1.1.1", option=unicodedata.normalize("NFD", "Kịp Thời")) == D(1)
    # a unique folded prefix: 1.5 "co trien khai" → "có triển khai, chưa công nhận" → 0.5
    assert put(sample, "1.5", option="co trien khai") == D("0.5")


def test_an_ambiguous_prefix_is_refused_and_nothing_changes(sample):
    """1.3 has three options starting 'có kế hoạch': 'co ke hoach' could mean any of them."""
    assert put(sample, "1.3", option="không") == D(0)
    before = sample.ws.db.execute("SELECT input_value, score FROM assessments").fetchall()
    with pytest.raises(InvalidInput) as caught:
        put(sample, "1.3", option="co ke hoach")
    assert caught.value.code == "ambiguous_option"
    assert "có kế hoạch, kiểm tra đủ, xử lý sau kiểm tra" in caught.value.data["options"]
    after = sample.ws.db.execute("SELECT input_value, score FROM assessments").fetchall()
    assert [tuple(r) for r in after] == [tuple(r) for r in before] == [("không", "0")]
    with pytest.raises(InvalidInput) as unknown:
        put(sample, "1.3", option="rất tốt")
    assert unknown.value.code == "unknown_option"


def test_an_input_of_the_wrong_kind_is_refused_naming_the_right_one(sample):
    """1.5 is scored by options: a rate is refused, naming --option; a parent is not scored."""
    with pytest.raises(InvalidInput) as caught:
        put(sample, "1.5", rate="50")
    assert caught.value.code == "wrong_input_kind"
    assert (caught.value.data["expected"], caught.value.data["given"]) == ("option", "rate")
    with pytest.raises(InvalidInput) as parent:
        put(sample, "1.1", option="kịp thời")
    assert parent.value.code == "not_scorable_parent"
    assert sample.ws.db.execute("SELECT count(*) FROM assessments").fetchone()[0] == 0


# -- totals --------------------------------------------------------------------------------

def test_worked_totals_areas_index_and_band(sample):
    """A whole self-assessment, added up by hand."""
    s = sample
    campaigns.set_rating_bands(s.ws, s.campaign.id, BANDS)
    # Area 1 (max 12), criterion by criterion:
    #   1.1.1 "cham"                       → 0.5
    #   1.1.2 rate 90 (70–90 inclusive)    → 1          1.1 = 0.5 + 1 = 1.5
    #   1.2.1 "đủ và đúng hạn"             → 1
    #   1.2.2 "đạt"                        → 1          1.2 = 1 + 1 = 2
    #   1.3   "...kiểm tra đủ, chưa xử lý" → 1.5
    #   1.4   rate 33: 0.495 → 0.25
    #   1.5   "co trien khai"              → 0.5
    #   1.6   3 overdue: 2 − 0.75          → 1.25
    #   area 1 = 1.5 + 2 + 1.5 + 0.25 + 0.5 + 1.25 = 7
    area_1 = {"1.1.1": {"option": "cham"}, "1.1.2": {"rate": "90"},
              "1.2.1": {"option": "đủ và đúng hạn"}, "1.2.2": {"option": "đạt"},
              "1.3": {"option": "có kế hoạch, kiểm tra đủ, chưa xử lý"},
              "1.4": {"rate": "33"}, "1.5": {"option": "co trien khai"}, "1.6": {"count": "3"}}
    for code, given_input in area_1.items():
        put(s, code, **given_input)
    # Areas 2, 4, 6, 7 at their maxima: 8 + 7 + 8 + 12 = 35.
    score_all_at_max(s, areas={"2", "4", "6", "7"})
    # Area 3: only 3.3.1 at 95 % → 2.  Area 5: only 5.5 with 4 cases → 0.
    put(s, "3.3.1", rate="95")
    put(s, "5.5", count="4")
    # Survey (Sở Nội vụ enters it): 9.75 + 12 + 8 = 29.75.
    for code, points in (("8.1", "9.75"), ("8.2", "12"), ("8.3", "8")):
        assessments.set_input(s.ws, s.campaign.id, s.unit.id, code, points=points,
                              as_coordinator=True)
    # Bonus 1.5 (cap 2) and penalty 0.5 (cap 3).
    put(s, "T", points="1.5")
    put(s, "P", points="0,5")

    sheet = sheet_of(s)
    totals = sheet.self_totals
    areas = {code: (points, maximum) for code, (points, maximum) in totals.areas.items()}
    assert areas == {"1": (D(7), D(12)), "2": (D(8), D(8)), "3": (D(2), D(14)),
                     "4": (D(7), D(7)), "5": (D(0), D(9)), "6": (D(8), D(8)),
                     "7": (D(12), D(12)), "8": (D("29.75"), D(30))}
    # self-scored = 7 + 35 + 2 + 0 = 44; survey = 29.75
    assert totals.self_scored == D(44)
    assert totals.survey == D("29.75")
    assert (totals.bonus, totals.penalty) == (D("1.5"), D("0.5"))
    assert totals.maximum == D(100)
    # cap_then_penalty (the sample's): min(100, 44 + 29.75 + 1.5) − 0.5 = 75.25 − 0.5 = 74.75
    assert sheet.criteria_set.final_convention == "cap_then_penalty"
    assert totals.final == D("74.75")
    # index = 74.75 / 100 × 100 = 74.75 % → Khá (70 ≤ 74.75 < 80)
    assert totals.index == D("74.75")
    assert totals.band == "Khá"
    as_json = totals.to_json()
    # area 1 index: 7 / 12 × 100 = 58.333… → truncated to 58.33; area 3: 2 / 14 = 14.2857… → 14.28
    assert as_json["areas"]["1"] == {"title": SAMPLE_NODES["1"]["title"], "points": "7",
                                     "max": "12", "index": "58.33"}
    assert as_json["areas"]["3"]["index"] == "14.28"
    assert (as_json["final"], as_json["index"], as_json["survey"]) == ("74.75", "74.75", "29.75")

    lines = lines_by_code(sheet)
    # parents show the sums of their children
    assert lines["1.1"].score == D("1.5") and lines["1.2"].score == D(2)
    assert lines["1"].score == D(7) and lines["3.3"].score == D(2) and lines["3"].score == D(2)
    assert lines["3.2"].score is None  # nothing under 3.2 scored yet
    assert lines["8"].score == D("29.75")
    assert_parents_sum_their_children(sheet)
    for code, (points, _) in totals.areas.items():
        assert lines[code].score == points
    # 44 self-scored leaves (8 + 5 + 9 + 4 + 6 + 4 + 8); open: 8 in area 3 and 5 in area 5
    assert (totals.scored, totals.scorable) == (44 - 13, 44)


def test_full_marks_give_100_and_the_top_band(sample):
    """Every criterion at its maximum: 70 self-scored + 30 survey = 100 → 100 % → Xuất sắc."""
    campaigns.set_rating_bands(sample.ws, sample.campaign.id, BANDS)
    score_all_at_max(sample)
    totals = sheet_of(sample).self_totals
    assert (totals.self_scored, totals.survey, totals.final) == (D(70), D(30), D(100))
    assert (totals.index, totals.band) == (D(100), "Xuất sắc")
    assert totals.scored == totals.scorable == 44


def test_survey_points_are_the_coordinators(sample):
    """8.1 (survey, max 10): refused for the unit, accepted from the coordinator, counted as survey."""
    s = sample
    for enter in (lambda: assessments.set_input(s.ws, s.campaign.id, s.unit.id, "8.1", points="5"),
                  lambda: assessments.score_criterion(s.ws, s.campaign.id, s.unit.id, "8.1", "5")):
        with pytest.raises(InvalidInput) as caught:
            enter()
        assert caught.value.code == "not_self_scored"
        assert caught.value.data["code"] == "8.1"
    assert s.ws.db.execute("SELECT count(*) FROM assessments").fetchone()[0] == 0
    row = assessments.set_input(s.ws, s.campaign.id, s.unit.id, "8.1", points="7,5",
                                as_coordinator=True)
    assert row.score == "7.5"
    with pytest.raises(InvalidInput) as over:
        assessments.set_input(s.ws, s.campaign.id, s.unit.id, "8.1", points="10.25",
                              as_coordinator=True)
    assert over.value.code == "points_out_of_range"
    totals = sheet_of(s).self_totals
    # survey points are not self-scored: self 0, survey 7.5, area 8 = 7.5
    assert (totals.self_scored, totals.survey, totals.areas["8"][0]) == (D(0), D("7.5"), D("7.5"))
    assert totals.final == D("7.5")
    assert totals.scored == 0


FINAL_CASES = [
    # (base, bonus, penalty, convention, expected) with total 100
    # min(100, 99.5 + 2) − 1 = 100 − 1 = 99
    ("99.5", "2", "1", "cap_then_penalty", "99"),
    # min(100, 99.5 + 2 − 1) = min(100, 100.5) = 100
    ("99.5", "2", "1", "net_then_cap", "100"),
    # 99.5 + 2 − 1 = 100.5 (may exceed the total)
    ("99.5", "2", "1", "uncapped", "100.5"),
    # below the cap the three agree: 80 + 1.5 − 0.75 = 80.75
    ("80", "1.5", "0.75", "cap_then_penalty", "80.75"),
    ("80", "1.5", "0.75", "net_then_cap", "80.75"),
    ("80", "1.5", "0.75", "uncapped", "80.75"),
    # 98 + 2 = 100 exactly, − 3: 97 under every convention
    ("98", "2", "3", "cap_then_penalty", "97"),
    ("98", "2", "3", "net_then_cap", "97"),
    ("98", "2", "3", "uncapped", "97"),
    # 100 + 2 − 0.25: capped first → 99.75; net first → min(100, 101.75) = 100; uncapped 101.75
    ("100", "2", "0.25", "cap_then_penalty", "99.75"),
    ("100", "2", "0.25", "net_then_cap", "100"),
    ("100", "2", "0.25", "uncapped", "101.75"),
    # a penalty larger than the points never gives a negative total: 2 − 3 → 0
    ("2", "0", "3", "cap_then_penalty", "0"),
    ("2", "0", "3", "net_then_cap", "0"),
    ("2", "0", "3", "uncapped", "0"),
]


@pytest.mark.parametrize("base, bonus, penalty, convention, expected", FINAL_CASES)
def test_final_total_under_each_convention(base, bonus, penalty, convention, expected):
    """Bonus and penalty combine with the 100 points exactly as the set's convention says."""
    result = scoring.final_total(D(base), D(bonus), D(penalty), D(100), convention)
    assert type(result) is Decimal
    assert result == D(expected)


def test_an_unknown_final_convention_is_a_programming_error():
    with pytest.raises(ValueError):
        scoring.final_total(D(1), D(0), D(0), D(100), "whatever")


@pytest.mark.parametrize("convention, final", [
    # base 99.5 (all at maximum but 1.1.1 'chậm': 70 − 0.5 + 30), bonus T = 2, penalty P = 1
    ("cap_then_penalty", "99"),   # min(100, 101.5) − 1
    ("net_then_cap", "100"),      # min(100, 100.5)
    ("uncapped", "100.5"),        # 99.5 + 2 − 1
])
def test_the_sets_convention_decides_the_final_total(sample, convention, final):
    """A copy of the sample declaring another convention, attached to the campaign's group."""
    s = sample
    data = criteria.sample_set_data()
    data.update(final_convention=convention, version=2)
    variant = criteria.load_criteria_set(s.ws, data)
    campaigns.attach_criteria_set(s.ws, s.campaign.id, "so", variant.id)
    campaigns.set_rating_bands(s.ws, s.campaign.id, BANDS)
    score_all_at_max(s, except_codes={"1.1.1"})
    put(s, "1.1.1", option="chậm")
    put(s, "T", points="2")
    put(s, "P", points="1")
    sheet = sheet_of(s)
    assert sheet.criteria_set.id == variant.id
    totals = sheet.self_totals
    assert totals.self_scored + totals.survey == D("99.5")
    assert totals.final == D(final)
    assert totals.index == D(final)  # total 100: the index is the final points
    assert totals.band == "Xuất sắc"


def test_index_percent_truncates_and_bands_take_the_campaigns_thresholds(sample):
    """Index = points / max × 100 truncated to 0.01 (never rounded up into a better band)."""
    # 2 / 3 × 100 = 66.666… → 66.66 (rounding would give 66.67)
    assert scoring.index_percent(D(2), D(3)) == D("66.66")
    # 89.999 / 100 → 89.99, which stays in Tốt; 1 / 7 × 100 = 14.2857… → 14.28
    assert scoring.index_percent(D("89.999"), D(100)) == D("89.99")
    assert scoring.index_percent(D(1), D(7)) == D("14.28")
    assert scoring.index_percent(D(5), D(0)) == D(0)
    bands = campaigns.set_rating_bands(sample.ws, sample.campaign.id, BANDS)
    expected = {"100": "Xuất sắc", "90": "Xuất sắc", "89.99": "Tốt", "80": "Tốt",
                "79.99": "Khá", "70": "Khá", "69.99": "Trung bình", "50": "Trung bình",
                "49.99": "Yếu", "0": "Yếu"}
    for index, label in expected.items():
        assert scoring.rating_band(D(index), bands) == label, index
    assert scoring.rating_band(D(95), []) is None
    assert [b.label for b in campaigns.rating_bands(sample.ws, sample.campaign.id)] == [
        label for label, _ in BANDS]
    with pytest.raises(InvalidInput) as caught:
        campaigns.set_rating_bands(sample.ws, sample.campaign.id, [("Tốt", "80"), ("Xuất sắc", "90")])
    assert caught.value.code == "bad_rating_bands"


# -- self and appraised side by side ----------------------------------------------------------

def appraise(s: CampaignSetup, code: str, value: str) -> Decimal:
    return D(assessments.record_appraisal(s.ws, s.campaign.id, s.unit.id, code, value).appraised_score)


def test_self_and_appraised_values_side_by_side(sample):
    """The appraised column adds up appraised values only; survey points count in both."""
    s = sample
    campaigns.set_rating_bands(s.ws, s.campaign.id, BANDS)
    # self: 1.1.1 kịp thời → 1; 1.4 rate 85: 1.275 → 1.25; 1.6 1 overdue → 1.75; T 1
    put(s, "1.1.1", option="kịp thời")
    put(s, "1.4", rate="85")
    put(s, "1.6", count="1")
    put(s, "T", points="1")
    assessments.set_input(s.ws, s.campaign.id, s.unit.id, "8.1", points="9", as_coordinator=True)
    # appraised: 1.1.1 'chậm' → 0.5; 1.4 rate 20: 0.3 → 0.25; 1.6 5 overdue: 2 − 1.25 → 0.75
    assert appraise(s, "1.1.1", "cham") == D("0.5")
    assert appraise(s, "1.4", "20") == D("0.25")
    assert appraise(s, "1.6", "5") == D("0.75")
    sheet = sheet_of(s)
    lines = lines_by_code(sheet)
    assert (lines["1.1.1"].score, lines["1.1.1"].appraised_score) == (D(1), D("0.5"))
    assert lines["1.1.1"].appraised_input == "chậm"
    assert (lines["1.4"].score, lines["1.4"].appraised_score) == (D("1.25"), D("0.25"))
    assert (lines["1.6"].score, lines["1.6"].appraised_score) == (D("1.75"), D("0.75"))
    assert (lines["1"].score, lines["1"].appraised_score) == (D(4), D("1.5"))
    mine, theirs = sheet.self_totals, sheet.appraised_totals
    # self: 1 + 1.25 + 1.75 = 4 self-scored, survey 9, bonus 1 → min(100, 14) − 0 = 14
    assert (mine.self_scored, mine.survey, mine.bonus, mine.final) == (D(4), D(9), D(1), D(14))
    # appraised: 0.5 + 0.25 + 0.75 = 1.5; survey 9 counts too; T not appraised → no bonus
    assert (theirs.self_scored, theirs.survey, theirs.bonus) == (D("1.5"), D(9), D(0))
    assert theirs.areas["1"] == (D("1.5"), D(12))
    assert theirs.areas["8"] == (D(9), D(30))
    assert theirs.final == D("10.5") and theirs.index == D("10.5") and theirs.band == "Yếu"
    assert sheet.appraised == 3
    as_json = sheet.to_json()
    assert as_json["appraised"]["appraised"] == 3
    assert as_json["appraised"]["final"] == "10.5" and as_json["self"]["final"] == "14"
    assert_parents_sum_their_children(sheet, "score")


def test_the_appraised_column_of_the_lines_adds_up_to_its_totals(sample):
    """On the score sheet, the appraised column of every area line shows the same points as the
    appraised totals — the survey area included, since survey points count in both columns."""
    s = sample
    put(s, "1.1.1", option="kịp thời")
    appraise(s, "1.1.1", "chậm")
    assessments.set_input(s.ws, s.campaign.id, s.unit.id, "8.1", points="9", as_coordinator=True)
    sheet = sheet_of(s)
    lines = lines_by_code(sheet)
    assert sheet.appraised_totals.areas["1"][0] == lines["1"].appraised_score == D("0.5")
    assert sheet.appraised_totals.areas["8"][0] == D(9)
    # The line of area 8 (and of 8.1) must show the 9 survey points the appraised total counts.
    assert lines["8"].appraised_score == D(9)
    assert lines["8.1"].appraised_score == D(9)
    assert_parents_sum_their_children(sheet, "appraised_score")


def test_recompute_after_nothing_changed_changes_nothing(sample):
    """Applying the rules again to unchanged inputs changes no score and writes nothing."""
    s = sample
    put(s, "1.4", rate="33")
    put(s, "1.6", count="3")
    put(s, "1.1.2", rate="90,01")
    assessments.set_input(s.ws, s.campaign.id, s.unit.id, "8.2", points="11.75", as_coordinator=True)
    appraise(s, "1.4", "50")
    before = s.ws.db.execute("SELECT * FROM assessments ORDER BY id").fetchall()
    assert assessments.recompute(s.ws, s.campaign.id, s.unit.id) == 0
    after = s.ws.db.execute("SELECT * FROM assessments ORDER BY id").fetchall()
    assert [tuple(r) for r in after] == [tuple(r) for r in before]


# -- property tests for every rule type (random rules and maxima, in quarters) ---------------

QUARTERS = st.integers(min_value=1, max_value=40).map(lambda n: D(n) / 4)  # 0.25 … 10
# whole rates hit the thresholds (which are whole) often enough to test the edges
RATES = st.one_of(st.integers(min_value=0, max_value=100).map(D),
                  st.decimals(min_value=0, max_value=100, places=2))
STEPS = st.sampled_from([D("0.25"), D("0.5"), D("0.01"), D(1)])


def text(value: Decimal) -> str:
    return format_decimal(value)


def quarters_up_to(limit: Decimal) -> st.SearchStrategy[Decimal]:
    return st.integers(min_value=0, max_value=int(limit * 4)).map(lambda n: D(n) / 4)


def check_bounds(score: Decimal, maximum: Decimal) -> None:
    assert type(score) is Decimal and score.is_finite()
    assert D(0) <= score <= maximum


@settings(max_examples=100, deadline=None)
@given(maximum=QUARTERS, data=st.data())
def test_choice_scores_are_one_of_the_options_within_bounds(maximum, data):
    """choice: any option (even one a careless table sets above the maximum) lies in [0, max]."""
    count = data.draw(st.integers(min_value=2, max_value=5))
    points = [data.draw(quarters_up_to(maximum + 2)) for _ in range(count)]
    rule = parse_rule("choice " + "; ".join(f"phương án {i}={text(p)}" for i, p in enumerate(points)))
    chosen = data.draw(st.integers(min_value=0, max_value=count - 1))
    score = compute_score(rule, maximum, f"phương án {chosen}")
    check_bounds(score, maximum)
    assert score == min(points[chosen], maximum)


@settings(max_examples=100, deadline=None)
@given(maximum=QUARTERS, passed=st.booleans())
def test_passfail_gives_the_maximum_or_zero(maximum, passed):
    score = compute_score(parse_rule("passfail"), maximum, "Đạt" if passed else "khong dat")
    check_bounds(score, maximum)
    assert score == (maximum if passed else D(0))


@st.composite
def ordered_bands(draw, maximum: Decimal, *, allow_over: bool = False):
    """A bands rule whose points never decrease as the rate grows: thresholds t1 < … < tk,
    written from the top band down ('>=tk%=pk; …; >t1%=p1; <=t1%=p0' and the like)."""
    thresholds = sorted(draw(st.sets(st.integers(min_value=1, max_value=99), min_size=1,
                                     max_size=4)))
    top = maximum + 2 if allow_over else maximum
    points = sorted(draw(quarters_up_to(top)) for _ in range(len(thresholds) + 1))
    parts, op = [], ">"
    for threshold, value in zip(reversed(thresholds), reversed(points[1:]), strict=True):
        op = draw(st.sampled_from([">", ">=", "≥"]))
        parts.append(f"{op}{threshold}%={text(value)}")
    # the lowest band is the complement of the one above it, so no rate falls in a gap
    parts.append(f"{'<=' if op == '>' else '<'}{thresholds[0]}%={text(points[0])}")
    return "bands(rate) " + "; ".join(parts)


@settings(max_examples=100, deadline=None)
@given(maximum=QUARTERS, data=st.data())
def test_bands_are_within_bounds_and_monotonic_in_the_rate(maximum, data):
    """bands with points increasing with the thresholds: score in [0, max], never lower for a
    higher rate."""
    rule = parse_rule(data.draw(ordered_bands(maximum, allow_over=True)))
    low, high = sorted([data.draw(RATES), data.draw(RATES)])
    score_low = compute_score(rule, maximum, str(low))
    score_high = compute_score(rule, maximum, str(high).replace(".", ","))
    check_bounds(score_low, maximum)
    check_bounds(score_high, maximum)
    assert score_low <= score_high
    assert score_high in {min(band.points, maximum) for band in rule.bands} | {D(0)}


@settings(max_examples=100, deadline=None)
@given(maximum=QUARTERS, step=STEPS, minimum=st.none() | st.integers(min_value=1, max_value=99),
       rates=st.tuples(RATES, RATES))
def test_prop_is_within_bounds_and_monotonic_in_the_rate(maximum, step, minimum, rates):
    """prop (with or without a minimum rate): score in [0, max], never lower for a higher rate,
    and never above rate × max."""
    rule = parse_rule("prop(rate)" + (f" min {minimum}%" if minimum else ""))
    low, high = sorted(rates)
    score_low = compute_score(rule, maximum, str(low), step=step)
    score_high = compute_score(rule, maximum, f"{high}%", step=step)
    for rate, score in ((low, score_low), (high, score_high)):
        check_bounds(score, maximum)
        assert score <= rate * maximum / 100
    assert score_low <= score_high


@settings(max_examples=100, deadline=None)
@given(maximum=QUARTERS, data=st.data(), counts=st.tuples(st.integers(0, 60), st.integers(0, 60)))
def test_deduct_is_within_bounds_and_never_rises_with_the_count(maximum, data, counts):
    """deduct x/item floor f: score in [f, max] ⊆ [0, max], never higher for more items."""
    per_item = data.draw(quarters_up_to(D(2)).filter(lambda v: v > 0))
    floor = data.draw(quarters_up_to(maximum))
    rule = parse_rule(f"deduct {text(per_item)}/item floor {text(floor)}")
    few, many = sorted(counts)
    score_few = compute_score(rule, maximum, str(few))
    score_many = compute_score(rule, maximum, str(many))
    for count, score in ((few, score_few), (many, score_many)):
        check_bounds(score, maximum)
        assert score >= floor
        assert score == max(floor, maximum - per_item * count)
    assert score_many <= score_few


@settings(max_examples=100, deadline=None)
@given(kind=st.sampled_from(["survey", "bonus", "penalty"]), maximum=QUARTERS, data=st.data())
def test_entered_points_stay_within_the_cap_or_are_refused(kind, maximum, data):
    """survey points lie in [0, max]; bonus and penalty in [0, cap]; anything above is refused."""
    cap = data.draw(quarters_up_to(maximum).filter(lambda v: v > 0))
    rule = parse_rule(kind if kind == "survey" else f"{kind} cap {text(cap)}")
    limit = maximum if kind == "survey" else cap
    points = data.draw(quarters_up_to(maximum + 3))
    if points > limit:
        with pytest.raises(InvalidInput) as caught:
            compute_score(rule, maximum, text(points))
        assert caught.value.code == "points_out_of_range"
    else:
        score = compute_score(rule, maximum, text(points))
        check_bounds(score, limit)
        assert score == points


# -- random valid sets: every parent is the sum of its children -----------------------------

LEAF_KINDS = ["choice", "passfail", "bands", "prop", "deduct", "survey"]


@st.composite
def leaf_rule(draw, maximum: Decimal) -> str:
    kind = draw(st.sampled_from(LEAF_KINDS))
    if kind == "choice":
        count = draw(st.integers(min_value=2, max_value=4))
        points = [maximum] + [draw(quarters_up_to(maximum)) for _ in range(count - 1)]
        return "choice " + "; ".join(f"mức {i}={text(p)}" for i, p in enumerate(points))
    if kind == "bands":
        return draw(ordered_bands(maximum))
    if kind == "prop":
        return draw(st.sampled_from(["prop(rate)", "prop(rate of plan done) min 50%"]))
    if kind == "deduct":
        per_item = draw(quarters_up_to(maximum).filter(lambda v: v > 0))
        return f"deduct {text(per_item)}/item floor 0"
    return kind


@st.composite
def node_tree(draw, code: str, depth: int) -> tuple[Decimal, list[dict]]:
    """(maximum, rows) of the subtree at `code`: a sum of 1–3 children or a leaf."""
    # areas are mostly sums (2 in 3), deeper nodes half the time; level 4 is always a leaf
    is_sum = draw(st.integers(min_value=0, max_value=2)) > 0 if depth == 1 else (
        depth < 4 and draw(st.booleans()))
    if is_sum:
        rows, total = [], D(0)
        for index in range(1, draw(st.integers(min_value=1, max_value=3)) + 1):
            maximum, subtree = draw(node_tree(f"{code}.{index}", depth + 1))
            total += maximum
            rows += subtree
        return total, [{"code": code, "title": f"Tiêu chí {code}", "max": text(total),
                        "rule": "sum"}, *rows]
    maximum = draw(st.integers(min_value=1, max_value=12).map(lambda n: D(n) / 4))
    return maximum, [{"code": code, "title": f"Tiêu chí {code}", "max": text(maximum),
                      "rule": draw(leaf_rule(maximum))}]


@st.composite
def criteria_sets(draw) -> dict:
    rows, total = [], D(0)
    for area in range(1, draw(st.integers(min_value=1, max_value=4)) + 1):
        maximum, subtree = draw(node_tree(str(area), 1))
        subtree[0]["appraiser"] = f"Cơ quan {area}"
        total += maximum
        rows += subtree
    if draw(st.booleans()):
        rows.append({"code": "T", "title": "Điểm thưởng", "max": "2", "rule": "bonus cap 2"})
    if draw(st.booleans()):
        rows.append({"code": "P", "title": "Điểm trừ", "max": "3", "rule": "penalty cap 3"})
    return {"province": "Ngẫu nhiên", "year": 2026, "unit_group": "g", "version": 1,
            "title": "Bộ tiêu chí ngẫu nhiên", "total_points": text(total),
            "rounding_step": draw(st.sampled_from(["0.25", "0.5", "0.01"])),
            "final_convention": draw(st.sampled_from(criteria.FINAL_CONVENTIONS)),
            "criteria": rows}


@st.composite
def leaf_input(draw, rule_text: str, maximum: Decimal) -> str:
    rule = parse_rule(rule_text)
    if rule.kind == "choice":
        return draw(st.sampled_from([label for label, _ in rule.options]))
    if rule.kind == "passfail":
        return draw(st.sampled_from(["đạt", "không đạt"]))
    if rule.kind in ("bands", "prop"):
        return str(draw(RATES))
    if rule.kind == "deduct":
        return str(draw(st.integers(min_value=0, max_value=20)))
    limit = rule.cap if rule.cap is not None else maximum
    return text(draw(quarters_up_to(limit)))


@pytest.fixture(scope="module")
def shared_ws(tmp_path_factory) -> Workspace:
    """One workspace for all the examples (each loads its own set into its own campaign)."""
    workspace = open_workspace(tmp_path_factory.mktemp("random-sets") / "ws", create=True)
    workspaces.initialise(workspace, role="coordinator", unit_code=OWN_CODE, unit_name=OWN_NAME)
    yield workspace
    workspace.close()


_example = itertools.count(1)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_random_valid_sets_add_up_parent_by_parent(shared_ws, data):
    """For a random valid set loaded into a workspace and fully scored, every parent line of the
    score sheet equals the sum of its children, areas add up to the totals, and every score lies
    within its maximum."""
    ws = shared_ws
    set_data = data.draw(criteria_sets())
    set_data["province"] = f"Ngẫu nhiên {next(_example)}"
    assert criteria.validate_set_data(set_data) == []
    stored = criteria.load_criteria_set(ws, set_data)
    unit = units.unit_by_code(ws, OWN_CODE)
    campaign = campaigns.create_campaign(ws, year=2026, title=f"Đợt {set_data['province']}")
    campaigns.add_unit_group(ws, campaign.id, code="g", name="g", criteria_set_id=stored.id)
    campaigns.enrol_unit(ws, campaign.id, unit.id, "g")
    parents = {row["code"].rsplit(".", 1)[0] for row in set_data["criteria"] if "." in row["code"]}
    expected: dict[str, Decimal] = {}
    for row in set_data["criteria"]:
        if row["code"] in parents:
            continue
        value = data.draw(leaf_input(row["rule"], D(row["max"])))
        saved = assessments.score_criterion(ws, campaign.id, unit.id, row["code"], value,
                                            as_coordinator=True)
        expected[row["code"]] = D(saved.score)
        assert D(0) <= D(saved.score) <= D(row["max"])
    sheet = scoring.scoresheet(ws, campaign.id, unit.id)
    assert sheet.criteria_set.content_hash == criteria.content_hash(set_data)
    lines = lines_by_code(sheet)
    assert {code: lines[code].score for code in expected} == expected
    assert all(line.score is not None for line in sheet.lines)
    assert_parents_sum_their_children(sheet, has_parents=bool(parents))
    totals = sheet.self_totals
    area_codes = [r["code"] for r in set_data["criteria"] if r["code"].isdigit()]
    assert sorted(totals.areas) == sorted(area_codes)
    for code in area_codes:
        assert totals.areas[code] == (lines[code].score, D(lines[code].criterion.max_points))
        assert lines[code].score <= D(lines[code].criterion.max_points)
    assert totals.self_scored + totals.survey == sum((lines[c].score for c in area_codes), D(0))
    assert totals.maximum == D(set_data["total_points"])
    assert totals.final == scoring.final_total(
        totals.self_scored + totals.survey, totals.bonus, totals.penalty, totals.maximum,
        set_data["final_convention"])

