"""Criteria sets as Excel workbooks: what CCHC Desk writes it reads back exactly, the tables
provinces actually send are read, and hostile files are refused quickly with one
`InvalidInput`, the file untouched and nothing else happening."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import unicodedata
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xlsx_builders import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    MAIN_NS,
    docx_file,
    lie_about_size,
    replace_sheet,
    rewrite_zip,
    set_cached_value,
    sheet_xml,
    table_workbook,
    with_shared_strings,
    zeros_member,
)

from desktop.models import criteria, criteria_xlsx
from desktop.models.criteria_xlsx import NODE_FIELDS, read_workbook, write_workbook
from desktop.models.errors import CchcError, InvalidInput
from desktop.models.rules import parse_rule
from desktop.resources import resource

SAMPLE = json.loads(resource("criteria", "bo-tieu-chi-mau-so-ban-nganh.json").read_text("utf-8"))
HEADER_KEYS = ("province", "year", "unit_group", "version", "title", "total_points",
               "rounding_step", "final_convention", "is_sample")
FAST = 5.0  # seconds any refusal may take
INFO = [("Tỉnh", "Quảng Nam"), ("Năm", 2026), ("Nhóm đơn vị", "so-ban-nganh"),
        ("Tên bộ tiêu chí", "Bộ tiêu chí sở, ban, ngành")]
HEADING = ["Mã", "Tiêu chí", "Điểm tối đa", "Cách chấm", "Quy tắc"]
INFO_OVERRIDES = {"province": "P", "year": 2026, "unit_group": "g", "title": "T"}


def canonical(data: dict[str, Any]) -> dict[str, Any]:
    """What read_workbook returns for `data`: the contract's keys, every node field present."""
    result = {key: data[key] for key in HEADER_KEYS if key in data}
    if data.get("note"):
        result["note"] = data["note"]
    result["criteria"] = [{field: node.get(field, "") for field in NODE_FIELDS}
                          for node in data["criteria"]]
    return result


def without_rows(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "criteria": [{k: v for k, v in node.items() if k != "row"}
                                 for node in data["criteria"]]}


def assert_no_floats(value: object) -> None:
    assert not isinstance(value, float), value
    if isinstance(value, dict):
        for item in value.values():
            assert_no_floats(item)
    elif isinstance(value, list):
        for item in value:
            assert_no_floats(item)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def refused(path: Path, code: str, /, **expected: object) -> InvalidInput:
    """read_workbook refuses `path` with `code`, quickly, leaving the file and its folder as
    they were. Only an InvalidInput may come out."""
    before = path.read_bytes() if path.is_file() else None
    listing = sorted(os.listdir(path.parent)) if path.parent.is_dir() else None
    started = time.monotonic()
    try:
        read_workbook(path, overrides=dict(INFO_OVERRIDES))
    except InvalidInput as exc:
        elapsed = time.monotonic() - started
        assert exc.code == code, f"{exc.code} ({exc.data}, {exc.details}) instead of {code}"
        for key, value in expected.items():
            assert exc.data.get(key) == value, (key, exc.data)
        assert elapsed < FAST, f"refusal took {elapsed:.1f} s"
        if before is not None:
            assert path.read_bytes() == before
        if listing is not None:
            assert sorted(os.listdir(path.parent)) == listing
        return exc
    raise AssertionError(f"{path.name} was read instead of refused with {code}")


# --- round trips ---------------------------------------------------------------------------
def test_sample_set_round_trips(tmp_path: Path) -> None:
    """The shipped sample set written to Excel reads back as the same set, row by row."""
    path = tmp_path / "bo-tieu-chi.xlsx"
    write_workbook(SAMPLE, path)
    data = read_workbook(path)
    assert without_rows(data) == canonical(SAMPLE)
    assert [n["row"] for n in data["criteria"]] == list(range(5, 5 + len(SAMPLE["criteria"])))
    assert data["is_sample"] is True and data["year"] == 2026
    assert_no_floats(data)
    assert [p.name for p in tmp_path.iterdir()] == ["bo-tieu-chi.xlsx"]  # no temp file left


SMALL = {"province": "Quảng Nam", "year": 2026, "unit_group": "so-ban-nganh", "version": 2,
         "title": "Bộ tiêu chí sở, ban, ngành", "total_points": "100", "rounding_step": "0.25",
         "final_convention": "cap_then_penalty", "is_sample": True, "criteria": [
             {"code": "1", "title": "Công tác chỉ đạo, điều hành CCHC", "max": "3",
              "rule": "sum", "appraiser": "Sở Nội vụ"},
             {"code": "1.1", "title": "Kế hoạch CCHC năm", "max": "1.5",
              "rule": "choice có kế hoạch, kiểm tra đủ, xử lý sau kiểm tra=1.5; có kế hoạch, "
                      "kiểm tra đủ, chưa xử lý=1; có kế hoạch, kiểm tra chưa đủ=0.5; không=0"},
             {"code": "1.2", "title": "Báo cáo", "max": "1.5", "rule": "passfail"}]}


