"""`python -m bench` (issue 10) prints one line per benchmark and writes its JSON: checked on
the two fastest benchmarks with a province of two units and an 8 MiB package. The benchmarks themselves are not
part of the test run."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINE = re.compile(r"^(\S+) (-?[0-9.]+) (\S+) (-|[0-9.]+) (\S+) (ok|MISSED|n/a)$")


def test_quick_run_prints_lines_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--only", "export,verify", "--units", "2",
         "--mb-per-unit", "1", "--large-mb", "8", "--json", str(out), "--dir", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if not line.startswith("#")]
    assert [LINE.match(line).group(1) for line in lines] == ["export", "verify"], lines
    report = json.loads(out.read_text(encoding="utf-8"))
    assert {"date", "machine", "options", "benchmarks", "errors"} <= set(report)
    assert {"cpus", "cpu_model", "ram_gib", "os", "python"} <= set(report["machine"])
    assert report["options"]["units"] == 2 and report["errors"] == {}
    for name in ("export", "verify"):
        figure = report["benchmarks"][name]
        assert {"value", "unit", "ratio", "baseline", "target", "verdict"} <= set(figure)
        assert figure["unit"] == "MB/s" and figure["value"] > 0
    assert not list(tmp_path.glob("cchc-bench-*"))  # the scratch folder is removed


def test_a_run_that_would_fill_the_disk_is_refused_before_it_starts(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--only", "import", "--mb-per-unit", "100000000",
         "--json", str(out), "--dir", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "not enough disk space" in done.stderr and "GiB needed" in done.stderr
    assert not out.exists() and not list(tmp_path.glob("cchc-bench-*"))
