"""Final scores, approval and ranking at the coordinator, on a real workspace: a coordinator
(SNV) with departments on the sample set, two central agencies on a small set of their own
(30 points, so the index is truncated), and two communes on the commune sample. Every total,
index and rank below is worked out by hand in the comments."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from wshelpers import dump

from desktop.models import (
    assessments,
    audit,
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

CENTRAL_SET = {
    "province": "Mẫu", "year": 2026, "unit_group": "nganh-doc", "version": 1,
    "title": "Bộ tiêu chí thử — cơ quan ngành dọc (30 điểm)", "total_points": "30",
    "rounding_step": "0.25", "final_convention": "cap_then_penalty",
    "criteria": [
        {"code": "1", "title": "Chỉ đạo, điều hành", "max": "20", "rule": "sum"},
        {"code": "1.1", "title": "Kế hoạch CCHC", "max": "10", "rule": "prop(rate)"},
        {"code": "1.2", "title": "Tuyên truyền CCHC", "max": "10", "rule": "prop(rate)"},
        {"code": "2", "title": "Điều tra xã hội học", "max": "10", "rule": "sum"},
        {"code": "2.1", "title": "Người dân đánh giá", "max": "10", "rule": "survey"},
    ],
}
BANDS = [("Tốt", "30"), ("Khá", "25"), ("Trung bình", "10"), ("Yếu", "0")]


def build(tmp_path: Path) -> Path:
    """The coordinator's workspace: departments D1–D4 (and SNV itself) on the sample set,
    central agencies C1, C2 on CENTRAL_SET, communes K1 (xã), K2 (phường) on the commune
    sample; the campaign's bands are BANDS."""
    folder = workspaces.create_workspace(tmp_path, "snv", role="coordinator", unit_code="SNV",
                                         unit_name="Sở Nội vụ", province="An Giang",
                                         sample_group="so-ban-nganh")
    with open_workspace(folder) as ws:
        campaign = campaigns.require_active_campaign(ws)
        central = criteria.load_criteria_set(ws, CENTRAL_SET)
        communes = criteria.load_sample_criteria_set(ws, "xa-phuong")
        campaigns.add_unit_group(ws, campaign.id, code="nganh-doc", name="Ngành dọc",
                                 criteria_set_id=central.id)
        campaigns.add_unit_group(ws, campaign.id, code="xa-phuong", name="Cấp xã",
                                 criteria_set_id=communes.id)
        for code, unit_type, group in (
                ("D1", "so", "so-ban-nganh"), ("D2", "so", "so-ban-nganh"),
                ("D3", "ban_nganh", "so-ban-nganh"), ("D4", "so", "so-ban-nganh"),
                ("C1", "nganh_doc", "nganh-doc"), ("C2", "nganh_doc", "nganh-doc"),
                ("K1", "ubnd_xa", "xa-phuong"), ("K2", "ubnd_phuong", "xa-phuong")):
            unit = units.create_unit(ws, code=code, name=f"Đơn vị {code}", unit_type=unit_type)
            campaigns.enrol_unit(ws, campaign.id, unit.id, group)
        campaigns.set_rating_bands(ws, campaign.id, BANDS)
    return folder


def unit_id(ws: Workspace, code: str) -> str:
    return units.unit_by_code(ws, code).id


def appraise(ws: Workspace, code: str, values: dict[str, str]) -> None:
    campaign = campaigns.require_active_campaign(ws)
    for criterion, value in values.items():
        assessments.record_appraisal(ws, campaign.id, unit_id(ws, code), criterion, value)


def points(ws: Workspace, code: str, values: dict[str, str]) -> None:
    campaign = campaigns.require_active_campaign(ws)
    for criterion, value in values.items():
        survey.set_survey_points(ws, campaign.id, unit_id(ws, code), criterion, value)


