"""Survey points at the coordinator: one value at a time, and the Excel sheet written and read
back all or nothing (every bad cell named; nothing stored unless the whole file is good)."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from test_results import build, unit_id
from wshelpers import dump

from desktop import messages
from desktop.models import campaigns, records, results, scoring, survey
from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace, open_workspace


@pytest.fixture
def coordinator(tmp_path: Path):
    with open_workspace(build(tmp_path / "ws")) as ws:
        yield ws


def stored(ws: Workspace, code: str, criterion: str) -> tuple[str | None, str]:
    row = ws.db.execute(
        "SELECT a.appraised_score, a.appraised_by FROM assessments a JOIN criteria c "
        "ON c.id = a.criterion_id JOIN units u ON u.id = a.unit_id "
        "WHERE u.code = ? AND c.code = ?", [code, criterion]).fetchone()
    return tuple(row) if row else (None, "")


def test_points_are_stored_as_the_final_figure(coordinator: Workspace) -> None:
    """A Vietnamese "7,5" is stored exactly as the appraised value; the score sheet counts it
    in the appraised column only; None clears it."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    d1 = unit_id(ws, "D1")
    survey.set_survey_points(ws, campaign.id, d1, "8.1", "7,5")
    survey.set_survey_points(ws, campaign.id, d1, "8.2", Decimal("12"))
    assert stored(ws, "D1", "8.1") == ("7.5", "survey")
    sheet = scoring.scoresheet(ws, campaign.id, d1)
    assert (sheet.appraised_totals.survey, sheet.self_totals.survey) == (Decimal("19.5"), 0)
    survey.set_survey_points(ws, campaign.id, d1, "8.1", None)
    assert stored(ws, "D1", "8.1") == (None, "")
    before = dump(ws)
    survey.set_survey_points(ws, campaign.id, d1, "8.2", "12.00")  # the same value: no change
    assert dump(ws) == before


@pytest.mark.parametrize(("code", "value", "error"), [
    ("1.1.1", "1", "not_survey_criterion"),
    ("T", "1", "not_survey_criterion"),
    ("8.1", "10.25", "survey_points_out_of_range"),
    ("8.1", "-0.25", "survey_points_out_of_range"),
    ("8.1", "7.3", "survey_points_off_step"),
    ("8.1", "bảy", "bad_number"),
    ("8.1", "1.000,5", "bad_number"),
    ("9.9", "1", "unknown_criterion"),
])
def test_bad_points_are_refused(coordinator: Workspace, code: str, value: str,
                                error: str) -> None:
    """Not a survey criterion, outside 0–maximum, off the 0.25 step, not a number: refused
    with a sentence in both languages, nothing changed."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    before = dump(ws)
    with pytest.raises(Exception) as refused:
        survey.set_survey_points(ws, campaign.id, unit_id(ws, "D1"), code, value)
    assert getattr(refused.value, "code", None) == error
    for lang in messages.LANGS:
        assert "?" not in messages.sentence(refused.value, lang)
    assert dump(ws) == before


def fill(path: Path, cells: dict[str, object]) -> None:
    """Type values into the template, as a user does in Excel."""
    book = openpyxl.load_workbook(path)
    sheet = book.active
    for ref, value in cells.items():
        sheet[ref] = value
    book.save(path)


def layout(path: Path) -> tuple[dict[str, str], dict[str, int]]:
    """The template's criterion columns (code → letter) and unit rows (code → number)."""
    sheet = openpyxl.load_workbook(path).active
    columns = {str(cell.value).split("\n")[0]: cell.column_letter for cell in sheet[4][3:]}
    rows = {sheet.cell(r, 1).value: r for r in range(5, sheet.max_row + 1)}
    return columns, rows


