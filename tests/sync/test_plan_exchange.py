"""The province's plan and the proposals for next year's plan on real installations, keys and
packages: Sở Nội vụ (SNV) sets up a campaign with a plan; the campaign package brings each
unit its own plan tasks (and each group's rating bands); a department (STP) reports progress
in its submission and SNV sees it by unit and by area; STP proposes tasks for next year in a
signed proposal package, sent again after changes and after the deadline; SNV adopts and
drafts them into the next campaign's plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.models import (
    assessments,
    campaigns,
    criteria,
    evidence,
    plan,
    scoring,
    setup,
    tasks,
    units,
    workspaces,
)
from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace, open_workspace
from desktop.sync import exchange, keys
from desktop.sync import plan as plan_sync

PROVINCE = "An Giang"
TODAY = dt.date.today()
SOON = (TODAY + dt.timedelta(days=30)).isoformat()
LATER = (TODAY + dt.timedelta(days=60)).isoformat()
COMMUNE_BANDS = [("Hoàn thành tốt", "75"), ("Chưa hoàn thành", "0")]


class World:
    """SNV with a campaign of this year over both sample sets, STP and the commune XA-AB
    enrolled (VP, Văn phòng UBND tỉnh, only appraises area 3), three plan tasks (two for STP, one for XA-AB), and both units' workspaces with
    the campaign imported and STP's key approved."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.coord = workspaces.create_workspace(tmp / "snv", "main", role="coordinator",
                                                 unit_code="SNV", unit_name="Sở Nội vụ",
                                                 province=PROVINCE)
        with open_workspace(self.coord) as ws:
            ids = {g: criteria.load_sample_criteria_set(ws, g).id
                   for g in ("so-ban-nganh", "xa-phuong")}
            for code, name, unit_type in (("STP", "Sở Tư pháp", "so"),
                                          ("XA-AB", "UBND xã An Bình", "ubnd_xa"),
                                          ("VP", "Văn phòng UBND tỉnh", "ban_nganh")):
                units.create_unit(ws, code=code, name=name, unit_type=unit_type,
                                  province=PROVINCE)
            campaign = setup.set_up_campaign(
                ws, year=TODAY.year, title=f"Đánh giá CCHC năm {TODAY.year}", province=PROVINCE,
                groups={"so": ("Sở, ban, ngành", ids["so-ban-nganh"]),
                        "xa": ("Xã, phường", ids["xa-phuong"])},
                deadlines={"self_scoring": SOON, "proposals": SOON, "publication": LATER},
                bands={None: [("Tốt", "80"), ("Khá", "50"), ("Yếu", "0")], "xa": COMMUNE_BANDS})
            setup.enrol_by_type(ws, campaign.id, {"so": "so", "ubnd_xa": "xa"})
            self.cid = campaign.id
            self.task = {
                "law": plan.add_plan_task(ws, campaign.id, "STP", title="Rà soát văn bản QPPL",
                                          deadline=SOON, expected_output="Báo cáo rà soát",
                                          area_code="2", source_ref="KH 12/KH-UBND").task.id,
                "train": plan.add_plan_task(ws, campaign.id, "STP", title="Tập huấn CCHC",
                                            deadline=LATER, area_code="1").task.id,
                "onestop": plan.add_plan_task(ws, campaign.id, "XA-AB",
                                              title="Số hóa hồ sơ một cửa", deadline=SOON,
                                              area_code="3").task.id,
            }
        self.dirs = {"SNV": self.coord}
        self.publish()
        for code, name, unit_type in (("STP", "Sở Tư pháp", "so"),
                                      ("XA-AB", "UBND xã An Bình", "ubnd_xa")):
            self.dirs[code] = workspaces.create_workspace(
                tmp / code.lower(), "main", role="unit", unit_code=code, unit_name=name,
                province=PROVINCE, unit_type=unit_type)
            self.take_campaign(code)
        with open_workspace(self.dirs["STP"]) as ws:
            exchange.export_enrolment(ws, tmp / "enrol.cchc")
            fingerprint = keys.ensure_own_key(ws).fingerprint
        with open_workspace(self.coord) as ws:
            assert exchange.import_package(ws, tmp / "enrol.cchc").state == "accepted"
            keys.approve(ws, "STP", fingerprint=fingerprint)

    def publish(self) -> None:
        with open_workspace(self.coord) as ws:
            exchange.export_campaign(ws, self.tmp / "campaign.cchc")

    def take_campaign(self, code: str) -> None:
        with open_workspace(self.coord) as ws:
            root = keys.ensure_own_key(ws).fingerprint
        with open_workspace(self.dirs[code]) as ws:
            done = exchange.import_package(ws, self.tmp / "campaign.cchc", trust_fingerprint=root)
            assert done.state == "accepted", done

    def open(self, code: str) -> Workspace:
        return open_workspace(self.dirs[code])


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def plan_rows(ws: Workspace) -> dict[str, tasks.Task]:
    return {t.id: t for t in tasks.list_tasks(ws) if t.source == "province_plan"}


