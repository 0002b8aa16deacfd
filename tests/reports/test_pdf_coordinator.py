"""The coordinator's PDFs on the demo coordinator workspace with real appraisals, survey points
and one approved unit: the province summary (ranking per block in the order and with the
figures of `results.rank`, counts per band, the method, the provisional note) and the
appraisal result of one unit (self vs appraised totals as the score sheet has them, remarks,
reasons, rounds)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from pdfhelpers import (
    SHIPPED,
    build_synthetic,
    check_margins_and_page_numbers,
    flat,
    fonts_of,
    page_sizes,
    realistic_info,
    text,
)

from desktop.models import appraisal, campaigns, results, scoring, survey, units
from desktop.models.demo import DEMO_WORKSPACE, build_demo
from desktop.models.errors import InvalidInput
from desktop.models.paths import workspace_dir
from desktop.models.store import open_workspace
from desktop.reports.coordinator_pdf import build_appraisal_sheet_pdf, build_summary_pdf
from desktop.reports.nd30 import vn_decimal

REMARK = "Tỷ lệ hoàn thành thực tế 80%, không phải 92%."


def _input(ws, unit_id: str, code: str) -> str:
    return ws.db.execute("SELECT a.input_value FROM assessments a JOIN criteria c ON "
                         "c.id = a.criterion_id WHERE a.unit_id = ? AND c.code = ?",
                         [unit_id, code]).fetchone()[0]


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory):
    root = tmp_path_factory.mktemp("coordinator")
    build_demo(root / "data", role="coordinator")
    folder = workspace_dir(root / "data", DEMO_WORKSPACE)
    info = realistic_info(agency="SỞ NỘI VỤ", number="20/BC-SNV",
                          recipients=["UBND tỉnh", "Lưu: VT, CCHC"])
    with open_workspace(folder) as ws:
        campaign = campaigns.active_campaign(ws)
        stp = units.unit_by_code(ws, "DEMO-STP").id
        appraisal.record_appraisal(ws, campaign.id, stp, "1.1.2", "80", round=1, remark=REMARK,
                                   reason_code="wrong_calculation")
        appraisal.record_appraisal(ws, campaign.id, stp, "1.4", "70", round=1,
                                   remark="Thiếu tin bài quý IV.",
                                   reason_code="evidence_insufficient", request_explanation=True)
        appraisal.record_appraisal(ws, campaign.id, stp, "1.4", "80", round=2,
                                   remark="Đã bổ sung một phần.", reason_code="other")
        for code in ("1.1.1", "1.2.1", "1.2.2", "1.3", "1.6", "2.1", "2.2", "3.3.1"):
            appraisal.record_appraisal(ws, campaign.id, stp, code, _input(ws, stp, code), round=1)
        group = campaigns.group_of(ws, campaign.id, stp)
        for code, node in survey.survey_criteria(ws, group.criteria_set_id).items():
            points = (node.maximum * Decimal("0.75") / Decimal("0.25")).to_integral_value()
            survey.set_survey_points(ws, campaign.id, stp, code, points * Decimal("0.25"))
        results.approve(ws, campaign.id, stp, keep_self_for_unappraised=True)
        summary = root / "tong-hop.pdf"
        sheet_pdf = root / "tham-dinh.pdf"
        build_summary_pdf(ws, campaign.id, summary, info, fonts=SHIPPED)
        build_appraisal_sheet_pdf(ws, campaign.id, stp, sheet_pdf, info, fonts=SHIPPED)
        ranked = results.rank(ws, campaign.id)
        sheet = scoring.scoresheet(ws, campaign.id, stp, with_suggestions=False)
        bands = [b.label for b in campaigns.rating_bands(ws, campaign.id)]
    return {"summary": summary, "sheet_pdf": sheet_pdf, "ranked": ranked, "sheet": sheet,
            "bands": bands, "root": root,
            "summary_text": text(summary), "summary_flat": flat(text(summary, layout=False)),
            "sheet_text": text(sheet_pdf), "sheet_flat": flat(text(sheet_pdf, layout=False))}


def test_summary_frame_and_method(coordinator):
    page, flat_text = coordinator["summary_text"], coordinator["summary_flat"]
    for needle in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "BÁO CÁO", "Nơi nhận:", "SỞ NỘI VỤ", "Số: 20/BC-SNV",
                   "An Giang, ngày 05 tháng 01 năm 2026", "- UBND tỉnh;", "- Lưu: VT, CCHC."):
        assert needle in page, needle
    assert flat(results.RANK_METHOD_VI) in flat_text
    assert flat_text.index("I. PHƯƠNG PHÁP XẾP HẠNG") < flat_text.index(
        flat(results.RANK_METHOD_VI)) < flat_text.index("II. KẾT QUẢ XẾP HẠNG")


def test_summary_blocks_bands_and_provisional_note(coordinator):
    flat_text = coordinator["summary_flat"]
    by_block: dict[str, list] = {}
    for row in coordinator["ranked"]:
        by_block.setdefault(row.block, []).append(row)
    assert set(by_block) == {"departments", "central"}
    for number, block in enumerate(b for b in results.BLOCKS if b in by_block):
        members = by_block[block]
        heading = f"{number + 1}. Khối {results.block_label(block)} ({len(members)} đơn vị)"
        assert heading in flat_text
        counts = "; ".join(f"{label}: {sum(1 for m in members if m.band == label)}"
                           for label in coordinator["bands"])
        assert f"Số đơn vị theo xếp loại — {counts}." in flat_text
        approved = sum(1 for m in members if m.approved)
        assert f"{results.PROVISIONAL_VI} (Đã phê duyệt {approved}/{len(members)} đơn vị.)" in (
            flat_text)


def test_summary_rows_are_the_ranking(coordinator):
    """One row per unit in `results.rank`'s order, with its rank, totals, index and band."""
    page = coordinator["summary_text"]
    positions = []
    for row in coordinator["ranked"]:
        found = re.search(
            rf"^\s*{row.rank}\s+.*\(?{re.escape(row.code)}\)?.*?\s+{re.escape(vn_decimal(row.self_total))}"
            rf"\s+{re.escape(vn_decimal(row.final_total))}\s+"
            rf"{re.escape(vn_decimal(row.index_percent))}\s+{re.escape(row.band or '—')}\s*$",
            page, re.M)
        if found is None:   # a name that wraps puts its code on the next line
            found = re.search(
                rf"^\s*{row.rank}\s+.*?\s+{re.escape(vn_decimal(row.self_total))}\s+"
                rf"{re.escape(vn_decimal(row.final_total))}\s+"
                rf"{re.escape(vn_decimal(row.index_percent))}\s+{re.escape(row.band or '—')}"
                rf"\s*\n\s*\(?{re.escape(row.code)}\)", page, re.M)
        assert found, f"no row for {row.code}"
        positions.append(page.index(row.code))
    assert positions == sorted(positions)
    top = coordinator["ranked"][0]
    assert top.code == "DEMO-STP" and top.rank == 1 and top.approved
    assert top.final_total > top.self_total   # survey points counted in the final total


