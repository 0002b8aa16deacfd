"""The yearly CCHC plan and next year's proposals, on real installations built through real
packages (`desktop.ui.screenshots.build_plan_world`): Sở Nội vụ's plan of eight tasks across
five units whose progress came back in the units' submissions, and three proposals sent in
proposal packages (one after the deadline, one already adopted). What the user sees: the plan
with its overdue tasks, the progress by unit and by area, the proposals with their state and
late marker; adding and changing a plan task in its dialog, deciding proposals and drafting
next year's plan; at a unit, its proposals added, changed, withdrawn and sent — and the sent
package arriving at Sở Nội vụ."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget

from desktop.models import campaigns, criteria, plan, setup
from desktop.models.dates import vn_date
from desktop.models.paths import workspace_dir
from desktop.models.store import Workspace, open_workspace
from desktop.sync import exchange
from desktop.ui.plan_view import (
    G_NAME,
    OVERDUE_BACKGROUND,
    P_LATE,
    P_STATE,
    P_TITLE,
    T_DEADLINE,
    T_TITLE,
    T_UNIT,
    DraftPlanDialog,
    PlanTaskDialog,
    PlanView,
    ProposalDialog,
)
from desktop.ui.screenshots import PLAN_PROPOSALS, build_plan_world
from desktop.ui.session import Session

WAIT = 10000
TODAY = dt.date.today()


@pytest.fixture
def world(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    build_plan_world(data_dir)
    return data_dir


def open_session(qtbot, data_dir: Path, name: str) -> Session:  # noqa: ANN001
    session = Session(data_dir)
    with qtbot.waitSignal(session.opened, timeout=WAIT):
        session.open(name)
    return session


def shown_view(qtbot, session: Session) -> PlanView:  # noqa: ANN001
    view = PlanView(session)
    qtbot.addWidget(view)
    view.resize(1400, 760)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.show()
    return view


def on_db(qtbot, session: Session, job: Callable[[Workspace], Any]) -> Any:  # noqa: ANN001
    """Run `job` on the database thread (as the UI does) and wait for its result."""
    box: dict[str, Any] = {}
    session.run(job, lambda result: box.setdefault("result", result),
                lambda exc: box.setdefault("error", exc))
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    if "error" in box:
        raise box["error"]
    return box["result"]


def rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def row_of(table: QTableWidget, column: int, text: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, column).text() == text)


def test_the_plan_its_progress_and_the_proposals_received(qtbot, world: Path) -> None:  # noqa: ANN001
    session = open_session(qtbot, world, "snv")
    view = shown_view(qtbot, session)
    page = view.coordinator
    assert view.pages.currentWidget() is page
    assert page.heading.text() == "Kế hoạch CCHC năm 2026"
    assert page.total_label.text() == ("8 nhiệm vụ · 2 hoàn thành · 3 đang thực hiện · 2 quá hạn "
                                       "· tiến độ bình quân 47 %")
    assert "gói đợt đánh giá phát hành lần sau" in page.hint.text()

    # the tasks, by deadline; the overdue ones marked red with the days they are late
    table = page.tasks_table
    assert table.rowCount() == 8
    deadlines = [table.item(r, T_DEADLINE).data(Qt.ItemDataRole.UserRole + 1)
                 for r in range(table.rowCount())]
    assert deadlines == sorted(deadlines)
    late = row_of(table, T_TITLE, "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa")
    assert rows(table)[late] == [
        "UBND xã Mỹ Hòa Hưng", "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa", "3",
        vn_date(TODAY - dt.timedelta(days=12)), "Bảng niêm yết được cập nhật", "Chưa bắt đầu",
        "0 %"]
    assert table.item(late, T_DEADLINE).toolTip() == "Quá hạn 12 ngày"
    assert table.item(late, T_TITLE).background().color() == OVERDUE_BACKGROUND
    assert table.item(late, 2).toolTip() == "3. Cải cách thủ tục hành chính"
    overdue = [r for r in range(table.rowCount())
               if table.item(r, T_DEADLINE).toolTip().startswith("Quá hạn")]
    assert sorted(table.item(r, T_UNIT).text() for r in overdue) == [
        "Sở Tài chính", "UBND xã Mỹ Hòa Hưng"]
    done = row_of(table, T_TITLE, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh")
    assert rows(table)[done][5:] == ["Hoàn thành", "100 %"]
    assert table.item(done, T_TITLE).toolTip().endswith("Văn bản giao: KH 12/KH-UBND")

    # progress by unit and by area, with the province's total
    assert rows(page.unit_table) == [
        ["UBND phường Long Xuyên (PLX)", "1", "0", "0", "0", "0 %"],
        ["Sở Tài chính (STC)", "1", "0", "1", "1", "70 %"],
        ["Sở Tư pháp (STP)", "2", "1", "1", "0", "75 %"],
        ["Sở Y tế (SYT)", "2", "0", "1", "0", "30 %"],
        ["UBND xã Mỹ Hòa Hưng (XMHH)", "2", "1", "0", "1", "50 %"],
        ["Toàn tỉnh", "8", "2", "3", "2", "47 %"]]
    assert page.unit_table.item(5, G_NAME).font().bold()
    assert [r[G_NAME] for r in rows(page.area_table)] == [
        "1. Công tác chỉ đạo, điều hành CCHC", "2. Cải cách thể chế",
        "3. Cải cách thủ tục hành chính", "6. Cải cách tài chính công",
        "7. Chính quyền điện tử, chính quyền số", "Toàn tỉnh"]
    assert rows(page.area_table)[1] == ["2. Cải cách thể chế", "2", "1", "1", "0", "75 %"]
    assert rows(page.area_table)[2][1:] == ["2", "0", "1", "1", "30 %"]

    # the proposals: state, late marker, the deadline that has passed
    assert page.proposals_box.title() == "Đề xuất cho kế hoạch năm 2027"
    assert page.deadline_label.text() == (
        f"Hạn gửi đề xuất: {vn_date(TODAY - dt.timedelta(days=1))} (quá hạn 1 ngày)")
    assert page.counts_label.text() == "3 đề xuất đã nhận, 2 chờ quyết định · 1 gửi muộn"
    proposals = page.proposals_table
    kiosk = row_of(proposals, P_TITLE, PLAN_PROPOSALS[2][1])
    assert rows(proposals)[kiosk] == [
        "XMHH", PLAN_PROPOSALS[2][1], "7", "Một ki-ốt tra cứu", "30/09/2027", "Chờ quyết định",
        "Muộn"]
    assert proposals.item(kiosk, P_LATE).toolTip() == (
        f"Nhận sau hạn gửi đề xuất {vn_date(TODAY - dt.timedelta(days=1))}")
    adopted = row_of(proposals, P_TITLE, PLAN_PROPOSALS[0][1])
    assert proposals.item(adopted, P_STATE).text() == "Đưa vào kế hoạch"
    assert proposals.item(adopted, P_LATE).text() == "Đúng hạn"
    assert proposals.item(adopted, P_TITLE).toolTip().endswith("Ghi chú: Cần kinh phí nâng cấp "
                                                               "phần mềm")
    assert not page.adopt_button.isEnabled() and not page.decline_button.isEnabled()
    assert page.draft_button.isEnabled()  # one adopted proposal is not in a plan yet
    session.close()


def test_adding_and_changing_a_plan_task_in_the_dialog(qtbot, world: Path) -> None:  # noqa: ANN001
    session = open_session(qtbot, world, "snv")
    view = shown_view(qtbot, session)
    page = view.coordinator
    view.activateWindow()
    page.tasks_table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tasks_table, timeout=WAIT)
    with qtbot.waitSignal(view.dialog_opened, timeout=WAIT) as opened:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Insert)
    dialog: PlanTaskDialog = opened.args[0]
    assert [dialog.unit_combo.itemText(i) for i in range(dialog.unit_combo.count())] == [
        "UBND phường Long Xuyên (PLX)", "Sở Tài chính (STC)", "Sở Tư pháp (STP)",
        "Sở Y tế (SYT)", "UBND xã Mỹ Hòa Hưng (XMHH)"]
    assert dialog.area_combo.itemText(3) == "3. Cải cách thủ tục hành chính"
    # nothing typed: the service's sentence, inside the dialog, nothing saved
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        dialog.save_button.click()
    assert dialog.error_label.text() == "Cần nhập tên nhiệm vụ." and dialog.isVisible()
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("STC"))
    dialog.title_edit.setText("Rà soát quy trình nội bộ giải quyết thủ tục hành chính")
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("3"))
    due = TODAY + dt.timedelta(days=45)
    dialog.deadline_edit.setDate(QDate(due.year, due.month, due.day))
    dialog.output_edit.setText("Quyết định phê duyệt quy trình")
    dialog.ref_edit.setText("KH 12/KH-UBND")
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        dialog.save_button.click()
    page = view.coordinator
    added = row_of(page.tasks_table, T_TITLE, "Rà soát quy trình nội bộ giải quyết thủ tục hành "
                                              "chính")
    assert rows(page.tasks_table)[added] == [
        "Sở Tài chính", "Rà soát quy trình nội bộ giải quyết thủ tục hành chính", "3",
        vn_date(due), "Quyết định phê duyệt quy trình", "Chưa bắt đầu", "0 %"]
    assert page.total_label.text().startswith("9 nhiệm vụ · 2 hoàn thành")
    assert rows(page.unit_table)[1] == ["Sở Tài chính (STC)", "2", "0", "1", "1", "35 %"]
    cid = session.campaign_id
    stored = {t.task.title: t for t in on_db(qtbot, session, lambda ws: plan.plan_tasks(ws, cid))}
    made = stored["Rà soát quy trình nội bộ giải quyết thủ tục hành chính"]
    assert (made.unit_code, made.task.area_code, made.task.deadline, made.task.source_ref,
            made.task.source) == ("STC", "3", due.isoformat(), "KH 12/KH-UBND", "province_plan")

    # F2 changes it: the unit stays, the new deadline is saved
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tasks_table, timeout=WAIT)
    page.tasks_table.selectRow(added)
    with qtbot.waitSignal(view.dialog_opened, timeout=WAIT) as opened:
        QTest.keyClick(page.tasks_table, Qt.Key.Key_F2)
    dialog = opened.args[0]
    assert not dialog.unit_combo.isEnabled()
    assert dialog.unit_combo.currentData() == "STC"
    assert dialog.title_edit.text() == "Rà soát quy trình nội bộ giải quyết thủ tục hành chính"
    assert dialog.state_label.text() == "Chưa bắt đầu, tiến độ 0 %"
    later = due + dt.timedelta(days=10)
    dialog.deadline_edit.setDate(QDate(later.year, later.month, later.day))
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData(""))
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        QTest.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    changed = next(t for t in on_db(qtbot, session, lambda ws: plan.plan_tasks(ws, cid))
                   if t.task.id == made.task.id)
    assert (changed.unit_code, changed.task.deadline, changed.task.area_code) == (
        "STC", later.isoformat(), "")
    assert [r[G_NAME] for r in rows(page.area_table)][-2:] == [
        "Không gắn lĩnh vực", "Toàn tỉnh"]
    session.close()


def next_year(ws: Workspace) -> str:
    """Next year's campaign, created the way Sở Nội vụ does, the current one staying active."""
    current = campaigns.require_active_campaign(ws)
    sets = criteria.list_criteria_sets(ws)
    following = setup.set_up_campaign(
        ws, year=current.year + 1, title=f"Đánh giá Chỉ số CCHC năm {current.year + 1}",
        province="An Giang", groups={"so-ban-nganh": ("Sở, ban, ngành", sets[0].id)},
        deadlines={}, bands={})
    campaigns.set_active_campaign(ws, current.id)
    return following.id


