"""Results on real packages: a coordinator (SNV) and the unit STP on real workspaces and keys.
The board follows submissions (received, late, held); approval holds a later submission until
the unit is unlocked; the results package carries the final scores, rank and band to the unit,
which sees them beside its own scores; nobody else can take it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from test_exchange import _publish_and_enrol, _root_fingerprint, _score_and_submit

from desktop.models import (
    assessments,
    board,
    campaigns,
    criteria,
    records,
    results,
    scoring,
    stages,
    survey,
    units,
    workspaces,
)
from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace, open_workspace
from desktop.sync import exchange, inbox
from desktop.sync import results as results_sync

PROVINCE = "An Giang"


@pytest.fixture
def world(tmp_path: Path):
    """SNV with the sample campaign (bands Tốt ≥ 80, Khá ≥ 20, Yếu), STP and SYT enrolled;
    a unit workspace for STP."""
    coord_dir = workspaces.create_workspace(tmp_path / "coord", "main", role="coordinator",
                                            unit_code="SNV", unit_name="Sở Nội vụ",
                                            province=PROVINCE, sample_group="so-ban-nganh")
    with open_workspace(coord_dir) as ws:
        campaign = campaigns.require_active_campaign(ws)
        for code, name in (("STP", "Sở Tư pháp"), ("SYT", "Sở Y tế")):
            unit = units.create_unit(ws, code=code, name=name, unit_type="so", province=PROVINCE)
            campaigns.enrol_unit(ws, campaign.id, unit.id, "so-ban-nganh")
        campaigns.set_rating_bands(ws, campaign.id, [("Tốt", "80"), ("Khá", "20"), ("Yếu", "0")])
    unit_dir = workspaces.create_workspace(tmp_path / "unit", "main", role="unit", unit_code="STP",
                                           unit_name="Sở Tư pháp", province=PROVINCE)
    return tmp_path, coord_dir, unit_dir


def dump(ws: Workspace) -> list[str]:
    return list(ws.db.conn.iterdump())


def stp(ws: Workspace) -> tuple[str, str]:
    return campaigns.require_active_campaign(ws).id, units.unit_by_code(ws, "STP").id


def row_of(ws: Workspace, code: str) -> board.BoardRow:
    campaign = campaigns.require_active_campaign(ws)
    return next(r for r in board.board(ws, campaign.id) if r.code == code)


def assessment(ws: Workspace, unit_code: str, criterion: str) -> dict:
    return records.rows(ws.db, "SELECT a.* FROM assessments a JOIN criteria c ON c.id = "
                        "a.criterion_id JOIN units u ON u.id = a.unit_id WHERE u.code = ? AND "
                        "c.code = ?", [unit_code, criterion])[0]


def approve_stp(ws: Workspace) -> None:
    """1.1.1 appraised "chậm" (0.5), 1.4 kept at its self score (0.75), survey 8 + 10 + 6.5:
    final 0.5 + 0.75 + 24.5 = 25.75, "Khá"."""
    campaign_id, unit_id = stp(ws)
    assessments.record_appraisal(ws, campaign_id, unit_id, "1.1.1", "chậm",
                                 remark="Kế hoạch ban hành chậm 5 ngày")
    for code, value in (("8.1", "8"), ("8.2", "10"), ("8.3", "6,5")):
        survey.set_survey_points(ws, campaign_id, unit_id, code, value)
    results.approve(ws, campaign_id, unit_id, keep_self_for_unappraised=True)


def test_results_reach_the_unit(world) -> None:
    """Submission → received on the board; approval; the results package goes to STP only
    (SYT is not approved), and STP sees its appraised scores, total, index, band and rank
    beside its own scores."""
    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    submission = _score_and_submit(tmp, unit_dir)
    out = tmp / "ket-qua"
    out.mkdir()
    with open_workspace(coord_dir) as ws:
        assert exchange.import_package(ws, submission).state == "accepted"
        row = row_of(ws, "STP")
        assert (row.stage, row.last_package_type, row.last_package_state, row.self_total) == (
            "received", "submission", "accepted", Decimal("1.75"))
        campaign_id, unit_id = stp(ws)
        with pytest.raises(InvalidInput) as none:
            results_sync.export_results(ws, out)
        assert none.value.code == "results_none_approved"
        approve_stp(ws)
        with pytest.raises(InvalidInput) as refused:
            results_sync.export_results(ws, out, unit_codes=["STP", "SYT"])
        assert (refused.value.code, refused.value.data) == ("results_not_approved",
                                                            {"units": "SYT"})
        built = results_sync.export_results(ws, out)
        assert [b.path.name for b in built] == ["ket-qua-STP-2026.cchc"]
        assert stages.get_stage(ws, campaign_id, unit_id) == "approved"
    with open_workspace(unit_dir) as ws:
        result = exchange.import_package(ws, built[0].path)
        assert result.state == "accepted", result
        campaign = campaigns.require_active_campaign(ws)
        own = workspaces.own_unit_id(ws)
        view = results.result_view(ws, campaign.id, own)
        assert (view.stage, view.final_total, view.index_percent, view.band, view.block,
                view.rank, view.rank_of, view.provisional) == (
            "approved", Decimal("25.75"), Decimal("25.75"), "Khá", "departments", 1, 3, True)
        assert results.method_text(view.method, "en") == results.RANK_METHOD_EN
        first = assessment(ws, "STP", "1.1.1")
        assert (first["score"], first["appraised_score"], first["appraisal_remark"]) == (
            "1", "0.5", "Kế hoạch ban hành chậm 5 ngày")
        kept = assessment(ws, "STP", "1.4")
        assert (kept["score"], kept["appraised_score"], kept["appraisal_remark"]) == (
            "0.75", "0.75", results.KEEP_SELF_REMARK)
        assert (assessment(ws, "STP", "8.3")["appraised_score"],
                assessment(ws, "STP", "8.3")["appraised_by"]) == ("6.5", "survey")
        sheet = scoring.scoresheet(ws, campaign.id, own)
        assert (sheet.self_totals.final, sheet.appraised_totals.final,
                sheet.appraised_totals.band) == (Decimal("1.75"), Decimal("25.75"), "Khá")
        assert exchange.import_package(ws, built[0].path).state == "duplicate"


def test_a_result_for_another_unit_is_refused(world) -> None:
    """SYT's installation refuses STP's results package (addressed to STP), unchanged."""
    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    syt_dir = workspaces.create_workspace(tmp / "syt", "main", role="unit", unit_code="SYT",
                                          unit_name="Sở Y tế", province=PROVINCE)
    with open_workspace(syt_dir) as ws:
        assert exchange.import_package(ws, tmp / "campaign.cchc",
                                       trust_fingerprint=_root_fingerprint(coord_dir)
                                       ).state == "accepted"
    out = tmp / "ket-qua"
    out.mkdir()
    with open_workspace(coord_dir) as ws:
        approve_stp(ws)
        (built,) = results_sync.export_results(ws, out)
    with open_workspace(syt_dir) as ws:
        before = dump(ws)
        refused = exchange.import_package(ws, built.path)
        assert (refused.state, refused.code) == ("refused", "package_not_for_us")
        assert dump(ws) == before


def test_a_result_that_does_not_fit_is_refused_whole(world) -> None:
    """A signed results package whose points exceed a criterion's maximum changes nothing."""
    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    with open_workspace(coord_dir) as ws:
        campaign_id, unit_id = stp(ws)
        group = campaigns.group_of(ws, campaign_id, unit_id)
        document = {"unit": {"code": "STP"}, "criteria": [
            {"criterion": "1.1.2", "score": "1", "input": "80"},
            {"criterion": "8.1", "score": "10.5", "survey": True}],
            "block": "departments", "final_total": "11.5", "index": "11.5", "band": "Yếu",
            "rank": 1, "rank_of": 3, "provisional": True,
            "method": {"vi": results.RANK_METHOD_VI, "en": results.RANK_METHOD_EN}}
        bad = exchange.export_package(
            ws, tmp / "bad.cchc", kind="result", recipient={"unit_code": "STP", "unit_id": unit_id},
            documents={"result": document},
            criteria_set_hash=criteria.get_criteria_set(ws, group.criteria_set_id).content_hash)
    with open_workspace(unit_dir) as ws:
        before = dump(ws)
        refused = exchange.import_package(ws, bad.path)
        assert (refused.state, refused.code, refused.data.get("reason")) == (
            "refused", "package_bad_records", "score")
        assert dump(ws) == before


