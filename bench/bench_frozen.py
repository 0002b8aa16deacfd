"""The frozen build (installer/cchc.spec): its size unpacked, and its start to a shown main
window against a minimal PySide6 window frozen the same way in the same run:

    python bench/bench_frozen.py [--runs 7] [--rebuild] [--drop-caches] [--json]

- size: `dist/CCHC Desk/` as files take it unpacked, the largest parts and files (built with
  `python3 installer/build.py --no-smoke` first when missing, or with `--rebuild`);
- start: the GUI executable ("CCHC Desk") on a fresh data folder (the first-run page), with
  `CCHC_EXIT_WHEN_SHOWN=1`, which prints `shown` at the window's first paint and closes it;
  timed from process start to that line ("shown") and to the process' end ("exit"),
  offscreen. The baseline is a QMainWindow of the same size doing the same, built in a
  temporary folder with the same PyInstaller options, Qt hooks and system libraries left
  out (one folder, no UPX, stripped on Linux, installer/hooks). Median of `--runs` after one discarded warm-up run.
  With `--drop-caches` (Linux, root) the kernel's page cache is dropped before every run: a
  start from disk, as after a reboot, instead of from memory.

Not part of the test run.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"


def _load_build():  # noqa: ANN202 - installer/build.py as a module (its sizes and names)
    spec = importlib.util.spec_from_file_location("cchc_installer_build", INSTALLER / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build()

MINIMAL_APP = textwrap.dedent('''
    """A minimal PySide6 window: the baseline of bench/bench_frozen.py."""
    import sys

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow


    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                print("shown", flush=True)
                QTimer.singleShot(0, watched.close)
            return False


    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("minimal")
    window.resize(1200, 760)
    probe = FirstPaint(window)
    window.installEventFilter(probe)
    window.show()
    sys.exit(app.exec())
''')

MINIMAL_SPEC = textwrap.dedent('''
    import sys
    sys.path.insert(0, {hooks!r})
    from leave_out import without_system_libs
    STRIP = sys.platform.startswith("linux")
    a = Analysis([{script!r}], hookspath=[{hooks!r}], excludes=["tkinter"], noarchive=False)
    a.binaries = without_system_libs(a.binaries)
    pyz = PYZ(a.pure)
    exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="minimal", console=False,
              strip=STRIP, upx=False)
    coll = COLLECT(exe, a.binaries, a.datas, strip=STRIP, upx=False, name="minimal")
''')


def build_minimal(python: Path, work: Path) -> Path:
    work.mkdir(parents=True)
    (work / "minimal_window.py").write_text(MINIMAL_APP, encoding="utf-8")
    spec = work / "minimal.spec"
    spec.write_text(MINIMAL_SPEC.format(script=str(work / "minimal_window.py"),
                                        hooks=str(INSTALLER / "hooks")), encoding="utf-8")
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    str(spec)], check=True, cwd=work, capture_output=True)
    return work / "dist" / "minimal" / ("minimal" + build.EXE_SUFFIX)


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def start_once(executable: Path, data_dir: Path, *, cold: bool) -> tuple[float, float]:
    """Seconds from process start to the `shown` line, and to the process' end."""
    env = {k: v for k, v in os.environ.items() if k not in ("CCHC_LANG",)}
    env.update({"QT_QPA_PLATFORM": "offscreen", "CCHC_EXIT_WHEN_SHOWN": "1",
                "CCHC_DATA_DIR": str(data_dir)})
    if cold:
        drop_caches()
    started = time.perf_counter()
    process = subprocess.Popen([str(executable)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env, cwd=data_dir.parent, text=True)
    shown = None
    for line in process.stdout:
        if line.strip() == "shown" and shown is None:
            shown = time.perf_counter() - started
    code = process.wait(timeout=120)
    ended = time.perf_counter() - started
    if code != 0 or shown is None:
        raise RuntimeError(f"{executable} exited {code} without showing its window")
    return shown, ended


def measure(executable: Path, runs: int, cold: bool, scratch: Path) -> dict[str, float]:
    shown, ended = [], []
    for index in range(runs + 1):
        data_dir = scratch / f"data-{executable.stem.replace(' ', '-')}-{index}"
        data_dir.mkdir(parents=True)
        result = start_once(executable, data_dir, cold=cold)
        if index:  # the first run only warms up (and, cold, checks the probe works)
            shown.append(result[0])
            ended.append(result[1])
    return {"shown_ms": statistics.median(shown) * 1000, "exit_ms": statistics.median(ended) * 1000,
            "shown_all_ms": [round(s * 1000) for s in shown]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="build dist/CCHC Desk again first")
    parser.add_argument("--drop-caches", action="store_true",
                        help="drop the page cache before each start (Linux, root)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    folder = build.DIST / build.APP_DIR
    if args.rebuild or not (folder / build.GUI_EXE).is_file():
        subprocess.run([sys.executable, str(INSTALLER / "build.py"), "--no-smoke"], check=True)
    python = build.dev.venv_python()
    total, largest, parts = build.sizes(folder)
    with tempfile.TemporaryDirectory(prefix="cchc-bench-frozen-") as tmp:
        work = Path(tmp)
        built = time.perf_counter()
        minimal = build_minimal(python, work / "minimal")
        minimal_build_s = time.perf_counter() - built
        minimal_total = build.sizes(minimal.parent)[0]
        app = measure(folder / build.GUI_EXE, args.runs, args.drop_caches, work / "runs")
        base = measure(minimal, args.runs, args.drop_caches, work / "runs")
    result = {
        "size_mb": round(total / 1e6, 1), "size_mib": round(total / 2**20, 1),
        "largest_parts": [[name, round(size / 1e6, 1)] for size, name in parts],
        "largest_files": [[name, round(size / 1e6, 1)] for size, name in largest],
        "minimal_size_mb": round(minimal_total / 1e6, 1),
        "minimal_build_s": round(minimal_build_s, 1),
        "runs": args.runs, "cold": args.drop_caches,
        "app": {k: (round(v) if isinstance(v, float) else v) for k, v in app.items()},
        "minimal": {k: (round(v) if isinstance(v, float) else v) for k, v in base.items()},
        "ratio_shown": round(app["shown_ms"] / base["shown_ms"], 2),
        "ratio_exit": round(app["exit_ms"] / base["exit_ms"], 2),
    }
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(f"frozen folder: {result['size_mb']} MB ({result['size_mib']} MiB) unpacked; "
          f"the minimal window frozen the same way: {result['minimal_size_mb']} MB")
    print("largest parts:")
    for name, size in result["largest_parts"]:
        print(f"  {size:7.1f} MB  {name}")
    print("largest files:")
    for name, size in result["largest_files"]:
        print(f"  {size:7.1f} MB  {name}")
    kind = "cold (page cache dropped)" if args.drop_caches else "warm page cache"
    print(f"start to a shown window, offscreen, median of {args.runs}, {kind}:")
    print(f"  CCHC Desk   shown {result['app']['shown_ms']:6d} ms   exit {result['app']['exit_ms']:6d} ms"
          f"   runs {result['app']['shown_all_ms']}")
    print(f"  minimal     shown {result['minimal']['shown_ms']:6d} ms   exit {result['minimal']['exit_ms']:6d} ms"
          f"   runs {result['minimal']['shown_all_ms']}")
    print(f"  ratio       shown {result['ratio_shown']:.2f}   exit {result['ratio_exit']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
