#!/usr/bin/env python3
"""Developer entry point: one command to install everything and run, one to install and test.

    python3 dev.py run      install (if needed) and open CCHC Desk on the demo workspace
    python3 dev.py test     install (if needed) and run the full test suite
    python3 dev.py smoke    install (if needed) and run `cchc smoke-test`
    python3 dev.py lint     ruff over the code
    python3 dev.py translations   refresh resources/translations (lupdate + lrelease)
    python3 dev.py lock     rewrite requirements/constraints.txt from the current venv

Only the standard library is used here, so it runs on a machine with nothing but Python
≥ 3.11. The virtual environment lives in .venv and is reinstalled when pyproject.toml or the
constraints file change. On Debian/Ubuntu the few system libraries Qt needs are installed
with apt-get when running as root, or the exact command is printed otherwise.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
STAMP = VENV / ".cchc-installed"

# Shared library → Debian/Ubuntu package, for Qt (offscreen and X11) and the screenshot tools.
SYSTEM_LIBS = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "xkbcommon": "libxkbcommon0",
    "dbus-1": "libdbus-1-3",
    "glib-2.0": "libglib2.0-0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-shape": "libxcb-shape0",
}
SYSTEM_TOOLS = {"Xvfb": "xvfb", "pdftoppm": "poppler-utils", "soffice": "libreoffice-calc",
                "age": "age"}
FONT_PACKAGE = "fonts-dejavu-core"


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_tool(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / (name + (".exe" if os.name == "nt" else ""))


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", CONSTRAINTS):
        digest.update(path.read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def missing_system_packages(with_tools: bool) -> list[str]:
    if not sys.platform.startswith("linux"):
        return []
    packages = [pkg for lib, pkg in SYSTEM_LIBS.items() if ctypes.util.find_library(lib) is None]
    if with_tools:
        packages += [pkg for tool, pkg in SYSTEM_TOOLS.items() if shutil.which(tool) is None]
    if shutil.which("fc-list") and not subprocess.run(
            ["fc-list"], capture_output=True, text=True).stdout.strip():
        packages.append(FONT_PACKAGE)
    return packages


def ensure_system_packages(with_tools: bool = False) -> None:
    packages = missing_system_packages(with_tools)
    if not packages:
        return
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        say("installing system packages: " + " ".join(packages))
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
                       check=True, env=env)
        return
    say("Qt needs these system packages; install them first, then run this command again:")
    say("    sudo apt-get install -y " + " ".join(packages))
    sys.exit(1)


def ensure_venv() -> Path:
    if not venv_python().exists():
        say("creating the virtual environment in .venv")
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except (subprocess.CalledProcessError, OSError) as exc:
            shutil.rmtree(VENV, ignore_errors=True)
            say(f"could not create a virtual environment ({exc}).")
            say("On Debian/Ubuntu: sudo apt-get install -y python3-venv   then try again.")
            sys.exit(1)
    fingerprint = _fingerprint()
    if not STAMP.exists() or STAMP.read_text() != fingerprint:
        say("installing CCHC Desk and its pinned dependencies (requirements/constraints.txt)")
        pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", "--upgrade", "-c", str(CONSTRAINTS), "pip"], check=True)
        subprocess.run([*pip, "install", "-c", str(CONSTRAINTS), "-e", f"{ROOT}[dev,build]"],
                       check=True)
        STAMP.write_text(fingerprint)
    return venv_python()


def run(args: list[str]) -> int:
    ensure_system_packages()
    python = ensure_venv()
    cchc = [str(python), "-m", "desktop"]
    demo_ready = subprocess.run([*cchc, "--workspace", "demo", "status"],
                                capture_output=True).returncode == 0
    if not demo_ready:
        subprocess.run([*cchc, "demo"], check=True)
    return subprocess.call([*cchc, "--workspace", "demo", *args])


def test(args: list[str]) -> int:
    ensure_system_packages(with_tools=True)
    python = ensure_venv()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CCHC_DATA_DIR", None)
    return subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)


def smoke(args: list[str]) -> int:
    python = ensure_venv()
    return subprocess.call([str(python), "-m", "desktop", "smoke-test", *args],
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def lint(args: list[str]) -> int:
    ensure_venv()
    return subprocess.call([str(venv_tool("ruff")), "check", "desktop", "tests", "bench", "installer",
                            "dev.py", *args],
                           cwd=ROOT)


def _keep_plural_forms(ts: Path, before: str) -> None:
    """lupdate does not recognise every `translate(context, text, None, n)` call as plural and
    then drops the English singular/plural forms; put back those the file had before."""
    import re

    block = re.compile(r"<message[^>]*>.*?</message>", re.S)

    def source(message: str) -> str:
        found = re.search(r"<source>(.*?)</source>", message, re.S)
        return found.group(1) if found else ""

    plural = {source(m): m for m in block.findall(before) if 'numerus="yes"' in m}

    def restore(match: re.Match) -> str:
        message = match.group(0)
        old = plural.get(source(message))
        if old is None or 'numerus="yes"' in message:
            return message
        forms = re.search(r"<translation[^>]*>.*?</translation>", old, re.S).group(0)
        message = re.sub(r"<message[^>]*>", '<message numerus="yes">', message, count=1)
        return re.sub(r"<translation[^>]*>.*?</translation>", lambda _: forms, message,
                      count=1, flags=re.S)

    ts.write_text(block.sub(restore, ts.read_text(encoding="utf-8")), encoding="utf-8")


def translations(args: list[str]) -> int:
    ensure_venv()
    ts = ROOT / "resources" / "translations" / "cchc_en.ts"
    before = ts.read_text(encoding="utf-8")
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").glob("*.py"))
    subprocess.run([str(venv_tool("pyside6-lupdate")), *sources, "-ts", str(ts),
                    "-source-language", "vi", "-target-language", "en", "-no-obsolete"],
                   check=True)
    _keep_plural_forms(ts, before)
    return subprocess.call([str(venv_tool("pyside6-lrelease")), str(ts), "-qm", str(ts.with_suffix(".qm"))])


def lock(args: list[str]) -> int:
    python = ensure_venv()
    frozen = subprocess.run([str(python), "-m", "pip", "freeze", "--all", "--exclude-editable"],
                            capture_output=True, text=True, check=True).stdout
    CONSTRAINTS.write_text("# Pinned versions CI tested with; refresh with `python3 dev.py lock`.\n"
                           + frozen)
    say(f"wrote {CONSTRAINTS.relative_to(ROOT)}")
    return 0


COMMANDS = {"run": run, "test": test, "smoke": smoke, "lint": lint,
            "translations": translations, "lock": lock}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    if sys.version_info < (3, 11):  # noqa: UP036 - said to people who run an older python3
        say("CCHC Desk needs Python 3.11 or newer.")
        return 1
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
