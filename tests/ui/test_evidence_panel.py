"""The evidence panel, driven as a user would on the demo workspace: it lists a criterion's
documents, adds files by the same call a drop makes (and by a real drop event), saves citation
fields as they are left, unlinks with undo, cites existing documents through the picker, opens
a document, and adds hundreds of files behind a cancellable progress dialog."""

from __future__ import annotations

import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from demo_support import build_demo_with_errors
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from desktop.models import assessments, evidence
from desktop.models.entities import Evidence
from desktop.ui import session as session_module
from desktop.ui.evidence_panel import (
    DATE,
    ISSUER,
    KIND,
    NAME,
    NUMBER,
    PAGES,
    SIZE,
    EvidencePanel,
    format_size,
)
from desktop.ui.session import Session

NFD_NAME = unicodedata.normalize("NFD", "Biên bản kiểm tra công tác CCHC.pdf")
NFC_NAME = unicodedata.normalize("NFC", NFD_NAME)
TIMEOUT = 10000


@pytest.fixture
def session(qtbot, tmp_path: Path):
    build_demo_with_errors(tmp_path / "data")
    opened = Session(tmp_path / "data")
    with qtbot.waitSignal(opened.opened, timeout=TIMEOUT):
        opened.open("demo")
    yield opened
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (QMessageBox, QProgressDialog)):
            widget.close()
    opened.close()


@pytest.fixture
def panel(qtbot, session: Session) -> EvidencePanel:
    widget = EvidencePanel(session)
    qtbot.addWidget(widget)
    session.error_parent = widget  # as the main window does: error boxes and progress over it
    widget.resize(340, 600)
    widget.show()
    with qtbot.waitSignal(widget.evidence_loaded, timeout=TIMEOUT):
        widget.show_criterion("1.1.1")
    return widget


