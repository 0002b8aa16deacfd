"""The self-assessment report of the demo unit, read back with poppler: A4, the NĐ 30 margins
(no word inside them), every font embedded, the fixed texts of the frame, the date line, the
same totals and area points as the real `cchc assess show --json`, the explanations of
section II, the signature block and the recipients, page numbers from page 2 only."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from pdfhelpers import (
    SHIPPED,
    check_margins_and_page_numbers,
    fonts_of,
    page_sizes,
    realistic_info,
    run,
    text,
)

from desktop.models import campaigns, scoring, workspaces
from desktop.models.demo import DEMO_SCORES, DEMO_WORKSPACE, build_demo
from desktop.models.paths import workspace_dir
from desktop.models.store import open_workspace
from desktop.reports import nd30
from desktop.reports.self_assessment import build_self_assessment_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from clihelpers import cchc, ok  # noqa: E402

MM = 72 / 25.4


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The demo data directory, `cchc assess show --json` on it (run once), and the report."""
    root = tmp_path_factory.mktemp("self-assessment")
    data = root / "data"
    build_demo(data)
    shown = json.loads(ok(cchc(data, "assess", "show", "--json")).stdout)
    pdf = root / "bao-cao-tu-danh-gia.pdf"
    with open_workspace(workspace_dir(data, DEMO_WORKSPACE)) as ws:
        campaign = campaigns.active_campaign(ws)
        unit_id = workspaces.own_unit_id(ws)
        returned = build_self_assessment_pdf(ws, campaign.id, unit_id, pdf, realistic_info(),
                                             fonts=SHIPPED)
        sheet = scoring.scoresheet(ws, campaign.id, unit_id, with_suggestions=False)
    return {"pdf": pdf, "returned": returned, "shown": shown, "sheet": sheet,
            "text": text(pdf), "flat": " ".join(text(pdf, layout=False).split())}


def vn(value: str | None) -> str:
    return "—" if value is None else value.replace(".", ",")


def test_a4_portrait_then_landscape_appendix(built):
    """Every page is A4: the body portrait, the appendix landscape (after the body)."""
    assert built["returned"] == built["pdf"]
    sizes = page_sizes(built["pdf"])
    assert len(sizes) >= 3
    kinds = ["portrait" if (round(w, 1), round(h, 1)) == (595.3, 841.9) else
             "landscape" if (round(w, 1), round(h, 1)) == (841.9, 595.3) else f"{w}x{h}"
             for w, h in sizes]
    assert kinds[0] == "portrait" and kinds[-1] == "landscape"
    first_landscape = kinds.index("landscape")
    assert set(kinds[:first_landscape]) == {"portrait"}
    assert set(kinds[first_landscape:]) == {"landscape"}


def test_every_font_is_embedded_liberation_serif(built):
    found = fonts_of(built["pdf"])
    assert found, "no font at all"
    assert all(f.embedded for f in found), found
    assert all("LiberationSerif" in f.name for f in found), found
    assert {f.name.split("+")[-1] for f in found} <= {
        "LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic"}


def test_frame_texts_and_date_line(built):
    page = built["text"]
    for needle in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "BÁO CÁO", "Nơi nhận:", "UBND TỈNH AN GIANG", "SỞ TƯ PHÁP",
                   "Số: 15/BC-STP", "An Giang, ngày 05 tháng 01 năm 2026", "KT. GIÁM ĐỐC",
                   "PHÓ GIÁM ĐỐC", "Nguyễn Văn An", "- Sở Nội vụ;", "- Lưu: VT, VP.", "PHỤ LỤC",
                   "I. KẾT QUẢ TỰ ĐÁNH GIÁ", "II. GIẢI TRÌNH", "III. KHÓ KHĂN, VƯỚNG MẮC"):
        assert needle in page, needle
    assert "Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026" in built["flat"]
    # the header is on page 1, the appendix says which report it belongs to
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text(built["pdf"], 1, 1)
    assert "(Kèm theo Báo cáo số 15/BC-STP ngày 05/01/2026 của [DEMO] Sở Tư pháp)" in built["flat"]


def _row(page: str, number: int, label: str) -> str:
    found = re.search(rf"^\s*{number}\s+{re.escape(label)}\s+(\S+)\s*$", page, re.M)
    assert found, f"no totals row {number} {label}"
    return found.group(1)


