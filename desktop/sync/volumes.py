"""Volumes: a package too large for an email attachment or a FAT32 stick is sent as numbered
parts (`…-01-of-05.cchc`). Each part is itself a signed package of type `volume` that knows
the package it belongs to (the SHA-256 of the whole file), its place and the count, so a broken
part is named on its own and only it is sent again (docs/package-format.md §9).

The receiver keeps verified parts under `<workspace>/volumes/<package sha256>/` and, when the
last one arrives, joins them into its quarantine, checks the whole file's hash and imports it."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace, translate_os_error
from desktop.sync import package

VOLUMES = "volumes"
MIN_VOLUME = 64 * 1024
OVERHEAD = 16 * 1024  # manifest, signature and ZIP headers of one volume, with room to spare
PRESETS = {"email-10": 10_000_000, "email-20": 20_000_000, "email-25": 25_000_000,
           "fat32": 4 * 1024**3 - 1}
_SIZE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(b|kb|mb|gb|kib|mib|gib)?\s*$", re.IGNORECASE)
_UNITS = {None: 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20,
          "gib": 2**30}


def parse_size(text: str) -> int:
    """`20MB`, `10 MB`, `4GiB`, `1,5 GB` or a preset name (email-10, email-20, email-25,
    fat32). MB means 1,000,000 bytes, as mail systems count."""
    key = text.strip().lower()
    if key in PRESETS:
        return PRESETS[key]
    match = _SIZE.match(key)
    if not match:
        raise InvalidInput("bad_size", value=text)
    number = Decimal(match[1].replace(",", "."))
    size = int(number * _UNITS[match[2].lower() if match[2] else None])
    if size < MIN_VOLUME:
        raise InvalidInput("bad_size", value=text)
    return size


@dataclass(frozen=True)
class Split:
    volumes: list[Path]
    list_file: Path


def split(built: package.Built, draft: package.Draft, max_size: int, sign) -> Split | None:  # noqa: ANN001
    """Split a written package into volumes of at most `max_size` bytes each, if it is
    larger; the single file is then removed. Returns None when no split is needed."""
    path = built.path
    if built.size <= max_size:
        return None
    chunk = max(MIN_VOLUME, max_size - OVERHEAD)
    count = -(-built.size // chunk)
    whole_sha, _ = package.sha256_file(path)
    stem = path.stem
    volumes: list[Path] = []
    scratch = Path(tempfile.mkdtemp(prefix=".volumes-", dir=path.parent))
    try:
        with open(path, "rb") as source:
            for index in range(1, count + 1):
                part = scratch / f"{index:04d}.part"
                with open(part, "wb") as out:
                    remaining = chunk
                    while remaining and (data := source.read(min(remaining, package.CHUNK))):
                        out.write(data)
                        remaining -= len(data)
                digest, size = package.sha256_file(part)
                target = path.with_name(f"{stem}-{index:02d}-of-{count:02d}.cchc")
                volume = package.Draft(
                    type="volume", sender=draft.sender, recipient=draft.recipient,
                    province=draft.province, campaign=draft.campaign, sequence=draft.sequence,
                    files=[package.EvidenceFile(part, digest, size,
                                                f"{path.name} ({index}/{count})",
                                                "application/octet-stream", role="volume")],
                    body={"package_sha256": whole_sha, "package_size": built.size,
                          "package_hash": built.package_hash, "package_name": path.name,
                          "index": index, "count": count})
                package.build(volume, target, sign)
                volumes.append(target)
        list_file = path.with_name(f"{stem}-gui-cac-tep.txt")
        lines = [f"Gói {path.name} ({built.size} byte) được chia thành {count} tệp.",
                 "Hãy gửi đủ các tệp sau (mỗi tệp một thư nếu cần); nơi nhận ghép lại tự động:", ""]
        lines += [f"  {index:>2}. {volume.name}  ({volume.stat().st_size} byte)"
                  for index, volume in enumerate(volumes, start=1)]
        list_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        path.unlink()
        return Split(volumes, list_file)
    except OSError as exc:
        for volume in volumes:
            with contextlib.suppress(OSError):
                volume.unlink()
        raise translate_os_error(exc, path.parent) from exc
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _check_body(body: dict[str, Any]) -> tuple[str, int, int, int]:
    try:
        whole, size = body["package_sha256"], body["package_size"]
        index, count = body["index"], body["count"]
        if not (isinstance(whole, str) and package.HEX64.match(whole) and isinstance(size, int)
                and isinstance(index, int) and isinstance(count, int) and 1 <= index <= count
                and 1 < count <= 10_000 and size > 0):
            raise TypeError
    except (KeyError, TypeError) as exc:
        raise InvalidInput("package_bad_manifest", field="body", value="volume") from exc
    return whole, size, index, count


def receive(ws: Workspace, opened: package.Opened, source: Path) -> dict[str, Any]:
    """Keep one verified volume. Returns the state of its package: received/count/missing,
    and `joined` (a path in quarantine) once every part is here and the whole file checks."""
    whole, size, index, count = _check_body(opened.manifest["body"])
    members = [m for m in opened.manifest["members"] if m["role"] == "volume"]
    if len(members) != 1 or len(opened.manifest["members"]) != 1:
        raise InvalidInput("package_bad_records", reason="volume")
    folder = ws.folder / VOLUMES / whole
    info_path = folder / "package.json"
    part = folder / f"{index:04d}.part"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        info = {"count": count, "size": size, "name": opened.manifest["body"].get("package_name", ""),
                "sender": opened.sender["unit_code"]}
        if info_path.exists():
            known = json.loads(info_path.read_text(encoding="utf-8"))
            if (known["count"], known["size"]) != (count, size):
                raise InvalidInput("volume_mismatch", name=str(source.name))
        else:
            info_path.write_text(json.dumps(info), encoding="utf-8")
        duplicate = part.exists()
        if not duplicate:
            tmp = folder / f".{index:04d}.tmp"
            with open(tmp, "wb") as out:
                opened.copy_member(members[0], out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, part)
    except OSError as exc:
        raise translate_os_error(exc, folder) from exc
    have = sorted(int(p.stem) for p in folder.glob("*.part"))
    missing = [i for i in range(1, count + 1) if i not in have]
    state = {"package_sha256": whole, "received": len(have), "count": count,
             "missing": missing, "duplicate": duplicate, "joined": None, "index": index}
    if not missing:
        state["joined"] = _join(ws, folder, count, whole, size)
    return state


def _join(ws: Workspace, folder: Path, count: int, whole: str, size: int) -> Path:
    target = ws.folder / "quarantine" / f"joined-{whole[:16]}.cchc"
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(target, "wb") as out:
            for index in range(1, count + 1):
                with open(folder / f"{index:04d}.part", "rb") as part:
                    shutil.copyfileobj(part, out, package.CHUNK)
            out.flush()
            os.fsync(out.fileno())
        digest, joined_size = package.sha256_file(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise translate_os_error(exc, target.parent) from exc
    if (digest, joined_size) != (whole, size):
        target.unlink()
        shutil.rmtree(folder, ignore_errors=True)
        raise InvalidInput("volume_join_failed", name=whole[:16])
    shutil.rmtree(folder, ignore_errors=True)
    return target


def pending(ws: Workspace) -> list[dict[str, Any]]:
    """Packages waiting for volumes: name, sender, received, count, missing."""
    out = []
    root = ws.folder / VOLUMES
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        with contextlib.suppress(OSError, ValueError, KeyError):
            info = json.loads((folder / "package.json").read_text(encoding="utf-8"))
            have = sorted(int(p.stem) for p in folder.glob("*.part"))
            out.append({"package_sha256": folder.name, "name": info["name"],
                        "sender": info["sender"], "received": len(have), "count": info["count"],
                        "missing": [i for i in range(1, info["count"] + 1) if i not in have]})
    return out
