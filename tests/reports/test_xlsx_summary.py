"""The coordinator's workbooks (desktop/reports/xlsx_summary.py, xlsx_board.py) on a small
coordinator world of tests/models/test_results.py — departments on the sample set, two
central agencies on a 30-point set with two areas, two communes on the commune set — scored,
appraised in rounds, with survey points, bonus, penalty and approvals. openpyxl reads the
formulas back; LibreOffice recalculates the workbooks and gets each unit's total, index and
band of `scoring.scoresheet`, and the board legend's counts of `board.board_counts`."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import xlsx_office as office

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))
from test_results import build, unit_id  # noqa: E402

from desktop.models import (  # noqa: E402
    appraisal,
    assessments,
    board,
    campaigns,
    records,
    results,
    scoring,
    survey,
)
from desktop.models.demo import build_demo  # noqa: E402
from desktop.models.errors import Cancelled, InvalidInput, NotFound  # noqa: E402
from desktop.models.paths import workspace_dir  # noqa: E402
from desktop.models.progress import Progress  # noqa: E402
from desktop.models.store import Workspace, open_workspace  # noqa: E402
from desktop.reports import xlsx_board, xlsx_summary  # noqa: E402
from desktop.reports.xlsx_board import build_board_xlsx  # noqa: E402
from desktop.reports.xlsx_summary import build_summary_xlsx  # noqa: E402

TODAY = dt.date(2026, 12, 20)
REMARK = "Thiếu quyết định phê duyệt kế hoạch."


def _score(ws: Workspace, cid: str, code: str, values: dict[str, str]) -> None:
    for criterion, value in values.items():
        assessments.score_criterion(ws, cid, unit_id(ws, code), criterion, value)


def _appraise(ws: Workspace, cid: str, code: str, criterion: str, value: str, **extra) -> None:
    appraisal.record_appraisal(ws, cid, unit_id(ws, code), criterion, value,
                               **{"round": 1, **extra})


def _survey(ws: Workspace, cid: str, code: str, values: dict[str, str]) -> None:
    for criterion, points in values.items():
        survey.set_survey_points(ws, cid, unit_id(ws, code), criterion, points)


def play(ws: Workspace) -> str:
    """D1 appraised (5.1 lower, with a remark and a reason; 3.1 changed after appraisal),
    bonus and penalty, survey points; D2 self-assessed only; D4 appraised in two rounds;
    C1 and C2 appraised and approved (their block is final); K1 survey points only."""
    cid = campaigns.require_active_campaign(ws).id
    _score(ws, cid, "D1", {"3.1": "100", "5.1": "100", "T": "1.5", "P": "0.5"})
    _appraise(ws, cid, "D1", "3.1", "100", self_score_seen="1.5")
    _appraise(ws, cid, "D1", "5.1", "50", remark=REMARK, reason_code="evidence_insufficient")
    _appraise(ws, cid, "D1", "T", "1")
    _appraise(ws, cid, "D1", "P", "0.5")
    _survey(ws, cid, "D1", {"8.1": "9,5", "8.2": "11", "8.3": "7.25"})
    _score(ws, cid, "D2", {"3.1": "100", "6.1": "80"})
    _score(ws, cid, "D4", {"3.1": "100"})
    _appraise(ws, cid, "D4", "3.1", "50", remark="Giải trình số hồ sơ.",
              reason_code="wrong_calculation", request_explanation=True)
    _appraise(ws, cid, "D4", "3.1", "100", round=2)
    _score(ws, cid, "C1", {"1.1": "100", "1.2": "52.5"})
    _appraise(ws, cid, "C1", "1.1", "100")
    _appraise(ws, cid, "C1", "1.2", "52.5")
    _survey(ws, cid, "C1", {"2.1": "5.5"})
    _score(ws, cid, "C2", {"1.1": "100"})
    _appraise(ws, cid, "C2", "1.1", "90", remark="Tỷ lệ tính sai.", reason_code="wrong_calculation")
    _survey(ws, cid, "C2", {"2.1": "5"})
    _survey(ws, cid, "K1", {"8.1": "5"})
    results.approve(ws, cid, unit_id(ws, "C1"))
    results.approve(ws, cid, unit_id(ws, "C2"))
    with ws.write() as db:  # the self-scoring deadline on 10/12/2026, whatever today is
        for row in records.rows(db, "SELECT id FROM deadlines WHERE kind = 'self_scoring'"):
            records.delete(db, "deadlines", row["id"], actor=ws.operator)
    campaigns.set_deadline(ws, cid, kind="self_scoring", due_date="2026-12-10")
    return cid


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The world, its summary and board workbooks, and LibreOffice's recalculated copies."""
    root = tmp_path_factory.mktemp("summary")
    folder = build(root / "ws")
    with open_workspace(folder) as ws:
        cid = play(ws)
        summary = build_summary_xlsx(ws, cid, root / "tong-hop.xlsx", today=TODAY)
        board_file = build_board_xlsx(ws, cid, root / "bang-theo-doi.xlsx", today=TODAY)
        expected = {}
        for row in records.rows(ws.db, "SELECT u.id, u.code FROM campaign_units cu JOIN units u "
                                "ON u.id = cu.unit_id WHERE cu.campaign_id = ?", [cid]):
            sheet = scoring.scoresheet(ws, cid, row["id"], with_suggestions=False)
            expected[row["code"]] = sheet
        ranks = {r.code: r for r in results.rank(ws, cid)}
        counts = board.board_counts(ws, cid, today=TODAY)
        board_rows = board.board(ws, cid, today=TODAY)
    recalculated = office.convert([summary, board_file], "xlsx", root / "recalculated",
                                  root / "lo-profile")
    return {"root": root, "folder": folder, "cid": cid, "summary": summary, "board": board_file,
            "recalculated": recalculated, "expected": expected, "ranks": ranks,
            "counts": counts, "board_rows": board_rows}


