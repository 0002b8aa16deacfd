"""Setting up a campaign at Sở Nội vụ: everything in one unit of work (any bad value leaves
the database as it was), enrolment by unit type, the check before publishing, and rating
bands per unit group used by the score sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from wshelpers import dump

from desktop import messages
from desktop.models import campaigns, criteria, scoring, setup, units, workspaces
from desktop.models.entities import DEADLINE_KINDS
from desktop.models.errors import CchcError, InvalidInput, NotFound
from desktop.models.store import Workspace, open_workspace

PROVINCE = "An Giang"
WIDE = [("Xuất sắc", "90"), ("Tốt", "80"), ("Khá", "70"), ("Trung bình", "50"), ("Yếu", "0")]
COMMUNE = [("Hoàn thành tốt", "75"), ("Hoàn thành", "50"), ("Chưa hoàn thành", "0")]


@pytest.fixture
def coord(tmp_path: Path) -> Iterator[Workspace]:
    """Sở Nội vụ's workspace with both sample criteria sets and a few registry units."""
    ws = open_workspace(tmp_path / "coord", create=True)
    workspaces.initialise(ws, role="coordinator", unit_code="SNV", unit_name="Sở Nội vụ",
                          province=PROVINCE)
    criteria.load_sample_criteria_set(ws, "so-ban-nganh")
    criteria.load_sample_criteria_set(ws, "xa-phuong")
    for code, name, unit_type in (("STP", "Sở Tư pháp", "so"), ("STC", "Sở Tài chính", "so"),
                                  ("VP", "Văn phòng UBND tỉnh", "ban_nganh"),
                                  ("SKHCN", "Sở Khoa học và Công nghệ", "so"),
                                  ("XA-AB", "UBND xã An Bình", "ubnd_xa")):
        units.create_unit(ws, code=code, name=name, unit_type=unit_type, province=PROVINCE)
    try:
        yield ws
    finally:
        ws.close()


def sets(ws: Workspace) -> dict[str, str]:
    return {s.unit_group: s.id for s in criteria.list_criteria_sets(ws)}


def set_up(ws: Workspace, **changes):
    ids = sets(ws)
    arguments = dict(year=2026, title="Đánh giá Chỉ số CCHC năm 2026", province=PROVINCE,
                     groups={"so-ban-nganh": ("Sở, ban, ngành", ids["so-ban-nganh"]),
                             "xa-phuong": ("Xã, phường, đặc khu", ids["xa-phuong"])},
                     deadlines=setup.default_deadlines(2026),
                     bands={None: WIDE, "xa-phuong": COMMUNE})
    return setup.set_up_campaign(ws, **{**arguments, **changes})


def test_default_deadlines_follow_the_seeds_rhythm():
    days = setup.default_deadlines(2026)
    assert days["proposals"] == dt.date(2026, 11, 15)
    assert days["self_scoring"] < days["round1_appraisal"] < days["explanation"] < (
        days["round2_appraisal"]) < days["publication"]
    assert days["publication"].year == 2027 and days["publication"].month == 3
    assert [d.month for d in days["quarterly_meeting"]] == [3, 6, 9, 12]
    assert set(days) <= set(DEADLINE_KINDS)


def test_set_up_makes_the_whole_campaign_active(coord):
    campaign = set_up(coord)
    assert campaigns.active_campaign(coord) == campaign
    groups = coord.db.execute("SELECT code, criteria_set_id FROM unit_groups WHERE "
                              "campaign_id = ? ORDER BY code", [campaign.id]).fetchall()
    assert [tuple(g) for g in groups] == sorted(
        (k, v) for k, v in sets(coord).items())
    kinds = [d.kind for d in campaigns.deadlines(coord, campaign.id)]
    assert kinds.count("quarterly_meeting") == 4 and len(kinds) == 10
    assert [b.label for b in campaigns.rating_bands(coord, campaign.id)] == [b for b, _ in WIDE]
    # The area appraisers are saved: the department named by the criteria set when it is in
    # the registry, else Sở Nội vụ.
    assigned = dict(coord.db.execute(
        "SELECT a.area_code, a.appraiser_code FROM area_appraisers a JOIN unit_groups g ON "
        "g.id = a.group_id WHERE g.code = 'so-ban-nganh'").fetchall())
    assert assigned["2"] == "STP" and assigned["6"] == "STC" and assigned["1"] == "SNV"


