"""Workspace store benchmarks, each reported as a ratio against a baseline measured in the
same run on the same machine (absolute seconds vary too much between machines to mean much).

    python bench/bench_store.py [--tasks 2000] [--evidence-mb 64]

1. tasks: N `tasks.add_task` calls (validation + audit entry, one transaction each) against
   N plain sqlite3 INSERTs, one transaction each, same pragmas (WAL, synchronous=FULL).
2. evidence: `evidence.add_evidence` of one large file against copying it with
   shutil.copyfile + fsync and hashing it with hashlib (the least any durable
   content-addressed store does).
3. memory: peak Python allocations (tracemalloc) while adding the large file, against its size
   — the store streams in 1 MiB chunks, so the ratio must stay far below 1.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.models import evidence, tasks, workspaces  # noqa: E402
from desktop.models.store import open_workspace  # noqa: E402


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_tasks(root: Path, count: int) -> dict:
    with open_workspace(root / "ws-tasks", create=True) as ws:
        workspaces.initialise(ws, role="unit", unit_code="B", unit_name="Bench")
        service = _timed(lambda: [tasks.add_task(ws, f"Nhiệm vụ {i}", deadline="2026-12-31",
                                                 owner="Văn phòng") for i in range(count)])
    conn = sqlite3.connect(root / "raw.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, title TEXT, deadline TEXT, owner TEXT)")

    def raw() -> None:
        for i in range(count):
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t VALUES (?, ?, ?, ?)",
                         [os.urandom(16).hex(), f"Nhiệm vụ {i}", "2026-12-31", "Văn phòng"])
            conn.execute("COMMIT")

    baseline = _timed(raw)
    conn.close()
    return {"count": count, "service_s": round(service, 3), "baseline_s": round(baseline, 3),
            "ratio": round(service / baseline, 2)}


def bench_evidence(root: Path, megabytes: int) -> dict:
    source = root / "Biên bản kiểm tra.pdf"
    with open(source, "wb") as out:
        for _ in range(megabytes):
            out.write(os.urandom(1024 * 1024))

    def baseline() -> None:
        shutil.copyfile(source, root / "copy.bin")
        fd = os.open(root / "copy.bin", os.O_RDONLY)
        os.fsync(fd)  # durability is part of the promise, so the baseline pays for it too
        os.close(fd)
        digest = hashlib.sha256()
        with open(root / "copy.bin", "rb") as handle:
            while chunk := handle.read(1024 * 1024):
                digest.update(chunk)

    base = _timed(baseline)
    with open_workspace(root / "ws-evidence", create=True) as ws:
        workspaces.initialise(ws, role="unit", unit_code="B", unit_name="Bench")
        tracemalloc.start()
        service = _timed(lambda: evidence.add_evidence(ws, source, doc_number="1/BB-B"))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    size = megabytes * 1024 * 1024
    return {"megabytes": megabytes, "service_s": round(service, 3), "baseline_s": round(base, 3),
            "ratio": round(service / base, 2), "peak_alloc_mib": round(peak / 2**20, 2),
            "peak_to_file_ratio": round(peak / size, 4)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=2000)
    parser.add_argument("--evidence-mb", type=int, default=64)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cchc-bench-") as tmp:
        root = Path(tmp)
        result = {"tasks": bench_tasks(root, args.tasks),
                  "evidence": bench_evidence(root, args.evidence_mb)}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
