"""The `cchc` command end to end (real subprocesses, real data directories): version, smoke
test, demo, status, init, tasks and evidence, with JSON that scripts can rely on."""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from decimal import Decimal
from pathlib import Path

from clihelpers import DB_FILENAME, cchc, loads_exact, ok, status_json, walk

import desktop

DECIMAL_KEYS = {"self_scored", "survey", "bonus", "penalty", "maximum", "final", "points", "max"}




def test_version(tmp_path):
    """`cchc --version` prints the program's version."""
    done = ok(cchc(tmp_path / "data", "--version"))
    assert done.stdout.strip() == f"CCHC Desk {desktop.__version__}"


def test_smoke_test_in_a_fresh_data_dir(tmp_path):
    """`cchc smoke-test` passes on a machine with no data yet (the whole program once: see
    desktop/smoke.py, tests/test_installer.py for its failures), and leaves no data behind."""
    data = tmp_path / "data"
    done = ok(cchc(data, "smoke-test"))
    assert done.stdout.startswith("smoke-test: ok") and desktop.__version__ in done.stdout
    assert "checkout" in done.stdout and done.stderr == ""
    assert not data.exists() or not any(data.iterdir())


def test_demo_then_status_json(tmp_path):
    """The demo workspace is built and `status --json` reports it exactly, decimals as strings."""
    data = tmp_path / "data"
    done = ok(cchc(data, "demo"))
    assert "demo" in done.stdout
    raw = ok(cchc(data, "status", "--json")).stdout
    status = loads_exact(raw)
    assert status["app_version"] == desktop.__version__
    assert status["workspace"]["demo"] is True and status["workspace"]["role"] == "unit"
    assert status["unit"]["code"] == "DEMO-STP"
    assert "[DEMO]" in status["campaign"]["title"]
    counts = status["counts"]
    assert (counts["units"], counts["evidence"], counts["tasks"]) == (8, 4, 8)
    assert counts["tasks_done"] == 3
    sa = status["self_assessment"]
    assert sa is not None
    for path, value in walk(status):
        assert not isinstance(value, float), path
    for path, value in walk(sa):
        key = path.rsplit(".", 1)[-1]
        if key in DECIMAL_KEYS:
            assert isinstance(value, str), path
            Decimal(value)  # a real decimal, written as text
    # the demo's scores, summed by hand: 1 + 2 + 1 + 1 + 1.5 + 1.25 + 1.5 (area 1),
    # 1.5 + 1.5 (area 2), 2 (area 3)
    assert sa["self_scored"] == "14.25"
    assert sa["areas"]["1"]["points"] == "9.25"
    assert sa["maximum"] == "100"
    human = ok(cchc(data, "status")).stdout
    assert "DỮ LIỆU MẪU" in human and "DEMO-STP" in human


def test_demo_twice_is_refused_and_reset_rebuilds(tmp_path):
    """A second `cchc demo` says how to rebuild; `--reset` rebuilds a fresh demo."""
    data = tmp_path / "data"
    ok(cchc(data, "demo"))
    first = status_json(data)
    again = cchc(data, "demo")
    assert again.returncode == 1
    assert len(again.stderr.strip().splitlines()) == 1
    assert "cchc demo --reset" in again.stderr
    database = data / "workspaces" / "demo" / DB_FILENAME
    conn = sqlite3.connect(database)
    try:
        kept = conn.execute("SELECT value FROM meta WHERE key = 'workspace_id'").fetchone()[0]
    finally:
        conn.close()
    assert kept == first["workspace"]["id"], "the refused command left the demo as it was"
    ok(cchc(data, "demo", "--reset"))
    rebuilt = status_json(data)
    assert rebuilt["workspace"]["id"] != first["workspace"]["id"]
    assert rebuilt["counts"] == first["counts"]


