"""The appraisal services on a real coordinator workspace (sample campaign, real SQLite): who
appraises which area, scores computed exactly like the self-assessment, rounds, idempotence,
refusals that leave the database as it was, completeness and the unit's stage, the
appraisal view, and the explanation answered at the unit."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from wshelpers import dump

from desktop.models import (
    appraisal,
    assessments,
    campaigns,
    evidence,
    stages,
    units,
    workspaces,
)
from desktop.models.errors import InvalidInput, NotFound
from desktop.models.store import open_workspace


@pytest.fixture
def coord(tmp_path: Path):
    """Sở Nội vụ with the sample campaign; Sở Tư pháp and Sở Y tế enrolled; Văn phòng UBND
    tỉnh in the registry written with other spacing, case and Unicode form."""
    folder = workspaces.create_workspace(tmp_path / "data", "coord", role="coordinator",
                                         unit_code="SNV", unit_name="Sở Nội vụ",
                                         province="An Giang", sample_group="so-ban-nganh")
    ws = open_workspace(folder)
    campaign = campaigns.require_active_campaign(ws)
    ids = {}
    for code, name in (("STP", "Sở Tư pháp"), ("SYT", "Sở Y tế")):
        ids[code] = units.create_unit(ws, code=code, name=name, unit_type="so").id
        campaigns.enrol_unit(ws, campaign.id, ids[code], "so-ban-nganh")
    units.create_unit(ws, code="VP", name=unicodedata.normalize("NFD", "VĂN PHÒNG  ubnd Tỉnh"),
                      unit_type="so")
    try:
        yield ws, campaign.id, ids
    finally:
        ws.close()


def _audit_count(ws, *entities: str) -> int:
    marks = ", ".join("?" for _ in entities)
    return ws.db.execute(f"SELECT count(*) FROM audit_log WHERE entity IN ({marks})",
                         list(entities)).fetchone()[0]


def test_reason_labels_in_both_languages() -> None:
    assert appraisal.reason_label("evidence_insufficient") == "Tài liệu kiểm chứng chưa đầy đủ"
    assert appraisal.reason_label("wrong_calculation", "en") == "Score wrongly calculated"
    assert appraisal.reason_label("no_such_code", "en") == "no_such_code"
    assert [code for code, _, _ in appraisal.REASON_CODES] == [
        "evidence_insufficient", "evidence_out_of_period", "wrong_calculation",
        "evidence_not_matching", "not_done", "other"]


def test_default_appraisers_match_registry_names_and_fall_back_to_the_coordinator(coord) -> None:
    ws, cid, _ = coord
    table = {a["area_code"]: a["appraiser_code"] for a in appraisal.default_area_appraisers(ws, cid)}
    assert table == {"1": "SNV", "2": "STP", "3": "VP", "4": "SNV", "5": "SNV", "6": "SNV",
                     "7": "SNV", "8": "SNV", "T": "SNV", "P": "SNV"}
    assert ws.db.execute("SELECT count(*) FROM area_appraisers").fetchone()[0] == 10
    appraisal.set_area_appraiser(ws, cid, "so-ban-nganh", "6", "SYT")
    before = dump(ws)
    again = {a["area_code"]: a["appraiser_code"] for a in appraisal.default_area_appraisers(ws, cid)}
    assert again["6"] == "SYT" and dump(ws) == before  # a row already set is never changed
    assert appraisal.areas_of(ws, cid, "SNV") == {"so-ban-nganh": ["1", "4", "5", "7", "8",
                                                                   "T", "P"]}
    assert appraisal.areas_of(ws, cid, "STP") == {"so-ban-nganh": ["2"]}
    syt = units.unit_by_code(ws, "SYT").id
    assert appraisal.appraiser_of(ws, cid, syt, "2.3") == "STP"
    assert appraisal.appraiser_of(ws, cid, syt, "6.1") == "SYT"
    with pytest.raises(NotFound) as unknown_unit:
        appraisal.set_area_appraiser(ws, cid, "so-ban-nganh", "2", "KHONG")
    with pytest.raises(InvalidInput) as unknown_area:
        appraisal.set_area_appraiser(ws, cid, "so-ban-nganh", "9", "STP")
    with pytest.raises(NotFound) as unknown_group:
        appraisal.set_area_appraiser(ws, cid, "xa", "2", "STP")
    assert (unknown_unit.value.code, unknown_area.value.code, unknown_group.value.code) == (
        "unknown_unit", "unknown_area", "unknown_group")
    assert dump(ws) == before


def test_defaults_in_force_before_anything_is_saved(coord) -> None:
    ws, cid, ids = coord
    listed = appraisal.area_appraisers(ws, cid)
    assert not any(a["stored"] for a in listed)
    assert appraisal.appraiser_of(ws, cid, ids["SYT"], "3.2.1") == "VP"
    assert {a["area_code"]: a["appraiser_name"] for a in listed}["2"] == "Sở Tư pháp"


def test_scores_follow_the_rule_for_every_input_kind(coord) -> None:
    ws, cid, ids = coord
    syt = ids["SYT"]
    cases = [("1.1.1", "Kip thoi", "kịp thời", "1"),      # option, folded
             ("1.4", "60", "60", "0.75"),                 # prop: 60 % × 1.5 = 0.9 → 0.75
             ("1.1.2", "80", "80", "1"),                  # bands 70–90 % → 1
             ("1.6", "3", "3", "1.25"),                   # deduct 0.25/item from 2
             ("T", "1.5", "1.5", "1.5")]                  # bonus points
    for code, value, stored_input, score in cases:
        done = appraisal.record_appraisal(ws, cid, syt, code, value, round=1)
        assert (done.appraised_input, done.appraised_score, done.appraisal_round) == (
            stored_input, score, 1)
        assert done.appraised_by == "SNV"


def test_recording_the_same_values_again_changes_nothing(coord) -> None:
    ws, cid, ids = coord
    syt = ids["SYT"]
    assessments.score_criterion(ws, cid, syt, "2.1", "100", explanation="Đủ")
    first = appraisal.record_appraisal(ws, cid, syt, "2.1", "60", round=1, remark="Thiếu hồ sơ",
                                       reason_code="evidence_insufficient",
                                       request_explanation=True)
    assert (first.appraised_score, first.explanation_requested, first.appraised_self_score,
            first.appraisal_reason) == ("0.75", 1, "1.5", "evidence_insufficient")
    before = dump(ws)
    audit = _audit_count(ws, "appraisals", "assessments", "unit_results")
    again = appraisal.record_appraisal(ws, cid, syt, "2.1", " 60 ", round=1,
                                       remark="Thiếu hồ sơ ", reason_code="evidence_insufficient",
                                       request_explanation=True)
    assert dump(ws) == before
    assert _audit_count(ws, "appraisals", "assessments", "unit_results") == audit
    assert again.appraised_at == first.appraised_at and again.change_count == first.change_count


def test_refusals_leave_the_database_as_it_was(coord) -> None:
    ws, cid, ids = coord
    syt = ids["SYT"]
    appraisal.default_area_appraisers(ws, cid)
    before = dump(ws)
    attempts = {
        "explanation_request_needs_remark": dict(code="2.1", value="50", round=1,
                                                 request_explanation=True, remark="  "),
        "survey_not_appraised": dict(code="8.1", value="5", round=1),
        "not_scorable_parent": dict(code="1.1", value="1", round=1),
        "appraisal_round_one_missing": dict(code="2.1", value="50", round=2),
        "bad_appraisal_round": dict(code="2.1", value="50", round=3),
        "bad_reason_code": dict(code="2.1", value="50", round=1, reason_code="lazy"),
        "appraisal_other_area": dict(code="1.1.1", value="chậm", round=1, appraiser_code="STP"),
        "unknown_option": dict(code="1.1.1", value="tuyệt vời", round=1),
    }
    for code, kwargs in attempts.items():
        with pytest.raises(InvalidInput) as caught:
            appraisal.record_appraisal(ws, cid, syt, kwargs.pop("code"), kwargs.pop("value"),
                                       **kwargs)
        assert caught.value.code == code
    appraisal.record_appraisal(ws, cid, syt, "2.1", "50", round=1, appraiser_code="STP")
    mid = dump(ws)
    with pytest.raises(InvalidInput) as round_two:
        appraisal.record_appraisal(ws, cid, syt, "2.1", "50", round=2, remark="Vẫn thiếu",
                                   request_explanation=True, appraiser_code="STP")
    assert round_two.value.code == "explanation_request_round_two"
    assert dump(ws) == mid and mid != before


def test_the_coordinator_may_record_in_any_area_others_only_in_theirs(coord) -> None:
    ws, cid, ids = coord
    appraisal.default_area_appraisers(ws, cid)
    done = appraisal.record_appraisal(ws, cid, ids["SYT"], "2.2", "đạt", round=1)
    assert (done.appraised_by, done.appraised_score) == ("SNV", "1.5")
    with pytest.raises(InvalidInput) as caught:
        appraisal.record_appraisal(ws, cid, ids["SYT"], "3.1", "50", round=1, appraiser_code="STP")
    assert caught.value.data == {"unit": "SYT", "criterion": "3.1", "area": "3"}


def test_round_two_is_the_current_value_and_round_one_stays_in_history(coord) -> None:
    ws, cid, ids = coord
    syt = ids["SYT"]
    appraisal.record_appraisal(ws, cid, syt, "2.1", "60", round=1, remark="Thiếu",
                               request_explanation=True, appraiser_code="STP")
    second = appraisal.record_appraisal(ws, cid, syt, "2.1", "100", round=2, remark="Đã bổ sung",
                                        appraiser_code="STP")
    assert (second.appraised_score, second.appraisal_round, second.appraisal_remark) == (
        "1.5", 2, "Đã bổ sung")
    assert second.explanation_requested == 1  # asked in round 1; round 2 keeps that fact
    later_first = appraisal.record_appraisal(ws, cid, syt, "2.1", "40", round=1, remark="Thiếu",
                                             request_explanation=True, appraiser_code="STP")
    assert (later_first.appraised_score, later_first.appraisal_round) == ("1.5", 2)
    history = ws.db.execute("SELECT round, appraised_score FROM appraisals ORDER BY round").fetchall()
    assert history == [(1, "0.5"), (2, "1.5")]


def test_an_approved_unit_is_locked(coord) -> None:
    ws, cid, ids = coord
    syt = ids["SYT"]
    appraisal.record_appraisal(ws, cid, syt, "1.1.1", "chậm", round=1)
    stages.set_stage(ws, cid, syt, "approved")
    before = dump(ws)
    same = appraisal.record_appraisal(ws, cid, syt, "1.1.1", "chậm", round=1)
    assert same.appraised_score == "0.5" and dump(ws) == before
    with pytest.raises(InvalidInput) as caught:
        appraisal.record_appraisal(ws, cid, syt, "1.1.1", "kịp thời", round=1)
    assert caught.value.code == "unit_locked" and dump(ws) == before


def test_completeness_and_the_stage_on_the_direct_path(coord) -> None:
    ws, cid, ids = coord
    syt = ids["SYT"]
    appraisal.default_area_appraisers(ws, cid)
    assessments.score_criterion(ws, cid, syt, "1.1.1", "kịp thời")
    assessments.score_criterion(ws, cid, syt, "2.2", "đạt")
    assessments.score_criterion(ws, cid, syt, "8.1", "7", as_coordinator=True)  # survey
    assert not appraisal.round_complete(ws, cid, syt, 1)
    appraisal.record_appraisal(ws, cid, syt, "1.1.1", "chậm", round=1)
    assert stages.get_stage(ws, cid, syt) == "not_received"
    appraisal.record_appraisal(ws, cid, syt, "2.2", "có sai sót", round=1, remark="Sai quy trình",
                               request_explanation=True, appraiser_code="STP")
    assert appraisal.round_complete(ws, cid, syt, 1)
    assert not appraisal.round_complete(ws, cid, syt, 2)   # an explanation is pending
    assert appraisal.pending_explanations(ws, cid, syt) == 1
    assert stages.get_stage(ws, cid, syt) == "not_received"
    appraisal.record_appraisal(ws, cid, syt, "2.2", "đạt", round=2, appraiser_code="STP")
    assert appraisal.round_complete(ws, cid, syt, 2)
    assert stages.get_stage(ws, cid, syt) == "appraised"
    stp = ids["STP"]
    assessments.score_criterion(ws, cid, stp, "1.1.1", "kịp thời")
    appraisal.record_appraisal(ws, cid, stp, "1.1.1", "kịp thời", round=1)  # no request: final
    assert stages.get_stage(ws, cid, stp) == "appraised"


def test_the_appraisal_view(coord, tmp_path: Path) -> None:
    ws, cid, ids = coord
    syt, stp = ids["SYT"], ids["STP"]
    appraisal.default_area_appraisers(ws, cid)
    assessments.score_criterion(ws, cid, syt, "2.1", "80", explanation="Còn 2 văn bản chậm")
    scan = tmp_path / "Báo cáo rà soát.pdf"
    scan.write_bytes(b"%PDF-1.4 ra soat")
    added = evidence.add_evidence(ws, scan, doc_number="15/BC-STP", doc_date="2026-03-01",
                                  pages="3-5")
    evidence.link_to_criterion(ws, added.evidence.id, cid, syt, "2.1")
    appraisal.record_appraisal(ws, cid, syt, "2.1", "60", round=1, remark="Thiếu",
                               reason_code="evidence_insufficient", request_explanation=True,
                               appraiser_code="STP")
    appraisal.record_appraisal(ws, cid, syt, "2.1", "80", round=2, appraiser_code="STP")
    rows = appraisal.appraisal_rows(ws, cid, appraiser_code="STP")
    assert {r["criterion_code"] for r in rows} == {"2.1", "2.2", "2.3", "2.4", "2.5"}
    assert [r["unit_code"] for r in rows] == ["SNV"] * 5 + ["STP"] * 5 + ["SYT"] * 5
    row = next(r for r in rows if (r["unit_code"], r["criterion_code"]) == ("SYT", "2.1"))
    assert (row["self_input"], row["self_score"], row["self_explanation"]) == (
        "80", "1", "Còn 2 văn bản chậm")
    assert row["evidence"] == [{"name": "Báo cáo rà soát.pdf", "doc_number": "15/BC-STP",
                                "doc_date": "2026-03-01", "pages": "3-5",
                                "sha256": added.evidence.sha256}]
    assert (row["appraised_score"], row["round"], row["previous_appraised_score"],
            row["previous_reason_code"], row["previous_request_explanation"]) == (
        "1", 2, "0.75", "evidence_insufficient", True)
    first = appraisal.appraisal_rows(ws, cid, unit_id=syt, round=1)
    one = next(r for r in first if r["criterion_code"] == "2.1")
    assert (one["appraised_score"], one["remark"], one["round"]) == ("0.75", "Thiếu", 1)
    assert len(first) == len([r for r in appraisal.appraisal_rows(ws, cid)
                              if r["unit_id"] == syt])
    assert not any(r["criterion_code"].startswith("8.") for r in first)
    assert stp not in {r["unit_id"] for r in first}


def test_the_view_takes_a_few_queries_whatever_the_number_of_units(coord) -> None:
    ws, cid, _ = coord

    def queries() -> int:
        seen: list[str] = []
        ws.db.conn.set_trace_callback(seen.append)
        try:
            rows = appraisal.appraisal_rows(ws, cid, appraiser_code="STP")
        finally:
            ws.db.conn.set_trace_callback(None)
        return len(seen), len(rows)

    small, small_rows = queries()
    for number in range(20):
        unit = units.create_unit(ws, code=f"U{number:02d}", name=f"Đơn vị {number}",
                                 unit_type="so")
        campaigns.enrol_unit(ws, cid, unit.id, "so-ban-nganh")
        assessments.score_criterion(ws, cid, unit.id, "2.2", "đạt")
    large, large_rows = queries()
    assert large_rows == small_rows + 20 * 5
    assert large == small < 30


def test_explanation_answered_at_the_unit(coord) -> None:
    ws, cid, ids = coord
    syt = ids["SYT"]
    appraisal.record_appraisal(ws, cid, syt, "2.3", "có kế hoạch, chưa xử lý", round=1,
                               remark="Chưa có báo cáo kết quả xử lý", reason_code="not_done",
                               request_explanation=True, appraiser_code="STP")
    appraisal.record_appraisal(ws, cid, syt, "2.2", "đạt", round=1, appraiser_code="STP")
    asked = appraisal.explanation_requests(ws, cid, syt)
    assert [(a["code"], a["remark"], a["reason_code"], a["response"]) for a in asked] == [
        ("2.3", "Chưa có báo cáo kết quả xử lý", "not_done", "")]
    before = dump(ws)
    for code, text, error in (("2.2", "Có", "explanation_not_requested"),
                              ("2.3", "   ", "explanation_text_required")):
        with pytest.raises(InvalidInput) as caught:
            appraisal.answer_explanation(ws, cid, syt, code, text)
        assert caught.value.code == error
    assert dump(ws) == before
    answered = appraisal.answer_explanation(ws, cid, syt, "2.3", unicodedata.normalize(
        "NFD", " Đã xử lý theo Báo cáo 20/BC-SYT "))
    assert answered.explanation_response == "Đã xử lý theo Báo cáo 20/BC-SYT"
    assert answered.explanation_responded_at
    same = dump(ws)
    appraisal.answer_explanation(ws, cid, syt, "2.3", "Đã xử lý theo Báo cáo 20/BC-SYT")
    assert dump(ws) == same
    assert appraisal.explanation_requests(ws, cid, syt)[0]["response"] == answered.explanation_response
