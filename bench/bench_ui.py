"""Responsiveness of the self-assessment view on a large workspace (300 scored criteria,
2,000 evidence files), measured on the UI thread, offscreen:

    python bench/bench_ui.py [--criteria 300] [--evidence 2000] [--steps 200]

- next criterion: `AssessmentView.go_next()` plus the events it posts, until control returns
  to the event loop (the evidence list arrives later from the database thread and is timed
  separately as "evidence list");
- typing: one key press into the explanation box (live "required" marker, autosave timer);
- baselines in the same run: moving the current item of a plain QTreeWidget of the same size,
  and a key press into a bare QPlainTextEdit.
Reports median and 95th percentile in milliseconds against one frame (16.7 ms at 60 Hz).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_criteria import generate_set  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTreeWidget, QTreeWidgetItem  # noqa: E402

from desktop.models import assessments, campaigns, criteria, evidence, workspaces  # noqa: E402
from desktop.models.store import open_workspace  # noqa: E402

FRAME_MS = 1000 / 60


def build_large_workspace(data_dir: Path, count: int, files: int) -> None:
    data, inputs = generate_set(count)
    folder = data_dir / "workspaces" / "large"
    with open_workspace(folder, create=True) as ws:
        unit = workspaces.initialise(ws, role="unit", unit_code="LON", unit_name="Đơn vị lớn")
        stored = criteria.load_criteria_set(ws, data)
        with ws.write():
            campaign = campaigns.create_campaign(ws, year=2026, title="Đợt lớn")
            campaigns.add_unit_group(ws, campaign.id, code="bench", name="Bench",
                                     criteria_set_id=stored.id)
            campaigns.enrol_unit(ws, campaign.id, unit.id, "bench")
            campaigns.set_active_campaign(ws, campaign.id)
            for code, value in inputs.items():
                assessments.score_criterion(ws, campaign.id, unit.id, code, value)
        codes = list(inputs)
        scratch = data_dir / "scans"
        scratch.mkdir()
        for index in range(files):
            path = scratch / f"Tài liệu kiểm chứng số {index:04d}.pdf"
            path.write_bytes(b"%PDF-1.4\n% bench " + str(index).encode() * 20)
            evidence.add_evidence(ws, path, doc_number=f"{index}/BC-LON", doc_date="2026-05-01",
                                  criterion_code=codes[index % len(codes)])
    workspaces.remember(data_dir, "large")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def summary(values: list[float]) -> dict:
    return {"median_ms": round(statistics.median(values), 3),
            "p95_ms": round(percentile(values, 0.95), 3), "max_ms": round(max(values), 3)}


def timed(fn) -> float:  # noqa: ANN001
    start = time.perf_counter()
    fn()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--criteria", type=int, default=300)
    parser.add_argument("--evidence", type=int, default=2000)
    parser.add_argument("--steps", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from desktop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="cchc-bench-ui-") as tmp:
        data_dir = Path(tmp)
        started = time.perf_counter()
        build_large_workspace(data_dir, args.criteria, args.evidence)
        build_seconds = time.perf_counter() - started
        window = MainWindow(data_dir, "large")
        window.resize(1200, 760)
        window.show()
        loop = QEventLoop()
        window.assessment.snapshot_loaded.connect(loop.quit)
        QTimer.singleShot(60000, loop.quit)
        window.open_workspace()
        loop.exec()
        window.tabs.setCurrentWidget(window.assessment)
        view = window.assessment

        def drain_database() -> None:
            view.session.db.wait()
            QApplication.processEvents()

        steps = []
        for _ in range(args.steps):
            steps.append(timed(view.go_next))
            drain_database()
        evidence_list = []
        for _ in range(min(50, args.steps)):
            view.go_next()
            QApplication.processEvents()
            start = time.perf_counter()
            drain_database()
            evidence_list.append((time.perf_counter() - start) * 1000)
        view.tree.select(view.tree.leaves[5])
        drain_database()
        view.page.explanation.setFocus()
        typing = [timed(lambda: QTest.keyClick(view.page.explanation, Qt.Key.Key_A))
                  for _ in range(args.steps)]
        view.page.flush()
        drain_database()

        plain_tree = QTreeWidget()
        items = [QTreeWidgetItem([f"{i}"]) for i in range(len(view.tree.items))]
        plain_tree.addTopLevelItems(items)
        plain_tree.show()
        tree_base = [timed(lambda i=i: plain_tree.setCurrentItem(items[i % len(items)]))
                     for i in range(args.steps)]
        plain = QPlainTextEdit()
        plain.show()
        plain.setFocus()
        type_base = [timed(lambda: QTest.keyClick(plain, Qt.Key.Key_A)) for _ in range(args.steps)]
        window.close()
        for widget in (window, plain, plain_tree):
            widget.deleteLater()
        QApplication.processEvents()

    result = {
        "workspace": {"criteria_rows": len(view.tree.items), "evidence_files": args.evidence,
                      "build_seconds": round(build_seconds, 1)},
        "frame_ms": round(FRAME_MS, 1),
        "next_criterion": {**summary(steps), "baseline": summary(tree_base),
                           "ratio_median": round(statistics.median(steps) / statistics.median(tree_base), 1)},
        "evidence_list_after_move": summary(evidence_list),
        "typing": {**summary(typing), "baseline": summary(type_base),
                   "ratio_median": round(statistics.median(typing) / statistics.median(type_base), 1)},
    }
    print(json.dumps(result, indent=2), flush=True)
    # PySide6 can crash while tearing down Qt objects at interpreter exit; the results are
    # printed, so leave without running finalizers.
    os._exit(0 if app is not None else 1)


if __name__ == "__main__":
    main()
