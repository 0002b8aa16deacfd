"""`cchc keys show|approve|revoke` and the key made by `cchc init` / `cchc demo`, run as a user
runs them: exit 0 on success, 1 with one sentence when refused (nothing changed), 2 on a usage
error."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
from pathlib import Path

import pytest
from clihelpers import cchc, dump_file, ok, workspace_folder

from desktop.models import workspaces
from desktop.models.store import DB_FILENAME, open_workspace
from desktop.sync import keys

FINGERPRINT_RE = re.compile(r"^\d{5}( \d{5}){7}$")
ENROLLING = "STP"
UNIT_CODE = "STP-TEST"  # the unit of the initialised template (conftest.py)


def show(data: Path, *extra: str) -> dict:
    return json.loads(ok(cchc(data, "keys", "show", "--json", *extra)).stdout)


def key_file(data: Path, name: str = "main") -> Path:
    return workspace_folder(data, name) / "keys" / "signing-key.pem"


def state(data: Path, name: str = "main") -> tuple[list[str], dict[str, bytes]]:
    """The whole database and every file of the keys folder."""
    folder = workspace_folder(data, name)
    files = {p.name: p.read_bytes() for p in (folder / "keys").iterdir()} \
        if (folder / "keys").exists() else {}
    return dump_file(folder / DB_FILENAME), files


def refused(data: Path, args: list[str], vi_words: list[str], en_words: list[str]) -> None:
    """Exit 1 with one sentence (Vietnamese by default, English with --lang en), and the
    workspace exactly as before."""
    before = state(data)
    done = cchc(data, *args)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert all(word in lines[0] for word in vi_words), lines[0]
    english = cchc(data, *args, lang="en")
    assert english.returncode == 1
    assert all(word in english.stderr for word in en_words), english.stderr
    assert state(data) == before


def audit_rows(data: Path, name: str = "main") -> list[tuple]:
    conn = sqlite3.connect(workspace_folder(data, name) / DB_FILENAME)
    try:
        return conn.execute("SELECT action, entity, old_json, new_json, reason FROM audit_log "
                            "WHERE entity = 'keys' ORDER BY seq").fetchall()
    finally:
        conn.close()


def test_init_makes_the_key_and_keys_show_reports_it(data_dir):
    """`cchc init` made a private key file readable only by the user; `keys show` prints the
    same key id and fingerprint every time and does not make another key."""
    path = key_file(data_dir)
    assert path.is_file() and path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    before = state(data_dir)
    shown = show(data_dir)
    own = shown["own"]
    assert re.fullmatch(r"[0-9a-f]{16}", own["key_id"]) and FINGERPRINT_RE.match(own["fingerprint"])
    assert own["unit_code"] == UNIT_CODE and own["encrypted"] is False
    raw = keys.public_from_b64(own["public_key"])
    assert keys.key_id(raw) == own["key_id"] and keys.fingerprint(raw) == own["fingerprint"]
    assert shown["root"] is None and shown["unit_keys"] == []
    assert show(data_dir) == shown and state(data_dir) == before
    text = ok(cchc(data_dir, "keys", "show")).stdout
    assert own["key_id"] in text and own["fingerprint"] in text and "Dấu vân tay" in text
    assert "Fingerprint" in ok(cchc(data_dir, "keys", "show", lang="en")).stdout


def test_init_with_a_passphrase_file(tmp_path):
    """`--passphrase-file` encrypts the key; the passphrase never appears on the command line.
    An unreadable passphrase file stops `init` before anything is made."""
    data = tmp_path / "data"
    missing = tmp_path / "khong-co.txt"
    done = cchc(data, "init", "--role", "unit", "--unit-code", "A", "--unit-name", "Đơn vị A",
                "--passphrase-file", str(missing))
    assert done.returncode == 1 and str(missing) in done.stderr
    assert not workspace_folder(data).exists()
    secret = tmp_path / "pp.txt"
    secret.write_text("cụm mật khẩu\n", encoding="utf-8")
    ok(cchc(data, "init", "--role", "unit", "--unit-code", "A", "--unit-name", "Đơn vị A",
            "--passphrase-file", str(secret)))
    assert key_file(data).read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert show(data)["own"]["encrypted"] is True
    assert "cụm mật khẩu" in ok(cchc(data, "keys", "show")).stdout
    with open_workspace(workspace_folder(data)) as ws:
        private = keys.load_private_key(ws, "cụm mật khẩu")
        assert keys.verify(keys.own_key(ws).public_raw, private.sign(b"x"), b"x")


def test_keys_show_makes_the_key_of_an_older_workspace(tmp_path):
    """A workspace made without a key (by the services, or before this version) gets its key
    at the first `keys show`, protected if a passphrase file is given."""
    data = tmp_path / "data"
    workspaces.create_workspace(data, "main", role="unit", unit_code="B", unit_name="Đơn vị B")
    assert not key_file(data).exists()
    secret = tmp_path / "pp.txt"
    secret.write_text("mật khẩu B", encoding="utf-8")
    first = show(data, "--passphrase-file", str(secret))
    assert first["own"]["unit_code"] == "B" and first["own"]["encrypted"] is True
    assert show(data) == first


def _enrol_unit_at(coordinator: Path, tmp_path: Path) -> keys.OwnKey:
    """A second installation (unit STP) makes its key; the coordinator records it as pending,
    as importing its enrolment package will."""
    with open_workspace(tmp_path / "unit-installation", create=True) as unit_ws:
        workspaces.initialise(unit_ws, role="unit", unit_code=ENROLLING, unit_name="Sở Tư pháp")
        unit_key = keys.ensure_own_key(unit_ws)
        proof = keys.make_proof(unit_ws)
        unit_id = workspaces.own_unit_id(unit_ws)
    assert keys.check_proof(unit_key.public_raw, unit_id, proof)
    with open_workspace(workspace_folder(coordinator)) as ws:
        keys.record_unit_key(ws, ENROLLING, unit_key.public_raw, note="gói đăng ký")
    return unit_key


def test_approve_and_revoke_round_trip(tmp_path):
    """Coordinator: a pending key from another installation; wrong digits are refused (exit 1,
    nothing changed), the right digits approve it (exit 0); revoking it is audited."""
    data = tmp_path / "coordinator"
    ok(cchc(data, "init", "--role", "coordinator", "--unit-code", "SNV",
            "--unit-name", "Sở Nội vụ"))
    unit_key = _enrol_unit_at(data, tmp_path)
    (pending,) = show(data)["unit_keys"]
    assert (pending["unit_code"], pending["status"]) == (ENROLLING, "pending")
    assert pending["fingerprint"] == unit_key.fingerprint

    groups = unit_key.fingerprint.split()
    wrong = " ".join(groups[:3] + [groups[4], groups[3]] + groups[5:])
    if wrong == unit_key.fingerprint:
        wrong = unit_key.fingerprint.replace(groups[0], f"{(int(groups[0]) + 1) % 100000:05d}", 1)
    refused(data, ["keys", "approve", ENROLLING, "--fingerprint", wrong],
            ["không khớp", wrong, unit_key.fingerprint], ["does not match"])
    refused(data, ["keys", "approve", ENROLLING, "--fingerprint", "12345 6789"],
            ["40 chữ số"], ["40 digits"])
    refused(data, ["keys", "approve", "KHONG-CO", "--fingerprint", unit_key.fingerprint],
            ["KHONG-CO", "chờ duyệt"], ["waiting for approval"])
    before = state(data)
    usage = cchc(data, "keys", "approve", ENROLLING)
    assert usage.returncode == 2 and "--fingerprint" in usage.stderr
    assert state(data) == before

    done = ok(cchc(data, "keys", "approve", ENROLLING, "--fingerprint",
                   unit_key.fingerprint.replace(" ", "-")))
    assert unit_key.key_id in done.stdout and "Đã chấp nhận" in done.stdout
    (approved,) = show(data)["unit_keys"]
    assert approved["status"] == "approved" and approved["approved_at"]
    with open_workspace(workspace_folder(data)) as ws:
        assert keys.trusted_for(ws, unit_key.public_raw, ENROLLING)
    refused(data, ["keys", "approve", ENROLLING, "--fingerprint", unit_key.fingerprint],
            ["chờ duyệt"], ["waiting for approval"])

    revoked = json.loads(ok(cchc(data, "keys", "revoke", ENROLLING, "--reason",
                                 "máy tính bị mất", "--json")).stdout)
    assert revoked["status"] == "revoked" and revoked["key_id"] == unit_key.key_id
    refused(data, ["keys", "revoke", ENROLLING], ["hiệu lực"], ["in force"])
    refused(data, ["keys", "revoke", ENROLLING, "--key-id", "0123456789abcdef"],
            ["0123456789abcdef"], ["no key"])
    refused(data, ["keys", "revoke", "SNV"], ["chính cài đặt"], ["own signing key"])
    with open_workspace(workspace_folder(data)) as ws:
        assert not keys.trusted_for(ws, unit_key.public_raw, ENROLLING)

    trail = [(action, json.loads(new), reason) for action, _, _, new, reason in audit_rows(data)]
    assert [(a, n.get("role"), n.get("status")) for a, n, _ in trail] == [
        ("create", "own", "approved"), ("create", "unit", "pending"),
        ("update", None, "approved"), ("update", None, "revoked")]
    assert unit_key.fingerprint in trail[2][2] and trail[3][2] == "máy tính bị mất"


def test_keys_commands_need_a_workspace(tmp_path):
    """Without a workspace every keys command says so in one sentence (exit 1)."""
    data = tmp_path / "data"
    for args in (["keys", "show"], ["keys", "approve", "A", "--fingerprint", "0" * 40],
                 ["keys", "revoke", "A"]):
        done = cchc(data, *args)
        assert done.returncode == 1 and "cchc init" in done.stderr
    assert not (data / "workspaces").exists()


@pytest.mark.parametrize("args", [["keys"], ["keys", "rotate"], ["keys", "revoke"],
                                  ["keys", "show", "--fingerprint", "1"]])
def test_keys_usage_errors(data_dir, args):
    """Missing or unknown actions and options are usage errors (exit 2)."""
    assert cchc(data_dir, *args).returncode == 2


def test_demo_has_a_key(tmp_path):
    """`cchc demo` gives the demo workspace its signing key too."""
    data = tmp_path / "data"
    ok(cchc(data, "demo"))
    conn = sqlite3.connect(workspace_folder(data, "demo") / DB_FILENAME)
    try:
        rows = conn.execute("SELECT role, status, unit_code FROM keys").fetchall()
    finally:
        conn.close()
    assert rows == [("own", "approved", "DEMO-STP")]
    assert key_file(data, "demo").is_file()