def score_everyone(ws: Workspace) -> None:
    # D1: 3.1 at 100 % = 2, 5.1 at 100 % = 2 → 4 appraised; survey 9.5 + 11 + 7.25 = 27.75;
    #     bonus 1, penalty 0.5 → min(100, 31.75 + 1) − 0.5 = 32.25 → index 32.25, "Tốt".
    appraise(ws, "D1", {"3.1": "100", "5.1": "100", "T": "1", "P": "0.5"})
    points(ws, "D1", {"8.1": "9,5", "8.2": "11", "8.3": "7.25"})
    # D2: 2 + 1 (5.1 at 50 %) = 3 appraised; survey 8 + 10 + 7 = 25 → 28, "Khá".
    appraise(ws, "D2", {"3.1": "100", "5.1": "50"})
    points(ws, "D2", {"8.1": "8", "8.2": "10", "8.3": "7"})
    # D3: 6.1 = 2, 6.4 at 50 % = 1 → 3 appraised; survey 25 → 28: ties with D2 in both keys.
    appraise(ws, "D3", {"6.1": "100", "6.4": "50"})
    points(ws, "D3", {"8.1": "8", "8.2": "10", "8.3": "7"})
    # D4: 3.1 at 50 % = 1 appraised; survey 10 + 10 + 7 = 27 → 28: same index, fewer
    #     appraised points than D2 and D3, so rank 4.
    appraise(ws, "D4", {"3.1": "50"})
    points(ws, "D4", {"8.1": "10", "8.2": "10", "8.3": "7"})
    # C1: 10 + 5.25 (52.5 %) + survey 5.5 = 20.75 of 30 → 69.1666… → 69.16 (truncated).
    appraise(ws, "C1", {"1.1": "100", "1.2": "52.5"})
    points(ws, "C1", {"2.1": "5.5"})
    # C2: 10 + 5.5 + 5 = 20.5 of 30 → 68.333… → 68.33.
    appraise(ws, "C2", {"1.1": "100", "1.2": "55"})
    points(ws, "C2", {"2.1": "5"})
    # K1: survey 8.1 = 5 → 5, "Trung bình"? no: 5 < 10 → "Yếu". K2: nothing → 0, "Yếu".
    points(ws, "K1", {"8.1": "5"})


@pytest.fixture
def coordinator(tmp_path: Path):
    with open_workspace(build(tmp_path)) as ws:
        yield ws


def test_blocks_of_unit_types() -> None:
    """Each unit type lands in its block; types outside the three rank with departments."""
    assert [results.block_of(t) for t in ("so", "ban_nganh", "ubnd_tinh")] == ["departments"] * 3
    assert results.block_of("nganh_doc") == "central"
    assert {results.block_of(t) for t in ("ubnd_xa", "ubnd_phuong", "ubnd_dac_khu",
                                          "ubnd_huyen")} == {"communes"}
    assert results.block_of("phong") == results.block_of("khac") == "departments"
    assert results.block_label("communes") == "UBND cấp xã, phường, đặc khu"
    assert results.block_label("central", "en").startswith("Central agencies")


def test_ranking_with_ties_and_blocks(coordinator: Workspace) -> None:
    """Index descending within each block; equal index broken by appraised points outside the
    survey; still equal: the same rank, and the next rank skipped (1, 2, 2, 4, 5)."""
    ws = coordinator
    score_everyone(ws)
    campaign = campaigns.require_active_campaign(ws)
    ranked = results.rank(ws, campaign.id)
    table = [(r.block, r.code, format(r.final_total), format(r.index_percent), r.band, r.rank,
              r.rank_of) for r in ranked]
    assert table == [
        ("departments", "D1", "32.25", "32.25", "Tốt", 1, 5),
        ("departments", "D2", "28", "28.00", "Khá", 2, 5),
        ("departments", "D3", "28", "28.00", "Khá", 2, 5),
        ("departments", "D4", "28", "28.00", "Khá", 4, 5),
        ("departments", "SNV", "0", "0.00", "Yếu", 5, 5),
        ("central", "C1", "20.75", "69.16", "Tốt", 1, 2),
        ("central", "C2", "20.5", "68.33", "Tốt", 2, 2),
        ("communes", "K1", "5", "5.00", "Yếu", 1, 2),
        ("communes", "K2", "0", "0.00", "Yếu", 2, 2),
    ]
    d1 = ranked[0]
    assert (d1.appraised_points, d1.survey_total) == (Decimal("4"), Decimal("27.75"))
    assert [r.appraised_points for r in ranked[1:4]] == [Decimal(3), Decimal(3), Decimal(1)]
    assert all(r.provisional for r in ranked)  # nobody approved yet
    # The batch totals are those of each unit's score sheet.
    for row in ranked:
        scores = results.final_scores(ws, campaign.id, row.unit_id)
        assert (scores.totals.final, scores.totals.index, scores.totals.band) == (
            row.final_total, row.index_percent, row.band)
    stored = records.rows(ws.db, "SELECT u.code, r.* FROM unit_results r JOIN units u "
                          "ON u.id = r.unit_id WHERE r.campaign_id = ?", [campaign.id])
    by_code = {r["code"]: r for r in stored}
    assert (by_code["C1"]["final_total"], by_code["C1"]["index_percent"], by_code["C1"]["rank"],
            by_code["C1"]["rank_of"], by_code["C1"]["block"]) == ("20.75", "69.16", 1, 2, "central")
    assert by_code["D3"]["rank"] == 2 and by_code["D4"]["rank"] == 4
    assert all(r["method"] == results.RANK_METHOD_VI and r["computed_at"] for r in stored)
    # Ranking again with nothing changed writes nothing.
    before = dump(ws)
    results.rank(ws, campaign.id)
    assert dump(ws) == before


