"""Reading the PDFs the reports write with poppler's own tools (pdfinfo, pdffonts, pdftotext),
and the workspaces they are built from: the demo (as `cchc demo` makes it) and a synthetic
300-criterion set."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.models import assessments, campaigns, criteria, evidence, workspaces
from desktop.models.store import open_workspace
from desktop.reports import nd30
from desktop.reports.fonts import report_fonts
from desktop.reports.info import ReportInfo

SHIPPED = report_fonts("shipped")
MM = 72 / 25.4


def run(*command: str) -> str:
    done = subprocess.run(list(command), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{command[0]} failed: {done.stderr}"
    return done.stdout


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page, as pdfinfo reads the page boxes."""
    pages = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(pdf)), re.M).group(1))
    out = run("pdfinfo", "-f", "1", "-l", str(pages), str(pdf))
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out, re.M)
    assert len(sizes) == pages
    return [(float(w), float(h)) for w, h in sizes]


@dataclass(frozen=True)
class Font:
    name: str
    type: str
    embedded: bool


def fonts_of(pdf: Path) -> list[Font]:
    lines = run("pdffonts", str(pdf)).splitlines()[2:]
    found = []
    for line in lines:
        parts = line.split()
        # name type [type…] encoding emb sub uni object-id gen
        found.append(Font(parts[0], " ".join(parts[1:-6]), parts[-5] == "yes"))
    return found


def text(pdf: Path, first: int | None = None, last: int | None = None, *,
         layout: bool = True) -> str:
    command = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        command.append("-layout")
    if first:
        command += ["-f", str(first)]
    if last:
        command += ["-l", str(last)]
    return run(*command, str(pdf), "-")


def flat(value: str) -> str:
    """Whitespace collapsed (line breaks of justified text do not matter)."""
    return " ".join(value.split())


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float   # from the top of the page
    x1: float
    y1: float


def words(pdf: Path) -> tuple[list[tuple[float, float]], list[Word]]:
    """The page sizes and every word with its box (pdftotext -bbox)."""
    out = run("pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-")
    sizes, found = [], []
    for number, page in enumerate(re.findall(r"<page (.*?)</page>", out, re.S), start=1):
        head = re.match(r'width="([\d.]+)" height="([\d.]+)"', page)
        sizes.append((float(head.group(1)), float(head.group(2))))
        for x0, y0, x1, y1, word in re.findall(
                r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">'
                r"(.*?)</word>", page):
            found.append(Word(number, html.unescape(word), float(x0), float(y0), float(x1),
                              float(y1)))
    return sizes, found


def _geometry(size: tuple[float, float]) -> nd30.FrameGeometry:
    return nd30.LANDSCAPE if size[0] > size[1] else nd30.PORTRAIT


def check_margins_and_page_numbers(pdf: Path, *, skip_words: tuple[str, ...] = ()) -> None:
    """No word inside the margins of its page (portrait or landscape geometry); the only
    text in a margin is the page number, centred over the text in the top margin, from page 2
    on; page 1 has none."""
    sizes, found = words(pdf)
    tolerance = 0.6
    numbered = set()
    body_right = []
    for word in found:
        geometry = _geometry(sizes[word.page - 1])
        if word.text in skip_words:
            continue
        if word.y1 <= geometry.top:
            assert word.page > 1, f"text in the top margin of page 1: {word}"
            assert word.text == str(word.page), f"text in the top margin: {word}"
            centre = geometry.frame_x + geometry.frame_width / 2
            assert (word.x0 + word.x1) / 2 == pytest.approx(centre, abs=0.5)
            numbered.add(word.page)
            continue
        assert word.x0 >= geometry.left - tolerance, f"in the left margin: {word}"
        assert word.x1 <= geometry.page_width - geometry.right + tolerance, (
            f"in the right margin: {word}")
        assert word.y0 >= geometry.top - tolerance, f"in the top margin: {word}"
        assert word.y1 <= geometry.page_height - geometry.bottom + tolerance, (
            f"in the bottom margin: {word}")
        if geometry is nd30.PORTRAIT:
            body_right.append(word.x1)
    assert numbered == set(range(2, len(sizes) + 1))
    # the frame really is the margins: justified lines end at the right margin, indents and
    # tables start at the left one
    assert max(body_right) == pytest.approx(nd30.PORTRAIT.page_width - nd30.PORTRAIT.right,
                                            abs=1.5)
    portrait_left = min(w.x0 for w in found if _geometry(sizes[w.page - 1]) is nd30.PORTRAIT
                        and w.y1 > nd30.PORTRAIT.top)
    assert portrait_left == pytest.approx(nd30.PORTRAIT.left, abs=4)


