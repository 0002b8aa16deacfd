"""What the user enters for a report (ReportInfo): defaults from the workspace, one JSON value
in the workspace meta shared by the window and the command line, tidying and limits; and the
frame's text rules (dates of NĐ 30, recipients, decimals, cleaning and escaping)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from pdfhelpers import SHIPPED, build_synthetic

from desktop.models.demo import DEMO_WORKSPACE, build_demo
from desktop.models.errors import InvalidInput
from desktop.models.paths import workspace_dir
from desktop.models.store import open_workspace
from desktop.reports import info as report_info
from desktop.reports import nd30
from desktop.reports.info import ReportInfo


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    data = tmp_path_factory.mktemp("info") / "data"
    build_demo(data)
    return workspace_dir(data, DEMO_WORKSPACE)


def test_defaults_come_from_the_workspace(demo_folder):
    with open_workspace(demo_folder) as ws:
        ws.set_meta(report_info.META_KEY, None)
        made = report_info.load_report_info(ws)
    assert made.agency == "SỞ TƯ PHÁP"              # the own unit, without the demo tag
    assert made.managing_body == "UBND TỈNH AN GIANG"
    assert made.place == "An Giang"
    assert made.date == dt.date.today()
    assert made.number == "/BC-STP"                 # the clerk writes the number in
    assert made.signer_title == "GIÁM ĐỐC" and made.authority == ""
    assert made.recipients == ["Sở Nội vụ", "Lưu: VT"]
    assert nd30.number_line(made.number) == "Số:" + "\u00a0" * 8 + "/BC-STP"


def test_saved_info_is_one_json_value_shared_and_the_date_is_not_kept(demo_folder):
    chosen = ReportInfo(managing_body="UBND TỈNH AN GIANG", agency="SỞ TƯ PHÁP",
                        number="15/BC-STP", place="An Giang", date=dt.date(2025, 12, 1),
                        authority="KT. GIÁM ĐỐC", signer_title="PHÓ GIÁM ĐỐC",
                        signer_name="  Nguyễn   Văn An ",
                        recipients=["- Sở Nội vụ;", "", "Lưu: VT, VP."],
                        difficulties="Dòng 1\r\nDòng 2", recommendations="Kiến nghị")
    with open_workspace(demo_folder) as ws:
        kept = report_info.save_report_info(ws, chosen)
        stored = json.loads(ws.meta(report_info.META_KEY))
    assert kept.signer_name == "Nguyễn Văn An"
    assert kept.recipients == ["Sở Nội vụ", "Lưu: VT, VP"]
    assert "date" not in stored and stored["number"] == "15/BC-STP"
    assert stored["difficulties"] == "Dòng 1\nDòng 2"
    with open_workspace(demo_folder) as ws:      # another session (the CLI, the window)
        loaded = report_info.load_report_info(ws)
    assert loaded.replace(date=kept.date) == kept
    assert loaded.date == dt.date.today()


def test_a_damaged_saved_value_falls_back_to_the_defaults(demo_folder):
    with open_workspace(demo_folder) as ws:
        ws.set_meta(report_info.META_KEY, "{not json")
        assert report_info.load_report_info(ws).agency == "SỞ TƯ PHÁP"
        ws.set_meta(report_info.META_KEY, json.dumps({"signer_name": 42}))
        assert report_info.load_report_info(ws).signer_name == ""
        ws.set_meta(report_info.META_KEY, None)


def test_limits_and_types_are_checked():
    with pytest.raises(InvalidInput) as caught:
        report_info.checked(ReportInfo(agency="x" * (report_info.LINE_LIMIT + 1)))
    assert caught.value.code == "report_text_too_long" and caught.value.data["field"] == "agency"
    with pytest.raises(InvalidInput) as caught:
        report_info.checked(ReportInfo(recipients=[f"Nơi {i}" for i in range(201)]))
    assert caught.value.code == "report_text_too_long"
    with pytest.raises(InvalidInput) as caught:
        ReportInfo.from_json({"subject": ["not", "text"]})
    assert caught.value.code == "report_info_bad"
    assert ReportInfo.from_json({"date": "08/01/2026"}).date == dt.date(2026, 1, 8)
    # 300 characters are fine
    assert len(report_info.checked(ReportInfo(agency="Đ" * 300)).agency) == 300


def test_default_for_other_kinds_of_unit(tmp_path):
    made = build_synthetic(tmp_path / "ws", 10, unit_name="Sở Khoa học và Công nghệ")
    with open_workspace(made.folder) as ws:
        info = report_info.default_report_info(ws)
    assert info.number == "/BC-SKHCN"
    assert report_info.symbol_of("UBND xã Mỹ Hòa Hưng") == "UXMHH"


@pytest.mark.parametrize("day, words", [
    (dt.date(2026, 1, 8), "ngày 08 tháng 01 năm 2026"),
    (dt.date(2026, 1, 5), "ngày 05 tháng 01 năm 2026"),
    (dt.date(2026, 2, 28), "ngày 28 tháng 02 năm 2026"),
    (dt.date(2026, 3, 15), "ngày 15 tháng 3 năm 2026"),
    (dt.date(2026, 9, 9), "ngày 09 tháng 9 năm 2026"),
    (dt.date(2026, 12, 31), "ngày 31 tháng 12 năm 2026"),
])
def test_dates_follow_the_decree(day, words):
    """Days below 10 and the months January and February get a leading zero."""
    assert nd30.date_words(day) == words
    assert nd30.date_line("An Giang", day) == f"An Giang, {words}"


def test_recipient_lines_end_with_the_archive():
    assert nd30.recipient_lines(["Lưu: VT, VP", "- Sở Nội vụ;", "UBND tỉnh."]) == [
        "- Sở Nội vụ;", "- UBND tỉnh;", "- Lưu: VT, VP."]
    assert nd30.recipient_lines(["Sở Nội vụ"]) == ["- Sở Nội vụ;", "- Lưu: VT."]
    assert nd30.recipient_lines([]) == ["- Lưu: VT."]


def test_numbers_and_text_for_the_page():
    assert nd30.vn_decimal(Decimal("1.25")) == "1,25"
    assert nd30.vn_decimal(Decimal("2.00")) == "2"
    assert nd30.vn_decimal(None) == "—"
    assert nd30.vn_date("2026-01-08") == "08/01/2026"
    cleaned = nd30.clean("Đa\u0323t\x07 👍🏽 ﬀ\u200b\tA\u2028B \uE000", SHIPPED)
    assert cleaned == "Đạt □ ff A\nB "
    assert nd30.clean("a\nb", SHIPPED, newlines=False) == "a b"
    assert nd30.esc("<b>&amp;</b>") == "&lt;b&gt;&amp;amp;&lt;/b&gt;"
    assert nd30.paragraphs_of("  một \n\n hai & ba ", SHIPPED) == ["một", "hai &amp; ba"]