def test_each_unit_gets_only_its_own_plan_tasks(world):
    with world.open("STP") as ws:
        mine = plan_rows(ws)
        assert set(mine) == {world.task["law"], world.task["train"]}
        law = mine[world.task["law"]]
        assert (law.title, law.deadline, law.expected_output, law.area_code, law.source_ref) == (
            "Rà soát văn bản QPPL", SOON, "Báo cáo rà soát", "2", "KH 12/KH-UBND")
        assert law.unit_id == workspaces.own_unit_id(ws) and law.campaign_id == world.cid
    with world.open("XA-AB") as ws:
        assert set(plan_rows(ws)) == {world.task["onestop"]}
        # The commune's own rating bands came with the campaign.
        campaign = campaigns.require_active_campaign(ws)
        sheet = scoring.scoresheet(ws, campaign.id, workspaces.own_unit_id(ws))
        assert sheet.self_totals.band == "Chưa hoàn thành"
    with world.open("STP") as ws:
        campaign = campaigns.require_active_campaign(ws)
        assert scoring.scoresheet(ws, campaign.id, workspaces.own_unit_id(ws)).self_totals.band == "Yếu"


def submit_from_stp(world: World, name: str = "sub.cchc") -> Path:
    scan = world.tmp / "Báo cáo rà soát.pdf"
    scan.write_bytes("%PDF-1.4 báo cáo".encode())
    with world.open("STP") as ws:
        campaign = campaigns.require_active_campaign(ws)
        unit_id = workspaces.own_unit_id(ws)
        assessments.score_criterion(ws, campaign.id, unit_id, "1.1.1", "kịp thời")
        evidence.add_evidence(ws, scan, doc_number="12/BC-STP", doc_date=TODAY.isoformat(),
                              criterion_code="1.1.1")
        exchange.export_submission(ws, world.tmp / name)
    return world.tmp / name


def test_progress_travels_back_and_the_coordinator_sees_it(world):
    with world.open("STP") as ws:
        tasks.update_task(ws, world.task["law"], status="done", notes="Đã ban hành báo cáo")
        tasks.update_task(ws, world.task["train"], status="in_progress", progress=40,
                          owner="Văn phòng Sở")
        with pytest.raises(InvalidInput) as refused:  # what the province assigned stays
            tasks.update_task(ws, world.task["train"], title="Tập huấn (sửa ở đơn vị)")
        assert refused.value.code == "province_task_assigned"
        # An installation that let the title be changed anyway (an older version, or edited
        # by hand): Sở Nội vụ still keeps its own title.
        from desktop.models import records

        with ws.write() as db:
            records.update(db, "tasks", world.task["train"],
                           {"title": "Tập huấn (sửa ở đơn vị)"}, actor="test")
    package = submit_from_stp(world)
    with world.open("SNV") as ws:
        assert exchange.import_package(ws, package).state == "accepted"
        progress = plan.plan_progress(ws, world.cid)
        by_unit = {r.key: r for r in progress.by_unit}
        assert (by_unit["STP"].count, by_unit["STP"].done, by_unit["STP"].in_progress,
                by_unit["STP"].average) == (2, 1, 1, 70)
        assert (by_unit["XA-AB"].count, by_unit["XA-AB"].done, by_unit["XA-AB"].average) == (
            1, 0, 0)
        by_area = {r.key: r for r in progress.by_area}
        assert (by_area["2"].done, by_area["1"].in_progress, by_area["3"].not_started) == (1, 1, 1)
        train = tasks.get_task(ws, world.task["train"])
        # What the province assigned stays as it wrote it; the unit's progress is taken.
        assert (train.title, train.owner, train.progress) == ("Tập huấn CCHC", "Văn phòng Sở", 40)
        assert tasks.get_task(ws, world.task["law"]).notes == "Đã ban hành báo cáo"


def test_a_changed_plan_updates_the_unit_and_keeps_its_progress(world):
    with world.open("STP") as ws:
        tasks.update_task(ws, world.task["law"], status="in_progress", progress=60,
                          notes="Đang rà soát")
    with world.open("SNV") as ws:
        plan.update_plan_task(ws, world.task["law"], title="Rà soát, hệ thống hóa văn bản QPPL",
                              deadline=LATER, expected_output="Báo cáo và danh mục")
        plan.add_plan_task(ws, world.cid, "STP", title="Nhiệm vụ mới", deadline=LATER)
    world.publish()
    world.take_campaign("STP")
    with world.open("STP") as ws:
        mine = plan_rows(ws)
        assert len(mine) == 3
        law = mine[world.task["law"]]
        assert (law.title, law.deadline, law.expected_output) == (
            "Rà soát, hệ thống hóa văn bản QPPL", LATER, "Báo cáo và danh mục")
        assert (law.status, law.progress, law.notes) == ("in_progress", 60, "Đang rà soát")


