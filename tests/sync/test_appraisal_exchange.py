"""The appraisal cycle on real installations, keys, packages and files: Sở Nội vụ (SNV,
coordinator) sends appraisal work to Sở Tư pháp (STP, an appraiser that is itself assessed),
STP sends its results back, SNV asks Sở Y tế (SYT) to explain, SYT answers with
supplementary evidence, round 2 gives the final score. Plus what must be refused whole, what
must change nothing, and packages that arrive out of order."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop.models import (
    appraisal,
    assessments,
    campaigns,
    evidence,
    records,
    scoring,
    stages,
    units,
    workspaces,
)
from desktop.models.errors import InvalidInput
from desktop.models.store import Workspace, open_workspace
from desktop.sync import appraisal as appraisal_sync
from desktop.sync import exchange, keys, package

PROVINCE = "An Giang"


class World:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.coord = workspaces.create_workspace(tmp / "snv", "main", role="coordinator",
                                                 unit_code="SNV", unit_name="Sở Nội vụ",
                                                 province=PROVINCE, sample_group="so-ban-nganh")
        with open_workspace(self.coord) as ws:
            campaign = campaigns.require_active_campaign(ws)
            self.cid = campaign.id
            for code, name in (("STP", "Sở Tư pháp"), ("SYT", "Sở Y tế")):
                unit = units.create_unit(ws, code=code, name=name, unit_type="so",
                                         province=PROVINCE)
                campaigns.enrol_unit(ws, campaign.id, unit.id, "so-ban-nganh")
            campaigns.set_deadline(ws, campaign.id, kind="explanation", due_date="2027-01-31")
            appraisal.default_area_appraisers(ws, campaign.id)
            exchange.export_campaign(ws, tmp / "campaign.cchc")
            root = keys.ensure_own_key(ws).fingerprint
        self.dirs = {"SNV": self.coord}
        for code, name in (("STP", "Sở Tư pháp"), ("SYT", "Sở Y tế")):
            folder = workspaces.create_workspace(tmp / code.lower(), "main", role="unit",
                                                 unit_code=code, unit_name=name,
                                                 province=PROVINCE)
            self.dirs[code] = folder
            with open_workspace(folder) as ws:
                done = exchange.import_package(ws, tmp / "campaign.cchc", trust_fingerprint=root)
                assert done.state == "accepted", done
                exchange.export_enrolment(ws, tmp / f"enrol-{code}.cchc")
                fingerprint = keys.ensure_own_key(ws).fingerprint
            with open_workspace(self.coord) as ws:
                assert exchange.import_package(ws, tmp / f"enrol-{code}.cchc").state == "accepted"
                keys.approve(ws, code, fingerprint=fingerprint)

    def open(self, code: str) -> Workspace:
        return open_workspace(self.dirs[code])

    def bring(self, code: str, path: Path, state: str = "accepted") -> exchange.ImportResult:
        with self.open(code) as ws:
            result = exchange.import_package(ws, path)
        assert result.state == state, result
        return result

    def file(self, name: str, content: str) -> Path:
        path = self.tmp / name
        path.write_bytes(f"%PDF-1.4 {content}".encode())
        return path


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def _unit_id(ws: Workspace, code: str) -> str:
    return units.unit_by_code(ws, code).id


def _row(ws: Workspace, cid: str, unit_code: str, code: str) -> assessments.Assessment:
    unit_id = _unit_id(ws, unit_code)
    criterion = assessments.criterion_for(ws, cid, unit_id, code)
    return assessments.assessments_of(ws, cid, unit_id)[criterion.id]


def _tables(ws: Workspace, *names: str) -> list[tuple]:
    out = []
    for name in names:
        out += [(name, *row) for row in ws.db.execute(f"SELECT * FROM {name} ORDER BY 1, 2")]
    return out


def _audit(ws: Workspace) -> int:
    return ws.db.execute("SELECT count(*) FROM audit_log WHERE entity IN ('appraisals', "
                         "'assessments', 'unit_results', 'evidence_assessments')").fetchone()[0]


def _submit_syt(world: World) -> Path:
    with world.open("SYT") as ws:
        own = workspaces.own_unit_id(ws)
        assessments.score_criterion(ws, world.cid, own, "1.1.1", "kịp thời")
        evidence.add_evidence(ws, world.file("Kế hoạch CCHC.pdf", "ke hoach"),
                              doc_number="10/KH-SYT", doc_date="2026-01-05", criterion_code="1.1.1")
        assessments.score_criterion(ws, world.cid, own, "2.1", "100")
        evidence.add_evidence(ws, world.file("Rà soát VBQPPL.pdf", "ra soat"),
                              doc_number="30/BC-SYT", doc_date="2026-06-30", criterion_code="2.1")
        assessments.score_criterion(ws, world.cid, own, "2.2", "đạt",
                                    explanation="Không có sai sót trong năm.")
        exchange.export_submission(ws, world.tmp / "sub-syt.cchc")
    return world.tmp / "sub-syt.cchc"


def _submit_stp(world: World) -> Path:
    with world.open("STP") as ws:
        own = workspaces.own_unit_id(ws)
        assessments.score_criterion(ws, world.cid, own, "2.1", "100", explanation="Đủ văn bản.")
        exchange.export_submission(ws, world.tmp / "sub-stp.cchc")
        # A correction after submitting, not sent yet: the appraisal work must not undo it.
        assessments.score_criterion(ws, world.cid, own, "2.1", "50", explanation="Sửa lại.",
                                    reason="Soát lại số liệu")
    return world.tmp / "sub-stp.cchc"


def _received(world: World) -> None:
    """Both submissions at SNV; SYT has SNV's receipt (so it knows which files SNV holds)."""
    syt = world.bring("SNV", _submit_syt(world))
    world.bring("SNV", _submit_stp(world))
    with world.open("SNV") as ws:
        exchange.export_receipt(ws, world.tmp / "receipt-syt.cchc", package_hash=syt.package_hash)
    world.bring("SYT", world.tmp / "receipt-syt.cchc")