def test_appraisal_sheet_totals_are_the_score_sheet_s(coordinator):
    sheet, page = coordinator["sheet"], coordinator["sheet_text"]
    own, theirs = sheet.self_totals, sheet.appraised_totals
    rows = (("Điểm các tiêu chí tự chấm", "self_scored"), ("Điểm điều tra xã hội học", "survey"),
            ("Điểm thưởng", "bonus"), ("Điểm trừ", "penalty"), ("Tổng điểm", "final"),
            ("Chỉ số CCHC (%)", "index"))
    for number, (label, attribute) in enumerate(rows, start=1):
        found = re.search(rf"^\s*{number}\s+{re.escape(label)}\s+(\S+)\s+(\S+)\s*$", page, re.M)
        assert found, label
        assert found.groups() == (vn_decimal(getattr(own, attribute)),
                                  vn_decimal(getattr(theirs, attribute)))
    assert re.search(rf"^\s*7\s+Xếp loại\s+{own.band}\s+{theirs.band}\s*$", page, re.M)
    assert theirs.final != own.final


def test_appraisal_sheet_remarks_reasons_rounds(coordinator):
    flat_text = coordinator["sheet_flat"]
    assert "Kết quả đã được phê duyệt." in flat_text
    section = flat_text.split("II. CÁC TIÊU CHÍ ĐƯỢC ĐIỀU CHỈNH ĐIỂM", 1)[1]
    assert (f"1.1.2. Mức độ hoàn thành kế hoạch CCHC: tự đánh giá 2, thẩm định 1 (vòng 1) — "
            f"{appraisal.reason_label('wrong_calculation')}; {REMARK}") in section
    # round 2 is the final value: 80 % of 1.5 = 1.2, rounded down to the 0.25 step
    assert (f"1.4. Công tác tuyên truyền CCHC: tự đánh giá 1,25, thẩm định 1 (vòng 2) — "
            f"{appraisal.reason_label('other')}; Đã bổ sung một phần.") in section
    sizes = page_sizes(coordinator["sheet_pdf"])
    first = next(i for i, (w, h) in enumerate(sizes, start=1) if w > h)
    appendix = text(coordinator["sheet_pdf"], first)
    assert re.search(r"STT\s+Lĩnh vực/Tiêu chí/Tiêu chí thành phần", appendix)
    assert "Đã bổ sung một phần." in flat(appendix)
    line = next(line for line in coordinator["sheet"].lines if line.criterion.code == "1.4")
    assert re.search(rf"^\s*1\.4\s+Công tác tuyên truyền CCHC\s+1,5\s+1,25\s+"
                     rf"{re.escape(vn_decimal(line.appraised_score))}\s+.*\s2\s*$",
                     appendix, re.M)
    assert "Điểm điều tra xã hội học" in flat(appendix)


def test_fonts_and_margins(coordinator):
    for pdf in (coordinator["summary"], coordinator["sheet_pdf"]):
        assert all(f.embedded and "LiberationSerif" in f.name for f in fonts_of(pdf))
        check_margins_and_page_numbers(pdf)


def test_only_the_coordinator_makes_the_summary(tmp_path):
    made = build_synthetic(tmp_path / "ws", 10)
    target = tmp_path / "tong-hop.pdf"
    target.write_bytes(b"before")
    with open_workspace(made.folder) as ws, pytest.raises(InvalidInput) as caught:
        build_summary_pdf(ws, made.campaign_id, target, fonts=SHIPPED)
    assert caught.value.code == "coordinator_only"
    assert target.read_bytes() == b"before"
