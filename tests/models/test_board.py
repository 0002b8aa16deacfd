"""The campaign board at the coordinator: stages, totals (plain sums, exact), overdue flags
against the deadlines, filters and counts, and the workbook of units not received. Package
driven flags (late, held, last package) are covered end to end in
tests/sync/test_results_exchange.py."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from test_results import appraise, build, points, score_everyone, unit_id
from wshelpers import tmpfs

from desktop.models import assessments, board, campaigns, records, results, stages
from desktop.models.errors import CchcError, InvalidInput, NotFound, StorageFull
from desktop.models.store import Workspace, open_workspace

SELF_DUE, EXPLAIN_DUE = "2026-12-10", "2027-01-20"


@pytest.fixture
def coordinator(tmp_path: Path):
    """The coordinator of test_results, with the self-scoring deadline on 10/12/2026 and the
    explanation deadline on 20/01/2027."""
    with open_workspace(build(tmp_path / "ws")) as ws:
        campaign = campaigns.require_active_campaign(ws)
        with ws.write() as db:
            for row in records.rows(db, "SELECT id FROM deadlines WHERE kind = 'self_scoring'"):
                records.delete(db, "deadlines", row["id"], actor=ws.operator)
        campaigns.set_deadline(ws, campaign.id, kind="self_scoring", due_date=SELF_DUE)
        campaigns.set_deadline(ws, campaign.id, kind="explanation", due_date=EXPLAIN_DUE)
        yield ws


def rows_by_code(ws: Workspace, **filters) -> dict[str, board.BoardRow]:
    campaign = campaigns.require_active_campaign(ws)
    return {r.code: r for r in board.board(ws, campaign.id, **filters)}


def test_stages_totals_and_overdue(coordinator: Workspace) -> None:
    """Each unit's stage; self and appraised totals as plain sums (bonus and penalty are
    ranking conventions, not board sums); an approved unit shows its approved figures;
    overdue against the self-scoring and explanation deadlines."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    score_everyone(ws)
    assessments.score_criterion(ws, campaign.id, unit_id(ws, "D4"), "3.1", "75")  # self 1.5
    stages.set_stage(ws, campaign.id, unit_id(ws, "D2"), "received")
    stages.set_stage(ws, campaign.id, unit_id(ws, "D3"), "explanation_requested", round=1)
    results.approve(ws, campaign.id, unit_id(ws, "D1"))
    rows = rows_by_code(ws, today=dt.date(2026, 12, 15))
    assert [(c, r.stage) for c, r in sorted(rows.items())] == [
        ("C1", "not_received"), ("C2", "not_received"), ("D1", "approved"), ("D2", "received"),
        ("D3", "explanation_requested"), ("D4", "not_received"), ("K1", "not_received"),
        ("K2", "not_received"), ("SNV", "not_received")]
    d1, d3, d4 = rows["D1"], rows["D3"], rows["D4"]
    # D1 approved: the figures stored at approval, bonus and penalty applied (32.25).
    assert (d1.appraised_total, d1.self_total, d1.final_figures) == (Decimal("32.25"), 0, True)
    # D4 (not approved): 1 appraised + 27 survey = 28; self 1.5.
    assert (d4.appraised_total, d4.self_total, d4.final_figures) == (
        Decimal(28), Decimal("1.5"), False)
    assert rows["K2"].appraised_total is None and rows["K2"].self_total is None
    assert (rows["C1"].appraised_total, rows["C1"].block) == (Decimal("20.75"), "central")
    # 15/12: five days after the self-scoring deadline, before the explanation deadline.
    assert (d4.overdue, d4.deadline, d4.days_overdue) == ("self_scoring", SELF_DUE, 5)
    assert (d3.round, d3.overdue, d3.deadline) == (1, None, EXPLAIN_DUE)
    assert rows["D2"].overdue is None and d1.overdue is None
    on_time = rows_by_code(ws, today=dt.date(2026, 12, 10))
    assert not any(r.overdue for r in on_time.values())
    late = rows_by_code(ws, today=dt.date(2027, 1, 22))
    assert (late["D3"].overdue, late["D3"].days_overdue) == ("explanation", 2)
    assert late["D4"].days_overdue == 43