def _columns(sheet, header_row: int) -> dict[str, str]:
    """Header text (first line) → column letter."""
    return {str(cell.value).split("\n")[0]: cell.column_letter for cell in sheet[header_row]
            if cell.value is not None}


def _unit_rows(sheet, header_row: int) -> dict[str, int]:
    return {row[1].value: row[1].row for row in sheet.iter_rows(min_row=header_row + 1)
            if row[1].value}


def _chosen(sheet: scoring.Scoresheet) -> scoring.Totals:
    appraised, own = sheet.appraised_totals, sheet.self_totals
    return appraised if appraised.scored > 0 or own.scored == 0 else own


def test_summary_rows_and_formulas(world: dict) -> None:
    """One row per enrolled unit, by block and rank; the union of the area codes of both
    sets as columns (blank where a unit's set has no such area); total, index and band as
    formulas following the set's convention; rank, block and provisional marker as stored."""
    sheet = openpyxl.load_workbook(world["summary"])[xlsx_summary.SUMMARY_SHEET]
    header = xlsx_summary.SUMMARY_HEADER_ROW
    col = _columns(sheet, header)
    assert [f"LV {n}" for n in range(1, 9)] == [k for k in col if k.startswith("LV ")]
    # area 1 is titled differently in the central set (groups in code order) and the others
    assert sheet[f"{col['LV 1']}{header}"].value == (
        "LV 1\nChỉ đạo, điều hành / Công tác chỉ đạo, điều hành CCHC")
    rows = _unit_rows(sheet, header)
    assert list(rows) == list(world["ranks"])  # by block, rank and code
    assert list(rows)[:2] == ["D1", "D4"] and list(rows)[-4:] == ["C1", "C2", "K1", "K2"]
    d1, c1 = rows["D1"], rows["C1"]
    total, maximum = col["Tổng điểm"], col["Điểm tối đa"]
    bonus, penalty = col["Điểm thưởng"], col["Điểm trừ"]
    assert sheet[f"{total}{d1}"].value == (
        f"=MAX(0,MIN({maximum}{d1},SUM({col['LV 1']}{d1}:{col['LV 8']}{d1})+{bonus}{d1})"
        f"-{penalty}{d1})")
    index = col["Chỉ số CCHC (%)"]
    assert sheet[f"{index}{c1}"].value == (
        f"=IF({maximum}{c1}>0,TRUNC(ROUND({total}{c1}*100/{maximum}{c1},10),2),0)")
    assert sheet[f"{col['Xếp loại']}{c1}"].value.startswith(f'=IF({index}{c1}>=30,"Tốt"')
    assert sheet[f"{maximum}{c1}"].value == 30
    assert sheet[f"{col['LV 3']}{c1}"].value is None and sheet[f"{col['LV 2']}{c1}"].value == Decimal("5.5")
    for code, row in rows.items():
        ranked = world["ranks"][code]
        assert sheet[f"{col['Xếp hạng trong khối']}{row}"].value == ranked.rank
        assert sheet[f"{col['Số đơn vị trong khối']}{row}"].value == ranked.rank_of
        assert (sheet[f"{col['Tạm tính']}{row}"].value == "Tạm tính") == ranked.provisional
        assert sheet[f"{col['Khối']}{row}"].value == results.block_label(ranked.block)
    assert not world["ranks"]["C1"].provisional and world["ranks"]["D1"].provisional
    assert sheet[f"{col['Điểm theo']}{rows['D2']}"].value == "Tự đánh giá"
    assert sheet[f"{col['Điểm theo']}{rows['D1']}"].value == "Thẩm định"
    assert sheet[f"{col['Giai đoạn']}{c1}"].value == "Đã phê duyệt"
    assert sheet.freeze_panes == f"D{header + 1}"
    assert sheet.print_title_rows == f"${header}:${header}"
    assert (sheet.page_setup.orientation, sheet.page_setup.fitToWidth) == ("landscape", 1)
    assert sheet.auto_filter.ref == f"A{header}:{col['Giai đoạn']}{rows['K2']}"
    assert "Xếp hạng riêng trong từng khối" in " ".join(
        str(sheet.cell(r, 1).value) for r in range(1, header))


