"""A real spreadsheet client for the workbook tests: LibreOffice headless opens our files,
recalculates every formula and saves them again (or prints them to PDF), so the tests read
what a user's office suite computes, not what we wrote."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl

TIMEOUT = 180


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice (soffice) is needed for the real-client check of the workbooks"
    return found


def convert(files: list[Path], fmt: str, outdir: Path, profile: Path) -> list[Path]:
    """Convert every file with one LibreOffice start (its own profile folder, so it runs
    beside a user's LibreOffice or another test); returns the converted files."""
    outdir.mkdir(parents=True, exist_ok=True)
    profile.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless",
         "--norestore", "--convert-to", fmt, "--outdir", str(outdir), *map(str, files)],
        capture_output=True, text=True, timeout=TIMEOUT)
    suffix = fmt.split(":")[0]
    out = [outdir / f"{f.stem}.{suffix}" for f in files]
    missing = [p.name for p in out if not p.exists()]
    assert not missing, f"LibreOffice did not convert {missing}: {done.stdout} {done.stderr}"
    return out


def recalculated(path: Path) -> openpyxl.Workbook:
    """The values LibreOffice computed (it recalculates formulas without cached values)."""
    return openpyxl.load_workbook(path, data_only=True)


def exact(value: object) -> Decimal | None:
    """A recalculated number as an exact decimal: binary floating point read back to the
    nine decimals a spreadsheet can be trusted with (far below the 0.01 of any point)."""
    if value is None or value == "":
        return None
    assert isinstance(value, int | float), value
    return Decimal(repr(value)).quantize(Decimal("1e-9")).normalize()


def same(value: object, ours: Decimal) -> bool:
    return exact(value) == ours.quantize(Decimal("1e-9")).normalize()


def refs(formula: str, column: str) -> set[int]:
    """The rows `formula` refers to in `column` (ranges expanded)."""
    rows: set[int] = set()
    for start, end in re.findall(rf"\b{column}(\d+)(?::{column}(\d+))?", formula):
        rows |= set(range(int(start), int(end or start) + 1))
    return rows


def pdf_pages(pdf: Path) -> list[str]:
    """The text of every page of a PDF (pdftotext)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
                           capture_output=True, text=True, check=True, timeout=60).stdout
            for n in range(1, count + 1)]


def page_size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    return float(found.group(1)), float(found.group(2))
