"""What the campaign set-up windows read and do (desktop.models.setup_views), on a real
coordinator workspace: the criteria sets offered with their facts, a table file checked
before use, the campaign and its sets created in one unit of work, the registry with each
unit's group, the counts for enrolling by type, the registry import that writes nothing while
the file has problems, and the readiness check."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop.models import campaigns, criteria, registry_xlsx, setup, setup_views, units, workspaces
from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace, open_workspace

WIDE = [("Xuất sắc", "90"), ("Tốt", "80"), ("Khá", "70"), ("Trung bình", "50"), ("Yếu", "0")]
GROUPS = [("so-ban-nganh", "Sở, ban, ngành", "sample:so-ban-nganh"),
          ("xa-phuong", "Xã, phường, đặc khu", "sample:xa-phuong")]


@pytest.fixture
def coord(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "coord", create=True)
    workspaces.initialise(ws, role="coordinator", unit_code="SNV", unit_name="Sở Nội vụ",
                          province="An Giang")
    try:
        yield ws
    finally:
        ws.close()


def create(ws: Workspace, **changes):  # noqa: ANN201
    arguments = dict(year=2026, title="Đánh giá Chỉ số CCHC năm 2026", province="An Giang",
                     groups=GROUPS, deadlines=setup.default_deadlines(2026), bands={None: WIDE})
    return setup_views.create_campaign(ws, **{**arguments, **changes})


def test_choices_are_the_samples_then_the_other_stored_sets(coord: Workspace, tmp_path: Path):
    choices = setup_views.set_choices(coord)
    assert [c.key for c in choices] == ["sample:so-ban-nganh", "sample:xa-phuong"]
    first = choices[0]
    assert (first.title, first.year, first.total_points, first.areas, first.criteria,
            first.is_sample) == ("Bộ tiêu chí mẫu — sở, ban, ngành (100 điểm)", 2026, "100", 8,
                                 52, True)
    criteria.load_sample_criteria_set(coord, "so-ban-nganh")  # stored: still only offered once
    data = criteria.sample_set_data("xa-phuong")
    data.update(province="An Giang", is_sample=False, title="Bộ tiêu chí cấp xã An Giang")
    stored = criteria.load_criteria_set(coord, data)
    keys = [c.key for c in setup_views.set_choices(coord)]
    assert keys == ["sample:so-ban-nganh", "sample:xa-phuong", f"set:{stored.id}"]


def test_a_table_file_is_checked_before_use(coord: Workspace, tmp_path: Path):
    data = criteria.sample_set_data("so-ban-nganh")
    good = tmp_path / "bo.json"
    good.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    choice = setup_views.read_set_file(good)
    assert choice.key == f"file:{good}" and choice.criteria == 52
    data["criteria"][3]["max"] = "abc"
    bad = tmp_path / "sai.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        setup_views.read_set_file(bad)
    assert caught.value.code == "criteria_invalid" and caught.value.data["problems"]
    (tmp_path / "rong.json").write_text("[]", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        setup_views.read_set_file(tmp_path / "rong.json")
    assert caught.value.code == "json_unreadable"
    assert criteria.list_criteria_sets(coord) == []  # reading stores nothing


def test_the_campaign_and_its_sets_in_one_unit_of_work(coord: Workspace, tmp_path: Path):
    data = criteria.sample_set_data("xa-phuong")
    data.update(province="An Giang", is_sample=False, title="Bộ tiêu chí cấp xã An Giang")
    path = tmp_path / "xa.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    groups = [GROUPS[0], ("xa-phuong", "Xã", f"file:{path}")]
    with pytest.raises(InvalidInput) as caught:
        create(coord, groups=groups, bands={None: [("Tốt", "80"), ("Xuất sắc", "90")]})
    assert caught.value.code == "bad_rating_bands"
    assert campaigns.list_campaigns(coord) == [] and criteria.list_criteria_sets(coord) == []
    with pytest.raises(InvalidInput) as caught:
        create(coord, groups=[GROUPS[0], GROUPS[0]])
    assert caught.value.code == "duplicate_group"
    made = create(coord, groups=groups)
    assert campaigns.require_active_campaign(coord).id == made.id
    assert sorted(s.title for s in criteria.list_criteria_sets(coord)) == [
        "Bộ tiêu chí cấp xã An Giang", "Bộ tiêu chí mẫu — sở, ban, ngành (100 điểm)"]


def test_only_the_coordinator_creates(tmp_path: Path):
    ws = open_workspace(tmp_path / "unit", create=True)
    workspaces.initialise(ws, role="unit", unit_code="STP", unit_name="Sở Tư pháp")
    try:
        for attempt in (lambda: create(ws),
                        lambda: setup_views.import_registry_checked(ws, tmp_path / "x.xlsx"),
                        lambda: setup_views.enrol(ws, "any", {"so": "so-ban-nganh"}),
                        lambda: setup_views.publish(ws, tmp_path / "dot.cchc")):
            with pytest.raises(InvalidInput) as caught:
                attempt()
            assert caught.value.code == "coordinator_only"
    finally:
        ws.close()


def registry_file(path: Path, rows: list[tuple]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Mã đơn vị", "Tên đơn vị", "Loại", "Hiệu lực đến", "Nhóm"])
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def test_registry_groups_enrolment_counts_and_checked_import(coord: Workspace, tmp_path: Path):
    bad = registry_file(tmp_path / "sai.xlsx", [("STP", "Sở Tư pháp", "Sở", None, None),
                                                 ("XA", "", "UBND xã", None, None)])
    outcome = setup_views.import_registry_checked(coord, bad)
    assert [p.code for p in outcome["problems"]] == ["registry_missing_value"]
    assert [u.code for u in units.list_units(coord)] == ["SNV"]
    good = registry_file(tmp_path / "dung.xlsx", [
        ("STP", "Sở Tư pháp", "Sở", None, None),
        ("XA", "UBND xã An Bình", "UBND xã", None, "xa-phuong"),
        ("HCT", "UBND huyện Châu Thành", "UBND huyện", "30/06/2025", None)])
    made = create(coord)
    outcome = setup_views.import_registry_checked(coord, good, campaign_id=made.id)
    assert (outcome["imported"].created, outcome["imported"].enrolled) == (3, 1)
    entries = {e.code: e for e in setup_views.registry(coord, made.id)}
    assert entries["XA"].group_code == "xa-phuong" and entries["STP"].group_code == ""
    assert entries["SNV"].is_own and not entries["HCT"].valid_in_year
    assert setup_views.enrol_choices(coord, made.id) == {
        "groups": {"so-ban-nganh": "Sở, ban, ngành", "xa-phuong": "Xã, phường, đặc khu"},
        "waiting": {"so": 2}}
    assert registry_xlsx.check_registry(coord, good, campaign_id=made.id)[1] == []


def test_readiness_of_the_active_campaign(coord: Workspace):
    with pytest.raises(Exception) as caught:
        setup_views.readiness(coord)
    assert getattr(caught.value, "code", "") == "no_active_campaign"
    made = create(coord)
    state = setup_views.readiness(coord)
    assert state["campaign"].id == made.id and not state["ready"]
    assert (state["groups"], state["units"]) == (2, 0)
    assert [p.code for p in state["problems"] if p.is_error] == ["publish_no_units"]
