"""The appraisal view ("Thẩm định"): a unit's self-assessment and its appraisal side by side,
criterion by criterion, in round 1 or round 2.

Left, the units and their areas (or the areas and their units, to appraise one area across
every unit). Main, one row per criterion: what the unit claimed (input and score), its
evidence and explanation, its answer to an explanation request (round 2), then the appraised
input — an editor of the criterion's own input kind, as the criterion page builds it from the
rule —, the appraised score the rule gives, the remark, the reason code and, in round 1,
whether the unit must explain. Below, the selected criterion in full, with its documents to
open. A row is saved (`appraisal.record_appraisal`, on the database thread) as soon as a cell
is edited; a refusal keeps the edit on the row and shows the service's sentence.

Sở Nội vụ sees every unit and area: its own areas are editable, the others read-only unless
"Cho sửa mọi lĩnh vực" is ticked (it may record any area). An appraiser sees only its work
and edits its areas. Approved units are locked. Rows the unit changed after the appraisal
are marked, with the self score the appraiser saw."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import sentence
from desktop.models import appraisal, coordination_views
from desktop.models.dates import vn_date
from desktop.models.decimals import format_decimal, parse_decimal
from desktop.models.errors import CchcError
from desktop.models.rules import compute_score, fold, option_table, parse_rule
from desktop.ui.board_view import AMBER, BLUE, GREY, RED, badge, points, stage_name
from desktop.ui.lazy import LazyRefresh
from desktop.ui.session import Session

ROW_ROLE = Qt.ItemDataRole.UserRole
UNIT, CODE, TITLE, MAX, SELF, EVIDENCE, EXPLANATION, ANSWER, INPUT, SCORE, REMARK, REASON, \
    REQUEST = range(13)
APPRAISED_COLUMNS = (INPUT, SCORE, REMARK, REASON, REQUEST)
EDITABLE_COLUMNS = (INPUT, REMARK, REASON)
APPRAISED_TINT = QColor("#eef6ea")     # the appraised side of the table
CHANGED_TINT = QColor("#fff3cd")       # changed after appraisal: the inbox's calm amber
LOWER_TEXT = QColor("#a4262c")
REFRESH_KINDS = ("all", "packages", "campaign", "results", "survey")
SHOW_KINDS = ("all", "todo", "lower", "changed", "requested")


def _key(row: dict[str, Any]) -> tuple[str, str]:
    return row["unit_id"], row["criterion_code"]


class AppraisalModel(QAbstractTableModel):
    """The rows of `coordination_views.appraisal_snapshot` with the edits not saved yet
    (`drafts`: input, remark, reason, request) and the last refusal of each row."""

    draft_changed = Signal(object)  # the row's key

    def __init__(self, lang: str = "vi", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[dict[str, Any]] = []
        self.steps: dict[str, Decimal] = {}
        self.round = 1
        self.drafts: dict[tuple[str, str], dict[str, Any]] = {}
        self.errors: dict[tuple[str, str], str] = {}
        self.editable = lambda row: False  # noqa: E731 - the view sets the policy
        self._index: dict[tuple[str, str], int] = {}
        self._folded: list[str] = []
        self.headers = [self.tr("Đơn vị"), self.tr("Mã"), self.tr("Tiêu chí"),
                        self.tr("Tối\nđa"), self.tr("Tự đánh giá\n(kết quả → điểm)"),
                        self.tr("TLKC"), self.tr("Giải trình\ncủa đơn vị"),
                        self.tr("Trả lời\ngiải trình"), self.tr("Kết quả\nthẩm định"),
                        self.tr("Điểm\nthẩm định"), self.tr("Nhận xét"), self.tr("Lý do"),
                        self.tr("Đề nghị\ngiải trình")]
        self.icons = {"changed": badge(AMBER, "!"), "error": badge(RED, "✖"),
                      "pending": badge(BLUE, "…"), "locked": badge(GREY, "⊘")}

    # -- content ------------------------------------------------------------------------------
    def set_rows(self, rows: list[dict[str, Any]], steps: dict[str, Decimal], round: int) -> None:
        self.beginResetModel()
        self.rows, self.steps, self.round = list(rows), steps, round
        self._index = {_key(r): i for i, r in enumerate(self.rows)}
        self._folded = [fold(f"{r['criterion_code']} {r['criterion_title']} {r['unit_code']} "
                             f"{r['unit_name']} {r['remark']}") for r in self.rows]
        self.drafts = {k: v for k, v in self.drafts.items() if k in self._index}
        self.errors = {k: v for k, v in self.errors.items() if k in self._index}
        self.endResetModel()

    def replace_row(self, row: dict[str, Any]) -> None:
        number = self._index.get(_key(row))
        if number is None:
            return
        self.rows[number] = row
        self._changed(number)

    def row_number(self, key: tuple[str, str]) -> int:
        return self._index.get(key, -1)

    def folded(self, number: int) -> str:
        return self._folded[number]

    def _changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.headers) - 1))

    def values(self, row: dict[str, Any]) -> dict[str, Any]:
        """What the row will be saved with: the stored appraisal with the edits over it (in
        round 2 the input starts from round 1's)."""
        stored = {"input": row["appraised_input"], "remark": row["remark"],
                  "reason": row["reason_code"],
                  "request": bool(row["explanation_requested"]) if self.round == 1 else False}
        if self.round == 2 and not stored["input"]:
            stored["input"] = row["previous_appraised_input"]
        return {**stored, **self.drafts.get(_key(row), {})}

    def set_draft(self, row: dict[str, Any], **values: Any) -> None:
        key = _key(row)
        draft = self.drafts.setdefault(key, {})
        draft.update(values)
        self.errors.pop(key, None)
        self._changed(self._index[key])
        self.draft_changed.emit(key)

    def clear_draft(self, key: tuple[str, str], sent: dict[str, Any] | None = None) -> bool:
        """Forget the edits that were saved; True when nothing newer is left to save."""
        draft = self.drafts.get(key)
        if draft is None:
            return True
        if sent is not None and any(draft.get(k) != v for k, v in sent.items() if k in draft):
            return False
        self.drafts.pop(key, None)
        return True

    def set_error(self, key: tuple[str, str], text: str) -> None:
        self.errors[key] = text
        if key in self._index:
            self._changed(self._index[key])

    def preview(self, row: dict[str, Any], value: str) -> Decimal:
        """The points the criterion's rule gives for `value` (raises CchcError if invalid)."""
        return compute_score(parse_rule(row["rule"]), Decimal(row["max"]), value,
                             step=self.steps.get(row["unit_id"], Decimal("0.25")))

    # -- formatting ---------------------------------------------------------------------------
    def number(self, value: Any) -> str:
        return points(value, self.lang)

    def input_text(self, kind: str, value: str) -> str:
        if not value:
            return ""
        if kind in ("rate", "points"):
            try:
                text = self.number(parse_decimal(value))
            except CchcError:
                return value
            return f"{text} %" if kind == "rate" else text
        if kind == "count":
            return self.tr("%1 lần").replace("%1", value)
        return value

    def self_text(self, row: dict[str, Any]) -> str:
        if row["self_score"] is None and not row["self_input"]:
            return self.tr("(chưa chấm)")
        return f"{self.input_text(row['input_kind'], row['self_input'])} → " \
               f"{self.number(row['self_score'])}"

    def evidence_lines(self, row: dict[str, Any]) -> list[str]:
        lines = []
        for item in row["evidence"]:
            parts = [item["doc_number"] or self.tr("(chưa ghi số)")]
            if item["doc_date"]:
                parts.append(vn_date(item["doc_date"]))
            if item["pages"]:
                parts.append(self.tr("tr. %1").replace("%1", item["pages"]))
            lines.append(" · ".join(parts) + f" — {item['name']}")
        return lines

    def score_of(self, row: dict[str, Any]) -> tuple[Decimal | None, bool]:
        """(the appraised score shown, whether it is a preview of an edit not saved yet)."""
        draft = self.drafts.get(_key(row), {})
        if "input" in draft and draft["input"]:
            try:
                return self.preview(row, draft["input"]), True
            except CchcError:
                return None, True
        score = row["appraised_score"]
        return (Decimal(score) if score is not None else None), False

    # -- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {EVIDENCE: self.tr("Số tài liệu kiểm chứng đơn vị trích dẫn; di chuột để xem "
                                      "số, ngày, trang; mở tài liệu ở khung dưới."),
                    ANSWER: self.tr("Nội dung đơn vị giải trình theo đề nghị ở vòng 1"),
                    INPUT: self.tr("Kết quả thẩm định theo cách chấm của tiêu chí: chọn phương "
                                   "án, nhập tỷ lệ %, số lần hoặc số điểm (F2 hoặc gõ để sửa)"),
                    SCORE: self.tr("Điểm tính theo cách chấm của tiêu chí; không sửa trực tiếp"),
                    REQUEST: self.tr("Đề nghị đơn vị giải trình (chỉ ở vòng 1; cần ghi nhận xét)")}
            return tips.get(section)
        if role == Qt.ItemDataRole.BackgroundRole and section in APPRAISED_COLUMNS:
            return QBrush(APPRAISED_TINT)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row, column = self.rows[index.row()], index.column()
        if self.editable(row):
            if column in EDITABLE_COLUMNS:
                return base | Qt.ItemFlag.ItemIsEditable
            if column == REQUEST and self.round == 1:
                return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        key = _key(row)
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(row, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.CheckStateRole and column == REQUEST and self.round == 1:
            checked = self.values(row)["request"]
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row["changed_after_appraisal"]:
                return QBrush(CHANGED_TINT)
            if column in APPRAISED_COLUMNS:
                return QBrush(APPRAISED_TINT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in APPRAISED_COLUMNS and not self.editable(row):
                return QBrush(GREY)
            if column == SCORE:
                score, _ = self.score_of(row)
                own = row["self_score"]
                if score is not None and own is not None and score < Decimal(own):
                    return QBrush(LOWER_TEXT)
            if column == INPUT and not self.values(row)["input"]:
                return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and column in (INPUT, SCORE, REMARK, REASON) \
                and key in self.drafts:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (MAX, SCORE, EVIDENCE):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: dict[str, Any], column: int, editing: bool = False) -> Any:
        values = self.values(row)
        if column == UNIT:
            return row["unit_code"]
        if column == CODE:
            return row["criterion_code"]
        if column == TITLE:
            return row["criterion_title"]
        if column == MAX:
            return self.number(row["max"])
        if column == SELF:
            return self.self_text(row)
        if column == EVIDENCE:
            return str(len(row["evidence"])) if row["evidence"] else "0"
        if column == EXPLANATION:
            return " ".join(row["self_explanation"].split())
        if column == ANSWER:
            return " ".join((row["explanation_response"] or "").split())
        if column == INPUT:
            if editing:
                return values["input"]
            if not values["input"]:
                return self.tr("(chưa thẩm định)") if self.editable(row) else ""
            text = self.input_text(row["input_kind"], values["input"])
            if self.round == 2 and not row["appraised_input"] and _key(row) not in self.drafts:
                return self.tr("%1 (như vòng 1)").replace("%1", text)
            return text
        if column == SCORE:
            score, _ = self.score_of(row)
            return self.number(score) if score is not None else ""
        if column == REMARK:
            return values["remark"]
        if column == REASON:
            if editing:
                return values["reason"]
            return appraisal.reason_label(values["reason"], self.lang) if values["reason"] else ""
        return ""

    def _tooltip(self, row: dict[str, Any], column: int) -> str | None:
        key = _key(row)
        if key in self.errors and column in (CODE, INPUT):
            return self.errors[key]
        if column == CODE and row["changed_after_appraisal"]:
            return self.changed_text(row)
        if column == CODE and row.get("locked"):
            return self.tr("Điểm của đơn vị đã được phê duyệt và khóa.")
        if column == EVIDENCE:
            return "\n".join(self.evidence_lines(row)) or self.tr("Không có tài liệu kiểm chứng")
        if column == INPUT and key in self.drafts:
            return self.tr("Chưa lưu: chọn kết quả thẩm định để lưu.") \
                if not self.values(row)["input"] else self.tr("Đang lưu…")
        if column in (APPRAISED_COLUMNS) and not self.editable(row):
            if row.get("locked"):
                return self.tr("Điểm của đơn vị đã được phê duyệt và khóa.")
            return self.tr("Lĩnh vực này do %1 thẩm định; chỉ xem.").replace(
                "%1", row.get("appraiser_name") or row.get("area_code", ""))
        if column == INPUT and self.round == 2 and row["previous_appraised_input"]:
            return self.tr("Vòng 1: %1 → %2 điểm").replace(
                "%1", self.input_text(row["input_kind"], row["previous_appraised_input"])).replace(
                "%2", self.number(row["previous_appraised_score"]))
        text = self._display(row, column)
        return str(text) if text else None

    def changed_text(self, row: dict[str, Any]) -> str:
        return self.tr("Đơn vị đã sửa điểm tự đánh giá sau khi thẩm định: lúc thẩm định là "
                       "%1 điểm, nay là %2 điểm. Hãy xem lại và ghi lại kết quả thẩm định.") \
            .replace("%1", self.number(row["appraised_self_score"])) \
            .replace("%2", self.number(row["self_score"]))

    def _icon(self, row: dict[str, Any], column: int) -> Any:
        key = _key(row)
        if column == CODE:
            if key in self.errors:
                return self.icons["error"]
            if row["changed_after_appraisal"]:
                return self.icons["changed"]
            if row.get("locked"):
                return self.icons["locked"]
        if column == INPUT and key in self.drafts:
            return self.icons["error"] if key in self.errors else self.icons["pending"]
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = self.rows[index.row()], index.column()
        if not self.editable(row):
            return False
        current = self.values(row)
        if column == REQUEST and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked != current["request"]:
                self.set_draft(row, request=checked)
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == INPUT:
            text = " ".join(str(value or "").split())
            if row["input_kind"] in ("rate", "points") and text:
                try:
                    text = format_decimal(parse_decimal(text, field="value")) or text
                except CchcError:
                    pass  # the check below says why
            if text != current["input"]:
                self.set_draft(row, input=text)
            return True
        if column == REMARK:
            text = " ".join(str(value or "").split())
            if text != current["remark"]:
                self.set_draft(row, remark=text)
            return True
        if column == REASON:
            code = str(value or "")
            if code != current["reason"]:
                self.set_draft(row, reason=code)
            return True
        return False


class AppraisalFilter(QSortFilterProxyModel):
    """The rows of the chosen unit and/or area, a kind (to do, lower, changed, requested)
    and words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.unit_id: str | None = None
        self.group: str | None = None
        self.area: str | None = None
        self.kind = "all"
        self.words: list[str] = []
        self.everything = False  # nothing chosen on the left yet: show nothing

    def set(self, **values: Any) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AppraisalModel)
        row = model.rows[source_row]
        if self.unit_id is None and self.area is None and not self.everything:
            return False
        if self.unit_id is not None and row["unit_id"] != self.unit_id:
            return False
        if self.area is not None and (row["area_code"] != self.area
                                      or (self.group is not None and row["group"] != self.group)):
            return False
        if not self._kind(model, row):
            return False
        text = model.folded(source_row)
        return all(word in text for word in self.words)

    def _kind(self, model: AppraisalModel, row: dict[str, Any]) -> bool:
        if self.kind == "todo":
            return (row["self_score"] is not None or bool(row["self_input"])) \
                and not row["appraised_input"]
        if self.kind == "lower":
            score, _ = model.score_of(row)
            return score is not None and row["self_score"] is not None \
                and score < Decimal(row["self_score"])
        if self.kind == "changed":
            return bool(row["changed_after_appraisal"])
        if self.kind == "requested":
            return bool(row["explanation_requested"] or row["previous_request_explanation"])
        return True


class AppraisalDelegate(QStyledItemDelegate):
    """The editors: the criterion's options, a rate, a count or points for the appraised
    input; the reason codes; a line for the remark."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def _row(self, index: QModelIndex | QPersistentModelIndex) -> dict[str, Any]:
        return index.data(ROW_ROLE)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        column = index.column()
        row = self._row(index)
        if column == INPUT:
            rule = parse_rule(row["rule"])
            if row["input_kind"] == "option":
                combo = QComboBox(parent)
                for label, score in option_table(rule, Decimal(row["max"])).items():
                    combo.addItem(f"{label} ({points(score, self.lang)})", label)
                return combo
            if row["input_kind"] == "count":
                spin = QSpinBox(parent)
                spin.setRange(0, 999)
                spin.setSuffix(" " + self.tr("lần"))
                return spin
            edit = QLineEdit(parent)
            edit.setPlaceholderText(self.tr("Tỷ lệ %") if row["input_kind"] == "rate"
                                    else self.tr("Số điểm"))
            return edit
        if column == REASON:
            combo = QComboBox(parent)
            combo.addItem(self.tr("(không)"), "")
            for code, _vi, _en in appraisal.REASON_CODES:
                combo.addItem(appraisal.reason_label(code, self.lang), code)
            return combo
        edit = QLineEdit(parent)
        edit.setPlaceholderText(self.tr("Nhận xét của cơ quan thẩm định"))
        return edit

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            if found < 0 and index.column() == INPUT:
                row = self._row(index)
                # the stored label differs only in case or accents: pick the same option
                found = next((i for i in range(editor.count())
                              if fold(editor.itemData(i)) == fold(value)), -1)
                if found < 0 and row["self_input"]:
                    found = editor.findData(row["self_input"])
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QSpinBox):
            try:
                editor.setValue(int(value or 0))
            except ValueError:
                editor.setValue(0)
        elif isinstance(editor, QLineEdit):
            row = self._row(index)
            text = str(value)
            if index.column() == INPUT and row["input_kind"] in ("rate", "points") and text:
                text = points(text, self.lang, "")
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            model.setData(index, str(editor.value()), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class AppraisalView(LazyRefresh, QWidget):
    """The appraisal of the units' self-assessments. `loaded` after a snapshot is shown;
    `saved(key)` after a row was recorded; `refused(key, sentence)` when the service said no."""

    refresh_kinds = REFRESH_KINDS

    loaded = Signal()
    saved = Signal(object)
    refused = Signal(object, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.snapshot: coordination_views.AppraisalSnapshot | None = None
        self.open_url = QDesktopServices.openUrl
        self.last_opened: Path | None = None
        self._stale = True
        self._generation = 0
        self._want: tuple[str | None, str | None, str | None] | None = None
        self._sending: dict[tuple[str, str], dict[str, Any]] = {}
        self.model = AppraisalModel(session.lang, self)
        self.model.editable = self._editable
        self.model.draft_changed.connect(self._save)
        self.proxy = AppraisalFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved, self.model.dataChanged):
            signal.connect(self._update_totals)
        session.changed.connect(self._on_changed)
        session.opened.connect(lambda _info: self._mark_stale())
        session.closed.connect(self._clear)

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Theo đơn vị"), "unit")
        self.mode_combo.addItem(self.tr("Theo lĩnh vực"), "area")
        self.mode_combo.setToolTip(self.tr("Theo lĩnh vực: thẩm định một lĩnh vực của mọi đơn vị"))
        self.mode_combo.currentIndexChanged.connect(lambda _: self._fill_tree())
        self.unit_search = QLineEdit()
        self.unit_search.setClearButtonEnabled(True)
        self.unit_search.setPlaceholderText(self.tr("Lọc đơn vị…"))
        self.unit_search.textChanged.connect(self._filter_tree)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(200)
        self.tree.currentItemChanged.connect(self._tree_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.mode_combo)
        left_layout.addWidget(self.unit_search)
        left_layout.addWidget(self.tree, 1)

        self.round_combo = QComboBox()
        self.round_combo.addItem(self.tr("Vòng 1"), 1)
        self.round_combo.addItem(self.tr("Vòng 2"), 2)
        self.round_combo.setToolTip(self.tr("Vòng 1: thẩm định và đề nghị giải trình; vòng 2: "
                                            "điểm cuối cùng sau giải trình"))
        self.round_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.show_combo = QComboBox()
        for key, text in zip(SHOW_KINDS, (self.tr("Tất cả tiêu chí"), self.tr("Chưa thẩm định"),
                                          self.tr("Điểm thẩm định thấp hơn"),
                                          self.tr("Sửa sau thẩm định"),
                                          self.tr("Có đề nghị giải trình")), strict=True):
            self.show_combo.addItem(text, key)
        self.show_combo.currentIndexChanged.connect(
            lambda _: self.proxy.set(kind=self.show_combo.currentData()))
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Mã, tên tiêu chí, nhận xét…"))
        self.search_edit.textChanged.connect(lambda t: self.proxy.set(words=fold(t).split()))
        self.all_areas_box = QCheckBox(self.tr("Cho sửa mọi lĩnh vực"))
        self.all_areas_box.setToolTip(self.tr(
            "Sở Nội vụ có thể ghi kết quả thẩm định cho mọi lĩnh vực; mặc định chỉ sửa các "
            "lĩnh vực Sở Nội vụ thẩm định, các lĩnh vực khác chỉ xem."))
        self.all_areas_box.toggled.connect(self._policy_changed)
        top = QHBoxLayout()
        for text, widget, stretch in ((self.tr("&Vòng:"), self.round_combo, 0),
                                      (self.tr("&Hiện:"), self.show_combo, 0),
                                      (self.tr("Tìm &kiếm:"), self.search_edit, 1)):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, stretch)
            top.addSpacing(6)
        top.addWidget(self.all_areas_box)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(AppraisalDelegate(self.session.lang, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() * 2 + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.table.setToolTip(self.tr("F2 hoặc gõ để sửa ô đang chọn; Space: đánh dấu đề nghị "
                                      "giải trình"))

        self.totals_label = QLabel()
        self.totals_label.setObjectName("appraisalTotals")
        self.totals_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(self.tr("Kết quả được lưu ngay khi sửa xong một ô."))
        palette = self.hint.palette()
        palette.setColor(self.hint.foregroundRole(), GREY)
        self.hint.setPalette(palette)

        # the selected criterion in full: the unit's side, then the appraisal's
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        bold = self.detail_title.font()
        bold.setBold(True)
        self.detail_title.setFont(bold)
        self.detail_self = QLabel()
        self.detail_explanation = QLabel()
        self.detail_answer = QLabel()
        self.detail_previous = QLabel()
        self.detail_remark = QLabel()
        self.detail_note = QLabel()
        for label in (self.detail_self, self.detail_explanation, self.detail_answer,
                      self.detail_previous, self.detail_remark, self.detail_note):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence_list = QListWidget()
        self.evidence_list.setMaximumHeight(90)
        self.evidence_list.setWordWrap(True)
        self.evidence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence_list.itemActivated.connect(lambda _item: self.open_evidence())
        self.open_button = QPushButton(self.tr("Mở"))
        self.open_button.setToolTip(self.tr("Mở tài liệu kiểm chứng đang chọn bằng chương trình "
                                            "xem của máy (bản sao chỉ đọc)"))
        self.open_button.clicked.connect(self.open_evidence)
        self.evidence_list.currentRowChanged.connect(
            lambda r: self.open_button.setEnabled(r >= 0))
        self.open_button.setEnabled(False)
        own_box = QGroupBox(self.tr("Đơn vị tự đánh giá"))
        own_form = QFormLayout(own_box)
        own_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        own_form.addRow(self.tr("Kết quả:"), self.detail_self)
        own_form.addRow(self.tr("Giải trình:"), self.detail_explanation)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_list, 1)
        evidence_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        own_form.addRow(self.tr("Tài liệu:"), evidence_row)
        judged_box = QGroupBox(self.tr("Thẩm định"))
        judged_form = QFormLayout(judged_box)
        judged_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        judged_form.addRow(self.tr("Nhận xét:"), self.detail_remark)
        judged_form.addRow(self.tr("Vòng 1:"), self.detail_previous)
        self.judged_form = judged_form
        judged_form.addRow(self.tr("Trả lời giải trình:"), self.detail_answer)
        judged_form.addRow(self.detail_note)
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        sides = QHBoxLayout()
        sides.addWidget(own_box, 1)
        sides.addWidget(judged_box, 1)
        detail_layout.addLayout(sides)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(top)
        main_layout.addWidget(self.heading)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        main_layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals_label, 1)
        bottom.addWidget(self.hint)
        main_layout.addLayout(bottom)
        main_layout.addWidget(self.message)

        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(left)
        outer.addWidget(main)
        outer.setStretchFactor(0, 0)
        outer.setStretchFactor(1, 1)
        outer.setSizes([235, 1000])
        outer.setChildrenCollapsible(False)
        self.splitter = outer
        layout = QVBoxLayout(self)
        layout.addWidget(outer)
        self._update_columns()
        self._show_detail()

    # -- who may edit -------------------------------------------------------------------------
    def _editable(self, row: dict[str, Any]) -> bool:
        snapshot = self.snapshot
        if snapshot is None or row.get("locked"):
            return False
        if not snapshot.coordinator or self.all_areas_box.isChecked():
            return True
        return row["area_code"] in snapshot.own_areas.get(row["group"], [])

    def _policy_changed(self) -> None:
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1,
                                                         self.model.columnCount() - 1))
        self._show_detail()

    # -- loading ------------------------------------------------------------------------------
    @property
    def round(self) -> int:
        return int(self.round_combo.currentData())

    def refresh(self) -> None:
        campaign_id = self.session.campaign_id
        if not self.session.is_open or campaign_id is None:
            self._clear()
            return
        self._stale = False
        self._generation += 1
        generation, round = self._generation, self.round
        if self._want is None:
            self._want = self._current_choice()
        self.session.run(lambda ws: coordination_views.appraisal_snapshot(ws, campaign_id, round),
                         lambda snapshot: self._show(generation, snapshot))

    def _show(self, generation: int, snapshot: coordination_views.AppraisalSnapshot) -> None:
        if generation != self._generation:
            return
        self.snapshot = snapshot
        names = {(a["group"], a["area_code"]): a["appraiser_name"] for a in snapshot.areas}
        for row in snapshot.rows:
            row["appraiser_name"] = names.get((row["group"], row["area_code"]), "")
        self.all_areas_box.setVisible(snapshot.coordinator)
        self.model.set_rows(snapshot.rows, {u["unit_id"]: u["step"] for u in snapshot.units},
                            snapshot.round)
        self._update_columns()
        self._fill_tree()
        self._size_columns()
        self._update_totals()
        self.loaded.emit()

    def _clear(self) -> None:
        self._generation += 1
        self.snapshot = None
        self.model.set_rows([], {}, self.round)
        self.tree.clear()
        self._update_totals()
        self._show_detail()

    def _update_columns(self) -> None:
        round_two = self.round == 2
        self.table.setColumnHidden(REQUEST, round_two)
        self.table.setColumnHidden(ANSWER, not round_two)
        several = self.proxy.unit_id is None
        self.table.setColumnHidden(UNIT, not several)

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        char = metrics.averageCharWidth()
        widths = {UNIT: 8, CODE: 10, MAX: 5, SELF: 18, EVIDENCE: 5, EXPLANATION: 16, ANSWER: 22,
                  INPUT: 15, SCORE: 7, REMARK: 22, REASON: 20, REQUEST: 9}
        header = self.table.horizontalHeader()
        for column, chars in widths.items():
            floor = max(metrics.horizontalAdvance(line)
                        for line in self.model.headers[column].splitlines()) + 24
            header.resizeSection(column, max(char * chars, floor))

    # -- the tree on the left -----------------------------------------------------------------
    def _current_choice(self) -> tuple[str | None, str | None, str | None]:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.data(0, ROW_ROLE)

    def _fill_tree(self) -> None:
        snapshot = self.snapshot
        want = self._want or self._current_choice()
        self._want = None
        self.tree.blockSignals(True)
        self.tree.clear()
        if snapshot is not None:
            areas = {(a["group"], a["area_code"]): a for a in snapshot.areas}
            unit_areas: dict[str, list[tuple[str, str]]] = {}
            for row in snapshot.rows:
                pairs = unit_areas.setdefault(row["unit_id"], [])
                if (row["group"], row["area_code"]) not in pairs:
                    pairs.append((row["group"], row["area_code"]))
            if self.mode_combo.currentData() == "unit":
                for unit in snapshot.units:
                    item = QTreeWidgetItem([f"{unit['code']} · {unit['name']}"])
                    item.setData(0, ROW_ROLE, (unit["unit_id"], None, None))
                    item.setToolTip(0, self._unit_tip(unit))
                    if unit["stage"] in ("not_received", "approved"):
                        item.setForeground(0, QBrush(GREY))
                    for group, area in unit_areas.get(unit["unit_id"], []):
                        child = QTreeWidgetItem([self._area_text(areas.get((group, area)), area)])
                        child.setData(0, ROW_ROLE, (unit["unit_id"], group, area))
                        child.setToolTip(0, self._area_tip(areas.get((group, area))))
                        item.addChild(child)
                    self.tree.addTopLevelItem(item)
            else:
                by_area: dict[tuple[str, str], list[dict[str, Any]]] = {
                    (a["group"], a["area_code"]): [] for a in snapshot.areas}
                for unit in snapshot.units:
                    for pair in unit_areas.get(unit["unit_id"], []):
                        by_area.setdefault(pair, []).append(unit)
                groups = len({g for g, _ in by_area}) > 1
                for (group, area), members in by_area.items():
                    if not members:
                        continue
                    text = self._area_text(areas.get((group, area)), area)
                    if groups:
                        text += f" — {snapshot.groups.get(group, group)}"
                    item = QTreeWidgetItem([text])
                    item.setData(0, ROW_ROLE, (None, group, area))
                    item.setToolTip(0, self._area_tip(areas.get((group, area))))
                    for unit in members:
                        child = QTreeWidgetItem([f"{unit['code']} · {unit['name']}"])
                        child.setData(0, ROW_ROLE, (unit["unit_id"], group, area))
                        child.setToolTip(0, self._unit_tip(unit))
                        item.addChild(child)
                    self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self._filter_tree(self.unit_search.text())
        if not self._select_choice(want):
            first = self.tree.topLevelItem(0)
            if first is not None:
                self.tree.setCurrentItem(first)
            else:
                self._apply_choice(None)

    def _select_choice(self, want: Any) -> bool:
        if not want:
            return False
        unit_id, group, area = want
        for top in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(top)
            candidates = [item] + [item.child(i) for i in range(item.childCount())]
            for candidate in candidates:
                if candidate.data(0, ROW_ROLE) == (unit_id, group, area):
                    self.tree.setCurrentItem(candidate)
                    self._apply_choice(candidate.data(0, ROW_ROLE))
                    return True
        return False

    def _area_text(self, area: dict[str, Any] | None, code: str) -> str:
        return f"{code}. {area['area_title']}" if area else code

    def _area_tip(self, area: dict[str, Any] | None) -> str:
        if not area:
            return ""
        tip = self.tr("Cơ quan thẩm định: %1").replace("%1", area["appraiser_name"])
        if self.snapshot is not None and self.snapshot.coordinator and area["own"]:
            tip += "\n" + self.tr("Lĩnh vực Sở Nội vụ thẩm định trực tiếp")
        return tip

    def _unit_tip(self, unit: dict[str, Any]) -> str:
        tip = f"{unit['code']} — {unit['name']} ({unit['group']})"
        if unit["stage"]:
            tip += "\n" + stage_name(unit["stage"])
        return tip

    def _filter_tree(self, text: str) -> None:
        words = fold(text).split()
        unit_mode = self.mode_combo.currentData() == "unit"
        for top in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(top)
            if unit_mode:
                item.setHidden(not all(w in fold(item.text(0)) for w in words))
            else:
                for index in range(item.childCount()):
                    child = item.child(index)
                    child.setHidden(not all(w in fold(child.text(0)) for w in words))

    def _tree_changed(self, current: QTreeWidgetItem | None, _previous: Any = None) -> None:
        self._apply_choice(current.data(0, ROW_ROLE) if current is not None else None)

    def _apply_choice(self, choice: Any) -> None:
        unit_id, group, area = choice if choice else (None, None, None)
        self.proxy.set(unit_id=unit_id, group=group, area=area)
        self._update_columns()
        self._show_heading(choice)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, INPUT))
        self._show_detail()
        self._update_totals()

    def _show_heading(self, choice: Any) -> None:
        snapshot = self.snapshot
        if snapshot is None or not choice:
            self.heading.setText(self.tr("Chưa có tiêu chí nào để thẩm định.")
                                 if snapshot is not None else "")
            return
        unit_id, group, area = choice
        parts = []
        if unit_id is not None:
            unit = next((u for u in snapshot.units if u["unit_id"] == unit_id), None)
            if unit is not None:
                parts.append(f"{unit['code']} — {unit['name']}")
                if unit["stage"]:
                    parts.append(stage_name(unit["stage"]))
        else:
            parts.append(self.tr("Mọi đơn vị"))
        if area is not None:
            found = next((a for a in snapshot.areas
                          if a["group"] == group and a["area_code"] == area), None)
            parts.append(self._area_text(found, area))
            if found is not None:
                parts.append(self.tr("thẩm định: %1").replace("%1", found["appraiser_name"]))
        parts.append(self.tr("vòng %1").replace("%1", str(snapshot.round)))
        self.heading.setText(" · ".join(parts))

    # -- public helpers -----------------------------------------------------------------------
    def show_unit(self, unit_id: str, area: str | None = None) -> bool:
        """Show a unit's criteria (all of them, or one area): the board's double click."""
        if self.mode_combo.currentData() != "unit":
            self.mode_combo.setCurrentIndex(0)
        if self.snapshot is None or self._stale:
            self._want = (unit_id, None, None)
            if self.isVisible():
                self.refresh()
            return False
        group = next((u["group"] for u in self.snapshot.units if u["unit_id"] == unit_id), None)
        return self._select_choice((unit_id, group if area else None, area))

    def choose(self, unit_id: str | None, group: str | None, area: str | None) -> bool:
        return self._select_choice((unit_id, group, area))

    def row_index(self, unit_id: str, code: str, column: int = INPUT) -> QModelIndex:
        number = self.model.row_number((unit_id, code))
        if number < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(number, column))

    def visible_codes(self) -> list[str]:
        return [self.proxy.data(self.proxy.index(r, CODE)) for r in range(self.proxy.rowCount())]

    def current_row(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, ROW_ROLE) if index.isValid() else None

    # -- saving -------------------------------------------------------------------------------
    def _save(self, key: tuple[str, str]) -> None:
        number = self.model.row_number(key)
        campaign_id = self.session.campaign_id
        if number < 0 or campaign_id is None or key in self._sending:
            return
        row = self.model.rows[number]
        values = self.model.values(row)
        if not values["input"]:
            self.message.setText(self.tr("Tiêu chí %1: chọn kết quả thẩm định để lưu.")
                                 .replace("%1", row["criterion_code"]))
            return
        try:
            self.model.preview(row, values["input"])
        except CchcError as error:
            self._refused(key, error)
            return
        sent = dict(self.model.drafts.get(key, {}))
        self._sending[key] = sent
        round = self.model.round
        unit_id, code = key

        def job(ws):  # noqa: ANN001, ANN202
            appraisal.record_appraisal(
                ws, campaign_id, unit_id, code, values["input"], round=round,
                remark=values["remark"], reason_code=values["reason"],
                request_explanation=values["request"] if round == 1 else False)
            return coordination_views.appraisal_row(ws, campaign_id, unit_id, code, round)

        def done(new: dict[str, Any]) -> None:
            self._sending.pop(key, None)
            new["appraiser_name"] = row.get("appraiser_name", "")
            finished = self.model.clear_draft(key, sent)
            self.model.replace_row(new)
            self.message.setText(self.tr("Đã lưu kết quả thẩm định tiêu chí %1 của %2.")
                                 .replace("%1", code).replace("%2", new["unit_code"]))
            self._show_detail()
            self.saved.emit(key)
            if not finished:
                self._save(key)

        def failed(exc: BaseException) -> None:
            self._sending.pop(key, None)
            if isinstance(exc, CchcError):
                self._refused(key, exc)
            else:
                self.session.show_error(exc)

        self.session.run(job, done, failed, changes="appraisal")

    def _refused(self, key: tuple[str, str], error: CchcError) -> None:
        text = sentence(error, self.session.lang)
        self.model.set_error(key, text)
        self.message.setText(text)
        self.session.last_error = error
        self.session.failed.emit(error)
        self._show_detail()
        self.refused.emit(key, text)

    # -- the detail under the table -----------------------------------------------------------
    def _show_detail(self) -> None:
        row = self.current_row()
        self.evidence_list.clear()
        if row is None:
            self.detail_title.setText(self.tr("Chọn một tiêu chí để xem đầy đủ."))
            for label in (self.detail_self, self.detail_explanation, self.detail_answer,
                          self.detail_previous, self.detail_remark, self.detail_note):
                label.setText("")
            self.open_button.setEnabled(False)
            return
        model = self.model
        maximum = self.tr("tối đa %1 điểm").replace("%1", model.number(row["max"]))
        self.detail_title.setText(f"{row['unit_code']} · {row['criterion_code']}. "
                                  f"{row['criterion_title']} ({maximum})")
        self.detail_self.setText(model.self_text(row))
        self.detail_explanation.setText(row["self_explanation"] or self.tr("(không có)"))
        lines = model.evidence_lines(row)
        for line, item in zip(lines, row["evidence"], strict=True):
            entry = QListWidgetItem(line)
            entry.setData(ROW_ROLE, item["sha256"])
            entry.setToolTip(line)
            self.evidence_list.addItem(entry)
        if not lines:
            self.evidence_list.addItem(self.tr("(không có tài liệu kiểm chứng)"))
            self.evidence_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.evidence_list.setCurrentRow(0)
        self.open_button.setEnabled(bool(lines))
        values = model.values(row)
        self.detail_remark.setText(values["remark"] or "—")
        if row["previous_appraised_input"] or row["previous_appraised_score"] is not None:
            previous = self.tr("%1 → %2 điểm").replace(
                "%1", model.input_text(row["input_kind"], row["previous_appraised_input"])
            ).replace("%2", model.number(row["previous_appraised_score"]))
            if row["previous_remark"]:
                previous += f" — {row['previous_remark']}"
            if row["previous_request_explanation"]:
                previous += " " + self.tr("(có đề nghị giải trình)")
            self.detail_previous.setText(previous)
        else:
            self.detail_previous.setText("—")
        self.judged_form.setRowVisible(self.detail_previous, model.round == 2)
        self.detail_answer.setText(row["explanation_response"] or "—")
        notes = []
        key = _key(row)
        if key in model.errors:
            notes.append(model.errors[key])
        if row["changed_after_appraisal"]:
            notes.append(model.changed_text(row))
        if row.get("locked"):
            notes.append(self.tr("Điểm của đơn vị đã được phê duyệt và khóa."))
        elif not self._editable(row):
            notes.append(self.tr("Lĩnh vực này do %1 thẩm định; chỉ xem.")
                         .replace("%1", row.get("appraiser_name") or row["area_code"]))
        self.detail_note.setText("\n".join(notes))
        palette = self.detail_note.palette()
        palette.setColor(self.detail_note.foregroundRole(),
                         RED if key in model.errors else AMBER)
        self.detail_note.setPalette(palette)

    def open_evidence(self) -> None:
        item = self.evidence_list.currentItem()
        sha = item.data(ROW_ROLE) if item is not None else None
        if not sha:
            return

        def done(path: Path) -> None:
            self.last_opened = path
            if not self.open_url(QUrl.fromLocalFile(str(path))):
                self.message.setText(self.tr("Không có chương trình nào mở được tệp này trên máy; "
                                             "tệp ở %1.").replace("%1", str(path)))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, CchcError):
                self.message.setText(sentence(exc, self.session.lang))
                self.session.last_error = exc
                self.session.failed.emit(exc)
            else:
                self.session.show_error(exc)

        self.session.run(lambda ws: coordination_views.evidence_copy(ws, sha), done, failed)

    # -- totals -------------------------------------------------------------------------------
    def _update_totals(self, *_: object) -> None:
        own = judged = Decimal(0)
        count = done = 0
        for number in range(self.proxy.rowCount()):
            row = self.proxy.data(self.proxy.index(number, 0), ROW_ROLE)
            count += 1
            if row["self_score"] is not None:
                own += Decimal(row["self_score"])
            score, _ = self.model.score_of(row)
            if score is None and self.model.round == 2 and row["previous_appraised_score"]:
                score = Decimal(row["previous_appraised_score"])
            if score is not None:
                judged += score
                done += 1
        if not count:
            self.totals_label.setText("")
            return
        difference = judged - own
        sign = "+" if difference > 0 else ""
        self.totals_label.setText(
            self.tr("%1 tiêu chí · Tự đánh giá: %2 điểm · Thẩm định: %3 điểm (%4/%1 tiêu chí "
                    "đã có điểm) · Chênh lệch: %5")
            .replace("%1", str(count)).replace("%2", points(own, self.session.lang))
            .replace("%3", points(judged, self.session.lang)).replace("%4", str(done))
            .replace("%5", sign + points(difference, self.session.lang)))
