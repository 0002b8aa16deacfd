"""The coordination cycle run from a script, through the real `cchc` command: Sở Nội vụ (SNV,
coordinator), two assessed departments (SKHDT, STC — STC also appraises area 6 by default) and
Sở Tư pháp (STP, an appraiser that is not itself assessed), each with its own data directory,
passing package files through a shared folder, as docs/cli.md describes. Refused input exits 1
with one sentence (and the problems the service lists) and changes nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from clihelpers import cchc, loads_exact, ok, snapshot, walk

from desktop.models import criteria
from desktop.resources import resource

PROVINCE = "An Giang"
BANDS = "Xuất sắc=90,Tốt=80,Khá=70,Trung bình=50,Yếu=0"
# Deadlines far ahead, so nothing is late or overdue whatever day the tests run.
DEADLINES = ("proposals=15/11/2098", "self_scoring=15/12/2098", "round1_appraisal=15/01/2099",
             "explanation=31/01/2099", "round2_appraisal=15/02/2099", "publication=31/03/2099")
SAMPLE = "Bộ tiêu chí mẫu — sở, ban, ngành (100 điểm)"
UNITS = (("SKHDT", "Sở Kế hoạch và Đầu tư", "unit"), ("STC", "Sở Tài chính", "unit"),
         ("STP", "Sở Tư pháp", "appraiser"))


def _today() -> str:
    return dt.datetime.now(dt.UTC).date().isoformat()


class Cycle:
    """One folder per installation (snv/, skhdt/, stc/, stp/) and the shared folder usb/."""

    def __init__(self, root: Path) -> None:
        self.root, self.usb = root, root / "usb"
        self.usb.mkdir(parents=True, exist_ok=True)

    def dir(self, code: str) -> Path:
        return self.root / code.lower()

    def run(self, code: str, *args: str, lang: str | None = None):
        return cchc(self.dir(code), *args, lang=lang)

    def ok(self, code: str, *args: str) -> str:
        return ok(self.run(code, *args)).stdout

    def json(self, code: str, *args: str):
        return loads_exact(self.ok(code, *args, "--json"))

    def refused(self, code: str, *args: str, lang: str | None = None) -> list[str]:
        """Exit 1, nothing on stdout, no traceback: the lines of stderr."""
        done = self.run(code, *args, lang=lang)
        assert done.returncode == 1, (done.stdout, done.stderr)
        assert done.stdout == "" and "Traceback" not in done.stderr
        return done.stderr.splitlines()

    def file(self, name: str, content: str) -> Path:
        path = self.usb / name
        path.write_bytes(f"%PDF-1.4 {content}".encode())
        return path

    def bring(self, code: str, *names: str) -> list[str]:
        """Import package files from the shared folder: the state of each."""
        return [r["state"] for r in self.json(code, "package", "import",
                                              *(str(self.usb / n) for n in names))]

    def copy(self, target: Path) -> Cycle:
        shutil.copytree(self.root, target, ignore=shutil.ignore_patterns(
            ".lock-owner.json", "*-wal", "*-shm"))
        return Cycle(target)


def _registry(path: Path) -> Path:
    """The province's unit list as an office would type it (no template needed)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Mã đơn vị", "Tên đơn vị", "Loại", "Nhóm"])
    sheet.append(["SKHDT", "Sở Kế hoạch và Đầu tư", "Sở", "so-ban-nganh"])
    sheet.append(["STC", "Sở Tài chính", "Sở", "so-ban-nganh"])
    sheet.append(["STP", "Sở Tư pháp", "Sở", None])
    book.save(path)
    return path


def _create_args(year: str = "2026", *extra: str) -> list[str]:
    args = ["campaign", "create", "--year", year, "--title", f"Đánh giá CCHC năm {year}",
            "--group", "so-ban-nganh=sample:so-ban-nganh", "--bands", BANDS]
    for deadline in DEADLINES:
        args += ["--deadline", deadline]
    return args + list(extra)


def _coordinator(cycle: Cycle) -> None:
    cycle.ok("SNV", "init", "--role", "coordinator", "--unit-code", "SNV", "--unit-name",
             "Sở Nội vụ", "--province", PROVINCE)


def _set_up(cycle: Cycle) -> None:
    """The coordinator's script up to publication (test_set_up_check_and_publish checks each
    step's output)."""
    _coordinator(cycle)
    registry = str(_registry(cycle.usb / "don-vi.xlsx"))
    cycle.ok("SNV", "campaign", "registry", "import", registry)
    cycle.ok("SNV", *_create_args())
    cycle.ok("SNV", "campaign", "registry", "import", registry, "--enrol")
    cycle.ok("SNV", "plan", "add", "SKHDT", "Ban hành kế hoạch CCHC năm 2026", "--deadline",
             "31/12/2098", "--area", "1", "--output", "Kế hoạch CCHC năm")
    cycle.ok("SNV", "campaign", "publish", "--out", str(cycle.usb / "dot-danh-gia.cchc"))