def test_a_campaign_package_does_not_overwrite_a_units_own_task(world):
    """A plan task whose id is already one of the unit's own tasks refuses the package."""
    with world.open("STP") as ws:
        own = tasks.add_task(ws, "Việc riêng")
        before = [t.to_json() for t in tasks.list_tasks(ws)]
    with world.open("SNV") as ws:
        ws.db.execute("UPDATE tasks SET id = ? WHERE id = ?", [own.id, world.task["train"]])
    world.publish()
    with world.open("SNV") as ws:
        root = keys.ensure_own_key(ws).fingerprint
    with world.open("STP") as ws:
        done = exchange.import_package(ws, world.tmp / "campaign.cchc", trust_fingerprint=root)
        assert (done.state, done.code) == ("refused", "package_bad_records")
        assert [t.to_json() for t in tasks.list_tasks(ws)] == before


def send_proposals(world: World, name: str) -> Path:
    with world.open("STP") as ws:
        plan_sync.export_proposals(ws, world.tmp / name)
    return world.tmp / name


def test_proposals_round_trip_resend_and_draft_plan(world):
    with world.open("STP") as ws:
        with pytest.raises(InvalidInput) as caught:
            plan_sync.export_proposals(ws, world.tmp / "none.cchc")
        assert caught.value.code == "no_proposals"
        a = plan.add_proposal(ws, world.cid, title="Số hóa thủ tục lý lịch tư pháp",
                              expected_output="100% hồ sơ trực tuyến", area_code="3",
                              deadline=f"{TODAY.year + 1}-06-30", note="Cần kinh phí")
        b = plan.add_proposal(ws, world.cid, title="Tập huấn pháp luật")
    first = send_proposals(world, "p1.cchc")
    with world.open("SNV") as ws:
        result = exchange.import_package(ws, first)
        assert result.state == "accepted" and not any(f.startswith("late") for f in result.flags)
        got = {p.id: p for p in plan.proposals(ws, world.cid)}
        assert set(got) == {a.id, b.id}
        assert (got[a.id].unit_code, got[a.id].area_code, got[a.id].note, got[a.id].late) == (
            "STP", "3", "Cần kinh phí", None)
        plan.decide_proposal(ws, b.id, False)
    with world.open("STP") as ws:
        plan.update_proposal(ws, a.id, title="Số hóa lý lịch tư pháp", area_code="3")
        plan.update_proposal(ws, b.id, title="Tập huấn pháp luật (sửa)")
        c = plan.add_proposal(ws, world.cid, title="Khảo sát mức độ hài lòng")
    second = send_proposals(world, "p2.cchc")
    with world.open("SNV") as ws:
        assert exchange.import_package(ws, second).state == "accepted"
        again = exchange.import_package(ws, second)
        assert again.state == "duplicate"
        got = {p.id: p for p in plan.proposals(ws, world.cid)}
        assert set(got) == {a.id, b.id, c.id}  # updated, never duplicated
        assert got[a.id].title == "Số hóa lý lịch tư pháp"
        # A decided proposal keeps its decision and what was decided on.
        assert (got[b.id].state, got[b.id].title) == ("declined", "Tập huấn pháp luật")
        plan.decide_proposal(ws, a.id, True)
        plan.decide_proposal(ws, c.id, True)
        following = setup.set_up_campaign(
            ws, year=TODAY.year + 1, title=f"Đánh giá CCHC năm {TODAY.year + 1}",
            province=PROVINCE, groups={"so": ("Sở, ban, ngành", criteria.list_criteria_sets(
                ws)[-1].id)}, deadlines={}, bands={})
        made = plan.draft_plan(ws, world.cid, following.id)
        assert sorted((t.unit_code, t.task.title) for t in made) == [
            ("STP", "Khảo sát mức độ hài lòng"), ("STP", "Số hóa lý lịch tư pháp")]
        assert plan.draft_plan(ws, world.cid, following.id) == []
        assert len(plan.plan_tasks(ws, following.id)) == 2


