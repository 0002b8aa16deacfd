"""Units (agencies), their validity dates and how they succeed one another after mergers,
splits and renames (the 2025 reorganisation)."""

from __future__ import annotations

import pytest
from wshelpers import dump

from desktop.models import units
from desktop.models.errors import InvalidInput, NotFound


def _unit(ws, code, name, valid_from=None, valid_to=None, unit_type="ubnd_xa"):
    return units.create_unit(ws, code=code, name=name, unit_type=unit_type,
                             province="An Giang", valid_from=valid_from, valid_to=valid_to)


def codes(found) -> list[str]:
    return [u.code for u in found]


def test_merge_closes_the_predecessor_the_day_before(ws):
    """A commune merged into a ward on 1 July stops being valid on 30 June."""
    _unit(ws, "XA-A", "Xã A", valid_from="2008-01-01")
    _unit(ws, "PH-B", "Phường B", valid_from="2008-01-01")
    succession = units.record_succession(ws, predecessor_code="XA-A", successor_code="PH-B",
                                         kind="merge", effective_date="01/07/2025",
                                         note="Nghị quyết sắp xếp đơn vị hành chính")
    assert succession.effective_date == "2025-07-01"
    assert succession.kind == "merge"
    assert units.unit_by_code(ws, "XA-A").valid_to == "2025-06-30"
    assert units.unit_by_code(ws, "PH-B").valid_to is None


def test_merge_on_the_first_of_march_closes_on_the_last_day_of_february(ws):
    """The day before is computed on the calendar (2024 is a leap year)."""
    _unit(ws, "A", "Xã A")
    _unit(ws, "B", "Xã B")
    units.record_succession(ws, predecessor_code="A", successor_code="B", kind="merge",
                            effective_date="2024-03-01")
    assert units.unit_by_code(ws, "A").valid_to == "2024-02-29"


def test_existing_end_date_is_kept_and_transfer_does_not_close(ws):
    """An end date already set is not overwritten; a transfer keeps the old unit open."""
    _unit(ws, "A", "Xã A", valid_to="2025-01-31")
    _unit(ws, "B", "Xã B")
    _unit(ws, "C", "Sở C", unit_type="so")
    _unit(ws, "D", "Sở D", unit_type="so")
    units.record_succession(ws, predecessor_code="A", successor_code="B", kind="merge",
                            effective_date="2025-07-01")
    assert units.unit_by_code(ws, "A").valid_to == "2025-01-31"
    units.record_succession(ws, predecessor_code="C", successor_code="D", kind="transfer",
                            effective_date="2025-07-01")
    assert units.unit_by_code(ws, "C").valid_to is None


def test_successors_follow_a_merge_then_a_rename(ws):
    """A commune merged into a ward that was later renamed is carried on by the renamed ward."""
    _unit(ws, "XA-A", "Xã A", valid_from="2008-01-01")
    _unit(ws, "PH-B", "Phường B", valid_from="2008-01-01")
    _unit(ws, "PH-C", "Phường C", valid_from="2025-09-01")
    units.record_succession(ws, predecessor_code="XA-A", successor_code="PH-B", kind="merge",
                            effective_date="2025-07-01")
    units.record_succession(ws, predecessor_code="PH-B", successor_code="PH-C", kind="rename",
                            effective_date="2025-09-01")
    assert codes(units.successors(ws, "XA-A")) == ["PH-C"]
    assert codes(units.successors(ws, "PH-B")) == ["PH-C"]
    assert units.successors(ws, "PH-C") == []
    assert units.unit_by_code(ws, "PH-B").valid_to == "2025-08-31"


def test_successors_of_a_split(ws):
    """A unit split in two is carried on by both parts."""
    _unit(ws, "H", "Huyện H", unit_type="ubnd_huyen")
    _unit(ws, "X1", "Xã 1")
    _unit(ws, "X2", "Xã 2")
    units.record_succession(ws, predecessor_code="H", successor_code="X2", kind="split",
                            effective_date="2025-07-01")
    units.record_succession(ws, predecessor_code="H", successor_code="X1", kind="split",
                            effective_date="2025-07-01")
    assert codes(units.successors(ws, "H")) == ["X1", "X2"]