def test_libreoffice_recalculates_each_units_totals(world: dict) -> None:
    """LibreOffice's totals, indexes and bands equal the score sheet's, unit by unit: the
    appraised column once a unit is appraised (D1: bonus and penalty; C1: 20.75 of 30
    truncated to 69.16), the self column before (D2)."""
    sheet = office.recalculated(world["recalculated"][0])[xlsx_summary.SUMMARY_SHEET]
    header = xlsx_summary.SUMMARY_HEADER_ROW
    col = _columns(sheet, header)
    rows = _unit_rows(sheet, header)
    for code, row in rows.items():
        totals = _chosen(world["expected"][code])
        for area, (points, _maximum) in totals.areas.items():
            assert office.same(sheet[f"{col['LV ' + area]}{row}"].value, points), (code, area)
        assert office.same(sheet[f"{col['Tổng điểm']}{row}"].value, totals.final), code
        assert office.same(sheet[f"{col['Chỉ số CCHC (%)']}{row}"].value, totals.index), code
        assert (sheet[f"{col['Xếp loại']}{row}"].value or None) == totals.band, code
        assert office.same(sheet[f"{col['Trong đó: điều tra XHH']}{row}"].value, totals.survey)
    d1 = world["expected"]["D1"].appraised_totals
    assert (d1.final, d1.bonus, d1.penalty) == (Decimal("31.25"), 1, Decimal("0.5"))
    assert world["expected"]["C1"].appraised_totals.index == Decimal("69.16")
    assert _chosen(world["expected"]["D2"]).final == Decimal("3.5")  # 2 + 1.6 → 1.5 (step 0.25)
    assert world["ranks"]["C1"].index_percent == Decimal("69.16")