def test_deciding_proposals_and_drafting_next_years_plan(qtbot, world: Path) -> None:  # noqa: ANN001
    session = open_session(qtbot, world, "snv")
    view = shown_view(qtbot, session)
    page = view.coordinator
    kiosk, training, records = (p[1] for p in PLAN_PROPOSALS[2::-1])
    page.select_proposals([kiosk])
    assert page.adopt_button.isEnabled() and page.decline_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        page.adopt_button.click()
    assert page.message.text() == "Đã đưa 1 đề xuất vào kế hoạch năm sau."
    table = page.proposals_table
    assert table.item(row_of(table, P_TITLE, kiosk), P_STATE).text() == "Đưa vào kế hoạch"
    page.select_proposals([training])
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        page.decline_button.click()
    assert page.message.text() == "Đã ghi không đưa 1 đề xuất vào kế hoạch."
    assert table.item(row_of(table, P_TITLE, training), P_STATE).text() == "Không đưa vào"
    assert page.counts_label.text() == "3 đề xuất đã nhận, 0 chờ quyết định · 1 gửi muộn"

    # no other campaign yet: drafting into this one is refused with the service's sentence
    with qtbot.waitSignal(view.dialog_opened, timeout=WAIT) as opened:
        page.draft_button.click()
    dialog: DraftPlanDialog = opened.args[0]
    qtbot.waitUntil(dialog.draft_button.isEnabled, timeout=WAIT)
    assert dialog.campaign_combo.count() == 1
    assert dialog.result.text() == ("Chưa có đợt đánh giá nào khác: hãy tạo đợt đánh giá của năm "
                                    "sau trước.")
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        dialog.draft_button.click()
    assert dialog.result.text() == ("Kế hoạch dự thảo phải thuộc một đợt đánh giá khác với đợt "
                                    "nhận đề xuất.")
    dialog.reject()

    following = on_db(qtbot, session, next_year)
    with qtbot.waitSignal(view.dialog_opened, timeout=WAIT) as opened:
        page.draft_button.click()
    dialog = opened.args[0]
    qtbot.waitUntil(dialog.draft_button.isEnabled, timeout=WAIT)
    assert dialog.campaign_combo.currentData() == following
    assert dialog.result.text() == "2 đề xuất sẽ được đưa vào kế hoạch:"
    assert sorted(dialog.items.item(i).text() for i in range(dialog.items.count())) == [
        f"STP — {records}", f"XMHH — {kiosk}"]
    with qtbot.waitSignal(dialog.done, timeout=WAIT) as drafted:
        dialog.draft_button.click()
    assert len(drafted.args[0]) == 2
    assert dialog.result.text() == ("Đã thêm 2 nhiệm vụ vào kế hoạch của đợt Đánh giá Chỉ số "
                                    "CCHC năm 2027 (2027).")
    assert sorted(dialog.items.item(i).text() for i in range(dialog.items.count())) == [
        f"STP — {records} (hạn 30/06/2027)", f"XMHH — {kiosk} (hạn 30/09/2027)"]
    qtbot.waitUntil(lambda: table.item(row_of(table, P_TITLE, kiosk), P_STATE).text()
                    == "Đã lập nhiệm vụ", timeout=WAIT)
    page.select_proposals([kiosk])
    assert not page.decline_button.isEnabled()  # in next year's plan: it stays adopted
    assert not page.draft_button.isEnabled()    # nothing left to draft
    # drafting again adds nothing
    with qtbot.waitSignal(dialog.done, timeout=WAIT) as again:
        dialog.draft_button.click()
    assert again.args[0] == []
    dialog.reject()
    made = on_db(qtbot, session, lambda ws: plan.plan_tasks(ws, following))
    assert sorted((t.unit_code, t.task.title, t.task.deadline) for t in made) == [
        ("STP", records, "2027-06-30"), ("XMHH", kiosk, "2027-09-30")]
    session.close()


