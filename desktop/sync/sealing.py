"""Optional encryption of packages to the coordinator, in the age format (through pyrage):
sign inside, encrypt outside. The coordinator's X25519 recipient travels in its campaign
package; its identity stays in `<workspace>/keys/age-identity.txt` (owner-only). An encrypted
package keeps its `.cchc` name and starts with the age header; by hand:
`age -d -i age-identity.txt -o goi.cchc goi-ma-hoa.cchc`."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

import pyrage
from pyrage import x25519

from desktop.models.durable import fsync_dir
from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace, translate_os_error

AGE_HEADER = b"age-encryption.org/v1\n"
IDENTITY_FILE = "age-identity.txt"
RECIPIENT_KEY = "coordinator_age_recipient"


def identity_path(ws: Workspace) -> Path:
    return ws.folder / "keys" / IDENTITY_FILE


def ensure_identity(ws: Workspace) -> str:
    """This installation's age identity, made on first use; returns its public recipient."""
    path = identity_path(ws)
    if path.is_file():
        return str(_identity(ws).to_public())
    identity = x25519.Identity.generate()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{IDENTITY_FILE}.{uuid.uuid4().hex}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(f"# CCHC Desk: age identity of this installation (keep it secret)\n{identity}\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise translate_os_error(exc, path.parent) from exc
    return str(identity.to_public())


def _identity(ws: Workspace) -> x25519.Identity:
    lines = [line.strip() for line in identity_path(ws).read_text(encoding="ascii").splitlines()
             if line.strip() and not line.startswith("#")]
    return x25519.Identity.from_str(lines[0])


def parse_recipient(text: str) -> x25519.Recipient:
    try:
        return x25519.Recipient.from_str(text.strip())
    except (pyrage.RecipientError, ValueError) as exc:
        raise InvalidInput("bad_encryption_key", value=text[:20]) from exc


def is_encrypted(path: Path) -> bool:
    with contextlib.suppress(OSError), open(path, "rb") as handle:
        return handle.read(len(AGE_HEADER)) == AGE_HEADER
    return False


def encrypt_in_place(path: Path, recipient: str) -> None:
    """Replace a written package by its encryption (temp → rename; the plaintext is gone)."""
    target = parse_recipient(recipient)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.age")
    try:
        pyrage.encrypt_file(str(path), str(tmp), [target])
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise translate_os_error(exc, path.parent) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def decrypt_to(ws: Workspace, source: Path, target: Path, *, shown_name: str) -> None:
    """Decrypt a package into `target` (inside the workspace); any partial plaintext is
    deleted on error. Not encrypted to us, or damaged: a clear refusal."""
    if not identity_path(ws).is_file():
        raise InvalidInput("package_encrypted_not_for_us", path=shown_name)
    try:
        pyrage.decrypt_file(str(source), str(target), [_identity(ws)])
    except pyrage.DecryptError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        text = str(exc).lower()
        code = ("package_encrypted_not_for_us" if "no matching" in text or "identity" in text
                else "package_encrypted_damaged")
        if code == "package_encrypted_not_for_us":
            raise InvalidInput("package_encrypted_not_for_us", path=shown_name,
                               details=str(exc)) from exc
        raise InvalidInput("package_encrypted_damaged", path=shown_name, details=str(exc)) from exc
    except OSError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        if exc.errno is None:  # the age stream itself is cut short or altered
            raise InvalidInput("package_encrypted_damaged", path=shown_name,
                               details=str(exc)) from exc
        raise translate_os_error(exc, target.parent) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