def read(qtbot, session: Session, job: Callable[[Any], Any]) -> Any:
    """A fresh read on the database thread (tests never touch the database from the UI)."""
    box: list[Any] = []
    session.run(job, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    return box[0]


def status_of(qtbot, session: Session, code: str) -> str:
    def job(ws):
        criterion = assessments.criterion_for(ws, session.campaign_id, session.unit_id, code)
        return assessments.assessments_of(ws, session.campaign_id, session.unit_id)[
            criterion.id].status
    return read(qtbot, session, job)


def listed(qtbot, session: Session, code: str) -> list[Evidence]:
    return read(qtbot, session, lambda ws: evidence.evidence_for_criterion(
        ws, session.campaign_id, session.unit_id, code))


def row_texts(panel: EvidencePanel, row: int) -> list[str]:
    return [panel.model.index(row, column).data() for column in range(panel.model.columnCount())]


def show(qtbot, panel: EvidencePanel, code: str | None) -> None:
    with qtbot.waitSignal(panel.evidence_loaded, timeout=TIMEOUT):
        panel.show_criterion(code)


def add_and_wait(qtbot, panel: EvidencePanel, paths: list[Path]) -> None:
    with qtbot.waitSignals([panel.evidence_changed, panel.evidence_loaded], timeout=TIMEOUT,
                           order="strict"):
        panel.add_files(paths)


def nfd_file(folder: Path, content: bytes = b"%PDF-1.4 bien ban kiem tra") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / NFD_NAME
    path.write_bytes(content)
    return path


# -- listing -------------------------------------------------------------------------------

def test_lists_the_demo_evidence_of_a_criterion(qtbot, panel: EvidencePanel) -> None:
    """1.1.1 of the demo is backed by its plan: name, type, size (decimal comma), number,
    date (dd/mm/yyyy) and issuer are shown; the form shows the first document."""
    assert panel.model.rowCount() == 1
    texts = row_texts(panel, 0)
    assert texts[NAME] == "Kế hoạch CCHC năm 2026.pdf"
    assert texts[KIND] == "PDF"
    assert texts[SIZE].endswith(" KB") and "," in texts[SIZE]
    assert (texts[NUMBER], texts[DATE], texts[ISSUER], texts[PAGES]) == (
        "12/KH-STP", "08/01/2026", "Sở Tư pháp", "—")
    assert "1.1.1" in panel.title.text() and panel.count_label.text() == "1 tệp"
    assert panel.fields["doc_number"].text() == "12/KH-STP"
    assert panel.fields["doc_date"].text() == "08/01/2026"
    tooltip = panel.model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "Kế hoạch CCHC năm 2026.pdf" in tooltip and "Sở Tư pháp" in tooltip
    assert panel.drop_zone.isVisible()
    assert panel.drop_label.text() == "Kéo thả tệp vào đây hoặc bấm Chọn tệp…"
    show(qtbot, panel, "2.2")
    assert panel.model.rowCount() == 0 and panel.list_stack.currentWidget() is panel.empty_label
    assert not panel.citation_box.isEnabled() and not panel.open_button.isEnabled()
    panel.show_criterion(None)
    assert not panel.isEnabled() and panel.model.rowCount() == 0


def test_sizes_are_written_the_vietnamese_way() -> None:
    assert format_size(850) == "850 B"
    assert format_size(3482) == "3,4 KB"
    assert format_size(1_300_000) == "1,2 MB"
    assert format_size(1_300_000, "en") == "1.2 MB"
    assert format_size(150 * 1024 * 1024) == "150 MB"


def test_narrow_panel_cuts_nothing_off(qtbot, panel: EvidencePanel) -> None:
    """At 320 px the buttons show their whole text, the table keeps name, size, number and
    date, and long names are elided with the full name in the tooltip."""
    panel.resize(320, 600)
    qtbot.waitUntil(lambda: panel.width() == 320)
    for button in (panel.choose_button, panel.link_button, panel.open_button,
                   panel.unlink_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    assert [panel.table.isColumnHidden(c) for c in range(7)] == [
        False, True, False, False, False, True, True]
    assert panel.table.columnWidth(NAME) >= 80
    assert panel.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    for edit in panel.fields.values():
        assert edit.width() >= 120
    panel.resize(700, 600)
    qtbot.waitUntil(lambda: not panel.table.isColumnHidden(ISSUER))


# -- adding files --------------------------------------------------------------------------

def test_add_files_adds_an_nfd_named_file_and_changes_the_status(qtbot, session, panel,
                                                                  tmp_path) -> None:
    """The call a drop makes: the file is stored, listed under its NFC name and cited, and the
    criterion, scored at its maximum without evidence, no longer needs an explanation."""
    show(qtbot, panel, "2.2")
    assert status_of(qtbot, session, "2.2") == "needs_explanation"
    path = nfd_file(tmp_path / "src")
    with qtbot.waitSignal(session.changed, timeout=TIMEOUT,
                          check_params_cb=lambda what: what == "evidence"):
        with qtbot.waitSignal(panel.evidence_changed, timeout=TIMEOUT) as changed:
            panel.add_files([path])
    assert changed.args == ["2.2"]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=TIMEOUT)
    assert panel.model.items[0].original_name == NFC_NAME
    assert row_texts(panel, 0)[NAME] == NFC_NAME
    assert unicodedata.is_normalized("NFC", row_texts(panel, 0)[NAME])
    assert [e.original_name for e in listed(qtbot, session, "2.2")] == [NFC_NAME]
    assert status_of(qtbot, session, "2.2") == "scored"
    assert "Đã thêm 1 tệp" in panel.status.text()
    assert panel.current_evidence().original_name == NFC_NAME


def _drop_events(paths: list[Path] | list[QUrl]) -> tuple[QDragEnterEvent, QDropEvent]:
    mime = QMimeData()
    mime.setUrls([p if isinstance(p, QUrl) else QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(40, 60), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    drop = QDropEvent(QPointF(40, 60), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.mime = drop.mime = mime  # keep the data alive as long as the events
    return enter, drop


def test_a_real_drop_adds_the_files(qtbot, session, panel, tmp_path) -> None:
    """Dragging local files over the panel is accepted and dropping them adds them."""
    show(qtbot, panel, "1.1.2")
    path = nfd_file(tmp_path / "src")
    enter, drop = _drop_events([path])
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    assert panel.drop_zone.highlighted  # highlighted while over the panel
    with qtbot.waitSignals([panel.evidence_changed, panel.evidence_loaded], timeout=TIMEOUT,
                           order="strict"):
        QApplication.sendEvent(panel, drop)
    assert drop.isAccepted()
    assert not panel.drop_zone.highlighted
    assert [e.original_name for e in panel.model.items] == [NFC_NAME]
    assert status_of(qtbot, session, "1.1.2") == "scored"


def test_only_local_files_may_be_dropped(qtbot, panel, tmp_path) -> None:
    enter, _ = _drop_events([QUrl("https://dichvucong.gov.vn/bao-cao.pdf")])
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()
    mixed, _ = _drop_events([nfd_file(tmp_path), QUrl("https://example.org/a.pdf")])
    QApplication.sendEvent(panel, mixed)
    assert not mixed.isAccepted()
    text_only = QMimeData()
    text_only.setText("chỉ là chữ")
    plain = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, text_only,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, plain)
    assert not plain.isAccepted()


def test_a_bad_file_in_a_drop_adds_nothing(qtbot, session, panel, tmp_path) -> None:
    """One empty file among good ones: one sentence naming it, details on demand, nothing
    stored."""
    good = nfd_file(tmp_path / "src")
    empty = tmp_path / "src" / "rỗng.pdf"
    empty.write_bytes(b"")
    errors: list[BaseException] = []
    session.failed.connect(errors.append)
    with qtbot.waitSignals([session.failed, panel.evidence_loaded], timeout=TIMEOUT,
                           order="strict"):
        panel.add_files([good, empty])
    assert [e.code for e in errors] == ["file_empty"]
    assert "[file_empty]" in errors[0].details and str(empty) in errors[0].details
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and "rỗng.pdf" in boxes[0].text() and "0 byte" in boxes[0].text()
    assert str(empty) in boxes[0].detailedText()
    boxes[0].close()
    assert [e.original_name for e in listed(qtbot, session, "1.1.1")] == [
        "Kế hoạch CCHC năm 2026.pdf"]


def test_the_same_file_twice_is_stored_once(qtbot, session, panel, tmp_path) -> None:
    path = nfd_file(tmp_path / "src")
    copy = tmp_path / "src" / "Bản sao.pdf"
    copy.write_bytes(path.read_bytes())
    add_and_wait(qtbot, panel, [path])
    add_and_wait(qtbot, panel, [copy, path])
    assert "đã có sẵn trong kho" in panel.status.text()
    names = [e.original_name for e in panel.model.items]
    assert sorted(names) == sorted(["Kế hoạch CCHC năm 2026.pdf", NFC_NAME])
    count = read(qtbot, session, lambda ws: ws.db.execute(
        "SELECT count(*) FROM evidence WHERE original_name = ?", [NFC_NAME]).fetchone()[0])
    assert count == 1


def test_hundreds_of_files_show_progress_and_cancel_keeps_the_done_ones(
        qtbot, session, panel, tmp_path, monkeypatch) -> None:
    """300 files: the progress dialog appears once the job passes 0.5 s and its Cancel stops
    between files, keeping exactly the files added so far (the first ones, in order)."""
    src = tmp_path / "many"
    src.mkdir()
    files = [src / f"Tài liệu {i:03}.pdf" for i in range(300)]
    for number, path in enumerate(files):
        path.write_bytes(b"%PDF-1.4 " + str(number).encode())
    real_add = evidence.add_evidence

    def slow_add(*args, **kwargs):  # only here: make the job last long enough to cancel
        time.sleep(0.004)
        return real_add(*args, **kwargs)

    monkeypatch.setattr(evidence, "add_evidence", slow_add)
    started = time.monotonic()
    progress = panel.add_files(files)
    assert progress is not None

    def dialog() -> QProgressDialog | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QProgressDialog) and w.isVisible()), None)

    qtbot.waitUntil(lambda: dialog() is not None, timeout=TIMEOUT)
    shown = dialog()
    # the dialog appears only once the job has run for half a second
    assert time.monotonic() - started >= session_module.PROGRESS_DELAY_MS / 1000 == 0.5
    qtbot.waitUntil(lambda: progress.snapshot()[0] >= 60, timeout=TIMEOUT)
    assert progress.snapshot()[1] == 300
    stop = shown.findChild(QPushButton)
    assert stop.text() == "Dừng"
    with qtbot.waitSignals([panel.evidence_changed, panel.evidence_loaded], timeout=TIMEOUT,
                           order="strict"):
        stop.click()
    done = progress.snapshot()[0]
    assert 60 <= done < 300
    stored = [e.original_name for e in listed(qtbot, session, "1.1.1")
              if e.original_name.startswith("Tài liệu")]
    assert sorted(stored) == [p.name for p in files[:done]]
    assert panel.model.rowCount() == done + 1
    assert "Đã dừng" in panel.status.text() and str(done) in panel.status.text()
    assert dialog() is None


