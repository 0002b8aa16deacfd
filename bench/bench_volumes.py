"""Packages that fit through email: (1) the size of a re-submission after an explanation round,
full vs incremental, and (2) a submission of ~500 MB exported as 20 MB volumes and imported
from a folder of volumes, against `sha256sum` of the same bytes in the same run.

    python bench/bench_volumes.py [--megabytes 500] [--volume 20MB]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_packages import make_files, set_up  # noqa: E402

from desktop.models import assessments, campaigns, evidence, workspaces  # noqa: E402
from desktop.models.store import open_workspace  # noqa: E402
from desktop.sync import exchange, volumes  # noqa: E402


def timed(step):  # noqa: ANN001, ANN201
    start = time.perf_counter()
    result = step()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=500)
    parser.add_argument("--volume", default="20MB")
    args = parser.parse_args()
    result: dict = {}
    with tempfile.TemporaryDirectory(prefix="cchc-bench-vol-") as tmp:
        root = Path(tmp)
        files = make_files(root / "scans", args.megabytes, 25)
        coord, unit_dir = set_up(root, files)
        out = root / "out"
        out.mkdir()
        # (2) 500 MB as 20 MB volumes
        with open_workspace(unit_dir) as ws:
            built, export_s = timed(lambda: exchange.export_submission(
                ws, out / "nop.cchc", max_size=volumes.parse_size(args.volume)))
        parts = list(built.volumes)
        sha = subprocess.run(["bash", "-c", f"cat {out}/*.cchc | sha256sum"], capture_output=True)
        _, sha_s = timed(lambda: subprocess.run(["bash", "-c", f"cat {out}/*.cchc | sha256sum"],
                                                capture_output=True, check=True))
        with open_workspace(coord) as ws:
            results, import_s = timed(lambda: exchange.import_many(ws, [out]))
        assert results[-1].state == "accepted", results[-1]
        mb = built.size / 1_000_000
        result["volumes"] = {
            "package_mb": round(mb, 1), "volumes": len(parts),
            "largest_volume_mb": round(max(p.stat().st_size for p in parts) / 1_000_000, 2),
            "export_s": round(export_s, 2), "import_s": round(import_s, 2),
            "sha256sum_s": round(sha_s, 2), "export_ratio": round(export_s / sha_s, 2),
            "import_ratio": round(import_s / sha_s, 2)}
        del sha
        # (1) explanation round: a receipt, one more explanation and one new scan, re-submit
        with open_workspace(coord) as ws:
            exchange.export_receipt(ws, root / "receipt.cchc")
        extra = make_files(root / "extra", 8, 1)[0]
        with open_workspace(unit_dir) as ws:
            exchange.import_package(ws, root / "receipt.cchc")
            campaign = campaigns.require_active_campaign(ws)
            unit_id = workspaces.own_unit_id(ws)
            assessments.score_criterion(ws, campaign.id, unit_id, "1.4", "90",
                                        explanation="Bổ sung sau vòng giải trình.",
                                        reason="vòng giải trình")
            evidence.add_evidence(ws, extra, doc_number="99/BC-STP", doc_date="2026-12-20",
                                  criterion_code="1.4")
            small = exchange.export_submission(ws, root / "round2.cchc")
            full = exchange.export_submission(ws, root / "round2-full.cchc", full=True)
        result["resubmission"] = {"full_mb": round(full.size / 1_000_000, 2),
                                  "incremental_mb": round(small.size / 1_000_000, 2),
                                  "ratio": round(small.size / full.size, 4)}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
