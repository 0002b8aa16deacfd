"""The package path through the command line, as Sở Nội vụ and a unit would type it: publish,
confirm the province key, enrol, approve, submit, import a folder, receipt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def cchc(data_dir: Path, *args: str, lang: str = "vi") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                           "--lang", lang, *args], capture_output=True, text=True, timeout=120)


def ok(done: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr}"
    return done


def test_the_package_path(tmp_path: Path) -> None:
    coord, unit, mail = tmp_path / "snv", tmp_path / "stp", tmp_path / "mail"
    mail.mkdir()
    ok(cchc(coord, "init", "--role", "coordinator", "--unit-code", "SNV",
            "--unit-name", "Sở Nội vụ", "--province", "An Giang", "--with-sample-campaign"))
    # the coordinator's registry: STP takes part in the campaign (done through the services)
    script = (
        "import sys; from pathlib import Path\n"
        "from desktop.models import workspaces, units, campaigns\n"
        "ws = workspaces.open_named(Path(sys.argv[1]), None)\n"
        "c = campaigns.require_active_campaign(ws)\n"
        "u = units.create_unit(ws, code='STP', name='Sở Tư pháp', unit_type='so', province='An Giang')\n"
        "campaigns.enrol_unit(ws, c.id, u.id, 'so-ban-nganh')\n"
        "ws.close()\n")
    subprocess.run([sys.executable, "-c", script, str(coord)], check=True)
    ok(cchc(unit, "init", "--role", "unit", "--unit-code", "STP", "--unit-name", "Sở Tư pháp",
            "--province", "An Giang"))
    root = json.loads(ok(cchc(coord, "keys", "show", "--json")).stdout)
    root_fp = root["own"]["fingerprint"] if "own" in root else root["fingerprint"]
    ok(cchc(coord, "package", "export", "campaign", "--out", str(mail / "dot-danh-gia.cchc")))

    first = cchc(unit, "package", "import", str(mail / "dot-danh-gia.cchc"))
    assert first.returncode == 1
    assert "dấu vân tay" in first.stdout + first.stderr and root_fp in first.stdout + first.stderr
    ok(cchc(unit, "package", "import", str(mail / "dot-danh-gia.cchc"), "--trust-fingerprint",
            root_fp.replace(" ", "-")))
    enrol = ok(cchc(unit, "package", "export", "enrolment", "--out", str(mail / "dang-ky.cchc")))
    assert "STP" in enrol.stdout
    unit_fp = json.loads(ok(cchc(unit, "keys", "show", "--json")).stdout)
    unit_fp = unit_fp["own"]["fingerprint"] if "own" in unit_fp else unit_fp["fingerprint"]

    # the unit scores one criterion and submits before the key is approved: held
    scan = tmp_path / "Kế hoạch.pdf"
    scan.write_bytes("%PDF-1.4 kế hoạch".encode())
    ok(cchc(unit, "assess", "set", "1.1.1", "--option", "kip thoi"))
    ok(cchc(unit, "evidence", "add", str(scan), "--criterion", "1.1.1", "--number", "12/KH-STP",
            "--date", "08/01/2026"))
    ok(cchc(unit, "package", "export", "submission", "--out", str(mail / "nop-1.cchc")))
    verify = json.loads(ok(cchc(coord, "package", "verify", str(mail / "nop-1.cchc"),
                                "--json")).stdout)
    assert verify["valid"] and verify["signer"] == "unknown" and verify["type"] == "submission"

    results = json.loads(cchc(coord, "package", "import", str(mail), "--json").stdout)
    states = {Path(r["file"]).name: r["state"] for r in results}
    assert states == {"dang-ky.cchc": "accepted", "dot-danh-gia.cchc": "refused",
                      "nop-1.cchc": "quarantined"}
    wrong = cchc(coord, "keys", "approve", "STP", "--fingerprint", "12345 " * 8)
    assert wrong.returncode == 1
    ok(cchc(coord, "keys", "approve", "STP", "--fingerprint", unit_fp))

    ok(cchc(unit, "package", "export", "submission", "--out", str(mail / "nop-2.cchc")))
    again = json.loads(cchc(coord, "package", "import", str(mail / "nop-2.cchc"),
                            str(mail / "nop-2.cchc"), "--json").stdout)
    assert [r["state"] for r in again] == ["accepted", "duplicate"]
    ok(cchc(coord, "package", "export", "receipt", "--out", str(mail / "bao-nhan.cchc")))
    ok(cchc(unit, "package", "import", str(mail / "bao-nhan.cchc")))
    status = json.loads(ok(cchc(unit, "status", "--json")).stdout)
    assert status["campaign"]["title"].startswith("[MẪU]")
    english = cchc(coord, "package", "import", str(mail / "dot-danh-gia.cchc"), lang="en")
    assert english.returncode == 1 and "role" in english.stdout