def test_filters_and_counts(coordinator: Workspace) -> None:
    """Filters by group, stage and block; counts per stage with zeros; bad filters refused."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    stages.set_stage(ws, campaign.id, unit_id(ws, "K1"), "received")
    stages.set_stage(ws, campaign.id, unit_id(ws, "C2"), "in_appraisal")
    assert set(rows_by_code(ws, group="nganh-doc")) == {"C1", "C2"}
    assert set(rows_by_code(ws, block="communes")) == {"K1", "K2"}
    assert set(rows_by_code(ws, stage="received")) == {"K1"}
    assert set(rows_by_code(ws, block="communes", stage="not_received")) == {"K2"}
    assert rows_by_code(ws, stage="held") == {}
    counts = board.board_counts(ws, campaign.id, today=dt.date(2026, 12, 11))
    assert counts == {"not_received": 7, "received": 1, "in_appraisal": 1,
                      "explanation_requested": 0, "explained": 0, "appraised": 0,
                      "approved": 0, "held": 0, "late": 0, "overdue": 7, "total": 9}
    assert board.board_counts(ws, campaign.id, group="xa-phuong")["total"] == 2
    for bad in ({"stage": "done"}, {"block": "provinces"}):
        with pytest.raises(InvalidInput) as refused:
            board.board(ws, campaign.id, **bad)
        assert refused.value.code == "board_bad_filter"
    with pytest.raises(NotFound) as unknown:
        board.board(ws, campaign.id, group="khong-co")
    assert unknown.value.code == "unknown_group"


def test_sums_stay_exact_beyond_four_decimals(coordinator: Workspace) -> None:
    """A score written more finely than the fast integer sum carries is added up exactly."""
    ws = coordinator
    appraise(ws, "C2", {"1.1": "100"})
    points(ws, "C2", {"2.1": "5"})
    row = ws.db.execute("SELECT a.id FROM assessments a JOIN criteria c ON c.id = a.criterion_id "
                        "WHERE a.unit_id = ? AND c.code = '1.1'", [unit_id(ws, "C2")]).fetchone()
    with ws.write() as db:
        records.update(db, "assessments", row[0], {"appraised_score": "0.10001",
                                                   "score": "2.00003"}, actor=ws.operator)
    c2 = rows_by_code(ws)["C2"]
    assert (c2.appraised_total, c2.self_total) == (Decimal("5.10001"), Decimal("2.00003"))


def test_export_missing(coordinator: Workspace, tmp_path: Path) -> None:
    """The units not received, with the deadline and the days past it; the file is refused
    on a folder or a missing folder."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    for code in ("D1", "D2", "C1", "K1", "SNV"):
        stages.set_stage(ws, campaign.id, unit_id(ws, code), "received")
    path = tmp_path / "chua-nop.xlsx"
    count = board.export_missing(ws, campaign.id, path, today=dt.date(2026, 12, 20))
    assert count == 4
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[4]] == list(board.MISSING_HEADINGS)
    listed = [[c.value for c in row] for row in sheet.iter_rows(min_row=5)]
    assert [(r[0], r[2], r[3], r[4].date(), r[5]) for r in listed] == [
        ("C2", "nganh-doc", "Cơ quan ngành dọc", dt.date(2026, 12, 10), 10),
        ("D3", "so-ban-nganh", "Sở, ban, ngành", dt.date(2026, 12, 10), 10),
        ("D4", "so-ban-nganh", "Sở, ban, ngành", dt.date(2026, 12, 10), 10),
        ("K2", "xa-phuong", "UBND cấp xã, phường, đặc khu", dt.date(2026, 12, 10), 10)]
    assert "4 đơn vị" in sheet["A2"].value
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chua-nop.xlsx", "ws"]
    for target, code in ((tmp_path, "file_is_directory"),
                         (tmp_path / "khong-co" / "x.xlsx", "file_missing")):
        with pytest.raises(InvalidInput) as refused:
            board.export_missing(ws, campaign.id, target)
        assert refused.value.code == code


def test_export_missing_on_a_full_disk_leaves_the_old_file(coordinator: Workspace,
                                                           tmp_path: Path) -> None:
    """On a really full disk the export fails with the disk-full sentence; the file already
    at the target is untouched and no temporary file stays."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    with tmpfs(tmp_path / "small", "256k") as folder:
        target = folder / "chua-nop.xlsx"
        board.export_missing(ws, campaign.id, target, today=dt.date(2026, 12, 1))
        old = target.read_bytes()
        stages.set_stage(ws, campaign.id, unit_id(ws, "D1"), "received")
        free = os.statvfs(folder)
        filler = folder / "filler"
        filler.write_bytes(b"\0" * (free.f_bavail * free.f_frsize - 2048))
        with pytest.raises(CchcError) as refused:
            board.export_missing(ws, campaign.id, target, today=dt.date(2026, 12, 20))
        assert isinstance(refused.value, StorageFull)
        assert target.read_bytes() == old
        assert sorted(p.name for p in folder.iterdir()) == ["chua-nop.xlsx", "filler"]
