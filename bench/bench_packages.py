"""Package export and import throughput on a submission with a lot of evidence, against
`sha256sum` of the same bytes measured in the same run on the same machine, and peak memory.

    python bench/bench_packages.py [--megabytes 1024] [--files 8] [--dir /tmp]

Set-up (not timed): a coordinator with a campaign, a unit that pinned the province key,
enrolled and was approved; `--files` evidence files of random bytes (together `--megabytes`
MiB) generated once and added to the unit's evidence store, all cited for one criterion.

1. export: `exchange.export_submission` — check before submitting, reserve the sequence
   number, stream every file into the archive (stored), fsync, rename, then re-open the file
   and hash every member again to verify it.
2. import: `exchange.import_package` at the coordinator — copy into quarantine (fsync), check
   the structure, signature and manifest, authority and order, stream every member through
   SHA-256 into staging (fsync), merge in one transaction.
3. baseline: `sha256sum` over the same evidence files (one process, in a subprocess), i.e. one
   read and one hash of every byte. Export reads each byte twice and writes it once (and hashes
   it once, to verify); import reads each byte twice, writes it twice and hashes it once: so
   ratios of roughly 2-4 × the baseline time are what the work itself costs. For reference the
   same hashing with Python's hashlib (OpenSSL, which may use the CPU's SHA extensions when
   coreutils does not) is timed too.
4. memory: tracemalloc peak of Python allocations during each step (the files are streamed in
   1 MiB pieces, so this stays a few MiB whatever the size), and the process's maximum
   resident set size (ru_maxrss) after each step.

The files are in the page cache for every step (they were just written), so the figures compare
CPU and write costs, not a cold disk. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.models import assessments, campaigns, evidence, units, workspaces  # noqa: E402
from desktop.models.store import open_workspace  # noqa: E402
from desktop.sync import exchange, keys  # noqa: E402

MiB = 1024 * 1024
PROVINCE = "An Giang"


def make_files(folder: Path, megabytes: int, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    size = megabytes * MiB // count
    paths = []
    for index in range(count):
        path = folder / f"Biên bản kiểm tra {index + 1}.pdf"
        with open(path, "wb") as out:
            left = size
            out.write(b"%PDF-1.4\n")
            left -= 9
            while left > 0:
                piece = os.urandom(min(4 * MiB, left))
                out.write(piece)
                left -= len(piece)
        paths.append(path)
    return paths


def set_up(root: Path, files: list[Path]) -> tuple[Path, Path]:
    """A coordinator and an approved unit whose self-assessment cites `files`."""
    coord = workspaces.create_workspace(root / "coord", "main", role="coordinator",
                                        unit_code="SNV", unit_name="Sở Nội vụ", province=PROVINCE,
                                        sample_group="so-ban-nganh")
    with open_workspace(coord) as ws:
        campaign = campaigns.require_active_campaign(ws)
        unit = units.create_unit(ws, code="STP", name="Sở Tư pháp", unit_type="so",
                                 province=PROVINCE)
        campaigns.enrol_unit(ws, campaign.id, unit.id, "so-ban-nganh")
        root_fp = keys.ensure_own_key(ws).fingerprint
        exchange.export_campaign(ws, root / "campaign.cchc")
    unit_dir = workspaces.create_workspace(root / "unit", "main", role="unit", unit_code="STP",
                                           unit_name="Sở Tư pháp", province=PROVINCE)
    with open_workspace(unit_dir) as ws:
        assert exchange.import_package(ws, root / "campaign.cchc",
                                       trust_fingerprint=root_fp).state == "accepted"
        exchange.export_enrolment(ws, root / "enrol.cchc")
        unit_fp = keys.ensure_own_key(ws).fingerprint
        campaign = campaigns.require_active_campaign(ws)
        unit_id = workspaces.own_unit_id(ws)
        assessments.score_criterion(ws, campaign.id, unit_id, "1.1.1", "kịp thời")
        for index, path in enumerate(files):
            evidence.add_evidence(ws, path, doc_number=f"{index + 1}/BB-STP",
                                  doc_date="2026-01-08", criterion_code="1.1.1")
    with open_workspace(coord) as ws:
        assert exchange.import_package(ws, root / "enrol.cchc").state == "accepted"
        keys.approve(ws, "STP", fingerprint=unit_fp)
    return coord, unit_dir


def measured(step) -> tuple[object, float, int]:  # noqa: ANN001
    """(result, seconds, tracemalloc peak bytes)."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    start = time.perf_counter()
    try:
        result = step()
        seconds = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, seconds, peak


def maxrss_mib() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(usage / (MiB if sys.platform == "darwin" else 1024), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=int, default=1024, help="total evidence, MiB")
    parser.add_argument("--files", type=int, default=8, help="number of evidence files")
    parser.add_argument("--dir", default=None, help="where to work (default: the temp folder)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="cchc-bench-packages-", dir=args.dir))
    try:
        files = make_files(root / "scans", args.megabytes, args.files)
        total = sum(p.stat().st_size for p in files)
        coord, unit_dir = set_up(root, files)
        rss_setup = maxrss_mib()

        out = root / "nop.cchc"
        with open_workspace(unit_dir) as ws:
            built, export_s, export_peak = measured(lambda: exchange.export_submission(ws, out))
        rss_export = maxrss_mib()
        with open_workspace(coord) as ws:
            result, import_s, import_peak = measured(lambda: exchange.import_package(ws, out))
        assert result.state == "accepted", result
        rss_import = maxrss_mib()

        start = time.perf_counter()
        subprocess.run(["sha256sum", *map(str, files)], check=True, capture_output=True)
        sha_s = time.perf_counter() - start
        start = time.perf_counter()
        for path in files:  # the same with Python's hashlib (OpenSSL), 1 MiB reads
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                while piece := handle.read(MiB):
                    digest.update(piece)
        hashlib_s = time.perf_counter() - start

        mb = total / MiB
        print(json.dumps({
            "evidence": {"files": len(files), "MiB": round(mb, 1),
                         "package_MiB": round(built.size / MiB, 1)},
            "sha256sum": {"s": round(sha_s, 3), "MiB_per_s": round(mb / sha_s, 1)},
            "hashlib_sha256": {"s": round(hashlib_s, 3), "MiB_per_s": round(mb / hashlib_s, 1)},
            "export": {"s": round(export_s, 3), "MiB_per_s": round(mb / export_s, 1),
                       "x_sha256sum": round(export_s / sha_s, 2),
                       "tracemalloc_peak_MiB": round(export_peak / MiB, 2),
                       "maxrss_MiB_after": rss_export},
            "import": {"s": round(import_s, 3), "MiB_per_s": round(mb / import_s, 1),
                       "x_sha256sum": round(import_s / sha_s, 2),
                       "tracemalloc_peak_MiB": round(import_peak / MiB, 2),
                       "maxrss_MiB_after": rss_import},
            "maxrss_MiB_after_setup": rss_setup,
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                        "system": platform.platform()},
        }, indent=2))
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