def test_a_unit_proposes_changes_withdraws_and_sends(qtbot, world: Path, tmp_path: Path) -> None:  # noqa: ANN001
    session = open_session(qtbot, world, "plx")
    view = shown_view(qtbot, session)
    page = view.unit
    assert view.pages.currentWidget() is page
    assert page.heading.text() == "Đề xuất nhiệm vụ cho kế hoạch CCHC năm 2027"
    assert page.deadline_label.text() == (
        f"Hạn gửi đề xuất: {vn_date(TODAY + dt.timedelta(days=10))} (còn 10 ngày)")
    assert page.count_label.text().startswith("Chưa có đề xuất nào")
    # nothing to send yet: the service's sentence
    page.export_to(tmp_path / "none.cchc")
    qtbot.waitUntil(page.result_label.isVisible, timeout=WAIT)
    assert page.result_label.text() == ("Chưa có đề xuất nào để gửi; hãy thêm đề xuất cho kế "
                                        "hoạch năm sau trước.")
    assert not (tmp_path / "none.cchc").exists()

    view.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=WAIT)
    with qtbot.waitSignal(view.dialog_opened, timeout=WAIT) as opened:
        QTest.keyClick(page.table, Qt.Key.Key_Insert)
    dialog: ProposalDialog = opened.args[0]
    assert dialog.windowTitle() == "Thêm đề xuất cho kế hoạch năm 2027"
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        dialog.save_button.click()
    assert dialog.error_label.text() == "Cần nhập nội dung đề xuất."
    dialog.title_edit.setText("Chuẩn hóa dữ liệu hộ tịch điện tử")
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("7"))
    dialog.output_edit.setText("Cơ sở dữ liệu hộ tịch được làm sạch")
    dialog.deadline_edit.setDate(QDate(2027, 8, 31))
    dialog.note_edit.setPlainText("Phối hợp Sở Tư pháp")
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        dialog.save_button.click()
    assert rows(page.table) == [["Chuẩn hóa dữ liệu hộ tịch điện tử",
                                 "7. Chính quyền điện tử, chính quyền số",
                                 "Cơ sở dữ liệu hộ tịch được làm sạch", "31/08/2027",
                                 "Phối hợp Sở Tư pháp"]]
    assert page.count_label.text() == "1 đề xuất"

    # F2 changes it; a second one is withdrawn again
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=WAIT)
    with qtbot.waitSignal(view.dialog_opened, timeout=WAIT) as opened:
        QTest.keyClick(page.table, Qt.Key.Key_F2)
    dialog = opened.args[0]
    assert dialog.windowTitle() == "Sửa đề xuất"
    dialog.output_edit.setText("100% dữ liệu hộ tịch được làm sạch")
    dialog.no_deadline.setChecked(True)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        dialog.save_button.click()
    assert rows(page.table)[0][2:4] == ["100% dữ liệu hộ tịch được làm sạch", "—"]
    with qtbot.waitSignal(view.dialog_opened, timeout=WAIT) as opened:
        page.add_button.click()
    dialog = opened.args[0]
    dialog.title_edit.setText("Đề xuất nhập nhầm")
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        dialog.save_button.click()
    page.table.selectRow(row_of(page.table, 0, "Đề xuất nhập nhầm"))
    with qtbot.waitSignal(view.delete_asked, timeout=WAIT) as asked:
        page.delete_button.click()
    box = asked.args[0]
    assert "Đề xuất nhập nhầm" in box.text()
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        next(b for b in box.buttons() if b.text() == "Xóa").click()
    assert [r[0] for r in rows(page.table)] == ["Chuẩn hóa dữ liệu hộ tịch điện tử"]

    # sent: the path and size are shown
    target = tmp_path / "de-xuat-PLX"
    with qtbot.waitSignal(view.exported, timeout=WAIT) as exported:
        page.export_to(target)
    sent = Path(exported.args[0]["path"])
    assert sent == target.with_suffix(".cchc") and sent.is_file()
    assert exported.args[0]["size"] == sent.stat().st_size
    assert page.result_label.text() == (
        f"Đã xuất gói đề xuất và đọc lại để kiểm tra: {sent} ({sent.stat().st_size} byte). "
        "Hãy gửi tệp này cho Sở Nội vụ.")
    session.close()

    # the package reaches Sở Nội vụ (after its deadline: marked late) and shows in its plan tab
    with open_workspace(workspace_dir(world, "snv")) as ws:
        assert exchange.import_package(ws, sent).state == "accepted"
    session = open_session(qtbot, world, "snv")
    view = shown_view(qtbot, session)
    table = view.coordinator.proposals_table
    row = row_of(table, P_TITLE, "Chuẩn hóa dữ liệu hộ tịch điện tử")
    assert rows(table)[row] == ["PLX", "Chuẩn hóa dữ liệu hộ tịch điện tử", "7",
                                "100% dữ liệu hộ tịch được làm sạch", "—", "Chờ quyết định",
                                "Muộn"]
    assert "Đề xuất nhập nhầm" not in [r[P_TITLE] for r in rows(table)]
    session.close()