BAD_SET_UPS = {
    "bad_rating_bands": dict(bands={None: WIDE, "xa-phuong": [("Khá", "50"), ("Tốt", "80")]}),
    "unknown_group": dict(bands={None: WIDE, "khong-co": COMMUNE}),
    "bad_date": dict(deadlines={"self_scoring": "31/02/2026"}),
    "bad_deadline_kind": dict(deadlines={"hop_giao_ban": "2026-03-31"}),
    "unknown_criteria_set": dict(groups={"so": ("Sở", "khong-co-bo-nay")}),
    "setup_no_groups": dict(groups={}),
    "campaign_title_required": dict(title="  "),
    "bad_year": dict(year=1990),
}


@pytest.mark.parametrize("code", sorted(BAD_SET_UPS))
def test_a_bad_value_leaves_nothing_behind(coord, code):
    before = dump(coord)
    with pytest.raises(CchcError) as caught:
        set_up(coord, **BAD_SET_UPS[code])
    assert caught.value.code == code
    assert dump(coord) == before
    for lang in messages.LANGS:
        assert "{" not in messages.sentence(caught.value, lang)


def test_only_the_coordinator_sets_up(tmp_path):
    with open_workspace(tmp_path / "unit", create=True) as ws:
        workspaces.initialise(ws, role="unit", unit_code="STP", unit_name="Sở Tư pháp")
        set_id = criteria.load_sample_criteria_set(ws).id
        before = dump(ws)
        with pytest.raises(InvalidInput) as caught:
            setup.set_up_campaign(ws, year=2026, title="Đợt", province="", groups={
                "so": ("Sở", set_id)}, deadlines={}, bands={})
        assert (caught.value.code, caught.value.data["role"]) == ("coordinator_only", "unit")
        assert dump(ws) == before


def test_enrol_by_type_takes_the_units_valid_at_the_end_of_the_year(coord):
    campaign = set_up(coord)
    units.create_unit(coord, code="XA-CU", name="UBND xã Cũ", unit_type="ubnd_xa",
                      valid_to="2026-06-30")
    units.create_unit(coord, code="XA-MOI", name="UBND xã Mới", unit_type="ubnd_xa",
                      valid_from="2027-01-01")
    campaigns.enrol_unit(coord, campaign.id, units.unit_by_code(coord, "STP").id, "so-ban-nganh")
    done = setup.enrol_by_type(coord, campaign.id, {"so": "so-ban-nganh",
                                                    "ban_nganh": "so-ban-nganh",
                                                    "ubnd_xa": "xa-phuong"})
    assert [u.code for u in done] == ["SKHCN", "SNV", "STC", "VP", "XA-AB"]
    assert campaigns.group_of(coord, campaign.id, units.unit_by_code(coord, "XA-AB").id).code == (
        "xa-phuong")
    assert setup.enrol_by_type(coord, campaign.id, {"so": "so-ban-nganh"}) == []
    before = dump(coord)
    with pytest.raises(NotFound):
        setup.enrol_by_type(coord, campaign.id, {"nganh_doc": "khong-co"})
    with pytest.raises(InvalidInput):
        setup.enrol_by_type(coord, campaign.id, {"bo": "so-ban-nganh"})
    assert dump(coord) == before


def codes(problems, severity=None) -> list[str]:
    return [p.code for p in problems if severity is None or p.severity == severity]


def test_a_campaign_set_up_and_enrolled_is_ready(coord):
    campaign = set_up(coord)
    assert codes(setup.publish_problems(coord, campaign.id), "error") == ["publish_no_units"]
    setup.enrol_by_type(coord, campaign.id, {"so": "so-ban-nganh", "ban_nganh": "so-ban-nganh",
                                             "ubnd_xa": "xa-phuong"})
    problems = setup.publish_problems(coord, campaign.id)
    assert setup.can_publish(problems), problems
    assert codes(problems) == []


