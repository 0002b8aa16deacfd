"""The reads behind Sở Nội vụ's windows (desktop/models/coordination_views.py), on the
coordinator of test_results: which views a window gets, the board with its counts, the
appraisal rows with who may edit and what is locked, the stored ranking, approving several
units at once, unlocking, and the choices of the coordination dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_results import build, score_everyone, unit_id

from desktop.models import (
    appraisal,
    assessments,
    board,
    campaigns,
    coordination_views,
    evidence,
    results,
    stages,
)
from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace, open_workspace


@pytest.fixture
def coordinator(tmp_path: Path):
    with open_workspace(build(tmp_path / "ws")) as ws:
        yield ws


def test_window_roles(coordinator: Workspace) -> None:
    roles = coordination_views.window_roles(coordinator)
    campaign = campaigns.require_active_campaign(coordinator)
    assert roles == {"role": "coordinator", "coordinator": True, "enrolled": True,
                     "appraisal_work": False, "campaign_id": campaign.id}


def test_board_snapshot_counts_as_the_board_does(coordinator: Workspace) -> None:
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    stages.set_stage(ws, campaign.id, unit_id(ws, "K1"), "received")
    snapshot = coordination_views.board_snapshot(ws, campaign.id)
    assert snapshot.counts == board.board_counts(ws, campaign.id)
    assert [r.code for r in snapshot.rows] == [r.code for r in board.board(ws, campaign.id)]
    assert [code for code, _ in snapshot.groups] == ["nganh-doc", "so-ban-nganh", "xa-phuong"]
    assert snapshot.blocks == ["departments", "central", "communes"]


def test_appraisal_snapshot_and_one_row(coordinator: Workspace) -> None:
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    d2 = unit_id(ws, "D2")
    assessments.score_criterion(ws, campaign.id, d2, "1.1.1", "chậm", explanation="Chậm 3 ngày.")
    appraisal.record_appraisal(ws, campaign.id, d2, "1.1.1", "không ban hành", round=1,
                               remark="Không có kế hoạch.", reason_code="not_done",
                               request_explanation=True)
    appraisal.set_area_appraiser(ws, campaign.id, "so-ban-nganh", "2", "D3")
    snapshot = coordination_views.appraisal_snapshot(ws, campaign.id, 1)
    assert snapshot.coordinator and snapshot.own_code == "SNV"
    assert "2" not in snapshot.own_areas["so-ban-nganh"]
    assert "1" in snapshot.own_areas["so-ban-nganh"]
    assert snapshot.groups["xa-phuong"] == "Cấp xã"
    assert snapshot.round == 1
    row = next(r for r in snapshot.rows if r["unit_code"] == "D2"
               and r["criterion_code"] == "1.1.1")
    assert (row["self_input"], row["appraised_input"], row["reason_code"], row["locked"]) == (
        "chậm", "không ban hành", "not_done", False)
    units = {u["code"]: u for u in snapshot.units}
    assert units["C1"]["block"] == "central" and str(units["D2"]["step"]) == "0.25"
    area = next(a for a in snapshot.areas if a["group"] == "so-ban-nganh"
                and a["area_code"] == "2")
    assert area["own"] is False
    again = coordination_views.appraisal_row(ws, campaign.id, d2, "1.1.1", 1)
    assert again["remark"] == "Không có kế hoạch." and again["explanation_requested"]


def test_ranking_approve_and_unlock(coordinator: Workspace) -> None:
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    score_everyone(ws)
    assert coordination_views.ranking(ws, campaign.id).computed_at is None
    ranked = coordination_views.ranking(ws, campaign.id, compute=True)
    assert [(r.block, r.code, r.rank) for r in ranked.rows][:3] == [
        ("departments", "D1", 1), ("departments", "D2", 2), ("departments", "D3", 2)]
    assert all(r.provisional for r in ranked.rows) and ranked.method == results.RANK_METHOD_VI
    # D2 with a self score and no appraisal for 1.1.1: refused, the others approved
    assessments.score_criterion(ws, campaign.id, unit_id(ws, "D2"), "1.1.1", "kịp thời",
                                explanation="Đúng hạn.")
    outcome = coordination_views.approve_units(
        ws, campaign.id, [unit_id(ws, c) for c in ("D1", "D2", "C1", "C2")])
    assert outcome.approved == ["D1", "C1", "C2"] and list(outcome.unappraised) == ["D2"]
    assert outcome.unappraised["D2"].__traceback__ is None  # nothing keeps the frames alive
    kept = coordination_views.approve_units(ws, campaign.id, [unit_id(ws, "D2")],
                                            keep_self_for_unappraised=True)
    assert kept.approved == ["D2"]
    rows = {r.code: r for r in coordination_views.ranking(ws, campaign.id).rows}
    assert rows["D1"].approved and rows["D1"].approved_at and rows["D1"].provisional
    assert not rows["C1"].provisional  # every central agency is approved
    with pytest.raises(InvalidInput) as refused:
        coordination_views.unlock_unit(ws, campaign.id, unit_id(ws, "D1"), "  ")
    assert refused.value.code == "unlock_reason_required"
    coordination_views.unlock_unit(ws, campaign.id, unit_id(ws, "D1"), "Sửa điểm 3.1")
    assert stages.get_stage(ws, campaign.id, unit_id(ws, "D1")) == "appraised"


def test_dialog_choices_and_evidence_copy(coordinator: Workspace, tmp_path: Path) -> None:
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    assert coordination_views.appraisers(ws, campaign.id) == []  # every area is SNV's here
    appraisal.set_area_appraiser(ws, campaign.id, "so-ban-nganh", "2", "D3")
    choices = coordination_views.appraisers(ws, campaign.id)
    assert [(c["code"], [a[1] for a in c["areas"]]) for c in choices] == [("D3", ["2"])]
    assert ("SNV", "Sở Nội vụ") in coordination_views.registry_choices(ws)
    scan = tmp_path / "Kế hoạch.pdf"
    scan.write_bytes(b"%PDF-1.4 ke hoach")
    added = evidence.add_evidence(ws, scan, doc_number="1/KH", criterion_code="1.1.1")
    copy = coordination_views.evidence_copy(ws, added.evidence.sha256)
    assert copy.read_bytes() == b"%PDF-1.4 ke hoach" and copy.name == "Kế hoạch.pdf"
