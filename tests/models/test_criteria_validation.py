"""Validation, storage and identity of criteria sets: the shipped samples are valid; every
problem the validator knows is produced by a minimal bad set and told in a sentence that names
the row and the criterion code; an invalid set stores nothing; a set's content hash ignores
how the text was typed but not what scores depend on."""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from wshelpers import row_counts

from desktop.messages import MESSAGES, placeholders, sentence
from desktop.models import criteria
from desktop.models.errors import InvalidInput

D = Decimal


def base() -> dict:
    """A small valid set: area 1 (sum 6 = 4 + 2), area 2 (survey 4), bonus T; total 10.
    Rows are numbered from 1 in list order."""
    return {
        "province": "Tỉnh Thử", "year": 2026, "unit_group": "so", "version": 1,
        "title": "Bộ tiêu chí thử", "total_points": "10", "rounding_step": "0.25",
        "final_convention": "cap_then_penalty",
        "criteria": [
            {"code": "1", "title": "Lĩnh vực một", "max": "6", "rule": "sum",
             "appraiser": "Sở Nội vụ"},                                              # row 1
            {"code": "1.1", "title": "Tiêu chí A", "max": "4",
             "rule": "choice có=4; không=0"},                                        # row 2
            {"code": "1.2", "title": "Tiêu chí B", "max": "2", "rule": "prop(rate)"},  # row 3
            {"code": "2", "title": "Lĩnh vực hai", "max": "4", "rule": "survey",
             "appraiser": "Sở Nội vụ"},                                              # row 4
            {"code": "T", "title": "Điểm thưởng", "max": "1", "rule": "bonus cap 1",
             "appraiser": "Sở Nội vụ"},                                              # row 5
        ],
    }


def node(data: dict, code: str) -> dict:
    return next(n for n in data["criteria"] if n["code"] == code)


def edit(code: str, **changes: object) -> Callable[[dict], None]:
    return lambda data: node(data, code).update(changes)


def append(**row: object) -> Callable[[dict], None]:
    return lambda data: data["criteria"].append(dict(row))


def header(**changes: object) -> Callable[[dict], None]:
    return lambda data: data.update(changes)


def both(*mutations: Callable[[dict], None]) -> Callable[[dict], None]:
    def run(data: dict) -> None:
        for mutation in mutations:
            mutation(data)
    return run


def problems_of(mutation: Callable[[dict], None]) -> list[InvalidInput]:
    data = base()
    mutation(data)
    return criteria.validate_set_data(data)


def test_the_base_set_is_valid():
    assert criteria.validate_set_data(base()) == []


# (problem code, mutation of the base set, row, criterion code) — each set has this one problem
ROW_PROBLEMS = [
    ("crit_bad_code", append(code="X-1", title="Sai mã", max="1", rule="prop(rate)"), 6, "X-1"),
    ("crit_bad_code", edit("T", rule="choice có=1; không=0"), 5, "T"),  # letter code, not bonus
    ("crit_duplicate_code", append(code="1.2", title="Lặp", max="2", rule="prop(rate)"), 6, "1.2"),
    ("crit_missing_parent", append(code="3.1", title="Mồ côi", max="1", rule="prop(rate)"), 6,
     "3.1"),
    ("crit_missing_title", edit("1.1", title="   "), 2, "1.1"),
    ("crit_bad_max", edit("1.2", max="hai"), 3, "1.2"),
    ("crit_bad_max", edit("1.2", max="0"), 3, "1.2"),
    ("crit_bad_max", edit("1.2", max="-2"), 3, "1.2"),
    ("crit_bad_rule", edit("1.2", rule="prop(rate) >90%=1"), 3, "1.2"),
    ("crit_bad_rule", edit("1.2", rule=""), 3, "1.2"),
    ("crit_sum_mismatch", both(edit("1", max="7"), header(total_points="11")), 1, "1"),
    ("crit_sum_without_children",
     both(append(code="3", title="Lĩnh vực rỗng", max="1", rule="sum"), header(total_points="11")),
     6, "3"),
    ("crit_children_under_leaf",
     lambda d: d["criteria"].insert(4, {"code": "2.1", "title": "Con của lá", "max": "4",
                                        "rule": "survey"}), 4, "2"),
    ("crit_option_over_max", edit("1.1", rule="choice có=5; không=0"), 2, "1.1"),      # choice
    ("crit_option_over_max", edit("1.2", rule="bands(rate) >90%=3; <=90%=0"), 3, "1.2"),  # bands
    ("crit_option_over_max", edit("T", rule="bonus cap 2"), 5, "T"),                   # cap > max
    ("crit_extra_nested", edit("1.2", rule="bonus cap 2"), 3, "1.2"),
    ("crit_bad_suggest", edit("1.2", suggest="ty_le_tu_nghi"), 3, "1.2"),
    ("crit_too_few_options", edit("1.1", rule="choice có=4"), 2, "1.1"),
    ("crit_bad_deduct", edit("1.2", rule="deduct 0/item floor 0"), 3, "1.2"),
    ("crit_bad_deduct", edit("1.2", rule="deduct 0.25/item floor 3"), 3, "1.2"),  # floor > max 2
]