def _work(world: World, round: int, name: str) -> Path:
    with world.open("SNV") as ws:
        appraisal_sync.export_appraisal_work(ws, world.tmp / name, "STP", round=round)
    world.bring("STP", world.tmp / name)
    return world.tmp / name


def _stp_round_one(world: World, name: str = "appr1.cchc") -> Path:
    with world.open("STP") as ws:
        syt = _unit_id(ws, "SYT")
        appraisal.record_appraisal(ws, world.cid, syt, "2.1", "60", round=1,
                                   remark="Thiếu Quyết định công bố số 05.",
                                   reason_code="evidence_insufficient", request_explanation=True)
        appraisal.record_appraisal(ws, world.cid, syt, "2.2", "đạt", round=1)
        appraisal.record_appraisal(ws, world.cid, workspaces.own_unit_id(ws), "2.1", "50", round=1)
        appraisal_sync.export_appraisal(ws, world.tmp / name, round=1)
    return world.tmp / name


def _requests(world: World, round: int) -> dict[str, Path]:
    with world.open("SNV") as ws:
        built = appraisal_sync.export_explanation_requests(ws, world.tmp / f"req{round}",
                                                           round=round)
    return {b.manifest["recipient"]["unit_code"]: b.path for b in built}


def _explain(world: World) -> Path:
    with world.open("SYT") as ws:
        own = workspaces.own_unit_id(ws)
        appraisal.answer_explanation(ws, world.cid, own, "2.1",
                                     "Bổ sung Quyết định 05/QĐ-UBND công bố văn bản.")
        evidence.add_evidence(ws, world.file("QĐ 05 công bố.pdf", "quyet dinh 05"),
                              doc_number="05/QĐ-UBND", doc_date="2026-02-01", criterion_code="2.1")
        plan = next(e for e in evidence.list_evidence(ws) if e.doc_number == "10/KH-SYT")
        evidence.link_existing(ws, [plan.id], world.cid, own, "2.1", reason="Bổ sung")
        appraisal_sync.export_explanation(ws, world.tmp / "explanation.cchc")
    return world.tmp / "explanation.cchc"


