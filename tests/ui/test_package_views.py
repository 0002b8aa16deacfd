"""Packages in the window: the export dialog on the demo (which passes the check), and the
coordinator's inbox holding a package from an unapproved key until it is approved; the first
campaign package asks for the province key's fingerprint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.models import campaigns, units, workspaces
from desktop.models.demo import build_demo
from desktop.models.store import open_workspace
from desktop.sync import exchange, keys
from desktop.ui.package_views import ExportDialog, InboxView
from desktop.ui.session import Session


def _session(qtbot, data_dir: Path, name: str) -> Session:
    session = Session(data_dir)
    with qtbot.waitSignal(session.opened, timeout=10000):
        session.open(name)
    return session


def test_export_dialog_exports_and_verifies_the_demo_submission(qtbot, tmp_path: Path) -> None:
    build_demo(tmp_path)
    session = _session(qtbot, tmp_path, "demo")
    dialog = ExportDialog(session, "submission")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.problems.count() > 0, timeout=10000)
    assert dialog.export_button.isEnabled()  # the demo has warnings, no errors
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        (tmp_path / "usb").mkdir()
        dialog.export_to(tmp_path / "usb" / "nop")
    path = Path(blocker.args[0]["path"])
    assert path.suffix == ".cchc" and path.is_file()
    assert "Đã xuất và đọc lại" in dialog.result.text()
    session.close()
    assert exchange.verify_file(None, path)["type"] == "submission"


def _coordinator_and_unit(tmp: Path) -> tuple[Path, Path]:
    coord = workspaces.create_workspace(tmp / "coord", "main", role="coordinator", unit_code="SNV",
                                        unit_name="Sở Nội vụ", province="An Giang",
                                        sample_group="so-ban-nganh")
    with open_workspace(coord) as ws:
        campaign = campaigns.require_active_campaign(ws)
        unit = units.create_unit(ws, code="STP", name="Sở Tư pháp", unit_type="so",
                                 province="An Giang")
        campaigns.enrol_unit(ws, campaign.id, unit.id, "so-ban-nganh")
        exchange.export_campaign(ws, tmp / "campaign.cchc")
        root = keys.ensure_own_key(ws).fingerprint
    unit_dir = workspaces.create_workspace(tmp / "unit", "main", role="unit", unit_code="STP",
                                           unit_name="Sở Tư pháp", province="An Giang")
    return coord, unit_dir, root


def test_first_campaign_package_asks_for_the_fingerprint(qtbot, tmp_path: Path) -> None:
    coord, unit_dir, root = _coordinator_and_unit(tmp_path)
    session = _session(qtbot, tmp_path / "unit", "main")
    view = InboxView(session)
    qtbot.addWidget(view)
    view.confirm_root.connect(view.ask_root_confirmation)
    with qtbot.waitSignal(view.confirm_root, timeout=10000) as blocker:
        view.import_paths([tmp_path / "campaign.cchc"])
    assert blocker.args[1] == root
    box = view.root_box
    assert isinstance(box, QMessageBox) and root in box.text()
    with qtbot.waitSignal(view.imported, timeout=10000) as done:
        box.buttons()[0].click()  # "Khớp, tin cậy khóa này"
    assert [r.state for r in done.args[0]] == ["accepted"]
    session.close()


def test_held_package_is_approved_from_the_inbox(qtbot, tmp_path: Path) -> None:
    coord, unit_dir, root = _coordinator_and_unit(tmp_path)
    with open_workspace(unit_dir) as ws:
        exchange.import_package(ws, tmp_path / "campaign.cchc", trust_fingerprint=root)
        campaign = campaigns.require_active_campaign(ws)
        from desktop.models import assessments

        assessments.score_criterion(ws, campaign.id, workspaces.own_unit_id(ws), "1.4", "100",
                                    explanation="Hoàn thành kế hoạch tuyên truyền.")
        exchange.export_submission(ws, tmp_path / "nop.cchc")
        unit_fp = keys.ensure_own_key(ws).fingerprint
    session = _session(qtbot, tmp_path / "coord", "main")
    view = InboxView(session)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.imported, timeout=10000) as blocker:
        view.import_paths([tmp_path / "nop.cchc"])
    assert [r.state for r in blocker.args[0]] == ["quarantined"]
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10000)
    view.table.selectRow(0)
    assert view.approve_button.isEnabled()
    assert view.table.item(0, 5).text() == unit_fp
    view.approve_selected()
    with qtbot.waitSignal(view.imported, timeout=10000) as done:
        view.approve_box.buttons()[0].click()
    assert [r.state for r in done.args[0]] == ["accepted"]
    qtbot.waitUntil(lambda: view.table.rowCount() == 1 and view.table.item(0, 3).text() == "Đã nhập",
                    timeout=10000)
    session.close()


def test_export_in_volumes_and_inbox_shows_parts_received(qtbot, tmp_path: Path) -> None:
    """The dialog shows full vs incremental sizes, splits into volumes and lists them; the
    coordinator's inbox shows how many parts of a package have arrived."""
    import os

    from desktop.models import assessments, evidence

    coord, unit_dir, root = _coordinator_and_unit(tmp_path)
    scan = tmp_path / "Hồ sơ quét.pdf"
    scan.write_bytes(os.urandom(600_000))
    with open_workspace(unit_dir) as ws:
        exchange.import_package(ws, tmp_path / "campaign.cchc", trust_fingerprint=root)
        campaign = campaigns.require_active_campaign(ws)
        assessments.score_criterion(ws, campaign.id, workspaces.own_unit_id(ws), "1.1.1", "kịp thời")
        evidence.add_evidence(ws, scan, doc_number="1/BC", doc_date="2026-06-01",
                              criterion_code="1.1.1")
    session = _session(qtbot, tmp_path / "unit", "main")
    dialog = ExportDialog(session, "submission")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "0,6 MB" in dialog.sizes.text(), timeout=10000)
    dialog.split_combo.addItem("200 kB", "200kb")
    dialog.split_combo.setCurrentIndex(dialog.split_combo.count() - 1)
    (tmp_path / "usb").mkdir()
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        dialog.export_to(tmp_path / "usb" / "nop.cchc")
    parts = blocker.args[0]["volumes"]
    assert len(parts) >= 3 and dialog.volume_list.count() == len(parts)
    session.close()
    coord_session = _session(qtbot, tmp_path / "coord", "main")
    view = InboxView(coord_session)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.imported, timeout=10000) as done:
        view.import_paths([Path(parts[0])])
    assert done.args[0][0].state == "partial"
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10000)
    assert f"1/{len(parts)}" in view.table.item(0, 4).text()
    coord_session.close()