@pytest.mark.parametrize("code, mutation, row, criterion", ROW_PROBLEMS)
def test_each_row_problem_names_its_row_and_code(code, mutation, row, criterion):
    """A minimal bad set gives exactly its one problem, and the sentence says where."""
    problems = problems_of(mutation)
    assert [(p.code, p.data.get("row"), p.data.get("code")) for p in problems] == [
        (code, row, criterion)]
    vi, en = sentence(problems[0], "vi"), sentence(problems[0], "en")
    assert vi.startswith(f"Dòng {row}:") and criterion in vi
    assert en.startswith(f"Row {row}:") and criterion in en
    assert placeholders(code) <= set(problems[0].data)  # every blank of the sentence filled


def first_problem(code: str) -> InvalidInput:
    mutation = next(m for c, m, *_ in ROW_PROBLEMS if c == code)
    return problems_of(mutation)[0]


def test_the_sentences_give_the_details_to_fix_the_row():
    """Beyond row and code, each sentence carries what is wrong (values the user must change)."""
    assert sentence(first_problem("crit_duplicate_code"), "vi") == (
        "Dòng 6: mã 1.2 trùng với dòng 3.")
    assert sentence(first_problem("crit_sum_mismatch"), "vi") == (
        "Dòng 1: điểm tối đa của mã 1 là 7 nhưng tổng các tiêu chí thành phần là 6.")
    assert sentence(first_problem("crit_option_over_max"), "vi") == (
        "Dòng 2: phương án “có” của mã 1.1 cho 5 điểm, vượt điểm tối đa 4.")
    assert sentence(first_problem("crit_missing_parent"), "vi") == (
        "Dòng 6: mã 3.1 không có tiêu chí cha 3 ở phía trên.")


# (problem code, mutation, words the sentence must contain) — problems of the set as a whole
SET_PROBLEMS = [
    ("crit_total_mismatch", header(total_points="12"), ["10", "12"]),
    ("crit_header_bad", header(year="20x6"), ["year", "20x6"]),
    ("crit_header_bad", header(year=1999), ["year", "1999"]),
    ("crit_header_bad", header(version=0), ["version", "0"]),
    ("crit_header_bad", header(rounding_step="0"), ["rounding_step", "0"]),
    ("crit_header_bad", header(total_points="mười"), ["total_points", "mười"]),
    ("crit_header_bad", header(final_convention="tùy ý"), ["final_convention", "tùy ý"]),
    ("crit_header_missing", header(province=""), ["province"]),
    ("crit_header_missing", header(unit_group="   "), ["unit_group"]),
    ("crit_header_missing", header(title=None), ["title"]),
    ("crit_empty", header(criteria=[]), ["không có tiêu chí"]),
    ("crit_too_many", header(criteria=[
        {"code": f"1.{i}", "title": "x", "max": "1", "rule": "prop(rate)"} for i in range(2001)]),
     ["2001", "2000"]),
]


@pytest.mark.parametrize("code, mutation, words", SET_PROBLEMS)
def test_each_set_problem_is_told_with_its_values(code, mutation, words):
    problems = problems_of(mutation)
    assert [p.code for p in problems] == [code]
    vi = sentence(problems[0], "vi")
    assert placeholders(code) <= set(problems[0].data)
    for word in words:
        assert word in vi


def test_every_problem_code_of_the_validator_is_covered_here():
    """Each crit_* code the validator can produce is exercised above and has both sentences."""
    source = Path(criteria.__file__).read_text(encoding="utf-8")
    produced = set(re.findall(r'InvalidInput\("(crit_\w+)"', source))
    covered = {c for c, *_ in ROW_PROBLEMS} | {c for c, *_ in SET_PROBLEMS}
    assert produced == covered
    for code in produced:
        assert all(MESSAGES[code]), code