def test_init_sets_up_the_workspace(tmp_path):
    """`cchc init` sets the role and own unit, and the sample campaign when asked."""
    data = tmp_path / "data"
    done = ok(cchc(data, "init", "--role", "unit", "--unit-code", "STP",
                   "--unit-name", "Sở  Tư pháp", "--with-sample-campaign"))
    assert "STP" in done.stdout
    status = status_json(data)
    assert status["workspace"]["role"] == "unit" and status["workspace"]["demo"] is False
    assert status["unit"]["code"] == "STP" and status["unit"]["name"] == "Sở Tư pháp"
    assert status["campaign"]["title"].startswith("[MẪU]")
    assert status["self_assessment"]["self_scored"] == "0"
    assert status["counts"]["tasks"] == 0


def test_tasks_add_and_list(data_dir):
    """`cchc tasks add` then `tasks list --json` shows the task as entered."""
    added = loads_exact(ok(cchc(data_dir, "tasks", "add", "Báo cáo CCHC quý I",
                                "--deadline", "25/03/2026", "--owner", "Văn phòng Sở",
                                "--source", "province_plan", "--source-ref", "12/KH-UBND",
                                "--json")).stdout)
    assert added["title"] == "Báo cáo CCHC quý I"
    assert added["deadline"] == "2026-03-25"
    assert (added["status"], added["progress"], added["source"]) == ("not_started", 0,
                                                                     "province_plan")
    listed = loads_exact(ok(cchc(data_dir, "tasks", "list", "--json")).stdout)
    assert [t["id"] for t in listed] == [added["id"]]
    assert listed[0]["owner"] == "Văn phòng Sở" and listed[0]["source_ref"] == "12/KH-UBND"
    text = ok(cchc(data_dir, "tasks", "list")).stdout
    assert added["id"][:8] in text and "Báo cáo CCHC quý I" in text


def test_tasks_update_and_done_sets_completed_on(data_dir):
    """`tasks update` by id prefix changes progress; `--status done` records today's date."""
    added = loads_exact(ok(cchc(data_dir, "tasks", "add", "Rà soát TTHC", "--json")).stdout)
    prefix = added["id"][:8]
    moving = loads_exact(ok(cchc(data_dir, "tasks", "update", prefix, "--status", "in_progress",
                                 "--progress", "60", "--json")).stdout)
    assert (moving["status"], moving["progress"], moving["completed_on"]) == (
        "in_progress", 60, None)
    done = loads_exact(ok(cchc(data_dir, "tasks", "update", prefix, "--status", "done",
                               "--json")).stdout)
    assert done["status"] == "done" and done["progress"] == 100
    assert done["completed_on"] == dt.date.today().isoformat()
    finished = loads_exact(ok(cchc(data_dir, "tasks", "list", "--status", "done", "--json")).stdout)
    assert [t["id"] for t in finished] == [added["id"]]


def test_evidence_add_and_list(data_dir, tmp_path):
    """`cchc evidence add` stores a file once, names it in NFC and links it to a criterion."""
    name = unicodedata.normalize("NFD", "Kế hoạch CCHC năm 2026.pdf")
    scan = tmp_path / name
    scan.write_bytes(b"%PDF-1.4\n% ke hoach\n")
    added = loads_exact(ok(cchc(data_dir, "evidence", "add", str(scan), "--criterion", "1.1.1",
                                "--number", "12/KH-STP", "--date", "08/01/2026",
                                "--json")).stdout)
    assert added["already_present"] is False
    assert added["original_name"] == unicodedata.normalize("NFC", name)
    again = loads_exact(ok(cchc(data_dir, "evidence", "add", str(scan), "--json")).stdout)
    assert again["already_present"] is True and again["id"] == added["id"]
    listed = loads_exact(ok(cchc(data_dir, "evidence", "list", "--json")).stdout)
    assert len(listed) == 1
    assert listed[0]["criteria"] == ["1.1.1"]
    assert (listed[0]["doc_number"], listed[0]["doc_date"]) == ("12/KH-STP", "2026-01-08")
    stored = Path(data_dir / "workspaces" / "main" / "evidence" / added["sha256"][:2] /
                  added["sha256"])
    assert stored.read_bytes() == scan.read_bytes()


def test_status_without_a_workspace_says_what_to_do(tmp_path):
    """`cchc status` before any set-up points to `cchc init` / `cchc demo` (exit 1)."""
    done = cchc(tmp_path / "data", "status")
    assert done.returncode == 1
    assert "cchc init" in done.stderr