def _join(cycle: Cycle, code: str, name: str, role: str) -> None:
    """A unit or appraiser: set up, take the campaign (confirming the province key), enrol
    its key; Sở Nội vụ approves it after comparing the fingerprint."""
    root = cycle.json("SNV", "keys", "show")["own"]["fingerprint"]
    cycle.ok(code, "init", "--role", role, "--unit-code", code, "--unit-name", name,
             "--province", PROVINCE)
    cycle.ok(code, "package", "import", str(cycle.usb / "dot-danh-gia.cchc"),
             "--trust-fingerprint", root)
    cycle.ok(code, "package", "export", "enrolment", "--out", str(cycle.usb / f"dang-ky-{code}.cchc"))
    assert cycle.bring("SNV", f"dang-ky-{code}.cchc") == ["accepted"]
    fingerprint = cycle.json(code, "keys", "show")["own"]["fingerprint"]
    cycle.ok("SNV", "keys", "approve", code, "--fingerprint", fingerprint)


def _submit(cycle: Cycle) -> None:
    """SKHDT reports progress on its plan task and scores three criteria with evidence; STC
    scores one; both submit and Sở Nội vụ imports both."""
    task = cycle.json("SKHDT", "tasks", "list")[0]
    cycle.ok("SKHDT", "tasks", "update", task["id"], "--status", "in_progress", "--progress", "60")
    cycle.ok("SKHDT", "assess", "set", "1.1.1", "--option", "kip thoi")
    cycle.ok("SKHDT", "evidence", "add", str(cycle.file("Kế hoạch CCHC.pdf", "ke hoach")),
             "--criterion", "1.1.1", "--number", "12/KH-SKHDT", "--date", "08/01/2026")
    cycle.ok("SKHDT", "assess", "set", "2.1", "--rate", "100")
    cycle.ok("SKHDT", "evidence", "add", str(cycle.file("Rà soát VBQPPL.pdf", "ra soat")),
             "--criterion", "2.1", "--number", "30/BC-SKHDT", "--date", "30/06/2026")
    cycle.ok("SKHDT", "assess", "set", "2.2", "--option", "đạt", "--explanation",
             "Không có sai sót trong năm.")
    cycle.ok("SKHDT", "package", "export", "submission", "--out", str(cycle.usb / "nop-SKHDT.cchc"))
    cycle.ok("STC", "assess", "set", "1.1.1", "--option", "chậm", "--explanation",
             "Ban hành chậm 5 ngày.")
    cycle.ok("STC", "package", "export", "submission", "--out", str(cycle.usb / "nop-STC.cchc"))
    assert cycle.bring("SNV", "nop-SKHDT.cchc", "nop-STC.cchc") == ["accepted", "accepted"]


@pytest.fixture(scope="module")
def published_template(tmp_path_factory) -> Cycle:
    cycle = Cycle(tmp_path_factory.mktemp("published") / "cycle")
    _set_up(cycle)
    for code, name, role in UNITS:
        _join(cycle, code, name, role)
    return cycle


@pytest.fixture(scope="module")
def submitted_template(published_template, tmp_path_factory) -> Cycle:
    cycle = published_template.copy(tmp_path_factory.mktemp("submitted") / "cycle")
    _submit(cycle)
    return cycle


@pytest.fixture
def published(published_template, tmp_path) -> Cycle:
    return published_template.copy(tmp_path / "cycle")


@pytest.fixture
def submitted(submitted_template, tmp_path) -> Cycle:
    return submitted_template.copy(tmp_path / "cycle")


# -- setting up and publishing ---------------------------------------------------------------

