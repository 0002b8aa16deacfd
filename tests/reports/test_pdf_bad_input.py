"""Hostile input to the PDF reports: a 300-character unit name, a 20-page explanation, emoji,
control characters and markup in every text the user types. The report still builds (text
wraps and flows across pages, nothing enters the margins, unprintable characters are dropped
or shown as "□"), or fails with a clear message; the file at the target path is never
half-written: a failed build leaves it as it was, a good one replaces it whole."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

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

from desktop import messages
from desktop.models import campaigns, units
from desktop.models.errors import CchcError, InvalidInput, NotFound
from desktop.models.store import open_workspace
from desktop.reports import info as report_info
from desktop.reports.coordinator_pdf import build_appraisal_sheet_pdf
from desktop.reports.periodic import build_periodic_pdf
from desktop.reports.self_assessment import build_self_assessment_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))
from wshelpers import FreezableDir  # noqa: E402

NAME_PART = "Sở Thử nghiệm cải cách hành chính và chuyển đổi số tỉnh An Giang "
ODD = "\x07🏛️\u200b"   # a bell, an emoji with its variation selector, a zero-width space


def long_name() -> str:
    name = (NAME_PART * 6)[:280].rstrip() + " " + ODD + " Cuối"
    name = name + " " + "x" * (300 - len(name) - 1)
    assert len(name) == 300
    return name


def long_explanation() -> str:
    """About twenty pages: 240 paragraphs of 300 characters, some of them hostile."""
    paragraphs = []
    for index in range(240):
        body = (f"Đoạn {index + 1}: đơn vị giải trình chi tiết việc thực hiện nhiệm vụ, tài "
                f"liệu kiểm chứng đang được các phòng chuyên môn tổng hợp và bổ sung. ")
        if index % 40 == 7:
            body += "Đạt 👍🏽 \x1b[31m đỏ \x00 \u202e đảo \u200b ẩn. <b>không in đậm</b> & AT&T. "
        paragraphs.append((body * 3)[:300])
    paragraphs.append("KẾT THÚC GIẢI TRÌNH DÀI.")
    return "\n".join(paragraphs)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    name = long_name()
    made = build_synthetic(root / "ws", 30, unit_name=name, explanation=long_explanation(),
                           evidence_files=2)
    info = realistic_info(
        agency=report_info.upper_vi(name), signer_name="Nguyễn Văn 😀 An\x1b",
        difficulties="Khó khăn <i>thật</i> & chậm\x0c trễ 🚧.", recipients=[
            "- Sở Nội vụ <script>;", "Văn phòng UBND tỉnh\x07", "- Lưu: VT, VP."])
    pdf = root / "hostile.pdf"
    with open_workspace(made.folder) as ws:
        build_self_assessment_pdf(ws, made.campaign_id, made.unit_id, pdf, info, fonts=SHIPPED)
        stored_name = units.get_unit(ws, made.unit_id).name
    return {"pdf": pdf, "name": stored_name, "made": made, "root": root,
            "text": text(pdf), "flat": flat(text(pdf, layout=False))}


def test_the_unit_name_really_is_300_characters_with_odd_ones(hostile):
    assert len(hostile["name"]) == 300 and "\x07" in hostile["name"] and "🏛" in hostile["name"]


def test_it_builds_many_pages_with_every_font_embedded(hostile):
    sizes = page_sizes(hostile["pdf"])
    body = [s for s in sizes if s[1] > s[0]]
    assert len(body) >= 20, f"the 20-page explanation takes {len(body)} portrait pages"
    assert all(f.embedded and "LiberationSerif" in f.name for f in fonts_of(hostile["pdf"]))


def test_the_long_explanation_flows_to_its_end(hostile):
    section = hostile["flat"].split("II. GIẢI TRÌNH", 1)[1].split("III. KHÓ KHĂN", 1)[0]
    assert "Đoạn 1: đơn vị giải trình" in section
    assert "Đoạn 240: đơn vị giải trình" in section
    assert "KẾT THÚC GIẢI TRÌNH DÀI." in section
    # the appendix cell shows the start and points to section II
    assert "(xem toàn văn tại Mục II của Báo cáo)" in hostile["flat"]


def test_markup_is_printed_as_typed(hostile):
    assert "<b>không in đậm</b> & AT&T." in hostile["flat"]
    # (a form feed is a line break: two paragraphs)
    assert "Khó khăn <i>thật</i> & chậm\n" in text(hostile["pdf"], layout=False)
    assert "\ntrễ □.\n" in text(hostile["pdf"], layout=False)
    assert "- Sở Nội vụ <script>;" in hostile["text"]
    assert "- Văn phòng UBND tỉnh;" in hostile["text"]
    assert "- Lưu: VT, VP." in hostile["text"]


def test_unprintable_characters_are_dropped_or_boxed(hostile):
    extracted = hostile["text"]
    for char in ("\x07", "\x1b", "\x00", "\u200b", "\u202e", "\ufe0f", "👍", "🏛", "😀", "🚧"):
        assert char not in extracted, repr(char)
    assert "Đạt □ [31m đỏ đảo ẩn." in hostile["flat"]   # emoji boxed, escapes and marks gone
    assert "Nguyễn Văn □ An" in hostile["flat"]


def test_the_long_name_wraps_in_the_header_and_in_the_text(hostile):
    page_one = flat(text(hostile["pdf"], 1, 1, layout=False))
    cleaned = flat(hostile["name"].replace("\x07", "").replace("\u200b", "")
                   .replace("🏛️", "□"))
    assert cleaned in page_one               # the running text, wrapped but whole
    assert "SỞ THỬ NGHIỆM CẢI CÁCH" in page_one and "□ CUỐI" in page_one   # the header


def test_nothing_enters_the_margins(hostile):
    check_margins_and_page_numbers(hostile["pdf"])


# -- failures never leave a half-written file ----------------------------------------------------

KNOWN = b"%PDF-1.4 the report that was there before\n"


@pytest.fixture
def target(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "bao-cao.pdf"
    path.write_bytes(KNOWN)
    return path


def _unchanged(target: Path) -> None:
    assert target.read_bytes() == KNOWN
    assert [p.name for p in target.parent.iterdir()] == [target.name], "a temp file was left"


def _sentences(error: CchcError) -> None:
    for lang in messages.LANGS:
        sentence = messages.sentence(error, lang)
        assert sentence and "{" not in sentence and sentence != messages.MESSAGES["error"][0]


def test_failed_builds_leave_the_target_as_it_was(hostile, target):
    made = hostile["made"]
    with open_workspace(made.folder) as ws:
        other = units.create_unit(ws, code="KHAC", name="Đơn vị khác", unit_type="so")
        attempts = [
            (lambda: build_periodic_pdf(ws, made.campaign_id, made.unit_id, target,
                                        period="q5", year=2026, fonts=SHIPPED),
             "report_bad_period"),
            (lambda: build_periodic_pdf(ws, made.campaign_id, made.unit_id, target,
                                        period="q1", year=1999, fonts=SHIPPED),
             "report_bad_year"),
            (lambda: build_self_assessment_pdf(ws, made.campaign_id, other.id, target,
                                               fonts=SHIPPED), "unit_not_in_campaign"),
            (lambda: build_self_assessment_pdf(
                ws, made.campaign_id, made.unit_id, target,
                realistic_info(signer_name="x" * (report_info.LINE_LIMIT + 1)), fonts=SHIPPED),
             "report_text_too_long"),
            (lambda: build_self_assessment_pdf(
                ws, made.campaign_id, made.unit_id, target,
                realistic_info(date="31/02/2026"), fonts=SHIPPED), "bad_date"),
        ]
        for attempt, code in attempts:
            with pytest.raises((InvalidInput, NotFound)) as caught:
                attempt()
            assert caught.value.code == code
            _sentences(caught.value)
            _unchanged(target)


def test_a_good_build_replaces_the_target_whole(hostile, target):
    made = hostile["made"]
    with open_workspace(made.folder) as ws:
        written = build_periodic_pdf(ws, made.campaign_id, made.unit_id, target, period="h1",
                                     year=2026, info=realistic_info(), fonts=SHIPPED)
        campaign = campaigns.get_campaign(ws, made.campaign_id)
    assert written == target and campaign.year == 2026
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_a_folder_or_a_missing_folder_as_target(hostile, tmp_path):
    made = hostile["made"]
    with open_workspace(made.folder) as ws:
        with pytest.raises(InvalidInput) as caught:
            build_self_assessment_pdf(ws, made.campaign_id, made.unit_id, tmp_path,
                                      fonts=SHIPPED)
        assert caught.value.code == "file_is_directory"
        with pytest.raises(InvalidInput) as caught:
            build_appraisal_sheet_pdf(ws, made.campaign_id, made.unit_id,
                                      tmp_path / "khong-co" / "x.pdf", fonts=SHIPPED)
        assert caught.value.code == "report_folder_missing"
        _sentences(caught.value)
    assert not (tmp_path / "khong-co").exists()


def test_a_read_only_folder_leaves_the_old_file(hostile, tmp_path):
    made = hostile["made"]
    with FreezableDir(tmp_path / "ro") as frozen:
        path = frozen.path / "bao-cao.pdf"
        path.write_bytes(KNOWN)
        frozen.freeze()
        with open_workspace(made.folder) as ws, pytest.raises(CchcError) as caught:
            build_self_assessment_pdf(ws, made.campaign_id, made.unit_id, path,
                                      realistic_info(date=dt.date(2026, 1, 5)), fonts=SHIPPED)
        assert caught.value.code in ("file_not_writable", "read_only")
        _sentences(caught.value)
        assert path.read_bytes() == KNOWN
        assert [p.name for p in frozen.path.iterdir()] == ["bao-cao.pdf"]
