"""Unlucky moments: the import process killed (SIGKILL) at any point, the disk full during an
import or an export, and two imports of the same package at once.

Killed imports. There is no test hook in the product: a child process imports a submission of
200 evidence files (8 MB, about 0.2 s of work) into its own copy of the coordinator, and the
test kills it either after a random delay or as soon as it sees the import reach a stage on
disk (the copy into quarantine/, staging/, evidence moved into the store). After every kill:
`PRAGMA integrity_check` is ok; the package is either fully merged (its packages row, every
assessment, every evidence row and file) or absent (no row, nothing merged); importing it again
gives `accepted` (or `duplicate` if the kill came after the commit) with exactly the data of an
undisturbed import; and nothing is left behind.

What a killed import leaves, and who cleans it: a partial or complete copy in quarantine/, a
folder in staging/, possibly the package renamed into packages/ (killed between the rename and
the commit), and possibly evidence files already moved into the content-addressed store. The
next import removes the first three (`exchange.clean_leftovers`: staging/*, and files of
quarantine/ and packages/ that no packages row points at, if older than this process's hold on
the workspace). Evidence files moved before a commit that never came stay in the store: they
are complete (fsynced in staging, then renamed) and the next import of the package reuses them.

Two imports at once. One workspace is open in one process only (`open_workspace` takes a lock
file; a second process gets WorkspaceLocked), so two processes cannot both import: the second
is refused before it reads anything, and exactly one merge happens. Inside one process, threads
share the Workspace and its one SQLite connection; `exchange.import_package` takes a
per-workspace lock, so two threads importing the same package run one after the other: one
`accepted`, one `duplicate`, one merge."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_hostile_packages import files_of, listing, make_world, merged_view, submit

from desktop.models import assessments, campaigns, evidence, workspaces
from desktop.models.errors import StorageFull, WorkspaceLocked
from desktop.models.store import open_workspace
from desktop.sync import exchange

REPO = Path(__file__).resolve().parents[2]
N_FILES, FILE_SIZE = 200, 40_000

CHILD = """
import sys
from pathlib import Path
from desktop.models.store import open_workspace
from desktop.sync import exchange
ws = open_workspace(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.readline()
result = exchange.import_package(ws, Path(sys.argv[2]))
print(result.state, flush=True)
ws.close()
"""


def random_file(index: int, size: int) -> bytes:
    return index.to_bytes(4, "big") + os.urandom(size - 4)


class Template:
    """A coordinator that approved STP (closed, copied for every attempt), STP's submission,
    and what importing it undisturbed gives; plus what "absent" looks like."""

    def __init__(self, root: Path) -> None:
        world = make_world(root)
        self.world = world
        self.package = submit(world, files=[FILE_SIZE] * N_FILES, file_bytes=random_file)
        self.coord = world.coord
        self.root = root
        check = root / "check"
        shutil.copytree(self.coord, check)
        with open_workspace(check) as ws:
            self.empty = merged_view(ws)
            result = exchange.import_package(ws, self.package)
            assert result.state == "accepted", result
            self.package_hash = result.package_hash
            self.expected = merged_view(ws)
        assert len(self.expected["files"]) == N_FILES

    def fresh(self, name: str) -> Path:
        folder = self.root / name
        shutil.copytree(self.coord, folder)
        return folder


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return Template(tmp_path_factory.mktemp("crash"))


def spawn(folder: Path, package: Path) -> subprocess.Popen:
    """A child that opens the workspace, says "ready" and waits for a line on stdin to start
    importing (so its start-up is not part of the timing)."""
    return subprocess.Popen([sys.executable, "-c", CHILD, str(folder), str(package)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=REPO)


def store_count(folder: Path) -> int:
    root = folder / "evidence"
    return sum(1 for p in root.glob("??/*")) if root.is_dir() else 0


def stage_seen(folder: Path, package_hash: str, package_size: int, evidence_before: int) -> str:
    """Where the killed import had got to, from what it left on disk (before anything
    cleans up): the stages of docs/package-format.md §6."""
    db = sqlite3.connect(folder / "workspace.sqlite3")
    try:
        committed = db.execute("SELECT 1 FROM packages WHERE package_hash = ?",
                               [package_hash]).fetchone()
    finally:
        db.close()
    if committed:
        return "committed"
    if (folder / "packages" / f"{package_hash}.cchc").exists():
        return "merge: renamed, not committed"
    if store_count(folder) > evidence_before:
        return "merge: evidence moved"
    if any((folder / "staging").glob("*/*")):
        return "staging"
    copies = list((folder / "quarantine").glob("*.cchc"))
    if copies:
        return "checks" if copies[0].stat().st_size == package_size else "copy"
    return "before copy"


def check_after_kill(template: Template, folder: Path) -> str:
    """The invariants after a kill; returns the second import's state."""
    with open_workspace(folder) as ws:
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        view = merged_view(ws)
        assert view in (template.expected, template.empty), "half merged"
        result = exchange.import_package(ws, template.package)
        assert result.state == ("duplicate" if view == template.expected else "accepted"), result
        assert merged_view(ws) == template.expected
        kept = {row[0] for row in ws.db.execute("SELECT stored_name FROM packages")}
    assert listing(folder / "staging") == []
    assert listing(folder / "quarantine") == []
    assert {f"packages/{n}" for n in listing(folder / "packages")} <= kept
    return result.state


def kill_all(template: Template, plans: list) -> Counter[str]:  # noqa: ANN001
    """One attempt per plan — a condition on the workspace folder (kill as soon as it holds)
    or a delay in seconds: start the import, kill it, check everything, and count which stage
    each kill interrupted. The next child starts up while the previous attempt is checked."""
    stages: Counter[str] = Counter()
    size = template.package.stat().st_size

    def start(index: int) -> tuple[Path, subprocess.Popen]:
        folder = template.fresh(f"attempt-{index}")
        return folder, spawn(folder, template.package)

    upcoming = start(0)
    for index, plan in enumerate(plans):
        folder, child = upcoming
        evidence_before = store_count(folder)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        child.stdin.write("go\n")
        child.stdin.flush()
        began = time.monotonic()
        if isinstance(plan, float):
            time.sleep(plan)
        else:
            while child.poll() is None and not plan(folder) and time.monotonic() - began < 20:
                pass
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=20)
        for stream in (child.stdin, child.stdout, child.stderr):
            stream.close()
        if index + 1 < len(plans):
            upcoming = start(index + 1)
        stages[stage_seen(folder, template.package_hash, size, evidence_before)] += 1
        check_after_kill(template, folder)
        shutil.rmtree(folder, ignore_errors=True)
    return stages