def test_set_up_check_and_publish(tmp_path: Path) -> None:
    cycle = Cycle(tmp_path / "cycle")
    _coordinator(cycle)
    template = cycle.usb / "mau-don-vi.xlsx"
    assert cycle.ok("SNV", "campaign", "registry", "template", str(template)) == (
        f"Đã ghi tệp mẫu: {template}\n")
    headings = [c.value for c in openpyxl.load_workbook(template)["Đơn vị"][1]]
    assert headings[:4] == ["Mã đơn vị", "Tên đơn vị", "Loại", "Đơn vị cấp trên"]

    registry = str(_registry(cycle.usb / "don-vi.xlsx"))
    assert cycle.json("SNV", "campaign", "registry", "import", registry) == {
        "created": 3, "updated": 0, "successions": 0, "enrolled": 0, "groups_ignored": 2,
        "codes": ["SKHDT", "STC", "STP"]}
    created = cycle.json("SNV", *_create_args())
    assert {k: created[k] for k in ("year", "title", "province", "is_sample", "active")} == {
        "year": 2026, "title": "Đánh giá CCHC năm 2026", "province": PROVINCE, "is_sample": 0,
        "active": True}
    assert created["groups"] == [{
        "code": "so-ban-nganh", "name": "Sở, ban, ngành", "criteria_set": SAMPLE,
        "criteria_set_hash": criteria.content_hash(criteria.sample_set_data("so-ban-nganh"))}]
    assert created["deadlines"] == [
        {"kind": "quarterly_meeting", "due_date": "2026-03-31"},
        {"kind": "quarterly_meeting", "due_date": "2026-06-30"},
        {"kind": "quarterly_meeting", "due_date": "2026-09-30"},
        {"kind": "quarterly_meeting", "due_date": "2026-12-31"},
        {"kind": "proposals", "due_date": "2098-11-15"},
        {"kind": "self_scoring", "due_date": "2098-12-15"},
        {"kind": "round1_appraisal", "due_date": "2099-01-15"},
        {"kind": "explanation", "due_date": "2099-01-31"},
        {"kind": "round2_appraisal", "due_date": "2099-02-15"},
        {"kind": "publication", "due_date": "2099-03-31"}]

    # nobody enrolled yet: the check fails, publishing is refused with the problems listed
    differs = [("3", "Văn phòng UBND tỉnh"), ("7", "Sở Khoa học và Công nghệ")]
    warnings = [{"severity": "warning", "code": "publish_appraiser_differs",
                 "data": {"group": "so-ban-nganh", "area": area, "name": "Sở Nội vụ",
                          "named": named},
                 "message": f"Nhóm “so-ban-nganh”, lĩnh vực {area}: đơn vị thẩm định là Sở Nội "
                            f"vụ, trong khi bộ tiêu chí ghi {named}; hãy kiểm tra lại."}
                for area, named in differs]
    check = cycle.run("SNV", "campaign", "check", "--json")
    assert check.returncode == 1
    assert check.stderr == "Đợt đánh giá chưa sẵn sàng để phát hành: còn 1 lỗi cần sửa.\n"
    assert loads_exact(check.stdout) == {"ready": False, "problems": [
        {"severity": "error", "code": "publish_no_units", "data": {},
         "message": "Chưa có đơn vị nào tham gia đợt đánh giá."}, *warnings]}
    before = snapshot(cycle.dir("SNV"))
    out = cycle.usb / "dot-danh-gia.cchc"
    assert cycle.refused("SNV", "campaign", "publish", "--out", str(out)) == [
        "Đợt đánh giá chưa sẵn sàng để phát hành: còn 1 lỗi cần sửa (xem danh sách); chưa có "
        "gói nào được tạo.",
        "- Chưa có đơn vị nào tham gia đợt đánh giá."]
    assert not out.exists() and snapshot(cycle.dir("SNV")) == before

    assert cycle.json("SNV", "campaign", "registry", "import", registry, "--enrol")[
        "enrolled"] == 2
    appraisers = cycle.json("SNV", "campaign", "appraisers")
    assert [(a["area_code"], a["appraiser_code"], a["stored"]) for a in appraisers] == [
        ("1", "SNV", True), ("2", "STP", True), ("3", "SNV", True), ("4", "SNV", True),
        ("5", "SNV", True), ("6", "STC", True), ("7", "SNV", True), ("8", "SNV", True),
        ("T", "SNV", True), ("P", "SNV", True)]
    assert cycle.ok("SNV", "campaign", "check") == "".join(
        f"Cảnh báo: {w['message']}\n" for w in warnings) + "Đợt đánh giá sẵn sàng để phát hành.\n"
    published = cycle.json("SNV", "campaign", "publish", "--out", str(out))
    assert {k: published[k] for k in ("file", "type", "recipient", "verified")} == {
        "file": str(out), "type": "campaign", "recipient": "*", "verified": True}
    assert published["warnings"] == warnings
    assert cycle.json("SNV", "package", "verify", str(out))["package_hash"] == (
        published["package_hash"])


def test_a_refused_campaign_changes_nothing(tmp_path: Path) -> None:
    cycle = Cycle(tmp_path / "cycle")
    _coordinator(cycle)
    before = snapshot(cycle.dir("SNV"))
    bad = {
        "bands out of order": (
            _create_args("2026", "--bands", "Tốt=80,Xuất sắc=90"),
            "Các mức xếp loại phải có tên và ngưỡng giảm dần trong khoảng 0–100%.",
            "Rating bands need names and thresholds that decrease within 0–100%."),
        "unknown sample": (
            ["campaign", "create", "--year", "2026", "--title", "X", "--group", "a=sample:nope"],
            "Không dùng được bộ tiêu chí “sample:nope”; hãy ghi một trong sample:so-ban-nganh, "
            "sample:xa-phuong, một tệp .json hoặc .xlsx, hoặc mã băm của bộ tiêu chí đã nạp.",
            "The criteria set “sample:nope” cannot be used; give one of sample:so-ban-nganh, "
            "sample:xa-phuong, a .json or .xlsx file, or the hash of a stored criteria set."),
        "group without a source": (
            ["campaign", "create", "--year", "2026", "--title", "X", "--group", "so-ban-nganh"],
            "Giá trị “so-ban-nganh” của --group không đúng dạng; hãy ghi theo mẫu "
            "CODE=sample:so-ban-nganh.",
            "The value “so-ban-nganh” of --group is not in the expected form; write it like "
            "CODE=sample:so-ban-nganh."),
        "unknown deadline kind": (
            _create_args("2026", "--deadline", "someday=01/01/2027"),
            "Loại thời hạn “someday” không hợp lệ; chọn một trong: self_scoring, "
            "round1_appraisal, explanation, round2_appraisal, publication, proposals, "
            "quarterly_meeting, other.", None),
        "impossible date": (
            _create_args("2026", "--deadline", "explanation=31/02/2099"),
            "Ngày “31/02/2099” không hợp lệ; hãy nhập dạng 31/12/2026 hoặc 2026-12-31.", None),
        "group bands alone": (
            ["campaign", "create", "--year", "2026", "--title", "X", "--group",
             "so-ban-nganh=sample:so-ban-nganh", "--bands-group", "so-ban-nganh"],
            "Tùy chọn --bands-group chỉ dùng cùng với --bands.",
            "The option --bands-group only works together with --bands."),
        "same group twice": (
            _create_args("2026", "--group", "so-ban-nganh=sample:xa-phuong"),
            "Nhóm đơn vị so-ban-nganh đã có trong đợt đánh giá.", None),
    }
    for name, (args, vi, en) in bad.items():
        assert cycle.refused("SNV", *args) == [vi], name
        if en:
            assert cycle.refused("SNV", *args, lang="en") == [en], name
    assert snapshot(cycle.dir("SNV")) == before
    assert cycle.refused("SNV", "campaign", "check") == [
        "Chưa có đợt đánh giá nào được chọn; hãy nạp gói đợt đánh giá hoặc dùng đợt mẫu."]
    usage = cycle.run("SNV", "campaign", "create", "--year", "2026", "--title", "X")
    assert usage.returncode == 2 and "--group" in usage.stderr


