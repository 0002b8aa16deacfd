"""A synthetic province, deterministic from a seed, built through the real paths:

    python -m bench.province OUT [--units 190] [--mb-per-unit 5] [--seed 2026]

A coordinator (Sở Nội vụ) with a campaign over the sample sets of both groups
("so-ban-nganh" and "xa-phuong") publishes it once; every unit installation (the first
N // 9 or so are departments, the rest communes: 20 + 170 for the default 190) pins the
province key, imports the campaign, sends its enrolment, gets its key approved, scores every
self-scored criterion of its group, adds a few tasks and PDF-like evidence files (random
bytes from the seed, sizes drawn around `--mb-per-unit`) cited for criteria, and exports a
real signed submission package into `OUT/packages/`. Nothing here is timed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.models import (  # noqa: E402
    assessments,
    campaigns,
    criteria,
    evidence,
    tasks,
    units,
    workspaces,
)
from desktop.models.rules import parse_rule  # noqa: E402
from desktop.models.store import open_workspace  # noqa: E402
from desktop.sync import exchange, keys  # noqa: E402

MiB = 1024 * 1024
PROVINCE = "Thử nghiệm"
GROUPS = {"so": "so-ban-nganh", "ubnd_xa": "xa-phuong"}
PDF_HEAD = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"


@dataclass
class Unit:
    code: str
    folder: Path
    group: str
    submission: Path | None = None
    evidence: list[Path] = field(default_factory=list)
    evidence_size: int | None = None  # kept when the files are gone (a lean province)

    @property
    def evidence_bytes(self) -> int:
        if self.evidence_size is not None and not self.evidence:
            return self.evidence_size
        return sum(p.stat().st_size for p in self.evidence)


@dataclass
class Province:
    root: Path
    coordinator: Path          # the workspace folder
    coordinator_data: Path     # its data folder (`--data-dir`), workspace name "main"
    root_fingerprint: str
    campaign_package: Path
    units: list[Unit]

    @property
    def packages(self) -> list[Path]:
        return [u.submission for u in self.units if u.submission is not None]


def write_pdf_like(path: Path, size: int, rng: random.Random) -> Path:
    """`size` bytes: a PDF header and random bytes from `rng` (incompressible, like a scan)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as out:
        out.write(PDF_HEAD)
        left = max(0, size - len(PDF_HEAD))
        while left > 0:
            piece = rng.randbytes(min(4 * MiB, left))
            out.write(piece)
            left -= len(piece)
    return path


def evidence_sizes(rng: random.Random, total: int, count: int) -> list[int]:
    """`count` sizes adding up to about `total` (log-normal weights: a few large scans and
    several small ones)."""
    weights = [rng.lognormvariate(0, 0.8) for _ in range(count)]
    scale = total / sum(weights)
    return [max(4096, int(w * scale)) for w in weights]


def coordinator(root: Path) -> tuple[Path, str]:
    """The coordinator with both sample groups in its campaign; returns (folder, root fp)."""
    folder = workspaces.create_workspace(root / "coord", "main", role="coordinator",
                                         unit_code="SNV", unit_name="Sở Nội vụ",
                                         province=PROVINCE, sample_group="so-ban-nganh")
    with open_workspace(folder) as ws:
        campaign = campaigns.require_active_campaign(ws)
        communes = criteria.load_sample_criteria_set(ws, "xa-phuong")
        campaigns.add_unit_group(ws, campaign.id, code="xa-phuong",
                                 name="UBND cấp xã, phường, đặc khu",
                                 criteria_set_id=communes.id)
        fingerprint = keys.ensure_own_key(ws).fingerprint
    return folder, fingerprint


def unit_codes(count: int) -> list[tuple[str, str, str]]:
    """(code, name, unit_type): about 2/19 departments (20 of 190), the rest communes."""
    departments = max(1, round(count * 20 / 190)) if count > 1 else 1
    found = []
    for index in range(count):
        if index < departments:
            found.append((f"S{index + 1:03d}", f"Sở thử nghiệm {index + 1}", "so"))
        else:
            number = index - departments + 1
            found.append((f"X{number:04d}", f"UBND xã thử nghiệm {number}", "ubnd_xa"))
    return found