def test_template_layout(coordinator: Workspace, tmp_path: Path) -> None:
    """One row per enrolled unit, one column per survey criterion of every set, headed with
    code, title and maximum; a criterion the unit's set lacks is greyed; entered points are
    filled in."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    survey.set_survey_points(ws, campaign.id, unit_id(ws, "C1"), "2.1", "5.5")
    path = tmp_path / "xhh.xlsx"
    survey.survey_template(ws, campaign.id, path)
    sheet = openpyxl.load_workbook(path).active
    heading = [sheet.cell(4, c).value for c in range(1, 8)]
    assert heading[:3] == ["Mã đơn vị", "Tên đơn vị", "Nhóm"]
    # groups in code order: nganh-doc (2.1), so-ban-nganh (8.1–8.3), xa-phuong (the same)
    assert [h.split("\n")[0] for h in heading[3:]] == ["2.1", "8.1", "8.2", "8.3"]
    assert heading[4].endswith("(tối đa 10)") and "Lãnh đạo" in heading[4]
    _, rows = layout(path)
    assert set(rows) == {"SNV", "D1", "D2", "D3", "D4", "C1", "C2", "K1", "K2"}
    assert sheet.cell(rows["C1"], 4).value == 5.5
    assert sheet.cell(rows["C1"], 5).fill.fgColor.rgb.endswith("D9D9D9")  # 8.1: not C1's
    assert sheet.cell(rows["D1"], 4).fill.fgColor.rgb.endswith("D9D9D9")  # 2.1: not D1's
    assert sheet.cell(rows["D1"], 5).fill.fgColor.rgb in (None, "00000000")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_import_stores_every_value(coordinator: Workspace, tmp_path: Path) -> None:
    """Numbers and text with a decimal comma are stored exactly; blank cells are left as they
    are; importing the same file again changes nothing."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    survey.set_survey_points(ws, campaign.id, unit_id(ws, "D2"), "8.3", "6")
    path = tmp_path / "xhh.xlsx"
    survey.survey_template(ws, campaign.id, path)
    col, rows = layout(path)
    fill(path, {f"{col['8.1']}{rows['D1']}": 9.5, f"{col['8.2']}{rows['D1']}": "11,25",
                f"{col['8.3']}{rows['D1']}": " 7 ", f"{col['2.1']}{rows['C1']}": 5.75,
                f"{col['8.1']}{rows['K1']}": 0})
    outcome = survey.import_survey_xlsx(ws, campaign.id, path)
    assert (outcome.entered, outcome.changed) == (6, 5)  # D2's 6 was already there
    assert [stored(ws, "D1", c)[0] for c in ("8.1", "8.2", "8.3")] == ["9.5", "11.25", "7"]
    assert stored(ws, "C1", "2.1") == ("5.75", "survey")
    assert stored(ws, "K1", "8.1")[0] == "0" and stored(ws, "D2", "8.3")[0] == "6"
    assert stored(ws, "D3", "8.1")[0] is None
    before = dump(ws)
    again = survey.import_survey_xlsx(ws, campaign.id, path)
    assert (again.entered, again.changed) == (6, 0)
    assert dump(ws) == before