def test_criteria_sets_from_a_file_or_a_stored_hash_and_group_bands(tmp_path: Path) -> None:
    cycle = Cycle(tmp_path / "cycle")
    _coordinator(cycle)
    table = resource(*criteria.SAMPLE_SETS["xa-phuong"])
    communes = criteria.content_hash(criteria.sample_set_data("xa-phuong"))
    missing = tmp_path / "khong-co.json"
    assert cycle.refused("SNV", "campaign", "create", "--year", "2026", "--title", "X",
                         "--group", f"xa-phuong={missing}") == [f"Không tìm thấy tệp {missing}."]
    created = cycle.json("SNV", "campaign", "create", "--year", "2026", "--title", "Cấp xã",
                         "--group", f"xa-phuong={table}", "--bands", "Đạt=50,Chưa đạt=0",
                         "--bands-group", "xa-phuong")
    assert [(g["code"], g["name"], g["criteria_set_hash"]) for g in created["groups"]] == [
        ("xa-phuong", "UBND cấp xã, phường, đặc khu", communes)]
    again = cycle.json("SNV", "campaign", "create", "--year", "2027", "--title", "Năm sau",
                       "--group", f"phuong={communes[:10]}")
    assert [(g["code"], g["name"], g["criteria_set_hash"]) for g in again["groups"]] == [
        ("phuong", "phuong", communes)]
    assert cycle.json("SNV", "campaign", "bands", "A=50,B=0") == [
        {"label": "A", "min_percent": "50"}, {"label": "B", "min_percent": "0"}]
    assert cycle.ok("SNV", "campaign", "use", "2026").startswith("Đang chọn đợt đánh giá: Cấp xã")
    assert cycle.ok("SNV", "campaign", "bands", "Tốt=70,Đạt=50,Chưa đạt=0", "--group",
                    "xa-phuong") == "Mức xếp loại (xa-phuong): Tốt ≥ 70%, Đạt ≥ 50%, Chưa đạt ≥ 0%\n"
    warnings = {p["code"] for p in loads_exact(
        cycle.run("SNV", "campaign", "check", "--json").stdout)["problems"]}
    assert "publish_no_bands" not in warnings and "publish_no_units" in warnings


def test_only_the_coordinator_sets_up(published: Cycle) -> None:
    before = snapshot(published.dir("SKHDT"))
    for args in (_create_args("2027"), ["campaign", "enrol", "--type", "so=so-ban-nganh"],
                 ["approve", "SKHDT"], ["survey", "set", "SKHDT", "8.1", "5"], ["rank"]):
        assert published.refused("SKHDT", *args) == [
            "Việc này chỉ làm tại Sở Nội vụ; không gian làm việc này có vai trò “unit”."], args
    assert snapshot(published.dir("SKHDT")) == before


def test_enrol_by_type_and_missing_list(published: Cycle) -> None:
    enrolled = published.json("SNV", "campaign", "enrol", "--type", "so=so-ban-nganh")
    assert [u["code"] for u in enrolled] == ["SNV", "STP"]  # the others were enrolled already
    assert published.ok("SNV", "campaign", "enrol", "--type", "so=so-ban-nganh") == (
        "Đã đưa vào đợt đánh giá: 0 đơn vị\n")
    out = published.usb / "chua-nop.xlsx"
    assert published.json("SNV", "campaign", "missing", "--out", str(out)) == {
        "file": str(out), "units": 4}
    sheet = openpyxl.load_workbook(out).active
    assert [sheet.cell(row, 1).value for row in range(5, 9)] == ["SKHDT", "SNV", "STC", "STP"]
    assert published.refused("SNV", "campaign", "enrol", "--type", "so=nhom-khac") == [
        "Không có nhóm đơn vị nhom-khac."]


# -- the board and the plan after the submissions ---------------------------------------------

