"""The whole coordination cycle, end to end, on six installations side by side in temporary
folders — Sở Nội vụ (coordinator), two appraising departments (Sở Tư pháp, Sở Tài chính) and
three assessed agencies (Sở Y tế; UBND xã Mỹ Hòa Hưng; UBND phường Long Xuyên) — passing
every package through one shared "USB" folder: campaign, enrolments, submissions, appraisal
work, appraisal results, explanation requests, explanation, round 2, survey points (Excel),
approval, ranking and results. Final scores and ranks are checked against figures worked
out by hand below."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop.models import (
    appraisal,
    assessments,
    campaigns,
    criteria,
    evidence,
    plan,
    results,
    setup,
    stages,
    survey,
    tasks,
    units,
    workspaces,
)
from desktop.models.errors import InvalidInput
from desktop.models.store import open_workspace
from desktop.sync import appraisal as appraisal_sync
from desktop.sync import exchange, keys
from desktop.sync import plan as plan_sync
from desktop.sync import results as results_sync

PROVINCE = "An Giang"
TODAY = dt.date.today()

# Worked by hand (sample criteria sets; rounding step 0.25):
#
# SYT (department, set so-ban-nganh)  self        appraised
#   1.1.1 choice "kịp thời"            1           SNV "chậm" → 0.5
#   2.2   choice "đạt"                 1.5         STP "đạt" → 1.5
#   6.2   choice "đạt"                 2           STC "không đạt" → 0 (evidence insufficient)
#   self 4.5; appraised 2; survey 7.5 + 9 + 6 = 22.5; final 24.5; index 24.50 %
#
# XA1 (commune, set xa-phuong)
#   1.1.1 "kịp thời"                   1           SNV 1
#   2.1   rate 80 % × 1 = 0.8 → 0.75   STP round 1: rate 50 → 0.5, explanation requested;
#                                      XA1 explains with a new file; round 2: rate 80 → 0.75
#   6.1   rate 100 % × 2 = 2           STC 2
#   self 3.75; appraised 3.75; survey 8 + 10 + 7 = 25; final 28.75; index 28.75 %
#
# XA2 (commune, set xa-phuong)
#   1.1.1 "chậm" (explained)           0.5         SNV 0.5
#   2.2   "đạt"                        1           STP 1
#   6.3   "đạt"                        2           STC 2
#   self 3.5; appraised 3.5; survey 9 + 11 + 5.25 = 25.25; final 28.75; index 28.75 %
#
# Communes tie on the index (28.75 %); the tie-break (appraised points outside the survey)
# puts XA1 (3.75) before XA2 (3.5). Bands: departments "Đạt" ≥ 20 %; communes (their own
# bands) "Tốt" ≥ 28.5 %, "Khá" ≥ 25 %, "Trung bình" ≥ 0.
EXPECTED = {
    "SYT": {"final": "24.5", "index": "24.50", "band": "Đạt", "block": "departments", "rank": 1,
            "rank_of": 1, "self": "4.5"},
    "XA1": {"final": "28.75", "index": "28.75", "band": "Tốt", "block": "communes", "rank": 1,
            "rank_of": 2, "self": "3.75"},
    "XA2": {"final": "28.75", "index": "28.75", "band": "Tốt", "block": "communes", "rank": 2,
            "rank_of": 2, "self": "3.5"},
}
SURVEY = {"SYT": ("7.5", "9", "6"), "XA1": ("8", "10", "7"), "XA2": ("9", "11", "5.25")}


class Province:
    """The installations and the shared USB folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.usb = root / "usb"
        self.usb.mkdir()
        self.dirs: dict[str, Path] = {}

    def install(self, code: str, name: str, role: str, unit_type: str) -> Path:
        self.dirs[code] = workspaces.create_workspace(
            self.root / code, "main", role=role, unit_code=code, unit_name=name,
            province=PROVINCE, unit_type=unit_type)
        return self.dirs[code]

    def open(self, code: str):  # noqa: ANN201
        return open_workspace(self.dirs[code])

    def file(self, name: str) -> Path:
        return self.usb / name

    def take(self, code: str, *names: str, trust: str | None = None) -> list:
        """`code` imports the named files from the USB folder; each must be accepted."""
        with self.open(code) as ws:
            out = []
            for name in names:
                result = exchange.import_package(ws, self.file(name), trust_fingerprint=trust)
                assert result.state == "accepted", (code, name, result)
                out.append(result)
            return out