def test_totals_are_those_of_cchc_assess_show(built):
    """The totals table holds exactly the numbers `cchc assess show --json` printed."""
    own = built["shown"]["self"]
    page = built["text"]
    assert _row(page, 1, "Điểm các tiêu chí tự chấm") == vn(own["self_scored"])
    assert _row(page, 2, "Điểm điều tra xã hội học") == vn(own["survey"])
    assert _row(page, 3, "Điểm thưởng") == vn(own["bonus"])
    assert _row(page, 4, "Điểm trừ") == vn(own["penalty"])
    assert _row(page, 5, "Tổng điểm") == vn(own["final"])
    assert _row(page, 6, "Chỉ số CCHC (%)") == vn(own["index"])
    assert _row(page, 7, "Xếp loại") == (own["band"] or "—")
    assert own["final"] != "0" and "," in vn(own["final"])   # a real, fractional total
    sentence = (f"Tổng điểm tự đánh giá: {vn(own['final'])}/100 điểm, Chỉ số CCHC đạt "
                f"{vn(own['index'])}%")
    assert sentence in built["flat"]


def test_area_rows_are_those_of_cchc_assess_show(built):
    page = built["text"]
    for code, area in built["shown"]["self"]["areas"].items():
        found = re.search(rf"^\s*{code}\s+{re.escape(area['title'])}\s+(\S+)\s+(\S+)\s+(\S+)\s*$",
                          page, re.M)
        assert found, f"no row for area {code}"
        assert found.groups() == (vn(area["max"]), vn(area["points"]), vn(area["index"]))


def test_section_two_lists_every_explanation(built):
    """Every criterion with an explanation (or needing one) is in section II with its text."""
    flat = built["flat"]
    section = flat.split("II. GIẢI TRÌNH", 1)[1].split("III. KHÓ KHĂN", 1)[0]
    explained = [code for code, (_value, note) in DEMO_SCORES.items() if note]
    assert explained
    for code in explained:
        assert f"{code}. " in section, code
        assert " ".join(DEMO_SCORES[code][1].split()) in section, code
    assert "Một số nhiệm vụ phụ thuộc ý kiến của các sở, ngành." in flat
    assert "Đề nghị Sở Nội vụ hướng dẫn thống nhất cách tính tỷ lệ." in flat


def test_appendix_lists_every_criterion_with_scores_and_citations(built):
    sheet = built["sheet"]
    appendix = " ".join(text(built["pdf"], _first_landscape(built["pdf"]),
                             layout=False).split())
    for line in sheet.lines:
        assert line.criterion.title in appendix, line.criterion.code
    # cited evidence: number and date, and the section/page of a partial citation
    assert "12/KH-STP ngày 08/01/2026" in appendix
    assert "45/BC-STP ngày 25/03/2026, Mục II, tr. 3–5" in appendix


def _first_landscape(pdf: Path) -> int:
    return next(i for i, (w, h) in enumerate(page_sizes(pdf), start=1) if w > h)


def test_margin_constants_are_the_decree_s():
    assert (nd30.MARGIN_TOP_MM, nd30.MARGIN_BOTTOM_MM, nd30.MARGIN_LEFT_MM,
            nd30.MARGIN_RIGHT_MM) == (20, 20, 30, 15)
    portrait = nd30.PORTRAIT
    assert portrait.page_width == pytest.approx(210 * MM, abs=0.01)
    assert portrait.page_height == pytest.approx(297 * MM, abs=0.01)
    assert (portrait.top, portrait.bottom, portrait.left, portrait.right) == pytest.approx(
        (20 * MM, 20 * MM, 30 * MM, 15 * MM))
    assert portrait.frame_width == pytest.approx(165 * MM)
    assert portrait.frame_height == pytest.approx(257 * MM)
    landscape = nd30.LANDSCAPE
    assert (landscape.page_width, landscape.page_height) == pytest.approx((297 * MM, 210 * MM))
    # the binding edge of a landscape page is its top: the portrait left margin
    assert (landscape.top, landscape.bottom) == pytest.approx((30 * MM, 15 * MM))
    assert 20 * MM <= landscape.left and 15 * MM <= landscape.right


def test_no_text_in_the_margins_and_page_numbers_from_page_two(built):
    check_margins_and_page_numbers(built["pdf"])


def test_demo_pages_carry_the_demo_mark_as_a_picture(built):
    """Built from demo data: every page carries the "DỮ LIỆU MINH HỌA" picture (one image
    shared by all pages), which stays out of the document's text."""
    listed = run("pdfimages", "-list", str(built["pdf"])).splitlines()[2:]
    pages = {int(line.split()[0]) for line in listed if line.split()[2] == "image"}
    assert pages == set(range(1, len(page_sizes(built["pdf"])) + 1))
    assert len({line.split()[10] for line in listed}) == 1   # the same object everywhere
    assert "MINH HỌA" not in built["text"]