def test_written_workbook_is_a_printable_table(tmp_path: Path) -> None:
    """The export is what specialists open: a frozen bold heading repeated on every printed
    page, landscape A4 fitted to the width, wrapped text, codes as text, maxima as numbers."""
    path = tmp_path / "bo.xlsx"
    write_workbook(SMALL, path)
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Bộ tiêu chí"]
    assert workbook.sheetnames == ["Bộ tiêu chí", "Thông tin"]
    assert [c.value for c in ws[4]] == [
        "Mã", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Cách chấm", "Quy tắc",
        "Tài liệu kiểm chứng", "Đơn vị thẩm định", "Căn cứ pháp lý", "Gợi ý từ dữ liệu"]
    assert all(c.font.b for c in ws[4])
    assert ws.freeze_panes == "A5" and ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.column_dimensions["B"].width >= 40
    assert all(c.alignment.wrap_text for c in ws[6])
    assert ws["A6"].value == "1.1" and ws["A6"].data_type == "s"     # codes stay text
    assert ws["C5"].value == 3 and ws["C6"].value == Decimal("1.5")  # maxima add up in Excel
    assert ws["A5"].font.b and not ws["A7"].font.b
    assert "MẪU" in ws["A3"].value and ws["A1"].value == SMALL["title"]
    assert ws.row_dimensions[6].height > ws.row_dimensions[7].height  # the long rule wraps
    info_ws = workbook["Thông tin"]
    info = {row[0]: row[1] for row in info_ws.iter_rows(min_row=2, values_only=True)}
    assert info["Tỉnh"] == "Quảng Nam" and info["Năm"] == 2026 and info["Bộ mẫu"] == "Có"
    assert info_ws.sheet_properties.pageSetUpPr.fitToPage  # its three columns print on one page


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_again_by_libreoffice_reads_the_same(tmp_path: Path) -> None:
    """Specialists open the export, edit it and save: LibreOffice rewrites the package
    (shared strings, its own styles) and the set still reads the same."""
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    (tmp_path / "out").mkdir()
    done = subprocess.run(
        ["soffice", "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
         "--outdir", str(tmp_path / "out"), str(path)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)})
    saved = tmp_path / "out" / "bo.xlsx"
    assert saved.is_file(), done.stdout + done.stderr
    assert read_workbook(saved) == read_workbook(path)


