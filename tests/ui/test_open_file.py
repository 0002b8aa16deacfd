"""Opening a package file (`cchc FILE.cchc`, a double-click): the window goes straight to its
import — the first campaign package asks for the province key's fingerprint, as a drop in
the inbox does — and a second launch hands the file to the window already running on the same
data folder instead of failing on the workspace lock. Also the window on a workspace on
removable media (saved to the drive on demand)."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import messages
from desktop.app import start_gui
from desktop.models import campaigns, tasks, units, workspaces
from desktop.models.store import DB_FILENAME, open_workspace
from desktop.sync import exchange, keys
from desktop.ui.single_instance import InstanceServer, hand_over, server_name

REPO = Path(__file__).resolve().parents[2]
# The window comes to the front for a handed-over file; the offscreen platform has no front.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise()")


def _campaign_package(tmp: Path) -> tuple[Path, str]:
    """A coordinator's campaign package (the first package a unit receives) and the root
    key's fingerprint."""
    coord = workspaces.create_workspace(tmp / "coord", "main", role="coordinator",
                                        unit_code="SNV", unit_name="Sở Nội vụ",
                                        province="An Giang", sample_group="so-ban-nganh")
    with open_workspace(coord) as ws:
        campaign = campaigns.require_active_campaign(ws)
        unit = units.create_unit(ws, code="STP", name="Sở Tư pháp", unit_type="so",
                                 province="An Giang")
        campaigns.enrol_unit(ws, campaign.id, unit.id, "so-ban-nganh")
        exchange.export_campaign(ws, tmp / "dot-danh-gia.cchc")
        root = keys.ensure_own_key(ws).fingerprint
    return tmp / "dot-danh-gia.cchc", root


def _unit_data_dir(tmp: Path) -> Path:
    workspaces.create_workspace(tmp / "unit", "main", role="unit", unit_code="STP",
                                unit_name="Sở Tư pháp", province="An Giang")
    return tmp / "unit"


def _start(qtbot, data_dir: Path, files: list[Path] | None = None):  # noqa: ANN202
    window = start_gui(data_dir=data_dir, open_files=files or [])
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def _accept_fingerprint(qtbot, window, root: str) -> list:  # noqa: ANN001
    qtbot.waitUntil(lambda: getattr(window.inbox, "root_box", None) is not None, timeout=15000)
    box = window.inbox.root_box
    assert isinstance(box, QMessageBox) and root in box.text()
    assert window.tabs.currentWidget() is window.inbox
    with qtbot.waitSignal(window.inbox.imported, timeout=15000) as done:
        box.buttons()[0].click()  # "Khớp, tin cậy khóa này"
    return [r.state for r in done.args[0]]


def test_a_package_given_at_start_goes_straight_to_its_import(qtbot, tmp_path: Path):
    package, root = _campaign_package(tmp_path)
    window = _start(qtbot, _unit_data_dir(tmp_path), [package])
    assert window.instance_server.listening
    assert _accept_fingerprint(qtbot, window, root) == ["accepted"]
    assert window.inbox.results.count() >= 1


def test_a_second_launch_hands_the_file_to_the_running_window(qtbot, tmp_path: Path):
    """`cchc --data-dir D FILE.cchc` while a window runs on D: the second process hands the
    file over and exits 0 at once (it opens no window, so it does not meet the workspace
    lock); the running window imports it."""
    package, root = _campaign_package(tmp_path)
    data_dir = _unit_data_dir(tmp_path)
    window = _start(qtbot, data_dir)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=15000)
    env = {k: v for k, v in os.environ.items() if k not in ("CCHC_DATA_DIR",)}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    second = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
                               str(package)], env=env, cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
    finally:
        if second.poll() is None:
            second.kill()
    out, err = second.communicate()
    assert second.returncode == 0, err
    assert _accept_fingerprint(qtbot, window, root) == ["accepted"]


def test_a_package_before_any_workspace_waits_for_one(qtbot, tmp_path: Path):
    """A first package double-clicked on a fresh installation: the first-run page says the
    package is imported once a workspace exists, and it is, right after creating one."""
    package, root = _campaign_package(tmp_path)
    window = _start(qtbot, tmp_path / "fresh", [package])
    qtbot.waitUntil(lambda: str(package) in window.first_run.error.text(), timeout=15000)
    window.create_workspace({"workspace": "main", "role": "unit", "unit_code": "STP",
                             "unit_name": "Sở Tư pháp", "province": "An Giang",
                             "unit_type": "so", "sample_group": None})
    assert _accept_fingerprint(qtbot, window, root) == ["accepted"]


def test_a_file_that_is_not_a_package_gets_one_sentence(qtbot, tmp_path: Path):
    window = _start(qtbot, _unit_data_dir(tmp_path))
    qtbot.waitUntil(lambda: window.session.is_open, timeout=15000)
    notes = tmp_path / "ghi-chu.txt"
    notes.write_text("không phải gói", encoding="utf-8")
    with qtbot.waitSignal(window.session.failed, timeout=5000) as failed:
        window.open_package_files([notes])
    assert failed.args[0].code == "not_a_package_file"
    assert str(notes) in messages.sentence(failed.args[0], "vi")