def test_the_tab_in_each_window(qtbot, world: Path) -> None:  # noqa: ANN001
    """Sở Nội vụ: "Kế hoạch CCHC" after the results; a unit: "Đề xuất năm sau" last; Ctrl+9
    goes there in both."""
    from desktop.ui.main_window import MainWindow

    for name, visible in (
            ("snv", ["Tổng quan", "Bảng theo dõi", "Thẩm định", "Kết quả", "Kế hoạch CCHC",
                     "Gói dữ liệu"]),
            ("stp", ["Tổng quan", "Tự đánh giá", "Nhiệm vụ", "Kiểm tra trước khi nộp",
                     "Gói dữ liệu", "Đề xuất năm sau"])):
        window = MainWindow(world, name, "vi")
        qtbot.addWidget(window)
        window.resize(1300, 760)
        window.show()
        with qtbot.waitSignal(window.status_loaded, timeout=WAIT):
            window.open_workspace()
        qtbot.waitUntil(lambda w=window: w.tabs.isTabVisible(w.tabs.indexOf(w.plan)),
                        timeout=WAIT)
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())
                if window.tabs.isTabVisible(i)] == visible
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
        with qtbot.waitSignal(window.plan.loaded, timeout=WAIT):
            QTest.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentWidget() is window.plan
        window.close()
