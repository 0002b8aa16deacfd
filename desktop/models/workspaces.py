"""Finding, creating and initialising workspaces, and remembering which one is current
(`<data_dir>/workspaces.json`: current and recent workspaces, written atomically)."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from desktop.models import records
from desktop.models.entities import ROLES, UNIT_TYPES, Unit
from desktop.models.errors import InvalidInput, WorkspaceError
from desktop.models.paths import DEFAULT_WORKSPACE, workspace_dir
from desktop.models.store import Workspace, open_workspace, translate_os_error, utc_now

REGISTRY = "workspaces.json"
MAX_RECENT = 10


def _read_registry(data_dir: Path) -> dict:
    try:
        data = json.loads((data_dir / REGISTRY).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_registry(data_dir: Path, data: dict) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".workspaces-")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, data_dir / REGISTRY)
    except OSError as exc:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)
        raise translate_os_error(exc, data_dir) from exc


def current_workspace_name(data_dir: Path) -> str:
    return _read_registry(data_dir).get("current") or DEFAULT_WORKSPACE


def recent_workspaces(data_dir: Path) -> list[str]:
    return list(_read_registry(data_dir).get("recent", []))


def remember(data_dir: Path, name: str) -> None:
    data = _read_registry(data_dir)
    recent = [name] + [n for n in data.get("recent", []) if n != name]
    data.update(current=name, recent=recent[:MAX_RECENT])
    _write_registry(data_dir, data)


def open_named(data_dir: Path, name: str | None, *, create: bool = False) -> Workspace:
    return open_workspace(workspace_dir(data_dir, name or current_workspace_name(data_dir)),
                          create=create)


def is_initialised(ws: Workspace) -> bool:
    return ws.meta("role") is not None


def initialise(
    ws: Workspace,
    *,
    role: str,
    unit_code: str,
    unit_name: str,
    province: str = "",
    unit_type: str = "so",
    is_demo: bool = False,
) -> Unit:
    """Set the workspace's role and own unit. Refused if already done (the role of a
    workspace does not change; make a new workspace instead)."""
    if role not in ROLES:
        raise InvalidInput("bad_role", value=role, allowed=", ".join(ROLES))
    if unit_type not in UNIT_TYPES:
        raise InvalidInput("bad_unit_type", value=unit_type, allowed=", ".join(UNIT_TYPES))
    unit_code, unit_name = unit_code.strip(), " ".join(unit_name.split())
    if not unit_code or not unit_name:
        raise InvalidInput("unit_code_name_required")
    if is_initialised(ws):
        raise WorkspaceError("already_initialised", path=str(ws.folder), role=ws.meta("role"))
    from desktop.models import units

    with ws.write() as db:
        unit = units.create_unit(ws, code=unit_code, name=unit_name, unit_type=unit_type,
                                 province=province, is_demo=is_demo)
        for key, value in (
            ("workspace_id", records.new_id()),
            ("role", role),
            ("own_unit_id", unit.id),
            ("created_at", utc_now()),
            ("is_demo", "1" if is_demo else "0"),
        ):
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [key, value])
    return unit


def own_unit_id(ws: Workspace) -> str:
    unit_id = ws.meta("own_unit_id")
    if not unit_id:
        raise WorkspaceError("not_initialised", path=str(ws.folder))
    return unit_id


def create_workspace(data_dir: Path, name: str, *, role: str, unit_code: str, unit_name: str,
                     province: str = "", unit_type: str = "so",
                     sample_group: str | None = None) -> Path:
    """First run, as one user action: make the workspace folder, set its role and unit, and
    (optionally) load the sample campaign. A workspace that already exists is refused; one
    this call had to create is removed again if anything fails, so nothing half-made stays."""
    import shutil

    from desktop.models import campaigns
    from desktop.models.paths import is_valid_workspace_name

    if not is_valid_workspace_name(name):
        raise InvalidInput("bad_workspace_name", value=name)
    folder = workspace_dir(data_dir, name)
    existed = (folder / "workspace.sqlite3").exists()
    try:
        with open_workspace(folder, create=True) as ws:
            if is_initialised(ws):
                raise WorkspaceError("already_initialised", path=str(folder), role=ws.meta("role"))
            with ws.write():
                unit = initialise(ws, role=role, unit_code=unit_code, unit_name=unit_name,
                                  province=province, unit_type=unit_type)
                if sample_group:
                    campaigns.create_sample_campaign(ws, unit.id, group=sample_group,
                                                     province=province)
    except BaseException:
        if not existed:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    remember(data_dir, folder.name)
    return folder
