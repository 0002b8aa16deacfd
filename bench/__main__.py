"""Province-scale benchmarks, each against a baseline measured in the same run:

    python -m bench [--quick] [--json OUT] [--only NAME,...] [--units N] [--mb-per-unit MB]
                    [--large-mb MB] [--dir SCRATCH]

Prints one line per benchmark, `name value unit ratio target verdict`, and writes a JSON file
(default bench/results-<date>.json) with the figures, the machine and the options. The
synthetic province (bench/province.py) and the other workspaces are built before anything is
timed. Not part of the test run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))  # the single-file benchmarks import each other by name

MiB = 1024 * 1024
NAMES = ("export", "verify", "import", "import_memory", "board", "rank", "pdf_100", "pdf_300",
         "summary_xlsx", "startup")


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    ratio: float | None
    target: str          # e.g. "ratio>=0.5", "value<1", "" (none)
    baseline: float | None = None
    extra: dict = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        if not self.target:
            return "n/a"
        what, op, limit = re.fullmatch(r"(ratio|value)(>=|<=|<)([0-9.]+)", self.target).groups()
        seen = self.ratio if what == "ratio" else self.value
        if seen is None:
            return "n/a"
        checks = {">=": seen >= float(limit), "<=": seen <= float(limit), "<": seen < float(limit)}
        return "ok" if checks[op] else "MISSED"

    def line(self) -> str:
        ratio = "-" if self.ratio is None else f"{self.ratio:.2f}"
        return f"{self.name} {self.value:.3f} {self.unit} {ratio} {self.target or '-'} {self.verdict}"


def target(kind: str, op: str, limit: float) -> str:
    """"ratio>=0.5", "value<1", "ratio<=3": one word, read back by `verdict`."""
    return f"{kind}{op}{limit:g}"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = 0
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        pass
    return {"cpus": os.cpu_count(), "cpu_model": model or platform.processor(),
            "ram_gib": round(ram / 2**30, 1), "os": platform.platform(),
            "python": platform.python_version()}


def copy_floor(files: list[Path], folder: Path) -> float:
    """Read, SHA-256 and write every byte once, fsync each copy: the export floor."""
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for index, path in enumerate(files):
        digest = hashlib.sha256()
        with open(path, "rb") as src, open(folder / f"{index}.bin", "wb") as out:
            while piece := src.read(MiB):
                digest.update(piece)
                out.write(piece)
            out.flush()
            os.fsync(out.fileno())
    return time.perf_counter() - start


def sha256sum(files: list[Path]) -> float:
    start = time.perf_counter()
    subprocess.run(["sha256sum", *map(str, files)], check=True, capture_output=True)
    return time.perf_counter() - start


class Run:
    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        self.args, self.work = args, work
        self._province = None
        self._board_ws: Path | None = None
        self._large = None
        self._large_package: Path | None = None
        self._imported = False

    def province(self):  # noqa: ANN201
        if self._province is None:
            import province

            start = time.perf_counter()
            self._province = province.generate(self.work / "province", units_count=self.args.units,
                                               mb_per_unit=self.args.mb_per_unit,
                                               seed=self.args.seed, lean=True)
            self.setup["province_s"] = round(time.perf_counter() - start, 1)
        return self._province

    def board_workspace(self) -> Path:
        if self._board_ws is None:
            from bench_board import build

            start = time.perf_counter()
            self._board_ws = build(self.work / "board", self.args.board_units)
            self.setup["board_workspace_s"] = round(time.perf_counter() - start, 1)
        return self._board_ws

    setup: dict = {}

    # -- packages ----------------------------------------------------------------------------
    def large(self):  # noqa: ANN201
        """One more department citing `--large-mb` MiB of scans (stored; the scans deleted)."""
        if self._large is None:
            import province as province_module

            prov = self.province()
            megabytes = self.args.large_mb
            start = time.perf_counter()
            self._large = province_module.large_unit(prov, megabytes,
                                                     files=max(4, megabytes // 256), lean=True)
            self.setup["large_unit_s"] = round(time.perf_counter() - start, 1)
        return self._large

    def large_package(self) -> Path:
        """The large unit's signed submission (exported here untimed unless `export` ran)."""
        if self._large_package is None:
            from desktop.models.store import open_workspace
            from desktop.sync import exchange

            out = self.work / "large.cchc"
            with open_workspace(self.large().folder) as ws:
                exchange.export_submission(ws, out)
            self._large_package = out
        return self._large_package

    def export(self) -> Figure:
        """Throughput wants bytes: the large unit's submission, not a province unit's."""
        from desktop.models.store import open_workspace
        from desktop.sync import exchange

        unit = self.large()
        size = unit.evidence_bytes
        out = self.work / "large.cchc"
        with open_workspace(unit.folder) as ws:
            seconds = timed(lambda: exchange.export_submission(ws, out))
        self._large_package = out
        floor = copy_floor(unit.evidence, self.work / "export-floor")
        shutil.rmtree(self.work / "export-floor", ignore_errors=True)
        ours, base = size / MiB / seconds, size / MiB / floor
        return Figure("export", ours, "MB/s", ours / base, target("ratio", ">=", 0.5), base,
                      {"evidence_MiB": round(size / MiB, 1), "files": len(unit.evidence),
                       "seconds": seconds, "floor_seconds": floor})

    def verify(self) -> Figure:
        from desktop.sync import exchange

        unit = self.large()
        path = self.large_package()
        size = unit.evidence_bytes
        seconds = timed(lambda: exchange.verify_file(None, path))
        base_s = sha256sum(unit.evidence)
        ours, base = size / MiB / seconds, size / MiB / base_s
        return Figure("verify", ours, "MB/s", ours / base, target("ratio", ">=", 0.7), base,
                      {"evidence_MiB": round(size / MiB, 1), "seconds": seconds,
                       "sha256sum_seconds": base_s})

    def import_(self) -> Figure:
        from desktop.models.store import open_workspace
        from desktop.sync import exchange

        prov = self.province()
        packages = prov.packages
        with open_workspace(prov.coordinator) as ws:
            start = time.perf_counter()
            results = exchange.import_many(ws, packages)
            seconds = time.perf_counter() - start
            self._imported = True
            states = sorted({r.state for r in results})
            counts = {table: ws.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
                      for table in ("assessments", "evidence")}
        floor = self._import_floor(packages, counts)
        durable = self._durable_floor(packages, counts)
        total = sum(p.stat().st_size for p in packages)
        return Figure("import", seconds, "s", seconds / floor, target("ratio", "<=", 3), floor,
                      {"packages": len(packages), "per_package_s": seconds / len(packages),
                       "package_MiB": round(total / MiB, 1), "states": states, "rows": counts,
                       "durable_floor_s": durable, "ratio_to_durable_floor": seconds / durable})

    def _import_floor(self, packages: list[Path], counts: dict[str, int]) -> float:
        """SHA-256 of every package byte + a bare insert of the same rows in one transaction."""
        db_path = self.work / "floor.sqlite3"
        db_path.unlink(missing_ok=True)
        conn = sqlite3.connect(db_path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE assessments (id TEXT PRIMARY KEY, campaign_id TEXT, "
                     "unit_id TEXT, criterion_id TEXT, input_value TEXT, score TEXT, "
                     "explanation TEXT, status TEXT, updated_at TEXT)")
        conn.execute("CREATE TABLE evidence (id TEXT PRIMARY KEY, sha256 TEXT, size INTEGER, "
                     "original_name TEXT, doc_number TEXT, doc_date TEXT, unit_id TEXT)")
        start = time.perf_counter()
        for path in packages:
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                while piece := handle.read(MiB):
                    digest.update(piece)
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO assessments VALUES (?,?,?,?,?,?,?,?,?)",
                         ((f"a{i}", "c", f"u{i % 200}", f"k{i}", "85", "1.5",
                           "Giải trình tiêu chí: kết quả thực hiện trong năm.", "scored",
                           "2026-11-21T00:00:00Z") for i in range(counts["assessments"])))
        conn.executemany("INSERT INTO evidence VALUES (?,?,?,?,?,?,?)",
                         ((f"e{i}", f"{i:064x}", 1, f"Tài liệu {i}.pdf", f"{i}/BC",
                           "2026-03-08", f"u{i % 200}") for i in range(counts["evidence"])))
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
        conn.close()
        return seconds

    def _durable_floor(self, packages: list[Path], counts: dict[str, int]) -> float:
        """The least an import that keeps what it received must do: read and SHA-256 every
        package byte once while writing a copy (the kept package), write the evidence members
        again as files of their own (the evidence store), fsync each file written and its
        folder, and insert each package's share of the rows in a committed transaction of its
        own (one package's failure must not undo another's)."""
        import zipfile

        members = []
        for path in packages:  # read outside the timing
            with zipfile.ZipFile(path) as zf:
                members.append([i.file_size for i in zf.infolist()
                                if i.filename.startswith("files/")])
        scratch = self.work / "durable-floor"
        scratch.mkdir(exist_ok=True)
        filler = os.urandom(MiB)
        db_path = scratch / "floor.sqlite3"
        conn = sqlite3.connect(db_path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE assessments (id TEXT PRIMARY KEY, unit_id TEXT, "
                     "criterion_id TEXT, input_value TEXT, score TEXT, explanation TEXT)")
        conn.execute("CREATE TABLE evidence (id TEXT PRIMARY KEY, sha256 TEXT, size INTEGER, "
                     "original_name TEXT)")
        per = {table: -(-counts[table] // len(packages)) for table in counts}

        def durable_write(target: Path, chunks) -> None:  # noqa: ANN001
            with open(target, "wb") as out:
                for piece in chunks:
                    out.write(piece)
                out.flush()
                os.fsync(out.fileno())

        def filled(size: int):  # noqa: ANN202
            while size > 0:
                yield filler[:min(size, MiB)]
                size -= MiB

        def hashed(handle, digest):  # noqa: ANN001, ANN202
            while piece := handle.read(MiB):
                digest.update(piece)
                yield piece

        start = time.perf_counter()
        for number, (path, sizes) in enumerate(zip(packages, members, strict=True)):
            with open(path, "rb") as handle:
                durable_write(scratch / f"{number}.cchc", hashed(handle, hashlib.sha256()))
            store = scratch / f"store-{number}"
            store.mkdir()
            for index, size in enumerate(sizes):
                durable_write(store / str(index), filled(size))
            fd = os.open(store, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO assessments VALUES (?,?,?,?,?,?)",
                             ((f"a{number}-{i}", f"u{number}", f"k{i}", "85", "1.5",
                               "Giải trình tiêu chí: kết quả thực hiện trong năm.")
                              for i in range(per["assessments"])))
            conn.executemany("INSERT INTO evidence VALUES (?,?,?,?)",
                             ((f"e{number}-{i}", f"{i:064x}", 1, f"Tài liệu {i}.pdf")
                              for i in range(per["evidence"])))
            conn.execute("COMMIT")
        seconds = time.perf_counter() - start
        conn.close()
        shutil.rmtree(scratch, ignore_errors=True)
        return seconds

    def import_memory(self) -> Figure:
        prov = self.province()
        out = self.large_package()
        unit = self.large()
        unit.evidence_size = unit.evidence_bytes
        shutil.rmtree(prov.root / "units" / unit.code, ignore_errors=True)  # in the package now
        unit.evidence = []
        probe = textwrap.dedent(f"""
            import json, resource, sys, tracemalloc
            sys.path.insert(0, {str(ROOT)!r})
            from pathlib import Path
            from desktop.models.store import open_workspace
            from desktop.sync import exchange
            before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            tracemalloc.start()
            with open_workspace(Path({str(prov.coordinator)!r})) as ws:
                result = exchange.import_package(ws, Path({str(out)!r}))
            peak = tracemalloc.get_traced_memory()[1]
            print(json.dumps({{"state": result.state, "maxrss_kib": resource.getrusage(
                resource.RUSAGE_SELF).ru_maxrss, "before_kib": before, "traced": peak}}))
        """)
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              check=True, cwd=ROOT)
        seen = json.loads(done.stdout.strip().splitlines()[-1])
        rss = seen["maxrss_kib"] / 1024
        size = out.stat().st_size / MiB
        return Figure("import_memory", rss, "MiB", rss / size, target("value", "<", 300), size,
                      {"package_MiB": round(size, 1), "state": seen["state"],
                       "maxrss_before_import_MiB": round(seen["before_kib"] / 1024, 1),
                       "tracemalloc_peak_MiB": round(seen["traced"] / MiB, 2)})

    # -- coordinator views and reports -------------------------------------------------------
    def _bare_select(self, ws, campaign_id: str) -> float:  # noqa: ANN001
        return statistics.median(timed(lambda: ws.db.execute(
            "SELECT unit_id, score, appraised_score FROM assessments WHERE campaign_id = ?",
            [campaign_id]).fetchall()) for _ in range(3))

    def board(self) -> Figure:
        from desktop.models import board, campaigns
        from desktop.models.store import open_workspace

        with open_workspace(self.board_workspace()) as ws:
            campaign = campaigns.require_active_campaign(ws)
            base = self._bare_select(ws, campaign.id)
            seconds = statistics.median(timed(lambda: board.board(ws, campaign.id))
                                        for _ in range(3))
        return Figure("board", seconds, "s", seconds / base, target("value", "<", 1), base,
                      {"units": self.args.board_units})

    def rank(self) -> Figure:
        from desktop.models import campaigns, results
        from desktop.models.store import open_workspace

        with open_workspace(self.board_workspace()) as ws:
            campaign = campaigns.require_active_campaign(ws)
            base = self._bare_select(ws, campaign.id)
            first = timed(lambda: results.rank(ws, campaign.id))
            again = timed(lambda: results.rank(ws, campaign.id))
        return Figure("rank", first, "s", first / base, target("value", "<", 1), base,
                      {"units": self.args.board_units, "unchanged_s": again,
                       "note": "first run stores every unit's rank"})

    def _pdf(self, leaves: int, name: str, limit: float | None) -> Figure:
        from bench_reports import plain_table, scored_unit

        from desktop.models.store import open_workspace
        from desktop.reports.fonts import report_fonts
        from desktop.reports.info import ReportInfo
        from desktop.reports.self_assessment import build_self_assessment_pdf

        fonts = report_fonts("shipped")
        info = ReportInfo(managing_body="UBND TỈNH AN GIANG", agency="SỞ THỬ NGHIỆM",
                          number="15/BC-STN", place="An Giang", authority="KT. GIÁM ĐỐC",
                          signer_title="PHÓ GIÁM ĐỐC", signer_name="Nguyễn Văn An")
        folder, campaign_id, unit_id, rows = scored_unit(self.work / f"pdf-{leaves}", leaves)
        out = self.work / f"self-{leaves}.pdf"
        with open_workspace(folder) as ws:
            seconds = statistics.median(timed(lambda: build_self_assessment_pdf(
                ws, campaign_id, unit_id, out, info, fonts=fonts)) for _ in range(3))
        base = statistics.median(timed(lambda: plain_table(rows, 6, fonts)) for _ in range(3))
        return Figure(name, seconds, "s", seconds / base,
                      target("value", "<", limit) if limit else "", base, {"rows": rows})

    def pdf_100(self) -> Figure:
        return self._pdf(100, "pdf_100", 2)

    def pdf_300(self) -> Figure:
        return self._pdf(300, "pdf_300", None)

    def summary_xlsx(self) -> Figure:
        from bench_reports_xlsx import plain, shape

        from desktop.models import campaigns, results
        from desktop.models.store import open_workspace
        from desktop.reports.xlsx_summary import build_summary_xlsx

        whole = not self.args.quick
        out = self.work / "tong-hop.xlsx"
        with open_workspace(self.board_workspace()) as ws:
            campaign = campaigns.require_active_campaign(ws)
            results.rank(ws, campaign.id)
            seconds = timed(lambda: build_summary_xlsx(ws, campaign.id, out, area_sheets=whole))
        sheets = shape(out)
        base = timed(lambda: plain(sheets))
        return Figure("summary_xlsx", seconds, "s", seconds / base, "", base,
                      {"units": self.args.board_units, "area_sheets": whole,
                       "sheets": len(sheets), "MB": round(out.stat().st_size / 1e6, 1)})

    # -- start-up ----------------------------------------------------------------------------
    def startup(self) -> Figure:
        """A fresh process to a shown window on the coordinator's workspace with the whole
        province imported; with the page cache dropped too where this process may (root on
        Linux): the "cold" figures."""
        from bench_frozen import MINIMAL_APP, drop_caches, start_once

        prov = self.province()
        if not self._imported:  # on its own (--only startup): the province's packages first
            from desktop.models.store import open_workspace
            from desktop.sync import exchange

            with open_workspace(prov.coordinator) as ws:
                exchange.import_many(ws, prov.packages)
            self._imported = True
        scripts = self.work / "startup"
        scripts.mkdir(exist_ok=True)
        (scripts / "minimal_window.py").write_text(MINIMAL_APP, encoding="utf-8")
        app = scripts / "app.sh"
        app.write_text(f'#!/bin/sh\nexport PYTHONPATH={str(ROOT)!r}\n'
                       f'exec {sys.executable!r} -m desktop\n', encoding="utf-8")
        minimal = scripts / "minimal.sh"
        minimal.write_text(f'#!/bin/sh\nexec {sys.executable!r} '
                           f'{str(scripts / "minimal_window.py")!r}\n', encoding="utf-8")
        for script in (app, minimal):
            script.chmod(0o755)
        empty = scripts / "empty-data"
        empty.mkdir(exist_ok=True)

        def median_of(executable: Path, data: Path, cold: bool) -> tuple[float, list[float]]:
            runs = [start_once(executable, data, cold=cold)[0]
                    for _ in range(self.args.runs + 1)][1:]  # the first run warms up
            return statistics.median(runs), runs

        ours, ours_all = median_of(app, prov.coordinator_data, False)
        base, base_all = median_of(minimal, empty, False)
        extra = {"runs": [round(r, 3) for r in ours_all],
                 "minimal_runs": [round(r, 3) for r in base_all],
                 "workspace_units": len(prov.units)}
        try:
            drop_caches()
        except OSError as exc:
            extra["cold"] = f"not measured: {exc.strerror or exc}"
        else:
            cold, cold_all = median_of(app, prov.coordinator_data, True)
            cold_base, _ = median_of(minimal, empty, True)
            extra.update({"cold_s": cold, "cold_runs": [round(r, 3) for r in cold_all],
                          "minimal_cold_s": cold_base, "cold_ratio": cold / cold_base})
        return Figure("startup", ours, "s", ours / base, "", base, extra)


def disk_needed(args: argparse.Namespace, wanted: list[str]) -> int:
    """Bytes the run writes at its peak (a lean province keeps only the packages): every
    unit's package, and at the coordinator the kept package and the stored evidence; the
    large unit's scans stored, its package, and the coordinator's copy of both; the
    workspaces and a margin of 2 GiB."""
    province = args.units * args.mb_per_unit * MiB * 3 if set(wanted) & {
        "import", "import_memory", "startup"} else 0
    large = args.large_mb * MiB * 4 if set(wanted) & {"export", "verify", "import_memory"} else 0
    return int(province + large + 2 * 2**30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small run (a minute or two)")
    parser.add_argument("--json", type=Path, default=None, help="where to write the figures")
    parser.add_argument("--only", default="", help=f"a subset, comma-separated: {','.join(NAMES)}")
    parser.add_argument("--units", type=int, default=190, help="units of the province "
                        "(default 190: 20 departments, 170 communes)")
    parser.add_argument("--mb-per-unit", type=float, default=None,
                        help="evidence per unit, MiB (default 200, quick 2)")
    parser.add_argument("--large-mb", type=int, default=None,
                        help="evidence of the single large package, MiB (default 2048, quick 200)")
    parser.add_argument("--board-units", type=int, default=3321)
    parser.add_argument("--runs", type=int, default=None, help="start-up runs (default 7, quick 3)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--dir", type=Path, default=None, help="scratch folder (default: temp)")
    args = parser.parse_args(argv)
    quick = args.quick
    args.mb_per_unit = args.mb_per_unit or (2.0 if quick else 200.0)
    args.large_mb = args.large_mb or (200 if quick else 2048)
    args.runs = args.runs or (3 if quick else 7)
    wanted = [n.strip() for n in args.only.split(",") if n.strip()] or list(NAMES)
    unknown = sorted(set(wanted) - set(NAMES))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(NAMES)}")
    out = args.json or HERE / f"results-{dt.date.today().isoformat()}.json"

    work = Path(tempfile.mkdtemp(prefix="cchc-bench-", dir=args.dir))
    needed, free = disk_needed(args, wanted), shutil.disk_usage(work).free
    if needed > free:
        shutil.rmtree(work, ignore_errors=True)
        print(f"# not enough disk space in {work.parent}: about {needed / 2**30:.1f} GiB needed, "
              f"{free / 2**30:.1f} GiB free; use --dir, or fewer --units / --mb-per-unit / "
              f"--large-mb", file=sys.stderr)
        return 2
    run = Run(args, work)
    run.setup = {}
    figures: list[Figure] = []
    errors: dict[str, str] = {}
    try:
        for name in (n for n in NAMES if n in wanted):  # a fixed order: export before import
            method = getattr(run, "import_" if name == "import" else name)
            try:
                figure = method()
            except Exception as exc:  # noqa: BLE001 - one failing benchmark does not stop the rest
                errors[name] = f"{type(exc).__name__}: {exc}"
                print(f"{name} error - - - n/a  ({errors[name]})", flush=True)
                continue
            figures.append(figure)
            print(figure.line(), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    options = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}
    report = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": machine(), "options": options, "setup_s": run.setup,
        "benchmarks": {f.name: {"value": f.value, "unit": f.unit, "ratio": f.ratio,
                                "baseline": f.baseline, "target": f.target,
                                "verdict": f.verdict, **f.extra} for f in figures},
        "errors": errors,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n",
                   encoding="utf-8")
    print(f"# written {out}", flush=True)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