def test_board_after_a_submission(submitted: Cycle) -> None:
    board = submitted.json("SNV", "campaign", "board")
    today = _today()

    def row(code: str, name: str, total: str) -> dict:
        return {"unit": code, "name": name, "group": "so-ban-nganh", "block": "departments",
                "stage": "received", "round": 0,
                "last_package": {"type": "submission", "date": today, "state": "accepted"},
                "held": False, "self_total": total, "appraised_total": None,
                "final_figures": False, "changed_after_appraisal": 0, "late": False,
                "late_deadline": None, "overdue": None, "deadline": None, "days_overdue": 0}

    assert board == {
        "units": [row("SKHDT", "Sở Kế hoạch và Đầu tư", "4"), row("STC", "Sở Tài chính", "0.5")],
        "counts": {"not_received": 0, "received": 2, "in_appraisal": 0,
                   "explanation_requested": 0, "explained": 0, "appraised": 0, "approved": 0,
                   "held": 0, "late": 0, "overdue": 0, "total": 2}}
    assert submitted.json("SNV", "campaign", "board", "--stage", "approved")["units"] == []
    assert submitted.ok("SNV", "--lang", "en", "campaign", "board") == (
        "Code         Stage                      Self  Appraised\n"
        "SKHDT        received                      4          —  Sở Kế hoạch và Đầu tư\n"
        "STC          received                    0.5          —  Sở Tài chính\n"
        "Total: 2 (received 2)\n")
    assert submitted.refused("SNV", "campaign", "board", "--stage", "done") == [
        "Bộ lọc “done” không hợp lệ; chọn một trong: not_received, received, in_appraisal, "
        "explanation_requested, explained, appraised, approved, held."]
    progress = submitted.json("SNV", "plan", "progress")
    counts = {"count": 1, "done": 0, "in_progress": 1, "not_started": 0, "overdue": 0,
              "cancelled": 0, "average": 60}
    assert progress == {
        "total": {"key": "", "label": "", **counts},
        "by_unit": [{"key": "SKHDT", "label": "Sở Kế hoạch và Đầu tư", **counts}],
        "by_area": [{"key": "1", "label": "Công tác chỉ đạo, điều hành CCHC", **counts}]}
    plan = submitted.json("SNV", "plan", "list")
    assert [(t["unit_code"], t["title"], t["status"], t["progress"], t["deadline"],
             t["expected_output"], t["area_code"]) for t in plan] == [
        ("SKHDT", "Ban hành kế hoạch CCHC năm 2026", "in_progress", 60, "2098-12-31",
         "Kế hoạch CCHC năm", "1")]


# -- appraisal, explanation, round two ---------------------------------------------------------

