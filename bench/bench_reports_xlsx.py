"""The coordinator's Excel workbooks on a province-sized workspace, with a baseline measured in
the same run:

    python bench/bench_reports_xlsx.py [--units 3321] [--repeat 3]

The workspace is bench_board.py's: N commune units on the sample commune set, self scores,
appraised values on most criteria, survey points, stages and packages. The units are ranked
once before timing (the first `results.rank` writes every unit's rank; bench_board.py times
that), so the figures below are the workbooks themselves.

- summary:         build_summary_xlsx, sheet "Tổng hợp" and one appraisal sheet per area
                   (one row per unit × self-assessed criterion)
- summary only:    build_summary_xlsx(area_sheets=False)
- board:           build_board_xlsx
- baseline:        openpyxl (write-only, as the reports use it) writing plain values — the
                   same sheets, rows and columns, no styles, no formulas — to memory
Times are the median of --repeat runs; sizes are of the written files.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_board import build, timed  # noqa: E402

from desktop.models import campaigns, results  # noqa: E402
from desktop.models.store import open_workspace  # noqa: E402
from desktop.reports.xlsx_board import build_board_xlsx  # noqa: E402
from desktop.reports.xlsx_summary import build_summary_xlsx  # noqa: E402


def shape(path: Path) -> list[tuple[int, int]]:
    """(rows, columns) of every sheet of a workbook."""
    book = openpyxl.load_workbook(path, read_only=True)
    found = []
    try:
        for sheet in book.worksheets:
            rows = columns = 0
            for row in sheet.iter_rows(values_only=True):
                rows, columns = rows + 1, max(columns, len(row))
            found.append((rows, columns))
    finally:
        book.close()
    return found


def plain(sheets: list[tuple[int, int]]) -> int:
    """openpyxl writing plain values in the same shape: a text in the first three columns,
    a decimal in the others. Returns the size written."""
    workbook = openpyxl.Workbook(write_only=True)
    for number, (rows, columns) in enumerate(sheets):
        sheet = workbook.create_sheet(f"S{number}")
        for row in range(rows):
            sheet.append([f"Ô {row}" if column < 3 else Decimal("1.25")
                          for column in range(columns)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return len(buffer.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=3321)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        path = build(Path(tmp), args.units)
        print(f"built {args.units} units in {time.perf_counter() - start:.1f} s")
        out = Path(tmp) / "out"
        out.mkdir()
        with open_workspace(path) as ws:
            campaign = campaigns.require_active_campaign(ws)
            results.rank(ws, campaign.id)
            summary = out / "tong-hop.xlsx"
            whole = timed(lambda: build_summary_xlsx(ws, campaign.id, summary), args.repeat)
            summary_shape = shape(summary)
            size = summary.stat().st_size
            alone = out / "tong-hop-rieng.xlsx"
            only = timed(lambda: build_summary_xlsx(ws, campaign.id, alone, area_sheets=False),
                         args.repeat)
            board_file = out / "bang-theo-doi.xlsx"
            board = timed(lambda: build_board_xlsx(ws, campaign.id, board_file), args.repeat)
        baseline = timed(lambda: plain(summary_shape), args.repeat)
        baseline_only = timed(lambda: plain(summary_shape[:1]), args.repeat)
        board_shape = shape(board_file)[:1]
        baseline_board = timed(lambda: plain(board_shape), args.repeat)
        cells = sum(rows * columns for rows, columns in summary_shape)
        print(f"summary: {len(summary_shape)} sheets, {cells:,} cells, {size / 1e6:.1f} MB")
        print(f"baseline, same shape     {baseline:7.2f} s")
        print(f"summary                  {whole:7.2f} s   {whole / baseline:5.2f}×")
        print(f"baseline, summary sheet  {baseline_only:7.2f} s")
        print(f"summary only             {only:7.2f} s   {only / baseline_only:5.2f}×")
        print(f"baseline, board sheet    {baseline_board:7.2f} s")
        print(f"board                    {board:7.2f} s   {board / baseline_board:5.2f}×")


if __name__ == "__main__":
    main()
