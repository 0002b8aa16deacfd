"""The campaign board at Sở Nội vụ, on a campaign in full swing built through real packages
between real installations (`desktop.ui.screenshots.build_coordination_world`): twelve units
at every stage, a package held for an unapproved key, late and overdue units, a criterion
changed after appraisal. What the user sees: the rows and their flags, the counts, the
filters, the workbook of units not received, the double click into the appraisal, and the
board following an import."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.models import board
from desktop.ui.board_view import (
    APPRAISED,
    CODE,
    FLAGS,
    OVERDUE_BACKGROUND,
    PACKAGE,
    STAGE,
    BoardView,
)
from desktop.ui.screenshots import build_coordination_world
from desktop.ui.session import Session


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The campaign at Sở Nội vụ ("snv") and the units' and appraisers' installations."""
    data_dir = tmp_path_factory.mktemp("world")
    build_coordination_world(data_dir)
    return data_dir


@pytest.fixture
def fresh(world: Path, tmp_path: Path) -> Path:
    """A copy of the world for a test that changes it."""
    target = tmp_path / "data"
    shutil.copytree(world, target)
    return target


def open_session(qtbot, data_dir: Path, name: str = "snv") -> Session:
    session = Session(data_dir)
    with qtbot.waitSignal(session.opened, timeout=10000):
        session.open(name)
    return session


def shown_board(qtbot, session: Session) -> BoardView:
    view = BoardView(session)
    qtbot.addWidget(view)
    view.resize(1300, 600)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show()
    return view