@pytest.mark.slow
def test_an_import_killed_at_any_moment(template: Template) -> None:
    # Killed as soon as each stage shows on disk, then at random moments over the whole
    # import (about 0.2 s here).
    targets = [
        lambda f: any((f / "quarantine").glob("*.cchc")),                     # copy started
        lambda f: any((f / "staging").glob("*/*")),                           # staging started
        lambda f: sum(1 for _ in (f / "staging").glob("*/*")) > N_FILES // 2,  # half staged
        lambda f: store_count(f) > 0,                                          # merge started
        lambda f: store_count(f) >= N_FILES,                                   # all moved
        lambda f: (f / "packages" / f"{template.package_hash}.cchc").exists(),  # about to commit
    ]
    rng = random.Random(5)
    delays = [rng.uniform(0, 0.02 + attempt * 0.025) for attempt in range(15)]
    stages = kill_all(template, targets + delays)
    print("stages interrupted:", dict(stages))
    assert len(stages) >= 3, stages  # the kills did land in different stages
    assert stages["staging"] >= 1


def test_leftovers_of_a_dead_import_are_cleaned_and_nothing_else(tmp_path: Path) -> None:
    """What a killed import leaves (older than this process's hold on the workspace) goes at
    the next import; a held package's file, the file being imported, and anything made after
    the workspace was opened stay."""
    world = make_world(tmp_path)
    sub = submit(world)
    folder = world.coord
    with open_workspace(folder) as ws:
        old = time.time() - 3600
        stray_stage = folder / "staging" / str(uuid.uuid4())
        stray_stage.mkdir(parents=True)
        (stray_stage / ("a" * 64)).write_bytes(b"half a file")
        half_copy = folder / "quarantine" / f"{uuid.uuid4()}.cchc"
        half_copy.parent.mkdir(exist_ok=True)
        half_copy.write_bytes(sub.read_bytes()[:100])
        orphan = folder / "packages" / f"{'b' * 64}.cchc"
        orphan.write_bytes(sub.read_bytes())
        retried = folder / "quarantine" / f"{uuid.uuid4()}.cchc"  # e.g. inbox.retry_held
        retried.write_bytes(sub.read_bytes())
        for path in (stray_stage, stray_stage / ("a" * 64), half_copy, orphan, retried):
            os.utime(path, (old, old))
        newer = folder / "quarantine" / f"{uuid.uuid4()}.cchc"
        newer.write_bytes(b"made by this process after it opened the workspace")
        time.sleep(0.01)
        result = exchange.import_package(ws, retried)
        assert result.state == "accepted", result
        assert not stray_stage.exists() and not half_copy.exists() and not orphan.exists()
        assert retried.exists() and newer.exists()
        assert listing(folder / "staging") == []
        kept = {row[0] for row in ws.db.execute("SELECT stored_name FROM packages")}
        assert {f"packages/{n}" for n in listing(folder / "packages")} == \
            {k for k in kept if k.startswith("packages/")}


