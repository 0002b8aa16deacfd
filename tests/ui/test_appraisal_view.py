"""The appraisal view on real installations (`build_coordination_world`): Sở Nội vụ sees every
unit and area and edits its own areas (the others behind a switch); an appraising
department sees only its work. Edits go through the table's own editors and are saved by
`appraisal.record_appraisal`; a refusal shows the service's sentence and keeps the edit;
changed-after-appraisal rows are marked; round 2 shows the unit's answers; evidence opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit
from test_board_view import fresh, open_session, world  # noqa: F401 - fixtures

from desktop.models import appraisal, campaigns, units
from desktop.models.store import open_workspace
from desktop.sync import exchange
from desktop.ui.appraisal_view import (
    ANSWER,
    CHANGED_TINT,
    CODE,
    EVIDENCE,
    INPUT,
    REASON,
    REMARK,
    REQUEST,
    SCORE,
    UNIT,
    AppraisalView,
)


def shown_view(qtbot, session) -> AppraisalView:  # noqa: ANN001
    view = AppraisalView(session)
    qtbot.addWidget(view)
    view.resize(1400, 850)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show()
    return view


def unit_id(view: AppraisalView, code: str) -> str:
    return next(u["unit_id"] for u in view.snapshot.units if u["code"] == code)


def text(view: AppraisalView, unit: str, code: str, column: int,
         role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
    return view.proxy.data(view.row_index(unit, code, column), role)


def editable(view: AppraisalView, unit: str, code: str, column: int = INPUT) -> bool:
    return bool(view.proxy.flags(view.row_index(unit, code, column))
                & Qt.ItemFlag.ItemIsEditable)


def edit_cell(qtbot, view: AppraisalView, unit: str, code: str, column: int,  # noqa: ANN001
              value: str) -> None:
    """What a user does: select the cell, F2, choose or type, Enter."""
    index = view.row_index(unit, code, column)
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.table.state() == view.table.State.EditingState, timeout=3000)
    editor = view.table.findChild(QComboBox) if column in (INPUT, REASON) else None
    editor = editor or view.table.findChild(QLineEdit)
    if isinstance(editor, QComboBox):
        found = next(i for i in range(editor.count()) if editor.itemData(i) == value)
        editor.setCurrentIndex(found)
    else:
        editor.setText(value)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def stored(data_dir: Path, name: str, unit: str, code: str, round: int | None = None) -> dict:
    with open_workspace(data_dir / "workspaces" / name) as ws:
        campaign = campaigns.require_active_campaign(ws)
        rows = appraisal.appraisal_rows(ws, campaign.id, unit_id=units.unit_by_code(ws, unit).id,
                                        round=round)
    return next(r for r in rows if r["criterion_code"] == code)


def test_coordinator_sees_everything_and_edits_its_own_areas(qtbot, world: Path) -> None:  # noqa: F811
    session = open_session(qtbot, world)
    view = shown_view(qtbot, session)
    assert view.all_areas_box.isVisibleTo(view)
    tops = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert len(tops) == 12 and "SYT · Sở Y tế" in tops
    syt = unit_id(view, "SYT")
    assert view.show_unit(syt, "1")
    assert view.visible_codes() == ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.3", "1.4", "1.5",
                                    "1.6"]
    assert view.table.isColumnHidden(UNIT) and view.table.isColumnHidden(ANSWER)
    assert not view.table.isColumnHidden(REQUEST)
    assert "thẩm định: Sở Nội vụ" in view.heading.text()
    # self and appraised side by side: remark, reason, the explanation request
    assert text(view, syt, "1.1.2", INPUT) == "85 %"
    assert text(view, syt, "1.1.2", SCORE) == "1"
    assert text(view, syt, "1.1.2", REASON) == "Tính điểm chưa đúng"
    assert text(view, syt, "1.2.1", INPUT) == "thiếu hoặc chậm"
    assert text(view, syt, "1.2.1", REMARK).startswith("Báo cáo quý III gửi chậm")
    assert text(view, syt, "1.2.1", REQUEST, Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked
    assert text(view, syt, "1.2.1", EVIDENCE, Qt.ItemDataRole.ToolTipRole).startswith("145/BC-SYT")
    # the area Sở Nội vụ appraises is editable; Sở Tư pháp's area 2 only with the switch
    assert editable(view, syt, "1.1.1")
    assert view.show_unit(syt, "2")
    assert not editable(view, syt, "2.1")
    assert "Sở Tư pháp" in text(view, syt, "2.1", INPUT, Qt.ItemDataRole.ToolTipRole)
    view.all_areas_box.setChecked(True)
    assert editable(view, syt, "2.1")
    # an approved unit is locked
    plx = unit_id(view, "PLX")
    view.show_unit(plx)
    assert not editable(view, plx, "1.1.1")
    assert "phê duyệt và khóa" in text(view, plx, "1.1.1", CODE, Qt.ItemDataRole.ToolTipRole)
    # one area across every unit
    view.mode_combo.setCurrentIndex(1)
    top = next(view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())
               if view.tree.topLevelItem(i).text(0) == "3. Cải cách thủ tục hành chính — Sở, ban, "
               "ngành")
    view.tree.setCurrentItem(top)
    assert not view.table.isColumnHidden(UNIT)
    units_shown = {view.proxy.data(view.proxy.index(r, UNIT)) for r in range(view.proxy.rowCount())}
    assert units_shown == {"STP", "VP", "STC", "SKHCN", "SYT", "SGDDT", "SXD", "THUE"}
    session.close()


def test_changed_after_appraisal_is_marked(qtbot, world: Path) -> None:  # noqa: F811
    session = open_session(qtbot, world)
    view = shown_view(qtbot, session)
    syt = unit_id(view, "SYT")
    view.show_unit(syt)
    assert text(view, syt, "1.4", INPUT, Qt.ItemDataRole.BackgroundRole).color() == CHANGED_TINT
    tip = text(view, syt, "1.4", CODE, Qt.ItemDataRole.ToolTipRole)
    assert "lúc thẩm định là 1,25 điểm, nay là 1,5 điểm" in tip
    assert text(view, syt, "1.4", CODE, Qt.ItemDataRole.DecorationRole) is not None
    view.show_combo.setCurrentIndex(view.show_combo.findData("changed"))
    assert view.visible_codes() == ["1.4"]
    view.table.setCurrentIndex(view.row_index(syt, "1.4"))
    assert "nay là 1,5 điểm" in view.detail_note.text()
    view.show_combo.setCurrentIndex(view.show_combo.findData("lower"))
    assert set(view.visible_codes()) >= {"1.1.2", "1.2.1", "1.4"}
    session.close()


def test_edits_are_saved_through_the_service(qtbot, fresh: Path) -> None:  # noqa: F811
    session = open_session(qtbot, fresh)
    view = shown_view(qtbot, session)
    syt = unit_id(view, "SYT")
    view.show_unit(syt, "1")
    with qtbot.waitSignal(view.saved, timeout=10000):
        edit_cell(qtbot, view, syt, "1.1.1", INPUT, "chậm")
    assert text(view, syt, "1.1.1", INPUT) == "chậm"
    assert text(view, syt, "1.1.1", SCORE) == "0,5"
    with qtbot.waitSignal(view.saved, timeout=10000):
        edit_cell(qtbot, view, syt, "1.1.1", REMARK, "Kế hoạch ban hành ngày 20/01, chậm 5 ngày.")
    with qtbot.waitSignal(view.saved, timeout=10000):
        edit_cell(qtbot, view, syt, "1.1.1", REASON, "evidence_out_of_period")
    assert text(view, syt, "1.1.1", REASON) == "Tài liệu ngoài kỳ đánh giá"
    # a rate typed the Vietnamese way
    with qtbot.waitSignal(view.saved, timeout=10000):
        edit_cell(qtbot, view, syt, "1.1.2", INPUT, "72,5")
    assert text(view, syt, "1.1.2", INPUT) == "72,5 %"
    # asking to explain without a remark: refused with the sentence, the tick kept
    index = view.row_index(syt, "1.3", REQUEST)
    with qtbot.waitSignal(view.refused, timeout=10000) as blocker:
        view.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "phải ghi nhận xét" in blocker.args[1]
    assert view.message.text() == blocker.args[1]
    assert text(view, syt, "1.3", REQUEST, Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked
    assert text(view, syt, "1.3", CODE, Qt.ItemDataRole.ToolTipRole) == blocker.args[1]
    with qtbot.waitSignal(view.saved, timeout=10000):
        edit_cell(qtbot, view, syt, "1.3", REMARK, "Chưa có biên bản kiểm tra 2 đơn vị.")
    assert text(view, syt, "1.3", CODE, Qt.ItemDataRole.ToolTipRole) != blocker.args[1]
    # an invalid rate is caught before the database: no save, the sentence shown
    with qtbot.waitSignal(view.refused, timeout=10000):
        edit_cell(qtbot, view, syt, "1.1.2", INPUT, "120")
    assert "120" in view.message.text()
    session.close()
    first = stored(fresh, "snv", "SYT", "1.1.1", round=1)
    assert (first["appraised_input"], first["appraised_score"], first["remark"],
            first["reason_code"]) == ("chậm", "0.5", "Kế hoạch ban hành ngày 20/01, chậm 5 ngày.",
                                      "evidence_out_of_period")
    assert stored(fresh, "snv", "SYT", "1.1.2", round=1)["appraised_input"] == "72.5"
    asked = stored(fresh, "snv", "SYT", "1.3", round=1)
    assert asked["explanation_requested"] and asked["remark"].startswith("Chưa có biên bản")


def test_round_two_shows_the_answers_and_records_the_final_value(qtbot, fresh: Path) -> None:  # noqa: F811
    session = open_session(qtbot, fresh)
    view = shown_view(qtbot, session)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.round_combo.setCurrentIndex(1)
    syt = unit_id(view, "SYT")
    view.show_unit(syt, "1")
    assert view.table.isColumnHidden(REQUEST) and not view.table.isColumnHidden(ANSWER)
    assert text(view, syt, "1.2.1", ANSWER).startswith("Báo cáo quý III đã gửi đúng hạn")
    assert text(view, syt, "1.2.1", INPUT) == "thiếu hoặc chậm (như vòng 1)"
    assert "Vòng 1: thiếu hoặc chậm → 0 điểm" == text(view, syt, "1.2.1", INPUT,
                                                      Qt.ItemDataRole.ToolTipRole)
    view.table.setCurrentIndex(view.row_index(syt, "1.2.1"))
    assert view.detail_previous.text().startswith("thiếu hoặc chậm → 0 điểm")
    with qtbot.waitSignal(view.saved, timeout=10000):
        edit_cell(qtbot, view, syt, "1.2.1", INPUT, "đủ và đúng hạn")
    assert text(view, syt, "1.2.1", SCORE) == "1"
    session.close()
    final = stored(fresh, "snv", "SYT", "1.2.1", round=2)
    assert (final["appraised_input"], final["appraised_score"], final["previous_appraised_score"]) \
        == ("đủ và đúng hạn", "1", "0")


def test_evidence_opens_a_read_only_copy(qtbot, world: Path) -> None:  # noqa: F811
    session = open_session(qtbot, world)
    view = shown_view(qtbot, session)
    opened = []
    view.open_url = lambda url: opened.append(url.toLocalFile()) or True
    syt = unit_id(view, "SYT")
    view.show_unit(syt, "1")
    view.table.setCurrentIndex(view.row_index(syt, "1.2.1"))
    assert view.evidence_list.count() == 1
    assert view.evidence_list.item(0).text().startswith("145/BC-SYT · 20/09/2026 · tr. 2-4")
    assert view.open_button.isEnabled()
    with qtbot.waitCallback(timeout=10000) as callback:
        view.open_url = lambda url: callback(url.toLocalFile()) or True
        view.open_button.click()
    path = Path(callback.args[0])
    assert path.name == "SYT-Báo cáo CCHC quý III.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    view.table.setCurrentIndex(view.row_index(syt, "1.2.2"))
    assert not view.open_button.isEnabled()
    session.close()


def test_appraiser_sees_only_its_work(qtbot, fresh: Path) -> None:  # noqa: F811
    """Sở Tư pháp (an appraiser that is itself assessed): its window gets the appraisal tab
    and "Xuất kết quả thẩm định…"; the view shows only the units of its work and area 2."""
    from desktop.ui.coordination_dialogs import AppraisalExportDialog
    from desktop.ui.main_window import MainWindow

    window = MainWindow(fresh, "stp", "vi")
    qtbot.addWidget(window)
    window.resize(1300, 760)
    window.show()
    with qtbot.waitSignal(window.status_loaded, timeout=10000):
        window.open_workspace()
    qtbot.waitUntil(lambda: window.tabs.isTabVisible(window.tabs.indexOf(window.appraisal)),
                    timeout=10000)
    visible = [window.tabs.tabText(i) for i in range(window.tabs.count())
               if window.tabs.isTabVisible(i)]
    assert visible[:4] == ["Tổng quan", "Tự đánh giá", "Nhiệm vụ", "Kiểm tra trước khi nộp"]
    assert visible[-3:] == ["Thẩm định", "Gói dữ liệu", "Đề xuất năm sau"]
    assert "Bảng theo dõi" not in visible and "Kết quả" not in visible
    assert [a.text() for a in window.coordination_menu.actions() if a.isVisible()] == [
        "Xuất kết quả &thẩm định…"]
    view = window.appraisal
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.go_to(view)
    assert not view.all_areas_box.isVisibleTo(view)
    assert sorted(u["code"] for u in view.snapshot.units) == [
        "PLX", "SKHCN", "STC", "STP", "SYT", "THUE", "VP", "XMHH"]
    assert {r["area_code"] for r in view.snapshot.rows} == {"2"}
    syt = unit_id(view, "SYT")
    view.show_unit(syt)
    assert view.visible_codes() == ["2.1", "2.2", "2.3", "2.4", "2.5"]
    assert editable(view, syt, "2.1")
    with qtbot.waitSignal(view.saved, timeout=10000):
        edit_cell(qtbot, view, syt, "2.3", INPUT, "không")
    assert text(view, syt, "2.3", SCORE) == "0"
    with qtbot.waitSignal(view.saved, timeout=10000):
        edit_cell(qtbot, view, syt, "2.3", REMARK, "Chưa có kế hoạch rà soát năm.")
    dialog = window.open_dialog(AppraisalExportDialog)
    qtbot.addWidget(dialog)
    dialog.target.edit.setText(str(fresh / "ket-qua-tham-dinh-stp"))
    with qtbot.waitSignal(dialog.done, timeout=20000) as done:
        dialog.export_button.click()
    path = done.args[0].path
    assert path.name == "ket-qua-tham-dinh-stp.cchc" and "Đã xuất" in dialog.result.text()
    window.close()
    assert exchange.verify_file(None, path)["type"] == "appraisal"
    with open_workspace(fresh / "workspaces" / "snv") as ws:
        assert exchange.import_package(ws, path).state == "accepted"
    final = stored(fresh, "snv", "SYT", "2.3", round=1)
    assert (final["appraised_input"], final["appraised_score"], final["remark"]) == (
        "không", "0", "Chưa có kế hoạch rà soát năm.")


def test_keyboard_only_row_editing(qtbot, fresh: Path) -> None:  # noqa: F811
    """Arrows to the row, type to start editing the remark, Enter saves; Space ticks."""
    session = open_session(qtbot, fresh)
    view = shown_view(qtbot, session)
    xmhh = unit_id(view, "XMHH")
    view.show_unit(xmhh, "1")
    view.table.setFocus()
    view.table.setCurrentIndex(view.row_index(xmhh, "1.1.1", REMARK))
    view.table.selectionModel().select(view.row_index(xmhh, "1.1.1", REMARK),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QTest.keyClicks(view.table, "D")  # typing starts the editor with that letter
    editor = view.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "D"
    QTest.keyClicks(editor, "a xem")
    assert editor.text() == "Da xem"
    with qtbot.waitSignal(view.saved, timeout=10000):
        QTest.keyClick(editor, Qt.Key.Key_Return)
    view.table.setCurrentIndex(view.row_index(xmhh, "1.1.1", REQUEST))
    with qtbot.waitSignal(view.saved, timeout=10000):
        QTest.keyClick(view.table, Qt.Key.Key_Space)
    session.close()
    row = stored(fresh, "snv", "XMHH", "1.1.1", round=1)
    assert row["remark"] == "Da xem" and row["explanation_requested"]