def test_per_area_appraisal_sheets(world: dict) -> None:
    """One sheet per area with self-assessed criteria ("LV 8", all survey, has none) and one
    for bonus and penalty: unit × criterion rows with self and appraised scores, their
    difference as a formula (recalculated by LibreOffice), remark, reason, round, appraiser
    and the changed-after-appraisal marker."""
    book = openpyxl.load_workbook(world["summary"])
    assert book.sheetnames == ["Tổng hợp", "LV 1", "LV 2", "LV 3", "LV 4", "LV 5", "LV 6",
                               "LV 7", "Thưởng, trừ"]
    header = xlsx_summary.AREA_HEADER_ROW
    sheet = book["LV 5"]
    assert [c.value for c in sheet[header]] == xlsx_summary.AREA_HEADINGS
    found = {(r[1].value, r[3].value): r[0].row for r in sheet.iter_rows(min_row=header + 1)}
    row = found[("D1", "5.1")]
    values = [c.value for c in sheet[row]]
    assert values[1:9] == ["D1", "Đơn vị D1", "5.1", values[4], 2, 2, 1,
                           f'=IF(AND(ISNUMBER(G{row}),ISNUMBER(H{row})),H{row}-G{row},"")']
    assert values[9:] == [REMARK, "Tài liệu kiểm chứng chưa đầy đủ", 1, "SNV", None]
    recalculated = office.recalculated(world["recalculated"][0])["LV 5"]
    assert office.same(recalculated[f"I{row}"].value, Decimal(-1))
    assert recalculated[f"I{found[('D2', '5.1')]}"].value in (None, "")
    lv3 = book["LV 3"]
    by_key = {(r[1].value, r[3].value): [c.value for c in r] for r in lv3.iter_rows(min_row=header + 1)}
    assert by_key[("D1", "3.1")][13] == "Có"            # changed after appraisal
    assert by_key[("D4", "3.1")][11] == 2                # the round-2 value
    assert by_key[("D4", "3.1")][7] == 2
    lv1 = book["LV 1"]
    central = {(r[1].value, r[3].value): [c.value for c in r] for r in lv1.iter_rows(min_row=header + 1)}
    assert central[("C2", "1.1")][10] == "Tính điểm chưa đúng"
    assert central[("C2", "1.1")][4] == "Kế hoạch CCHC"  # the central set's own criterion
    extra = {(r[1].value, r[3].value): [c.value for c in r]
             for r in book["Thưởng, trừ"].iter_rows(min_row=header + 1)}
    assert extra[("D1", "T")][6:8] == [Decimal("1.5"), 1]


def test_board_workbook_and_legend(world: dict) -> None:
    """The board's rows (stage in Vietnamese, round, last package, totals, flags) and a
    legend whose per-stage counts — COUNTIF formulas over the board sheet — LibreOffice
    recalculates to `board.board_counts`."""
    book = openpyxl.load_workbook(world["board"])
    assert book.sheetnames == [xlsx_board.BOARD_SHEET, xlsx_board.LEGEND_SHEET]
    sheet = book[xlsx_board.BOARD_SHEET]
    header = xlsx_board.HEADER_ROW
    assert [c.value for c in sheet[header]] == xlsx_board.HEADINGS
    listed = [[c.value for c in r] for r in sheet.iter_rows(min_row=header + 1)]
    assert [r[1] for r in listed] == [r.code for r in world["board_rows"]]
    by_code = {r[1]: r for r in listed}
    assert by_code["C1"][5] == "Đã phê duyệt" and by_code["C1"][11] == "Có"
    assert by_code["C1"][10] == Decimal("20.75")
    assert by_code["D3"][13] == "Quá hạn tự chấm điểm (hạn 10/12/2026): 10 ngày"
    assert by_code["D4"][5:7] == ["Đã thẩm định", 2] and by_code["D4"][13] is None
    assert by_code["D1"][15] == 1 and by_code["D2"][9] == Decimal("3.5")
    assert by_code["D3"][5] == "Chưa nhận"
    assert sheet.freeze_panes == f"D{header + 1}"
    legend = office.recalculated(world["recalculated"][1])[xlsx_board.LEGEND_SHEET]
    counted = {r[0].value: r[2].value for r in legend.iter_rows(min_row=4, max_row=11)}
    from desktop.reports.xlsx_common import STAGE_NAMES

    for stage, name in STAGE_NAMES.items():
        assert counted[name] == world["counts"][stage], stage
    assert counted["Tổng số đơn vị"] == world["counts"]["total"] == 9
    assert (world["counts"]["approved"], world["counts"]["overdue"]) == (2, 5)