def test_several_problems_come_in_row_order_with_the_rows_the_table_gives():
    """Rows given by the reader (e.g. the Excel row) are the ones named; problems are sorted."""
    data = base()
    for number, row in zip((7, 8, 9, 11, 12), data["criteria"], strict=True):
        row["row"] = number
    node(data, "1.2")["max"] = "x"                              # Excel row 9
    node(data, "1.1")["rule"] = "choice có=4"                   # Excel row 8
    data["criteria"].append({"code": "1.1", "title": "Lặp", "max": "4", "row": 14,
                             "rule": "choice có=4; không=0"})
    problems = criteria.validate_set_data(data)
    assert [(p.code, p.data["row"]) for p in problems] == [
        ("crit_too_few_options", 8), ("crit_bad_max", 9), ("crit_duplicate_code", 14)]
    assert sentence(problems[2], "vi") == "Dòng 14: mã 1.1 trùng với dòng 8."


def test_a_bonus_row_with_a_number_code_does_not_switch_off_the_total_check():
    """Areas add up to 10 but 11 is declared: a bonus row coded '9' must not hide that."""
    data = base()
    data["total_points"] = "11"
    data["criteria"].append({"code": "9", "title": "Điểm thưởng khác", "max": "1",
                             "rule": "bonus cap 1"})
    codes = [p.code for p in criteria.validate_set_data(data)]
    assert "crit_total_mismatch" in codes


# -- the shipped samples -----------------------------------------------------------------------

@pytest.mark.parametrize("group", ["so-ban-nganh", "xa-phuong"])
def test_the_shipped_samples_are_valid_and_total_100(group):
    data = criteria.sample_set_data(group)
    assert criteria.validate_set_data(data) == []
    areas = {n["code"]: D(n["max"]) for n in data["criteria"] if n["code"].isdigit()}
    assert sorted(areas, key=int) == [str(i) for i in range(1, 9)]
    assert sum(areas.values()) == D(data["total_points"]) == D(100)
    assert areas["8"] == D(30)  # the survey part
    assert data["is_sample"] is True and "Bộ tiêu chí mẫu" in data["title"]
    assert data["unit_group"] == group


def test_the_commune_sample_has_the_commune_shape():
    """Derived from the department sample: area 2 = 5 and area 3 = 18 points."""
    commune = {n["code"]: n for n in criteria.sample_set_data("xa-phuong")["criteria"]}
    department = {n["code"]: n for n in criteria.sample_set_data("so-ban-nganh")["criteria"]}
    assert D(commune["2"]["max"]) == D(5)
    assert D(commune["3"]["max"]) == D(18)
    assert (D(department["2"]["max"]), D(department["3"]["max"])) == (D(8), D(14))
    assert criteria.content_hash(criteria.sample_set_data("xa-phuong")) != criteria.content_hash(
        criteria.sample_set_data("so-ban-nganh"))


# -- storage -----------------------------------------------------------------------------------

def test_an_invalid_set_stores_nothing_and_lists_every_problem(ws):
    before = row_counts(ws)
    data = base()
    node(data, "1")["max"] = "7"
    data["criteria"].append({"code": "1.2", "title": "Lặp", "max": "2", "rule": "prop(rate)"})
    with pytest.raises(InvalidInput) as caught:
        criteria.load_criteria_set(ws, data)
    error = caught.value
    assert error.code == "criteria_invalid"
    assert error.data["count"] == 3
    assert [p.code for p in error.data["problems"]] == [
        "crit_total_mismatch", "crit_sum_mismatch", "crit_duplicate_code"]
    assert all(isinstance(p, InvalidInput) for p in error.data["problems"])
    assert "3 lỗi" in sentence(error, "vi")
    assert row_counts(ws) == before
    assert criteria.list_criteria_sets(ws) == []


def test_a_set_without_criteria_field_is_refused_by_name(ws):
    data = base()
    del data["criteria"]
    with pytest.raises(InvalidInput) as caught:
        criteria.load_criteria_set(ws, data)
    assert (caught.value.code, caught.value.data["field"]) == ("criteria_missing_field", "criteria")


def test_loading_identical_content_twice_returns_the_same_set(ws):
    first = criteria.load_criteria_set(ws, base())
    counts = row_counts(ws)
    again = base()
    again["criteria"][1]["title"] = unicodedata.normalize("NFD", "  Tiêu   chí A ")
    second = criteria.load_criteria_set(ws, again)
    assert second == first
    assert row_counts(ws) == counts
    stored = criteria.list_criteria(ws, first.id)
    assert [n.code for n in stored] == ["1", "1.1", "1.2", "2", "T"]
    assert [n.kind for n in stored] == ["area", "criterion", "criterion", "area", "bonus"]
    assert [n.max_points for n in stored] == ["6", "4", "2", "4", "1"]
    assert [bool(n.self_scored) for n in stored] == [False, True, True, False, True]
    # a criterion inherits its area's appraiser
    assert {n.code: n.appraiser for n in stored}["1.1"] == "Sở Nội vụ"


