"""The "Báo cáo…" dialog on the real demo workspaces (a unit's and Sở Nội vụ's): the preview is
page 1 of the real PDF drawn by PDFium (A4-shaped, with ink on it); saving writes the report the
builder makes, with the words of the form, and keeps them for next time; a refused build or
save shows the service's sentence and writes nothing; Sở Nội vụ's kinds only at Sở Nội vụ;
Excel kinds have no preview; Ctrl+P opens the dialog from the window."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import openpyxl
import pytest
from demo_support import build_demo_with_errors
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QImage

from desktop.models import board, campaigns
from desktop.models.demo import build_demo
from desktop.models.paths import workspace_dir
from desktop.models.store import open_workspace
from desktop.reports.info import load_report_info
from desktop.ui.main_window import MainWindow
from desktop.ui.report_dialog import ReportDialog
from desktop.ui.session import Session

A4_RATIO = 841.89 / 595.28
UNIT_KINDS = [("pdf", "self-assessment"), ("pdf", "periodic"), ("xlsx", "scores")]


def _session(qtbot, data_dir: Path) -> Session:
    session = Session(data_dir)
    with qtbot.waitSignal(session.opened, timeout=10000):
        session.open("demo")
    return session


def _dialog(qtbot, session: Session) -> ReportDialog:
    """The dialog once its first preview (the self-assessment report) is shown."""
    dialog = ReportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.image is not None, timeout=20000)
    return dialog


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _kept_info(qtbot, session: Session):  # noqa: ANN202
    """The report info as the service now loads it (through the session's database thread)."""
    got: list = []
    session.run(load_report_info, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    return got[0]


def _dark_share(image: QImage) -> float:
    """The share of sampled pixels that are ink rather than paper."""
    dark = total = 0
    for y in range(0, image.height(), 6):
        for x in range(0, image.width(), 6):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 160
    return dark / total


@pytest.fixture
def unit_demo(tmp_path: Path) -> Path:
    build_demo_with_errors(tmp_path / "data")   # criteria left unexplained: section II has work
    return tmp_path / "data"


def test_preview_is_the_first_page_of_the_real_pdf(qtbot, unit_demo: Path) -> None:
    session = _session(qtbot, unit_demo)
    dialog = _dialog(qtbot, session)
    assert dialog.kinds() == UNIT_KINDS          # Sở Nội vụ's kinds are not offered here
    assert dialog.current() == ("pdf", "self-assessment")
    assert dialog.edits["agency"].text() == "SỞ TƯ PHÁP"
    assert dialog.edits["number"].text() == "/BC-STP"
    image = dialog.image
    assert not image.isNull() and image.width() > 800
    assert abs(image.height() / image.width() - A4_RATIO) < 0.01
    assert 0.005 < _dark_share(image) < 0.5      # a page with text on it, not a blank
    pixmap = dialog.preview_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 200
    assert abs(pixmap.height() / pixmap.width() - A4_RATIO) < 0.01
    assert pixmap.height() <= dialog.preview_area.viewport().height()   # the whole page
    assert dialog.preview_caption.text().startswith("Trang 1 trong ")
    dialog.zoom_combo.setCurrentIndex(dialog.zoom_combo.findData("width"))
    assert dialog.preview_label.pixmap().width() > pixmap.width()
    # the periodic report: page 1 of a different document
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        dialog.select_kind("pdf", "periodic")
    assert dialog.period_combo.isVisible() and dialog.image != image
    session.close()


def test_saving_writes_the_report_with_the_words_of_the_form(qtbot, unit_demo: Path,
                                                             tmp_path: Path) -> None:
    session = _session(qtbot, unit_demo)
    dialog = _dialog(qtbot, session)
    dialog.auto_preview = False
    dialog.edits["number"].setText("15/BC-STP")
    dialog.edits["authority"].setText("KT. GIÁM ĐỐC")
    dialog.edits["signer_title"].setText("PHÓ GIÁM ĐỐC")
    dialog.edits["signer_name"].setText("Nguyễn Thị Hoa")
    dialog.recipients_edit.setPlainText("UBND tỉnh\nSở Nội vụ")
    dialog.difficulties_edit.setPlainText("Thiếu biên chế làm công tác CCHC.")
    dialog.date_edit.setDate(QDate(2027, 1, 5))
    with qtbot.waitSignal(dialog.saved, timeout=20000) as blocker:
        dialog.save_to(tmp_path / "bao-cao")
    path = Path(blocker.args[0])
    assert path == tmp_path / "bao-cao.pdf" and path.read_bytes().startswith(b"%PDF-")
    text = _pdf_text(path)
    for words in ("BÁO CÁO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "15/BC-STP",
                  "ngày 05 tháng 01 năm 2027", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hoa",
                  "UBND tỉnh;", "Thiếu biên chế làm công tác CCHC."):
        assert words in text, words
    assert dialog.result.text() == (f"Đã lưu {path} "
                                    f"({path.stat().st_size:,} byte).".replace(",", "."))
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    assert dialog.folder_button.isEnabled()
    dialog.folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    # the periodic report of the first half of the year
    dialog.select_kind("pdf", "periodic")
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData("h1"))
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save_to(tmp_path / "dinh-ky.pdf")
    assert "6 tháng đầu năm 2026" in _pdf_text(tmp_path / "dinh-ky.pdf")
    kept = _kept_info(qtbot, session)     # kept for next time (all but the date)
    assert (kept.number, kept.signer_name, kept.recipients) == (
        "15/BC-STP", "Nguyễn Thị Hoa", ["UBND tỉnh", "Sở Nội vụ"])
    assert kept.date != dt.date(2027, 1, 5)
    again = ReportDialog(session)
    qtbot.addWidget(again)
    qtbot.waitSignal(again.loaded, timeout=10000).wait()
    assert again.edits["signer_name"].text() == "Nguyễn Thị Hoa"
    assert again.recipients_edit.toPlainText() == "UBND tỉnh\nSở Nội vụ"
    session.close()


def test_a_refused_build_shows_the_sentence_and_writes_nothing(qtbot, unit_demo: Path,
                                                              tmp_path: Path) -> None:
    session = _session(qtbot, unit_demo)
    dialog = _dialog(qtbot, session)
    dialog.auto_preview = False
    dialog.edits["number"].setText("9" * 2001)
    with qtbot.waitSignal(dialog.refused, timeout=20000) as blocker:
        dialog.preview()
    assert blocker.args[0].code == "report_text_too_long"
    assert dialog.result.text() == (
        "Nội dung “number” của báo cáo quá dài (tối đa 2000 ký tự hoặc dòng).")
    assert dialog.image is None and dialog.preview_label.pixmap().isNull()
    assert dialog.preview_caption.text() == "Không dựng được bản xem trước."
    with qtbot.waitSignal(dialog.refused, timeout=20000):
        dialog.save_to(tmp_path / "bao-cao.pdf")
    assert not (tmp_path / "bao-cao.pdf").exists()
    dialog.edits["number"].setText("16/BC-STP")
    missing = tmp_path / "khong-co" / "bao-cao.pdf"
    with qtbot.waitSignal(dialog.refused, timeout=20000):
        dialog.save_to(missing)
    assert dialog.result.text() == (
        f"Không có thư mục {missing.parent}; hãy chọn một thư mục đã có để lưu báo cáo.")
    assert not missing.parent.exists() and not dialog.folder_button.isEnabled()
    assert _kept_info(qtbot, session).number == "/BC-STP"   # nothing kept
    session.close()


def test_the_coordinator_kinds_and_excel_without_preview(qtbot, tmp_path: Path) -> None:
    build_demo(tmp_path / "data", role="coordinator")
    session = _session(qtbot, tmp_path / "data")
    dialog = _dialog(qtbot, session)
    assert dialog.kinds() == [("pdf", "self-assessment"), ("pdf", "periodic"), ("pdf", "summary"),
                              ("pdf", "appraisal"), ("xlsx", "scores"), ("xlsx", "summary"),
                              ("xlsx", "board")]
    first = dialog.image
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        dialog.select_kind("pdf", "summary")
    assert dialog.image != first and not dialog.unit_combo.isVisible()
    assert abs(dialog.image.height() / dialog.image.width() - A4_RATIO) < 0.01
    dialog.select_kind("xlsx", "board")
    assert dialog.image is None and dialog.preview_label.pixmap().isNull()
    assert "không có bản xem trước" in dialog.preview_label.text()
    assert not dialog.info_box.isVisible() and not dialog.preview_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=20000) as blocker:
        dialog.save_to(tmp_path / "bang-theo-doi.xlsx")
    workbook = openpyxl.load_workbook(blocker.args[0])
    assert workbook.sheetnames[0] == "Bảng theo dõi"
    assert dialog.default_name() == "bang-theo-doi-2026.xlsx"
    session.close()
    with open_workspace(workspace_dir(tmp_path / "data", "demo")) as ws:
        enrolled = [row.code for row in board.board(ws, campaigns.active_campaign(ws).id)]
    assert [dialog.unit_combo.itemText(i).rsplit(" (", 1)[1][:-1]
            for i in range(dialog.unit_combo.count())] == enrolled and len(enrolled) > 3


def test_ctrl_p_opens_the_dialog_from_the_window(qtbot, unit_demo: Path) -> None:
    window = MainWindow(unit_demo, "demo")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.status_loaded, timeout=10000):
        window.open_workspace()
    action = next(a for a in window.findChildren(type(window.menuBar().actions()[0]))
                  if a.shortcut().toString() == "Ctrl+P")
    assert action.text() == "&Báo cáo…"
    action.trigger()
    dialog = window.report_dialog
    qtbot.waitUntil(lambda: dialog.image is not None, timeout=20000)
    assert dialog.isVisible() and dialog.kinds() == UNIT_KINDS
    dialog.close()
    window.close()