def test_round_one_explanation_round_two(world: World) -> None:
    _received(world)
    _work(world, 1, "work1.cchc")
    with world.open("SNV") as ws:
        assert [stages.get_stage(ws, world.cid, _unit_id(ws, c)) for c in ("STP", "SYT")] == [
            "in_appraisal", "in_appraisal"]
    with world.open("STP") as ws:
        own = _row(ws, world.cid, "STP", "2.1")
        assert (own.input_value, own.score, own.explanation) == ("50", "0.75", "Sửa lại.")
        rows = appraisal.appraisal_rows(ws, world.cid, appraiser_code="STP")
        assert {r["unit_code"] for r in rows} == {"STP", "SYT"} and len(rows) == 10
        syt_21 = next(r for r in rows if (r["unit_code"], r["criterion_code"]) == ("SYT", "2.1"))
        assert (syt_21["self_input"], syt_21["self_score"]) == ("100", "1.5")
        assert [e["doc_number"] for e in syt_21["evidence"]] == ["30/BC-SYT"]
        assert ws.evidence.has(syt_21["evidence"][0]["sha256"])
        assert _row(ws, world.cid, "SYT", "2.1").appraised_score is None
    first = _stp_round_one(world)
    with world.open("SNV") as ws:
        appraisal.record_appraisal(ws, world.cid, _unit_id(ws, "SYT"), "1.1.1", "kịp thời", round=1)
    world.bring("SNV", first)
    with world.open("SNV") as ws:
        row = _row(ws, world.cid, "SYT", "2.1")
        assert (row.score, row.appraised_score, row.appraised_by, row.explanation_requested,
                row.appraisal_reason, row.appraised_self_score) == (
            "1.5", "0.75", "STP", 1, "evidence_insufficient", "1.5")
        assert _row(ws, world.cid, "STP", "2.1").appraised_score == "0.75"
        assert stages.get_stage(ws, world.cid, _unit_id(ws, "STP")) == "appraised"
        assert stages.get_stage(ws, world.cid, _unit_id(ws, "SYT")) == "in_appraisal"
    sent = _requests(world, 1)
    assert sorted(sent) == ["STP", "SYT"]
    with world.open("SNV") as ws:
        assert stages.get_stage(ws, world.cid, _unit_id(ws, "SYT")) == "explanation_requested"
    world.bring("SYT", sent["SYT"])
    with world.open("SYT") as ws:
        own = workspaces.own_unit_id(ws)
        asked = appraisal.explanation_requests(ws, world.cid, own)
        assert [(a["code"], a["appraised_score"], a["reason_code"], a["remark"]) for a in asked] == [
            ("2.1", "0.75", "evidence_insufficient", "Thiếu Quyết định công bố số 05.")]
        assert appraisal.explanation_deadline(ws, world.cid) == "2027-01-31"
        assert _row(ws, world.cid, "SYT", "1.1.1").appraised_score == "1"
        assert _row(ws, world.cid, "SYT", "2.2").appraised_score == "1.5"
        with pytest.raises(InvalidInput) as unanswered:
            appraisal_sync.export_explanation(ws, world.tmp / "too-early.cchc")
        assert unanswered.value.data["count"] == 1
    explanation = _explain(world)
    with package.open_package(explanation) as opened:
        carried = {m["original_name"] for m in opened.evidence_members()}
        assert carried == {"QĐ 05 công bố.pdf"}
        assert len(opened.manifest["body"]["references"]) == 2
    world.bring("SNV", explanation)
    with world.open("SNV") as ws:
        row = _row(ws, world.cid, "SYT", "2.1")
        assert row.explanation_response == "Bổ sung Quyết định 05/QĐ-UBND công bố văn bản."
        cited = evidence.evidence_for_criterion(ws, world.cid, _unit_id(ws, "SYT"), "2.1")
        assert sorted(e.doc_number for e in cited) == ["05/QĐ-UBND", "10/KH-SYT", "30/BC-SYT"]
        assert stages.get_stage(ws, world.cid, _unit_id(ws, "SYT")) == "explained"
    _work(world, 2, "work2.cchc")
    with world.open("STP") as ws:
        rows = appraisal.appraisal_rows(ws, world.cid, unit_id=_unit_id(ws, "SYT"), round=2)
        syt_21 = next(r for r in rows if r["criterion_code"] == "2.1")
        assert syt_21["explanation_response"].startswith("Bổ sung Quyết định 05")
        assert len(syt_21["evidence"]) == 3 and all(ws.evidence.has(e["sha256"])
                                                      for e in syt_21["evidence"])
        assert (syt_21["previous_appraised_score"], syt_21["appraised_score"]) == ("0.75", None)
        appraisal.record_appraisal(ws, world.cid, _unit_id(ws, "SYT"), "2.1", "80", round=2,
                                   remark="Đã bổ sung; còn 1 văn bản chậm.")
        appraisal_sync.export_appraisal(ws, world.tmp / "appr2.cchc", round=2)
        own = _row(ws, world.cid, "STP", "2.1")
        assert (own.input_value, own.score, own.appraised_score) == ("50", "0.75", "0.75")
    world.bring("SNV", world.tmp / "appr2.cchc")
    with world.open("SNV") as ws:
        syt = _unit_id(ws, "SYT")
        history = ws.db.execute("SELECT c.code, a.round, a.appraised_score, a.appraiser_code "
                                "FROM appraisals a JOIN criteria c ON c.id = a.criterion_id "
                                "WHERE a.unit_id = ? ORDER BY c.code, a.round", [syt]).fetchall()
        assert history == [("1.1.1", 1, "1", "SNV"), ("2.1", 1, "0.75", "STP"),
                           ("2.1", 2, "1", "STP"), ("2.2", 1, "1.5", "STP")]
        sheet = scoring.scoresheet(ws, world.cid, syt, with_suggestions=False)
        assert sheet.appraised_totals.self_scored == Decimal("3.5")  # 1 + 1 + 1.5
        assert sheet.self_totals.self_scored == Decimal("4")        # 1 + 1.5 + 1.5
        assert stages.get_stage(ws, world.cid, syt) == "appraised"
    final = _requests(world, 2)
    world.bring("SYT", final["SYT"])
    with world.open("SYT") as ws:
        row = _row(ws, world.cid, "SYT", "2.1")
        assert (row.appraised_score, row.appraisal_round, row.explanation_requested) == ("1", 2, 1)
        assert (row.input_value, row.score) == ("100", "1.5")


