"""`cchc assess` and `cchc criteria` end to end (real subprocesses, real data directories made
by `cchc init --with-sample-campaign`): entering inputs of each kind, the score sheet as JSON
with every decimal a string, refusals in one Vietnamese sentence, and criteria tables checked,
imported, shown and (when the Excel module is there) exported and imported again."""

from __future__ import annotations

import json
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from clihelpers import DB_FILENAME, cchc, dump_file, loads_exact, ok, walk, workspace_folder

from desktop.models import criteria
from desktop.resources import resource

LINE_DECIMALS = {"max", "score", "appraised_score"}
DECIMAL_KEYS = {"max", "points", "index", "self_scored", "survey", "bonus", "penalty", "maximum",
                "final"}




def assess_json(data_dir: Path, *args: str) -> dict:
    return loads_exact(ok(cchc(data_dir, "assess", *args, "--json")).stdout)


def database(data_dir: Path) -> Path:
    return workspace_folder(data_dir) / DB_FILENAME


def query(data_dir: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(database(data_dir))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def write_json(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def small_set(**header) -> dict:
    """A valid 10-point set: area 1 = 1.1 (4) + 1.2 (2); area 2 survey 4."""
    return {"province": "Tỉnh Thử", "year": 2026, "unit_group": "thu", "version": 1,
            "title": "Bộ tiêu chí thử", "total_points": "10", "rounding_step": "0.25",
            "final_convention": "cap_then_penalty", **header,
            "criteria": [
                {"code": "1", "title": "Lĩnh vực một", "max": "6", "rule": "sum",
                 "appraiser": "Sở Nội vụ"},
                {"code": "1.1", "title": "Tiêu chí A", "max": "4", "rule": "choice có=4; không=0"},
                {"code": "1.2", "title": "Tiêu chí B", "max": "2", "rule": "prop(rate)"},
                {"code": "2", "title": "Khảo sát", "max": "4", "rule": "survey"},
            ]}


# -- assess ----------------------------------------------------------------------------------

def test_assess_set_with_each_input_kind_and_show_json(data_dir):
    """--option, --rate and --count each score their criterion; `assess show --json` gives
    per-criterion, per-area and overall scores, maxima and index, every decimal a string."""
    # 1.1.1 choice: "cham" is 'chậm' without accents → 0.5
    done = ok(cchc(data_dir, "assess", "set", "1.1.1", "--option", "cham"))
    assert done.stdout.startswith("1.1.1: chậm → 0.5 / 1")
    # 1.4 prop (max 1.5): 33 % → 0.495 → 0.25 (down to quarters)
    rate = assess_json(data_dir, "set", "1.4", "--rate", "33")
    assert (rate["code"], rate["input_value"], rate["score"], rate["max"]) == (
        "1.4", "33", "0.25", "1.5")
    assert rate["status"] == "needs_explanation"  # below the maximum, nothing explained
    # 1.6 deduct 0.25/item (max 2): 3 overdue → 1.25; explained, so simply 'scored'
    count = assess_json(data_dir, "set", "1.6", "--count", "3", "--explanation",
                        "Ba nhiệm vụ quá hạn do chờ hướng dẫn của Bộ.")
    assert (count["input_value"], count["score"], count["status"]) == ("3", "1.25", "scored")

    raw = ok(cchc(data_dir, "assess", "show", "--json")).stdout
    sheet = loads_exact(raw)
    decimals = 0
    for path, value in walk(sheet):
        assert not isinstance(value, float), path
        key = path.rsplit(".", 1)[-1]
        is_line = path.startswith("$.criteria[") and path.count(".") == 2
        is_total = path.startswith(("$.self.", "$.appraised."))
        if (is_line and key in LINE_DECIMALS or is_total and key in DECIMAL_KEYS) and (
                value is not None):
            assert isinstance(value, str), path
            Decimal(value)
            decimals += 1
    assert decimals > len(sheet["criteria"])  # every max at least, and the totals
    lines = {line["code"]: line for line in sheet["criteria"]}
    assert len(lines) == len(criteria.sample_set_data()["criteria"])
    assert (lines["1.1.1"]["input"], lines["1.1.1"]["score"], lines["1.1.1"]["max"]) == (
        "chậm", "0.5", "1")
    assert (lines["1.4"]["score"], lines["1.6"]["score"]) == ("0.25", "1.25")
    assert lines["1.1"]["score"] == "0.5"      # parent: 0.5 + nothing yet
    assert lines["1"]["score"] == "2"          # 0.5 + 0.25 + 1.25
    assert lines["1.5"]["score"] is None and lines["1.5"]["max"] == "1.5"
    assert lines["8.1"]["self_scored"] is False and lines["1.4"]["input_kind"] == "rate"
    mine = sheet["self"]
    # area 1: 2 of 12 → 16.666… → 16.66 %; overall 2 of 100 → 2 %
    assert mine["areas"]["1"] == {"title": "Công tác chỉ đạo, điều hành CCHC", "points": "2",
                                  "max": "12", "index": "16.66"}
    assert mine["areas"]["8"]["points"] == "0" and mine["areas"]["8"]["max"] == "30"
    assert (mine["self_scored"], mine["survey"], mine["final"]) == ("2", "0", "2")
    assert (mine["maximum"], mine["index"]) == ("100", "2")
    assert (mine["scored"], mine["scorable"], mine["needs_explanation"]) == (3, 44, 2)
    assert sheet["criteria_set"]["content_hash"] == criteria.content_hash(
        criteria.sample_set_data())
    human = ok(cchc(data_dir, "assess", "show")).stdout
    assert "Bộ tiêu chí mẫu" in human
    assert human.strip().splitlines()[-1].startswith("Điểm tự đánh giá: 2 / 100 — chỉ số 2%")


def test_a_unit_cannot_enter_survey_points(data_dir):
    """`assess set 8.1 --points 5`: refused (exit 1) in one Vietnamese sentence, nothing saved."""
    before = dump_file(database(data_dir))
    done = cchc(data_dir, "assess", "set", "8.1", "--points", "5")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() == ("Tiêu chí 8.1 do Sở Nội vụ nhập điểm (điều tra xã hội học), "
                                   "đơn vị không tự chấm.")
    assert dump_file(database(data_dir)) == before
    english = cchc(data_dir, "assess", "set", "8.1", "--points", "5", lang="en")
    assert english.returncode == 1 and "coordinator" in english.stderr


def test_a_rate_for_an_option_criterion_is_refused_naming_option(data_dir):
    """1.5 is scored by an option: `--rate 50` is refused, saying to use --option."""
    before = dump_file(database(data_dir))
    done = cchc(data_dir, "assess", "set", "1.5", "--rate", "50")
    assert done.returncode == 1
    assert done.stderr.strip() == "Tiêu chí 1.5 chấm bằng --option, không phải --rate."
    assert dump_file(database(data_dir)) == before


@pytest.mark.parametrize("args, words", [
    (("1.3", "--option", "co ke hoach"), ["khớp với nhiều phương án", "có kế hoạch"]),
    (("1.1.2", "--rate", "101"), ["0–100%"]),
    (("1.6", "--count", "1,5"), ["số nguyên"]),
    (("1", "--rate", "50"), ["tổng của các tiêu chí thành phần"]),
    (("9.9", "--rate", "50"), ["Không có tiêu chí mã 9.9"]),
])
def test_other_refusals_are_one_sentence(data_dir, args, words):
    done = cchc(data_dir, "assess", "set", *args)
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1
    for word in words:
        assert word in done.stderr


def test_assess_set_needs_exactly_one_input(data_dir):
    """Two inputs at once is a usage error (exit 2)."""
    done = cchc(data_dir, "assess", "set", "1.4", "--rate", "50", "--count", "1")
    assert done.returncode == 2


# -- criteria --------------------------------------------------------------------------------

def test_criteria_validate_good_and_bad_json(data_dir, tmp_path):
    good = write_json(tmp_path / "good.json", small_set())
    done = ok(cchc(data_dir, "criteria", "validate", str(good)))
    assert "hợp lệ" in done.stdout and criteria.content_hash(small_set())[:12] in done.stdout
    summary = loads_exact(ok(cchc(data_dir, "criteria", "validate", str(good), "--json")).stdout)
    assert summary == {"valid": True, "criteria": 4,
                       "content_hash": criteria.content_hash(small_set())}

    bad_data = small_set()
    bad_data["criteria"][0]["max"] = "7"          # row 1: area 1 says 7, children give 6
    bad_data["total_points"] = "11"
    bad_data["criteria"].append({"code": "1.2", "title": "Lặp", "max": "2",
                                 "rule": "prop(rate)"})  # row 5 repeats row 3
    bad = write_json(tmp_path / "bad.json", bad_data)
    refused = cchc(data_dir, "criteria", "validate", str(bad))
    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert lines[0] == "Bộ tiêu chí có 2 lỗi nên chưa được nạp; xem danh sách lỗi bên dưới."
    assert lines[1:] == [
        "- Dòng 1: điểm tối đa của mã 1 là 7 nhưng tổng các tiêu chí thành phần là 6.",
        "- Dòng 5: mã 1.2 trùng với dòng 3.",
    ]
    as_json = cchc(data_dir, "criteria", "validate", str(bad), "--json")
    assert as_json.returncode == 1
    report = loads_exact(as_json.stdout)
    assert report["valid"] is False
    # each problem keeps its kind (crit_…) beside the row and the criterion's code
    assert [p["row"] for p in report["problems"]] == ["1", "5"]
    assert [p["message"] for p in report["problems"]] == [line[2:] for line in lines[1:]]
    for problem, kind, code in zip(report["problems"], ("crit_sum_mismatch", "crit_duplicate_code"),
                                   ("1", "1.2"), strict=True):
        assert kind in problem.values(), problem
        assert code in problem.values(), problem


def test_criteria_import_of_a_bad_table_stores_nothing(data_dir, tmp_path):
    bad_data = small_set()
    bad_data["criteria"][2]["rule"] = "prop(rate) sai"
    bad = write_json(tmp_path / "bad.json", bad_data)
    before = dump_file(database(data_dir))
    done = cchc(data_dir, "criteria", "import", str(bad), "--group", "thu")
    assert done.returncode == 1
    assert "- Dòng 3: quy tắc chấm “prop(rate) sai” của mã 1.2 không đúng cú pháp." in done.stderr
    assert dump_file(database(data_dir)) == before


def test_criteria_import_json_attaches_to_the_active_campaign(data_dir, tmp_path):
    """`criteria import FILE.json --group xa` stores the set and makes group 'xa' of the active
    campaign use it; the unit's own group keeps its set."""
    source = tmp_path / "xa.json"
    shutil.copyfile(resource("criteria", "bo-tieu-chi-mau-xa-phuong.json"), source)
    stored = loads_exact(ok(cchc(data_dir, "criteria", "import", str(source), "--group", "xa",
                                 "--json")).stdout)
    assert stored["content_hash"] == criteria.content_hash(criteria.sample_set_data("xa-phuong"))
    assert stored["unit_group"] == "xa-phuong"
    groups = dict(query(data_dir, "SELECT g.code, g.criteria_set_id FROM unit_groups g JOIN meta m "
                                  "ON m.key = 'active_campaign_id' AND m.value = g.campaign_id"))
    assert groups["xa"] == stored["id"]
    assert groups["so-ban-nganh"] != stored["id"]
    # again: the same content is the same set, nothing new
    again = loads_exact(ok(cchc(data_dir, "criteria", "import", str(source), "--group", "xa",
                                "--json")).stdout)
    assert again["id"] == stored["id"]
    assert query(data_dir, "SELECT count(*) FROM criteria_sets") == [(2,)]
    shown = loads_exact(ok(cchc(data_dir, "criteria", "show", "--set",
                                stored["content_hash"][:8], "--json")).stdout)
    areas = {n["code"]: n["max_points"] for n in shown["criteria"] if n["code"].isdigit()}
    assert (areas["2"], areas["3"]) == ("5", "18")
    in_use = loads_exact(ok(cchc(data_dir, "criteria", "show", "--json")).stdout)
    assert in_use["unit_group"] == "so-ban-nganh"


def test_criteria_show_json_lists_the_criteria(data_dir):
    shown = loads_exact(ok(cchc(data_dir, "criteria", "show", "--json")).stdout)
    sample = criteria.sample_set_data()
    assert shown["content_hash"] == criteria.content_hash(sample)
    assert shown["title"] == sample["title"] and shown["is_sample"] == 1
    assert [n["code"] for n in shown["criteria"]] == [n["code"] for n in sample["criteria"]]
    assert [n["max_points"] for n in shown["criteria"]] == [n["max"] for n in sample["criteria"]]
    by_code = {n["code"]: n for n in shown["criteria"]}
    assert by_code["1.4"]["rule"] == "prop(rate of plan done)"
    assert (by_code["1.4"]["appraiser"], by_code["2.1"]["appraiser"]) == ("Sở Nội vụ", "Sở Tư pháp")
    assert (by_code["8.1"]["self_scored"], by_code["T"]["kind"]) == (0, "bonus")
    for path, value in walk(shown):
        assert not isinstance(value, float), path
    human = ok(cchc(data_dir, "criteria", "show")).stdout
    assert shown["content_hash"][:12] in human and "1.1.2" in human


def test_criteria_json_with_numbers_written_as_json_numbers(data_dir, tmp_path):
    """A JSON table whose maxima are JSON numbers (4, 1.5) is read exactly, not refused with
    'the maximum 1.5 must be a positive number'."""
    data = small_set()
    for row, maximum in zip(data["criteria"], (6, 4.5, 1.5, 4), strict=True):
        row["max"] = maximum  # area 1: 4.5 + 1.5 = 6; total 6 + 4 = 10
    path = tmp_path / "numbers.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert '"max": 1.5' in path.read_text(encoding="utf-8")
    done = cchc(data_dir, "criteria", "validate", str(path), "--json")
    assert done.returncode == 0, done.stderr
    assert loads_exact(done.stdout)["valid"] is True


def test_criteria_export_validate_and_import_elsewhere_keeps_the_hash(data_dir, tmp_path):
    """export → validate the .xlsx → import into a second workspace: the same content hash."""
    from desktop.models import criteria_xlsx

    assert hasattr(criteria_xlsx, "write_workbook") and hasattr(criteria_xlsx, "read_workbook")
    original = loads_exact(ok(cchc(data_dir, "criteria", "show", "--json")).stdout)
    out = tmp_path / "bo-tieu-chi.xlsx"
    ok(cchc(data_dir, "criteria", "export", str(out)))
    assert out.read_bytes()[:2] == b"PK"
    checked = loads_exact(ok(cchc(data_dir, "criteria", "validate", str(out), "--json")).stdout)
    assert checked["valid"] is True
    assert checked["content_hash"] == original["content_hash"]
    assert checked["criteria"] == len(original["criteria"])
    other = tmp_path / "other"
    ok(cchc(other, "init", "--role", "coordinator", "--unit-code", "SNV",
            "--unit-name", "Sở Nội vụ"))
    imported = loads_exact(ok(cchc(other, "criteria", "import", str(out), "--json")).stdout)
    assert imported["content_hash"] == original["content_hash"]
    shown = loads_exact(ok(cchc(other, "criteria", "show", "--json")).stdout)
    strip = ("id", "criteria_set_id", "parent_id")
    assert [{k: v for k, v in n.items() if k not in strip} for n in shown["criteria"]] == [
        {k: v for k, v in n.items() if k not in strip} for n in original["criteria"]]
