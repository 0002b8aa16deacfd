"""Scoring rules: the exact score every rule of the sample criteria set gives, edges included,
and properties that hold for any valid input (exact Decimal, within [0, maximum], no floats)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models import assessments, scoring
from desktop.models.decimals import format_decimal, parse_decimal, round_down
from desktop.models.errors import InvalidInput
from desktop.models.rules import INPUT_KIND, compute_score, parse_rule
from desktop.resources import resource

SAMPLE = json.loads(resource("criteria", "bo-tieu-chi-mau-so-ban-nganh.json").read_text("utf-8"))
NODES = {node["code"]: node for node in SAMPLE["criteria"]}
STEP = Decimal(SAMPLE["rounding_step"])
SCORABLE = [n for n in SAMPLE["criteria"] if parse_rule(n["rule"]).kind != "sum"]
D = Decimal


def score(code: str, value: str) -> Decimal:
    node = NODES[code]
    return compute_score(parse_rule(node["rule"]), D(node["max"]), value, step=STEP)


# (criterion code of the sample set, input, exact score)
EXACT = [
    # choice kịp thời=1; chậm=0.5; không ban hành=0
    ("1.1.1", "kịp thời", "1"), ("1.1.1", "chậm", "0.5"), ("1.1.1", "không ban hành", "0"),
    ("1.1.1", "  KỊP THỜI ", "1"),
    ("1.3", "có kế hoạch, kiểm tra đủ, chưa xử lý", "1.5"),
    # bands(rate) >90%=2; 70-90%=1; <70%=0 — '>90' excludes 90, '70-90' includes both ends
    ("1.1.2", "100", "2"), ("1.1.2", "90.01", "2"), ("1.1.2", "90,01", "2"),
    ("1.1.2", "90", "1"), ("1.1.2", "80", "1"), ("1.1.2", "70", "1"),
    ("1.1.2", "69.99", "0"), ("1.1.2", "0", "0"), ("1.1.2", "92%", "2"),
    # bands(rate) 100%=3; >=95%=2; >=90%=1; <90%=0 — '100%' means exactly 100
    ("3.3.1", "100", "3"), ("3.3.1", "99.99", "2"), ("3.3.1", "96,5", "2"), ("3.3.1", "95", "2"),
    ("3.3.1", "94.99", "1"), ("3.3.1", "90", "1"), ("3.3.1", "89.99", "0"), ("3.3.1", "0", "0"),
    # prop: rate × max, rounded DOWN to 0.25
    ("1.4", "85", "1.25"), ("1.4", "100", "1.5"), ("1.4", "0", "0"), ("1.4", "66.67", "1"),
    ("1.4", "66.66", "0.75"), ("1.4", "16.67", "0.25"), ("1.4", "16.66", "0"),
    ("2.1", "99.99", "1.25"), ("3.1", "50", "1"), ("3.1", "87.5", "1.75"), ("7.1.2", "33,4", "0.5"),
    # deduct 0.25/item floor 0 (max 2) and deduct 0.5/item floor 0 (max 1.5)
    ("1.6", "0", "2"), ("1.6", "1", "1.75"), ("1.6", "2", "1.5"), ("1.6", "8", "0"),
    ("1.6", "9", "0"), ("1.6", "1000", "0"), ("5.5", "1", "1"), ("5.5", "3", "0"), ("5.5", "4", "0"),
    # survey: points entered, up to the maximum
    ("8.1", "0", "0"), ("8.1", "7,5", "7.5"), ("8.1", "10", "10"), ("8.2", "11.75", "11.75"),
    # bonus cap 2 / penalty cap 3
    ("T", "0", "0"), ("T", "1.5", "1.5"), ("T", "2", "2"), ("P", "3", "3"), ("P", "0,25", "0.25"),
]


@pytest.mark.parametrize("code, value, expected", EXACT)
def test_exact_scores_of_the_sample_set(code, value, expected):
    """Each rule gives exactly the score a specialist computes by hand, edges included."""
    result = score(code, value)
    assert type(result) is Decimal
    assert result == D(expected)
    assert format_decimal(result) == expected


REFUSED = [
    ("1.1.1", "rất tốt", "unknown_option"),
    ("1.1.2", "100.01", "rate_out_of_range"), ("1.1.2", "-0.01", "rate_out_of_range"),
    ("1.1.2", "nhiều", "bad_number"), ("1.4", "NaN", "bad_number"), ("1.4", "1.000,5", "bad_number"),
    ("1.6", "2.5", "bad_count"), ("1.6", "-1", "bad_count"),
    ("8.1", "10.25", "points_out_of_range"), ("8.1", "-1", "points_out_of_range"),
    ("T", "2.25", "points_out_of_range"), ("P", "3.5", "points_out_of_range"),
    ("1", "5", "not_scorable"),
]


@pytest.mark.parametrize("code, value, error", REFUSED)
def test_invalid_inputs_are_refused_by_name(code, value, error):
    """An input a rule cannot take is refused with a named reason, never scored as 0."""
    with pytest.raises(InvalidInput) as caught:
        score(code, value)
    assert caught.value.code == error


def test_every_rule_kind_of_the_sample_set_is_covered():
    """The exact-score table above covers every rule kind the sample set uses."""
    kinds_in_file = {parse_rule(n["rule"]).kind for n in SAMPLE["criteria"]}
    covered = {parse_rule(NODES[code]["rule"]).kind for code, _, _ in EXACT}
    assert kinds_in_file - {"sum"} <= covered
    assert kinds_in_file <= set(INPUT_KIND)


def test_passfail_gives_the_maximum_or_nothing():
    """'passfail' gives the criterion's maximum for 'đạt' and 0 for 'không đạt'."""
    rule = parse_rule("passfail")
    assert compute_score(rule, D("1.5"), "đạt") == D("1.5")
    assert compute_score(rule, D("1.5"), "Không đạt") == 0