def test_appraisal_explanation_and_round_two(submitted: Cycle) -> None:
    c = submitted
    work = c.json("SNV", "appraisal", "work", "--appraiser", "STP", "--out",
                  str(c.usb / "giao-STP-1.cchc"))
    assert (work["type"], work["recipient"], work["round"]) == ("appraisal_work", "STP", 1)
    assert c.bring("STP", "giao-STP-1.cchc") == ["accepted"]
    rows = c.json("STP", "appraisal", "list")
    assert [(r["unit_code"], r["criterion_code"], r["self_score"], r["appraised_score"])
            for r in rows] == [
        (unit, code, {("SKHDT", "2.1"): "1.5", ("SKHDT", "2.2"): "1.5"}.get((unit, code)), None)
        for unit in ("SKHDT", "STC") for code in ("2.1", "2.2", "2.3", "2.4", "2.5")]
    assert [e["name"] for e in rows[0]["evidence"]] == ["Rà soát VBQPPL.pdf"]

    recorded = c.json("STP", "appraisal", "record", "SKHDT", "2.1", "60", "--round", "1",
                      "--remark", "Thiếu Quyết định công bố.", "--reason",
                      "evidence_insufficient", "--request-explanation")
    assert {k: recorded[k] for k in ("unit", "code", "appraised_input", "appraised_score",
                                     "score", "appraisal_round", "explanation_requested")} == {
        "unit": "SKHDT", "code": "2.1", "appraised_input": "60", "appraised_score": "0.75",
        "score": "1.5", "appraisal_round": 1, "explanation_requested": 1}
    assert c.ok("STP", "appraisal", "record", "SKHDT", "2.2", "dat", "--round", "1") == (
        "Đã ghi kết quả thẩm định: SKHDT 2.2 vòng 1: đạt → 1.5 (Tự chấm 1.5)\n")
    before = snapshot(c.dir("STP"))
    assert c.refused("STP", "appraisal", "record", "SKHDT", "2.1", "150", "--round", "1") == [
        "Tỷ lệ “150” phải nằm trong khoảng 0–100%."]
    assert c.refused("STP", "appraisal", "record", "SKHDT", "1.1.1", "kịp thời", "--round",
                     "1") == [
        "Tiêu chí 1.1.1 của SKHDT thuộc lĩnh vực 1, không phải lĩnh vực do nơi này thẩm định; "
        "không có kết quả nào được ghi."]
    assert c.refused("STP", "appraisal", "record", "SKHDT", "2.3", "đạt", "--round", "1",
                     "--reason", "no_such_reason") == [
        "Mã lý do “no_such_reason” không có; các mã dùng được: evidence_insufficient, "
        "evidence_out_of_period, wrong_calculation, evidence_not_matching, not_done, other."]
    assert snapshot(c.dir("STP")) == before
    c.ok("STP", "appraisal", "export", "--out", str(c.usb / "tham-dinh-STP-1.cchc"))
    assert c.bring("SNV", "tham-dinh-STP-1.cchc") == ["accepted"]

    # SKHDT's own area (1, Sở Nội vụ) is not appraised yet: no request can go out
    assert c.refused("SNV", "explanation", "requests", "--out-dir", str(c.usb / "gt")) == [
        "Chưa có đơn vị nào được thẩm định xong vòng 1 để gửi kết quả và đề nghị giải trình."]
    c.ok("SNV", "appraisal", "record", "SKHDT", "1.1.1", "kịp thời", "--round", "1")
    requests = c.json("SNV", "explanation", "requests", "--out-dir", str(c.usb / "gt"))
    assert [(r["recipient"], Path(r["file"]).name) for r in requests] == [
        ("SKHDT", "de-nghi-giai-trinh-SKHDT-vong-1.cchc")]
    assert c.bring("SKHDT", "gt/de-nghi-giai-trinh-SKHDT-vong-1.cchc") == ["accepted"]
    asked = c.json("SKHDT", "explanation", "list")
    assert (asked["unit"], asked["deadline"]) == ("SKHDT", "2099-01-31")
    assert [(i["code"], i["self_score"], i["appraised_score"], i["remark"], i["reason_code"],
             i["response"]) for i in asked["items"]] == [
        ("2.1", "1.5", "0.75", "Thiếu Quyết định công bố.", "evidence_insufficient", "")]
    before = snapshot(c.dir("SKHDT"))
    assert c.refused("SKHDT", "explanation", "export", "--out", str(c.usb / "giai-trinh.cchc")) == [
        "Còn 1 tiêu chí được đề nghị giải trình nhưng chưa có nội dung giải trình (2.1); hãy "
        "trả lời hết rồi xuất gói."]
    assert c.refused("SKHDT", "explanation", "answer", "2.2", "Không cần.") == [
        "Tiêu chí 2.2 của SKHDT không có đề nghị giải trình nào; không có gì được ghi."]
    assert snapshot(c.dir("SKHDT")) == before and not (c.usb / "giai-trinh.cchc").exists()
    assert c.ok("SKHDT", "explanation", "answer", "2.1", "Bổ sung Quyết định 05/QĐ-UBND.") == (
        "Đã ghi nội dung giải trình: 2.1\n")
    c.ok("SKHDT", "evidence", "add", str(c.file("QĐ 05.pdf", "quyet dinh 05")), "--criterion",
         "2.1", "--number", "05/QĐ-UBND", "--date", "01/02/2026")
    c.ok("SKHDT", "explanation", "export", "--out", str(c.usb / "giai-trinh.cchc"))
    assert c.bring("SNV", "giai-trinh.cchc") == ["accepted"]
    answered = c.json("SNV", "explanation", "list", "--unit", "SKHDT")["items"]
    assert [(i["code"], i["response"], sorted(e["name"] for e in i["evidence"]))
            for i in answered] == [
        ("2.1", "Bổ sung Quyết định 05/QĐ-UBND.", ["QĐ 05.pdf", "Rà soát VBQPPL.pdf"])]
    stages = {r["unit"]: r["stage"] for r in c.json("SNV", "campaign", "board")["units"]}
    assert stages == {"SKHDT": "explained", "STC": "in_appraisal"}

    c.ok("SNV", "appraisal", "work", "--appraiser", "STP", "--round", "2", "--unit", "SKHDT",
         "--out", str(c.usb / "giao-STP-2.cchc"))
    assert c.bring("STP", "giao-STP-2.cchc") == ["accepted"]
    second = c.json("STP", "appraisal", "list", "--unit", "SKHDT", "--round", "2")
    assert [(r["criterion_code"], r["appraised_score"], r["previous_appraised_score"],
             r["explanation_response"]) for r in second[:2]] == [
        ("2.1", None, "0.75", "Bổ sung Quyết định 05/QĐ-UBND."), ("2.2", None, "1.5", "")]
    c.ok("STP", "appraisal", "record", "SKHDT", "2.1", "100", "--round", "2", "--remark",
         "Đã bổ sung đủ.")
    c.ok("STP", "appraisal", "export", "--round", "2", "--out", str(c.usb / "tham-dinh-STP-2.cchc"))
    assert c.bring("SNV", "tham-dinh-STP-2.cchc") == ["accepted"]
    board = {r["unit"]: r for r in c.json("SNV", "campaign", "board")["units"]}
    assert (board["SKHDT"]["stage"], board["SKHDT"]["round"], board["SKHDT"]["self_total"],
            board["SKHDT"]["appraised_total"]) == ("appraised", 2, "4", "4")


# -- survey points, approval, ranking, results -------------------------------------------------