# -- two at once ----------------------------------------------------------------------------------

HOLDER = """
import sys
from pathlib import Path
from desktop.models.store import open_workspace
from desktop.sync import exchange
ws = open_workspace(Path(sys.argv[1]))
print("open", flush=True)
result = exchange.import_package(ws, Path(sys.argv[2]))
print(result.state, flush=True)
sys.stdin.readline()
ws.close()
"""

SECOND = """
import sys
from pathlib import Path
from desktop.models import assessments, campaigns, evidence, workspaces
from desktop.models.errors import StorageFull, WorkspaceLocked
from desktop.models.store import open_workspace
from desktop.sync import exchange
try:
    ws = open_workspace(Path(sys.argv[1]))
except WorkspaceLocked as error:
    print("locked", error.code, flush=True)
    sys.exit(0)
print(exchange.import_package(ws, Path(sys.argv[2])).state, flush=True)
ws.close()
"""


@pytest.mark.slow
def test_two_processes_importing_the_same_package(template: Template) -> None:
    folder = template.fresh("two-processes")
    first = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder), str(template.package)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert first.stdout.readline().strip() == "open"
        # The first one is importing (or has just imported) and still holds the workspace.
        second = subprocess.run([sys.executable, "-c", SECOND, str(folder),
                                 str(template.package)], capture_output=True, text=True,
                                cwd=REPO, timeout=60)
        assert second.stdout.split() == ["locked", "workspace_locked"], second.stderr
        assert first.stdout.readline().strip() == "accepted"
    finally:
        first.communicate("close\n", timeout=60)
    again = subprocess.run([sys.executable, "-c", SECOND, str(folder), str(template.package)],
                           capture_output=True, text=True, cwd=REPO, timeout=60)
    assert again.stdout.strip() == "duplicate", again.stderr
    with open_workspace(folder) as ws:
        assert ws.db.execute("SELECT count(*) FROM packages WHERE package_hash = ?",
                             [template.package_hash]).fetchone()[0] == 1
        assert merged_view(ws) == template.expected


def test_two_threads_importing_the_same_package(template: Template) -> None:
    folder = template.fresh("two-threads")
    with open_workspace(folder) as ws:
        with pytest.raises(WorkspaceLocked):
            open_workspace(folder)  # not even this process opens it twice
        barrier = threading.Barrier(2)
        results: list[exchange.ImportResult] = []
        errors: list[BaseException] = []

        def run() -> None:
            try:
                barrier.wait()
                results.append(exchange.import_package(ws, template.package))
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=run) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not errors, errors
        assert sorted(r.state for r in results) == ["accepted", "duplicate"]
        assert ws.db.execute("SELECT count(*) FROM packages WHERE package_hash = ?",
                             [template.package_hash]).fetchone()[0] == 1
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert merged_view(ws) == template.expected


# -- a full disk ------------------------------------------------------------------------------------

@contextlib.contextmanager
def tmpfs(path: Path, size: str = "2m") -> Iterator[Path]:
    """A real, small tmpfs mounted at `path` (as tests/models/wshelpers.tmpfs)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs (a really full disk) needs root; CI runs this as root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"cannot mount a tmpfs for the disk-full test: {done.stderr.strip()}")
    try:
        yield path
    finally:
        if subprocess.run(["umount", str(path)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


def free_bytes(path: Path) -> int:
    info = os.statvfs(path)
    return info.f_bavail * info.f_frsize


@pytest.fixture
def failed_in(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which step of the import a storage error came out of (a spy; the product has no hook)."""
    seen: list[str] = []
    for name in ("_copy_in", "_stage", "_merge"):
        original = getattr(exchange, name)

        def spy(*args, _original=original, _name=name, **kwargs):  # noqa: ANN002, ANN003, ANN202
            try:
                return _original(*args, **kwargs)
            except StorageFull:
                seen.append(_name)
                raise
        monkeypatch.setattr(exchange, name, spy)
    return seen