def test_an_appraiser_cannot_appraise_another_area(world: World) -> None:
    _received(world)
    _work(world, 1, "work1.cchc")
    with world.open("STP") as ws:
        appraisal.set_area_appraiser(ws, world.cid, "so-ban-nganh", "1", "STP")  # by its own hand
        syt = _unit_id(ws, "SYT")
        appraisal.record_appraisal(ws, world.cid, syt, "2.2", "đạt", round=1)
        appraisal.record_appraisal(ws, world.cid, syt, "1.1.1", "chậm", round=1)
        appraisal_sync.export_appraisal(ws, world.tmp / "overreach.cchc", round=1)
    with world.open("SNV") as ws:
        before = list(ws.db.conn.iterdump())
        refused = exchange.import_package(ws, world.tmp / "overreach.cchc")
        assert (refused.state, refused.code) == ("refused", "appraisal_other_area")
        assert refused.data == {"unit": "SYT", "criterion": "1.1.1", "area": "1"}
        assert list(ws.db.conn.iterdump()) == before
        assert (world.tmp / "overreach.cchc").is_file()
        with pytest.raises(InvalidInput) as direct:
            appraisal.record_appraisal(ws, world.cid, _unit_id(ws, "SYT"), "1.1.1", "chậm",
                                       round=1, appraiser_code="STP")
        assert direct.value.code == "appraisal_other_area"


def test_the_same_result_again_changes_nothing(world: World) -> None:
    _received(world)
    _work(world, 1, "work1.cchc")
    first = _stp_round_one(world)
    world.bring("SNV", first)
    with world.open("SNV") as ws:
        tables = _tables(ws, "appraisals", "assessments", "unit_results", "evidence_assessments")
        audit = _audit(ws)
    world.bring("SNV", first, state="duplicate")
    with world.open("STP") as ws:
        again = appraisal_sync.export_appraisal(ws, world.tmp / "appr1-again.cchc", round=1)
    assert again.manifest["sequence"] == 2
    world.bring("SNV", again.path)
    with world.open("SNV") as ws:
        assert _tables(ws, "appraisals", "assessments", "unit_results",
                       "evidence_assessments") == tables
        assert _audit(ws) == audit


