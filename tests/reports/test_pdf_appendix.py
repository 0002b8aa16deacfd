"""The landscape appendix of a 300-criterion self-assessment: its header row repeats on every
page, every criterion is listed once, the pages are A4 landscape, no text enters the margins,
and the page numbers run on from the body."""

from __future__ import annotations

import re

import pytest
from pdfhelpers import (
    SHIPPED,
    build_synthetic,
    check_margins_and_page_numbers,
    fonts_of,
    page_sizes,
    realistic_info,
    text,
    words,
)

from desktop.models import criteria, scoring
from desktop.models.store import open_workspace
from desktop.reports import nd30
from desktop.reports.self_assessment import build_self_assessment_pdf

HEADER = ("STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối", "Điểm tự",
          "Tài liệu kiểm chứng (số, ký hiệu,", "Giải trình")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("appendix")
    made = build_synthetic(root / "ws", 300)
    pdf = root / "300.pdf"
    with open_workspace(made.folder) as ws:
        build_self_assessment_pdf(ws, made.campaign_id, made.unit_id, pdf, realistic_info(),
                                  fonts=SHIPPED)
        sheet = scoring.scoresheet(ws, made.campaign_id, made.unit_id, with_suggestions=False)
        nodes = criteria.list_criteria(ws, sheet.criteria_set.id)
    sizes = page_sizes(pdf)
    appendix = [n for n, (w, h) in enumerate(sizes, start=1) if w > h]
    return {"pdf": pdf, "sheet": sheet, "nodes": nodes, "sizes": sizes, "appendix": appendix}


def test_the_set_has_300_scored_criteria(built):
    leaves = criteria.leaf_codes(built["nodes"])
    assert len(leaves) == 300
    assert built["sheet"].self_totals.scored == 300


def test_appendix_pages_are_a4_landscape_after_the_body(built):
    appendix, sizes = built["appendix"], built["sizes"]
    assert len(appendix) >= 10, "300 criteria fill many landscape pages"
    assert appendix == list(range(appendix[0], len(sizes) + 1))
    for number in appendix:
        assert sizes[number - 1] == pytest.approx((841.89, 595.276), abs=0.01)
    for number in range(1, appendix[0]):
        assert sizes[number - 1] == pytest.approx((595.276, 841.89), abs=0.01)


def test_header_row_repeats_on_every_appendix_page(built):
    """Each landscape page begins its table with the column titles: found in the page's text
    on one line, and the "STT" title is the first thing below the top margin (after the
    appendix title on its first page)."""
    sizes, found = words(built["pdf"])
    for number in built["appendix"]:
        page = text(built["pdf"], number, number)
        header_line = next((line for line in page.splitlines()
                            if "STT" in line and "Lĩnh vực/Tiêu chí/Tiêu chí thành phần" in line),
                           None)
        assert header_line is not None, f"page {number}: no header row"
        assert "Giải trình" in header_line
        for title in HEADER:
            assert title in page, f"page {number}: {title!r} missing"
        on_page = [w for w in found if w.page == number and w.y1 > nd30.LANDSCAPE.top]
        stt = [w for w in on_page if w.text == "STT"]
        assert len(stt) == 1, f"page {number}: {len(stt)} header rows"
        codes = [w for w in on_page if re.fullmatch(r"\d+(\.\d+)*", w.text)
                 and w.x1 <= nd30.LANDSCAPE.left + 16 * nd30.mm]
        assert codes and stt[0].y1 < min(c.y0 for c in codes), f"page {number}: header below rows"
        if number != built["appendix"][0]:
            assert stt[0].y0 < nd30.LANDSCAPE.top + 30, f"page {number}: header not at the top"


def test_every_criterion_is_listed_once_in_the_appendix(built):
    sizes, found = words(built["pdf"])
    first = built["appendix"][0]
    stt_column = nd30.LANDSCAPE.left + 16 * nd30.mm
    cells = sorted((w for w in found if w.page >= first and w.x1 <= stt_column
                    and w.y1 > nd30.LANDSCAPE.top and w.text != "STT"),
                   key=lambda w: (w.page, w.y0))
    listed = [w.text for w in cells]
    expected = [n.code for n in built["nodes"]]
    assert listed == expected


def test_fonts_embedded_and_margins_kept_on_every_page(built):
    assert all(f.embedded for f in fonts_of(built["pdf"]))
    check_margins_and_page_numbers(built["pdf"])