def test_same_key_with_different_content_needs_a_new_version(ws):
    first = criteria.load_criteria_set(ws, base())
    counts = row_counts(ws)
    changed = base()
    node(changed, "1.2")["rule"] = "prop(rate) min 50%"
    with pytest.raises(InvalidInput) as caught:
        criteria.load_criteria_set(ws, changed)
    assert caught.value.code == "criteria_version_exists"
    assert caught.value.data == {"province": "Tỉnh Thử", "year": 2026, "group": "so", "version": 1}
    assert "phiên bản 1" in sentence(caught.value, "vi")
    assert row_counts(ws) == counts
    changed["version"] = 2
    second = criteria.load_criteria_set(ws, changed)
    assert second.id != first.id and second.version == 2
    assert second.content_hash != first.content_hash


# -- content hash --------------------------------------------------------------------------------

def test_content_hash_ignores_unicode_form_and_spacing():
    data = base()
    typed = copy.deepcopy(data)
    for row in typed["criteria"]:
        row["title"] = "  " + unicodedata.normalize("NFD", row["title"]).replace(" ", "   ") + " \t"
    typed["title"] = unicodedata.normalize("NFD", typed["title"])
    node(typed, "1.1")["rule"] = unicodedata.normalize("NFD", "choice  có=4;  không=0")
    assert typed != data
    assert criteria.content_hash(typed) == criteria.content_hash(data)


def test_content_hash_counts_inherited_appraisers_as_written_out():
    """A blank appraiser under an area means the area's; writing it out is the same set."""
    blank = base()
    written = base()
    node(written, "1.1")["appraiser"] = "Sở Nội vụ"
    node(written, "1.2")["appraiser"] = unicodedata.normalize("NFD", "Sở Nội vụ")
    assert criteria.content_hash(blank) == criteria.content_hash(written)
    other = base()
    node(other, "1.1")["appraiser"] = "Sở Tư pháp"
    assert criteria.content_hash(other) != criteria.content_hash(blank)


def test_content_hash_ignores_row_numbers_and_the_sample_flag_but_not_scoring():
    data = base()
    plain = criteria.content_hash(data)
    marked = base()
    marked["is_sample"] = True
    for number, row in enumerate(marked["criteria"], start=20):
        row["row"] = number
    assert criteria.content_hash(marked) == plain
    for mutate in (edit("1.2", max="2.25"), edit("1.1", rule="choice có=4; không=0.5"),
                   header(rounding_step="0.5"), header(final_convention="net_then_cap"),
                   header(version=2), edit("1.2", guide="Cách chấm khác")):
        changed = base()
        mutate(changed)
        assert criteria.content_hash(changed) != plain


@pytest.mark.parametrize("group", ["so-ban-nganh", "xa-phuong"])
def test_a_stored_set_comes_back_with_the_same_hash(ws, group):
    source = criteria.sample_set_data(group)
    stored = criteria.load_criteria_set(ws, source)
    assert stored.content_hash == criteria.content_hash(source)
    back = criteria.set_as_data(ws, stored.id)
    assert criteria.content_hash(back) == criteria.content_hash(source)
    assert criteria.validate_set_data(back) == []
    assert [n["code"] for n in back["criteria"]] == [n["code"] for n in source["criteria"]]
    assert criteria.load_criteria_set(ws, back) == stored


def test_a_stored_set_written_with_a_decimal_comma_comes_back_with_the_same_hash(ws):
    """Maxima typed '1,5' or '1.50' (as provinces write them) are the same numbers: exporting the
    stored set and loading it again gives the same set, not a 'version exists' refusal."""
    source = base()
    node(source, "1.1")["max"] = "4,0"
    node(source, "1.2")["max"] = "2.00"
    assert criteria.validate_set_data(source) == []
    stored = criteria.load_criteria_set(ws, source)
    back = criteria.set_as_data(ws, stored.id)
    assert criteria.content_hash(back) == stored.content_hash
    assert criteria.content_hash(source) == criteria.content_hash(base())
    assert criteria.load_criteria_set(ws, back) == stored
