#!/usr/bin/env python3
"""Build the frozen CCHC Desk (one folder, PyInstaller) from a clean checkout, then test it:

    python3 installer/build.py            # Linux, macOS
    py -3.11 installer\\build.py           # Windows

1. the virtual environment `.venv` with the pinned versions (dev.py's, `[dev,build]` extras:
   PyInstaller and pyinstaller-hooks-contrib pinned in requirements/constraints.txt), and on
   Debian/Ubuntu the system packages Qt needs plus binutils (PyInstaller reads libraries
   with objdump);
2. PyInstaller with installer/cchc.spec into `dist/CCHC Desk/` (work files in
   build/pyinstaller/);
3. the checks of the folder: both executables, the resources, PDFium's native library;
4. the frozen `cchc smoke-test` (desktop/smoke.py), offscreen;
5. the folder's size and what dominates it.

Exit status 0 only if everything passed. Only the standard library is used here.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import dev  # noqa: E402 - the venv and the system packages, as `python3 dev.py …` makes them

SPEC = ROOT / "installer" / "cchc.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_DIR = "CCHC Desk"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
GUI_EXE, CLI_EXE = f"CCHC Desk{EXE_SUFFIX}", f"cchc{EXE_SUFFIX}"
PDFIUM = {"win32": "pdfium.dll", "darwin": "libpdfium.dylib"}.get(sys.platform, "libpdfium.so")
BUILD_TOOLS = ("pyinstaller", "pyinstaller-hooks-contrib")
REQUIRED = ("resources/criteria/bo-tieu-chi-mau-so-ban-nganh.json",
            "resources/criteria/bo-tieu-chi-mau-xa-phuong.json",
            "resources/fonts/LiberationSerif-Regular.ttf", "resources/fonts/OFL.txt",
            "resources/translations/cchc_en.qm", "resources/icons/cchc.png",
            "resources/icons/cchc.ico", f"pypdfium2_raw/{PDFIUM}", "pypdfium2_raw/version.json")


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


def ensure_objdump() -> None:
    """PyInstaller needs objdump on Linux (package binutils)."""
    if not sys.platform.startswith("linux") or shutil.which("objdump"):
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        say("installing binutils (objdump) for PyInstaller")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "binutils"],
                       check=True, env=env)
        return
    say("PyInstaller needs objdump; install it first, then run this command again:")
    say("    sudo apt-get install -y binutils")
    sys.exit(1)


def pinned(name: str) -> str | None:
    for line in dev.CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        left, _, version = line.partition("==")
        if left.strip().lower().replace("_", "-") == name:
            return version.strip()
    return None


def check_build_tools(python: Path) -> None:
    """The venv holds exactly the pinned PyInstaller (dev.py installs the `build` extra)."""
    query = ("import importlib.metadata as m, json, sys; "
             "print(json.dumps({n: m.version(n) for n in sys.argv[1:]}))")
    done = subprocess.run([str(python), "-c", query, *BUILD_TOOLS], capture_output=True,
                          text=True)
    if done.returncode != 0:
        say("the build tools are not installed in .venv: " + done.stderr.strip().splitlines()[-1])
        sys.exit(1)
    installed = json.loads(done.stdout)
    for name in BUILD_TOOLS:
        if pinned(name) and installed[name] != pinned(name):
            say(f"{name} {installed[name]} in .venv, {pinned(name)} pinned: "
                "delete .venv/.cchc-installed and run again")
            sys.exit(1)
    say("build tools: " + ", ".join(f"{n} {v}" for n, v in installed.items()))


def run_pyinstaller(python: Path) -> Path:
    command = [str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    say("PyInstaller: " + " ".join(command[1:]))
    subprocess.run(command, check=True, cwd=ROOT)
    folder = DIST / APP_DIR
    if sys.platform != "win32":  # `cchc` is the window's executable under another name
        link = folder / CLI_EXE
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(GUI_EXE)
    return folder


def internal_dir(folder: Path) -> Path:
    return folder / "_internal"


def check_folder(folder: Path) -> list[str]:
    """What is missing from the frozen folder (empty: nothing)."""
    missing = [name for name in (GUI_EXE, CLI_EXE) if not (folder / name).is_file()]
    missing += [part for part in REQUIRED if not (internal_dir(folder) / part).is_file()]
    return missing


def smoke_test(folder: Path) -> int:
    env = {k: v for k, v in os.environ.items() if k not in ("CCHC_DATA_DIR", "CCHC_LANG")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = [str(folder / CLI_EXE), "-v", "smoke-test"]
    say("frozen smoke test: " + " ".join(command))
    return subprocess.run(command, env=env, cwd=folder.parent, timeout=300).returncode


def sizes(folder: Path) -> tuple[int, list[tuple[int, str]], list[tuple[int, str]]]:
    """(total bytes, the ten largest files, the ten largest parts), sizes as files take them
    unpacked (symbolic links count for nothing). A part is an executable or an entry of
    `_internal/`, with PySide6 split into its Qt libraries, plugins and Python bindings."""
    files: list[tuple[int, str]] = []
    parts: dict[str, int] = {}
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        relative = path.relative_to(folder).as_posix()
        files.append((size, relative))
        bits = relative.split("/")
        if bits[0] == "_internal" and len(bits) > 2 and bits[1] == "PySide6":
            key = "/".join(bits[:4]) if bits[2] == "Qt" and len(bits) > 4 else "_internal/PySide6 (bindings)"
        elif bits[0] == "_internal" and len(bits) > 2:
            key = "/".join(bits[:2])
        elif bits[0] == "_internal" and bits[1].startswith("lib") and ".so" in bits[1]:
            key = "_internal/lib*.so (Python's and the C++ runtime)"
        else:
            key = relative
        parts[key] = parts.get(key, 0) + size
    total = sum(size for size, _ in files)
    return (total, sorted(files, reverse=True)[:10],
            sorted(((v, k) for k, v in parts.items()), reverse=True)[:10])


def print_sizes(folder: Path) -> int:
    total, largest, parts = sizes(folder)
    say(f"{folder}: {total / 1e6:.1f} MB ({total / 2**20:.1f} MiB) unpacked, "
        f"{sum(1 for p in folder.rglob('*') if p.is_file())} files")
    say("largest parts:")
    for size, name in parts:
        say(f"  {size / 1e6:7.1f} MB  {name}")
    say("largest files:")
    for size, name in largest:
        say(f"  {size / 1e6:7.1f} MB  {name}")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-smoke", action="store_true",
                        help="build and check the folder, skip the frozen smoke test")
    args = parser.parse_args(argv)
    if sys.version_info < (3, 11):  # noqa: UP036 - said to people who run an older python3
        say("CCHC Desk needs Python 3.11 or newer.")
        return 1
    started = time.monotonic()
    dev.ensure_system_packages()
    ensure_objdump()
    python = dev.ensure_venv()
    check_build_tools(python)
    folder = run_pyinstaller(python)
    built = time.monotonic()
    say(f"built in {built - started:.0f} s")
    missing = check_folder(folder)
    if missing:
        say("missing from the frozen folder: " + ", ".join(missing))
        return 1
    if not args.no_smoke and smoke_test(folder) != 0:
        say("the frozen smoke test FAILED")
        return 1
    print_sizes(folder)
    say(f"done in {time.monotonic() - started:.0f} s: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