def _scan(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(f"%PDF-1.4\n{text}\n".encode())
    return path


def _score(ws, code: str, value: str, *, scan: Path, explanation: str | None = None) -> None:  # noqa: ANN001
    campaign = campaigns.require_active_campaign(ws)
    unit_id = workspaces.own_unit_id(ws)
    assessments.score_criterion(ws, campaign.id, unit_id, code, value, explanation=explanation)
    evidence.add_evidence(ws, scan, doc_number=f"{code}/BC", doc_date=f"{TODAY.year}-03-02",
                          criterion_code=code)


def _unit_id(ws, code: str) -> str:  # noqa: ANN001
    return units.unit_by_code(ws, code).id


def _codes(ws, campaign_id: str, unit_id: str) -> dict[str, str]:  # noqa: ANN001
    """criterion id → code, for the unit's criteria set."""
    group = campaigns.group_of(ws, campaign_id, unit_id)
    return {c.id: c.code for c in criteria.list_criteria(ws, group.criteria_set_id)}


def _dump(ws) -> list[str]:  # noqa: ANN001
    return list(ws.db.conn.iterdump())


@pytest.fixture
def province(tmp_path: Path) -> Province:
    return Province(tmp_path)


def test_a_whole_campaign_on_packages(province: Province) -> None:
    p = province
    year = TODAY.year
    # -- installations ---------------------------------------------------------------------
    p.install("SNV", "Sở Nội vụ", "coordinator", "so")
    p.install("STP", "Sở Tư pháp", "appraiser", "so")
    p.install("STC", "Sở Tài chính", "appraiser", "so")
    p.install("SYT", "Sở Y tế", "unit", "so")
    p.install("XA1", "UBND xã Mỹ Hòa Hưng", "unit", "ubnd_xa")
    p.install("XA2", "UBND phường Long Xuyên", "unit", "ubnd_phuong")

    # -- 1. campaign set-up at Sở Nội vụ ----------------------------------------------------
    with p.open("SNV") as ws:
        for code, name, kind in (("STP", "Sở Tư pháp", "so"), ("STC", "Sở Tài chính", "so"),
                                 ("SYT", "Sở Y tế", "so"),
                                 ("XA1", "UBND xã Mỹ Hòa Hưng", "ubnd_xa"),
                                 ("XA2", "UBND phường Long Xuyên", "ubnd_phuong")):
            units.create_unit(ws, code=code, name=name, unit_type=kind, province=PROVINCE)
        departments = criteria.load_sample_criteria_set(ws, "so-ban-nganh")
        communes = criteria.load_sample_criteria_set(ws, "xa-phuong")
        day = TODAY + dt.timedelta(days=30)
        campaign = setup.set_up_campaign(
            ws, year=departments.year, title=f"Đánh giá CCHC năm {departments.year}",
            province=PROVINCE,
            groups={"so-ban-nganh": ("Sở, ban, ngành", departments.id),
                    "xa-phuong": ("UBND cấp xã", communes.id)},
            deadlines={"self_scoring": day, "round1_appraisal": day + dt.timedelta(days=10),
                       "explanation": day + dt.timedelta(days=20),
                       "round2_appraisal": day + dt.timedelta(days=30),
                       "publication": day + dt.timedelta(days=60),
                       "proposals": day + dt.timedelta(days=5)},
            bands={"so-ban-nganh": [("Đạt", "20"), ("Chưa đạt", "0")],
                   "xa-phuong": [("Tốt", "28.5"), ("Khá", "25"), ("Trung bình", "0")]})
        enrolled = setup.enrol_by_type(ws, campaign.id, {"ubnd_xa": "xa-phuong",
                                                         "ubnd_phuong": "xa-phuong"})
        assert sorted(u.code for u in enrolled) == ["XA1", "XA2"]
        campaigns.enrol_unit(ws, campaign.id, _unit_id(ws, "SYT"), "so-ban-nganh")
        # Default appraisers come from the names in the criteria set: area 2 → Sở Tư pháp,
        # area 6 → Sở Tài chính; areas whose department is not in the registry → Sở Nội vụ.
        by_area = {(a["group"], a["area_code"]): a["appraiser_code"]
                   for a in appraisal.area_appraisers(ws, campaign.id)}
        for group in ("so-ban-nganh", "xa-phuong"):
            assert (by_area[(group, "2")], by_area[(group, "6")], by_area[(group, "1")],
                    by_area[(group, "3")]) == ("STP", "STC", "SNV", "SNV")
        plan.add_plan_task(ws, campaign.id, "SYT", title="Rà soát quy trình nội bộ TTHC",
                           deadline=TODAY + dt.timedelta(days=40),
                           expected_output="Quyết định phê duyệt quy trình", area_code="3")
        plan_sync.publish_campaign(ws, p.file("campaign.cchc"))
        root = keys.ensure_own_key(ws).fingerprint
        campaign_id = campaign.id

    # -- 2. every installation takes the campaign and enrols its key ------------------------
    fingerprints = {}
    for code in ("STP", "STC", "SYT", "XA1", "XA2"):
        p.take(code, "campaign.cchc", trust=root)
        with p.open(code) as ws:
            exchange.export_enrolment(ws, p.file(f"enrol-{code}.cchc"))
            fingerprints[code] = keys.ensure_own_key(ws).fingerprint
    p.take("SNV", *(f"enrol-{code}.cchc" for code in fingerprints))
    with p.open("SNV") as ws:
        for code, fingerprint in fingerprints.items():
            keys.approve(ws, code, fingerprint=fingerprint)
    with p.open("SYT") as ws:  # the province's plan arrived as an assigned task
        assigned = [t for t in tasks.list_tasks(ws) if t.source == "province_plan"]
        assert [(t.title, t.expected_output, t.area_code) for t in assigned] == [
            ("Rà soát quy trình nội bộ TTHC", "Quyết định phê duyệt quy trình", "3")]
        tasks.update_task(ws, assigned[0].id, status="in_progress", progress=60)
        before = _dump(ws)
        with pytest.raises(InvalidInput) as refused:  # what the province assigned stays
            tasks.update_task(ws, assigned[0].id, title="Việc khác", deadline="2099-01-01")
        assert refused.value.code == "province_task_assigned"
        assert _dump(ws) == before
    with p.open("STP") as ws:  # an appraiser that is not assessed has no enrolment of its own
        assert appraisal.areas_of(ws, campaign_id, "STP") == {"so-ban-nganh": ["2"],
                                                              "xa-phuong": ["2"]}

    # -- 3. self-assessment and submissions -------------------------------------------------
    folder = p.root / "scans"
    folder.mkdir()
    with p.open("SYT") as ws:
        _score(ws, "1.1.1", "kịp thời", scan=_scan(folder, "KH CCHC SYT.pdf", "syt 1"))
        _score(ws, "2.2", "đạt", scan=_scan(folder, "BC thể chế SYT.pdf", "syt 2"))
        _score(ws, "6.2", "đạt", scan=_scan(folder, "BC tài chính SYT.pdf", "syt 6"))
        exchange.export_submission(ws, p.file("sub-SYT.cchc"))
    with p.open("XA1") as ws:
        _score(ws, "1.1.1", "kịp thời", scan=_scan(folder, "KH CCHC XA1.pdf", "xa1 1"))
        _score(ws, "2.1", "80", scan=_scan(folder, "BC kiểm tra VB XA1.pdf", "xa1 2"),
               explanation="Đã xử lý 8/10 văn bản.")
        _score(ws, "6.1", "100", scan=_scan(folder, "BC thu chi XA1.pdf", "xa1 6"))
        exchange.export_submission(ws, p.file("sub-XA1.cchc"))
    with p.open("XA2") as ws:
        _score(ws, "1.1.1", "chậm", scan=_scan(folder, "KH CCHC XA2.pdf", "xa2 1"),
               explanation="Kế hoạch ban hành chậm 5 ngày do sáp nhập.")
        _score(ws, "2.2", "đạt", scan=_scan(folder, "BC thể chế XA2.pdf", "xa2 2"))
        _score(ws, "6.3", "đạt", scan=_scan(folder, "BC tài chính XA2.pdf", "xa2 6"))
        exchange.export_submission(ws, p.file("sub-XA2.cchc"))
        plan.add_proposal(ws, campaign_id, title="Số hóa hồ sơ một cửa", area_code="3",
                          expected_output="100 % hồ sơ được số hóa")
        plan_sync.export_proposals(ws, p.file("proposal-XA2.cchc"))
    p.take("SNV", "sub-SYT.cchc", "sub-XA1.cchc", "sub-XA2.cchc", "proposal-XA2.cchc")
    with p.open("SNV") as ws:
        assert {code: stages.get_stage(ws, campaign_id, _unit_id(ws, code))
                for code in EXPECTED} == dict.fromkeys(EXPECTED, "received")
        progress = plan.plan_progress(ws, campaign_id, today=TODAY)
        syt = [row for row in progress.by_unit if row.key == "SYT"]
        assert syt and (syt[0].count, syt[0].in_progress, syt[0].average) == (1, 1, 60)
        proposal, = plan.proposals(ws, campaign_id)
        assert (proposal.unit_code, proposal.title) == ("XA2", "Số hóa hồ sơ một cửa")
        plan.decide_proposal(ws, proposal.id, True)

    # -- 4. round 1: appraisal work out, results back ---------------------------------------
    with p.open("SNV") as ws:
        appraisal_sync.export_appraisal_work(ws, p.file("work-STP-1.cchc"), "STP", round=1)
        appraisal_sync.export_appraisal_work(ws, p.file("work-STC-1.cchc"), "STC", round=1)
        for code, value in (("SYT", "chậm"), ("XA1", "kịp thời"), ("XA2", "chậm")):
            appraisal.record_appraisal(ws, campaign_id, _unit_id(ws, code), "1.1.1", value,
                                       round=1, remark="Đối chiếu ngày ban hành kế hoạch.")
        assert stages.get_stage(ws, campaign_id, _unit_id(ws, "XA1")) == "in_appraisal"
    p.take("STP", "work-STP-1.cchc")
    p.take("STC", "work-STC-1.cchc")
    with p.open("STP") as ws:
        rows = appraisal.appraisal_rows(ws, campaign_id, appraiser_code="STP")
        seen = {(r["unit_code"], r["criterion_code"]): r["self_score"] for r in rows
                if r["self_score"] is not None}
        assert seen == {("SYT", "2.2"): "1.5", ("XA1", "2.1"): "0.75", ("XA2", "2.2"): "1"}
        appraisal.record_appraisal(ws, campaign_id, _unit_id(ws, "SYT"), "2.2", "đạt", round=1)
        appraisal.record_appraisal(ws, campaign_id, _unit_id(ws, "XA2"), "2.2", "đạt", round=1)
        appraisal.record_appraisal(
            ws, campaign_id, _unit_id(ws, "XA1"), "2.1", "50", round=1,
            remark="Chỉ có báo cáo kiểm chứng cho 5/10 văn bản.",
            reason_code="evidence_insufficient", request_explanation=True)
        appraisal_sync.export_appraisal(ws, p.file("appraisal-STP-1.cchc"), round=1)
    with p.open("STC") as ws:
        appraisal.record_appraisal(ws, campaign_id, _unit_id(ws, "SYT"), "6.2", "không đạt",
                                   round=1, remark="Chưa có báo cáo quyết toán.",
                                   reason_code="evidence_insufficient")
        appraisal.record_appraisal(ws, campaign_id, _unit_id(ws, "XA1"), "6.1", "100", round=1)
        appraisal.record_appraisal(ws, campaign_id, _unit_id(ws, "XA2"), "6.3", "đạt", round=1)
        appraisal_sync.export_appraisal(ws, p.file("appraisal-STC-1.cchc"), round=1)
    p.take("SNV", "appraisal-STP-1.cchc", "appraisal-STC-1.cchc")

    # -- 5. explanation round ---------------------------------------------------------------
    with p.open("SNV") as ws:
        sent = appraisal_sync.export_explanation_requests(ws, p.usb, round=1)
        assert len(sent) == 3
        names = {b.manifest["recipient"]["unit_code"]: b.path.name for b in sent}
        assert {code: stages.get_stage(ws, campaign_id, _unit_id(ws, code))
                for code in EXPECTED} == {"SYT": "appraised", "XA1": "explanation_requested",
                                          "XA2": "appraised"}
    for code in EXPECTED:
        p.take(code, names[code])
    with p.open("XA1") as ws:
        unit_id = workspaces.own_unit_id(ws)
        request, = appraisal.explanation_requests(ws, campaign_id, unit_id)
        assert (request["code"], request["appraised_score"]) == ("2.1", "0.5")
        appraisal.answer_explanation(ws, campaign_id, unit_id, "2.1",
                                     "Bổ sung biên bản kiểm tra 3 văn bản còn lại.")
        evidence.add_evidence(ws, _scan(folder, "Biên bản kiểm tra bổ sung.pdf", "xa1 extra"),
                              doc_number="05/BB-UBND", doc_date=f"{year}-04-01",
                              criterion_code="2.1")
        appraisal_sync.export_explanation(ws, p.file("explanation-XA1.cchc"))
    with p.open("SYT") as ws:  # a unit with nothing to explain sees its round-1 results
        assert appraisal.explanation_requests(ws, campaign_id, workspaces.own_unit_id(ws)) == []
    p.take("SNV", "explanation-XA1.cchc")
    with p.open("SNV") as ws:
        assert stages.get_stage(ws, campaign_id, _unit_id(ws, "XA1")) == "explained"

    # -- 6. round 2 -------------------------------------------------------------------------
    with p.open("SNV") as ws:
        appraisal_sync.export_appraisal_work(ws, p.file("work-STP-2.cchc"), "STP", round=2,
                                             unit_codes=["XA1"])
    p.take("STP", "work-STP-2.cchc")
    with p.open("STP") as ws:
        row, = [r for r in appraisal.appraisal_rows(ws, campaign_id, appraiser_code="STP",
                                                    round=2)
                if r["unit_code"] == "XA1" and r["criterion_code"] == "2.1"]
        assert row["explanation_response"] == "Bổ sung biên bản kiểm tra 3 văn bản còn lại."
        assert "Biên bản kiểm tra bổ sung.pdf" in [e["name"] for e in row["evidence"]]
        appraisal.record_appraisal(ws, campaign_id, _unit_id(ws, "XA1"), "2.1", "80", round=2,
                                   remark="Đã đủ tài liệu sau giải trình.")
        appraisal_sync.export_appraisal(ws, p.file("appraisal-STP-2.cchc"), round=2)
    p.take("SNV", "appraisal-STP-2.cchc")

    # -- 7. survey points from Excel --------------------------------------------------------
    with p.open("SNV") as ws:
        template = p.root / "xhh.xlsx"
        survey.survey_template(ws, campaign_id, template)
        book = openpyxl.load_workbook(template)
        sheet = book.active
        header_row = next(row[0].row for row in sheet.iter_rows()
                          if row[0].value == "Mã đơn vị")
        columns = {}
        for cell in sheet[header_row]:
            if isinstance(cell.value, str) and cell.value.split()[0] in ("8.1", "8.2", "8.3"):
                columns[cell.value.split()[0]] = cell.column
        assert sorted(columns) == ["8.1", "8.2", "8.3"]
        for row in sheet.iter_rows(min_row=header_row + 1):
            code = row[0].value
            if code in SURVEY:
                for criterion, value in zip(("8.1", "8.2", "8.3"), SURVEY[code], strict=True):
                    # as a person types them: whole numbers and decimals (Excel numbers)
                    number = float(value) if "." in value else int(value)
                    sheet.cell(row=row[0].row, column=columns[criterion], value=number)
        book.save(template)
        survey.import_survey_xlsx(ws, campaign_id, template)

    # -- 8. approval and ranking ------------------------------------------------------------
        for code in EXPECTED:
            assert stages.get_stage(ws, campaign_id, _unit_id(ws, code)) == "appraised", code
            results.approve(ws, campaign_id, _unit_id(ws, code))
        ranked = {row.code: row for row in results.rank(ws, campaign_id)}
        for code, want in EXPECTED.items():
            got = ranked[code]
            assert (str(got.final_total), str(got.index_percent), got.band, got.block, got.rank,
                    got.rank_of) == (want["final"], want["index"], want["band"], want["block"],
                                     want["rank"], want["rank_of"]), code
            assert not got.provisional
        built = results_sync.export_results(ws, p.usb)
        files = {b.manifest["recipient"]["unit_code"]: b.path.name for b in built}
        assert sorted(files) == sorted(EXPECTED)

    # -- 9. every unit sees its results beside its own scores -------------------------------
    for code, want in EXPECTED.items():
        p.take(code, files[code])
        with p.open(code) as ws:
            unit_id = workspaces.own_unit_id(ws)
            view = results.result_view(ws, campaign_id, unit_id)
            assert view is not None
            assert (view.final_total, view.index_percent, view.band, view.rank,
                    view.rank_of) == (Decimal(want["final"]), Decimal(want["index"]),
                                      want["band"], want["rank"], want["rank_of"]), code
            from desktop.models import scoring

            sheet = scoring.scoresheet(ws, campaign_id, unit_id, with_suggestions=False)
            assert sheet.self_totals.self_scored == Decimal(want["self"])
    with p.open("XA1") as ws:
        unit_id = workspaces.own_unit_id(ws)
        before = _dump(ws)
        for attempt in (lambda: results.rank(ws, campaign_id),
                        lambda: results.approve(ws, campaign_id, unit_id),
                        lambda: results.unlock(ws, campaign_id, unit_id, "thử"),
                        lambda: survey.set_survey_points(ws, campaign_id, unit_id, "8.1", "10")):
            with pytest.raises(InvalidInput) as refused:  # only Sở Nội vụ does these
                attempt()
            assert refused.value.code == "coordinator_only"
        assert _dump(ws) == before
        codes = _codes(ws, campaign_id, unit_id)
        final = {codes[a.criterion_id]: a.appraised_score
                 for a in assessments.assessments_of(ws, campaign_id, unit_id).values()
                 if a.appraised_score is not None}
        assert {k: final[k] for k in ("1.1.1", "2.1", "6.1")} == {"1.1.1": "1", "2.1": "0.75",
                                                                  "6.1": "2"}
        by = {codes[a.criterion_id]: a.appraised_by
              for a in assessments.assessments_of(ws, campaign_id, unit_id).values()}
        assert (by["1.1.1"], by["2.1"], by["6.1"], by["8.1"]) == ("SNV", "STP", "STC", "survey")

    # -- 10. the whole USB folder again, in any order: nothing changes ----------------------
    with p.open("SNV") as ws:
        before = _dump(ws)
        outcomes = exchange.import_many(ws, sorted(p.usb.glob("*.cchc"), reverse=True))
        assert {r.state for r in outcomes} <= {"duplicate", "refused"}
        assert all(r.code in ("", "package_not_from_root", "package_wrong_role")
                   for r in outcomes if r.state == "refused"), [
            (Path(r.file).name, r.code) for r in outcomes if r.state == "refused"]
        assert _dump(ws) == before
        # A late re-submission after approval is held, never applied.
    with p.open("XA2") as ws:
        assessments.score_criterion(ws, campaign_id, workspaces.own_unit_id(ws), "1.1.1",
                                    "kịp thời", reason="Cập nhật sau khi có kết quả")
        exchange.export_submission(ws, p.file("sub-XA2-late.cchc"))
    with p.open("SNV") as ws:
        held = exchange.import_package(ws, p.file("sub-XA2-late.cchc"))
        assert (held.state, held.code) == ("quarantined", "submission_after_approval")
        xa2 = _unit_id(ws, "XA2")
        codes = _codes(ws, campaign_id, xa2)
        scores = {codes[a.criterion_id]: a.score
                  for a in assessments.assessments_of(ws, campaign_id, xa2).values()}
        assert scores["1.1.1"] == "0.5"


def test_two_documents_with_the_same_bytes_are_refused_at_build(tmp_path: Path) -> None:
    """One member per document name: a builder that silently kept one would leave the
    receiver without the other name."""
    from desktop.sync import package

    draft = package.Draft(type="campaign", sender={}, recipient={}, province="", campaign=None,
                          sequence=1, documents={"a": {"areas": []}, "b": {"areas": []}})
    with pytest.raises(ValueError, match="identical content"):
        package.build(draft, tmp_path / "x.cchc", lambda data: b"\0" * 64)
    assert not (tmp_path / "x.cchc").exists()