def test_board_filters_and_refusals(world: dict, tmp_path: Path) -> None:
    """Filters as the board filters them; a bad filter, a folder or a missing folder as the
    target: clear refusals, and the file at the target is left as it was."""
    with open_workspace(world["folder"]) as ws:
        path = build_board_xlsx(ws, world["cid"], tmp_path / "nganh-doc.xlsx",
                                group="nganh-doc", today=TODAY)
        sheet = openpyxl.load_workbook(path)[xlsx_board.BOARD_SHEET]
        codes = [r[1].value for r in sheet.iter_rows(min_row=xlsx_board.HEADER_ROW + 1)]
        assert codes == ["C1", "C2"]
        assert "Lọc theo nhóm nganh-doc" in sheet["A3"].value
        target = tmp_path / "old.xlsx"
        target.write_bytes(b"previous")
        with pytest.raises(InvalidInput) as refused:
            build_board_xlsx(ws, world["cid"], target, stage="lost")
        assert refused.value.code == "board_bad_filter"
        with pytest.raises(NotFound):
            build_board_xlsx(ws, world["cid"], target, group="khong-co")
        with pytest.raises(NotFound):
            build_summary_xlsx(ws, "no-such-campaign", target)
        for out, code in ((tmp_path, "file_is_directory"),
                          (tmp_path / "missing" / "x.xlsx", "report_folder_missing")):
            with pytest.raises(InvalidInput) as refused:
                build_summary_xlsx(ws, world["cid"], out)
            assert refused.value.code == code
        assert target.read_bytes() == b"previous"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["nganh-doc.xlsx", "old.xlsx"]


def test_summary_is_the_coordinators(tmp_path: Path) -> None:
    """At a unit's installation the summary (which ranks the units) is refused."""
    build_demo(tmp_path)
    with open_workspace(workspace_dir(tmp_path, "demo")) as ws:
        campaign = campaigns.active_campaign(ws)
        with pytest.raises(InvalidInput) as refused:
            build_summary_xlsx(ws, campaign.id, tmp_path / "x.xlsx")
        assert refused.value.code == "coordinator_only"
        assert not (tmp_path / "x.xlsx").exists()


def test_progress_and_stopping(world: dict, tmp_path: Path) -> None:
    """The summary reports the rows it writes; stopped by the user it raises Cancelled and the
    file at the target stays as it was."""
    with open_workspace(world["folder"]) as ws:
        progress = Progress()
        build_summary_xlsx(ws, world["cid"], tmp_path / "a.xlsx", progress=progress)
        rows = len(appraisal.appraisal_rows(ws, world["cid"]))
        assert progress.snapshot()[:2] == (9 + rows, 9 + rows) and rows > 300
        target = tmp_path / "b.xlsx"
        target.write_bytes(b"previous")
        stopped = Progress()
        stopped.cancel()
        with pytest.raises(Cancelled):
            build_summary_xlsx(ws, world["cid"], target, progress=stopped)
        assert target.read_bytes() == b"previous"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "b.xlsx"]
