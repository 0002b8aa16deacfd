"""The self-assessment view: criteria tree | criterion page | evidence panel, with the running
total and a progress bar per area underneath.

It holds the latest `Scoresheet` snapshot (read on the database thread) so that moving between
criteria never waits for the database; every edit is sent to a service on the database
thread and the snapshot is refreshed when it has been saved. The last changes can be undone
(Ctrl+Z) by sending the previous value back through the same services."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import sentence
from desktop.models import assessments, scoring, unit_views
from desktop.models.errors import CchcError
from desktop.models.scoring import Line, Scoresheet
from desktop.models.unit_views import AppraisalNote
from desktop.ui.criteria_tree import CriteriaTree
from desktop.ui.criterion_page import CriterionPage
from desktop.ui.evidence_panel import EvidencePanel
from desktop.ui.session import Session

UNDO_LIMIT = 50


@dataclass(frozen=True)
class Change:
    code: str
    field: str  # "input" | "explanation"
    old: str
    new: str


@dataclass
class Snapshot:
    sheet: Scoresheet
    step: Decimal
    locked: bool
    appraisals: dict[str, AppraisalNote] = field(default_factory=dict)  # code → appraisal


def load_snapshot(ws, campaign_id: str, unit_id: str) -> Snapshot:  # noqa: ANN001 - Workspace
    sheet = scoring.scoresheet(ws, campaign_id, unit_id)
    step = Decimal(sheet.criteria_set.rounding_step)
    locked = assessments.submission_state(ws, campaign_id, unit_id) == "submitted"
    return Snapshot(sheet, step, locked, unit_views.appraisal_notes(ws, campaign_id, unit_id))


class AssessmentView(QWidget):
    snapshot_loaded = Signal()
    saved = Signal(str)  # criterion code

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = session.lang
        self.snapshot: Snapshot | None = None
        self.lines: dict[str, Line] = {}
        self.undo_stack: list[Change] = []
        self.pending = 0

        self.tree = CriteriaTree(self.lang)
        self.page = CriterionPage(self.lang)
        self.evidence = EvidencePanel(session)
        page_scroll = QScrollArea()
        page_scroll.setWidget(self.page)
        page_scroll.setWidgetResizable(True)
        page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The page wraps its text to the width it is given; it never scrolls sideways.
        page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page.setMinimumWidth(320)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(page_scroll)
        self.splitter.addWidget(self.evidence)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([370, 470, 340])

        self.total_label = QLabel()
        self.total_label.setObjectName("runningTotal")
        total_font = self.total_label.font()
        total_font.setBold(True)
        total_font.setPointSizeF(total_font.pointSizeF() * 1.2)
        self.total_label.setFont(total_font)
        self.overall = QProgressBar()
        self.overall.setFormat(self.tr("%v/%m tiêu chí"))
        self.overall.setMinimumWidth(150)
        self.overall.setMaximumWidth(220)
        self.areas_box = QWidget()
        self.areas_grid = QGridLayout(self.areas_box)
        self.areas_grid.setContentsMargins(0, 0, 0, 0)
        self.areas_grid.setHorizontalSpacing(6)
        self.area_bars: dict[str, QProgressBar] = {}
        footer = QHBoxLayout()
        footer.addWidget(self.total_label)
        footer.addWidget(self.overall)
        footer.addWidget(self.areas_box, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

        self.tree.criterion_selected.connect(self.show_criterion)
        self.page.input_changed.connect(lambda code, value: self.save_input(code, value))
        self.page.input_cleared.connect(lambda code: self.save_input(code, ""))
        self.page.explanation_changed.connect(lambda code, text: self.save_explanation(code, text))
        self.page.child_requested.connect(self.tree.select)
        self.evidence.evidence_changed.connect(lambda _code: self.refresh())
        session.changed.connect(self._changed)
        session.opened.connect(lambda _info: self.refresh())

    # -- loading ------------------------------------------------------------------------------
    def _changed(self, what: str) -> None:
        if what in ("tasks", "all", "campaign") or (what == "evidence" and self.pending == 0):
            self.refresh()

    def refresh(self) -> None:
        session = self.session
        if not session.campaign_id or not session.unit_id:
            return
        campaign_id, unit_id = session.campaign_id, session.unit_id
        session.run(lambda ws: load_snapshot(ws, campaign_id, unit_id), self.set_snapshot,
                    self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        # Sở Nội vụ whose own unit is not assessed has no self-assessment (its window hides
        # this tab): nothing to say.
        if getattr(exc, "code", None) == "unit_not_in_campaign":
            return
        self.session.show_error(exc)

    def set_snapshot(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.lines = {line.criterion.code: line for line in snapshot.sheet.lines}
        self.tree.set_sheet(snapshot.sheet, locked=snapshot.locked)
        if self.tree.current_code() is None and self.tree.leaves:
            self.tree.select(self.tree.leaves[0])
        code = self.tree.current_code()
        if code in self.lines:
            self._show_page(code)
        self._update_footer(snapshot.sheet)
        self.snapshot_loaded.emit()

    def _children(self, line: Line) -> list[Line]:
        return [other for other in self.lines.values() if other.criterion.parent_id == line.criterion.id]

    def _show_page(self, code: str) -> None:
        assert self.snapshot is not None
        line = self.lines[code]
        self.page.show_line(line, step=self.snapshot.step, locked=self.snapshot.locked,
                            children=self._children(line),
                            appraisal=self.snapshot.appraisals.get(code))

    def show_criterion(self, code: str) -> None:
        if code not in self.lines:
            return
        self._show_page(code)
        self.evidence.show_criterion(code)

    def _number(self, value: Decimal | None) -> str:
        text = scoring.format_decimal(value) or "—"
        return text.replace(".", ",") if self.lang == "vi" else text

    def _update_footer(self, sheet: Scoresheet) -> None:
        totals = sheet.self_totals
        band = f" — {totals.band}" if totals.band else ""
        self.total_label.setText(self.tr("Tổng điểm tự đánh giá: %1 / %2 · chỉ số %3%")
                                 .replace("%1", self._number(totals.final))
                                 .replace("%2", self._number(Decimal(sheet.criteria_set.total_points)))
                                 .replace("%3", self._number(totals.index)) + band)
        self.overall.setRange(0, max(1, totals.scorable))
        self.overall.setValue(totals.scored)
        per_area: dict[str, list[int]] = {}
        for line in sheet.lines:
            node = line.criterion
            if line.criterion.code in self.tree.leaves and node.self_scored and node.kind not in ("bonus", "penalty"):
                counts = per_area.setdefault(node.code.split(".")[0], [0, 0])
                counts[1] += 1
                counts[0] += line.score is not None
        for column, (area, (done, total)) in enumerate(per_area.items()):
            bar = self.area_bars.get(area)
            if bar is None:
                bar = QProgressBar()
                bar.setTextVisible(True)
                bar.setMaximumHeight(16)
                bar.setMinimumWidth(40)
                self.areas_grid.addWidget(bar, 0, column)
                self.area_bars[area] = bar
            bar.setRange(0, max(1, total))
            bar.setValue(done)
            bar.setFormat(f"{area}: %v/%m")
            bar.setToolTip(f"{area}. {totals.area_titles.get(area, '')}")

    # -- saving -------------------------------------------------------------------------------
    def _run_save(self, code: str, job, change: Change | None) -> None:  # noqa: ANN001
        session = self.session
        campaign_id, unit_id = session.campaign_id, session.unit_id
        self.pending += 1

        def done(_result: object) -> None:
            self.pending -= 1
            if change is not None:
                self.undo_stack.append(change)
                del self.undo_stack[:-UNDO_LIMIT]
            self.saved.emit(code)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.pending -= 1
            if isinstance(exc, CchcError):
                self.page.error_label.setText(sentence(exc, self.lang))
                self.page.error_label.show()
                session.last_error = exc
                session.failed.emit(exc)
            else:
                session.show_error(exc)
            self.refresh()

        session.run(lambda ws: job(ws, campaign_id, unit_id), done, failed, changes="assessment")

    def save_input(self, code: str, value: str, *, record: bool = True) -> None:
        old = self.lines[code].input_value if code in self.lines else ""
        change = Change(code, "input", old, value) if record else None
        if value:
            job = lambda ws, c, u: assessments.score_criterion(ws, c, u, code, value)  # noqa: E731
        else:
            job = lambda ws, c, u: assessments.clear_input(ws, c, u, code)  # noqa: E731
        self._run_save(code, job, change)

    def save_explanation(self, code: str, text: str, *, record: bool = True) -> None:
        old = self.lines[code].explanation if code in self.lines else ""
        change = Change(code, "explanation", old, text) if record else None
        self._run_save(code, lambda ws, c, u: assessments.explain(ws, c, u, code, text), change)

    def undo(self) -> bool:
        """Take back the last saved change (score or explanation)."""
        self.page.flush()
        if not self.undo_stack:
            return False
        change = self.undo_stack.pop()
        self.tree.select(change.code)
        if change.field == "input":
            self.save_input(change.code, change.old, record=False)
        else:
            self.save_explanation(change.code, change.old, record=False)
        # Show the restored value in the editors once it is saved.
        self.page.line = None
        return True

    # -- navigation ---------------------------------------------------------------------------
    def go_next(self) -> None:
        self.page.flush()
        self.tree.step(1)

    def go_previous(self) -> None:
        self.page.flush()
        self.tree.step(-1)

    def go_next_unfinished(self) -> bool:
        self.page.flush()
        found = self.tree.next_unfinished()
        if found:
            self.page.focus_input()
        return found

    def select(self, code: str) -> None:
        self.page.flush()
        self.tree.select(code)