def _inputs(ws, campaign_id: str, unit_id: str, rng: random.Random) -> dict[str, str]:  # noqa: ANN001
    """A value for every self-scored leaf of the unit's group (bonus/penalty/survey left out)."""
    group = campaigns.group_of(ws, campaign_id, unit_id)
    nodes = criteria.list_criteria(ws, group.criteria_set_id)
    leaves = criteria.leaf_codes(nodes)
    values = {}
    for node in nodes:
        if node.code not in leaves or not node.self_scored:
            continue
        rule = parse_rule(node.rule)
        if rule.kind in ("choice", "passfail"):
            values[node.code] = rule.options[rng.randrange(len(rule.options))][0]
        elif rule.kind in ("bands", "prop"):
            values[node.code] = str(rng.randint(55, 100))
        elif rule.kind == "deduct":
            values[node.code] = str(rng.randint(0, 2))
    return values


def make_unit(root: Path, code: str, name: str, unit_type: str, campaign_package: Path,
              root_fp: str, rng: random.Random, bytes_per_unit: int,
              files: int | None = None, lean: bool = False) -> tuple[Unit, Path, str]:
    """The unit's installation up to its enrolment; returns (unit, enrolment, fingerprint).
    `lean`: each scan is deleted once the workspace's store holds its copy (`unit.evidence`
    then names the stored copies)."""
    data = root / "units" / code
    folder = workspaces.create_workspace(data, "main", role="unit", unit_code=code,
                                         unit_name=name, province=PROVINCE, unit_type=unit_type)
    unit = Unit(code=code, folder=folder, group=GROUPS[unit_type])
    with open_workspace(folder) as ws:
        result = exchange.import_package(ws, campaign_package, trust_fingerprint=root_fp)
        if result.state != "accepted":
            raise RuntimeError(f"{code}: campaign {result.state} {result.code}")
        enrolment = data / "enrol.cchc"
        exchange.export_enrolment(ws, enrolment)
        fingerprint = keys.ensure_own_key(ws).fingerprint
        campaign = campaigns.require_active_campaign(ws)
        unit_id = workspaces.own_unit_id(ws)
        values = _inputs(ws, campaign.id, unit_id, rng)
        with ws.write():
            for criterion, value in values.items():
                assessments.score_criterion(
                    ws, campaign.id, unit_id, criterion, value,
                    explanation=f"Giải trình tiêu chí {criterion}: kết quả thực hiện trong năm.")
        for number in range(rng.randint(2, 5)):
            tasks.add_task(ws, f"Nhiệm vụ CCHC {number + 1} của {code}", source="own",
                           owner="Văn phòng", deadline=f"{campaign.year}-{rng.randint(3, 11):02d}-15",
                           campaign_id=campaign.id, unit_id=unit_id)
        count = files or rng.randint(3, 8)
        cited = list(values)
        scans = data / "scans"
        added = []
        for index, size in enumerate(evidence_sizes(rng, bytes_per_unit, count)):
            path = write_pdf_like(scans / f"Tài liệu {code} số {index + 1}.pdf", size, rng)
            item = evidence.add_evidence(ws, path, doc_number=f"{index + 1}/BC-{code}",
                                         doc_date=f"{campaign.year}-{rng.randint(1, 10):02d}-08")
            added.append(item.evidence.id)
            if lean:
                path.unlink()
                path = ws.evidence.path_for(item.evidence.sha256)
            unit.evidence.append(path)
        for number, criterion in enumerate(cited):  # every score needs a document
            evidence.link_to_criterion(ws, added[number % len(added)], campaign.id, unit_id,
                                       criterion)
    return unit, enrolment, fingerprint


