"""Where workspaces live: a per-user data directory, overridable for tests and servers
(`--data-dir DIR` or the `CCHC_DATA_DIR` environment variable), or the `CCHC Desk data` folder
beside the program in portable mode (`desktop.portable`)."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import platformdirs

from desktop.models.errors import InvalidInput
from desktop.portable import portable_data_dir

ENV_DATA_DIR = "CCHC_DATA_DIR"
WORKSPACES_DIR = "workspaces"
DEFAULT_WORKSPACE = "main"
PACKAGE_SUFFIX = ".cchc"

_SLUG_OK = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


def default_data_dir() -> Path:
    """The data directory in force: the environment override, else the portable data folder
    (a `cchc-portable.txt` beside the program), else the platform's per-user application data
    folder (e.g. %LOCALAPPDATA%\\CCHC Desk on Windows)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir("CCHC Desk", appauthor=False, roaming=False))


def resolve_data_dir(data_dir: str | os.PathLike[str] | None) -> Path:
    return Path(data_dir).expanduser() if data_dir else default_data_dir()


def workspace_slug(name: str) -> str:
    """A folder name for a workspace name: accent-free lower case, so the same workspace is
    found on every file system (Vietnamese letters like 'đ' included)."""
    text = unicodedata.normalize("NFD", name.strip().lower()).replace("đ", "d")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    text = re.sub(r"[^a-z0-9._-]+", "-", text).strip("-.")
    return text[:64]


def is_valid_workspace_name(name: str) -> bool:
    return bool(_SLUG_OK.match(workspace_slug(name) or ""))


def workspace_dir(data_dir: Path, name: str) -> Path:
    """A name is a workspace under `<data_dir>/workspaces/`; a value with a path separator is
    taken as a folder path as it stands (a workspace on a USB stick, say)."""
    if os.sep in name or (os.altsep and os.altsep in name):
        return Path(name).expanduser()
    return data_dir / WORKSPACES_DIR / workspace_slug(name)


def package_file(path: str | os.PathLike[str]) -> Path:
    """A package given as a file to open (`cchc FILE.cchc`, a double-click): an existing
    `.cchc` file, as an absolute path."""
    candidate = Path(path).expanduser()
    if candidate.suffix.lower() != PACKAGE_SUFFIX or candidate.is_dir():
        raise InvalidInput("not_a_package_file", path=str(candidate))
    if not candidate.is_file():
        raise InvalidInput("package_file_missing", path=str(candidate))
    return candidate.resolve()


def looks_like_package_file(text: str) -> bool:
    """Whether a command-line word is meant as a file to open rather than a command: it ends
    with .cchc, names an existing file or folder, or holds a path separator."""
    return (text.lower().endswith(PACKAGE_SUFFIX) or os.sep in text
            or bool(os.altsep and os.altsep in text) or os.path.exists(text))