def test_proposals_after_the_deadline_are_marked_late(world):
    with world.open("STP") as ws:
        early = plan.add_proposal(ws, world.cid, title="Đề xuất đúng hạn")
    on_time = send_proposals(world, "p1.cchc")
    with world.open("SNV") as ws:
        assert exchange.import_package(ws, on_time).state == "accepted"
        yesterday = (TODAY - dt.timedelta(days=1)).isoformat()
        ws.db.execute("UPDATE deadlines SET due_date = ? WHERE campaign_id = ? AND "
                      "kind = 'proposals'", [yesterday, world.cid])
    with world.open("STP") as ws:
        late = plan.add_proposal(ws, world.cid, title="Đề xuất muộn")
    resent = send_proposals(world, "p2.cchc")
    with world.open("SNV") as ws:
        result = exchange.import_package(ws, resent)
        assert result.state == "accepted" and f"late:{yesterday}" in result.flags
        got = {p.id: p.late for p in plan.proposals(ws, world.cid)}
        assert got == {early.id: None, late.id: yesterday}


def test_proposals_go_to_the_coordinator_only(world):
    with world.open("SNV") as ws:
        plan.add_proposal(ws, world.cid, title="Đề xuất của chính Sở Nội vụ")
        with pytest.raises(InvalidInput) as caught:
            plan_sync.export_proposals(ws, world.tmp / "x.cchc")
        assert caught.value.code == "package_wrong_role"
    with world.open("STP") as ws:
        plan.add_proposal(ws, world.cid, title="Đề xuất")
    sent = send_proposals(world, "p.cchc")
    with world.open("XA-AB") as ws:
        before = list(ws.db.conn.iterdump())
        result = exchange.import_package(ws, sent)
        assert (result.state, result.code) == ("refused", "package_wrong_role")
        assert list(ws.db.conn.iterdump()) == before



def test_publishing_waits_for_a_complete_set_up(world):
    """A group added without its area appraisers stops the publication before anything is
    written; once they are saved, the package is published with the warnings to show."""
    from desktop.models import appraisal

    with world.open("SNV") as ws:
        campaigns.add_unit_group(ws, world.cid, code="moi", name="Nhóm mới",
                                 criteria_set_id=campaigns.group_of(
                                     ws, world.cid, units.unit_by_code(ws, "STP").id
                                 ).criteria_set_id)
        before = list(ws.db.conn.iterdump())
        with pytest.raises(InvalidInput) as caught:
            plan_sync.publish_campaign(ws, world.tmp / "again.cchc")
        assert caught.value.code == "publish_refused" and caught.value.data["count"] == 10
        assert {p.code for p in caught.value.data["problems"]} == {
            "publish_area_without_appraiser"}
        assert list(ws.db.conn.iterdump()) == before
        assert not (world.tmp / "again.cchc").exists()
        appraisal.default_area_appraisers(ws, world.cid)
        built, warnings = plan_sync.publish_campaign(ws, world.tmp / "again.cchc")
        assert built.path.is_file() and not any(p.is_error for p in warnings)
        assert "publish_group_empty" in {p.code for p in warnings}


def stored_appraisers(ws: Workspace) -> set[tuple[str, str, str]]:
    return {tuple(r) for r in ws.db.execute(
        "SELECT g.code, a.area_code, a.appraiser_code FROM area_appraisers a JOIN unit_groups g "
        "ON g.id = a.group_id")}


def test_area_appraisers_travel_and_an_appraiser_not_assessed_takes_the_package(world):
    from desktop.models import appraisal

    with world.open("SNV") as ws:
        sent = stored_appraisers(ws)
    assert {("so", "3", "VP"), ("so", "2", "STP")} <= sent and len(sent) == 20
    with world.open("STP") as ws:
        assert stored_appraisers(ws) == sent
    folder = workspaces.create_workspace(world.tmp / "vp", "main", role="appraiser",
                                         unit_code="VP", unit_name="Văn phòng UBND tỉnh",
                                         province=PROVINCE, unit_type="ban_nganh")
    world.dirs["VP"] = folder
    world.take_campaign("VP")
    with world.open("VP") as ws:
        assert stored_appraisers(ws) == sent and plan_rows(ws) == {}
    outsider = workspaces.create_workspace(world.tmp / "syt", "main", role="unit",
                                           unit_code="SYT", unit_name="Sở Y tế",
                                           province=PROVINCE)
    with world.open("SNV") as ws:
        root = keys.ensure_own_key(ws).fingerprint
    with open_workspace(outsider) as ws:
        result = exchange.import_package(ws, world.tmp / "campaign.cchc", trust_fingerprint=root)
        assert (result.state, result.code) == ("refused", "package_not_for_us")
    with world.open("SNV") as ws:
        appraisal.set_area_appraiser(ws, world.cid, "so", "3", "STP")
    world.publish()
    world.take_campaign("STP")
    with world.open("STP") as ws:
        now = stored_appraisers(ws)
    assert ("so", "3", "STP") in now and ("so", "3", "VP") not in now and len(now) == 20