def cell(view: BoardView, code: str, column: int, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
    row = view.model.row_of(next(r.unit_id for r in view.model.rows if r.code == code))
    return view.proxy.data(view.proxy.mapFromSource(view.model.index(row, column)), role)


def test_rows_show_stage_package_totals_and_flags(qtbot, world: Path) -> None:
    session = open_session(qtbot, world)
    view = shown_board(qtbot, session)
    assert view.model.rowCount() == 12
    stages = {r.code: cell(view, r.code, STAGE) for r in view.model.rows}
    assert stages == {
        "DKPQ": "Chưa nhận", "PCD": "Đã nhận", "PLX": "Đã phê duyệt", "SGDDT": "Đã nhận",
        "SKHCN": "Đã phê duyệt", "STC": "Đã yêu cầu giải trình", "STP": "Đã phê duyệt",
        "SXD": "Chưa nhận", "SYT": "Đã giải trình", "THUE": "Đang thẩm định",
        "VP": "Đang thẩm định", "XMHH": "Đã thẩm định"}
    # held in quarantine: a marker on the stage, the flag, the package "(đang giữ)"
    assert cell(view, "DKPQ", FLAGS) == "Đang giữ (cách ly)"
    assert "cách ly" in cell(view, "DKPQ", STAGE, Qt.ItemDataRole.ToolTipRole)
    assert cell(view, "DKPQ", PACKAGE) == "Gói tự đánh giá (đang giữ)"
    # nothing from SXD and the deadline (yesterday) passed: overdue, in red on a red row
    assert cell(view, "SXD", FLAGS) == "Quá hạn 1 ngày"
    assert cell(view, "SXD", PACKAGE) == "(chưa có)"
    assert "hạn tự chấm điểm" in cell(view, "SXD", FLAGS, Qt.ItemDataRole.ToolTipRole)
    assert cell(view, "SXD", CODE, Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert cell(view, "SGDDT", FLAGS) == "Nộp muộn"
    assert cell(view, "SYT", FLAGS) == "Nộp muộn · Sửa sau thẩm định: 1"
    assert "1 tiêu chí đơn vị sửa" in cell(view, "SYT", FLAGS, Qt.ItemDataRole.ToolTipRole)
    # approved: the final figures, in bold, with a tooltip saying so
    assert cell(view, "STP", APPRAISED, Qt.ItemDataRole.FontRole).bold()
    assert "đã phê duyệt" in cell(view, "STP", APPRAISED, Qt.ItemDataRole.ToolTipRole)
    assert cell(view, "SXD", APPRAISED) == "—"
    assert "," in cell(view, "STC", APPRAISED) or cell(view, "STC", APPRAISED).isdigit()
    texts = {key: button.text() for key, button in view.count_buttons.items()}
    assert texts["total"] == "Tất cả: 12"
    assert texts["approved"] == "Đã phê duyệt: 3"
    assert texts[board.HELD] == "Đang giữ (cách ly): 1"
    assert texts["overdue"] == "Quá hạn: 1"
    assert texts["late"] == "Nộp muộn: 2"
    assert view.shown_label.text() == "Hiển thị 12/12 đơn vị"
    session.close()


def test_counts_filters_and_search(qtbot, world: Path) -> None:
    session = open_session(qtbot, world)
    view = shown_board(qtbot, session)
    view.count_buttons["approved"].click()
    assert sorted(view.visible_codes()) == ["PLX", "SKHCN", "STP"]
    assert view.stage_combo.currentData() == "approved"
    assert view.count_buttons["approved"].isChecked()
    view.count_buttons[board.HELD].click()
    assert view.visible_codes() == ["DKPQ"]
    view.count_buttons["total"].click()
    assert len(view.visible_codes()) == 12
    view.block_combo.setCurrentIndex(view.block_combo.findData("communes"))
    assert sorted(view.visible_codes()) == ["DKPQ", "PCD", "PLX", "XMHH"]
    view.stage_combo.setCurrentIndex(view.stage_combo.findData("received"))
    assert view.visible_codes() == ["PCD"]
    assert view.shown_label.text() == "Hiển thị 1/12 đơn vị"
    view.stage_combo.setCurrentIndex(0)
    view.block_combo.setCurrentIndex(0)
    view.group_combo.setCurrentIndex(view.group_combo.findData("so-ban-nganh"))
    assert len(view.visible_codes()) == 8
    view.search_edit.setText("so y te")  # accents left out
    assert view.visible_codes() == ["SYT"]
    view.search_edit.clear()
    view.group_combo.setCurrentIndex(0)
    view.stage_combo.setCurrentIndex(view.stage_combo.findData("changed"))
    assert view.visible_codes() == ["SYT"]
    session.close()


def test_export_missing_writes_the_workbook(qtbot, world: Path, tmp_path: Path) -> None:
    session = open_session(qtbot, world)
    view = shown_board(qtbot, session)
    with qtbot.waitSignal(view.exported, timeout=10000) as blocker:
        view.export_missing_to(tmp_path / "chua-nop")  # the suffix is added
    path = Path(blocker.args[0])
    assert path.name == "chua-nop.xlsx" and blocker.args[1] == 2
    assert view.message.text() == f"Đã lưu 2 đơn vị chưa nộp vào {path}."
    sheet = openpyxl.load_workbook(path).active
    listed = [(row[0].value, row[6].value) for row in sheet.iter_rows(min_row=5)]
    assert listed == [("DKPQ", "Có gói đang giữ trong khu cách ly"), ("SXD", None)]
    # a folder instead of a file: the service's sentence, nothing written
    (tmp_path / "thu-muc.xlsx").mkdir()
    with qtbot.waitSignal(session.failed, timeout=10000):
        view.export_missing_to(tmp_path / "thu-muc.xlsx")
    assert "thu-muc.xlsx" in view.message.text()
    session.close()


def test_window_of_the_coordinator_and_double_click(qtbot, fresh: Path) -> None:
    """Sở Nội vụ's window: overview, board, appraisal, results and packages (its own unit
    is not assessed, so no self-assessment tabs); a double click on a row opens the unit's
    appraisal; an import refreshes the board."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow(fresh, "snv", "vi")
    qtbot.addWidget(window)
    window.resize(1300, 760)
    window.show()
    with qtbot.waitSignal(window.status_loaded, timeout=10000):
        window.open_workspace()
    qtbot.waitUntil(lambda: window.tabs.isTabVisible(window.tabs.indexOf(window.board)),
                    timeout=10000)
    visible = [window.tabs.tabText(i) for i in range(window.tabs.count())
               if window.tabs.isTabVisible(i)]
    assert visible == ["Tổng quan", "Bảng theo dõi", "Thẩm định", "Kết quả", "Kế hoạch CCHC",
                       "Gói dữ liệu"]
    assert window.coordination_menu.menuAction().isVisible()
    assert [a.text() for a in window.coordination_menu.actions()
            if a.isVisible() and not a.isSeparator()] == [
        "Thiết &lập đợt đánh giá…", "&Danh sách đơn vị…", "Kiểm tra và phát &hành đợt đánh giá…",
        "Xuất gói &giao thẩm định…", "Xuất kết quả thẩm định và đề nghị giải &trình…",
        "Nhập điểm điều tra &XHH từ Excel…", "Xuất &kết quả cho các đơn vị…",
        "&Phân công thẩm định theo lĩnh vực…"]

    # Ctrl+6…8 go to the coordinator's tabs; Ctrl+F searches the board
    board_view = window.board
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # nothing to complain about: its own unit is not assessed, and that is not an error
    assert window.session.last_error is None
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.results
    with qtbot.waitSignal(board_view.loaded, timeout=10000):
        QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is board_view
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert board_view.search_edit.hasFocus()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is board_view  # no self-assessment tab here
    assert board_view.select_unit(next(r.unit_id for r in board_view.model.rows
                                       if r.code == "SYT"))
    index = board_view.table.currentIndex()
    rect = board_view.table.visualRect(board_view.proxy.index(index.row(), CODE))
    viewport = board_view.table.viewport()
    with qtbot.waitSignal(window.appraisal.loaded, timeout=10000):
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         rect.center())
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          rect.center())
    qtbot.waitUntil(lambda: window.appraisal.proxy.rowCount() > 0, timeout=10000)
    assert window.tabs.currentWidget() is window.appraisal
    assert window.appraisal.heading.text().startswith("SYT — Sở Y tế")
    assert {window.appraisal.current_row()["unit_code"]} == {"SYT"}
    assert "1.2.1" in window.appraisal.visible_codes()

    # the held package from DKPQ: its key approved from the inbox, the package imported again
    window.go_to(board_view)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is board_view)
    inbox = window.inbox
    inbox.refresh()
    qtbot.waitUntil(lambda: any(r.state == "quarantined" for r in inbox.rows), timeout=10000)
    held = next(r for r in inbox.rows if r.state == "quarantined")
    with qtbot.waitSignal(board_view.loaded, timeout=10000):
        inbox.approve_and_retry(held)
    assert cell(board_view, "DKPQ", STAGE) == "Đã nhận"
    assert cell(board_view, "DKPQ", FLAGS) == "Nộp muộn"
    assert board_view.count_buttons[board.HELD].text() == "Đang giữ (cách ly): 0"
    window.close()
