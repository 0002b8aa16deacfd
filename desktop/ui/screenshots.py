"""Render the main views on a fresh demo workspace into PNG files, for the docs and for
looking at what we build:

    python -m desktop.ui.screenshots OUT_DIR [--scale 1.5] [--lang vi|en]

Runs offscreen (no display needed). Files: main-window, criterion-page, evidence-panel,
tasks, dashboard, check — with an `@1.5x` suffix when scaled."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.ui.screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    parser.add_argument("--criterion", default="1.1.2")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translation
    from desktop.models.demo import build_demo
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translation(app, args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.scale in ("1", "1.0") else f"@{args.scale}x"

    def wait(signal=None, ms: int = 300) -> None:  # noqa: ANN001
        loop = QEventLoop()
        if signal is not None:
            signal.connect(loop.quit)
        QTimer.singleShot(10000 if signal is not None else ms, loop.quit)
        loop.exec()

    with tempfile.TemporaryDirectory(prefix="cchc-shots-") as tmp:
        data_dir = Path(tmp)
        build_demo(data_dir)
        window = MainWindow(data_dir, "demo", args.lang)
        window.resize(1200, 760)
        window.show()
        window.open_workspace()
        wait(window.status_loaded)
        window.tabs.setCurrentWidget(window.assessment)
        wait(window.assessment.snapshot_loaded)
        window.assessment.select(args.criterion)
        wait(ms=600)

        def save(widget, name: str) -> None:  # noqa: ANN001
            path = args.out / f"{name}{suffix}.png"
            widget.grab().save(str(path))
            print(path)

        save(window, "main-window")
        save(window.assessment.page.parentWidget().parentWidget(), "criterion-page")
        save(window.assessment.evidence, "evidence-panel")
        for widget, name in ((window.tasks, "tasks"), (window.dashboard, "dashboard"),
                             (window.check, "check")):
            window.tabs.setCurrentWidget(widget)
            wait(ms=600)
            save(window, name)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
