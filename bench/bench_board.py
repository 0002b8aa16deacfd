"""The campaign board and the ranking on a province-sized coordinator workspace, with a
baseline measured in the same run:

    python bench/bench_board.py [--units 3321] [--repeat 5]

A coordinator workspace gets N commune units (default 3,321, the communes after 1/7/2025) on
the sample commune criteria set, each with a self score on every self-scored criterion, an
appraised value on most of them, survey points, a stage, and one received submission
package (a few late, a few held). Rows are inserted directly, in one transaction, without
audit entries: this measures reading, not loading.

- board:   board.board (every row, all flags)         vs  a bare SELECT of the same
           assessments rows (unit, score, appraised score) with fetchall
- counts:  board.board_counts
- rank:    results.rank, first run (stores rank and totals for every unit, one audit entry
           each, written in batches) and second run (nothing changed, nothing written)
Times are the median of --repeat runs (rank: one run each).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.models import board, campaigns, criteria, results, workspaces  # noqa: E402
from desktop.models.decimals import format_decimal, round_down  # noqa: E402
from desktop.models.rules import parse_rule  # noqa: E402
from desktop.models.store import open_workspace, utc_now  # noqa: E402

STAGES = ("not_received", "received", "in_appraisal", "explanation_requested", "explained",
          "appraised", "approved")


def _score(maximum: Decimal, rng: random.Random) -> str:
    return format_decimal(round_down(maximum * Decimal(rng.randint(40, 100)) / 100,
                                     Decimal("0.25")))


def build(folder: Path, count: int) -> str:
    """The workspace and its rows; returns the campaign id."""
    path = workspaces.create_workspace(folder, "bench", role="coordinator", unit_code="SNV",
                                       unit_name="Sở Nội vụ", province="Thử nghiệm",
                                       sample_group="xa-phuong")
    rng = random.Random(7)
    now = utc_now()
    travelling = {"change_count": 0, "created_at": now, "updated_at": now}
    with open_workspace(path) as ws:
        campaign = campaigns.require_active_campaign(ws)
        group = campaigns.group_of(ws, campaign.id, workspaces.own_unit_id(ws))
        nodes = criteria.list_criteria(ws, group.criteria_set_id)
        leaves = [n for n in nodes if n.code in criteria.leaf_codes(nodes)]
        with ws.write() as db:
            for index in range(count):
                unit_id, code = str(uuid.uuid4()), f"X{index:05d}"
                kind = ("ubnd_xa", "ubnd_phuong", "ubnd_dac_khu")[index % 3]
                db["units"].insert({"id": unit_id, "code": code, "name": f"UBND xã {index}",
                                    "unit_type": kind, **travelling})
                db["campaign_units"].insert({"id": str(uuid.uuid4()), "campaign_id": campaign.id,
                                             "unit_id": unit_id, "group_id": group.id,
                                             **travelling})
                stage = STAGES[index % len(STAGES)]
                db["unit_results"].insert({"id": str(uuid.uuid4()), "campaign_id": campaign.id,
                                           "unit_id": unit_id, "stage": stage, **travelling})
                if stage == "not_received":
                    continue
                rows = []
                for leaf in leaves:
                    kind_ = parse_rule(leaf.rule).kind
                    if kind_ == "survey":
                        score, appraised = None, _score(leaf.maximum, rng)
                    elif kind_ in ("bonus", "penalty"):
                        continue
                    else:
                        score = _score(leaf.maximum, rng)
                        appraised = score if rng.random() < 0.8 else None
                    rows.append({"id": str(uuid.uuid4()), "campaign_id": campaign.id,
                                 "unit_id": unit_id, "criterion_id": leaf.id, "input_kind": "points",
                                 "score": score, "appraised_score": appraised,
                                 "status": "scored", "changed_after_appraisal": int(
                                     rng.random() < 0.02), **travelling})
                db["assessments"].insert_all(rows)
                state = "quarantined" if index % 50 == 1 else "accepted"
                db["packages"].insert({
                    "id": str(uuid.uuid4()), "direction": "in", "package_hash": uuid.uuid4().hex * 2,
                    "package_id": str(uuid.uuid4()), "type": "submission", "sender_unit_code": code,
                    "sender_key_id": "0" * 16, "campaign_id": campaign.id, "sequence": 1,
                    "state": state, "flags": "late:2026-11-30" if index % 40 == 3 else "",
                    "manifest_json": "{}", "size": 1, **travelling})
        return path


def timed(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=3321)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        path = build(Path(tmp), args.units)
        print(f"built {args.units} units in {time.perf_counter() - start:.1f} s")
        with open_workspace(path) as ws:
            campaign = campaigns.require_active_campaign(ws)
            rows = ws.db.execute("SELECT count(*) FROM assessments").fetchone()[0]

            def bare() -> None:
                ws.db.execute("SELECT unit_id, score, appraised_score FROM assessments "
                              "WHERE campaign_id = ?", [campaign.id]).fetchall()

            baseline = timed(bare, args.repeat)
            shown = timed(lambda: board.board(ws, campaign.id), args.repeat)
            counts = timed(lambda: board.board_counts(ws, campaign.id), args.repeat)
            filtered = timed(lambda: board.board(ws, campaign.id, stage="approved"), args.repeat)
            first = timed(lambda: results.rank(ws, campaign.id), 1)
            again = timed(lambda: results.rank(ws, campaign.id), 1)
            print(f"{rows} assessment rows")
            print(f"baseline SELECT     {baseline * 1000:8.1f} ms")
            print(f"board               {shown * 1000:8.1f} ms   {shown / baseline:5.1f}×")
            print(f"board (one stage)   {filtered * 1000:8.1f} ms   {filtered / baseline:5.1f}×")
            print(f"board_counts        {counts * 1000:8.1f} ms   {counts / baseline:5.1f}×")
            print(f"rank, first run     {first * 1000:8.1f} ms   {first / baseline:5.1f}×")
            print(f"rank, unchanged     {again * 1000:8.1f} ms   {again / baseline:5.1f}×")


if __name__ == "__main__":
    main()