# -- citation ------------------------------------------------------------------------------

def _type_into(qtbot, edit, text: str) -> None:
    """Type as a user does and press Enter (QTest types ASCII only; the rest is inserted as
    an input method would, which marks the field as edited just the same)."""
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_citation_fields_are_saved_as_they_are_left(qtbot, session, panel) -> None:
    """Number and date are saved on leaving the field (no Save button) and a fresh read has
    them; the date typed as 31/12/2026 is stored as ISO and shown back as typed."""
    evidence_id = panel.current_evidence().id
    with qtbot.waitSignal(panel.evidence_changed, timeout=TIMEOUT):
        _type_into(qtbot, panel.fields["doc_number"], "99/KH-STP")
    with qtbot.waitSignal(panel.evidence_changed, timeout=TIMEOUT):
        _type_into(qtbot, panel.fields["doc_date"], "31/12/2026")
    with qtbot.waitSignal(panel.evidence_changed, timeout=TIMEOUT):
        _type_into(qtbot, panel.fields["pages"], "Mục III, tr. 7")
    fresh = read(qtbot, session, lambda ws: evidence.get_evidence(ws, evidence_id))
    assert (fresh.doc_number, fresh.doc_date, fresh.pages, fresh.issuer) == (
        "99/KH-STP", "2026-12-31", "Mục III, tr. 7", "Sở Tư pháp")
    assert row_texts(panel, 0)[NUMBER] == "99/KH-STP"
    assert row_texts(panel, 0)[DATE] == "31/12/2026"
    assert panel.fields["doc_date"].text() == "31/12/2026"