@pytest.mark.parametrize("text", [
    "choice", "choice a", "bands >90%", "bands(rate) 90-70%=1", "deduct 0.25", "bonus 2",
    "sum extra", "prop(rate) >90%=1", "whatever", "bands(rate) ~90%=1",
])
def test_malformed_rules_are_refused(text):
    """A rule the program cannot read is refused as 'bad_rule' rather than guessed."""
    with pytest.raises(InvalidInput) as caught:
        parse_rule(text)
    assert caught.value.code == "bad_rule"


def test_sample_demo_scores_sum_exactly(sample):
    """Scores stored through the service are exact decimal text and add up exactly."""
    ws = sample.ws
    inputs = {"1.1.1": "kịp thời", "1.1.2": "92", "1.4": "85", "1.6": "2", "3.3.1": "96,5",
              "2.1": "33,33", "8.1": "7,5"}
    for code, value in inputs.items():
        assessments.score_criterion(ws, sample.campaign.id, sample.unit.id, code, value,
                                    as_coordinator=code.startswith("8"))
    types = {r[0] for r in ws.db.execute("SELECT typeof(score) FROM assessments")}
    assert types == {"text"}
    totals = scoring.unit_totals(ws, sample.campaign.id, sample.unit.id)
    # area 1: 1 + 2 + 1.25 + 1.5 = 5.75; area 2: 33.33 % × 1.5 = 0.49995 → 0.25; area 3: 2
    assert totals.areas["1"][0] == D("5.75")
    assert totals.self_scored == D("8")
    assert totals.survey == D("7.5")
    assert totals.final == D("15.5")
    assert all(isinstance(v, str) for v in (totals.to_json()["final"], totals.to_json()["survey"]))


def test_survey_items_are_not_self_scored(sample):
    """A unit cannot enter the survey points (the coordinator does)."""
    with pytest.raises(InvalidInput) as caught:
        assessments.score_criterion(sample.ws, sample.campaign.id, sample.unit.id, "8.1", "5")
    assert caught.value.code == "not_self_scored"


# -- decimals ----------------------------------------------------------------------------

