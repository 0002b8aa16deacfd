"""Portable mode and removable media (no Qt here: the command line and the storage use it).

Portable mode: a file named `cchc-portable.txt` beside the executable (the folder of
`sys.executable` in the frozen build; the repository root in a checkout; the folder named by
`CCHC_PORTABLE_DIR` when that is set, for tests) moves the data folder — workspaces, the
settings INI, crash logs — to `CCHC Desk data` beside it, so a USB stick carries the program
and its data from office to office and nothing is written to the user's profile. The marker's
content is ignored, except a line `removable=yes`, which makes the data folder count as
removable media even where the system reports the drive as fixed (many USB hard disks do).

Removable media: `is_removable(path)` says whether a folder is on a drive that may be pulled
out (Windows: `GetDriveTypeW` is `DRIVE_REMOVABLE`; Linux: the block device of the folder's
mount, found from its device number or the mount table, has `removable` = 1 or sits on a USB
bus; macOS: a volume under `/Volumes`). `CCHC_ASSUME_REMOVABLE=1` (or `0`) overrides the
detection, for tests. A workspace on removable media is worked on from a local copy
(`desktop.models.checkout`): never a SQLite file in WAL mode on a USB stick.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

MARKER = "cchc-portable.txt"
DATA_FOLDER = "CCHC Desk data"
ENV_PORTABLE_DIR = "CCHC_PORTABLE_DIR"
ENV_ASSUME_REMOVABLE = "CCHC_ASSUME_REMOVABLE"
DRIVE_REMOVABLE = 2  # GetDriveTypeW


def program_dir() -> Path:
    """Where the marker is looked for: `CCHC_PORTABLE_DIR` if set, else the folder of the
    frozen executable, else the repository root of a checkout."""
    override = os.environ.get(ENV_PORTABLE_DIR)
    if override:
        return Path(override).expanduser()
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def _marker_text() -> str | None:
    marker = program_dir() / MARKER
    try:
        return marker.read_text(encoding="utf-8", errors="replace") if marker.is_file() else None
    except OSError:
        return None


def portable_data_dir() -> Path | None:
    """`<program folder>/CCHC Desk data` in portable mode, else None."""
    if _marker_text() is None:
        return None
    return program_dir() / DATA_FOLDER


def _marked_removable(path: Path) -> bool:
    text = _marker_text()
    if text is None:
        return False
    lines = {line.strip().lower().replace(" ", "") for line in text.splitlines()}
    if "removable=yes" not in lines:
        return False
    data = program_dir() / DATA_FOLDER
    with contextlib.suppress(OSError, ValueError):
        path.resolve().relative_to(data.resolve())
        return True
    return False


def _existing(path: Path) -> Path:
    """The folder itself, or its nearest existing parent (a workspace not yet created)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def is_removable(path: Path) -> bool:
    override = os.environ.get(ENV_ASSUME_REMOVABLE)
    if override in ("1", "0"):
        return override == "1"
    if _marked_removable(Path(path)):
        return True
    path = _existing(Path(path))
    try:
        if os.name == "nt":
            return _windows_removable(path)
        if sys.platform == "darwin":
            return _macos_removable(path)
        if sys.platform.startswith("linux"):
            return _linux_removable(path)
    except OSError:
        return False
    return False


def _windows_removable(path: Path) -> bool:
    import ctypes

    drive = os.path.splitdrive(str(path.resolve()))[0]
    if not drive or drive.startswith(("\\\\", "//")):  # a network share: not a drive letter
        return False
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return kind == DRIVE_REMOVABLE


def _macos_removable(path: Path) -> bool:
    # The start-up disk is "/" (its /Volumes entry is a link to "/"); anything else under
    # /Volumes is an external or network volume.
    parts = path.resolve().parts
    return len(parts) >= 3 and parts[1] == "Volumes"


def mount_source(mountinfo: str, device: str) -> str | None:
    """The mount source (`/dev/sdb1`…) of the mount whose device number is `device`
    ("major:minor") in the text of /proc/self/mountinfo."""
    for line in mountinfo.splitlines():
        fields = line.split()
        if len(fields) < 10 or fields[2] != device or "-" not in fields:
            continue
        after = fields[fields.index("-") + 1:]
        if len(after) >= 2:
            return after[1]
    return None


def _sysfs_removable(node: Path, depth: int = 0) -> bool:
    """A block device node of /sys: removable itself, on a USB bus, or (device mapper,
    encrypted sticks) built on such a device."""
    node = node.resolve()
    disk = node.parent if (node / "partition").exists() else node
    with contextlib.suppress(OSError):
        if (disk / "removable").read_text().strip() == "1":
            return True
    if "/usb" in str(disk):
        return True
    slaves = node / "slaves"
    if depth < 4 and slaves.is_dir():
        return any(_sysfs_removable(slave, depth + 1) for slave in slaves.iterdir())
    return False


def _linux_removable(path: Path) -> bool:
    dev = os.stat(path).st_dev
    device = f"{os.major(dev)}:{os.minor(dev)}"
    node = Path("/sys/dev/block") / device
    if not node.exists():  # FUSE (exFAT, NTFS-3G) and the like: ask the mount table
        try:
            source = mount_source(Path("/proc/self/mountinfo").read_text(), device)
        except OSError:
            return False
        if not source or not source.startswith("/dev/"):
            return False
        node = Path("/sys/class/block") / Path(os.path.realpath(source)).name
        if not node.exists():
            return False
    return _sysfs_removable(node)