def test_a_bad_date_is_explained_and_the_old_value_kept(qtbot, session, panel) -> None:
    """31/02/2026 is refused in one sentence beside the form; the stored date stays and the
    typed text remains to be corrected; Esc puts the stored value back."""
    evidence_id = panel.current_evidence().id
    edit = panel.fields["doc_date"]
    _type_into(qtbot, edit, "31/02/2026")
    qtbot.waitUntil(panel.citation_error.isVisible, timeout=TIMEOUT)
    assert panel.citation_error.text() == (
        "Ngày “31/02/2026” không hợp lệ; hãy nhập dạng 31/12/2026 hoặc 2026-12-31.")
    assert edit.text() == "31/02/2026"
    fresh = read(qtbot, session, lambda ws: evidence.get_evidence(ws, evidence_id))
    assert fresh.doc_date == "2026-01-08"
    assert row_texts(panel, 0)[DATE] == "08/01/2026"
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == "08/01/2026" and not panel.citation_error.isVisible()


def test_a_reload_never_overwrites_what_is_being_typed(qtbot, session, panel) -> None:
    """A change elsewhere re-reads the list; a field typed in but not yet left keeps its text."""
    edit = panel.fields["issuer"]
    edit.setFocus()
    edit.end(False)
    edit.insert(" (Văn phòng)")
    with qtbot.waitSignal(panel.evidence_loaded, timeout=TIMEOUT):
        session.changed.emit("evidence")
    assert edit.text() == "Sở Tư pháp (Văn phòng)"


# -- unlink, link, open --------------------------------------------------------------------

def test_unlink_with_undo(qtbot, session, panel) -> None:
    with qtbot.waitSignals([panel.evidence_changed, panel.evidence_loaded], timeout=TIMEOUT,
                           order="strict"):
        panel.unlink_button.click()
    assert panel.model.rowCount() == 0
    assert listed(qtbot, session, "1.1.1") == []
    assert "Đã bỏ liên kết “Kế hoạch CCHC năm 2026.pdf” khỏi tiêu chí 1.1.1" in panel.status.text()
    assert panel.undo_button.isVisible()
    with qtbot.waitSignals([panel.evidence_changed, panel.evidence_loaded], timeout=TIMEOUT,
                           order="strict"):
        panel.undo_button.click()
    assert [e.original_name for e in panel.model.items] == ["Kế hoạch CCHC năm 2026.pdf"]
    assert not panel.undo_button.isVisible()