def test_provisional_until_the_whole_block_is_approved(coordinator: Workspace) -> None:
    """A block's ranks are provisional while any of its units is not approved."""
    ws = coordinator
    score_everyone(ws)
    campaign = campaigns.require_active_campaign(ws)
    for code in ("K1", "K2"):
        results.approve(ws, campaign.id, unit_id(ws, code))
    ranked = {r.code: r for r in results.rank(ws, campaign.id)}
    assert not ranked["K1"].provisional and not ranked["K2"].provisional
    assert ranked["C1"].provisional and ranked["D1"].provisional
    view = results.result_view(ws, campaign.id, unit_id(ws, "K1"))
    assert (view.rank, view.rank_of, view.band, view.final_total, view.provisional) == (
        1, 2, "Yếu", Decimal("5"), False)
    assert results.method_text(view.method, "en") == results.RANK_METHOD_EN


def test_approval_refused_while_self_scores_lack_an_appraisal(coordinator: Workspace) -> None:
    """Self-scored criteria with a self score and no appraisal block the approval (count and
    codes named), and the refusal changes nothing."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    d1 = unit_id(ws, "D1")
    assessments.score_criterion(ws, campaign.id, d1, "1.1.1", "kịp thời")
    assessments.score_criterion(ws, campaign.id, d1, "1.4", "50")
    appraise(ws, "D1", {"3.1": "100"})
    assert results.final_scores(ws, campaign.id, d1).unappraised == ("1.1.1", "1.4")
    before = dump(ws)
    with pytest.raises(InvalidInput) as refused:
        results.approve(ws, campaign.id, d1)
    assert refused.value.code == "approval_unappraised"
    assert refused.value.data == {"count": 2, "codes": "1.1.1, 1.4"}
    assert dump(ws) == before


def test_approval_keeping_self_scores(coordinator: Workspace) -> None:
    """With keep_self_for_unappraised, each such criterion gets an appraisal equal to its self
    score (remark, round 1, an appraisal-history row by SNV); the unit is approved with its
    totals stored; approving again changes nothing."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    d1 = unit_id(ws, "D1")
    assessments.score_criterion(ws, campaign.id, d1, "1.1.1", "chậm")      # 0.5
    assessments.score_criterion(ws, campaign.id, d1, "1.4", "50")          # 0.75
    appraise(ws, "D1", {"3.1": "100"})                                     # 2
    points(ws, "D1", {"8.1": "7.5"})
    row = results.approve(ws, campaign.id, d1, keep_self_for_unappraised=True)
    # 0.5 + 0.75 + 2 = 3.25 appraised, + 7.5 survey = 10.75; self total 0.5 + 0.75 + 0 = 1.25
    assert (row["stage"], row["final_total"], row["index_percent"], row["survey_total"],
            row["self_total"], row["band"], row["block"]) == (
        "approved", "10.75", "10.75", "7.5", "1.25", "Trung bình", "departments")
    assert row["approved_at"] and row["approved_by"] == ws.operator
    kept = records.rows(ws.db, "SELECT c.code, a.appraised_input, a.appraised_score, "
                        "a.appraisal_remark, a.appraisal_round FROM assessments a JOIN criteria c "
                        "ON c.id = a.criterion_id WHERE a.unit_id = ? AND c.code IN ('1.1.1', "
                        "'1.4') ORDER BY c.code", [d1])
    assert [tuple(k.values()) for k in kept] == [
        ("1.1.1", "chậm", "0.5", results.KEEP_SELF_REMARK, 1),
        ("1.4", "50", "0.75", results.KEEP_SELF_REMARK, 1)]
    history = records.rows(ws.db, "SELECT round, appraiser_code, appraised_score, remark "
                           "FROM appraisals WHERE unit_id = ? ORDER BY appraised_score", [d1])
    assert [tuple(h.values()) for h in history] == [
        (1, "SNV", "0.5", results.KEEP_SELF_REMARK), (1, "SNV", "0.75", results.KEEP_SELF_REMARK)]
    before = dump(ws)
    assert results.approve(ws, campaign.id, d1) == row
    assert dump(ws) == before