def test_survey_approval_rank_and_results(submitted: Cycle) -> None:
    c = submitted
    sheet_path = c.usb / "dieu-tra.xlsx"
    assert c.ok("SNV", "survey", "template", "--out", str(sheet_path)) == (
        f"Đã ghi tệp mẫu: {sheet_path}\n")
    book = openpyxl.load_workbook(sheet_path)
    sheet = book.active
    assert [[sheet.cell(r, col).value for col in (1, 4)] for r in (5, 6)] == [
        ["SKHDT", None], ["STC", None]]
    for cell, value in (("D5", 8), ("E5", "10,5"), ("F5", "7.25"), ("D6", 6), ("E6", 9),
                        ("F6", 10)):
        sheet[cell] = value
    book.save(c.usb / "dieu-tra-sai.xlsx")
    sheet["F6"] = 5
    book.save(c.usb / "dieu-tra-dung.xlsx")
    before = snapshot(c.dir("SNV"))
    assert c.refused("SNV", "survey", "import", str(c.usb / "dieu-tra-sai.xlsx")) == [
        "Tệp dieu-tra-sai.xlsx có 1 ô không hợp lệ (F6) nên không nhập điểm nào; hãy sửa rồi "
        "nhập lại.",
        "- Ô F6 (đơn vị STC, tiêu chí 8.3): 10 điểm nằm ngoài khoảng từ 0 đến 8."]
    assert c.refused("SNV", "survey", "set", "STC", "8.1", "6.3") == [
        "Điểm điều tra xã hội học 6.3 của tiêu chí 8.1 phải là bội số của 0.25."]
    assert snapshot(c.dir("SNV")) == before
    assert c.json("SNV", "survey", "import", str(c.usb / "dieu-tra-dung.xlsx")) == {
        "entered": 6, "changed": 6}
    assert c.ok("SNV", "survey", "set", "STC", "8.1", "6.5") == (
        "Đã ghi điểm điều tra xã hội học: STC 8.1: 6.5\n")

    # nothing appraised: approval is refused until the self scores are kept on purpose
    before = snapshot(c.dir("SNV"))
    assert c.refused("SNV", "approve", "SKHDT") == [
        "Còn 3 tiêu chí tự chấm chưa có điểm thẩm định (1.1.1, 2.1, 2.2); hãy thẩm định hoặc "
        "xác nhận giữ nguyên điểm tự đánh giá cho các tiêu chí này."]
    assert snapshot(c.dir("SNV")) == before
    approved = c.json("SNV", "approve", "SKHDT", "--keep-self")
    assert {k: approved[k] for k in ("unit", "stage", "self_total", "survey_total", "final_total",
                                     "index_percent", "band", "block")} == {
        "unit": "SKHDT", "stage": "approved", "self_total": "4", "survey_total": "25.75",
        "final_total": "29.75", "index_percent": "29.75", "band": "Yếu",
        "block": "departments"}
    assert c.ok("SNV", "approve", "STC", "--keep-self") == (
        "Đã phê duyệt điểm của STC: tổng điểm 21, Chỉ số 21%, Yếu\n")
    ranked = c.json("SNV", "rank")
    common = {"group": "so-ban-nganh", "block": "departments", "stage": "approved",
              "band": "Yếu", "rank_of": 2, "provisional": False}
    assert ranked == [
        {"unit": "SKHDT", "name": "Sở Kế hoạch và Đầu tư", "self_total": "4",
         "appraised_points": "4", "survey_total": "25.75", "final_total": "29.75",
         "index_percent": "29.75", "rank": 1, **common},
        {"unit": "STC", "name": "Sở Tài chính", "self_total": "0.5", "appraised_points": "0.5",
         "survey_total": "20.5", "final_total": "21", "index_percent": "21", "rank": 2,
         **common}]
    points = [v for path, v in walk(ranked) if path.endswith(("_total", "_points", "percent"))]
    assert len(points) == 10 and all(isinstance(v, str) for v in points)

    before = snapshot(c.dir("SNV"))
    assert c.refused("SNV", "unlock", "STC") == ["Cần ghi lý do mở khóa điểm đã phê duyệt."]
    assert c.refused("SNV", "unlock", "STC", lang="en") == [
        "A reason is required to unlock approved scores."]
    assert snapshot(c.dir("SNV")) == before

    out = c.usb / "ket-qua"
    out.mkdir()
    sent = c.json("SNV", "results", "export", "--out-dir", str(out))
    assert [(s["recipient"], Path(s["file"]).name, s["type"]) for s in sent] == [
        ("SKHDT", "ket-qua-SKHDT-2026.cchc", "result"), ("STC", "ket-qua-STC-2026.cchc", "result")]
    assert c.bring("SKHDT", "ket-qua/ket-qua-SKHDT-2026.cchc") == ["accepted"]
    mine = c.json("SKHDT", "results", "show")
    assert mine["unit"] == "SKHDT"
    assert {k: mine["result"][k] for k in ("stage", "final_total", "index_percent", "band",
                                           "rank", "rank_of", "provisional")} == {
        "stage": "approved", "final_total": "29.75", "index_percent": "29.75", "band": "Yếu",
        "rank": 1, "rank_of": 2, "provisional": False}
    assert c.ok("SKHDT", "results", "show") == (
        "SKHDT — Sở Kế hoạch và Đầu tư: đã phê duyệt\n"
        "  tổng điểm 29.75, Chỉ số 29.75%, Yếu\n"
        "  Xếp hạng 1 trên 2 — Sở, ban, ngành\n")

    assert c.json("SNV", "unlock", "STC", "--reason", "Sửa điểm điều tra 8.1")["stage"] == (
        "appraised")
    assert [r["provisional"] for r in c.json("SNV", "rank")] == [True, True]
    assert c.refused("SNV", "results", "export", "--out-dir", str(out), "--unit", "STC") == [
        "Chưa phê duyệt điểm của STC nên chưa gửi kết quả cho các đơn vị này được."]


# -- the plan: proposals for next year, adopted into next year's campaign ----------------------