def test_list_units_on_a_date_respects_validity(ws):
    """Only units valid on the day are listed for it; both ends of a validity count."""
    _unit(ws, "OLD", "Xã cũ", valid_from="2008-01-01")
    _unit(ws, "NEW", "Phường mới", valid_from="2025-07-01")
    _unit(ws, "ALWAYS", "Sở luôn có", unit_type="so")
    units.record_succession(ws, predecessor_code="OLD", successor_code="NEW", kind="merge",
                            effective_date="2025-07-01")
    assert codes(units.list_units(ws, on_date="2025-06-30")) == ["ALWAYS", "OLD", "X"]
    assert codes(units.list_units(ws, on_date="01/07/2025")) == ["ALWAYS", "NEW", "X"]
    assert codes(units.list_units(ws, on_date="2007-12-31")) == ["ALWAYS", "X"]
    assert codes(units.list_units(ws, on_date="2008-01-01")) == ["ALWAYS", "OLD", "X"]
    assert codes(units.list_units(ws)) == ["ALWAYS", "NEW", "OLD", "X"]
    with pytest.raises(InvalidInput) as caught:
        units.list_units(ws, on_date="31/02/2026")
    assert caught.value.code == "bad_date"


def test_duplicate_code_is_refused(ws):
    """Two units cannot share a code (spaces around it do not make it different)."""
    _unit(ws, "STP", "Sở Tư pháp", unit_type="so")
    before = dump(ws)
    for code in ("STP", "  STP "):
        with pytest.raises(InvalidInput) as caught:
            _unit(ws, code, "Sở khác", unit_type="so")
        assert caught.value.code == "duplicate_unit_code"
        assert caught.value.data["code"] == "STP"
    assert dump(ws) == before


@pytest.mark.parametrize("kwargs, code", [
    ({"code": "", "name": "Tên"}, "unit_code_name_required"),
    ({"code": "A", "name": "   "}, "unit_code_name_required"),
    ({"code": "A", "name": "Tên", "unit_type": "bo"}, "bad_unit_type"),
    ({"code": "A", "name": "Tên", "valid_from": "2025-07-01", "valid_to": "2025-06-30"},
     "bad_validity"),
    ({"code": "A", "name": "Tên", "valid_from": "30/02/2025"}, "bad_date"),
])
def test_invalid_units_are_refused(ws, kwargs, code):
    """A unit without code or name, of an unknown type or with reversed dates is refused."""
    before = dump(ws)
    with pytest.raises(InvalidInput) as caught:
        units.create_unit(ws, **{"unit_type": "so", **kwargs})
    assert caught.value.code == code
    assert dump(ws) == before


def test_invalid_successions_are_refused(ws):
    """A unit cannot succeed itself, kinds are checked, and unknown units are named."""
    _unit(ws, "A", "Xã A")
    _unit(ws, "B", "Xã B")
    before = dump(ws)
    with pytest.raises(InvalidInput) as caught:
        units.record_succession(ws, predecessor_code="A", successor_code="A", kind="merge",
                                effective_date="2025-07-01")
    assert caught.value.code == "succession_to_self"
    with pytest.raises(InvalidInput) as caught:
        units.record_succession(ws, predecessor_code="A", successor_code="B", kind="absorb",
                                effective_date="2025-07-01")
    assert caught.value.code == "bad_succession_kind"
    with pytest.raises(InvalidInput) as caught:
        units.record_succession(ws, predecessor_code="A", successor_code="B", kind="merge",
                                effective_date="")
    assert caught.value.code == "bad_date"
    with pytest.raises(NotFound) as caught:
        units.record_succession(ws, predecessor_code="A", successor_code="KHONG-CO",
                                kind="merge", effective_date="2025-07-01")
    assert caught.value.code == "unknown_unit"
    assert caught.value.data["code"] == "KHONG-CO"
    assert dump(ws) == before


def test_unit_names_are_tidied(ws):
    """Extra spaces in a name typed by hand are removed; the code is trimmed."""
    unit = units.create_unit(ws, code="  SNV ", name="  Sở   Nội   vụ ", unit_type="so")
    assert (unit.code, unit.name) == ("SNV", "Sở Nội vụ")
    assert units.get_unit(ws, unit.id) == unit