def test_a_full_disk_during_import(tmp_path: Path, failed_in: list[str]) -> None:
    """The coordinator's workspace on a 2 MiB tmpfs, filled so that the import runs out of
    space while copying into quarantine, while staging, and while merging. Each time: StorageFull
    raised, the workspace byte for byte as before, nothing in quarantine/ or staging/, no
    evidence left in the store; with space again the same package is accepted."""
    world = make_world(tmp_path)
    sub = submit(world, files=[100_000, 100_000, 50_000])
    size = sub.stat().st_size
    with tmpfs(tmp_path / "disk") as disk:
        targets = {"_copy_in": [size // 2], "_stage": [size + size // 2],
                   "_merge": [2 * size + extra for extra in (8192, 16384, 32768, 65536)]}
        for step, frees in targets.items():
            for free in frees:
                shutil.rmtree(disk / "ws", ignore_errors=True)
                (disk / "ballast").unlink(missing_ok=True)
                shutil.copytree(world.coord, disk / "ws")
                folder = disk / "ws"
                before_files = files_of(folder)
                failed_in.clear()
                with open_workspace(folder) as ws:
                    before = list(ws.db.conn.iterdump())
                    with open(disk / "ballast", "wb") as ballast:
                        ballast.write(bytes(max(0, free_bytes(disk) - free)))
                    try:
                        result = exchange.import_package(ws, sub)
                    except StorageFull:
                        result = None
                    else:
                        assert result.state == "accepted", result
                    if result is None:
                        assert list(ws.db.conn.iterdump()) == before
                if result is None:
                    assert files_of(folder) == before_files, (step, free)
                    assert listing(folder / "quarantine") == [] == listing(folder / "staging")
                    assert listing(folder / "evidence") == []
                    assert len(failed_in) == 1
                    targets[step] = [*targets[step], failed_in[0]]  # type: ignore[list-item]
        # where it ran out, for each amount of free space
        assert "_copy_in" in targets["_copy_in"][1:]
        assert "_stage" in targets["_stage"][1:]
        assert "_merge" in targets["_merge"][4:], targets  # at least one while merging
        (disk / "ballast").unlink()
        with open_workspace(disk / "ws") as ws:
            assert exchange.import_package(ws, sub).state == "accepted"


def test_a_full_disk_during_export_leaves_nothing_half_written(tmp_path: Path) -> None:
    """The unit writes its submission to a full USB stick: StorageFull, no temp file, and an
    older file of the same name untouched. The sequence number was reserved first, so the next
    export (elsewhere) has number 2: the coordinator accepts it and flags the gap."""
    world = make_world(tmp_path)
    big = tmp_path / "big.bin"
    with tmpfs(tmp_path / "usb") as usb:
        (usb / "nop.cchc").write_bytes(b"an older export")
        with open_workspace(world.unit) as ws:
            big.write_bytes(os.urandom(3 * 1024 * 1024))
            evidence.add_evidence(ws, big, doc_number="1/KH", doc_date="2026-01-08",
                                  criterion_code="1.1.1")
            campaign = campaigns.require_active_campaign(ws)
            assessments.score_criterion(ws, campaign.id, workspaces.own_unit_id(ws), "1.1.1",
                                        "kịp thời")
            recorded = ws.db.execute("SELECT count(*) FROM packages").fetchone()[0]
            with pytest.raises(StorageFull):
                exchange.export_submission(ws, usb / "nop.cchc")
            assert listing(usb) == ["nop.cchc"]
            assert (usb / "nop.cchc").read_bytes() == b"an older export"
            assert ws.db.execute("SELECT count(*) FROM packages").fetchone()[0] == recorded
            built = exchange.export_submission(ws, tmp_path / "nop-2.cchc")
            assert built.manifest["sequence"] == 2
    result = exchange_import(world.coord, tmp_path / "nop-2.cchc")
    assert (result.state, result.flags) == ("accepted", ["gap:1-1"])


def exchange_import(folder: Path, path: Path) -> exchange.ImportResult:
    with open_workspace(folder) as ws:
        return exchange.import_package(ws, path)
