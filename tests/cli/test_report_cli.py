"""`cchc report pdf|xlsx|info` run as a user runs them, on the demo workspaces of a unit and of
Sở Nội vụ: every kind writes a real file (a PDF with the NĐ 30 title, a workbook openpyxl
opens) and says where and how big; Sở Nội vụ's kinds are refused at a unit; a bad period,
a missing folder or a folder as the target are refused with one sentence, leaving the data
and any file already at the target untouched; the report details round-trip."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import openpyxl
import pytest
from clihelpers import cchc, copy_data_dir, ok, snapshot

DEMO = "demo"


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True)
    return done.stdout


def refused(done: subprocess.CompletedProcess) -> str:
    """The one sentence of a refusal (exit 1, nothing on stdout)."""
    assert done.returncode == 1, f"exit {done.returncode}: {done.stdout} {done.stderr}"
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def written(done: subprocess.CompletedProcess, path: Path) -> None:
    """The command printed the path and the size of the file it wrote."""
    ok(done)
    match = re.search(r": (.+) \((\d+) byte\)$", done.stdout.strip())
    assert match, done.stdout
    assert Path(match.group(1)) == path and int(match.group(2)) == path.stat().st_size > 1000


@pytest.fixture(scope="module")
def unit_template(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("unit") / "data"
    ok(cchc(data, "demo"))
    return data


@pytest.fixture(scope="module")
def coordinator_template(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("coordinator") / "data"
    ok(cchc(data, "demo", "--role", "coordinator"))
    return data


@pytest.fixture
def unit_dir(unit_template: Path, tmp_path: Path) -> Path:
    return copy_data_dir(unit_template, tmp_path / "data")


def test_a_unit_builds_its_pdfs_and_score_table(unit_template: Path, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao-tu-danh-gia.pdf"
    written(cchc(unit_template, "report", "pdf", "--kind", "self-assessment", "--out", str(out),
                 "--date", "05/01/2027"), out)
    assert out.read_bytes().startswith(b"%PDF-")
    text = pdf_text(out)
    assert "BÁO CÁO" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "ngày 05 tháng 01 năm 2027" in text
    shown = json.loads(ok(cchc(unit_template, "assess", "show", "--json")).stdout)
    total = shown["self"]["final"].replace(".", ",")
    assert total in text

    out = tmp_path / "dinh-ky.pdf"
    done = ok(cchc(unit_template, "report", "pdf", "--kind", "periodic", "--period", "h1",
                   "--year", "2026", "--out", str(out), "--json"))
    assert json.loads(done.stdout) == {"file": str(out), "size": out.stat().st_size,
                                       "format": "pdf", "kind": "periodic"}
    text = pdf_text(out)
    assert out.read_bytes().startswith(b"%PDF-") and "BÁO CÁO" in text
    assert "6 tháng đầu năm 2026" in text

    out = tmp_path / "bang-diem.xlsx"
    written(cchc(unit_template, "report", "xlsx", "--kind", "scores", "--out", str(out)), out)
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames[0] == "Bảng điểm"
    cells = [c for row in workbook.active.iter_rows(values_only=True) for c in row if c]
    assert any(isinstance(c, str) and c.startswith("=SUM(") for c in cells)


def test_the_coordinator_builds_the_province_reports(coordinator_template: Path,
                                                     tmp_path: Path) -> None:
    for kind, extra in (("summary", ()), ("appraisal", ("--unit", "DEMO-SNV"))):
        out = tmp_path / f"{kind}.pdf"
        written(cchc(coordinator_template, "report", "pdf", "--kind", kind, "--out", str(out),
                     *extra), out)
        assert out.read_bytes().startswith(b"%PDF-") and "BÁO CÁO" in pdf_text(out)
    for kind, sheet in (("summary", "Tổng hợp"), ("board", "Bảng theo dõi"),
                        ("scores", "Bảng điểm")):
        out = tmp_path / f"{kind}.xlsx"
        written(cchc(coordinator_template, "report", "xlsx", "--kind", kind, "--out", str(out)),
                out)
        assert openpyxl.load_workbook(out).sheetnames[0] == sheet
    out = tmp_path / "board-filtered.xlsx"
    written(cchc(coordinator_template, "report", "xlsx", "--kind", "board", "--out", str(out),
                 "--stage", "not_received"), out)
    rows = list(openpyxl.load_workbook(out)["Bảng theo dõi"].iter_rows(min_row=7,
                                                                       values_only=True))
    assert rows and all(row[5] == "Chưa nhận" for row in rows if row[0])


def test_a_unit_asking_for_the_province_reports_is_refused(unit_dir: Path,
                                                           tmp_path: Path) -> None:
    before = snapshot(unit_dir, DEMO)
    for form, kind in (("pdf", "summary"), ("pdf", "appraisal"), ("xlsx", "summary"),
                       ("xlsx", "board")):
        out = tmp_path / f"{kind}.{form}"
        sentence = refused(cchc(unit_dir, "report", form, "--kind", kind, "--out", str(out)))
        assert sentence.startswith("Chỉ Sở Nội vụ lập được ") and "“unit”" in sentence
        assert not out.exists()
    english = refused(cchc(unit_dir, "report", "pdf", "--kind", "summary", "--out",
                           str(tmp_path / "s.pdf"), lang="en"))
    assert english.startswith("Only the Department of Home Affairs' installation makes the ")
    assert snapshot(unit_dir, DEMO) == before


def test_bad_period_and_target_are_refused_with_nothing_changed(unit_dir: Path,
                                                                tmp_path: Path) -> None:
    before = snapshot(unit_dir, DEMO)
    target = tmp_path / "bao-cao.pdf"
    target.write_bytes(b"the earlier report")
    base = ["report", "pdf", "--kind", "periodic", "--out", str(target)]
    assert refused(cchc(unit_dir, *base, "--period", "q5")) == (
        "Kỳ báo cáo “q5” không hợp lệ; chọn một trong: q1, q2, q3, q4, h1, year.")
    assert refused(cchc(unit_dir, *base, "--period", "q1", "--year", "20x6")) == (
        "Năm báo cáo “20x6” không hợp lệ.")
    assert refused(cchc(unit_dir, *base, "--date", "31/02/2026")).startswith(
        "Ngày “31/02/2026” không hợp lệ")
    assert refused(cchc(unit_dir, "report", "pdf", "--kind", "self-assessment", "--out",
                        str(target), "--period", "q1")) == (
        "Tùy chọn --period chỉ dùng cùng với --kind periodic.")
    assert refused(cchc(unit_dir, "report", "xlsx", "--kind", "scores", "--out",
                        str(target), "--stage", "approved")) == (
        "Tùy chọn --stage chỉ dùng cùng với --kind board.")
    assert target.read_bytes() == b"the earlier report"
    missing = tmp_path / "khong-co" / "bao-cao.pdf"
    assert refused(cchc(unit_dir, "report", "pdf", "--kind", "self-assessment", "--out",
                        str(missing))) == (
        f"Không có thư mục {missing.parent}; hãy chọn một thư mục đã có để lưu báo cáo.")
    assert refused(cchc(unit_dir, "report", "xlsx", "--kind", "scores", "--out",
                        str(tmp_path))) == (
        f"{tmp_path} là thư mục, không phải tệp; hãy chọn một tệp.")
    assert not missing.parent.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.pdf", "data"]
    assert snapshot(unit_dir, DEMO) == before
    assert cchc(unit_dir, "report", "pdf", "--kind", "weekly", "--out",
                str(target)).returncode == 2   # an unknown kind is a usage error


def test_report_details_round_trip(unit_dir: Path, tmp_path: Path) -> None:
    shown = json.loads(ok(cchc(unit_dir, "report", "info", "--json")).stdout)
    assert shown["agency"] == "SỞ TƯ PHÁP" and shown["number"] == "/BC-STP"
    assert shown["recipients"] == ["Sở Nội vụ", "Lưu: VT"]
    done = ok(cchc(unit_dir, "report", "info",
                   "--set", "number=15/BC-STP", "--set", "authority=KT. GIÁM ĐỐC",
                   "--set", "signer_title=PHÓ GIÁM ĐỐC", "--set", "signer=Nguyễn Thị Hoa",
                   "--set", "recipients=UBND tỉnh; Sở Nội vụ",
                   "--set", "recipients=Lưu: VT, VP",
                   "--set", "difficulties=Thiếu biên chế làm công tác CCHC.",
                   "--set", "managing-body=UBND TỈNH AN GIANG", "--set", "place=Long Xuyên"))
    assert done.stdout.startswith("Đã lưu thông tin báo cáo.\n")
    assert "Họ tên người ký (signer_name): Nguyễn Thị Hoa" in done.stdout
    assert "  - UBND tỉnh\n  - Sở Nội vụ\n  - Lưu: VT, VP\n" in done.stdout
    shown = json.loads(ok(cchc(unit_dir, "report", "info", "--json")).stdout)
    assert {k: shown[k] for k in ("number", "authority", "signer_title", "signer_name",
                                  "recipients", "difficulties", "place")} == {
        "number": "15/BC-STP", "authority": "KT. GIÁM ĐỐC", "signer_title": "PHÓ GIÁM ĐỐC",
        "signer_name": "Nguyễn Thị Hoa", "recipients": ["UBND tỉnh", "Sở Nội vụ", "Lưu: VT, VP"],
        "difficulties": "Thiếu biên chế làm công tác CCHC.", "place": "Long Xuyên"}
    out = tmp_path / "bao-cao.pdf"
    ok(cchc(unit_dir, "report", "pdf", "--kind", "self-assessment", "--out", str(out)))
    text = pdf_text(out)
    for words in ("15/BC-STP", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hoa", "UBND tỉnh;",
                  "Thiếu biên chế làm công tác CCHC.", "Long Xuyên, ngày"):
        assert words in text, words
    # an empty value clears a field; the date and unknown fields are refused, nothing kept
    ok(cchc(unit_dir, "report", "info", "--set", "authority="))
    before = snapshot(unit_dir, DEMO)
    assert refused(cchc(unit_dir, "report", "info", "--set", "signer=Trần Văn B", "--set",
                        "date=05/01/2027")).startswith("Ngày của báo cáo không được lưu")
    assert refused(cchc(unit_dir, "report", "info", "--set", "chu_ky=x")).startswith(
        "Thông tin báo cáo không có mục “chu_ky”; các mục là: managing_body, agency,")
    assert refused(cchc(unit_dir, "report", "info", "--set", "signer")).startswith(
        "Giá trị “signer” của --set không đúng dạng")
    assert refused(cchc(unit_dir, "report", "info", "--set", "number=" + "9" * 2001)) == (
        "Nội dung “number” của báo cáo quá dài (tối đa 2000 ký tự hoặc dòng).")
    assert snapshot(unit_dir, DEMO) == before
    shown = json.loads(ok(cchc(unit_dir, "report", "info", "--json")).stdout)
    assert shown["authority"] == "" and shown["signer_name"] == "Nguyễn Thị Hoa"
