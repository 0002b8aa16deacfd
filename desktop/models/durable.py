"""Writing files so that a crash or a full disk never leaves half of one: the one place for
"temp file beside the target → fsync → rename → fsync the folder"."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desktop.models.errors import CchcError


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable. Windows has no directory handles to fsync; NTFS
    journals renames itself."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(target: Path, write: Callable[[BinaryIO], None],
                 translate: Callable[[OSError, Path], CchcError]) -> None:
    """Call `write(handle)` on a temp file beside `target`, fsync it, rename it onto `target`
    and fsync the folder. On any failure the temp file is removed and `target` is as it was;
    OS errors become the user's error through `translate` (disk full, read-only…). The temp
    file gets the usual permissions (umask), not mkstemp's owner-only ones."""
    target = Path(target)
    tmp = target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise translate(exc, target) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise translate(exc, target) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