def test_a_newer_submission_after_appraisal_is_marked(world: World) -> None:
    _received(world)
    _work(world, 1, "work1.cchc")
    first = _stp_round_one(world)
    world.bring("SNV", first)
    with world.open("SYT") as ws:
        assessments.score_criterion(ws, world.cid, workspaces.own_unit_id(ws), "2.2", "có sai sót",
                                    explanation="Một văn bản sai quy trình.", reason="Tự kiểm tra")
        exchange.export_submission(ws, world.tmp / "sub-syt-2.cchc")
    world.bring("SNV", world.tmp / "sub-syt-2.cchc")
    with world.open("SNV") as ws:
        row = _row(ws, world.cid, "SYT", "2.2")
        assert (row.score, row.appraised_score, row.appraised_self_score,
                row.changed_after_appraisal) == ("0", "1.5", "1.5", 1)
        listed = appraisal.appraisal_rows(ws, world.cid, unit_id=_unit_id(ws, "SYT"))
        assert next(r for r in listed if r["criterion_code"] == "2.2")["changed_after_appraisal"]
    with world.open("STP") as ws:  # the same results again: the mark stays
        appraisal_sync.export_appraisal(ws, world.tmp / "appr1-again.cchc", round=1)
    world.bring("SNV", world.tmp / "appr1-again.cchc")
    with world.open("SNV") as ws:
        assert _row(ws, world.cid, "SYT", "2.2").changed_after_appraisal == 1
    _work(world, 1, "work1-again.cchc")
    with world.open("STP") as ws:
        syt = _unit_id(ws, "SYT")
        seen = _row(ws, world.cid, "SYT", "2.2")
        assert (seen.score, seen.changed_after_appraisal, seen.appraised_score) == ("0", 1, "1.5")
        appraisal.record_appraisal(ws, world.cid, syt, "2.2", "có sai sót", round=1,
                                   remark="Đúng như đơn vị tự nhận.")
        appraisal_sync.export_appraisal(ws, world.tmp / "appr1-third.cchc", round=1)
    world.bring("SNV", world.tmp / "appr1-third.cchc")
    with world.open("SNV") as ws:
        row = _row(ws, world.cid, "SYT", "2.2")
        assert (row.appraised_score, row.appraised_self_score, row.changed_after_appraisal) == (
            "0", "0", 0)


def test_round_two_result_before_round_one_loses_nothing(world: World) -> None:
    """Each result package is the appraiser's whole statement so far: the round-2 package
    brings round 1 too, and the round-1 package arriving afterwards is stale."""
    _received(world)
    _work(world, 1, "work1.cchc")
    first = _stp_round_one(world)
    _work(world, 2, "work2.cchc")
    with world.open("STP") as ws:
        appraisal.record_appraisal(ws, world.cid, _unit_id(ws, "SYT"), "2.1", "100", round=2,
                                   remark="Đủ sau giải trình.")
        appraisal_sync.export_appraisal(ws, world.tmp / "appr2.cchc", round=2)
    world.bring("SNV", world.tmp / "appr2.cchc")
    with world.open("SNV") as ws:
        syt = _unit_id(ws, "SYT")
        assert ws.db.execute("SELECT round, appraised_score FROM appraisals a JOIN criteria c ON "
                             "c.id = a.criterion_id WHERE a.unit_id = ? AND c.code = '2.1' "
                             "ORDER BY round", [syt]).fetchall() == [(1, "0.75"), (2, "1.5")]
        before = list(ws.db.conn.iterdump())
    stale = world.bring("SNV", first, state="stale")
    assert stale.code == "package_stale"
    with world.open("SNV") as ws:
        assert list(ws.db.conn.iterdump()) == before
        assert _row(ws, world.cid, "SYT", "2.1").appraised_score == "1.5"


def test_a_result_refused_now_is_accepted_when_retried(world: World) -> None:
    """A refusal leaves the file where it was: once the reason is gone (the area given back
    to STP), importing the same file again merges it."""
    _received(world)
    _work(world, 1, "work1.cchc")
    first = _stp_round_one(world)
    with world.open("SNV") as ws:
        appraisal.set_area_appraiser(ws, world.cid, "so-ban-nganh", "2", "SNV")
        before = list(ws.db.conn.iterdump())
        refused = exchange.import_package(ws, first)
        assert (refused.state, refused.code) == ("refused", "appraisal_other_area")
        assert list(ws.db.conn.iterdump()) == before
        appraisal.set_area_appraiser(ws, world.cid, "so-ban-nganh", "2", "STP")
    world.bring("SNV", first)
    with world.open("SNV") as ws:
        assert _row(ws, world.cid, "SYT", "2.1").appraised_score == "0.75"