def test_proposals_decided_and_drafted(submitted: Cycle) -> None:
    c = submitted
    made = c.json("SKHDT", "plan", "propose", "Số hóa hồ sơ thủ tục hành chính", "--area", "3",
                  "--deadline", "30/06/2027", "--output", "100% hồ sơ được số hóa")
    assert c.refused("SKHDT", "plan", "propose", "   ") == ["Cần nhập nội dung đề xuất."]
    assert c.refused("SKHDT", "plan", "propose", "Việc khác", "--area", "42") == [
        "Bộ tiêu chí của đợt đánh giá không có lĩnh vực “42”."]
    assert [p["id"] for p in c.json("SKHDT", "plan", "proposals")] == [made["id"]]
    c.ok("SKHDT", "plan", "send", "--out", str(c.usb / "de-xuat-SKHDT.cchc"))
    assert c.refused("SNV", "plan", "send", "--out", str(c.usb / "x.cchc")) == [
        "Không gian làm việc có vai trò “coordinator”, còn việc này cần vai trò “unit”."]
    assert c.bring("SNV", "de-xuat-SKHDT.cchc") == ["accepted"]
    received = c.json("SNV", "plan", "proposals")
    assert [{k: p[k] for k in ("id", "unit_code", "title", "expected_output", "area_code",
                               "deadline", "state", "late")} for p in received] == [
        {"id": made["id"], "unit_code": "SKHDT", "title": "Số hóa hồ sơ thủ tục hành chính",
         "expected_output": "100% hồ sơ được số hóa", "area_code": "3",
         "deadline": "2027-06-30", "state": "proposed", "late": None}]
    assert c.refused("SNV", "plan", "decide", "zzzz", "adopt") == [
        "Không tìm thấy đề xuất zzzz."]
    assert c.ok("SNV", "plan", "decide", made["id"][:6], "adopt") == (
        "Đã ghi quyết định: " + made["id"][:8]
        + " — Số hóa hồ sơ thủ tục hành chính (SKHDT): chấp nhận\n")

    next_year = c.json("SNV", "campaign", "create", "--year", "2027", "--title",
                       "Đánh giá CCHC năm 2027", "--group", "so-ban-nganh=sample:so-ban-nganh")
    listed = c.json("SNV", "campaign", "list")
    assert [(x["year"], x["active"]) for x in listed] == [(2027, True), (2026, False)]
    assert c.refused("SNV", "plan", "draft") == [
        "Kế hoạch dự thảo phải thuộc một đợt đánh giá khác với đợt nhận đề xuất."]
    drafted = c.json("SNV", "plan", "draft", "--from", "2026")
    assert [(t["unit_code"], t["title"], t["deadline"], t["area_code"], t["source"],
             t["campaign_id"]) for t in drafted] == [
        ("SKHDT", "Số hóa hồ sơ thủ tục hành chính", "2027-06-30", "3", "province_plan",
         next_year["id"])]
    assert c.json("SNV", "plan", "draft", "--from", "2026", "--to", next_year["id"][:8]) == []
    assert [t["id"] for t in c.json("SNV", "plan", "list")] == [drafted[0]["id"]]
    assert c.refused("SNV", "plan", "draft", "--from", "1999") == [
        "Không tìm thấy đợt đánh giá “1999”; xem danh sách bằng “cchc campaign list”."]
    assert c.ok("SNV", "campaign", "use", "2026").startswith(
        "Đang chọn đợt đánh giá: Đánh giá CCHC năm 2026 (2026, ")
    adopted = c.json("SNV", "plan", "proposals", "--state", "adopted")
    assert [(p["id"], p["adopted_task_id"]) for p in adopted] == [(made["id"], drafted[0]["id"])]


def test_every_json_output_is_exact(submitted: Cycle) -> None:
    """Decimals travel as strings in every JSON output of the cycle's list commands."""
    outputs = [submitted.ok("SNV", *args, "--json") for args in (
        ("campaign", "board"), ("campaign", "appraisers"), ("campaign", "check"),
        ("plan", "progress"), ("plan", "list"), ("appraisal", "list"), ("appraisal", "reasons"),
        ("rank",))]
    for text in outputs:
        for path, value in walk(loads_exact(text)):
            assert not isinstance(value, float), path
    assert [r["index_percent"] for r in json.loads(outputs[-1])] == ["0", "0"]


# -- the worked script of docs/cli.md ----------------------------------------------------------

def _docs_script() -> str:
    text = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    part = text.split("## Running a whole campaign from a script", 1)[1]
    return part.split("```sh\n", 1)[1].split("```", 1)[0]


def test_the_script_in_the_docs_runs(tmp_path: Path) -> None:
    """docs/cli.md's script, as a user would run it: with /bin/sh, `cchc` on the PATH."""
    script = tmp_path / "cycle.sh"
    script.write_text(_docs_script(), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CCHC_DATA_DIR", "CCHC_LANG")}
    env.update(PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
               ROOT=str(tmp_path / "demo"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(["sh", str(script)], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stderr == (  # the one refusal the script expects, and nothing else
        "Còn 1 tiêu chí tự chấm chưa có điểm thẩm định (6.2); hãy thẩm định hoặc xác nhận giữ "
        "nguyên điểm tự đánh giá cho các tiêu chí này.\n")
    demo = Cycle(tmp_path / "demo")
    result = demo.json("XA-AB", "results", "show")["result"]
    assert {k: result[k] for k in ("stage", "final_total", "index_percent", "band", "block",
                                   "rank", "rank_of")} == {
        "stage": "approved", "final_total": "21.25", "index_percent": "21.25", "band": "Yếu",
        "block": "communes", "rank": 1, "rank_of": 1}
    ranked = demo.json("SNV", "rank")  # the active campaign is now 2027's: nothing scored
    assert [(r["unit"], r["stage"], r["index_percent"]) for r in ranked] == []
    assert [t["title"] for t in demo.json("SNV", "plan", "list")] == [
        "Số hóa hồ sơ thủ tục hành chính"]
    demo.ok("SNV", "campaign", "use", "2026")
    assert [(r["unit"], r["final_total"], r["rank"], r["provisional"])
            for r in demo.json("SNV", "rank")] == [("STC", "12", 1, False),
                                                   ("XA-AB", "21.25", 1, False)]