def test_what_stands_in_the_way_of_publishing(coord):
    ids = sets(coord)
    deadlines = {**setup.default_deadlines(2027), "round1_appraisal": "10/12/2027"}
    del deadlines["self_scoring"], deadlines["proposals"]
    deadlines["self_scoring"] = "20/12/2027"
    campaign = set_up(coord, year=2027, deadlines=deadlines, bands={"xa-phuong": COMMUNE})
    campaigns.enrol_unit(coord, campaign.id, units.unit_by_code(coord, "STP").id, "so-ban-nganh")
    units.create_unit(coord, code="XA-CU", name="UBND xã Cũ", unit_type="ubnd_xa",
                      valid_to="2025-06-30")
    campaigns.enrol_unit(coord, campaign.id, units.unit_by_code(coord, "XA-CU").id, "xa-phuong")
    campaigns.add_unit_group(coord, campaign.id, code="moi", name="Nhóm mới",
                             criteria_set_id=ids["so-ban-nganh"])
    problems = setup.publish_problems(coord, campaign.id)
    assert not setup.can_publish(problems)
    errors = codes(problems, "error")
    assert errors.count("publish_area_without_appraiser") == 10  # 8 areas, bonus, penalty
    assert "publish_order_round1_appraisal" in errors
    order = next(p for p in problems if p.code == "publish_order_round1_appraisal")
    assert order.data == {"date": "10/12/2027", "earlier_date": "20/12/2027"}
    warnings = codes(problems, "warning")
    for code in ("publish_group_empty", "publish_unit_not_valid", "publish_no_bands",
                 "publish_set_other_year", "publish_no_proposals_deadline"):
        assert code in warnings, code
    assert codes(problems)[:len(errors)] == errors  # errors first
    for problem in problems:
        for lang in messages.LANGS:
            text = messages.item_sentence(problem.code, problem.data, lang)
            assert "{" not in text and "?" not in text, (problem.code, text)


def test_missing_self_scoring_deadline_and_a_different_appraiser(coord):
    campaign = set_up(coord, deadlines={"publication": "31/03/2027"})
    setup.enrol_by_type(coord, campaign.id, {"so": "so-ban-nganh", "ubnd_xa": "xa-phuong"})
    coord.db.execute("UPDATE area_appraisers SET appraiser_code = 'SNV', appraiser_name = "
                     "'Sở Nội vụ' WHERE area_code = '2'")
    problems = setup.publish_problems(coord, campaign.id)
    assert codes(problems, "error") == ["publish_no_self_scoring_deadline"]
    differs = [p.data for p in problems if p.code == "publish_appraiser_differs"]
    assert {d["group"] for d in differs} == {"so-ban-nganh", "xa-phuong"}
    assert all(d["named"] == "Sở Tư pháp" and d["area"] == "2" for d in differs)


def test_each_group_is_rated_by_its_own_bands(coord):
    """A commune gets the commune bands, a department the campaign-wide ones; setting one
    group's bands leaves the others alone."""
    campaign = set_up(coord)
    setup.enrol_by_type(coord, campaign.id, {"so": "so-ban-nganh", "ubnd_xa": "xa-phuong"})
    commune, department = (units.unit_by_code(coord, c) for c in ("XA-AB", "STP"))
    assert scoring.scoresheet(coord, campaign.id, commune.id).self_totals.band == "Chưa hoàn thành"
    assert scoring.scoresheet(coord, campaign.id, department.id).self_totals.band == "Yếu"
    campaigns.set_rating_bands(coord, campaign.id, [("Đạt", "0")], group_code="so-ban-nganh")
    assert scoring.scoresheet(coord, campaign.id, department.id).self_totals.band == "Đạt"
    assert [b.label for b in campaigns.rating_bands(coord, campaign.id)] == [b for b, _ in WIDE]
    campaigns.set_rating_bands(coord, campaign.id, [], group_code="so-ban-nganh")
    assert scoring.scoresheet(coord, campaign.id, department.id).self_totals.band == "Yếu"
    group = campaigns.group_of(coord, campaign.id, commune.id)
    assert [b.label for b in campaigns.rating_bands(coord, campaign.id, group.id)] == [
        b for b, _ in COMMUNE]
