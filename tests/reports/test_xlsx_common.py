"""The formula and text helpers of the workbooks (desktop/reports/xlsx_common.py): every final
convention, the truncated index and the bands, written as formulas over a grid of awkward
cases, recalculated by LibreOffice and compared with `desktop.models.scoring` itself; SUM
over more references than one Excel function takes; cell text that XML 1.0 can carry."""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import xlsx_office as office

from desktop.models import scoring
from desktop.models.entities import RatingBand
from desktop.reports import xlsx_common as common
from desktop.reports.xlsx_common import Formula, Sheet

CONVENTIONS = ("cap_then_penalty", "net_then_cap", "uncapped")
BANDS = [RatingBand(id=str(i), campaign_id="c", label=label, min_percent=low, position=i)
         for i, (label, low) in enumerate([("Xuất sắc", "90"), ("Tốt", "80"),
                                           ("Khá \"A\"", "72.5"), ("Yếu", "0.01")])]
BASES = ("0", "57.7", "72.49", "89.99", "99.75", "100")
BONUSES = ("0", "0.25", "2")
PENALTIES = ("0", "0.3", "3", "150")
MAXIMA = ("100", "30", "90")
MANY = 600  # references summed: more than the 255 arguments one function takes


def _cases() -> list[tuple[str, Decimal, Decimal, Decimal, Decimal]]:
    return [(convention, Decimal(base), Decimal(bonus), Decimal(penalty), Decimal(maximum))
            for convention, base, bonus, penalty, maximum in itertools.product(
                CONVENTIONS, BASES, BONUSES, PENALTIES, MAXIMA)]


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    """A workbook of cases (A: maximum, B: base, C: bonus, D: penalty, E: final, F: index,
    G: band) and a column of many numbers with their nested SUM, through LibreOffice."""
    root = tmp_path_factory.mktemp("formulas")
    workbook = common.new_workbook()
    sheet = Sheet(workbook, "Cases", [10] * 7, header_row=1)
    sheet.header(["max", "base", "bonus", "penalty", "final", "index", "band"])
    for row, (convention, base, bonus, penalty, maximum) in enumerate(_cases(), start=2):
        sheet.row([maximum, base, bonus, penalty,
                   Formula("=" + common.final_formula(convention, f"A{row}", f"B{row}",
                                                      f"C{row}", f"D{row}")),
                   Formula("=" + common.index_formula(f"E{row}", f"A{row}")),
                   Formula("=" + common.band_formula(f"F{row}", BANDS))])
    sheet.finish()
    many = Sheet(workbook, "Many", [10, 10], header_row=1)
    many.header(["value", "sum"])
    rows = [many.row([Decimal("0.1"), None]) for _ in range(MANY)]
    # every other row, so no range can join them: 300 single references
    many.row([None, Formula("=" + common.sum_of(common.ranges("A", rows[::2])))])
    many.row([None, Formula("=" + common.sum_of(common.ranges("A", rows)))])
    path = common.save(workbook, root / "cases.xlsx")
    (out,) = office.convert([path], "xlsx", root / "recalculated", root / "lo-profile")
    return office.recalculated(out)


def test_conventions_index_and_bands_match_scoring(recalculated: openpyxl.Workbook) -> None:
    """For every convention and every case — bonus over the cap, penalty over the total,
    maxima other than 100 where the index is a repeating decimal to truncate — LibreOffice
    computes exactly `scoring.final_total`, `index_percent` and `rating_band`."""
    sheet = recalculated["Cases"]
    for row, (convention, base, bonus, penalty, maximum) in enumerate(_cases(), start=2):
        final = scoring.final_total(base, bonus, penalty, maximum, convention)
        index = scoring.index_percent(final, maximum)
        values = [c.value for c in sheet[row]]
        assert office.same(values[4], final), (convention, base, bonus, penalty, maximum)
        assert office.same(values[5], index), (convention, base, bonus, penalty, maximum, values)
        assert (values[6] or None) == scoring.rating_band(index, BANDS), (row, values)
    # the cases do reach the edges
    assert scoring.index_percent(Decimal("57.7"), Decimal(90)) == Decimal("64.11")
    assert scoring.rating_band(Decimal("72.49"), BANDS) == "Yếu"


def test_sums_beyond_the_argument_limit(recalculated: openpyxl.Workbook) -> None:
    """300 separate references are summed through nested SUMs; 600 consecutive rows make
    one range."""
    references = common.ranges("A", range(2, 2 + 2 * 300, 2))
    assert len(references) == 300
    formula = common.sum_of(references)
    assert formula.startswith("SUM(SUM(A2,A4,") and formula.count("SUM(") == 3
    assert common.ranges("A", [5, 6, 7, 9, 11, 12]) == ["A5:A7", "A9", "A11:A12"]
    assert common.sum_of([]) == "0"
    sheet = recalculated["Many"]
    assert office.same(sheet.cell(MANY + 2, 2).value, Decimal("30"))
    assert office.same(sheet.cell(MANY + 3, 2).value, Decimal("60"))


def test_clean_text() -> None:
    """Control characters and lone surrogates go, line breaks stay (or fold to spaces), emoji
    and Vietnamese stay (NFC), and text over a cell's limit is cut with a note."""
    assert common.clean_text("a\x00b\x1fc\x7f\ud800 đ") == "abc\x7f đ"
    assert common.clean_text("  dòng 1\r\ndòng\t2 \n") == "dòng 1\ndòng 2"
    assert common.clean_text("dòng 1\n  dòng 2", one_line=True) == "dòng 1 dòng 2"
    assert common.clean_text("Hoa\u0300 🌸") == "Hoà 🌸"
    cut = common.clean_text("x" * 40_000)
    assert len(cut) <= common.CELL_TEXT_LIMIT and cut.endswith("vượt giới hạn một ô Excel]")
    assert "40000" in cut
    assert common.clean_text(None) == ""


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    """A name starting with "=" is written as text; a Formula as a formula."""
    workbook = common.new_workbook()
    sheet = Sheet(workbook, "T", [20, 20], header_row=1)
    sheet.header(["a", "b"])
    sheet.row(["=1+1", Formula("=1+1")])
    sheet.finish()
    book = openpyxl.load_workbook(common.save(workbook, tmp_path / "t.xlsx"))
    text, formula = book["T"]["A2"], book["T"]["B2"]
    assert (text.data_type, text.value) == ("s", "=1+1")
    assert (formula.data_type, formula.value) == ("f", "=1+1")
