"""Building the PDF reports, each against a baseline measured in the same run:

    python bench/bench_reports.py [--criteria 100 300] [--units 3321] [--repeat 3]

- self-assessment: `build_self_assessment_pdf` of a unit on a generated set of N scored
  criteria (10 areas, three sub-criteria per criterion, an explanation on every fifth one, a
  few cited documents) — header, sections I–III, signature block and the landscape appendix —
  vs reportlab alone laying out a plain table with the same number of rows and six columns
  (plain strings, one font, header repeated, no NĐ 30 frame, no paragraphs);
- summary: `build_summary_pdf` for a province of N commune units (bench_board's workspace:
  scores, appraisals, survey points, stages) — `results.rank` (which it calls) and the PDF —
  vs the same plain table with N rows; the rank alone is timed too.
Times are medians of --repeat runs (the first summary run also stores the ranks; the others
find nothing changed); the font is the shipped one, registered before timing.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_board import build as build_province  # noqa: E402

from desktop.models import assessments, campaigns, criteria, results, workspaces  # noqa: E402
from desktop.models.store import open_workspace  # noqa: E402
from desktop.reports.coordinator_pdf import build_summary_pdf  # noqa: E402
from desktop.reports.fonts import report_fonts  # noqa: E402
from desktop.reports.info import ReportInfo  # noqa: E402
from desktop.reports.self_assessment import build_self_assessment_pdf  # noqa: E402

RULES = [("1", "choice kịp thời=1; chậm=0.5; không ban hành=0", "chậm"),
         ("2", "bands(rate) >90%=2; 70-90%=1; <70%=0", "85"),
         ("1.5", "prop(rate of plan done)", "77"),
         ("2", "deduct 0.25/item floor 0", "3"),
         ("1", "passfail", "đạt")]


def generate_set(leaves: int) -> tuple[dict, dict[str, str]]:
    """`leaves` scored sub-criteria (leaves // 10 per area, three per criterion)."""
    nodes, inputs, total = [], {}, Decimal(0)
    per_area = leaves // 10
    for area in range(1, 11):
        below: list[dict] = []
        for index in range(1, -(-per_area // 3) + 1):
            children = []
            for sub in range(1, min(3, per_area - (index - 1) * 3) + 1):
                maximum, rule, value = RULES[(area + index + sub) % len(RULES)]
                code = f"{area}.{index}.{sub}"
                children.append({"code": code, "title": f"Tiêu chí thành phần {code} về thực "
                                 "hiện nhiệm vụ cải cách hành chính", "max": maximum,
                                 "rule": rule})
                inputs[code] = value
            below.append({"code": f"{area}.{index}", "title": f"Tiêu chí {area}.{index}",
                          "max": str(sum(Decimal(c["max"]) for c in children)), "rule": "sum"})
            below.extend(children)
        area_max = sum(Decimal(n["max"]) for n in below if n["code"].count(".") == 1)
        total += area_max
        nodes.append({"code": str(area), "title": f"Lĩnh vực {area}", "max": str(area_max),
                      "rule": "sum", "appraiser": "Sở Nội vụ"})
        nodes.extend(below)
    return ({"province": "Thử nghiệm", "year": 2026, "unit_group": f"bench{leaves}",
             "version": 1, "title": f"Bộ tiêu chí {leaves} tiêu chí", "total_points": str(total),
             "rounding_step": "0.25", "final_convention": "uncapped", "criteria": nodes}, inputs)


def scored_unit(folder: Path, leaves: int) -> tuple[Path, str, str, int]:
    data, inputs = generate_set(leaves)
    with open_workspace(folder, create=True) as ws:
        unit = workspaces.initialise(ws, role="unit", unit_code="TN", unit_name="Sở Thử nghiệm",
                                     province="An Giang")
        stored = criteria.load_criteria_set(ws, data)
        with ws.write():
            campaign = campaigns.create_campaign(ws, year=2026, title="Bench")
            campaigns.add_unit_group(ws, campaign.id, code="bench", name="Bench",
                                     criteria_set_id=stored.id)
            campaigns.enrol_unit(ws, campaign.id, unit.id, "bench")
            for number, (code, value) in enumerate(inputs.items()):
                assessments.score_criterion(
                    ws, campaign.id, unit.id, code, value,
                    explanation=f"Giải trình {code}: tài liệu đang bổ sung." if number % 5 == 0
                    else None)
    return folder, campaign.id, unit.id, len(data["criteria"])


def plain_table(rows: int, columns: int, fonts) -> bytes:  # noqa: ANN001
    """The baseline: reportlab alone, a plain table of `rows` rows (header repeated)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    data = [[f"Cột {c}" for c in range(columns)]]
    data += [[f"{r}.{c}" if c else f"Dòng {r} của bảng" for c in range(columns)]
             for r in range(rows)]
    table = Table(data, repeatRows=1, style=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular), ("FONTSIZE", (0, 0), (-1, -1), 11),
        ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=landscape(A4)).build([table])
    return buffer.getvalue()


def median(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pages(pdf: Path) -> int:
    return pdf.read_bytes().count(b"/Type /Page\n") or pdf.read_bytes().count(b"/Type /Page")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--criteria", type=int, nargs="+", default=[100, 300])
    parser.add_argument("--units", type=int, default=3321)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    fonts = report_fonts("shipped")
    info = ReportInfo(managing_body="UBND TỈNH AN GIANG", agency="SỞ THỬ NGHIỆM",
                      number="15/BC-STN", place="An Giang", authority="KT. GIÁM ĐỐC",
                      signer_title="PHÓ GIÁM ĐỐC", signer_name="Nguyễn Văn An")
    with tempfile.TemporaryDirectory(prefix="cchc-bench-reports-") as tmp:
        root = Path(tmp)
        for leaves in args.criteria:
            folder, campaign_id, unit_id, rows = scored_unit(root / f"unit-{leaves}", leaves)
            out = root / f"self-{leaves}.pdf"
            with open_workspace(folder) as ws:
                built = median(lambda: build_self_assessment_pdf(  # noqa: B023
                    ws, campaign_id, unit_id, out, info, fonts=fonts), args.repeat)  # noqa: B023
            baseline = median(lambda: plain_table(rows, 6, fonts), args.repeat)  # noqa: B023
            print(f"self-assessment, {leaves} criteria ({rows} rows, {pages(out)} pages): "
                  f"{built * 1000:8.1f} ms   baseline {baseline * 1000:7.1f} ms   "
                  f"{built / baseline:5.1f}×")
        start = time.perf_counter()
        province = build_province(root / "province", args.units)
        print(f"(province of {args.units} units built in {time.perf_counter() - start:.1f} s)")
        out = root / "summary.pdf"
        with open_workspace(province) as ws:
            campaign = campaigns.require_active_campaign(ws)
            first = median(lambda: build_summary_pdf(ws, campaign.id, out, info, fonts=fonts), 1)
            again = median(lambda: build_summary_pdf(ws, campaign.id, out, info, fonts=fonts),
                           args.repeat)
            ranking = median(lambda: results.rank(ws, campaign.id), args.repeat)
        baseline = median(lambda: plain_table(args.units, 6, fonts), args.repeat)
        print(f"summary, {args.units} units ({pages(out)} pages), first run (stores ranks): "
              f"{first * 1000:8.1f} ms   {first / baseline:5.1f}×")
        print(f"summary, {args.units} units, ranks unchanged:            "
              f"{again * 1000:8.1f} ms   {again / baseline:5.1f}×")
        print(f"  of which results.rank:                              {ranking * 1000:8.1f} ms")
        print(f"  baseline plain table of {args.units} rows:             "
              f"{baseline * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
