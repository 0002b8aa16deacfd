"""Packages in the window: the export dialog (check list, where to save, progress, "verified")
and the inbox (drop files or a folder; one row per package with its state and reason; held
packages with the sender's fingerprint, to approve or reject)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import item_sentence, sentence
from desktop.models import precheck
from desktop.models.errors import CchcError
from desktop.sync import exchange, inbox, keys
from desktop.ui.session import Session


class ExportDialog(QDialog):
    """Export a package of the workspace's own: a submission (gated by the check before
    submitting) or an enrolment. Shows the check, asks where to save, verifies at the end."""

    exported = Signal(dict)

    def __init__(self, session: Session, kind: str = "submission", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.kind = session, kind
        self.setWindowTitle(self.tr("Xuất gói nộp") if kind == "submission" else self.tr("Xuất gói đăng ký khóa"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Nơi lưu tệp .cchc (ổ USB hoặc thư mục gửi thư)"))
        browse = QPushButton(self.tr("Chọn nơi lưu…"))
        browse.clicked.connect(self.choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        self.full_box = QCheckBox(self.tr("Gói đầy đủ (mang lại cả tài liệu Sở Nội vụ đã có)"))
        self.split_combo = QComboBox()
        for text, size in ((self.tr("Không chia nhỏ"), None), (self.tr("Thư điện tử 10 MB"), "email-10"),
                           (self.tr("Thư điện tử 20 MB"), "email-20"),
                           (self.tr("Thư điện tử 25 MB"), "email-25"), (self.tr("USB FAT32 (4 GB)"), "fat32")):
            self.split_combo.addItem(text, size)
        self.split_combo.setCurrentIndex(2)
        self.encrypt_box = QCheckBox(self.tr("Mã hóa để chỉ Sở Nội vụ đọc được"))
        self.sizes = QLabel()
        self.sizes.setWordWrap(True)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Chia tệp:")))
        options.addWidget(self.split_combo)
        options.addWidget(self.encrypt_box)
        options.addStretch(1)
        self.volume_list = QListWidget()
        self.volume_list.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Xuất gói"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(lambda: self.export_to(Path(self.path_edit.text())))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.sizes)
        layout.addWidget(self.full_box)
        layout.addLayout(options)
        layout.addLayout(where)
        layout.addWidget(self.result)
        layout.addWidget(self.volume_list)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        self.can_export = kind != "submission"
        self.refresh()

    def refresh(self) -> None:
        if self.kind != "submission":
            self.summary.setText(self.tr("Gói đăng ký mang khóa công khai của đơn vị; sau khi "
                                         "xuất, hãy in phiếu có dấu vân tay gửi kèm công văn."))
            self.problems.hide()
            for widget in (self.full_box, self.split_combo, self.encrypt_box, self.sizes):
                widget.hide()
            return
        self.session.run(lambda ws: exchange.submission_sizes(ws), self._show_sizes)
        campaign_id, unit_id = self.session.campaign_id, self.session.unit_id
        self.session.run(lambda ws: precheck.check_before_submit(ws, campaign_id, unit_id),
                         self._show_check)

    def _show_check(self, items: list) -> None:
        self.problems.clear()
        errors = [i for i in items if i.severity == "error"]
        for item in items:
            mark = "✖ " if item.severity == "error" else "⚠ "
            self.problems.addItem(mark + item_sentence(item.code, item.data, self.session.lang))
        self.can_export = precheck.can_submit(items)
        self.export_button.setEnabled(self.can_export)
        if errors:
            self.summary.setText(self.tr("Chưa thể xuất: còn %1 lỗi phải sửa (xem “Kiểm tra trước khi nộp”).")
                                 .replace("%1", str(len(errors))))
        else:
            self.summary.setText(self.tr("Không có lỗi; %1 cảnh báo nên xem lại trước khi gửi.")
                                 .replace("%1", str(len(items))))

    def _show_sizes(self, sizes: dict) -> None:
        def mb(value: int) -> str:
            text = f"{value / 1_000_000:.1f} MB"
            return text.replace(".", ",") if self.session.lang == "vi" else text

        self.sizes.setText(self.tr("Tài liệu kiểm chứng: gói đầy đủ %1 (%2 tệp); chỉ phần mới %3 (%4 tệp).")
                           .replace("%1", mb(sizes["full"])).replace("%2", str(sizes["files"]))
                           .replace("%3", mb(sizes["incremental"]))
                           .replace("%4", str(sizes["new_files"])))

    def choose_path(self) -> None:
        name = "goi-nop.cchc" if self.kind == "submission" else "dang-ky-khoa.cchc"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu gói"), name, "CCHC (*.cchc)")
        if path:
            self.path_edit.setText(path)

    def export_to(self, path: Path) -> None:
        """The same call the Export button makes."""
        if not str(path).strip() or str(path) == ".":
            self.result.setText(self.tr("Hãy chọn nơi lưu tệp."))
            return
        if path.suffix.lower() != ".cchc":
            path = path.with_suffix(".cchc")
        if self.kind == "submission":
            from desktop.sync import volumes

            preset = self.split_combo.currentData()
            options = {"full": self.full_box.isChecked(), "encrypt": self.encrypt_box.isChecked(),
                       "max_size": volumes.parse_size(preset) if preset else None}
            export = lambda ws, out: exchange.export_submission(ws, out, **options)  # noqa: E731
        else:
            export = exchange.export_enrolment
        self.export_button.setEnabled(False)

        def done(built: Any) -> None:
            self.export_button.setEnabled(self.can_export)
            self.result.setText(self.tr("Đã xuất và đọc lại để kiểm tra: %1 (%2 byte, mã %3).")
                                .replace("%1", str(built.path)).replace("%2", str(built.size))
                                .replace("%3", built.package_hash[:12]))
            self.volume_list.clear()
            if built.volumes:
                self.result.setText(self.tr("Đã chia thành %1 tệp, mỗi tệp đã được đọc lại để kiểm "
                                            "tra. Hãy gửi đủ các tệp sau (danh sách cũng ở %2):")
                                    .replace("%1", str(len(built.volumes)))
                                    .replace("%2", str(built.list_file)))
                for volume in built.volumes:
                    self.volume_list.addItem(str(volume))
                self.volume_list.show()
            self.exported.emit({"path": str(built.path), "package_hash": built.package_hash,
                                "volumes": [str(v) for v in built.volumes]})

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(self.can_export)
            if isinstance(exc, CchcError):
                self.result.setText(sentence(exc, self.session.lang))
                self.session.last_error = exc
                self.session.failed.emit(exc)
            else:
                self.session.show_error(exc)

        self.session.run_long(lambda ws, progress: export(ws, path), self.tr("Đang xuất gói…"),
                              done, changes="packages", on_error=failed)


STATE_NAMES = {
    "accepted": QT_TRANSLATE_NOOP("InboxView", "Đã nhập"), "duplicate": QT_TRANSLATE_NOOP("InboxView", "Trùng (đã có)"), "stale": QT_TRANSLATE_NOOP("InboxView", "Cũ hơn, bỏ qua"),
    "conflict": QT_TRANSLATE_NOOP("InboxView", "Xung đột, giữ lại"), "quarantined": QT_TRANSLATE_NOOP("InboxView", "Giữ lại chờ duyệt khóa"),
    "refused": QT_TRANSLATE_NOOP("InboxView", "Bị từ chối"),
    "partial": QT_TRANSLATE_NOOP("InboxView", "Đang chờ đủ các phần"), "exported": QT_TRANSLATE_NOOP("InboxView", "Đã xuất"),
}


TYPE_NAMES = {"campaign": QT_TRANSLATE_NOOP("InboxView", "Đợt đánh giá"), "enrolment": QT_TRANSLATE_NOOP("InboxView", "Đăng ký khóa"), "submission": QT_TRANSLATE_NOOP("InboxView", "Gói nộp"),
              "receipt": QT_TRANSLATE_NOOP("InboxView", "Giấy báo nhận")}


class InboxView(QWidget):
    """Received packages. Drop files or a folder here, or use the button."""

    imported = Signal(list)
    confirm_root = Signal(str, str)  # file, fingerprint: a first campaign package to confirm

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAcceptDrops(True)
        self.rows: list[inbox.PackageRow] = []
        intro = QLabel(self.tr("Kéo thả tệp gói (.cchc) hoặc cả thư mục vào đây, hoặc bấm "
                               "“Nhập gói…”. Gói hỏng, bị sửa, trùng hoặc cũ sẽ bị từ chối kèm lý do; "
                               "không dữ liệu nào bị mất."))
        intro.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Nhập gói…"))
        self.import_button.clicked.connect(self.choose_files)
        self.approve_button = QPushButton(self.tr("Duyệt khóa và nhập lại…"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button = QPushButton(self.tr("Từ chối gói"))
        self.reject_button.clicked.connect(self.reject_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setMaximumHeight(130)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Loại"), self.tr("Đơn vị gửi"), self.tr("Số"),
                                              self.tr("Trạng thái"), self.tr("Lý do / ghi chú"),
                                              self.tr("Dấu vân tay khóa")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Kết quả lần nhập gần nhất:")))
        layout.addWidget(self.results)
        layout.addWidget(self.table, 1)
        session.opened.connect(lambda _info: self.refresh())
        session.changed.connect(lambda what: self.refresh() if what in ("packages", "all") else None)
        self._selection_changed()

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.session.is_open:
            from desktop.sync import volumes

            self.session.run(lambda ws: (inbox.list_packages(ws, direction="in"),
                                         volumes.pending(ws)), self._show_all)

    def _show_all(self, fetched: tuple) -> None:
        rows, waiting = fetched
        self._show(rows)
        for item in waiting:  # "3 of 5 volumes received"
            index = self.table.rowCount()
            self.table.insertRow(index)
            note = item_sentence("volumes_waiting", {
                "received": item["received"], "count": item["count"],
                "missing": ", ".join(str(i) for i in item["missing"])}, self.session.lang)
            for column, text in enumerate((item["name"], item["sender"], "",
                                           self.tr(STATE_NAMES["partial"]), note, "")):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(index, column, cell)

    def _show(self, rows: list[inbox.PackageRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            state = self.tr(STATE_NAMES.get(row.state, row.state))
            facts = {"unit": row.sender, "fingerprint": row.fingerprint, "sequence": row.sequence}
            reason = (item_sentence(row.reason, facts, self.session.lang) if row.reason
                      else row.flags)
            kind = self.tr(TYPE_NAMES.get(row.type, row.type))
            values = (kind, row.sender, str(row.sequence), state, reason, row.fingerprint)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if row.state in ("quarantined", "conflict"):
                    item.setBackground(QColor("#fff3cd"))  # held: calm amber, as the demo banner
                self.table.setItem(index, column, item)
        self._selection_changed()

    def selected(self) -> inbox.PackageRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        held = row is not None and row.state in ("quarantined", "conflict")
        self.approve_button.setEnabled(held and row.state == "quarantined")
        self.reject_button.setEnabled(held)

    # -- importing ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn gói"), "", "CCHC (*.cchc)")
        if paths:
            self.import_paths([Path(p) for p in paths])

    def dragEnterEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        urls = event.mimeData().urls()
        if urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def import_paths(self, paths: list[Path], *, trust_fingerprint: str | None = None) -> None:
        """The call a drop, the button and the root confirmation all make."""
        self.session.run_long(
            lambda ws, progress: exchange.import_many(ws, paths, trust_fingerprint=trust_fingerprint,
                                                      progress=progress),
            self.tr("Đang nhập gói…"), self._imported, changes="all")

    def _imported(self, results: list[exchange.ImportResult]) -> None:
        self.results.clear()
        for result in results:
            state = self.tr(STATE_NAMES.get(result.state, result.state))
            why = (" — " + item_sentence(result.code, result.data, self.session.lang)
                   if result.code else "")
            self.results.addItem(f"{Path(result.file).name}: {state}{why}")
            if result.code == "root_confirmation_needed":
                self.confirm_root.emit(result.file, result.data.get("fingerprint", ""))
        self.imported.emit(results)

    def ask_root_confirmation(self, file: str, fingerprint: str) -> QMessageBox:
        """The first campaign package: the user compares the fingerprint with the official
        letter before the province key is trusted. Non-blocking."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Xác nhận khóa của Sở Nội vụ"), self.tr(
            "Đối chiếu dấu vân tay sau với công văn của Sở Nội vụ. Chỉ chọn “Khớp” khi mọi chữ số "
            "giống hệt:\n\n%1").replace("%1", fingerprint), parent=self)
        box.addButton(self.tr("Khớp, tin cậy khóa này"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Không khớp"), QMessageBox.ButtonRole.RejectRole)
        box.accepted.connect(lambda: self.import_paths([Path(file)], trust_fingerprint=fingerprint))
        box.open()
        self.root_box = box
        return box

    # -- held packages ------------------------------------------------------------------------
    def approve_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Duyệt khóa"), self.tr(
            "Đối chiếu dấu vân tay khóa của %1 với phiếu đăng ký có chữ ký của đơn vị:\n\n%2\n\n"
            "Chỉ duyệt khi mọi chữ số giống hệt.").replace("%1", row.sender)
            .replace("%2", row.fingerprint), parent=self)
        box.addButton(self.tr("Khớp, duyệt và nhập lại"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.accepted.connect(lambda: self.approve_and_retry(row))
        box.open()
        self.approve_box = box

    def approve_and_retry(self, row: inbox.PackageRow) -> None:
        def job(ws):  # noqa: ANN001, ANN202
            # A key first seen on a held package is recorded as pending, then approved by the
            # same digits the person just compared.
            manifest_key = inbox.sender_key(ws, row.package_hash)
            keys.record_unit_key(ws, row.sender, manifest_key, status="pending",
                                 note="approved from the inbox")
            keys.approve(ws, row.sender, fingerprint=row.fingerprint)
            return [inbox.retry_held(ws, row.package_hash)]

        self.session.run(job, self._imported, changes="all")

    def reject_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.session.run(lambda ws: inbox.reject_held(ws, row.package_hash, reason="rejected"),
                             changes="packages")