def test_delete_key_asks_before_unlinking(qtbot, session, panel) -> None:
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    question = panel.question
    assert question is not None and question.isVisible()
    assert "Kế hoạch CCHC năm 2026.pdf" in question.text() and "1.1.1" in question.text()
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not question.isVisible(), timeout=TIMEOUT)
    assert panel.model.rowCount() == 1
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    with qtbot.waitSignals([panel.evidence_changed, panel.evidence_loaded], timeout=TIMEOUT,
                           order="strict"):
        panel.question.yes_button.click()
    assert panel.model.rowCount() == 0
    assert listed(qtbot, session, "1.1.1") == []


def test_link_existing_document_from_another_criterion(qtbot, session, panel) -> None:
    """The picker lists every document with the criteria it serves; filtering ignores accents;
    ticking one cites it for this criterion too."""
    show(qtbot, panel, "2.2")
    panel.link_button.click()
    qtbot.waitUntil(lambda: panel.picker is not None and panel.picker.isVisible(),
                    timeout=TIMEOUT)
    picker = panel.picker
    rows = {picker.list.topLevelItem(i).text(0): picker.list.topLevelItem(i).text(3)
            for i in range(picker.list.topLevelItemCount())}
    assert rows["Kế hoạch CCHC năm 2026.pdf"] == "1.1.1"
    assert rows["Báo cáo CCHC quý I.pdf"] == "1.2.1"
    qtbot.keyClicks(picker.filter, "ke hoach")
    visible = picker.visible_ids()
    assert len(visible) == 1
    picker.set_checked(visible)
    assert picker.count.text() == "Đã chọn 1 tài liệu"
    with qtbot.waitSignals([panel.evidence_changed, panel.evidence_loaded], timeout=TIMEOUT,
                           order="strict"):
        picker.link_button.click()
    assert [e.original_name for e in panel.model.items] == ["Kế hoạch CCHC năm 2026.pdf"]
    codes = read(qtbot, session, lambda ws: evidence.criterion_codes_of(ws, visible[0]))
    assert codes == ["1.1.1", "2.2"]
    assert status_of(qtbot, session, "2.2") == "scored"
    # a document already cited here is shown but cannot be ticked again
    panel.open_link_picker()
    qtbot.waitUntil(lambda: panel.picker is not picker and panel.picker.isVisible(),
                    timeout=TIMEOUT)
    items = [panel.picker.list.topLevelItem(i)
             for i in range(panel.picker.list.topLevelItemCount())]
    plan = next(i for i in items if i.text(0) == "Kế hoạch CCHC năm 2026.pdf")
    assert not plan.flags() & Qt.ItemFlag.ItemIsUserCheckable
    panel.picker.reject()


def test_enter_opens_a_readable_copy_under_its_own_name(qtbot, session, panel, tmp_path,
                                                         monkeypatch) -> None:
    """Enter (and Mở tệp) hand the system viewer a copy named like the document, with its
    exact bytes; the opener is replaceable so the test sees the path instead of a viewer."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    opened: list[QUrl] = []
    panel.open_url = lambda url: opened.append(url) or True
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    url = opened[0]
    assert url.isLocalFile()
    path = Path(url.toLocalFile())
    assert path.name == "Kế hoạch CCHC năm 2026.pdf"
    assert path.is_relative_to(tmp_path / "tmp")
    stored = read(qtbot, session, lambda ws: evidence.file_path(
        ws, evidence.get_evidence(ws, panel.current_evidence().id)))
    assert path.read_bytes() == stored.read_bytes()
    assert panel.last_opened == path
    panel.open_button.click()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=TIMEOUT)
    assert opened[1] == url


def test_keyboard_moves_through_the_documents(qtbot, session, panel, tmp_path) -> None:
    """Arrow keys move through the list and the form follows; an unknown criterion is said in
    place, without a dialog."""
    add_and_wait(qtbot, panel, [nfd_file(tmp_path / "src")])
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Home)
    first = panel.current_evidence().original_name
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    second = panel.current_evidence()
    assert second.original_name != first
    assert second.original_name in panel.file_label.text()
    assert panel.fields["doc_number"].text() == second.doc_number
    show(qtbot, panel, "9.9.9")
    assert panel.model.rowCount() == 0
    assert panel.empty_label.text() == "Không có tiêu chí mã 9.9.9 trong bộ tiêu chí đang dùng."
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]