def test_a_bad_file_is_refused_whole(coordinator: Workspace, tmp_path: Path) -> None:
    """Every kind of bad cell is named by its cell; the good cells of the same file are not
    stored either."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    results.approve(ws, campaign.id, unit_id(ws, "K2"))
    path = tmp_path / "xhh.xlsx"
    survey.survey_template(ws, campaign.id, path)
    col, rows = layout(path)
    a, b, c, s21 = col["8.1"], col["8.2"], col["8.3"], col["2.1"]
    fill(path, {
        f"{a}{rows['D1']}": 9.5,                # good, but not stored
        f"{b}{rows['D2']}": 12.25,              # above 12
        f"{c}{rows['D3']}": -1,                 # negative
        f"{a}{rows['D4']}": 7.1,                # off the 0.25 step
        f"{b}{rows['C2']}": "mười",             # not a number
        f"{a}{rows['C1']}": 5,                  # 8.1 is not in C1's set
        f"{a}{rows['K2']}": 3,                  # K2 is approved
        "H4": "9.9 Tiêu chí lạ",                # a column that is no survey criterion
        "A14": "KHONGCO", f"{a}14": 5,          # a unit that does not take part
        "A15": "D1",                            # D1 twice
        f"{s21}{rows['D1']}": "",               # blank in a grey cell: fine
        f"{c}{rows['K1']}": "50%",              # a percentage is not points
    })
    before = dump(ws)
    with pytest.raises(InvalidInput) as refused:
        survey.import_survey_xlsx(ws, campaign.id, path)
    error = refused.value
    assert error.code == "survey_import_invalid" and error.data["count"] == 10
    found = {(p.code, p.data.get("cell") or p.data.get("row") or p.data.get("column"))
             for p in error.data["problems"]}
    assert found == {
        ("survey_cell_out_of_range", f"{b}{rows['D2']}"),
        ("survey_cell_out_of_range", f"{c}{rows['D3']}"),
        ("survey_cell_off_step", f"{a}{rows['D4']}"),
        ("survey_cell_not_number", f"{b}{rows['C2']}"),
        ("survey_cell_not_in_set", f"{a}{rows['C1']}"),
        ("survey_cell_locked", f"{a}{rows['K2']}"),
        ("survey_unknown_column", "H"),
        ("survey_unknown_unit", 14),
        ("survey_duplicate_unit", 15),
        ("survey_cell_not_number", f"{c}{rows['K1']}"),
    }
    for problem in error.data["problems"]:
        for lang in messages.LANGS:
            assert "?" not in messages.sentence(problem, lang), problem
    assert "H4" in error.data["cells"] and "A14" in error.data["cells"]
    assert dump(ws) == before


def test_only_ten_problems_are_listed(coordinator: Workspace, tmp_path: Path) -> None:
    """Twelve bad cells: all counted, ten listed, the cell list marked as cut."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    path = tmp_path / "xhh.xlsx"
    survey.survey_template(ws, campaign.id, path)
    fill(path, {f"{col}{row}": 99 for col in "EFG" for row in range(5, 9)})
    with pytest.raises(InvalidInput) as refused:
        survey.import_survey_xlsx(ws, campaign.id, path)
    assert refused.value.data["count"] == 12
    assert len(refused.value.data["problems"]) == 10
    assert refused.value.data["cells"].endswith("…")


def test_a_formula_without_its_value_is_not_taken_for_blank(coordinator: Workspace,
                                                            tmp_path: Path) -> None:
    """A file saved by a program that does not calculate keeps formulas without results:
    such a cell is refused, not read as "not entered"."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    path = tmp_path / "xhh.xlsx"
    survey.survey_template(ws, campaign.id, path)
    col, rows = layout(path)
    d1, c2 = f"{col['8.1']}{rows['D1']}", f"{col['8.1']}{rows['C2']}"  # C2's is a grey cell
    fill(path, {d1: "=4+4", c2: "=1"})
    with pytest.raises(InvalidInput) as refused:
        survey.import_survey_xlsx(ws, campaign.id, path)
    problems = {(p.code, p.data["cell"], p.data["unit"], p.data["value"])
                for p in refused.value.data["problems"]}
    assert problems == {("survey_cell_not_number", d1, "D1", "=4+4"),
                        ("survey_cell_not_number", c2, "C2", "=1")}


def test_files_that_are_no_survey_sheet(coordinator: Workspace, tmp_path: Path) -> None:
    """A Word document renamed .xlsx, a workbook without the unit-code heading, a missing
    file: each refused with its own sentence, nothing changed."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    docx = tmp_path / "van-ban.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    plain = tmp_path / "khac.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "Danh sách"
    book.save(plain)
    before = dump(ws)
    for path, code in ((docx, "xlsx_not_workbook"), (plain, "survey_no_header"),
                       (tmp_path / "khong-co.xlsx", "file_missing")):
        with pytest.raises(InvalidInput) as refused:
            survey.import_survey_xlsx(ws, campaign.id, path)
        assert refused.value.code == code
    assert dump(ws) == before
    assert records.rows(ws.db, "SELECT count(*) AS n FROM assessments")[0]["n"] == 0
