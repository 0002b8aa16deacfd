"""The dependency rule: the domain (desktop.models), sync and reports never import Qt or the
UI, so the CLI, servers and tests run them without a display — nor pypdfium2, the native
PDFium library only the window's report preview uses (desktop/ui/report_dialog.py, imported
there lazily), so the command line and the reports never need it."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"
LAYERS = [name for name in ("models", "sync", "reports") if (DESKTOP / name).is_dir()]
FORBIDDEN = ("PySide6", "shiboken6", "desktop.ui", "pypdfium2")


def _forbidden(module: str) -> bool:
    return any(module == f or module.startswith(f + ".") for f in FORBIDDEN)


def _imports(path: Path, source: str | None = None) -> list[tuple[int, str]]:
    """Every module an import statement names (anywhere in the file, functions included),
    with relative imports resolved against the file's package."""
    package = ".".join(path.relative_to(DESKTOP.parent).with_suffix("").parts)
    if path.name != "__init__.py":
        package = package.rsplit(".", 1)[0]
    found = []
    if source is None:
        source = path.read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def _layer_files() -> list[Path]:
    return sorted(p for layer in LAYERS for p in (DESKTOP / layer).rglob("*.py")
                  if "__pycache__" not in p.parts)


def test_layers_exist():
    """The scan looks at real code (models and sync at least)."""
    assert {"models", "sync"} <= set(LAYERS)
    assert len(_layer_files()) > 10


def test_ast_scan_catches_a_forbidden_import():
    """The scanner itself sees imports hidden in functions and relative imports of the UI."""
    source = textwrap.dedent("""
        def later():
            from PySide6.QtWidgets import QWidget
            from ..ui import prompts
            import desktop.ui.db_thread
    """)
    names = [name for _, name in _imports(DESKTOP / "models" / "probe.py", source)]
    assert "PySide6.QtWidgets" in names
    assert "desktop.ui.prompts" in names and "desktop.ui.db_thread" in names
    assert all(_forbidden(n) for n in ("PySide6.QtWidgets", "desktop.ui", "desktop.ui.prompts"))
    assert not _forbidden("desktop.uikit") and not _forbidden("desktop.models.store")


@pytest.mark.parametrize("path", _layer_files(), ids=lambda p: str(p.relative_to(DESKTOP)))
def test_no_qt_or_ui_import_in_source(path):
    """No file of the domain layers imports PySide6 or desktop.ui, even inside a function."""
    bad = [f"line {line}: {name}" for line, name in _imports(path) if _forbidden(name)]
    assert not bad, f"{path.relative_to(DESKTOP.parent)} imports the UI layer: {bad}"


def test_importing_every_domain_module_loads_no_qt(tmp_path):
    """Importing every domain module in a clean interpreter loads neither PySide6 nor the UI."""
    script = textwrap.dedent(f"""
        import importlib, json, pkgutil, sys
        loaded = []
        for package_name in {["desktop." + layer for layer in LAYERS]!r}:
            package = importlib.import_module(package_name)
            loaded.append(package_name)
            for info in pkgutil.walk_packages(package.__path__, package_name + "."):
                importlib.import_module(info.name)
                loaded.append(info.name)
        bad = sorted(m for m in sys.modules
                     if m.split(".")[0] in ("PySide6", "shiboken6", "pypdfium2")
                     or m.startswith("desktop.ui"))
        print(json.dumps({{"loaded": loaded, "bad": bad}}))
    """)
    env = {k: v for k, v in os.environ.items() if k != "CCHC_DATA_DIR"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=tmp_path, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert "desktop.models.store" in result["loaded"]
    assert "desktop.models.demo" in result["loaded"]
    assert result["bad"] == [], f"domain import pulled in the UI: {result['bad']}"
