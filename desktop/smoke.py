"""`cchc smoke-test`: the whole program once, headless, in a few seconds — from a checkout
and, above all, in the frozen build, where a module, a Qt plugin, a font, a criteria sample,
a translation or PDFium left out of the folder is a broken product (installer/README.md).

Each step names what it proves; the first one that fails stops the run and is reported in
one line naming the step. Everything happens in a temporary folder removed at the end: the
user's data directory is never touched.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import pkgutil
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop import __version__

UNIT_CODE = "SMOKE"
# criterion → (input, explanation): full marks with an evidence file, and two with a written
# explanation instead, so the check before submitting has no error
SCORES = {"1.1.1": ("kịp thời", None),
          "2.2": ("đạt", "Không có sai sót trong năm."),
          "1.2.2": ("đạt", "Báo cáo đúng hạn.")}
EXPECTED_POINTS = Decimal("3.5")  # 1 + 1.5 + 1
TRANSLATED = ("MainWindow", "Tự đánh giá", "Self-assessment")
NATIVE_PLATFORM = {"win32": "qwindows", "darwin": "qcocoa"}  # else xcb


class StepFailed(Exception):
    """A check of a step did not hold (as opposed to an exception raised by the program)."""


def _check(condition: object, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


class Smoke:
    def __init__(self, root: Path, *, verbose: bool = False) -> None:
        self.root, self.verbose = root, verbose
        self.data_dir = root / "data"
        self.folder = self.data_dir / "workspaces" / "smoke"
        self.out = root / "out"
        self.out.mkdir(parents=True)
        self.found: dict[str, Any] = {}

    # -- the steps, in order -------------------------------------------------------------
    def step_modules(self) -> None:
        """Every module of the program imports (in the frozen build: was collected)."""
        import desktop

        names = [m.name for m in pkgutil.walk_packages(desktop.__path__, "desktop.")]
        for name in names:
            importlib.import_module(name)
        _check(len(names) > 40, f"only {len(names)} modules of the program found")

    def step_resources(self) -> None:
        """The shipped files are where the program looks for them."""
        from desktop.resources import resources_dir

        base = resources_dir()
        for part in ("criteria/bo-tieu-chi-mau-so-ban-nganh.json",
                     "criteria/bo-tieu-chi-mau-xa-phuong.json",
                     "fonts/LiberationSerif-Regular.ttf", "fonts/LiberationSerif-Bold.ttf",
                     "fonts/LiberationSerif-Italic.ttf", "fonts/LiberationSerif-BoldItalic.ttf",
                     "fonts/OFL.txt", "translations/cchc_en.qm", "icons/cchc.png"):
            _check((base / part).is_file(), f"{base / part} is missing")

    def step_workspace(self) -> None:
        """A new workspace: created, migrated, a unit and its signing key, a record written
        and read back, the database intact."""
        from desktop.models import tasks, workspaces
        from desktop.models.store import open_workspace
        from desktop.sync import keys

        with open_workspace(self.folder, create=True) as ws:
            with ws.write():
                unit = workspaces.initialise(ws, role="unit", unit_code=UNIT_CODE,
                                             unit_name="Đơn vị tự kiểm tra")
                keys.ensure_own_key(ws)
            task = tasks.add_task(ws, "Kiểm tra nhanh — ghi và đọc")
            _check(tasks.get_task(ws, task.id).title == "Kiểm tra nhanh — ghi và đọc",
                   "read-back mismatch")
            _check(ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok",
                   "integrity_check failed")
        self.found["unit_id"] = unit.id

    def step_criteria(self) -> None:
        """The shipped criteria sample ("Bộ tiêu chí mẫu") becomes the active campaign."""
        from desktop.models import campaigns, criteria
        from desktop.models.store import open_workspace

        with open_workspace(self.folder) as ws:
            campaign = campaigns.create_sample_campaign(ws, self.found["unit_id"])
            group = campaigns.group_of(ws, campaign.id, self.found["unit_id"])
            nodes = criteria.list_criteria(ws, group.criteria_set_id)
        _check(len(nodes) > 20, f"the sample set has only {len(nodes)} criteria")
        self.found["campaign_id"] = campaign.id

    def step_scoring(self) -> None:
        """An evidence file stored and cited, three criteria scored, the total exact."""
        from desktop.models import assessments, evidence, scoring
        from desktop.models.store import open_workspace

        scan = self.root / "Kế hoạch CCHC năm nay.pdf"
        scan.write_bytes(b"%PDF-1.4\n% smoke-test evidence\n%%EOF\n")
        campaign_id, unit_id = self.found["campaign_id"], self.found["unit_id"]
        with open_workspace(self.folder) as ws:
            for code, (value, explanation) in SCORES.items():
                assessments.score_criterion(ws, campaign_id, unit_id, code, value,
                                            explanation=explanation)
            year = dt.date.today().year
            evidence.add_evidence(ws, scan, doc_number="01/KH-SMOKE", doc_date=f"{year}-01-15",
                                  criterion_code="1.1.1")
            sheet = scoring.scoresheet(ws, campaign_id, unit_id, with_suggestions=False)
        points = sheet.self_totals.self_scored
        _check(points == EXPECTED_POINTS, f"self-assessed total {points}, expected {EXPECTED_POINTS}")

    def step_package(self) -> None:
        """The submission package (signed, with the evidence file) is written, then read
        back and verified: structure, signature, every hash."""
        from desktop.models.store import open_workspace
        from desktop.sync import exchange

        target = self.out / "smoke-submission.cchc"
        with open_workspace(self.folder) as ws:
            exchange.export_submission(ws, target)
            report = exchange.verify_file(ws, target)
        _check(report["valid"] and report["type"] == "submission",
               f"verify says {report.get('type')!r}, valid={report.get('valid')}")
        _check(report["signer"] == "own", f"signed by {report['signer']!r}, not this unit's key")

    def step_pdf(self) -> None:
        """The self-assessment report in the Nghị định 30 layout, with its embedded font."""
        from desktop.models.store import open_workspace
        from desktop.reports.self_assessment import build_self_assessment_pdf

        target = self.out / "smoke-report.pdf"
        with open_workspace(self.folder) as ws:
            build_self_assessment_pdf(ws, self.found["campaign_id"], self.found["unit_id"],
                                      target)
        data = target.read_bytes()
        _check(data.startswith(b"%PDF-"), "the report does not start with %PDF-")
        _check(b"/Type /Page\n" in data or b"/Type /Page " in data or b"/Type /Page>" in data,
               "the report has no page")
        _check(b"/FontFile2" in data, "the report embeds no TrueType font")
        self.found["pdf"] = target

    def step_demo_mark(self) -> None:
        """The mark on reports of demo data, drawn with Pillow (FreeType, HarfBuzz)."""
        from desktop.reports import nd30
        from desktop.reports.fonts import report_fonts

        _, width, height = nd30.demo_mark(report_fonts())
        _check(width > 10 and height > 10, f"the demo mark is {width}×{height} points")

    def step_pdf_preview(self) -> None:
        """PDFium (the window's report preview) opens the report and draws its first page."""
        import pypdfium2

        document = pypdfium2.PdfDocument(str(self.found["pdf"]))
        try:
            _check(len(document) >= 1, "PDFium sees no page")
            page = document[0]
            bitmap = page.render(scale=0.25)
            width, height = bitmap.width, bitmap.height
            bitmap.close()
            page.close()
        finally:
            document.close()
        _check(width > 50 and height > 50, f"first page drawn at {width}×{height}")

    def step_xlsx(self) -> None:
        """The score table workbook, opened again with openpyxl."""
        import openpyxl

        from desktop.models.store import open_workspace
        from desktop.reports.xlsx_scores import build_scores_xlsx

        target = self.out / "smoke-scores.xlsx"
        with open_workspace(self.folder) as ws:
            build_scores_xlsx(ws, self.found["campaign_id"], self.found["unit_id"], target)
        book = openpyxl.load_workbook(target)
        try:
            values = [cell for row in book.worksheets[0].iter_rows(values_only=True)
                      for cell in row if cell is not None]
        finally:
            book.close()
        _check("1.1.1" in [str(v) for v in values], "criterion 1.1.1 is not in the workbook")

    def step_translation(self) -> None:
        """The English translation loads and translates."""
        from PySide6.QtCore import QTranslator

        from desktop.resources import resource

        translator = QTranslator()
        _check(translator.load(str(resource("translations", "cchc_en.qm"))),
               "cchc_en.qm does not load")
        context, source, expected = TRANSLATED
        got = translator.translate(context, source)
        _check(got == expected, f"{source!r} translates to {got!r}, expected {expected!r}")

    def step_qt_plugins(self) -> None:
        """The frozen folder holds the platform plugin of this system (the smoke test itself
        draws offscreen) and the image formats the window reads."""
        if not frozen():
            return
        from PySide6.QtCore import QLibraryInfo

        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        native = NATIVE_PLATFORM.get(sys.platform, "qxcb")
        for folder, stem in (("platforms", native), ("platforms", "qoffscreen"),
                             ("imageformats", "qico"), ("imageformats", "qjpeg")):
            _check(any(p.stem.removeprefix("lib") == stem for p in (plugins / folder).glob("*")),
                   f"no {stem} plugin in {plugins / folder}")

    def step_window(self) -> None:
        """An offscreen QApplication and the main window, shown once on this workspace, in
        English, with the application icon."""
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        def quiet(kind: QtMsgType, context: object, message: str) -> None:
            # the offscreen platform says this of every top-level window: not a finding
            if "propagateSizeHints" not in message:
                print(f"qt: {message}", file=sys.stderr)

        previous = qInstallMessageHandler(quiet)
        try:
            app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
            self._show_window(app)
        finally:
            qInstallMessageHandler(previous)

    def _show_window(self, app: Any) -> None:  # noqa: ANN401 - the QApplication
        from PySide6.QtCore import QEventLoop
        from PySide6.QtGui import QIcon

        from desktop.app import install_translation
        from desktop.resources import resource
        from desktop.ui.main_window import MainWindow

        icon = QIcon(str(resource("icons", "cchc.png")))
        _check(not icon.isNull(), "the application icon does not load")
        translator = install_translation(app, "en")
        _check(translator is not None, "the English translation is not installed")
        try:
            window = MainWindow(self.data_dir, str(self.folder), "en")
            failures: list[BaseException] = []
            window.failed.connect(failures.append)
            try:
                window.show()
                window.open_workspace()
                deadline = time.monotonic() + 20
                while (window.pages.currentWidget() is not window.tabs and not failures
                       and time.monotonic() < deadline):
                    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                _check(not failures, f"the window could not open the workspace: {failures[:1]}")
                _check(window.pages.currentWidget() is window.tabs,
                       "the window did not open the workspace within 20 s")
                tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
                _check(TRANSLATED[2] in tabs, f"no {TRANSLATED[2]!r} tab in English: {tabs}")
            finally:
                window.close()  # saves its settings and closes the workspace (closeEvent)
                app.processEvents()
        finally:
            app.removeTranslator(translator)

    STEPS: tuple[str, ...] = ("modules", "resources", "workspace", "criteria", "scoring",
                              "package", "pdf", "demo_mark", "pdf_preview", "xlsx",
                              "translation", "qt_plugins", "window")

    def run(self, say: Callable[[str], None]) -> str | None:
        """Run every step; the name and reason of the first failure, or None."""
        for name in self.STEPS:
            started = time.perf_counter()
            try:
                getattr(self, f"step_{name}")()
            except Exception as exc:  # any failure: reported in one line, never a traceback
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
                return f"{name.replace('_', '-')}: {type(exc).__name__}" + (
                    f": {reason}" if reason else "")
            if self.verbose:
                say(f"smoke-test: {name.replace('_', '-')} ok "
                    f"({(time.perf_counter() - started) * 1000:.0f} ms)")
        return None


def run(*, verbose: bool = False) -> int:
    """0 when every step passed ("smoke-test: ok …" on stdout), else 1 with one line on
    stderr naming the failed step."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    # (a file still held open on Windows must not turn a passed test into a traceback)
    with tempfile.TemporaryDirectory(prefix="cchc-smoke-", ignore_cleanup_errors=True) as tmp:
        failed = Smoke(Path(tmp), verbose=verbose).run(print)
    if failed:
        print(f"smoke-test: FAILED at {failed}", file=sys.stderr)
        return 1
    where = "frozen build" if frozen() else "checkout"
    print(f"smoke-test: ok (CCHC Desk {__version__}, {where}, "
          f"{time.perf_counter() - started:.1f} s)")
    return 0