def test_submission_after_approval_is_held_until_unlocked(world) -> None:
    """After approval a new submission waits in quarantine (the board shows it held) and is
    not applied; once unlocked with a reason it is imported from the inbox, and the criterion
    it changed is marked as changed after appraisal."""
    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    first = _score_and_submit(tmp, unit_dir, "v1.cchc")
    with open_workspace(unit_dir) as ws:
        campaign = campaigns.require_active_campaign(ws)
        assessments.score_criterion(ws, campaign.id, workspaces.own_unit_id(ws), "1.4", "100",
                                    explanation="Đã hoàn thành toàn bộ kế hoạch.", reason="Bổ sung")
        exchange.export_submission(ws, tmp / "v2.cchc")
    with open_workspace(coord_dir) as ws:
        assert exchange.import_package(ws, first).state == "accepted"
        approve_stp(ws)
        held = exchange.import_package(ws, tmp / "v2.cchc")
        assert (held.state, held.code, held.data) == ("quarantined", "submission_after_approval",
                                                      {"unit": "STP"})
        assert assessment(ws, "STP", "1.4")["score"] == "0.75"
        row = row_of(ws, "STP")
        assert (row.stage, row.held, row.last_package_state) == ("approved", True, "quarantined")
        assert board.board_counts(ws, campaigns.require_active_campaign(ws).id)["held"] == 1
        still = inbox.retry_held(ws, held.package_hash)
        assert (still.state, still.code) == ("quarantined", "submission_after_approval")
        campaign_id, unit_id = stp(ws)
        results.unlock(ws, campaign_id, unit_id, "Đơn vị bổ sung tài liệu theo Công văn 45/STP")
        again = inbox.retry_held(ws, held.package_hash)
        assert again.state == "accepted", again
        changed = assessment(ws, "STP", "1.4")
        assert (changed["score"], changed["appraised_score"],
                changed["changed_after_appraisal"]) == ("1.5", "0.75", 1)
        row = row_of(ws, "STP")
        assert (row.stage, row.held, row.changed_after_appraisal, row.last_package_state) == (
            "appraised", False, 1, "accepted")


