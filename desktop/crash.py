"""Unexpected errors (bugs, not user mistakes): the traceback goes to a log file in the data
folder (in portable mode the `CCHC Desk data` folder beside the program, even when the data
folder is not known yet; the temp folder if that cannot be written), and the user is told
where it is."""

from __future__ import annotations

import os
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from desktop import __version__
from desktop.portable import portable_data_dir


def write_crash_log(data_dir: Path | None, exc_type: type[BaseException] | None = None,
                    exc: BaseException | None = None, tb: TracebackType | None = None) -> Path:
    text = ("".join(traceback.format_exception(exc_type, exc, tb)) if exc_type
            else traceback.format_exc())
    if data_dir is None:
        data_dir = portable_data_dir()
    folders = ([data_dir / "logs"] if data_dir else []) + [Path(tempfile.gettempdir())]
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix="cchc-crash-", suffix=".txt", dir=folder)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(f"CCHC Desk {__version__}\n{text}")
            return Path(name)
        except OSError:
            continue
    return Path("-")