def submit(unit: Unit, out: Path) -> Path:
    with open_workspace(unit.folder) as ws:
        exchange.export_submission(ws, out)
    unit.submission = out
    return out


def generate(root: Path, *, units_count: int = 190, mb_per_unit: float = 5.0,
             seed: int = 2026, export: bool = True, lean: bool = False,
             log=None) -> Province:  # noqa: ANN001
    """The whole province under `root` (which should be empty). `lean` keeps the disk used
    to about the packages: scans are deleted once stored, and each unit's installation once
    its submission is exported (`unit.folder` and `unit.evidence` are then gone)."""
    root.mkdir(parents=True, exist_ok=True)
    coord, root_fp = coordinator(root)
    campaign_package = root / "campaign.cchc"
    with open_workspace(coord) as ws:
        campaign = campaigns.require_active_campaign(ws)
        planned = unit_codes(units_count)
        with ws.write():
            for code, name, unit_type in planned:
                unit = units.create_unit(ws, code=code, name=name, unit_type=unit_type,
                                         province=PROVINCE)
                campaigns.enrol_unit(ws, campaign.id, unit.id, GROUPS[unit_type])
        exchange.export_campaign(ws, campaign_package)
    made: list[Unit] = []
    packages = root / "packages"
    packages.mkdir(exist_ok=True)
    for index, (code, name, unit_type) in enumerate(planned):
        unit_rng = random.Random(f"{seed}:{code}")
        unit, enrolment, fingerprint = make_unit(root, code, name, unit_type, campaign_package,
                                                 root_fp, unit_rng, int(mb_per_unit * MiB),
                                                 lean=lean)
        with open_workspace(coord) as ws:
            result = exchange.import_package(ws, enrolment)
            if result.state != "accepted":
                raise RuntimeError(f"{code}: enrolment {result.state} {result.code}")
            keys.approve(ws, code, fingerprint=fingerprint)
        if export:
            submit(unit, packages / f"{code}.cchc")
            if lean:
                unit.evidence_size = unit.evidence_bytes
                shutil.rmtree(root / "units" / code)
                unit.evidence = []
        made.append(unit)
        if log is not None:
            log(f"unit {index + 1}/{units_count} {code}")
    return Province(root=root, coordinator=coord, coordinator_data=root / "coord",
                    root_fingerprint=root_fp, campaign_package=campaign_package, units=made)


def large_unit(province: Province, megabytes: int, *, files: int = 8, seed: int = 99,
               lean: bool = False) -> Unit:
    """One more department, enrolled and approved, citing `files` scans of `megabytes` MiB in
    all; its submission is not exported (the caller times that). `lean`: the scans are deleted
    once stored (`unit.evidence` names the stored copies)."""
    root, code = province.root, "SLARGE"
    with open_workspace(province.coordinator) as ws:
        campaign = campaigns.require_active_campaign(ws)
        with ws.write():
            unit = units.create_unit(ws, code=code, name="Sở có nhiều minh chứng",
                                     unit_type="so", province=PROVINCE)
            campaigns.enrol_unit(ws, campaign.id, unit.id, GROUPS["so"])
        exchange.export_campaign(ws, root / "campaign-large.cchc")
    unit, enrolment, fingerprint = make_unit(
        root, code, "Sở có nhiều minh chứng", "so", root / "campaign-large.cchc",
        province.root_fingerprint, random.Random(seed), megabytes * MiB, files=files, lean=lean)
    with open_workspace(province.coordinator) as ws:
        assert exchange.import_package(ws, enrolment).state == "accepted"
        keys.approve(ws, code, fingerprint=fingerprint)
    return unit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--units", type=int, default=190)
    parser.add_argument("--mb-per-unit", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    province = generate(args.out, units_count=args.units, mb_per_unit=args.mb_per_unit,
                        seed=args.seed, log=print)
    print(f"{len(province.packages)} packages in {args.out / 'packages'}")


if __name__ == "__main__":
    main()