def test_locked_after_approval_and_unlock_with_a_reason(coordinator: Workspace) -> None:
    """Approved scores are locked (survey points refused); unlocking needs a reason, which
    the audit log keeps; the unit goes back to "appraised"."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    k1 = unit_id(ws, "K1")
    points(ws, "K1", {"8.1": "5"})
    results.approve(ws, campaign.id, k1)
    with pytest.raises(InvalidInput) as locked:
        survey.set_survey_points(ws, campaign.id, k1, "8.1", "6")
    assert locked.value.code == "unit_locked"
    before = dump(ws)
    for blank in ("", "   "):
        with pytest.raises(InvalidInput) as refused:
            results.unlock(ws, campaign.id, k1, blank)
        assert refused.value.code == "unlock_reason_required"
    assert dump(ws) == before
    with pytest.raises(InvalidInput) as not_approved:
        results.unlock(ws, campaign.id, unit_id(ws, "K2"), "Sửa điểm")
    assert (not_approved.value.code, not_approved.value.data) == ("unit_not_approved",
                                                                  {"unit": "K2"})
    row = results.unlock(ws, campaign.id, k1, "Phúc khảo điểm điều tra theo Công văn 12/SNV")
    assert (row["stage"], row["approved_at"], row["approved_by"]) == ("appraised", None, "")
    entries = [e for e in audit.entries(ws.db, entity_id=row["id"]) if e["reason"]]
    assert any(e["reason"] == "Phúc khảo điểm điều tra theo Công văn 12/SNV"
               and '"approved"' in e["old_json"] and '"appraised"' in e["new_json"]
               for e in entries)
    assert not audit.verify_chain(ws.db)
    survey.set_survey_points(ws, campaign.id, k1, "8.1", "6")
    assert stages.get_stage(ws, campaign.id, k1) == "appraised"


def test_approval_of_a_unit_outside_the_campaign_is_refused(coordinator: Workspace) -> None:
    """A unit that does not take part cannot be approved."""
    ws = coordinator
    outsider = units.create_unit(ws, code="Z", name="Không tham gia", unit_type="so")
    campaign = campaigns.require_active_campaign(ws)
    with pytest.raises(Exception) as refused:
        results.approve(ws, campaign.id, outsider.id)
    assert getattr(refused.value, "code", "") == "unit_not_in_campaign"


def test_group_bands_win_over_campaign_bands(coordinator: Workspace) -> None:
    """When a unit group has bands of its own, its units are rated by them."""
    ws = coordinator
    score_everyone(ws)
    campaign = campaigns.require_active_campaign(ws)
    campaigns.set_rating_bands(ws, campaign.id, [("A", "69"), ("B", "0")],
                               group_code="nganh-doc")
    ranked = {r.code: r for r in results.rank(ws, campaign.id)}
    assert (ranked["C1"].band, ranked["C2"].band, ranked["D1"].band) == ("A", "B", "Tốt")
    assert results.final_scores(ws, campaign.id, unit_id(ws, "C2")).totals.band == "B"


def test_final_scores_take_the_appraised_column(coordinator: Workspace) -> None:
    """The final score sheet is the appraised column: self scores do not count, survey does."""
    ws = coordinator
    campaign = campaigns.require_active_campaign(ws)
    c1 = unit_id(ws, "C1")
    assessments.score_criterion(ws, campaign.id, c1, "1.1", "100")   # self 10, not appraised
    appraise(ws, "C1", {"1.2": "40"})                                 # 4
    points(ws, "C1", {"2.1": "2.25"})
    scores = results.final_scores(ws, campaign.id, c1)
    assert (scores.totals.self_scored, scores.totals.survey, scores.totals.final) == (
        Decimal(4), Decimal("2.25"), Decimal("6.25"))
    assert scores.unappraised == ("1.1",) and scores.unappraised_count == 1
    # 6.25 / 30 = 20.8333… → 20.83
    assert scores.totals.index == Decimal("20.83")
    sheet = scoring.scoresheet(ws, campaign.id, c1)
    assert sheet.self_totals.self_scored == Decimal(10)