def test_the_unit_takes_round_two_results_before_the_round_one_request(world: World) -> None:
    _received(world)
    _work(world, 1, "work1.cchc")
    world.bring("SNV", _stp_round_one(world))
    with world.open("SNV") as ws:
        appraisal.record_appraisal(ws, world.cid, _unit_id(ws, "SYT"), "1.1.1", "kịp thời", round=1)
    first = _requests(world, 1)["SYT"]
    with world.open("SNV") as ws:
        appraisal.record_appraisal(ws, world.cid, _unit_id(ws, "SYT"), "2.1", "100", round=2,
                                   appraiser_code="STP")
        assert stages.get_stage(ws, world.cid, _unit_id(ws, "SYT")) == "appraised"
    second = _requests(world, 2)["SYT"]
    world.bring("SYT", second)
    world.bring("SYT", first, state="stale")
    with world.open("SYT") as ws:
        row = _row(ws, world.cid, "SYT", "2.1")
        assert (row.appraised_score, row.appraisal_round, row.explanation_requested) == (
            "1.5", 2, 1)
        assert _row(ws, world.cid, "SYT", "2.2").appraised_score == "1.5"


def test_an_explanation_nobody_asked_for_is_refused(world: World) -> None:
    _received(world)
    _work(world, 1, "work1.cchc")
    world.bring("SNV", _stp_round_one(world))
    with world.open("SNV") as ws:
        appraisal.record_appraisal(ws, world.cid, _unit_id(ws, "SYT"), "1.1.1", "kịp thời", round=1)
    world.bring("SYT", _requests(world, 1)["SYT"])
    with world.open("SYT") as ws:
        own = workspaces.own_unit_id(ws)
        row = _row(ws, world.cid, "SYT", "2.2")
        with ws.write() as db:  # as if a request had come for 2.2 too
            records.update(db, "assessments", row.id, {"explanation_requested": 1},
                           actor="test")
        appraisal.answer_explanation(ws, world.cid, own, "2.1", "Đã bổ sung.")
        appraisal.answer_explanation(ws, world.cid, own, "2.2", "Không có sai sót.")
        appraisal_sync.export_explanation(ws, world.tmp / "explanation.cchc")
    with world.open("SNV") as ws:
        before = list(ws.db.conn.iterdump())
        refused = exchange.import_package(ws, world.tmp / "explanation.cchc")
        assert (refused.state, refused.code) == ("refused", "explanation_not_requested")
        assert refused.data == {"unit": "SYT", "criterion": "2.2"}
        assert list(ws.db.conn.iterdump()) == before


def test_exports_refused_with_a_reason(world: World) -> None:
    with world.open("SNV") as ws:
        before = list(ws.db.conn.iterdump())
        for appraiser, kwargs, code in (
                ("STP", {}, "appraisal_nothing_to_do"),
                ("SYT", {}, "appraiser_has_no_areas"),
                ("SNV", {}, "appraisal_work_to_self"),
                ("STP", {"unit_codes": ["KHONG"]}, "appraisal_unit_not_enrolled"),
                ("STP", {"round": 3}, "bad_appraisal_round")):
            with pytest.raises(InvalidInput) as caught:
                appraisal_sync.export_appraisal_work(ws, world.tmp / "w.cchc", appraiser, **kwargs)
            assert caught.value.code == code
        with pytest.raises(InvalidInput) as nothing:
            appraisal_sync.export_explanation_requests(ws, world.tmp / "req", round=1)
        assert nothing.value.code == "explanation_nothing_to_send"
        assert list(ws.db.conn.iterdump()) == before
    with world.open("STP") as ws:
        with pytest.raises(InvalidInput) as no_work:
            appraisal_sync.export_appraisal(ws, world.tmp / "a.cchc")
        assert no_work.value.code == "no_appraisal_work"
    with world.open("SYT") as ws:
        with pytest.raises(InvalidInput) as none_asked:
            appraisal_sync.export_explanation(ws, world.tmp / "e.cchc")
        assert none_asked.value.code == "no_explanation_requested"
    assert not list(world.tmp.glob("[wae].cchc"))