def test_writing_replaces_the_file_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    """A failed export leaves the previous file as it was and no temporary file behind."""
    path = tmp_path / "bo.xlsx"
    path.write_bytes(b"previous")
    write_workbook(SAMPLE, path)
    assert zipfile.is_zipfile(path)
    saved = path.read_bytes()

    def fail(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")  # e.g. the file is open in Excel

    monkeypatch.setattr(criteria_xlsx.os, "replace", fail)
    with pytest.raises(InvalidInput) as caught:
        write_workbook(SAMPLE, path)
    assert caught.value.code == "file_not_writable"
    assert path.read_bytes() == saved
    assert [p.name for p in tmp_path.iterdir()] == ["bo.xlsx"]


def test_writing_needs_an_existing_folder_and_the_set_fields(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        write_workbook(SAMPLE, tmp_path / "missing" / "bo.xlsx")
    assert caught.value.code == "file_missing"
    with pytest.raises(InvalidInput) as caught:
        write_workbook(SAMPLE, tmp_path)
    assert caught.value.code == "file_is_directory"
    with pytest.raises(InvalidInput) as caught:
        write_workbook({**SAMPLE, "province": ""}, tmp_path / "bo.xlsx")
    assert caught.value.code == "xlsx_missing_info"
    assert list(tmp_path.iterdir()) == []


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    data = canonical({**SMALL, "criteria": [
        {**SMALL["criteria"][2], "guide": "=SUM(A1:A9)", "evidence_hint": "+1; -2 @x"}]})
    path = tmp_path / "bo.xlsx"
    write_workbook(data, path)
    assert without_rows(read_workbook(path)) == data


def test_control_characters_are_not_written(tmp_path: Path) -> None:
    """XML cannot hold them (openpyxl would fail); they are dropped, line breaks become spaces."""
    node = {**SMALL["criteria"][2], "title": "Báo\x00 cáo\x1b\nnăm\x0b2026"}
    path = tmp_path / "bo.xlsx"
    write_workbook({**SMALL, "criteria": [node]}, path)
    assert read_workbook(path)["criteria"][0]["title"] == "Báo cáo năm 2026"


# Vietnamese letters (precomposed), a few NFD-only spellings, punctuation the tables use
LETTERS = ("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợ"
           "úùủũụứừửữựýỳỷỹỵAĂÂĐÊÔƠƯÁẾỐỨ0123456789")
TEXT = st.text(alphabet=st.sampled_from(list(LETTERS) + [" ", ",", ".", "(", ")", "/", "-",
                                                          "–", "%", ":", "=", "“", "”"]),
               min_size=1, max_size=40).map(nfc).filter(bool)
LABEL = st.text(alphabet=st.sampled_from(list(LETTERS[:60]) + [" "]), min_size=1,
                max_size=14).map(nfc).filter(bool)
QUARTERS = st.integers(min_value=1, max_value=40).map(lambda q: Decimal(q) / 4)


def dec(value: Decimal) -> str:
    return criteria_xlsx.format_decimal(value) or "0"


@st.composite
def leaf_rule(draw: st.DrawFn, maximum: Decimal) -> str:
    kind = draw(st.sampled_from(["choice", "passfail", "bands", "prop", "deduct", "survey"]))
    if kind == "choice":
        labels = draw(st.lists(LABEL, min_size=2, max_size=4, unique_by=str.casefold))
        points = [dec(maximum)] + [dec(draw(st.integers(0, int(maximum * 4))) / Decimal(4))
                                   for _ in labels[1:]]
        return "choice " + "; ".join(f"{label}={p}" for label, p in zip(labels, points,
                                                                          strict=True))
    if kind == "bands":
        high, low = sorted(draw(st.lists(st.integers(1, 99), min_size=2, max_size=2,
                                         unique=True)), reverse=True)
        return (f"bands(rate) >{high}%={dec(maximum)}; {low}-{high}%={dec(maximum / 2)}; "
                f"<{low}%=0")
    if kind == "prop":
        return draw(st.sampled_from(["prop(rate)", "prop(rate of plan done)",
                                     "prop(tỷ lệ hoàn thành)"]))
    if kind == "deduct":
        return f"deduct {dec(draw(QUARTERS) / 4)}/item floor 0"
    return kind


@st.composite
def criteria_sets(draw: st.DrawFn) -> dict[str, Any]:
    nodes: list[dict[str, Any]] = []

    def node(code: str, maximum: Decimal, rule: str) -> dict[str, Any]:
        return {"code": code, "title": draw(TEXT), "max": dec(maximum), "rule": rule,
                "guide": draw(st.one_of(st.just(""), TEXT)),
                "evidence_hint": draw(st.one_of(st.just(""), TEXT)),
                "legal_basis": draw(st.one_of(st.just(""), TEXT)),
                "appraiser": draw(st.sampled_from(["", "Sở Nội vụ", "Sở Tư pháp"])),
                "suggest": draw(st.sampled_from(["", "plan_completion_rate", "overdue_tasks"]))}

    def subtree(code: str, depth: int) -> Decimal:
        position = len(nodes)
        children = draw(st.integers(0, 3)) if depth < 3 else 0
        if not children:
            maximum = draw(QUARTERS)
            nodes.append(node(code, maximum, draw(leaf_rule(maximum))))
            return maximum
        nodes.append({})
        maximum = sum((subtree(f"{code}.{i}", depth + 1) for i in range(1, children + 1)),
                      Decimal(0))
        nodes[position] = node(code, maximum, "sum")
        return maximum

    total = sum((subtree(str(area), 1) for area in range(1, draw(st.integers(1, 4)) + 1)),
                Decimal(0))
    if draw(st.booleans()):
        cap = draw(QUARTERS)
        nodes.append(node("T", cap, f"bonus cap {dec(cap)}"))
        nodes.append(node("P", cap, f"penalty cap {dec(cap)}"))
    data = {"province": draw(TEXT), "year": draw(st.integers(2000, 2100)),
            "unit_group": draw(st.sampled_from(["so-ban-nganh", "xa-phuong", "Sở, ban, ngành"])),
            "version": draw(st.integers(1, 30)), "title": draw(TEXT), "total_points": dec(total),
            "rounding_step": draw(st.sampled_from(["0.25", "0.5", "1", "0.01"])),
            "final_convention": "cap_then_penalty", "is_sample": draw(st.booleans()),
            "criteria": nodes}
    if draw(st.booleans()):
        data["note"] = draw(TEXT)
    return data


def messy(value: Any, form: str) -> Any:
    """The same set as another program might hold it: NFD text, doubled and odd spaces."""
    if isinstance(value, str):
        return unicodedata.normalize(form, value.replace(" ", "  \u00a0", 1))
    if isinstance(value, dict):
        return {k: v if k in ("max", "year") else messy(v, form) for k, v in value.items()}
    if isinstance(value, list):
        return [messy(item, form) for item in value]
    return value


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=criteria_sets(), form=st.sampled_from(["NFC", "NFD"]))
def test_any_valid_set_round_trips_exactly(tmp_path: Path, data: dict[str, Any], form: str
                                           ) -> None:
    """Random sets (every rule kind, quarter-point maxima, Vietnamese text given in NFC or
    NFD with stray spaces) come back exactly, in NFC, with the rows they were written to."""
    for node in data["criteria"]:
        parse_rule(node["rule"])  # the generator only makes valid rules
    path = tmp_path / "set.xlsx"
    write_workbook(messy(data, form), path)
    read = read_workbook(path)
    assert without_rows(read) == canonical(data)
    assert [n["row"] for n in read["criteria"]] == list(range(5, 5 + len(data["criteria"])))
    assert_no_floats(read)
    validate = getattr(criteria, "validate_set_data", None)
    if validate is not None:
        assert validate(read) == []


# --- tables as provinces send them ---------------------------------------------------------
def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def province_workbook(path: Path) -> Path:
    """A table typed by hand in Excel: letterhead and title rows (merged), a heading in
    capitals without accents, the "(1) (2) ..." numbering row, a merged section heading,
    numeric codes, "1,5" typed as text, NFD text from a Mac, blank spacer rows, a formula
    with its saved result, a line break inside a cell, a "Tổng cộng" row; saved with a shared
    string table like Excel does. The criteria sheet is not the first one."""
    workbook = openpyxl.Workbook()
    notes = workbook.active
    notes.title = "Hướng dẫn"
    notes.append(["Điền bảng ở trang tính “Bộ tiêu chí”."])
    ws = workbook.create_sheet(nfd("Bộ tiêu chí"))
    ws.append(["UBND TỈNH QUẢNG NAM", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    ws.append([nfd("BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC SỞ, BAN, NGÀNH")])
    ws.merge_cells("A2:H2")
    ws.append([])
    ws.append(["MA", "NOI DUNG", "DIEM TOI DA", "CACH CHAM", "QUY TAC", "TAI LIEU KIEM CHUNG",
               "DON VI THAM DINH", "GHI CHU"])
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"])
    ws.append([nfd("PHẦN A. CÁC LĨNH VỰC TỰ CHẤM")])
    ws.merge_cells("A6:H6")
    ws.append([1, nfd("Công tác chỉ đạo, điều hành CCHC"), 3, None, "sum", None,
               nfd("Sở Nội vụ")])                                                    # row 7
    ws.append([1.1, nfd("Kế hoạch CCHC năm"), "1,5", nfd("Ban hành kịp thời: 1,5\nChậm: 0,5"),
               nfd("choice kịp thời=1.5; chậm=0.5; không ban hành=0"),
               nfd("Quyết định/Kế hoạch CCHC năm")])                                  # row 8
    ws.append([])
    ws.append([None, None, None, None])                                               # row 10
    ws.append(["1.2.", nfd("Mức độ hoàn thành kế hoạch CCHC"), "=1+0.5", None,
               "bands(rate) >90%=1.5; 70-90%=1; <70%=0", nfd("Báo cáo CCHC năm")])     # row 11
    ws.append([None, nfd("Các nhiệm vụ giao bằng văn bản")])  # a heading under 1.2  # row 12
    ws.append([" T ", nfd("Điểm thưởng"), 2, None, "bonus cap 2"])                    # row 13
    ws.append([None, nfd("Tổng cộng"), 3])                                            # row 14
    workbook.save(path)
    set_cached_value(path, "1+0.5", "1.5")
    return with_shared_strings(path)


PROVINCE_NODES = [
    {"code": "1", "title": "Công tác chỉ đạo, điều hành CCHC", "max": "3", "rule": "sum",
     "guide": "", "evidence_hint": "", "legal_basis": "", "appraiser": "Sở Nội vụ",
     "suggest": "", "row": 7},
    {"code": "1.1", "title": "Kế hoạch CCHC năm", "max": "1.5",
     "rule": "choice kịp thời=1.5; chậm=0.5; không ban hành=0",
     "guide": "Ban hành kịp thời: 1,5 Chậm: 0,5", "evidence_hint": "Quyết định/Kế hoạch CCHC năm",
     "legal_basis": "", "appraiser": "", "suggest": "", "row": 8},
    {"code": "1.2", "title": "Mức độ hoàn thành kế hoạch CCHC", "max": "1.5",
     "rule": "bands(rate) >90%=1.5; 70-90%=1; <70%=0", "guide": "",
     "evidence_hint": "Báo cáo CCHC năm", "legal_basis": "", "appraiser": "", "suggest": "",
     "row": 11},
    {"code": "T", "title": "Điểm thưởng", "max": "2", "rule": "bonus cap 2", "guide": "",
     "evidence_hint": "", "legal_basis": "", "appraiser": "", "suggest": "", "row": 13},
]


def test_a_table_as_a_province_sends_it_is_read(tmp_path: Path) -> None:
    path = province_workbook(tmp_path / "Bo tieu chi 2026.xlsx")
    with zipfile.ZipFile(path) as archive:
        assert "xl/sharedStrings.xml" in archive.namelist()
    data = read_workbook(path, overrides={"province": nfd("Quảng Nam"), "year": "2026",
                                          "unit_group": "so-ban-nganh",
                                          "title": nfd("Bộ tiêu chí  sở, ban, ngành"),
                                          "version": None})
    assert data == {"province": "Quảng Nam", "year": 2026, "unit_group": "so-ban-nganh",
                    "version": 1, "title": "Bộ tiêu chí sở, ban, ngành", "total_points": "100",
                    "rounding_step": "0.25", "final_convention": "cap_then_penalty",
                    "is_sample": False, "criteria": PROVINCE_NODES}


def test_a_two_row_heading_is_read(tmp_path: Path) -> None:
    """"Điểm" merged over "Tối đa | Tự chấm | Thẩm định", the other headings merged down."""
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "Bộ tiêu chí"
    ws.append(["TT", "Tiêu chí", "Điểm", None, None, "Quy tắc"])
    ws.append([None, None, "Tối đa", "Tự chấm", "Thẩm định", None])
    for cells in ("A1:A2", "B1:B2", "C1:E1", "F1:F2"):
        ws.merge_cells(cells)
    ws.append(["1", "Chỉ đạo, điều hành", 2, 1.5, None, "passfail"])
    workbook.save(tmp_path / "bo.xlsx")
    nodes = read_workbook(tmp_path / "bo.xlsx", overrides=dict(INFO_OVERRIDES))["criteria"]
    assert [(n["code"], n["max"], n["row"]) for n in nodes] == [("1", "2", 3)]


def test_invisible_characters_pasted_from_word_are_dropped(tmp_path: Path) -> None:
    path = table_workbook(tmp_path / "bo.xlsx", [HEADING, [
        "1\u200b", "Kế\u00a0hoạch\u200b\tnăm\ufeff", 1, "Dòng 1\r\nDòng 2", "choice đạt\u200b=1; không=0"]],
        info=INFO)
    node = read_workbook(path)["criteria"][0]
    assert (node["code"], node["title"], node["guide"], node["rule"]) == (
        "1", "Kế hoạch năm", "Dòng 1 Dòng 2", "choice đạt=1; không=0")


def test_the_info_sheet_gives_the_set_fields_and_options_override_them(tmp_path: Path) -> None:
    path = table_workbook(tmp_path / "bo.xlsx", [HEADING, ["1", "A", 1, "", "passfail"]],
                          info=[("THÔNG TIN", "GIÁ TRỊ"), *INFO, ("Phiên bản", "3"),
                                ("Tong diem", "100,0"), ("Làm tròn", 0.5),
                                ("Cách tính tổng", "cap_then_penalty"), ("Bộ mẫu", "Có"),
                                ("Người lập", "bỏ qua")])
    data = read_workbook(path)
    assert {k: data[k] for k in HEADER_KEYS} == {
        "province": "Quảng Nam", "year": 2026, "unit_group": "so-ban-nganh", "version": 3,
        "title": "Bộ tiêu chí sở, ban, ngành", "total_points": "100", "rounding_step": "0.5",
        "final_convention": "cap_then_penalty", "is_sample": True}
    assert read_workbook(path, overrides={"year": 2027, "province": "Đà Nẵng"})["year"] == 2027
    with pytest.raises(InvalidInput) as caught:
        read_workbook(path, overrides={"year": "hai nghìn"})
    assert caught.value.code == "xlsx_bad_info" and caught.value.data["field"] == "Năm"


@pytest.mark.parametrize(("key", "value"), [("Năm", "2026.5"), ("Năm", 1.5e9),
                                            ("Phiên bản", 0), ("Bộ mẫu", "có lẽ"),
                                            ("Tổng điểm", "-5"), ("Làm tròn", "25%")])
def test_a_bad_info_value_is_named(tmp_path: Path, key: str, value: object) -> None:
    info = [(k, v) for k, v in INFO if k != key] + [(key, value)]
    path = table_workbook(tmp_path / "bo.xlsx", [HEADING, ["1", "A", 1, "", "passfail"]],
                          info=info)
    with pytest.raises(InvalidInput) as caught:
        read_workbook(path)
    assert caught.value.code == "xlsx_bad_info" and caught.value.data["field"] == key


def test_a_missing_set_field_is_named(tmp_path: Path) -> None:
    path = table_workbook(tmp_path / "bo.xlsx", [HEADING, ["1", "A", 1, "", "passfail"]],
                          info=INFO[:1])
    with pytest.raises(InvalidInput) as caught:
        read_workbook(path)
    assert caught.value.code == "xlsx_missing_info" and caught.value.data == {"field": "Năm"}
    assert read_workbook(path, overrides=dict(zip(("year", "unit_group", "title"),
                                                  (2026, "g", "t"), strict=True)))["year"] == 2026


def test_unknown_override_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        read_workbook(tmp_path / "bo.xlsx", overrides={"provinse": "x"})


@pytest.mark.parametrize(("raw", "expected"), [
    (1.5, "1.5"), (2, "2"), (0.1 + 0.2, "0.3"), ("1,5", "1.5"), (" 1.50 ", "1.5"),
    ("0,25", "0.25"), (1e-05, "0.00001"), (12.0, "12")])
def test_maxima_are_exact_decimal_text(tmp_path: Path, raw: object, expected: str) -> None:
    path = table_workbook(tmp_path / "bo.xlsx", [HEADING, ["1", "A", raw, "", "passfail"]],
                          info=INFO)
    node = read_workbook(path)["criteria"][0]
    assert node["max"] == expected and isinstance(node["max"], str)


@pytest.mark.parametrize(("raw", "expected"), [
    (1, "1"), (1.1, "1.1"), (2.3, "2.3"), ("1.1.", "1.1"), ("1. 2 .3", "1.2.3"),
    (" T ", "T"), ("III", "III")])
def test_codes_typed_as_numbers_or_with_a_trailing_dot(tmp_path: Path, raw: object,
                                                       expected: str) -> None:
    path = table_workbook(tmp_path / "bo.xlsx", [HEADING, [raw, "A", 1, "", "passfail"]],
                          info=INFO)
    assert read_workbook(path)["criteria"][0]["code"] == expected


def test_a_formula_without_a_saved_result_is_named(tmp_path: Path) -> None:
    """openpyxl (and other programs that do not calculate) save formulas without a result."""
    path = table_workbook(tmp_path / "bo.xlsx",
                          [HEADING, ["1", "A", "=0.5+0.5", "", "passfail"]], info=INFO)
    exc = refused(path, "xlsx_formula_no_value")
    assert exc.data == {"sheet": "Bộ tiêu chí", "row": 2, "column": "Điểm tối đa",
                        "formula": "=0.5+0.5"}


@pytest.mark.parametrize(("row", "column", "value"), [
    (["1", "A", "một", "", "passfail"], "Điểm tối đa", "một"),
    (["1", "A", "-1", "", "passfail"], "Điểm tối đa", "-1"),
    (["1", "A", "50%", "", "passfail"], "Điểm tối đa", "50%"),
    (["1", "A", None, "", "passfail"], "Điểm tối đa", ""),
    (["1", "", 1, "", "passfail"], "Tiêu chí", ""),
    (["1", "A", 1, "Đạt: 1", ""], "Quy tắc", ""),
    ([None, "A", 1, "", "passfail"], "Mã", ""),           # points without a code
    ([None, "Phần lẻ", None, "", "sum"], "Mã", ""),
])
def test_a_bad_cell_names_its_row_and_column(tmp_path: Path, row: list[object], column: str,
                                             value: str) -> None:
    path = table_workbook(tmp_path / "bo.xlsx",
                          [["Bộ tiêu chí năm 2026"], [], HEADING, ["1", "Lĩnh vực", 1, "", "sum"],
                           row], info=INFO)
    exc = refused(path, "xlsx_bad_cell")
    assert exc.data == {"sheet": "Bộ tiêu chí", "row": 5, "column": column, "value": value}


def test_heading_rows_without_points_are_skipped(tmp_path: Path) -> None:
    path = table_workbook(tmp_path / "bo.xlsx", [
        HEADING, ["I", "CÁC LĨNH VỰC TỰ CHẤM ĐIỂM"], ["A.", "Phần tự đánh giá", None, " "],
        [None, "Nhóm tiêu chí về kế hoạch", None, "ghi chú"], ["1", "Lĩnh vực", 1, "", "sum"],
        ["II", "ĐIỀU TRA XÃ HỘI HỌC"]], info=INFO)
    assert [(n["code"], n["row"]) for n in read_workbook(path)["criteria"]] == [("1", 5)]
    path = table_workbook(tmp_path / "bo2.xlsx", [HEADING, ["1.2", "Tiêu chí quên điểm"]],
                          info=INFO)
    assert refused(path, "xlsx_bad_cell").data["column"] == "Điểm tối đa"


def test_a_code_excel_turned_into_a_date_is_refused(tmp_path: Path) -> None:
    import datetime as dt
    path = table_workbook(tmp_path / "bo.xlsx", [HEADING, [dt.datetime(2026, 1, 1), "A", 1, "",
                                                           "passfail"]], info=INFO)
    exc = refused(path, "xlsx_bad_cell")
    assert exc.data["column"] == "Mã" and exc.data["value"] == "2026-01-01"


def test_the_heading_keeps_the_wording_of_the_file_in_messages(tmp_path: Path) -> None:
    path = table_workbook(tmp_path / "bo.xlsx",
                          [["STT", "Nội dung", "Điểm", "Quy tắc chấm"], ["1", "A", "x", "sum"]],
                          info=INFO)
    assert refused(path, "xlsx_bad_cell").data["column"] == "Điểm"


def test_duplicate_codes_and_wrong_sums_come_back_with_their_rows(tmp_path: Path) -> None:
    """The reader does not judge the tree: the validator does, naming the rows it got."""
    path = table_workbook(tmp_path / "bo.xlsx", [
        ["Bộ tiêu chí"], HEADING,
        ["1", "Lĩnh vực", 5, "", "sum"],
        ["1.1", "Tiêu chí", 1, "", "passfail"],
        [],
        ["1.1", "Tiêu chí lặp", 1, "", "passfail"],
        ["1.2", "Tiêu chí", 2, "", "passfail"]], info=INFO)
    data = read_workbook(path)
    assert [(n["code"], n["max"], n["row"]) for n in data["criteria"]] == [
        ("1", "5", 3), ("1.1", "1", 4), ("1.1", "1", 6), ("1.2", "2", 7)]
    validate = getattr(criteria, "validate_set_data", None)
    if validate is not None:  # the validator names the rows it was given
        assert {3, 6} <= {problem.data.get("row") for problem in validate(data)}


# --- wrong tables ----------------------------------------------------------------------------
def test_a_sheet_without_the_heading_is_refused(tmp_path: Path) -> None:
    path = table_workbook(tmp_path / "bo.xlsx", [["Họ tên", "Tuổi"], ["An", 30]], info=INFO)
    exc = refused(path, "xlsx_no_header")
    assert exc.data["columns"] == "Mã, Lĩnh vực/Tiêu chí/Tiêu chí thành phần, Điểm tối đa, Quy tắc"


def test_a_heading_below_row_30_is_not_looked_for(tmp_path: Path) -> None:
    path = table_workbook(tmp_path / "bo.xlsx", [[]] * 30 + [HEADING, ["1", "A", 1, "", "sum"]],
                          info=INFO)
    refused(path, "xlsx_no_header")


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    path = table_workbook(tmp_path / "bo.xlsx",
                          [["Bộ tiêu chí"], ["STT", "Nội dung", "Điểm tối đa", "Cách chấm"],
                           ["1", "A", 1, "Đạt: 1"]], info=INFO)
    exc = refused(path, "xlsx_missing_column")
    assert exc.data == {"sheet": "Bộ tiêu chí", "row": 2, "column": "Quy tắc"}


def test_a_heading_without_rows_is_refused(tmp_path: Path) -> None:
    path = table_workbook(tmp_path / "bo.xlsx", [HEADING, [], ["", None]], info=INFO)
    assert refused(path, "xlsx_no_criteria").data == {"sheet": "Bộ tiêu chí"}


# --- files that are not what they claim ------------------------------------------------------
def test_missing_empty_and_folder_paths(tmp_path: Path) -> None:
    refused(tmp_path / "none.xlsx", "file_missing")
    (tmp_path / "empty.xlsx").write_bytes(b"")
    refused(tmp_path / "empty.xlsx", "file_empty")
    (tmp_path / "folder.xlsx").mkdir()
    refused(tmp_path / "folder.xlsx", "file_is_directory")


def test_a_text_file_renamed_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    path.write_text("Mã;Tiêu chí;Điểm tối đa;Quy tắc\n1;A;1;sum\n", encoding="utf-8")
    refused(path, "xlsx_not_workbook", path=str(path))


def test_a_renamed_word_document_is_refused(tmp_path: Path) -> None:
    path = docx_file(tmp_path / "bo-tieu-chi.xlsx")
    exc = refused(path, "xlsx_not_workbook")
    assert "Word" in exc.details


def test_an_old_xls_or_encrypted_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(2048))  # OLE2, like .xls
    refused(path, "xlsx_not_workbook")


def test_a_truncated_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    refused(path, "xlsx_not_workbook")


def test_a_zip_without_a_workbook_part_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    rewrite_zip(path, lambda name, data: None if name == "xl/workbook.xml" else data)
    refused(path, "xlsx_not_workbook")


def test_a_damaged_part_is_refused_as_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    rewrite_zip(path, lambda name, data: data[:-40] if name == "xl/styles.xml" else data)
    refused(path, "xlsx_not_workbook")


def test_a_part_that_is_well_formed_but_wrong_is_refused(tmp_path: Path) -> None:
    """openpyxl's own errors on nonsense content come out as InvalidInput too."""
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    rewrite_zip(path, lambda name, data: b"<styleSheet><cellXfs><xf numFmtId='x'/></cellXfs>"
                b"</styleSheet>" if name == "xl/styles.xml" else data)
    refused(path, "xlsx_not_workbook")


# --- bombs -------------------------------------------------------------------------------------
def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    zeros_member(path, "xl/media/image1.png", 100 * 1024 * 1024)
    assert path.stat().st_size < 1024 * 1024
    exc = refused(path, "xlsx_too_large")
    assert exc.data == {"what": "xl/media/image1.png", "limit": "32 MiB"}


def test_a_member_compressed_too_well_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    zeros_member(path, "xl/worksheets/sheet9.xml", 20 * 1024 * 1024)
    exc = refused(path, "xlsx_too_large")
    assert exc.data == {"what": "xl/worksheets/sheet9.xml", "limit": "100:1"}


def test_many_medium_members_are_refused_by_their_total(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as target:
        for index in range(3):
            target.writestr(f"xl/media/image{index}.bin", os.urandom(25 * 1024 * 1024))
    exc = refused(path, "xlsx_too_large")
    assert exc.data == {"what": "bo.xlsx", "limit": "64 MiB"}


def test_a_member_lying_about_its_size_is_refused(tmp_path: Path) -> None:
    """zipfile stops at the declared size; the checksum then fails."""
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    lie_about_size(path, "xl/worksheets/sheet1.xml", 100)
    refused(path, "xlsx_not_workbook")


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    with zipfile.ZipFile(path, "a") as target:
        for index in range(300):
            target.writestr(f"customXml/item{index}.xml", "<a/>")
    assert refused(path, "xlsx_too_large").data == {"what": "bo.xlsx", "limit": "200"}


def test_a_zip_of_many_tiny_entries_is_refused_before_its_directory_is_read(
        tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as target:
        for index in range(30_000):
            target.writestr(zipfile.ZipInfo(f"x/{index}"), b"")
    exc = refused(path, "xlsx_too_large")
    assert exc.data == {"what": "bo.xlsx", "limit": "200"} and "directory" in exc.details


def string_table(count: int) -> str:
    items = "".join(f"<si><t>chuỗi {i}</t></si>" for i in range(count))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{MAIN_NS}" count="{count}" '
            f'uniqueCount="{count}">{items}</sst>')


def test_a_large_but_plausible_string_table_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    with_shared_strings(path, string_table(30_000))
    assert len(read_workbook(path)["criteria"]) == len(SAMPLE["criteria"])


def test_a_huge_string_table_is_refused(tmp_path: Path) -> None:
    """openpyxl reads the whole table when it opens the file: it is bounded first."""
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    with_shared_strings(path, string_table(150_000))
    refused(path, "xlsx_too_large", what="xl/sharedStrings.xml", limit="100000")


def billion_laughs_workbook(path: Path, strings: str = BILLION_LAUGHS) -> Path:
    write_workbook(SAMPLE, path)
    return with_shared_strings(path, strings)


def test_openpyxl_parses_through_defusedxml() -> None:
    from openpyxl.reader import excel, strings
    from openpyxl.worksheet import _reader
    from openpyxl.xml import functions

    assert functions.iterparse.__module__.startswith("defusedxml")
    assert functions.fromstring.__module__.startswith("defusedxml")
    assert strings.iterparse.__module__.startswith("defusedxml")
    assert _reader.iterparse.__module__.startswith("defusedxml")
    assert excel.fromstring.__module__.startswith("defusedxml")


def test_an_xml_entity_bomb_is_refused(tmp_path: Path) -> None:
    path = billion_laughs_workbook(tmp_path / "bo.xlsx")
    assert refused(path, "xlsx_unsafe_xml").data == {"part": "xl/sharedStrings.xml"}


def test_an_entity_bomb_that_gets_past_the_scan_is_stopped_by_defusedxml(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second line of defence: with our own scan switched off, openpyxl's defusedxml
    parsing refuses the entities, and that too comes out as xlsx_unsafe_xml."""
    monkeypatch.setattr(criteria_xlsx, "_inspect_part", lambda *args: None)
    refused(billion_laughs_workbook(tmp_path / "bo.xlsx"), "xlsx_unsafe_xml")
    refused(billion_laughs_workbook(tmp_path / "xxe.xlsx", EXTERNAL_ENTITY), "xlsx_unsafe_xml")


def test_an_external_entity_is_refused(tmp_path: Path) -> None:
    path = billion_laughs_workbook(tmp_path / "bo.xlsx", EXTERNAL_ENTITY)
    refused(path, "xlsx_unsafe_xml")


def test_a_dtd_in_utf16_is_seen(tmp_path: Path) -> None:
    xml = BILLION_LAUGHS.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    rewrite_zip(path, lambda name, data: data, add={"xl/sharedStrings.xml": xml.encode("utf-16")})
    refused(path, "xlsx_unsafe_xml")


def test_a_sheet_of_a_million_blank_rows_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    replace_sheet(path, lambda write: sheet_xml(
        write, (b'<row r="%d"/>' % i for i in range(2, 1_000_001)), "A1:D1000000"))
    assert path.stat().st_size < 8 * 1024 * 1024
    refused(path, "xlsx_too_many_rows", limit="20000")


def test_a_sheet_of_a_million_rows_with_content_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    replace_sheet(path, lambda write: sheet_xml(
        write, (b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (i, i, i)
                for i in range(2, 1_000_001))))
    assert path.stat().st_size < 8 * 1024 * 1024
    refused(path, "xlsx_too_large", what="xl/worksheets/sheet1.xml", limit="32 MiB")


def test_a_row_far_below_is_refused_without_making_up_the_rows_between(tmp_path: Path) -> None:
    """openpyxl invents the rows a sheet skips; reading stops after 20,000 of them."""
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    replace_sheet(path, lambda write: sheet_xml(write, [
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c><c r="B2" t="inlineStr">'
        b'<is><t>A</t></is></c><c r="C2"><v>1</v></c><c r="D2" t="inlineStr"><is><t>sum</t>'
        b'</is></c></row>', b'<row r="1048576"><c r="A1048576"><v>1</v></c></row>'],
        "A1:XFD1048576"))
    refused(path, "xlsx_too_many_rows", limit="20000")


def test_more_than_5000_rows_with_content_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    replace_sheet(path, lambda write: sheet_xml(write, (
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>1.%d</t></is></c><c r="B%d" '
        b't="inlineStr"><is><t>A</t></is></c><c r="C%d"><v>1</v></c><c r="D%d" t="inlineStr">'
        b'<is><t>sum</t></is></c></row>' % (i, i, i, i, i, i) for i in range(2, 6_002))))
    refused(path, "xlsx_too_many_rows", limit="5000")


def test_a_row_of_a_million_cells_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    replace_sheet(path, lambda write: sheet_xml(
        write, [b'<row r="2">', *(b"<c><v>1</v></c>" for _ in range(1_000_000)), b"</row>"]))
    refused(path, "xlsx_too_large", what="xl/worksheets/sheet1.xml")


def test_only_invalid_input_escapes_from_hostile_files(tmp_path: Path) -> None:
    """Any byte soup inside a zip named like a workbook gives InvalidInput, nothing else."""
    path = tmp_path / "bo.xlsx"
    write_workbook(SAMPLE, path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    for index, name in enumerate(names):
        for junk in (b"", b"<", b"\x00\xff garbage", b"<?xml version='1.0'?><x/>"):
            target = tmp_path / f"case-{index}-{len(junk)}.xlsx"
            target.write_bytes(path.read_bytes())
            rewrite_zip(target, lambda n, data, name=name, junk=junk: junk if n == name else data)
            try:
                read_workbook(target, overrides=dict(INFO_OVERRIDES))
            except CchcError as exc:
                assert isinstance(exc, InvalidInput), (name, junk, exc)
