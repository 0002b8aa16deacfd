"""A unit that received a real explanation request, and later its results, built with the real
services, keys and packages (the installations of tests/sync/test_appraisal_exchange.py):
Sở Nội vụ (SNV, coordinator) and Sở Tư pháp (STP, appraiser of area 2) appraise Sở Y tế
(SYT); SNV asks SYT to explain three criteria (1.1.1, 2.1, 4.1); 2.2 is appraised lower
without a request; 1.3 and 5.3 are confirmed as self-assessed."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "sync"))

from test_appraisal_exchange import World  # noqa: E402

from desktop.models import (  # noqa: E402
    appraisal,
    assessments,
    evidence,
    plan,
    results,
    survey,
    workspaces,
)
from desktop.sync import appraisal as appraisal_sync  # noqa: E402
from desktop.sync import exchange  # noqa: E402
from desktop.sync import results as results_sync  # noqa: E402

REQUESTED = ("1.1.1", "2.1", "4.1")
REMARKS = {
    "1.1.1": "Kế hoạch ban hành ngày 20/01, sau thời hạn 15/01.",
    "2.1": "Thiếu Quyết định công bố số 05.",
    "4.1": "Quyết định quy định chức năng, nhiệm vụ ban hành chậm 15 ngày.",
    "2.2": "Một văn bản chưa lấy ý kiến Sở Tư pháp.",
}


def build_requested(tmp: Path, *, deliver: bool = True) -> World:
    """SYT has imported SNV's round-1 explanation request for 1.1.1, 2.1 and 4.1 (with
    `deliver` False it waits in `world.request_path`, not imported yet)."""
    world = World(tmp)
    with world.open("SYT") as ws:
        own = workspaces.own_unit_id(ws)
        for code, value, text in (
                ("1.1.1", "kịp thời", None),
                ("1.3", "có kế hoạch, kiểm tra đủ, xử lý sau kiểm tra", "Biên bản kiểm tra lưu."),
                ("2.1", "100", None), ("2.2", "đạt", "Không có sai sót."),
                ("4.1", "đúng hạn", "Quyết định số 12/QĐ-UBND."),
                ("5.3", "đạt", "Đánh giá xếp loại đúng quy định.")):
            assessments.score_criterion(ws, world.cid, own, code, value, explanation=text)
        evidence.add_evidence(ws, world.file("Kế hoạch CCHC 2026.pdf", "ke hoach"),
                              doc_number="10/KH-SYT", doc_date="2026-01-20", criterion_code="1.1.1")
        evidence.add_evidence(ws, world.file("Rà soát VBQPPL.pdf", "ra soat"),
                              doc_number="30/BC-SYT", doc_date="2026-06-30", criterion_code="2.1")
        exchange.export_submission(ws, tmp / "sub-syt.cchc")
    received = world.bring("SNV", tmp / "sub-syt.cchc")
    with world.open("SNV") as ws:
        exchange.export_receipt(ws, tmp / "receipt-syt.cchc", package_hash=received.package_hash)
        appraisal_sync.export_appraisal_work(ws, tmp / "work1.cchc", "STP", round=1)
    world.bring("SYT", tmp / "receipt-syt.cchc")
    world.bring("STP", tmp / "work1.cchc")
    with world.open("STP") as ws:
        syt = ws.db.execute("SELECT id FROM units WHERE code = 'SYT'").fetchone()[0]
        appraisal.record_appraisal(ws, world.cid, syt, "2.1", "60", round=1, remark=REMARKS["2.1"],
                                   reason_code="evidence_insufficient", request_explanation=True)
        appraisal.record_appraisal(ws, world.cid, syt, "2.2", "có sai sót", round=1,
                                   remark=REMARKS["2.2"], reason_code="not_done")
        appraisal_sync.export_appraisal(ws, tmp / "appr1.cchc", round=1)
    world.bring("SNV", tmp / "appr1.cchc")
    with world.open("SNV") as ws:
        syt = ws.db.execute("SELECT id FROM units WHERE code = 'SYT'").fetchone()[0]
        appraisal.record_appraisal(ws, world.cid, syt, "1.1.1", "chậm", round=1,
                                   remark=REMARKS["1.1.1"], reason_code="evidence_out_of_period",
                                   request_explanation=True)
        appraisal.record_appraisal(ws, world.cid, syt, "4.1", "chậm", round=1,
                                   remark=REMARKS["4.1"], reason_code="wrong_calculation",
                                   request_explanation=True)
        appraisal.record_appraisal(ws, world.cid, syt, "1.3", "có kế hoạch, kiểm tra đủ, xử lý "
                                   "sau kiểm tra", round=1)
        appraisal.record_appraisal(ws, world.cid, syt, "5.3", "đạt", round=1)
        built = appraisal_sync.export_explanation_requests(ws, tmp / "req1", round=1,
                                                           unit_codes=["SYT"])
    world.request_path = built[0].path
    if deliver:
        world.bring("SYT", built[0].path)
    return world


def send_plan_task(world: World) -> str:
    """SNV puts a plan task for SYT in the campaign and sends the campaign package again;
    returns the task's id (the same at SYT)."""
    with world.open("SNV") as ws:
        task = plan.add_plan_task(ws, world.cid, "SYT", title="Rà soát văn bản QPPL năm 2026",
                                  deadline="2026-10-31", expected_output="Báo cáo kết quả rà soát",
                                  area_code="2", source_ref="KH 12/KH-UBND")
        exchange.export_campaign(ws, world.tmp / "campaign-plan.cchc")
    world.bring("SYT", world.tmp / "campaign-plan.cchc")
    return task.task.id


def deliver_results(world: World) -> None:
    """SYT answers and explains, SNV enters the survey points, approves SYT alone (STP is
    not approved, so the ranking stays provisional) and sends SYT its results."""
    tmp = world.tmp
    with world.open("SYT") as ws:
        own = workspaces.own_unit_id(ws)
        for code in REQUESTED:
            appraisal.answer_explanation(ws, world.cid, own, code, f"Giải trình tiêu chí {code}.")
        appraisal_sync.export_explanation(ws, tmp / "explanation.cchc")
    world.bring("SNV", tmp / "explanation.cchc")
    with world.open("SNV") as ws:
        syt = ws.db.execute("SELECT id FROM units WHERE code = 'SYT'").fetchone()[0]
        for code, points in (("8.1", "8.5"), ("8.2", "10"), ("8.3", "7")):
            survey.set_survey_points(ws, world.cid, syt, code, points)
        results.approve(ws, world.cid, syt)
        (tmp / "results").mkdir()
        built = results_sync.export_results(ws, tmp / "results", unit_codes=["SYT"])
    world.bring("SYT", built[0].path)
