"""Criteria-set benchmarks on a generated 300-criterion set, each with the absolute time the
issue asks for and a ratio against a baseline measured in the same run:

    python bench/bench_criteria.py [--criteria 300] [--repeat 5]

- read:      criteria_xlsx.read_workbook   vs  iterating the same sheet with openpyxl alone
- validate:  criteria.validate_set_data    vs  parse_rule + parse_decimal on every row
- load:      criteria.load_criteria_set (validation, one row + one audit entry per
             criterion, one transaction)  vs  executemany INSERT of the same rows
- recompute: assessments.recompute (every criterion scored, rules applied again, rows
             rewritten) and scoring.scoresheet (all totals)  vs  compute_score over the same
             inputs in memory
Times are the median of --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl  # noqa: E402

from desktop.models import (  # noqa: E402
    assessments,
    campaigns,
    criteria,
    criteria_xlsx,
    scoring,
    workspaces,
)
from desktop.models.decimals import parse_decimal  # noqa: E402
from desktop.models.rules import compute_score, parse_rule  # noqa: E402
from desktop.models.store import open_workspace  # noqa: E402

LEAF_RULES = [
    ("1", "choice kịp thời=1; chậm=0.5; không ban hành=0", "chậm"),
    ("2", "bands(rate) >90%=2; 70-90%=1; <70%=0", "85"),
    ("1.5", "prop(rate of plan done)", "77"),
    ("2", "deduct 0.25/item floor 0", "3"),
    ("1", "passfail", "đạt"),
]


def generate_set(count: int) -> tuple[dict, dict[str, str]]:
    """`count` scorable criteria under 10 areas, 3 sub-criteria each where possible."""
    nodes, inputs = [], {}
    per_area = count // 10
    total = Decimal(0)
    for area in range(1, 11):
        leaves = []
        for index in range(1, per_area // 3 + 1):
            children = []
            for sub in range(1, 4):
                maximum, rule, value = LEAF_RULES[(area + index + sub) % len(LEAF_RULES)]
                code = f"{area}.{index}.{sub}"
                children.append({"code": code, "title": f"Tiêu chí thành phần {code} — đánh giá",
                                 "max": maximum, "rule": rule, "guide": "Cách chấm…",
                                 "evidence_hint": "Báo cáo, quyết định"})
                inputs[code] = value
            subtotal = sum(Decimal(c["max"]) for c in children)
            leaves.append({"code": f"{area}.{index}", "title": f"Tiêu chí {area}.{index}",
                           "max": str(subtotal), "rule": "sum"})
            leaves.extend(children)
        area_max = sum(Decimal(n["max"]) for n in leaves if n["code"].count(".") == 1)
        total += area_max
        nodes.append({"code": str(area), "title": f"Lĩnh vực {area}", "max": str(area_max),
                      "rule": "sum", "appraiser": "Sở Nội vụ"})
        nodes.extend(leaves)
    data = {"province": "Thử nghiệm", "year": 2026, "unit_group": "bench", "version": 1,
            "title": f"Bộ tiêu chí {count} dòng", "total_points": str(total),
            "rounding_step": "0.25", "final_convention": "uncapped", "criteria": nodes}
    return data, inputs


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def row(measured: float, baseline: float) -> dict:
    return {"seconds": round(measured, 4), "baseline_seconds": round(baseline, 4),
            "ratio": round(measured / baseline, 2) if baseline else None}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--criteria", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    data, inputs = generate_set(args.criteria)
    result: dict = {"criteria_rows": len(data["criteria"]), "scored_leaves": len(inputs)}
    with tempfile.TemporaryDirectory(prefix="cchc-bench-") as tmp:
        root = Path(tmp)
        book = root / "bo-tieu-chi.xlsx"
        criteria_xlsx.write_workbook(data, book)

        def raw_read() -> None:
            workbook = openpyxl.load_workbook(book, read_only=True, data_only=True)
            for sheet in workbook.worksheets:
                for _ in sheet.iter_rows(values_only=True):
                    pass
            workbook.close()

        result["read_xlsx"] = row(median_time(lambda: criteria_xlsx.read_workbook(book), args.repeat),
                                  median_time(raw_read, args.repeat))

        def raw_validate() -> None:
            for node in data["criteria"]:
                parse_rule(node["rule"])
                parse_decimal(node["max"])

        result["validate"] = row(median_time(lambda: criteria.validate_set_data(data), args.repeat),
                                 median_time(raw_validate, args.repeat))

        counter = iter(range(1, 10_000))
        fresh = [open_workspace(root / f"ws-{i}", create=True) for i in range(args.repeat)]
        spare = iter(fresh)

        def load_fresh() -> None:  # into an empty, already migrated workspace
            criteria.load_criteria_set(next(spare), data)

        def raw_load() -> None:
            import sqlite3

            conn = sqlite3.connect(root / f"raw-{next(counter)}.sqlite3", isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("CREATE TABLE c (code TEXT, title TEXT, max TEXT, rule TEXT, guide TEXT)")
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO c VALUES (?, ?, ?, ?, ?)",
                             [(n["code"], n["title"], n["max"], n["rule"], n.get("guide", ""))
                              for n in data["criteria"]])
            conn.execute("COMMIT")
            conn.close()

        result["load"] = row(median_time(load_fresh, args.repeat), median_time(raw_load, args.repeat))
        for ws in fresh:
            ws.close()

        with open_workspace(root / "ws-scored", create=True) as ws:
            unit = workspaces.initialise(ws, role="unit", unit_code="B", unit_name="Bench")
            stored = criteria.load_criteria_set(ws, data)
            with ws.write():
                campaign = campaigns.create_campaign(ws, year=2026, title="Bench")
                campaigns.add_unit_group(ws, campaign.id, code="bench", name="Bench",
                                         criteria_set_id=stored.id)
                campaigns.enrol_unit(ws, campaign.id, unit.id, "bench")
                for code, value in inputs.items():
                    assessments.score_criterion(ws, campaign.id, unit.id, code, value,
                                                explanation="bench")
            nodes = {n.code: n for n in criteria.list_criteria(ws, stored.id)}

            def in_memory() -> None:
                for code, value in inputs.items():
                    node = nodes[code]
                    compute_score(parse_rule(node.rule), node.maximum, value)

            result["recompute"] = row(
                median_time(lambda: assessments.recompute(ws, campaign.id, unit.id), args.repeat),
                median_time(in_memory, args.repeat))
            result["scoresheet"] = row(
                median_time(lambda: scoring.scoresheet(ws, campaign.id, unit.id), args.repeat),
                median_time(in_memory, args.repeat))
            sheet = scoring.scoresheet(ws, campaign.id, unit.id)
            result["self_total"] = scoring.format_decimal(sheet.self_totals.final)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
