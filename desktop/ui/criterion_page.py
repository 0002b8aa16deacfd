"""The criterion page: what the criterion asks, how it is scored, the input widget generated
from its rule with the resulting points shown live, a suggestion from the unit's own data,
and the explanation — marked required when the rules demand it. Once the criterion has been
appraised, a box under the input shows the appraised score beside it (round, appraiser,
remark, reason) and, when the appraisal asks for an explanation, a way to the "Giải trình" tab.

Every change is saved as it is made: options at once, typed values when typing pauses
(~0.7 s) or the field is left, so nothing is lost and there is no Save button to forget.
The page emits what the user wants saved; the view runs the service on the database thread."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import sentence
from desktop.models.appraisal import reason_label as appraisal_reason
from desktop.models.decimals import format_decimal
from desktop.models.errors import CchcError
from desktop.models.rules import compute_score, option_table, parse_rule
from desktop.models.scoring import Line
from desktop.models.unit_views import AppraisalNote

SAVE_DELAY_MS = 700


def _colour(widget: QWidget, colour: str,
            role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> None:
    palette = widget.palette()
    palette.setColor(role, QColor(colour))
    widget.setPalette(palette)


def wrap_label(text: str = "", *, bold: bool = False, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class CriterionPage(QWidget):
    input_changed = Signal(str, str)        # code, value (option label / rate / count / points)
    input_cleared = Signal(str)             # code
    explanation_changed = Signal(str, str)  # code, text
    child_requested = Signal(str)           # code of a sub-criterion to open
    explanation_opened = Signal(str)        # code: show its explanation request

    def __init__(self, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.line: Line | None = None
        self.step = Decimal("0.25")
        self.locked = False
        self._loading = False
        self._sent_input: str | None = None
        self._sent_explanation: str | None = None
        self._required_shown: bool | None = None

        self.code_label = wrap_label(bold=True)
        font = self.code_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.code_label.setFont(font)
        self.code_label.setObjectName("criterionTitle")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.guide = wrap_label()
        self.evidence_hint = wrap_label()
        about = QFormLayout()
        about.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        about.addRow(self.tr("Cách chấm:"), self.guide)
        about.addRow(self.tr("Tài liệu kiểm chứng gợi ý:"), self.evidence_hint)

        self.input_box = QGroupBox(self.tr("Kết quả tự đánh giá"))
        self.input_layout = QVBoxLayout(self.input_box)
        self.points_label = QLabel()
        self.points_label.setWordWrap(True)
        self.points_label.setObjectName("livePoints")
        points_font = self.points_label.font()
        points_font.setBold(True)
        points_font.setPointSizeF(points_font.pointSizeF() * 1.3)
        self.points_label.setFont(points_font)
        self.error_label = wrap_label(selectable=False)
        _colour(self.error_label, "#b71c1c")
        self.error_label.hide()
        self.option_group = QButtonGroup(self)
        self.option_group.setExclusive(True)
        self.option_group.buttonToggled.connect(self._option_toggled)
        self.value_edit = QLineEdit()
        self.value_edit.textEdited.connect(self._value_edited)
        self.value_edit.editingFinished.connect(self._send_value)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, 999)
        self.count_spin.valueChanged.connect(self._count_changed)
        self.clear_button = QPushButton(self.tr("Xóa kết quả"))
        self.clear_button.clicked.connect(self._clear)
        self._input_widgets: list[QWidget] = []
        self._build_input_area()

        self.suggestion_box = QFrame()
        self.suggestion_box.setObjectName("suggestion")
        # Palettes, not style sheets: a style sheet makes every child paint through the slow
        # style-sheet engine, and this page is repainted on every move.
        self.suggestion_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestion_box.setAutoFillBackground(True)
        _colour(self.suggestion_box, "#e8f1fb", QPalette.ColorRole.Window)
        self.suggestion_text = wrap_label(selectable=False)
        self.suggestion_button = QPushButton(self.tr("Dùng giá trị gợi ý"))
        self.suggestion_button.clicked.connect(self.accept_suggestion)
        suggestion_layout = QHBoxLayout(self.suggestion_box)
        suggestion_layout.addWidget(self.suggestion_text, 1)
        suggestion_layout.addWidget(self.suggestion_button)
        self.suggestion_box.hide()

        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.explanation = QPlainTextEdit()
        self.explanation.setPlaceholderText(self.tr(
            "Giải thích kết quả tự chấm khi chưa có hoặc chưa đủ tài liệu kiểm chứng, "
            "hoặc khi điểm thấp hơn điểm tối đa."))
        self.explanation.setTabChangesFocus(True)
        self.explanation.setMinimumHeight(70)
        self.explanation.textChanged.connect(self._explanation_edited)
        self.explanation_label.setBuddy(self.explanation)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)
        self._build_appraisal_box()

        layout = QVBoxLayout(self)
        layout.addWidget(self.code_label)
        layout.addWidget(self.facts)
        layout.addLayout(about)
        layout.addWidget(self.input_box)
        layout.addWidget(self.appraisal_box)
        layout.addWidget(self.suggestion_box)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.explanation, 1)
        self.saved_label = QLabel()
        _colour(self.saved_label, "#5f6b7a")
        layout.addWidget(self.saved_label)

    def _build_appraisal_box(self) -> None:
        """The appraisal of the criterion (score, round, appraiser, remark, reason) and the
        explanation request: made once, filled or hidden on each move (no style sheet)."""
        self.appraisal_box = QFrame()
        self.appraisal_box.setObjectName("appraisal")
        self.appraisal_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.appraisal_box.setAutoFillBackground(True)
        _colour(self.appraisal_box, "#f1f4f8", QPalette.ColorRole.Window)
        self.appraisal_score = wrap_label(bold=True)
        self.appraisal_score.setObjectName("appraisedScore")
        self.appraisal_remark = wrap_label()
        self.appraisal_reason = wrap_label(selectable=False)
        self.request_label = wrap_label(self.tr("Yêu cầu giải trình"), bold=True, selectable=False)
        _colour(self.request_label, "#b71c1c")
        self.request_button = QPushButton(self.tr("Trả lời giải trình…"))
        self.request_button.setToolTip(self.tr("Mở thẻ “Giải trình” ở tiêu chí này"))
        self.request_button.clicked.connect(
            lambda: self.explanation_opened.emit(self._appraisal.code) if self._appraisal else None)
        request_row = QHBoxLayout()
        request_row.setContentsMargins(0, 0, 0, 0)
        request_row.addWidget(self.request_label, 1)
        request_row.addWidget(self.request_button)
        box_layout = QVBoxLayout(self.appraisal_box)
        box_layout.setContentsMargins(8, 6, 8, 6)
        box_layout.setSpacing(3)
        box_layout.addWidget(self.appraisal_score)
        box_layout.addWidget(self.appraisal_remark)
        box_layout.addWidget(self.appraisal_reason)
        box_layout.addLayout(request_row)
        self._appraisal: AppraisalNote | None = None
        self.appraisal_box.hide()

    def _show_appraisal(self, note: AppraisalNote | None) -> None:
        """Fill the appraisal box, or hide it; unchanged notes cost nothing."""
        if note == self._appraisal:
            return
        self._appraisal = note
        if note is None:
            self.appraisal_box.hide()
            return
        if note.survey:
            text = self.tr("Điểm điều tra xã hội học: %1 / %2 — %3")
        elif note.round:
            text = self.tr("Điểm thẩm định: %1 / %2 (vòng %4) — %3")
        else:
            text = self.tr("Điểm thẩm định: %1 / %2 — %3")
        self.appraisal_score.setText(
            text.replace("%1", self.number(note.appraised_score))
            .replace("%2", self.number(note.maximum)).replace("%3", note.appraiser_name)
            .replace("%4", str(note.round)))
        self.appraisal_remark.setText(self.tr("Nhận xét: %1").replace("%1", note.remark))
        self.appraisal_remark.setVisible(bool(note.remark))
        reason = appraisal_reason(note.reason_code, self.lang) if note.reason_code else ""
        self.appraisal_reason.setText(self.tr("Lý do: %1").replace("%1", reason))
        self.appraisal_reason.setVisible(bool(reason))
        asked = note.explanation_requested
        if asked:
            answered = bool(note.response)
            self.request_label.setText(self.tr("Yêu cầu giải trình — đã trả lời") if answered
                                       else self.tr("Yêu cầu giải trình — chưa trả lời"))
            _colour(self.request_label, "#2e6b3f" if answered else "#b71c1c")
            self.request_button.setText(self.tr("Xem giải trình…") if answered
                                        else self.tr("Trả lời giải trình…"))
        self.request_label.setVisible(asked)
        self.request_button.setVisible(asked)
        self.appraisal_box.show()

    # -- helpers ------------------------------------------------------------------------------
    def number(self, value: Decimal | str | None) -> str:
        if value is None:
            return "—"
        text = format_decimal(Decimal(value))
        return text.replace(".", ",") if self.lang == "vi" else text

    def _build_input_area(self) -> None:
        """Every input widget is made once and kept in the layout; a criterion shows the ones
        it needs. Creating and destroying widgets on each move cost more than a frame."""
        self.sum_label = wrap_label(self.tr("Điểm của mục này là tổng các tiêu chí thành phần:"),
                                    selectable=False)
        self.survey_label = wrap_label(self.tr(
            "Tiêu chí này không tự chấm: điểm do Sở Nội vụ nhập từ kết quả điều tra xã hội học."),
            selectable=False)
        self.child_buttons: list[QPushButton] = []
        self.radio_buttons: list[QRadioButton] = []
        self.children_box, self.radios_box = QWidget(), QWidget()
        for box in (self.children_box, self.radios_box):
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.sum_label, self.children_box, self.survey_label, self.radios_box,
                       self.count_spin, self.value_edit, self.points_label, self.error_label,
                       self.clear_button):
            self.input_layout.addWidget(widget)
            widget.hide()

    def _child_button(self, index: int) -> QPushButton:
        while len(self.child_buttons) <= index:
            button = QPushButton()
            button.setFlat(True)
            button.clicked.connect(lambda _=False, b=button: self.child_requested.emit(b.property("code")))
            self.children_box.layout().addWidget(button)
            self.child_buttons.append(button)
        return self.child_buttons[index]

    def _radio(self, index: int) -> QRadioButton:
        while len(self.radio_buttons) <= index:
            button = QRadioButton()
            self.radios_box.layout().addWidget(button)
            self.radio_buttons.append(button)
            self.option_group.addButton(button)
        return self.radio_buttons[index]

    def _clear_inputs(self) -> None:
        self.option_group.setExclusive(False)
        for button in self.radio_buttons:
            button.setChecked(False)
            button.hide()
        self.option_group.setExclusive(True)
        for button in self.child_buttons:
            button.hide()
        for widget in self._input_widgets:
            widget.hide()
        self._input_widgets = []

    def _add(self, widget: QWidget) -> None:
        widget.show()
        self._input_widgets.append(widget)

    # -- showing a criterion ------------------------------------------------------------------
    def show_line(self, line: Line, *, step: Decimal, locked: bool, children: list[Line] = (),
                  appraisal: AppraisalNote | None = None) -> None:
        """Show a criterion. Called again for the same criterion after a save, it refreshes the
        figures but leaves what the user is typing alone. `appraisal`: the criterion's
        appraisal and explanation request, if any (shown in a box under the input)."""
        same = self.line is not None and self.line.criterion.code == line.criterion.code
        if not same:
            self.flush()
        self.line, self.step, self.locked = line, step, locked
        self._loading = True
        # One repaint for the whole new page instead of one per widget added.
        self.setUpdatesEnabled(False)
        try:
            if not same:
                self._populate(line, children)
            self._refresh_figures(line)
            self._show_appraisal(appraisal)
        finally:
            self._loading = False
            self.setUpdatesEnabled(True)

    def _populate(self, line: Line, children: list[Line]) -> None:
        node = line.criterion
        self.code_label.setText(f"{node.code}. {node.title}")
        facts = [self.tr("Điểm tối đa: %1").replace("%1", self.number(node.maximum))]
        if node.appraiser:
            facts.append(self.tr("Cơ quan thẩm định: %1").replace("%1", node.appraiser))
        if node.legal_basis:
            facts.append(self.tr("Căn cứ: %1").replace("%1", node.legal_basis))
        self.facts.setText(" · ".join(facts))
        self.guide.setText(node.guide or node.rule)
        self.evidence_hint.setText(node.evidence_hint or "—")
        self._clear_inputs()
        self.error_label.hide()
        rule = parse_rule(node.rule)
        editable = bool(node.self_scored) and not self.locked
        if rule.kind == "sum":
            self._add(self.sum_label)
            self._add(self.children_box)
            for index, child in enumerate(children):
                button = self._child_button(index)
                button.setText(f"{child.criterion.code}  {child.criterion.title}  —  "
                               f"{self.number(child.score)} / {self.number(child.criterion.maximum)}")
                button.setProperty("code", child.criterion.code)
                button.show()
        elif not node.self_scored:
            self._add(self.survey_label)
        elif rule.input_kind == "option":
            self._add(self.radios_box)
            for index, (label, points) in enumerate(option_table(rule, node.maximum).items()):
                button = self._radio(index)
                button.setText(f"{label}  ({self.number(points)} " + self.tr("điểm") + ")")
                button.setProperty("option", label)
                button.setEnabled(editable)
                button.show()
                self._input_widgets.append(button)
                if line.input_value == label:
                    button.setChecked(True)
        elif rule.input_kind == "count":
            self.count_spin.setValue(int(line.input_value or 0))
            self.count_spin.setEnabled(editable)
            self.count_spin.setPrefix(self.tr("Số lần: "))
            self._add(self.count_spin)
        else:
            placeholder = (self.tr("Tỷ lệ %, ví dụ 92,5") if rule.input_kind == "rate"
                           else self.tr("Số điểm, ví dụ 1,5"))
            self.value_edit.setPlaceholderText(placeholder)
            self.value_edit.setText((line.input_value or "").replace(".", ",")
                                    if self.lang == "vi" else line.input_value or "")
            self.value_edit.setEnabled(editable)
            self._add(self.value_edit)
        if rule.kind != "sum" and node.self_scored:
            self._add(self.points_label)
            self._add(self.error_label)
            self.error_label.hide()
            self.clear_button.setEnabled(editable)
            self._add(self.clear_button)
        self.explanation.setPlainText(line.explanation)
        self.explanation.setReadOnly(self.locked)
        self._set_tab_order()
        self._sent_input, self._sent_explanation = line.input_value, line.explanation
        suggestion = line.suggestion
        if suggestion is not None and editable:
            basis = suggestion.basis
            if suggestion.source == "plan_completion_rate":
                why = self.tr("%1/%2 nhiệm vụ kế hoạch tỉnh hoàn thành đúng hạn").replace(
                    "%1", str(basis["on_time"])).replace("%2", str(basis["total"]))
                value = self.number(suggestion.value) + " %"
            else:
                why = self.tr("%1 trong %2 nhiệm vụ kế hoạch tỉnh quá hạn").replace(
                    "%1", str(basis["late"])).replace("%2", str(basis["total"]))
                value = suggestion.value
            self.suggestion_text.setText(self.tr("Gợi ý từ dữ liệu nhiệm vụ: %1 (%2)")
                                         .replace("%1", value).replace("%2", why))
            self.suggestion_box.show()
        else:
            self.suggestion_box.hide()

    def _set_tab_order(self) -> None:
        """Input → explanation → suggestion → clear: one Tab from the answer to the words."""
        inputs = [w for w in self._input_widgets
                  if isinstance(w, (QRadioButton, QLineEdit, QSpinBox))]
        chain = ([inputs[-1]] if inputs else []) + [self.explanation, self.suggestion_button,
                                                    self.clear_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _refresh_figures(self, line: Line) -> None:
        self.points_label.setText(self.tr("Điểm: %1 / %2").replace("%1", self.number(line.score))
                                  .replace("%2", self.number(line.criterion.maximum)))
        self._update_required(line.score)
        self.saved_label.setText(self.tr("Đã lưu tự động.") if line.score is not None
                                 or line.explanation else "")

    def _update_required(self, score: Decimal | None) -> None:
        line = self.line
        if line is None:
            return
        required = (score is not None and line.criterion.self_scored
                    and (line.evidence == 0 or score < line.criterion.maximum))
        # Palette and font, not a style sheet: re-polishing on every keystroke costs a frame.
        required = required and not self.explanation.toPlainText().strip()
        if required == self._required_shown:
            return
        self._required_shown = required
        palette = self.explanation_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         QColor("#b71c1c") if required else self.palette().color(QPalette.ColorRole.WindowText))
        self.explanation_label.setPalette(palette)
        font = self.explanation_label.font()
        font.setBold(required)
        self.explanation_label.setFont(font)
        self.explanation_label.setText(
            self.tr("Giải trình (bắt buộc — chưa có hoặc chưa đủ tài liệu kiểm chứng, hoặc điểm "
                    "dưới mức tối đa):") if required else self.tr("Giải trình:"))

    # -- live points and saving ---------------------------------------------------------------
    def preview(self, value: str) -> Decimal | None:
        """The points the rule would give for `value`, or None (and a sentence) if invalid."""
        line = self.line
        assert line is not None
        try:
            score = compute_score(parse_rule(line.criterion.rule), line.criterion.maximum,
                                  value, step=self.step)
        except CchcError as error:
            self.error_label.setText(sentence(error, self.lang))
            self.error_label.show()
            return None
        self.error_label.hide()
        self.points_label.setText(self.tr("Điểm: %1 / %2").replace("%1", self.number(score))
                                  .replace("%2", self.number(line.criterion.maximum)))
        self._update_required(score)
        return score

    def _option_toggled(self, button: QRadioButton, checked: bool) -> None:
        if self._loading or not checked or self.line is None:
            return
        label = button.property("option")
        if self.preview(label) is not None:
            self._send_input(label)

    def _value_edited(self, text: str) -> None:
        if self.line is None:
            return
        if text.strip():
            self.preview(text)
        self.save_timer.start()

    def _count_changed(self, value: int) -> None:
        if self._loading or self.line is None:
            return
        self.preview(str(value))
        self.save_timer.start()

    def _send_value(self) -> None:
        if self._loading or self.line is None or not self.value_edit.isVisible():
            return
        text = self.value_edit.text().strip()
        if text and self.preview(text) is not None:
            self._send_input(text)

    def _send_input(self, value: str) -> None:
        if self.line is None or value == self._sent_input:
            return
        self._sent_input = value
        self.input_changed.emit(self.line.criterion.code, value)

    def _explanation_edited(self) -> None:
        if self._loading or self.line is None:
            return
        self._update_required(self.line.score)
        self.save_timer.start()

    def flush(self) -> None:
        """Save whatever is still waiting for the typing pause (called before leaving)."""
        self.save_timer.stop()
        line = self.line
        if line is None or self._loading:
            return
        if self.count_spin.isVisibleTo(self) and line.criterion.self_scored:
            value = str(self.count_spin.value())
            if value != (line.input_value or "") and self.preview(value) is not None:
                self._send_input(value)
        elif self.value_edit.isVisibleTo(self):
            self._send_value()
        text = self.explanation.toPlainText().strip()
        if not self.locked and text != (self._sent_explanation or "").strip():
            self._sent_explanation = text
            self.explanation_changed.emit(line.criterion.code, text)

    def _clear(self) -> None:
        if self.line is not None and self._sent_input:
            self._sent_input = ""
            self.input_cleared.emit(self.line.criterion.code)
            self._loading = True
            try:
                for button in self.option_group.buttons():
                    self.option_group.setExclusive(False)
                    button.setChecked(False)
                    self.option_group.setExclusive(True)
                self.value_edit.clear()
                self.count_spin.setValue(0)
            finally:
                self._loading = False

    def accept_suggestion(self) -> None:
        line = self.line
        if line is None or line.suggestion is None:
            return
        value = line.suggestion.value
        if line.input_kind == "count":
            self._loading = True
            self.count_spin.setValue(int(value))
            self._loading = False
        else:
            self.value_edit.setText(value.replace(".", ",") if self.lang == "vi" else value)
        if self.preview(value) is not None:
            self._send_input(value)

    def focus_input(self) -> None:
        """Put the keyboard focus on the first input, so the form can be filled without a mouse."""
        for widget in self._input_widgets:
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(widget, QLabel):
                checked = self.option_group.checkedButton()
                (checked or widget).setFocus()
                return
        self.explanation.setFocus()