def test_parse_decimal_accepts_vietnamese_comma_and_refuses_floats_and_nan():
    """'1,5' is 1.5; a float or NaN never becomes a score."""
    assert parse_decimal("1,5") == D("1.5")
    assert parse_decimal(" 2.25 ") == D("2.25")
    assert parse_decimal("85%") == D(85)
    assert parse_decimal(",5") == D("0.5")
    assert parse_decimal(7) == D(7)
    with pytest.raises(TypeError):
        parse_decimal(1.5)
    with pytest.raises(TypeError):
        parse_decimal(True)
    for bad in ("NaN", "nan", "inf", "Infinity", "1e3", "1.000,5", "1,000.5", "", "1_000",
                D("NaN"), D("Infinity"), D("-Infinity"), D("sNaN")):
        with pytest.raises(InvalidInput) as caught:
            parse_decimal(bad)
        assert caught.value.code == "bad_number"


def test_format_decimal_is_canonical():
    """Stored decimal text has no exponent and no trailing zeros."""
    assert format_decimal(D("1.50")) == "1.5"
    assert format_decimal(D("2.00")) == "2"
    assert format_decimal(D("1E+2")) == "100"
    assert format_decimal(D("-0.0")) == "0"
    assert format_decimal(D("0.25")) == "0.25"
    assert format_decimal(None) is None


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_any_float_is_refused(value):
    """Whatever float reaches the decimal reader, it is refused (TypeError)."""
    with pytest.raises(TypeError):
        parse_decimal(value)


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-10**6, max_value=10**6,
                   places=4))
def test_decimal_text_round_trips_with_dot_or_comma(value):
    """Any decimal written canonically reads back equal, with a dot or a Vietnamese comma."""
    text = format_decimal(value)
    assert "E" not in text and "e" not in text
    assert parse_decimal(text) == value
    assert parse_decimal(text.replace(".", ",")) == value


@given(st.decimals(min_value=0, max_value=1000, places=5), st.sampled_from(["0.25", "0.5", "0.1"]))
def test_round_down_is_exact(value, step_text):
    """Rounding down to a step gives a multiple of the step at most one step below."""
    step = D(step_text)
    result = round_down(value, step)
    assert result <= value < result + step
    assert (result / step) == (result / step).to_integral_value()


RATES = st.decimals(min_value=0, max_value=100, places=2)


@st.composite
def valid_input(draw):
    node = draw(st.sampled_from(SCORABLE))
    rule, maximum = parse_rule(node["rule"]), D(node["max"])
    if rule.kind == "choice":
        value = draw(st.sampled_from([label for label, _ in rule.options]))
    elif rule.kind == "passfail":
        value = draw(st.sampled_from(["đạt", "không đạt"]))
    elif rule.kind in ("bands", "prop"):
        rate = draw(RATES)
        value = draw(st.sampled_from([str(rate), str(rate).replace(".", ","), f"{rate}%"]))
    elif rule.kind == "deduct":
        value = str(draw(st.integers(min_value=0, max_value=500)))
    else:  # survey, bonus, penalty: points up to the cap or maximum
        limit = rule.cap if rule.cap is not None else maximum
        value = format_decimal(draw(st.decimals(min_value=0, max_value=limit, places=2)))
    return node, rule, maximum, value


@settings(max_examples=300, deadline=None)
@given(valid_input())
def test_every_score_is_an_exact_decimal_within_bounds(case):
    """For any valid input, every rule gives a Decimal (never a float) in [0, maximum]."""
    node, rule, maximum, value = case
    result = compute_score(rule, maximum, value, step=STEP)
    assert type(result) is Decimal and not isinstance(result, float)
    assert result.is_finite()
    limit = rule.cap if rule.cap is not None else maximum
    assert D(0) <= result <= limit
    if rule.kind == "prop":
        rate = parse_decimal(value)
        exact = rate * maximum / 100
        assert result <= exact < result + STEP
        assert (result / STEP) == (result / STEP).to_integral_value()
    if rule.kind == "bands":
        assert result in {band.points for band in rule.bands} | {D(0)}
    if rule.kind == "choice":
        assert result in {points for _, points in rule.options}