def realistic_info(day: dt.date = dt.date(2026, 1, 5), **changes) -> ReportInfo:
    info = ReportInfo(
        managing_body="UBND TỈNH AN GIANG", agency="SỞ TƯ PHÁP", number="15/BC-STP",
        place="An Giang", date=day, authority="KT. GIÁM ĐỐC", signer_title="PHÓ GIÁM ĐỐC",
        signer_name="Nguyễn Văn An", recipients=["Sở Nội vụ", "Lưu: VT, VP"],
        difficulties="Một số nhiệm vụ phụ thuộc ý kiến của các sở, ngành.",
        recommendations="Đề nghị Sở Nội vụ hướng dẫn thống nhất cách tính tỷ lệ.")
    return info.replace(**changes)


# -- a synthetic set of any size -------------------------------------------------------------

LEAF_RULES = [
    ("1", "choice kịp thời=1; chậm=0.5; không ban hành=0", "chậm"),
    ("2", "bands(rate) >90%=2; 70-90%=1; <70%=0", "85"),
    ("1.5", "prop(rate of plan done)", "77"),
    ("2", "deduct 0.25/item floor 0", "3"),
    ("1", "passfail", "đạt"),
]


def synthetic_set(leaves: int) -> tuple[dict, dict[str, str]]:
    """`leaves` scorable sub-criteria (a multiple of 10: three per criterion, the last
    criterion of an area taking the rest) under 10 areas, and an input for each."""
    nodes, inputs = [], {}
    per_area = leaves // 10
    total = Decimal(0)
    for area in range(1, 11):
        below: list[dict] = []
        count = -(-per_area // 3)
        for index in range(1, count + 1):
            children = []
            for sub in range(1, min(3, per_area - (index - 1) * 3) + 1):
                maximum, rule, value = LEAF_RULES[(area + index + sub) % len(LEAF_RULES)]
                code = f"{area}.{index}.{sub}"
                children.append({"code": code, "title": f"Tiêu chí thành phần {code} về thực "
                                 "hiện nhiệm vụ cải cách", "max": maximum, "rule": rule})
                inputs[code] = value
            subtotal = sum(Decimal(c["max"]) for c in children)
            below.append({"code": f"{area}.{index}", "title": f"Tiêu chí {area}.{index}",
                          "max": str(subtotal), "rule": "sum"})
            below.extend(children)
        area_max = sum(Decimal(n["max"]) for n in below if n["code"].count(".") == 1)
        total += area_max
        nodes.append({"code": str(area), "title": f"Lĩnh vực {area}", "max": str(area_max),
                      "rule": "sum", "appraiser": "Sở Nội vụ"})
        nodes.extend(below)
    data = {"province": "Thử nghiệm", "year": 2026, "unit_group": "bench", "version": 1,
            "title": f"Bộ tiêu chí thử nghiệm {leaves} tiêu chí", "total_points": str(total),
            "rounding_step": "0.25", "final_convention": "uncapped", "criteria": nodes}
    return data, inputs


@dataclass
class Synthetic:
    folder: Path
    campaign_id: str
    unit_id: str


def build_synthetic(folder: Path, leaves: int = 300, *, unit_name: str = "Sở Thử nghiệm",
                    explanation: str | None = None, evidence_files: int = 6) -> Synthetic:
    """A unit workspace on a synthetic set, every leaf scored; a few with cited evidence;
    `explanation` on criterion 1.1.1 (else a short one on every fifth leaf)."""
    data, inputs = synthetic_set(leaves)
    with open_workspace(folder, create=True) as ws:
        unit = workspaces.initialise(ws, role="unit", unit_code="TN", unit_name=unit_name,
                                     province="An Giang")
        stored = criteria.load_criteria_set(ws, data)
        with ws.write():
            campaign = campaigns.create_campaign(ws, year=2026, title="Đợt đánh giá thử nghiệm")
            campaigns.add_unit_group(ws, campaign.id, code="bench", name="Thử nghiệm",
                                     criteria_set_id=stored.id)
            campaigns.enrol_unit(ws, campaign.id, unit.id, "bench")
            campaigns.set_active_campaign(ws, campaign.id)
            campaigns.set_rating_bands(ws, campaign.id, [("Xuất sắc", "90"), ("Tốt", "80"),
                                                         ("Khá", "70"), ("Yếu", "0")])
            for number, (code, value) in enumerate(inputs.items()):
                text = None
                if code == "1.1.1" and explanation is not None:
                    text = explanation
                elif number % 5 == 0:
                    text = f"Giải trình tiêu chí {code}: tài liệu đang được bổ sung."
                assessments.score_criterion(ws, campaign.id, unit.id, code, value,
                                            explanation=text)
        source = folder.parent / f"{folder.name}-files"
        source.mkdir(exist_ok=True)
        for index in range(evidence_files):
            pdf = source / f"Tài liệu {index}.pdf"
            pdf.write_bytes(b"%PDF-1.4\n" + str(index).encode() * 10)
            evidence.add_evidence(ws, pdf, doc_number=f"{index + 1}/BC-TN",
                                  doc_date="2026-03-0" + str(index % 9 + 1),
                                  pages=f"tr. {index + 2}", criterion_code=f"{index % 10 + 1}.1.1")
        return Synthetic(folder, campaign.id, unit.id)
