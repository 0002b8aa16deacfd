"""The frozen build's recipe, checked without building it (the build itself runs in CI after
the tests: `python3 installer/build.py`, which ends with the frozen smoke test): the spec's
executables, data files and left-out Qt modules, the Qt plugins and system libraries left
out, the version resource, the icon, the folder-size summary, the smoke test's one-line
failures and the start-up probe of bench/bench_frozen.py."""

from __future__ import annotations

import ast
import os
import re
import struct
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import pytest

from desktop import __version__

REPO = Path(__file__).resolve().parents[1]
INSTALLER = REPO / "installer"
RESOURCES = REPO / "resources"
sys.path.insert(0, str(INSTALLER / "hooks"))

import leave_out  # noqa: E402


class _Recorder:
    """Stands for PyInstaller's spec classes: records what the spec passes."""

    made: list[tuple[str, tuple, dict]] = []

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        _Recorder.made.append((self.kind, args, kwargs))
        result = type(self.kind, (), {})()
        if self.kind == "Analysis":
            result.scripts = [("pyi_rth_example", "x", "PYSOURCE"),
                              ("entry_gui", "g", "PYSOURCE"), ("entry_cli", "c", "PYSOURCE")]
            result.binaries = [("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", "BINARY"),
                               ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY")]
            result.datas, result.pure = kwargs["datas"], []
        return result


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """installer/cchc.spec run with recorders in place of Analysis, PYZ, EXE and COLLECT."""
    _Recorder.made = []
    namespace = {"SPECPATH": str(INSTALLER), "__file__": str(INSTALLER / "cchc.spec"),
                 **{name: _Recorder(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}}
    exec(compile((INSTALLER / "cchc.spec").read_text(encoding="utf-8"), "cchc.spec", "exec"),
         namespace)
    calls: dict[str, list] = {}
    for kind, args, kwargs in _Recorder.made:
        calls.setdefault(kind, []).append((args, kwargs))
    return {"calls": calls, "namespace": namespace}


def test_one_folder_no_upx_and_the_command_line_executable(spec):
    """A windowed "CCHC Desk" collected into one folder, no UPX anywhere, not one file. On
    Windows a console `cchc.exe` beside it (its own entry script); elsewhere `cchc` is a
    symbolic link that installer/build.py makes to the one executable, whose entry script
    runs the command line under that name."""
    exes = spec["calls"]["EXE"]
    expected = ["CCHC Desk", "cchc"] if sys.platform == "win32" else ["CCHC Desk"]
    assert [kw["name"] for _, kw in exes] == expected
    assert [kw["console"] for _, kw in exes] == [False, True][:len(expected)]
    assert all(kw["exclude_binaries"] and not kw["upx"] for _, kw in exes)
    scripts = [[entry[0] for entry in args[1]] for args, _ in exes]
    assert scripts == [["pyi_rth_example", "entry_gui"], ["pyi_rth_example", "entry_cli"]
                       ][:len(expected)]
    (args, kwargs), = spec["calls"]["COLLECT"]
    assert kwargs["name"] == "CCHC Desk" and not kwargs["upx"]
    assert len([a for a in args if type(a).__name__ == "EXE"]) == len(expected)
    # the entry scripts run what the console script and the GUI script of a checkout run
    gui_entry = (INSTALLER / "entry_gui.py").read_text()
    assert "from desktop.app import main" in gui_entry
    assert 'Path(sys.argv[0]).name == "cchc"' in gui_entry and "from desktop.cli import main" in gui_entry
    assert "from desktop.cli import main" in (INSTALLER / "entry_cli.py").read_text()
    build = (INSTALLER / "build.py").read_text()
    assert "link.symlink_to(GUI_EXE)" in build


def test_the_gui_entry_runs_the_command_line_under_the_name_cchc(tmp_path):
    """What the symbolic link relies on, run through the real entry script."""
    import shutil

    entry = tmp_path / "cchc"
    shutil.copyfile(INSTALLER / "entry_gui.py", entry)
    out = subprocess.run([sys.executable, str(entry), "--version"], capture_output=True,
                         text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                         timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("CCHC Desk ")


def test_every_shipped_resource_is_collected(spec):
    """Every file of resources/ the program opens is in the spec's data files, at the same
    place under the bundle (desktop/resources.py looks in sys._MEIPASS/resources)."""
    (_, kwargs), = spec["calls"]["Analysis"]
    datas = kwargs["datas"]
    collected = set()
    for path in RESOURCES.rglob("*"):
        if not path.is_file():
            continue
        for pattern, target in datas:
            if fnmatch(str(path), pattern):
                assert target == path.parent.relative_to(REPO).as_posix()
                collected.add(path.relative_to(RESOURCES).as_posix())
    shipped = {p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*") if p.is_file()}
    left_out = shipped - collected
    assert left_out == {"translations/cchc_en.ts"}  # the source of cchc_en.qm
    assert {"fonts/OFL.txt", "icons/cchc.ico", "icons/cchc.png",
            "translations/cchc_en.qm"} <= collected


def _qt_modules_imported_by_the_program() -> set[str]:
    found = set()
    for path in (REPO / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found |= {n.split(".")[1] for n in names if n.startswith("PySide6.")}
    return found


def test_no_qt_module_the_program_uses_is_left_out(spec):
    """The Qt modules the spec leaves out are not imported anywhere in desktop/ (a new
    import of one would break only the frozen build), and the ones it uses are kept."""
    used = _qt_modules_imported_by_the_program()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    (_, kwargs), = spec["calls"]["Analysis"]
    excluded = {name.split(".", 1)[1] for name in kwargs["excludes"] if name.startswith("PySide6.")}
    assert {"QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQuick", "QtQml", "QtCharts",
            "QtBluetooth"} <= excluded
    assert used & excluded == set()
    assert kwargs["hookspath"] == [str(INSTALLER / "hooks")]


def test_every_program_module_is_collected(spec):
    """Modules imported lazily (report builders, dialogs) are collected too: the smoke test
    imports each of them in the frozen build."""
    (_, kwargs), = spec["calls"]["Analysis"]
    assert {"desktop.smoke", "desktop.reports.self_assessment", "desktop.ui.report_dialog",
            "desktop.sync.exchange"} <= set(kwargs["hiddenimports"])


@pytest.mark.parametrize("path, dropped", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),   # XWayland runs the xcb one
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
    ("PySide6/Qt/plugins/imageformats/libqico.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/styles/libqmodernwindowsstyle.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6\\plugins\\imageformats\\qsvg.dll", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
    ("PySide6/Qt/plugins/platforms/libqminimal.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
    ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", True),
])
def test_qt_plugins_left_out(path, dropped):
    _, binaries, _ = leave_out.trimmed(([], [(path, "PySide6/Qt/plugins/x")], []))
    assert (binaries == []) is dropped


def test_qt_translations_left_out_and_nothing_else():
    hidden, binaries, datas = leave_out.trimmed((
        ["PySide6.QtCore"], [],
        [("/venv/PySide6/Qt/translations/qtbase_vi.qm", "PySide6/Qt/translations"),
         ("/venv/PySide6/Qt/resources/x.dat", "PySide6/Qt/resources")]))
    assert hidden == ["PySide6.QtCore"]
    assert datas == [("/venv/PySide6/Qt/resources/x.dat", "PySide6/Qt/resources")]


@pytest.mark.parametrize("entry, dropped", [
    (("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", "BINARY"), True),
    (("libxcb-cursor.so.0", "/lib/x86_64-linux-gnu/libxcb-cursor.so.0", "BINARY"), True),
    (("libfontconfig.so.1", "/usr/lib/x86_64-linux-gnu/libfontconfig.so.1", "BINARY"), True),
    (("libglib-2.0.so.0", "/lib/x86_64-linux-gnu/libglib-2.0.so.0", "BINARY"), True),
    (("libdbus-1.so.3", "/lib/x86_64-linux-gnu/libdbus-1.so.3", "BINARY"), True),
    (("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", "BINARY"), False),
    (("libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6", "BINARY"), False),
    (("libsqlite3.so.0", "/lib/x86_64-linux-gnu/libsqlite3.so.0", "BINARY"), False),
    (("libcrypto.so.3", "/lib/x86_64-linux-gnu/libcrypto.so.3", "BINARY"), False),
    (("libgssapi_krb5.so.2", "/lib/x86_64-linux-gnu/libgssapi_krb5.so.2", "BINARY"), False),
    # bundled by a wheel, not the system's: kept
    (("pillow.libs/libxcb-9065bb12.so.1.1.0", "/venv/pillow.libs/libxcb-9065bb12.so.1.1.0",
      "BINARY"), False),
    (("libfreetype.so.6", "/venv/site-packages/foo/libfreetype.so.6", "BINARY"), False),
])
def test_system_libraries_left_out_on_linux(entry, dropped):
    assert leave_out.from_system(entry) is dropped


def test_version_resource_carries_the_program_version():
    text = (INSTALLER / "version_info.txt").read_text(encoding="utf-8")
    numbers = tuple(int(p) for p in __version__.split(".")) + (0,) * (4 - len(__version__.split(".")))
    assert f"filevers={numbers}" in text and f"prodvers={numbers}" in text
    assert set(re.findall(r"StringStruct\('(?:File|Product)Version', '([^']*)'\)", text)) == {__version__}


def test_the_spec_refuses_a_stale_version_resource(tmp_path):
    """A version resource left behind by a version bump stops the build with a sentence."""
    stale = (INSTALLER / "version_info.txt").read_text(encoding="utf-8").replace(
        f"'{__version__}'", "'0.0.9'")
    installer = tmp_path / "installer"
    installer.mkdir()
    (installer / "version_info.txt").write_text(stale, encoding="utf-8")
    (tmp_path / "desktop").mkdir()
    (tmp_path / "desktop" / "__init__.py").write_text(f'__version__ = "{__version__}"\n')
    namespace = {"SPECPATH": str(installer)}
    saved = sys.modules.pop("desktop")
    try:
        with pytest.raises(SystemExit, match="does not carry version"):
            exec(compile((INSTALLER / "cchc.spec").read_text(encoding="utf-8"), "cchc.spec",
                         "exec"), namespace)
    finally:
        sys.modules["desktop"] = saved
        sys.path[:] = [p for p in sys.path if not p.startswith(str(tmp_path))]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_application_icon_files():
    """cchc.png is 256 × 256; cchc.ico holds the seven sizes Windows asks for, as PNG."""
    assert _png_size((RESOURCES / "icons" / "cchc.png").read_bytes()) == (256, 256)
    ico = (RESOURCES / "icons" / "cchc.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    found = []
    for index in range(count):
        width, height, _, _, _, _, size, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index: 22 + 16 * index])
        png = ico[offset: offset + size]
        assert _png_size(png) == (width or 256, height or 256)
        found.append(width or 256)
    assert found == [16, 24, 32, 48, 64, 128, 256]


def test_folder_size_summary(tmp_path):
    """installer/build.py's summary: total bytes, largest files and parts; links count for
    nothing (the folder is measured as it unpacks)."""
    sys.path.insert(0, str(INSTALLER))
    try:
        import build
    finally:
        sys.path.remove(str(INSTALLER))
    folder = tmp_path / "CCHC Desk"
    qt_lib = folder / "_internal" / "PySide6" / "Qt" / "lib"
    qt_lib.mkdir(parents=True)
    (qt_lib / "libicudata.so.73").write_bytes(b"x" * 3000)
    (folder / "_internal" / "PySide6" / "QtCore.abi3.so").write_bytes(b"x" * 500)
    (folder / "_internal" / "cryptography").mkdir()
    (folder / "_internal" / "cryptography" / "_rust.abi3.so").write_bytes(b"x" * 1000)
    (folder / "_internal" / "libpython3.11.so.1.0").write_bytes(b"x" * 700)
    (folder / "cchc").write_bytes(b"x" * 200)
    if os.name != "nt":
        (folder / "_internal" / "libicudata.so.73").symlink_to(qt_lib / "libicudata.so.73")
    total, largest, parts = build.sizes(folder)
    assert total == 5400
    assert largest[0] == (3000, "_internal/PySide6/Qt/lib/libicudata.so.73")
    assert dict((name, size) for size, name in parts) == {
        "_internal/PySide6/Qt/lib": 3000, "_internal/cryptography": 1000,
        "_internal/lib*.so (Python's and the C++ runtime)": 700,
        "_internal/PySide6 (bindings)": 500, "cchc": 200}
    assert build.check_folder(folder)  # no executables, no resources: all named missing


def test_smoke_test_names_the_failed_step(monkeypatch, capsys, tmp_path):
    """A missing shipped file fails the smoke test with one line naming the step."""
    from desktop import resources, smoke

    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path)
    assert smoke.run() == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("smoke-test: FAILED at resources: StepFailed: ")
    assert "bo-tieu-chi-mau-so-ban-nganh.json is missing" in lines[0]


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CCHC_DATA_DIR", "CCHC_LANG")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.mark.slow
def test_smoke_test_command_fails_in_one_line_on_a_broken_program(tmp_path):
    """`cchc smoke-test` with the report fonts gone: exit 1, one line naming the PDF step,
    no traceback."""
    env = _clean_env(tmp_path) | {"CCHC_REPORT_FONT_DIR": str(tmp_path / "no-fonts"),
                                  "CCHC_REPORT_FONT": "shipped"}
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "d"),
                           "smoke-test"], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr.strip().startswith("smoke-test: FAILED at pdf: ")
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_window_exits_when_shown_for_the_start_up_benchmark(tmp_path):
    """CCHC_EXIT_WHEN_SHOWN=1 (bench/bench_frozen.py): the window prints `shown` at its first
    paint and the program ends by itself, exit 0."""
    env = _clean_env(tmp_path) | {"CCHC_EXIT_WHEN_SHOWN": "1",
                                  "CCHC_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "desktop"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["shown"]
