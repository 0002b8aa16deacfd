# Replaces PyInstaller's hook-PySide6.QtNetwork.py (same collection, less what leave_out.py drops).
import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parent))
from leave_out import trimmed  # noqa: E402

hiddenimports, binaries, datas = trimmed(add_qt6_dependencies(__file__))