def test_the_channel_is_per_data_folder_and_survives_a_stale_socket(qtbot, tmp_path: Path):
    """Two data folders, two channels; a second server on the same folder does not steal
    it; a launch with no window running hands nothing over."""
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert hand_over(tmp_path / "a", [tmp_path / "x.cchc"]) is False
    first = InstanceServer(tmp_path / "a")
    second = InstanceServer(tmp_path / "a")
    try:
        assert first.listening and not second.listening
    finally:
        first.close()
        second.close()
    again = InstanceServer(tmp_path / "a")  # the name is free again once the first closed
    try:
        assert again.listening
    finally:
        again.close()
    if os.name == "posix":  # a window that crashed leaves its socket file; nobody answers
        stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        stale.bind(str(Path(tempfile.gettempdir()) / server_name(tmp_path / "a")))
        stale.close()
        assert hand_over(tmp_path / "a", [tmp_path / "x.cchc"]) is False
    revived = InstanceServer(tmp_path / "a")
    try:
        assert revived.listening
    finally:
        revived.close()


def test_a_workspace_on_removable_media_is_saved_to_the_drive_from_the_window(
        qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("CCHC_ASSUME_REMOVABLE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data_dir = _unit_data_dir(tmp_path)
    stick_db = data_dir / "workspaces" / "main" / DB_FILENAME
    window = _start(qtbot, data_dir)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=15000)
    assert window.session.checked_out and window.save_action.isVisible()
    with qtbot.waitSignal(window.session.changed, timeout=10000):
        window.session.run(lambda ws: tasks.add_task(ws, "Việc trong cửa sổ"), changes="tasks")

    def titles() -> list[str]:
        conn = sqlite3.connect(stick_db)
        try:
            return [r[0] for r in conn.execute("SELECT title FROM tasks")]
        finally:
            conn.close()

    assert titles() == []
    window.save_to_drive()
    qtbot.waitUntil(lambda: "ổ di động" in window.statusBar().currentMessage(), timeout=10000)
    assert titles() == ["Việc trong cửa sổ"]
    window.close()
    assert window.session.close_error is None
    assert not (stick_db.parent / ".checkout.json").exists()


@pytest.mark.parametrize("files", [["a.cchc"], ["a.cchc", "b.cchc"]])
def test_hand_over_sends_absolute_paths(qtbot, tmp_path: Path, files: list[str], monkeypatch):
    monkeypatch.chdir(tmp_path)
    server = InstanceServer(tmp_path / "data")
    received: list = []
    server.files_received.connect(received.append)
    try:
        # The client blocks while it waits for the answer, so it runs in another process.
        script = ("import sys; from pathlib import Path; from PySide6.QtCore import "
                  "QCoreApplication; app = QCoreApplication([]); "
                  "from desktop.ui.single_instance import hand_over; "
                  "sys.exit(0 if hand_over(Path(sys.argv[1]), [Path(f) for f in sys.argv[2:]]) "
                  "else 3)")
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        client = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "data"), *files],
                                  env=env, cwd=tmp_path)
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=30000)
        assert client.returncode == 0
        assert received == [[(tmp_path / f).resolve() for f in files]]
    finally:
        server.close()


WORK_THEN_DIE = (
    "import os, signal, sys\n"
    "from pathlib import Path\n"
    "from desktop.models import tasks\n"
    "from desktop.models.store import open_workspace\n"
    "ws = open_workspace(Path(sys.argv[1]))\n"
    "tasks.add_task(ws, 'Chưa kịp ghi vào USB')\n"
    "os.kill(os.getpid(), signal.SIGKILL)\n")


def test_the_window_tells_of_work_recovered_from_a_killed_session(qtbot, tmp_path: Path,
                                                                   monkeypatch):
    """A session killed before its write-back to the drive: the next window on it writes the
    work back and says so in a message."""
    monkeypatch.setenv("CCHC_ASSUME_REMOVABLE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data_dir = _unit_data_dir(tmp_path)
    folder = data_dir / "workspaces" / "main"
    killed = subprocess.run([sys.executable, "-c", WORK_THEN_DIE, str(folder)],
                            env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert killed.returncode < 0, killed.stderr
    window = _start(qtbot, data_dir)
    qtbot.waitUntil(lambda: getattr(window, "recovery_box", None) is not None, timeout=15000)
    assert "không mất dữ liệu nào" in window.recovery_box.text()
    conn = sqlite3.connect(folder / DB_FILENAME)
    try:
        assert [r[0] for r in conn.execute("SELECT title FROM tasks")] == ["Chưa kịp ghi vào USB"]
    finally:
        conn.close()