def test_late_submission_and_overdue_units_on_the_board(world) -> None:
    """A submission made after the self-scoring deadline is accepted and flagged late; a unit
    that sent nothing is overdue."""
    tmp, coord_dir, unit_dir = world
    _publish_and_enrol(tmp, coord_dir, unit_dir)
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    with open_workspace(coord_dir) as ws:
        campaign = campaigns.require_active_campaign(ws)
        with ws.write() as db:
            for row in records.rows(db, "SELECT id FROM deadlines WHERE kind = 'self_scoring'"):
                records.delete(db, "deadlines", row["id"], actor=ws.operator)
        campaigns.set_deadline(ws, campaign.id, kind="self_scoring", due_date=yesterday)
    submission = _score_and_submit(tmp, unit_dir)
    with open_workspace(coord_dir) as ws:
        result = exchange.import_package(ws, submission)
        assert (result.state, result.flags) == ("accepted", [f"late:{yesterday}"])
        rows = {r.code: r for r in board.board(ws, campaign.id)}
        assert (rows["STP"].late, rows["STP"].late_deadline, rows["STP"].stage,
                rows["STP"].last_package_date) == (True, yesterday, "received",
                                                   dt.datetime.now(dt.UTC).date().isoformat())
        assert (rows["SYT"].overdue, rows["SYT"].days_overdue, rows["SYT"].late) == (
            "self_scoring", 1, False)
        counts = board.board_counts(ws, campaign.id)
        assert (counts["late"], counts["overdue"], counts["received"]) == (1, 2, 1)  # SYT, SNV
